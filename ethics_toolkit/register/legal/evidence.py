# ruff: noqa: E501  (holds legal statements: long sentences read better unbroken)
"""Legal conclusions from evidence, not from one answer (issue 12).

The profile's tick boxes are claims; the checklist answers, the saved audits and the purpose text
are evidence. This module weighs them:

- GDPR Art. 22 is *likely* when the profile says a person decides but the checklist says that
  applicants the tool ranks low are not read, or that reviewers only approve its suggestions, or an
  audit shows people followed the tool in at least 95 % of cases (SCHUFA, C-634/21).
- AI Act Art. 5(1)(f): emotion recognition at work *needs a decision* when the purpose text or
  the data processed (video, voice, facial expression, "känslo", "emotion", "sentiment") suggest
  it, whatever the tick box says.
- GDPR Art. 35(1): the DPIA comes *prior to* the processing; a tool in use before its DPIA is a
  breach, not a to-do.
- GDPR Art. 9: special-category data (in the profile or in an audit's columns, such as ethnic
  origin or health) needs an Art. 9(2) ground, which the report shows or asks for.
- Unknown facts (no role stated, 0 employees) give "not determined: tell us X".

Every point carries its sources in both languages, so the report can show where a conclusion comes
from. The facts come from ``legal-requirements.md``; nothing here states law that is not there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from ethics_toolkit.i18n import LANGS, Lang, quoted
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.domain.answers import Answer, AnswerValue
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.legal_classification import LegalPoint
from ethics_toolkit.register.domain.tool import AITool, DataCategory, DecisionRole, ToolStatus

if TYPE_CHECKING:
    from ethics_toolkit.engine.spec import AuditSpec

# Checklist items whose answer "no" says that, in practice, no person decides (GDPR Art. 22).
ART22_ITEMS = {
    "human_oversight-05": Bilingual(
        sv="sökande som verktyget rankar lågt eller sorterar bort läses inte av någon människa",
        en="applicants the tool ranks low or screens out are not read by a person",
    ),
    "human_oversight-03": Bilingual(
        sv="granskarna godkänner verktygets förslag i stället för att pröva underlaget själva",
        en="reviewers approve the tool's suggestions rather than review the material themselves",
    ),
    "gdpr-06": Bilingual(
        sv="inte varje beslut att gå vidare med eller välja bort en sökande fattas av en människa",
        en="not every decision to progress or reject an applicant is taken by a person",
    ),
}
DPIA_ITEM = "gdpr-04"
"""Did you carry out a DPIA for the tool before it went live?"""

EMOTION_WORDS = (
    r"känslo", r"emotion", r"sentiment", r"ansiktsuttryck", r"facial", r"mimik",
    r"\bvideo", r"\bröst", r"\bvoice", r"\bansikt", r"\bfaces?\b", r"\btonläge",
    r"\bstämningsläge", r"\baffekt", r"\bmood\b",
)  # fmt: skip
EMOTION_CATEGORIES = (DataCategory.video, DataCategory.voice, DataCategory.biometric)

# Audit columns that reveal a special category (GDPR Art. 9), by their name or label. Background
# by country of birth is the usual Swedish stand-in for ethnic origin, so it counts as revealing it.
SPECIAL_COLUMN_WORDS: dict[DataCategory, tuple[str, ...]] = {
    DataCategory.ethnicity: (
        r"etni", r"ethnic", r"bakgrund", r"background", r"ursprung", r"origin", r"födelseland",
        r"country of birth", r"\brace\b", r"hudfärg",
    ),
    DataCategory.health_disability: (
        r"hälsa", r"health", r"funktionsned", r"disab", r"handikapp", r"\bsjuk",
    ),
    DataCategory.religion: (r"religi", r"\btro\b", r"belief", r"faith"),
    DataCategory.sex_life_orientation: (r"sexuell", r"sexual", r"läggning", r"orientation"),
    DataCategory.trade_union: (r"fackl", r"trade union", r"\bunion\b"),
}  # fmt: skip


def _both(template: Bilingual, **values: Bilingual | str | int) -> Bilingual:
    """``template`` filled in both languages; Bilingual values are taken in the same language."""
    filled = {}
    for lang in LANGS:
        parts = {k: v.get(lang) if isinstance(v, Bilingual) else v for k, v in values.items()}
        filled[lang] = template.format(lang, **parts)
    return Bilingual(**filled)


def _join(items: Sequence[Bilingual], separator: str = "; ") -> Bilingual:
    return Bilingual(sv=separator.join(i.sv for i in items), en=separator.join(i.en for i in items))


def _answer_source(answer: Answer, what: Bilingual) -> Bilingual:
    from ethics_toolkit.register.checklists.catalogue import checklist_item
    from ethics_toolkit.register.domain.labels import label

    question = checklist_item(answer.item_id).question
    evidence = Bilingual(sv=answer.evidence, en=answer.evidence) if answer.evidence else None
    answered = Bilingual(sv=label(answer.value, "sv"), en=label(answer.value, "en"))
    source = _both(SOURCE_CHECKLIST, question=question, answer=answered, what=what)
    if evidence is not None:
        source = _both(SOURCE_WITH_EVIDENCE, source=source, evidence=_clip(answer.evidence))
    return source


def _clip(value: str, limit: int = 160) -> str:
    value = value.strip().rstrip(".")
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def _in_use(tool: AITool) -> bool:
    return tool.status != ToolStatus.planned


def art22_point(
    tool: AITool, answers: Sequence[Answer], audits: Sequence[AuditRun]
) -> LegalPoint | None:
    """GDPR Art. 22 from the declared role, the checklist and the latest audit's oversight."""
    if tool.decision_role == DecisionRole.not_stated:
        return LegalPoint(
            topic="art22",
            outcome="not_determined",
            statement=ART22_NOT_DETERMINED,
            needs=NEED_ROLE,
        )
    if tool.decision_role == DecisionRole.decides_alone:
        return None  # the profile itself says so: the classification's own reason stands
    by_item = {a.item_id: a for a in answers}
    sources = [
        _answer_source(by_item[item], what)
        for item, what in ART22_ITEMS.items()
        if item in by_item and by_item[item].value == AnswerValue.no
    ]
    audit_decides = False
    if audits:
        from ethics_toolkit.register.legal.art22 import art22_evidence

        latest = max(audits, key=lambda run: (run.run_at, run.id or 0))
        evidence = art22_evidence(tool, latest.result)
        if evidence is not None and evidence.contradicted:
            audit_decides = True
            sources.append(
                _both(SOURCE_AUDIT, date=latest.run_at.date().isoformat(), finding=evidence.reason)
            )
    if not sources:
        return LegalPoint(topic="art22", outcome="unlikely", statement=ART22_UNLIKELY)
    return LegalPoint(
        topic="art22",
        outcome="likely",
        statement=_both(ART22_LIKELY, sources=_join(sources)),
        sources=sources,
        attention="amber",
        headline=ART22_HEADLINE_AUDIT if audit_decides and len(sources) == 1 else ART22_HEADLINE,
        # An audit that shows it already asks management to decide (register/status.py).
        decision=None if audit_decides else ART22_DECISION,
    )


