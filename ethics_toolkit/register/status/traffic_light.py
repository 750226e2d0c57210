# ruff: noqa: E501  (holds a text catalogue: long sentences read better unbroken)
"""The traffic light of a tool or an audit: its status, the reasons, top findings, decisions.

A judgement of the register, not of the PDF: the app's Overview and Report pages and the report's
first page all read it from here (the Overview page never imports the report package). Every string
comes back in the requested language; small cells are never named.

Red: a prohibited practice, adverse impact unlikely to be chance, or an open critical risk.
Amber: anything that needs attention (uncertain adverse impact, a significant gap above
four-fifths, open high risks, unmet checklist items, no audit of a high-risk tool, no sign-off, an
overdue review). Green otherwise.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict

from ethics_toolkit.engine.models import Analysis, AuditResult, GroupResult
from ethics_toolkit.engine.presentation.findings import (
    MIN_GROUP_TO_JUDGE,
    MIN_ROWS_TO_JUDGE,
    too_little_data,
)
from ethics_toolkit.engine.presentation.labels import attributes_label, column_label, group_label
from ethics_toolkit.engine.presentation.views import (
    NBSP,
    SMALL_CELL_THRESHOLD,
    is_small_cell,
    significant,
)
from ethics_toolkit.i18n import Lang, format_int, format_number, format_p_value, format_percent
from ethics_toolkit.i18n.text import Bilingual, Catalogue, Plural
from ethics_toolkit.register.status.counts import (
    COUNT_TEXTS,
    adverse_counts,
    count_finding,
    legal_point_rules,
)

if TYPE_CHECKING:
    from ethics_toolkit.register.domain.models import AuditRun, ToolRecord

Status = Literal["red", "amber", "green"]

MAX_FINDINGS = 6
MAX_GROUPS_NAMED = 3
OPEN_STATUSES = frozenset({"open", "in_treatment"})
SERIOUS_LEVELS = ("high", "critical")
STATUS_ORDER: dict[Status, int] = {"red": 0, "amber": 1, "green": 2}


_TEXTS = Catalogue(
    {
        "status.red": Bilingual(sv="Rött – åtgärd krävs", en="Red – action required"),
        "status.amber": Bilingual(sv="Gult – uppmärksamhet krävs", en="Amber – attention required"),
        "status.green": Bilingual(
            sv="Grönt – inga allvarliga brister", en="Green – no serious issues"
        ),
        "no_findings": Bilingual(sv="Inga väsentliga iakttagelser.", en="No significant findings."),
        # Reasons for the colour.
        "why.prohibited": Bilingual(
            sv="Verktyget bedöms vara en förbjuden AI-praktik (AI-förordningen art. 5.1 f: "
            "känsloigenkänning på arbetsplatsen). Det får inte användas.",
            en="The tool is assessed as a prohibited AI practice (AI Act Art. 5(1)(f): emotion "
            "recognition at work). It must not be used.",
        ),
        "why.adverse_significant": Bilingual(
            sv="Granskningen visar negativ särbehandlingseffekt som sannolikt inte beror på "
            "slumpen: {groups}.",
            en="The audit shows adverse impact that is unlikely to be chance: {groups}.",
        ),
        "why.critical_risk": Plural(
            one=Bilingual(
                sv="{count} risk i registret är kritisk och ännu inte hanterad.",
                en="{count} risk in the register is critical and not yet under control.",
            ),
            other=Bilingual(
                sv="{count} risker i registret är kritiska och ännu inte hanterade.",
                en="{count} risks in the register are critical and not yet under control.",
            ),
        ),
        "why.adverse_uncertain": Bilingual(
            sv="Granskningen visar en kvot under fyra femtedelar som kan bero på slumpen: "
            "{groups}.",
            en="The audit shows an impact ratio below four-fifths that may be chance: {groups}.",
        ),
        "why.adverse_small": Plural(
            one=Bilingual(
                sv="{count} grupp med färre än {threshold} personer i någon cell ligger under "
                "fyra femtedelar; den är för liten för att redovisas i siffror men bör följas upp.",
                en="{count} group with fewer than {threshold} people in a cell is below "
                "four-fifths; it is too small to report in figures but should be followed up.",
            ),
            other=Bilingual(
                sv="{count} grupper med färre än {threshold} personer i någon cell ligger under "
                "fyra femtedelar; de är för små för att redovisas i siffror men bör följas upp.",
                en="{count} groups with fewer than {threshold} people in a cell are below "
                "four-fifths; they are too small to report in figures but should be followed up.",
            ),
        ),
        "why.significant_gap": Bilingual(
            sv="Urvalet skiljer sig statistiskt säkerställt mellan grupper, men över "
            "fyrafemtedelsgränsen: {groups}.",
            en="Selection differs significantly between groups, though above the four-fifths "
            "line: {groups}.",
        ),
        "why.high_risks": Plural(
            one=Bilingual(
                sv="{count} risk med hög nivå är öppen.", en="{count} high-level risk is open."
            ),
            other=Bilingual(
                sv="{count} risker med hög nivå är öppna.", en="{count} high-level risks are open."
            ),
        ),
        "why.no_audit": Bilingual(
            sv="Ingen biasgranskning av verktygets beslut finns registrerad.",
            en="No bias audit of the tool's decisions has been recorded.",
        ),
        "why.unmet": Plural(
            one=Bilingual(
                sv="{count} checklistpunkt är inte uppfylld eller bara delvis.",
                en="{count} checklist item is not met, or only partly.",
            ),
            other=Bilingual(
                sv="{count} checklistpunkter är inte uppfyllda eller bara delvis.",
                en="{count} checklist items are not met, or only partly.",
            ),
        ),
        "why.no_signoff": Bilingual(
            sv="Bedömningen är inte signerad av ledningen.",
            en="The assessment has not been signed off by management.",
        ),
        "why.review_overdue": Bilingual(
            sv="Uppföljningen var planerad till {date} och är försenad.",
            en="The review was due on {date} and is overdue.",
        ),
        # Issue 15: the deployer's duties.
        "why.open_tasks": Plural(
            one=Bilingual(
                sv="{count} larm från uppföljningen är inte bedömt: bedöm om användningen ska pausas och informera leverantören (AI-förordningen art. 26.5).",
                en="{count} alert from monitoring is not assessed: assess whether to suspend use and inform the provider (AI Act Art. 26(5)).",
            ),
            other=Bilingual(
                sv="{count} larm från uppföljningen är inte bedömda: bedöm om användningen ska pausas och informera leverantören (AI-förordningen art. 26.5).",
                en="{count} alerts from monitoring are not assessed: assess whether to suspend use and inform the provider (AI Act Art. 26(5)).",
            ),
        ),
        "why.requests_overdue": Plural(
            one=Bilingual(
                sv="{count} begäran om förklaring är inte besvarad inom en månad (GDPR art. 12.3).",
                en="{count} request for an explanation was not answered within one month (GDPR Art. 12(3)).",
            ),
            other=Bilingual(
                sv="{count} begäranden om förklaring är inte besvarade inom en månad (GDPR art. 12.3).",
                en="{count} requests for an explanation were not answered within one month (GDPR Art. 12(3)).",
            ),
        ),
        "dec.assess_tasks": Bilingual(
            sv="Bedöm larmen från uppföljningen och dokumentera beslutet på sidan Skyldigheter.",
            en="Assess the alerts from monitoring and record the decision on the Duties page.",
        ),
        "dec.answer_requests": Bilingual(
            sv="Besvara de försenade begärandena om förklaring.",
            en="Answer the overdue requests for an explanation.",
        ),
        "why.all_clear": Bilingual(
            sv="Ingen negativ särbehandlingseffekt, inga kritiska risker och inga ouppfyllda krav "
            "hittades.",
            en="No adverse impact, critical risks or unmet requirements were found.",
        ),
        # Decisions for management.
        "dec.stop_prohibited": Bilingual(
            sv="Besluta att sluta använda verktyget omedelbart (förbjuden praktik).",
            en="Decide to stop using the tool immediately (prohibited practice).",
        ),
        "dec.adverse": Bilingual(
            sv="Besluta hur urvalet ska utredas och rättas för {groups}: pausa, justera eller "
            "byta verktyget, och vem som ansvarar.",
            en="Decide how selection for {groups} is investigated and corrected: pause, adjust or "
            "replace the tool, and who is responsible.",
        ),
        "dec.accept_risks": Plural(
            one=Bilingual(
                sv="Ta ställning till {count} risk med hög eller kritisk nivå: åtgärda den eller "
                "acceptera den med namngiven beslutsfattare.",
                en="Decide on {count} high or critical risk: treat it, or accept it with a named "
                "approver.",
            ),
            other=Bilingual(
                sv="Ta ställning till {count} risker med hög eller kritisk nivå: åtgärda dem eller "
                "acceptera dem med namngiven beslutsfattare.",
                en="Decide on {count} high or critical risks: treat them, or accept them with a "
                "named approver.",
            ),
        ),
        "dec.fria": Bilingual(
            sv="Beställ en konsekvensbedömning avseende grundläggande rättigheter (FRIA, "
            "AI-förordningen art. 27) före fortsatt användning.",
            en="Commission a fundamental rights impact assessment (FRIA, AI Act Art. 27) before "
            "further use.",
        ),
        "dec.dpia": Bilingual(
            sv="Säkerställ att en konsekvensbedömning avseende dataskydd (DPIA, GDPR art. 35) är "
            "gjord.",
            en="Make sure a data protection impact assessment (DPIA, GDPR Art. 35) has been "
            "carried out.",
        ),
        "dec.audit": Bilingual(
            sv="Beställ en biasgranskning av verktygets beslutslogg.",
            en="Commission a bias audit of the tool's decision log.",
        ),
        "dec.signoff": Bilingual(
            sv="Godkänn eller underkänn bedömningen och signera den i avsnittet om beslut.",
            en="Approve or reject the assessment and sign it in the sign-off section.",
        ),
        "dec.review": Bilingual(
            sv="Fastställ datum för nästa uppföljning (senast om ett år).",
            en="Set the date of the next review (within one year at the latest).",
        ),
        # Findings.
        "find.adverse": Bilingual(
            sv="{group}: valdes med {ratio} gånger referensgruppens urvalsandel ({rate} mot "
            "{ref_rate}), {p}.",
            en="{group}: selected at {ratio} times the reference group's rate ({rate} vs "
            "{ref_rate}), {p}.",
        ),
        "find.risk": Bilingual(
            sv="{level} risk: {title} (riskvärde {score}).",
            en="{level} risk: {title} (score {score}).",
        ),
        "find.classification": Bilingual(
            sv="Klassificering enligt AI-förordningen: {risk_class}.",
            en="Classification under the AI Act: {risk_class}.",
        ),
        "find.no_adverse": Bilingual(
            sv="Ingen grupp valdes med mindre än fyra femtedelar av referensgruppens urvalsandel.",
            en="No group was selected at less than four-fifths of the reference group's rate.",
        ),
        # Issue 11: oversight, funnel step and proxy columns in the summary.
        "why.tool_decides": Bilingual(
            sv="Besluten följde verktygets rekommendation i {agreement} av fallen: i praktiken beslutar verktyget (GDPR art. 22).",
            en="The decisions followed the tool's recommendation in {agreement} of cases: in practice the tool decides (GDPR Art. 22).",
        ),
        "why.proxy": Bilingual(
            sv="Kolumner som kan fungera som ersättning för en skyddad egenskap: {columns}.",
            en="Columns that may act as a stand-in for a sensitive attribute: {columns}.",
        ),
        "find.oversight": Bilingual(
            sv="Besluten följde verktygets rekommendation i {agreement} av {n} fall; människorna ändrade {changed}.",
            en="Decisions followed the tool's recommendation in {agreement} of {n} cases; people changed {changed}.",
        ),
        "find.oversight_direction": Bilingual(
            sv="Människorna {verb} verktygets skillnad för {groups}.",
            en="People {verb} the tool's disparity for {groups}.",
        ),
        "find.reduced": Bilingual(
            sv="minskade",
            en="reduced",
        ),
        "find.amplified": Bilingual(
            sv="förstärkte",
            en="amplified",
        ),
        "find.funnel": Bilingual(
            sv="Efter {attributes}: {summary}",
            en="By {attributes}: {summary}",
        ),
        "find.proxy": Bilingual(
            sv="{column} hänger starkt ihop med {attribute} (V = {v_attr}) och med beslutet (V = {v_dec}): möjlig ersättning för {attribute}.",
            en="{column} goes strongly with {attribute} (V = {v_attr}) and with the decision (V = {v_dec}): a possible stand-in for {attribute}.",
        ),
        "dec.tool_decides": Bilingual(
            sv="Besluta hur rekryterarna ska pröva verktygets rekommendationer så att en människa verkligen beslutar, eller behandla besluten som automatiserade enligt GDPR art. 22 (information, rätt till mänsklig prövning och att bestrida beslutet).",
            en="Decide how recruiters review the tool's recommendations so that a person really decides, or treat the decisions as automated under GDPR Art. 22 (information, the right to human review and to contest the decision).",
        ),
        "dec.proxy": Bilingual(
            sv="Be leverantören förklara om verktyget använder {columns}, och ta bort eller motivera dem.",
            en="Ask the vendor whether the tool uses {columns}, and remove or justify them.",
        ),
        # Issue 9: too little data to judge.
        "why.too_little": Bilingual(
            sv="För lite data för att bedöma (minst {minimum} personer per grupp behövs): {groups} ligger under fyra femtedelar men är för få för att dra slutsatser av.",
            en="Too little data to judge (at least {minimum} people per group are needed): {groups} are below four-fifths but too few to draw conclusions from.",
        ),
        "why.too_little_log": Bilingual(
            sv="För lite data för att bedöma: bara {n} beslut med känt utfall (minst {minimum} behövs). Siffrorna är en beskrivning, inte ett resultat.",
            en="Too little data to judge: only {n} decisions with a known outcome (at least {minimum} are needed). The figures are a description, not a finding.",
        ),
        "dec.more_data": Bilingual(
            sv="Besluta hur fler beslut ska samlas in och när granskningen ska göras om.",
            en="Decide how more decisions are collected and when the audit is repeated.",
        ),
    }
)


TEXTS = _TEXTS.merged(COUNT_TEXTS)  # issue 12's counts and legal points: status_counts.py


def text(key: str, lang: Lang, /, **values: object) -> str:
    return TEXTS.text(key, lang, **values)


def status_label(status: Status, lang: Lang) -> str:
    return text(f"status.{status}", lang)


class ToolStatusSummary(BaseModel):
    """What management reads first; every string already in the requested language."""

    model_config = ConfigDict(frozen=True)

    lang: Lang
    status: Status
    status_label: str
    reason: str
    reasons: list[str]
    findings: list[str]
    decisions: list[str]
    next_review: date | None = None
    report_date: date | None = None


def latest_audit(record: ToolRecord) -> AuditRun | None:
    """The audit run the report is about: the most recent one (ties: the highest id)."""
    if not record.audits:
        return None
    return max(record.audits, key=lambda run: (run.run_at, run.id or 0))


def derive_report_date(source: ToolRecord | AuditResult) -> date | None:
    """The date of the newest fact in the data: never today, so rebuilds stay identical."""
    if isinstance(source, AuditResult):
        return source.computed_at.date() if source.computed_at else None
    stamps = [run.run_at for run in source.audits]
    stamps += [entry.at for entry in source.history]
    stamps += [signoff.signed_at for signoff in source.signoffs]
    stamps += [answer.answered_at for answer in source.answers]
    return max(stamps).date() if stamps else None


def adverse_groups(result: AuditResult, *, threshold: int) -> list[tuple[Analysis, GroupResult]]:
    """Groups below four-fifths that may be named (not small cells), worst ratio first."""
    found = [
        (analysis, group)
        for analysis in result.analyses
        for group in analysis.groups
        if group.adverse_impact and not is_small_cell(group, threshold)
    ]
    # Unlikely-to-be-chance first, then single attributes (easier to act on), worst ratio first.
    return sorted(
        found,
        key=lambda ag: (not significant(ag[1]), len(ag[0].attributes), ag[1].impact_ratio or 0.0),
    )


def _names(pairs: list[tuple[Analysis, GroupResult]], result: AuditResult) -> str:
    return ", ".join(group_label(g.values, result.spec) for _, g in pairs[:MAX_GROUPS_NAMED])


def _reference_rate(analysis: Analysis) -> float | None:
    return next((g.selection_rate for g in analysis.groups if g.is_reference), None)


def p_text(p: float | None, lang: Lang) -> str:
    """``p = 0.002`` or ``p < 0.001`` (never ``p = < 0.001``)."""
    value = format_p_value(p, lang).replace(" ", NBSP)
    return f"p{NBSP}{value}" if value.startswith("<") else f"p{NBSP}={NBSP}{value}"


def adverse_finding(
    analysis: Analysis, group: GroupResult, lang: Lang, result: AuditResult | None = None
) -> str:
    return text(
        "find.adverse",
        lang,
        group=group_label(group.values, result.spec if result else None),
        ratio=format_number(group.impact_ratio, lang, 2),
        rate=format_percent(group.selection_rate, lang, 1),
        ref_rate=format_percent(_reference_rate(analysis), lang, 1),
        p=p_text(group.p_value, lang),
    )


class _Collector:
    """Gathers reasons by severity, findings and decisions while the rules run."""

    def __init__(self, lang: Lang, audit_section: int | None = None) -> None:
        self.lang = lang
        self.audit_section = audit_section
        self.red: list[str] = []
        self.amber: list[str] = []
        self.findings: list[str] = []
        self.decisions: list[str] = []

    def add(self, bucket: list[str], key: str, **values: object) -> None:
        bucket.append(text(key, self.lang, **values))

    def where(self, number: int | None = None, *, page: str = "audit") -> str:
        """Where the reader finds the details: "section 5" in the report, else the app's page."""
        number = number if number is not None or page != "audit" else self.audit_section
        if number is None:
            return text(f"where_{page}", self.lang)
        return text("where_section", self.lang, number=number)

    def names(self, pairs: list[tuple[Analysis, GroupResult]], result: AuditResult) -> str:
        """Every group named, or the first ones and "and N more (section 5)" (issue 12)."""
        shown = _names(pairs, result)
        rest = len(pairs) - MAX_GROUPS_NAMED
        if rest <= 0:
            return shown
        return f"{shown} {text('more_groups', self.lang, count=rest, where=self.where())}"

    def result(self, *, next_review: date | None, report_date: date | None) -> ToolStatusSummary:
        status: Status = "red" if self.red else "amber" if self.amber else "green"
        reasons = self.red + self.amber or [text("why.all_clear", self.lang)]
        return ToolStatusSummary(
            lang=self.lang,
            status=status,
            status_label=status_label(status, self.lang),
            reason=reasons[0],
            reasons=reasons,
            findings=self.findings[:MAX_FINDINGS] or [text("no_findings", self.lang)],
            decisions=self.decisions,
            next_review=next_review,
            report_date=report_date,
        )


