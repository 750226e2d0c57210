"""The sentences about a tool and its latest audit that lessons and the meeting kit fill in.

Every figure is formatted from :class:`~ethics_toolkit.register.people.figures.AuditFigures`
(the audit's own numbers, formatted for the language as the report formats them), every fact
from the tool's profile; a fact the profile lacks is said to be missing, never made up.
"""

from __future__ import annotations

from ethics_toolkit.engine.presentation.findings import TEXTS as FINDING_TEXTS
from ethics_toolkit.i18n import Lang, format_int, format_number, format_p_value, format_percent
from ethics_toolkit.i18n.text import Bilingual, Catalogue
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.people.figures import AuditFigures, GroupFigures

TEXTS = Catalogue(
    {
        "missing": Bilingual(
            sv="(inte angivet i verktygets profil)", en="(not stated in the tool's profile)"
        ),
        "audit": Bilingual(
            sv="Den senaste biasgranskningen ({file}, {period}, sparad {on}) omfattar {n} "
            "sökande; {selected} av dem valdes ut ({rate}).",
            en="The latest bias audit ({file}, {period}, saved {on}) covers {n} applicants; "
            "{selected} of them were selected ({rate}).",
        ),
        "no_period": Bilingual(sv="period ej angiven", en="period not stated"),
        "a_file": Bilingual(sv="en beslutslogg", en="a decision log"),
        "no_audit": Bilingual(
            sv="Ingen biasgranskning är sparad för {tool} ännu; när en finns bygger lektionerna "
            "och arbetsplatsträffen på dess siffror.",
            en="No bias audit of {tool} has been saved yet; once there is one, the lessons and "
            "the workplace meeting are built on its figures.",
        ),
        "below_line": Bilingual(
            sv="Det är under fyrafemtedelsgränsen (0,80) och beror sannolikt inte på slumpen "
            "(p {p}); {shortfall} fler i gruppen hade behövt gå vidare för att nå gränsen.",
            en="That is below the four-fifths line (0.80) and unlikely to be chance (p {p}); "
            "{shortfall} more in the group would have had to go through to reach the line.",
        ),
        "lowest_fine": Bilingual(
            sv="Det är den lägsta kvoten i granskningen och den ligger över fyrafemtedelsgränsen "
            "(0,80).",
            en="That is the lowest ratio in the audit, and it is above the four-fifths line "
            "(0.80).",
        ),
        "oversight": Bilingual(
            sv="Besluten följde verktygets rekommendation i {agreement} av {n} fall; "
            "människorna ändrade {changed}.",
            en="The decisions followed the tool's recommendation in {agreement} of {n} cases; "
            "people changed {changed}.",
        ),
        "no_oversight": Bilingual(
            sv="Granskningen mätte inte hur ofta människorna följer verktyget (det kräver "
            "verktygets rekommendation bredvid det slutliga beslutet i loggen).",
            en="The audit did not measure how often people follow the tool (that needs the "
            "tool's recommendation next to the final decision in the log).",
        ),
        "proxies": Bilingual(
            sv="Granskningen flaggade {columns} som möjliga ersättningsvariabler: de hänger "
            "ihop både med en skyddad egenskap och med beslutet.",
            en="The audit flagged {columns} as possible stand-ins: they go with a protected "
            "attribute and with the decision.",
        ),
        "no_proxies": Bilingual(
            sv="Granskningen prövade inga andra kolumner som möjliga ersättningsvariabler.",
            en="The audit tested no other columns as possible stand-ins.",
        ),
        "requests": Bilingual(
            sv="Teamet har registrerat {received} begäranden om förklaring; {answered} är "
            "besvarade.",
            en="The team has registered {received} requests for an explanation; {answered} are "
            "answered.",
        ),
        "art9_missing": Bilingual(sv="inget undantag angivet", en="no exception stated"),
    }
)


def ratio(value: float, lang: Lang) -> str:
    return format_number(value, lang, 2)


def percent(value: float, lang: Lang) -> str:
    """Rates as the report's tables print them (one decimal)."""
    return format_percent(value, lang, 1)