def emotion_point(tool: AITool) -> LegalPoint | None:
    """Art. 5(1)(f): "needs a decision" when the purpose or the data suggest emotion recognition."""
    if tool.emotion_recognition:
        return None  # declared: the classification says prohibited
    purpose = tool.purpose.lower()
    words = sorted(
        {m.group(0).strip() for pattern in EMOTION_WORDS for m in re.finditer(pattern, purpose)}
    )
    categories = [c for c in tool.data_categories if c in EMOTION_CATEGORIES]
    if not words and not categories:
        return None
    from ethics_toolkit.register.domain.labels import label

    hints = []
    if words:
        listed = {lang: ", ".join(quoted(w, lang) for w in words) for lang in LANGS}
        hints.append(_both(HINT_WORDS, words=Bilingual(**listed)))
    if categories:
        names = {lang: ", ".join(label(c, lang).lower() for c in categories) for lang in LANGS}
        hints.append(_both(HINT_DATA, data=Bilingual(**names)))
    return LegalPoint(
        topic="emotion",
        outcome="needs_decision",
        statement=_both(EMOTION_NEEDS_DECISION, hints=_join(hints, " ")),
        sources=hints,
        attention="amber",
        headline=EMOTION_HEADLINE,
        decision=EMOTION_DECISION,
    )