def _audit_rules(
    collect: _Collector, result: AuditResult, *, threshold: int, findings: int = MAX_GROUPS_NAMED
) -> None:
    lang = collect.lang
    adverse, too_little = _judgeable(adverse_groups(result, threshold=threshold))
    if too_little:
        collect.add(collect.amber, "why.too_little", groups=collect.names(too_little, result),
                    minimum=MIN_GROUP_TO_JUDGE)  # fmt: skip
    if result.n_rows < MIN_ROWS_TO_JUDGE:
        collect.add(collect.amber, "why.too_little_log", n=result.n_rows, minimum=MIN_ROWS_TO_JUDGE)
    if too_little or result.n_rows < MIN_ROWS_TO_JUDGE:
        collect.add(collect.decisions, "dec.more_data")
    sure = [ag for ag in adverse if significant(ag[1])]
    uncertain = [ag for ag in adverse if not significant(ag[1])]
    if sure:
        collect.add(collect.red, "why.adverse_significant", groups=collect.names(sure, result))
    if uncertain:
        collect.add(collect.amber, "why.adverse_uncertain", groups=collect.names(uncertain, result))
    hidden = sum(
        g.adverse_impact and is_small_cell(g, threshold) for a in result.analyses for g in a.groups
    )
    counts = adverse_counts(result, threshold=threshold)
    if counts.total:
        collect.findings.append(count_finding(collect, counts))
    if hidden:
        collect.add(collect.amber, "why.adverse_small", count=hidden, threshold=threshold)
    gaps = [
        (a, g)
        for a in result.analyses
        if len(a.attributes) == 1
        for g in a.groups
        if not g.adverse_impact
        and not g.is_reference
        and significant(g)
        and not is_small_cell(g, threshold)
    ]
    if gaps:
        collect.add(collect.amber, "why.significant_gap", groups=collect.names(gaps, result))
    collect.findings += [adverse_finding(a, g, lang, result) for a, g in adverse[:findings]]
    if not adverse and not too_little:
        collect.add(collect.findings, "find.no_adverse")
    if adverse:
        collect.add(collect.decisions, "dec.adverse", groups=collect.names(adverse, result))
    _process_rules(collect, result, threshold=threshold)