def p_value(value: float | None, lang: Lang) -> str:
    """``= 0,17`` or ``< 0,001``, as the findings write it after "p"."""
    text = format_p_value(value, lang)
    return text if text.startswith("<") else f"= {text}"


def compare(group: GroupFigures, figures: AuditFigures, lang: Lang) -> str:
    """The audit's own sentence: "Sökande med bakgrund Utanför Europa valdes ut 0,64 gånger så
    ofta som sökande med bakgrund Sverige (19,7 % mot 30,8 %)." """
    spec = figures.spec
    sentence = FINDING_TEXTS.text(
        "compare",
        lang,
        who=group.who(spec, lang),
        verb=FINDING_TEXTS.text(f"verb_{figures.rate_kind}", lang),
        ratio=ratio(group.ratio, lang),
        ref=group.ref_who(spec, lang),
        rate=percent(group.rate, lang),
        ref_rate=percent(group.ref_rate, lang),
    )
    return sentence[:1].upper() + sentence[1:]


def headline(figures: AuditFigures, lang: Lang) -> str:
    """The headline group compared, and what that means against the four-fifths line."""
    group = figures.headline
    if group is None:
        return ""
    if figures.headline_adverse:
        then = TEXTS.text(
            "below_line",
            lang,
            p=p_value(group.p_value, lang),
            shortfall=format_int(group.shortfall, lang),
        )
    else:
        then = TEXTS.text("lowest_fine", lang)
    return f"{compare(group, figures, lang)} {then}"


def audit_sentence(figures: AuditFigures | None, tool: str, lang: Lang) -> str:
    if figures is None:
        return TEXTS.text("no_audit", lang, tool=tool)
    return TEXTS.text(
        "audit",
        lang,
        file=figures.file_name or TEXTS.text("a_file", lang),
        period=figures.period or TEXTS.text("no_period", lang),
        on=figures.audited_on.isoformat(),
        n=format_int(figures.n, lang),
        selected=format_int(figures.selected, lang),
        rate=percent(figures.rate, lang),
    )


def oversight_sentence(figures: AuditFigures | None, lang: Lang) -> str:
    if figures is None or figures.agreement is None:
        return TEXTS.text("no_oversight", lang)
    return TEXTS.text(
        "oversight",
        lang,
        agreement=percent(figures.agreement, lang),
        n=format_int(figures.oversight_n or 0, lang),
        changed=format_int(figures.changed or 0, lang),
    )


def proxies_sentence(figures: AuditFigures | None, lang: Lang) -> str:
    if figures is None or not figures.proxies:
        return TEXTS.text("no_proxies", lang)
    from ethics_toolkit.engine.presentation.labels import column_label

    columns = ", ".join(column_label(c, figures.spec) for c in figures.proxies)
    return TEXTS.text("proxies", lang, columns=columns)


def profile_facts(record: ToolRecord, lang: Lang) -> dict[str, str]:
    """The tool's facts for the lessons' prose; a missing one says so."""
    tool = record.tool
    missing = TEXTS.text("missing", lang)
    answered = sum(r.closed for r in record.requests)
    return {
        "tool": tool.name,
        "vendor": tool.vendor or missing,
        "purpose": tool.purpose or missing,
        "role": labels.label(tool.decision_role, lang).lower(),
        "human_role": tool.human_role or missing,
        "main_factors": tool.main_factors or missing,
        "contact": tool.contact or missing,
        "art9": tool.art9_ground or TEXTS.text("art9_missing", lang),
        "requests": TEXTS.text(
            "requests",
            lang,
            received=format_int(len(record.requests), lang),
            answered=format_int(answered, lang),
        ),
    }


def audit_facts(figures: AuditFigures | None, tool: str, lang: Lang) -> dict[str, str]:
    """The latest audit's sentences for the lessons' prose and the kit."""
    return {
        "audit": audit_sentence(figures, tool, lang),
        "headline": headline(figures, lang) if figures else "",
        "oversight": oversight_sentence(figures, lang),
        "proxies": proxies_sentence(figures, lang),
    }