def active_measures_point(tool: AITool) -> LegalPoint | None:
    """0 employees means not stated: the duty to document is not determined, not denied."""
    if tool.employees > 0:
        return None
    return LegalPoint(
        topic="active_measures",
        outcome="not_determined",
        statement=ACTIVE_MEASURES_NOT_DETERMINED,
        needs=NEED_EMPLOYEES,
    )


def dpia_point(tool: AITool, answers: Sequence[Answer], dpia_likely: bool) -> LegalPoint | None:
    """Art. 35(1): the DPIA comes before the processing; in use before it is a breach."""
    if not dpia_likely:
        return None
    go_live = tool.go_live.isoformat() if tool.go_live else None
    since = _both(SINCE_DATE, date=go_live) if go_live else SINCE_UNKNOWN
    done_on = tool.dpia_completed_on
    if done_on is not None:
        if tool.go_live is not None and done_on > tool.go_live and _in_use(tool):
            return LegalPoint(
                topic="dpia_timing",
                outcome="breach",
                statement=_both(DPIA_LATE, done=done_on.isoformat(), since=since),
                attention="red",
                headline=DPIA_HEADLINE,
                decision=DPIA_BREACH_DECISION,
            )
        return LegalPoint(
            topic="dpia_timing",
            outcome="done",
            statement=_both(DPIA_DONE_ON, done=done_on.isoformat()),
        )
    answer = next((a for a in answers if a.item_id == DPIA_ITEM), None)
    value = answer.value if answer is not None else None
    sources = [_answer_source(answer, DPIA_WHAT)] if answer is not None else []
    if value == AnswerValue.yes:
        return LegalPoint(
            topic="dpia_timing", outcome="done", statement=DPIA_DONE_ANSWER, sources=sources
        )
    if not _in_use(tool):
        return LegalPoint(topic="dpia_timing", outcome="before_use", statement=DPIA_BEFORE_USE)
    if value == AnswerValue.no:
        return LegalPoint(
            topic="dpia_timing",
            outcome="breach",
            statement=_both(DPIA_MISSING_IN_USE, since=since, source=_join(sources)),
            sources=sources,
            attention="red",
            headline=DPIA_HEADLINE,
            decision=DPIA_BREACH_DECISION,
        )
    return LegalPoint(
        topic="dpia_timing",
        outcome="not_determined",
        statement=_both(DPIA_NOT_DETERMINED, since=since),
        sources=sources,
        needs=NEED_DPIA_DATE,
    )


def special_columns(spec: AuditSpec) -> list[tuple[str, DataCategory]]:
    """Audit columns that reveal a special category, by their name or display label."""
    from ethics_toolkit.engine.presentation.labels import column_label

    found = []
    for column in spec.sensitive:
        names = f"{column} {column_label(column, spec)}".lower()
        for category, patterns in SPECIAL_COLUMN_WORDS.items():
            if any(re.search(p, names) for p in patterns):
                found.append((column, category))
                break
    return found


def special_data(tool: AITool, audits: Sequence[AuditRun]) -> Bilingual | None:
    """The special categories the tool or its latest audit processes, named for people."""
    from ethics_toolkit.engine.presentation.labels import column_label
    from ethics_toolkit.register.domain.labels import label

    parts: dict[Lang, list[str]] = {lang: [] for lang in LANGS}
    for lang in LANGS:
        parts[lang] += [label(c, lang).lower() for c in tool.data_categories if c.special]
    if audits:
        latest = max(audits, key=lambda run: (run.run_at, run.id or 0))
        spec = latest.result.spec
        for column, category in special_columns(spec):
            for lang in LANGS:
                named = column_label(column, spec)
                parts[lang].append(
                    AUDIT_COLUMN.format(lang, category=label(category, lang).lower(), column=named)
                )
    if not parts["en"]:
        return None
    return Bilingual(**{lang: ", ".join(dict.fromkeys(parts[lang])) for lang in LANGS})