def _judgeable(
    pairs: list[tuple[Analysis, GroupResult]],
) -> tuple[list[tuple[Analysis, GroupResult]], list[tuple[Analysis, GroupResult]]]:
    """Split adverse groups into those with enough data to judge and those too few (issue 9)."""
    judged, too_little = [], []
    for analysis, group in pairs:
        reference = next((g for g in analysis.groups if g.is_reference), group)
        small = too_little_data(group, reference, n_analysed=analysis.n_analysed)
        (too_little if small else judged).append((analysis, group))
    return judged, too_little


def _process_rules(collect: _Collector, result: AuditResult, *, threshold: int) -> None:
    """Issue 11: the oversight finding, the funnel step where the gap arises, proxy columns.

    They go before the other findings after the first adverse group, so the summary names them
    even when many groups are adverse.
    """
    from ethics_toolkit.engine.analyses.funnel import funnel_summary, gap_steps
    from ethics_toolkit.engine.analyses.oversight import direction, tool_decides

    lang, found, spec = collect.lang, [], result.spec
    singles = [a for a in result.analyses if len(a.attributes) == 1]
    oversight = next((a.oversight for a in result.analyses if a.oversight is not None), None)
    if oversight is not None:
        changed = oversight.overridden_to_yes + oversight.overridden_to_no
        found.append(
            text(
                "find.oversight",
                lang,
                agreement=format_percent(oversight.agreement, lang, 1),
                n=format_int(oversight.n, lang),
                changed=format_int(changed, lang)
                if changed == 0 or changed >= threshold
                else f"< {threshold}",
            )
        )
        for verb in ("amplified", "reduced"):
            groups = [
                g
                for a in singles
                if a.oversight is not None
                for g in a.oversight.groups
                if direction(g) == verb
            ]
            if groups:
                names = ", ".join(group_label(g.values, spec) for g in groups[:MAX_GROUPS_NAMED])
                found.append(
                    text("find.oversight_direction", lang, verb=text(f"find.{verb}", lang),
                         groups=names)
                )  # fmt: skip
        if tool_decides(oversight):
            agreement = format_percent(oversight.agreement, lang, 1)
            collect.add(collect.amber, "why.tool_decides", agreement=agreement)
            collect.add(collect.decisions, "dec.tool_decides")
    with_funnel = [a for a in singles if a.funnel] or [a for a in result.analyses if a.funnel]
    gaps = [a for a in with_funnel if gap_steps(a.funnel or [])] or with_funnel[:1]
    for analysis in gaps[:2]:
        summary_text = funnel_summary(analysis.funnel or [], lang)
        attributes = attributes_label(analysis.attributes, spec)
        found.append(text("find.funnel", lang, attributes=attributes, summary=summary_text))
    flagged = [f for f in result.features or [] if f.proxy_flag]
    for feature in flagged[:2]:
        attribute, v_attr = max(feature.proxy_for.items(), key=lambda item: item[1])
        found.append(
            text("find.proxy", lang, column=column_label(feature.column, spec),
                 attribute=column_label(attribute, spec), v_attr=format_number(v_attr, lang, 2),
                 v_dec=format_number(feature.association_with_decision, lang, 2))
        )  # fmt: skip
    if flagged:
        columns = ", ".join(column_label(f.column, spec) for f in flagged)
        collect.add(collect.amber, "why.proxy", columns=columns)
        collect.add(collect.decisions, "dec.proxy", columns=columns)
    # After the most important adverse finding, before the rest (the summary shows five).
    position = min(1, len(collect.findings))
    collect.findings[position:position] = found


def audit_status(
    result: AuditResult,
    lang: Lang,
    *,
    small_cell_threshold: int = SMALL_CELL_THRESHOLD,
    report_date: date | None = None,
    audit_section: int | None = None,
) -> ToolStatusSummary:
    """The traffic light of one audit on its own (no register)."""
    collect = _Collector(lang, audit_section)
    _audit_rules(collect, result, threshold=small_cell_threshold)
    return collect.result(next_review=None, report_date=report_date or derive_report_date(result))


def tool_status(
    record: ToolRecord,
    lang: Lang,
    *,
    small_cell_threshold: int = SMALL_CELL_THRESHOLD,
    report_date: date | None = None,
    audit_section: int | None = None,
    checklist_section: int | None = None,
) -> ToolStatusSummary:
    """The traffic light of a registered tool: law, latest audit, risks, checklists, sign-off."""
    from ethics_toolkit.register.checklists.catalogue import checklist_counts
    from ethics_toolkit.register.domain.labels import level_label, risk_class_label

    collect = _Collector(lang, audit_section)
    tool, classification = record.tool, record.classification
    report_date = report_date or derive_report_date(record)
    if classification.prohibited:
        collect.add(collect.red, "why.prohibited")
        collect.add(collect.decisions, "dec.stop_prohibited")
    run = latest_audit(record)
    if run is not None:
        _audit_rules(collect, run.result, threshold=small_cell_threshold, findings=2)
    elif classification.high_risk or classification.prohibited:
        collect.add(collect.amber, "why.no_audit")
        collect.add(collect.decisions, "dec.audit")

    open_risks = [r for r in record.risks if str(r.status) in OPEN_STATUSES]
    critical = [r for r in open_risks if str(r.level) == "critical"]
    serious = sorted(
        (r for r in open_risks if str(r.level) in SERIOUS_LEVELS),
        key=lambda r: (-r.inherent_score, r.title),
    )
    if critical:
        collect.add(collect.red, "why.critical_risk", count=len(critical))
    high = len(serious) - len(critical)
    if high:
        collect.add(collect.amber, "why.high_risks", count=high)
    for risk in serious[:1]:
        collect.add(
            collect.findings,
            "find.risk",
            level=level_label(risk.level, lang),
            title=risk.title,
            score=risk.inherent_score,
        )
    if serious:
        collect.add(collect.decisions, "dec.accept_risks", count=len(serious))

    collect.add(
        collect.findings,
        "find.classification",
        risk_class=risk_class_label(classification.risk_class, lang).lower(),
    )
    counts = checklist_counts(a.value for a in record.answers)
    gaps = text("why.unmet", lang, count=counts.gaps) if counts.gaps else None
    unknown = text("why.dont_know", lang, count=counts.dont_know) if counts.dont_know else None
    if gaps and unknown:  # one line: the box stays short
        collect.add(
            collect.amber,
            "why.unmet_and_unknown",
            gaps=gaps[:-1],
            unknown=unknown[:1].lower() + unknown[1:],
        )
    elif gaps or unknown:
        collect.amber.append(gaps or unknown)  # type: ignore[arg-type]
    if counts.answered:
        collect.add(collect.findings, "find.checklists", where=collect.where(checklist_section, page="checklists"),
                    items=counts.items, met=counts.met, partly=counts.partly,
                    not_met=counts.not_met, dont_know=counts.dont_know,
                    na=counts.not_applicable, unanswered=counts.unanswered)  # fmt: skip

    if classification.fria_needed:
        collect.add(collect.decisions, "dec.fria")
    legal_point_rules(collect, classification)
    if not record.signoffs:
        collect.add(collect.amber, "why.no_signoff")
        collect.add(collect.decisions, "dec.signoff")
    if tool.next_review is None:
        collect.add(collect.decisions, "dec.review")
    elif report_date is not None and tool.next_review < report_date:
        collect.add(collect.amber, "why.review_overdue", date=tool.next_review.isoformat())
        collect.add(collect.decisions, "dec.review")
    _duty_rules(collect, record, report_date)
    return collect.result(next_review=tool.next_review, report_date=report_date)