def art9_point(
    tool: AITool, audits: Sequence[AuditRun], as_of: date | None = None
) -> LegalPoint | None:
    """GDPR Art. 9: special-category data needs a basis; show it or ask for it, under the law in
    force on ``as_of`` (issue 21 §7: the Digital Omnibus widens the basis for processing such
    data to detect and correct bias once it is in force), with its sources."""
    from ethics_toolkit.register.law.ai_act import dates
    from ethics_toolkit.register.law.provisions import in_force, pending_note

    data = special_data(tool, audits)
    if data is None:
        return None
    law = in_force("special_category_bias", as_of)
    notes = {lang: pending_note("special_category_bias", lang, as_of) for lang in LANGS}
    law_text = Bilingual(
        **{lang: " ".join(filter(None, (law.text.get(lang), notes[lang]))) for lang in LANGS}
    )
    sources = [law.source]
    step = dates().omnibus.latest_step(as_of)
    if any(notes.values()) and step is not None:
        sources.append(step.source)
    ground = tool.art9_ground.strip()
    if ground:
        return LegalPoint(
            topic="art9_ground",
            outcome="stated",
            statement=_both(ART9_STATED, data=data, ground=ground, law=law_text),
            sources=sources,
        )
    basis = law.outcome == "bias_basis"
    return LegalPoint(
        topic="art9_ground",
        outcome="missing",
        statement=_both(ART9_BASIS_MISSING if basis else ART9_MISSING, data=data, law=law_text),
        sources=sources,
        attention="amber",
        headline=_both(ART9_HEADLINE, data=data),
        decision=ART9_BASIS_DECISION if basis else ART9_DECISION,
    )


def points(
    tool: AITool,
    *,
    answers: Sequence[Answer] = (),
    audits: Sequence[AuditRun] = (),
    dpia_likely: bool,
    as_of: date | None = None,
) -> list[LegalPoint]:
    """Every evidence-based point of the tool, in the order the report shows them; the law as in
    force on ``as_of`` (``None``: every fact the law files hold)."""
    found = [
        emotion_point(tool),
        art22_point(tool, answers, audits),
        dpia_point(tool, answers, dpia_likely),
        art9_point(tool, audits, as_of),
        active_measures_point(tool),
    ]
    return [p for p in found if p is not None]