def _duty_rules(collect: _Collector, record: ToolRecord, report_date: date | None) -> None:
    """Issue 15: alerts not yet assessed, and explanation requests past their month (both as of
    the report date, like the review date above)."""
    open_tasks = [task for task in record.tasks if str(task.status) == "open"]
    if open_tasks:
        collect.add(collect.amber, "why.open_tasks", count=len(open_tasks))
        collect.add(collect.decisions, "dec.assess_tasks")
    late = [
        r
        for r in record.requests
        if not r.closed and report_date is not None and r.due < report_date
    ]
    if late:
        collect.add(collect.amber, "why.requests_overdue", count=len(late))
        collect.add(collect.decisions, "dec.answer_requests")


def status(
    source: ToolRecord | AuditResult,
    lang: Lang,
    *,
    small_cell_threshold: int = SMALL_CELL_THRESHOLD,
    report_date: date | None = None,
    audit_section: int | None = None,
    checklist_section: int | None = None,
) -> ToolStatusSummary:
    """The traffic light of a tool record or of a single audit (see the module docstring).

    ``audit_section`` / ``checklist_section``: where a report prints the details ("and 2 more
    (section 5)"); without them the summary points to the app's pages.
    """
    if isinstance(source, AuditResult):
        return audit_status(
            source, lang, small_cell_threshold=small_cell_threshold, report_date=report_date,
            audit_section=audit_section,
        )  # fmt: skip
    return tool_status(
        source, lang, small_cell_threshold=small_cell_threshold, report_date=report_date,
        audit_section=audit_section, checklist_section=checklist_section,
    )  # fmt: skip