# --- Statements -------------------------------------------------------------------------------
SOURCE_CHECKLIST = Bilingual(
    sv="checklistan: ”{question}” besvarad {answer} ({what})",
    en="the checklist: “{question}” answered {answer} ({what})",
)
SOURCE_WITH_EVIDENCE = Bilingual(
    sv="{source}, underlag: ”{evidence}”", en="{source}, evidence: “{evidence}”"
)
SOURCE_AUDIT = Bilingual(
    sv="biasgranskningen {date}: {finding}", en="the bias audit of {date}: {finding}"
)
ART22_NOT_DETERMINED = Bilingual(
    sv="GDPR art. 22 (helt automatiserade beslut): inte fastställt. Ange verktygets roll i besluten, dvs. om verktyget eller en människa fattar beslutet.",
    en="GDPR Art. 22 (solely automated decisions): not determined. Tell us the tool's role in decisions, that is whether the tool or a person takes the decision.",
)
ART22_UNLIKELY = Bilingual(
    sv="GDPR art. 22: inte sannolikt tillämplig. Profilen anger att en människa fattar beslutet och varken checklistan eller någon granskning säger emot det. Se till att prövningen är verklig och inte bara bekräftar verktygets förslag (SCHUFA, C-634/21).",
    en="GDPR Art. 22: unlikely to apply. The profile says a person takes the decision and neither the checklist nor an audit says otherwise. Make sure that review is real and does not just confirm the tool's output (SCHUFA, C-634/21).",
)
ART22_LIKELY = Bilingual(
    sv="GDPR art. 22: sannolikt tillämplig. Profilen anger att en människa fattar beslutet, men det motsägs av {sources}. Beslut som i praktiken fattas av verktyget är helt automatiserade beslut (SCHUFA, C-634/21): sökande har då rätt till mänsklig prövning, att framföra synpunkter och att bestrida beslutet.",
    en="GDPR Art. 22: likely to apply. The profile says a person takes the decision, but this is contradicted by {sources}. Decisions the tool takes in practice are solely automated decisions (SCHUFA, C-634/21): applicants then have a right to human intervention, to express their view and to contest the decision.",
)
ART22_DECISION = Bilingual(
    sv="Besluta hur en människa verkligen ska pröva varje sökande, även dem verktyget rankar lågt, eller behandla besluten som automatiserade enligt GDPR art. 22 (information, mänsklig prövning, rätt att bestrida).",
    en="Decide how a person really reviews every applicant, including those the tool ranks low, or treat the decisions as automated under GDPR Art. 22 (information, human review, the right to contest).",
)
HINT_WORDS = Bilingual(sv="Syftet nämner {words}.", en="The purpose mentions {words}.")
HINT_DATA = Bilingual(sv="Verktyget behandlar {data}.", en="The tool processes {data}.")
EMOTION_NEEDS_DECISION = Bilingual(
    sv="AI-förordningen art. 5(1)(f): kräver ett beslut. {hints} Det tyder på att verktyget kan tolka känslor, vilket är förbjudet i arbetslivet (även för sökande) utom av medicinska skäl eller säkerhetsskäl, oavsett vad profilens kryssruta säger.",
    en="AI Act Art. 5(1)(f): needs a decision. {hints} This suggests the tool may infer emotions, which is prohibited at work (applicants included) except for medical or safety reasons, whatever the profile's tick box says.",
)
EMOTION_DECISION = Bilingual(
    sv="Ta reda på om verktyget tolkar känslor (fråga leverantören) och besluta: gör det det ska funktionen stängas av (AI-förordningen art. 5(1)(f)).",
    en="Find out whether the tool infers emotions (ask the vendor) and decide: if it does, the function must be switched off (AI Act Art. 5(1)(f)).",
)
ACTIVE_MEASURES_NOT_DETERMINED = Bilingual(
    sv="Dokumentationsplikt för aktiva åtgärder (diskrimineringslagen 3 kap. 13 §): inte fastställt. Ange antalet anställda: med 25 eller fler ska arbetet dokumenteras skriftligt varje år. Aktiva åtgärder gäller alla arbetsgivare.",
    en="Duty to document active measures (Discrimination Act ch. 3 § 13): not determined. Tell us the number of employees: with 25 or more the work is documented in writing every year. Active measures apply to every employer.",
)
SINCE_DATE = Bilingual(sv="sedan driftstarten {date}", en="since it went live on {date}")
SINCE_UNKNOWN = Bilingual(sv="(driftstart ej angiven)", en="(go-live date not stated)")
DPIA_WHAT = Bilingual(sv="DPIA före driftstart", en="DPIA before go-live")
DPIA_LATE = Bilingual(
    sv="GDPR art. 35.1: överträdelse. Konsekvensbedömningen (DPIA) blev klar {done}, men verktyget har använts {since}. En DPIA ska göras före behandlingen, inte efter.",
    en="GDPR Art. 35(1): breach. The data protection impact assessment (DPIA) was completed on {done}, but the tool has been in use {since}. A DPIA must be carried out prior to the processing, not after.",
)
DPIA_DONE_ON = Bilingual(
    sv="GDPR art. 35.1: konsekvensbedömningen (DPIA) blev klar {done}, före driftstart.",
    en="GDPR Art. 35(1): the data protection impact assessment (DPIA) was completed on {done}, before go-live.",
)
DPIA_DONE_ANSWER = Bilingual(
    sv="GDPR art. 35.1: enligt checklistan gjordes konsekvensbedömningen (DPIA) före driftstart. Ange datumet i profilen så att det kan kontrolleras.",
    en="GDPR Art. 35(1): according to the checklist the DPIA was carried out before go-live. Record its date in the profile so that this can be checked.",
)
DPIA_BEFORE_USE = Bilingual(
    sv="GDPR art. 35.1: konsekvensbedömningen (DPIA) ska vara klar före driftstart; verktyget är ännu inte i bruk.",
    en="GDPR Art. 35(1): the DPIA must be completed before go-live; the tool is not in use yet.",
)
DPIA_MISSING_IN_USE = Bilingual(
    sv="GDPR art. 35.1: överträdelse. Verktyget används {since} utan att en konsekvensbedömning (DPIA) gjordes före behandlingen, enligt {source}. Det är en pågående överträdelse, inte en uppgift att planera.",
    en="GDPR Art. 35(1): breach. The tool has been in use {since} without a DPIA carried out prior to the processing, according to {source}. That is an ongoing breach, not a task to plan.",
)
DPIA_NOT_DETERMINED = Bilingual(
    sv="GDPR art. 35.1: inte fastställt om konsekvensbedömningen (DPIA) gjordes före behandlingen; verktyget används {since}. Ange datumet då DPIA:n blev klar.",
    en="GDPR Art. 35(1): not determined whether the DPIA was carried out prior to the processing; the tool has been in use {since}. Tell us the date the DPIA was completed.",
)
DPIA_BREACH_DECISION = Bilingual(
    sv="Genomför konsekvensbedömningen (DPIA) nu och dokumentera att den gjordes i efterhand (en överträdelse av GDPR art. 35.1); kvarstår en hög risk ska IMY rådfrågas (art. 36).",
    en="Carry out the DPIA now and document that it came late (a breach of GDPR Art. 35(1)); if a high risk remains, consult IMY (Art. 36).",
)
AUDIT_COLUMN = Bilingual(
    sv="{category} i granskningens kolumn {column}",
    en="{category} in the audit's column {column}",
)
ART9_STATED = Bilingual(
    sv="GDPR art. 9: känsliga personuppgifter behandlas ({data}). {law} Angivet undantag enligt art. 9.2: {ground}",
    en="GDPR Art. 9: special-category data is processed ({data}). {law} Art. 9(2) exception stated: {ground}",
)
ART9_MISSING = Bilingual(
    sv="GDPR art. 9: känsliga personuppgifter behandlas ({data}), och inget undantag enligt art. 9.2 är angivet. {law}",
    en="GDPR Art. 9: special-category data is processed ({data}), and no Art. 9(2) exception is stated. {law}",
)
ART9_BASIS_MISSING = Bilingual(
    sv="GDPR art. 9: känsliga personuppgifter behandlas ({data}), och ingen rättslig grund är angiven. {law}",
    en="GDPR Art. 9: special-category data is processed ({data}), and no legal basis is stated. {law}",
)
ART9_BASIS_DECISION = Bilingual(
    sv="Fastställ och dokumentera den rättsliga grunden för de känsliga uppgifterna (för att upptäcka och rätta bias enligt Digital Omnibus, med dess skyddsåtgärder, eller ett undantag enligt GDPR art. 9.2), eller sluta samla in dem.",
    en="Decide and record the legal basis for the special-category data (to detect and correct bias under the Digital Omnibus, with its safeguards, or a GDPR Art. 9(2) exception), or stop collecting it.",
)
ART9_DECISION = Bilingual(
    sv="Fastställ och dokumentera undantaget enligt GDPR art. 9.2 för de känsliga uppgifterna, eller sluta samla in dem.",
    en="Decide and record the GDPR Art. 9(2) exception for the special-category data, or stop collecting it.",
)
NEED_ROLE = Bilingual(sv="verktygets roll i besluten", en="the tool's role in decisions")
NEED_EMPLOYEES = Bilingual(sv="antalet anställda", en="the number of employees")
NEED_DPIA_DATE = Bilingual(sv="datumet då DPIA:n blev klar", en="the date the DPIA was completed")
ART22_HEADLINE = Bilingual(
    sv="GDPR art. 22 är sannolikt tillämplig: profilen anger att en människa beslutar, men checklistan säger emot.",
    en="GDPR Art. 22 likely applies: the profile says a person decides, but the checklist says otherwise.",
)
ART22_HEADLINE_AUDIT = Bilingual(
    sv="GDPR art. 22 är sannolikt tillämplig: profilen anger att en människa beslutar, men granskningen säger emot.",
    en="GDPR Art. 22 likely applies: the profile says a person decides, but the audit says otherwise.",
)
EMOTION_HEADLINE = Bilingual(
    sv="Möjlig känsloigenkänning (AI-förordningen art. 5(1)(f)): syftet eller uppgifterna tyder på det och ett beslut behövs.",
    en="Possible emotion recognition (AI Act Art. 5(1)(f)): the purpose or the data suggest it, and a decision is needed.",
)
DPIA_HEADLINE = Bilingual(
    sv="Överträdelse av GDPR art. 35.1: verktyget används utan en konsekvensbedömning (DPIA) gjord före behandlingen.",
    en="Breach of GDPR Art. 35(1): the tool is in use without a DPIA carried out before the processing.",
)
ART9_HEADLINE = Bilingual(
    sv="Känsliga personuppgifter ({data}) utan angivet undantag enligt GDPR art. 9.2.",
    en="Special-category data ({data}) without a stated GDPR Art. 9(2) exception.",
)
