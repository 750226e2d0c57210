"""Hand-built audit results and register records for the report tests.

The counts are those documented in ``sample_data/README.md`` (background Outside Europe 217/1100 vs
Sweden 925/3000 -> impact ratio 0.6398), so the figures asserted in the PDF can be checked by hand.
Rates, Wilson intervals and Fisher p-values are computed here with scipy from the counts, the same
definitions the engine uses (``../shared/reference/fairness-methods.md``).
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime

from scipy.stats import binomtest, fisher_exact

from ethics_toolkit.engine.models import (
    FOUR_FIFTHS,
    SMALL_GROUP_SHARE,
    Analysis,
    AuditResult,
    GroupResult,
)
from ethics_toolkit.engine.spec import AuditSpec, Cell, ReadingInfo
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.domain.answers import Answer, AnswerValue
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.history_entries import HistoryEntry
from ethics_toolkit.register.domain.legal_classification import LegalClassification
from ethics_toolkit.register.domain.risks import MitigationAction, Risk, RiskStatus, Treatment
from ethics_toolkit.register.domain.tool import (
    AITool,
    DataCategory,
    DecisionRole,
    HRProcess,
    ToolStatus,
)
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.samples.decisions import CELLS


def _merge_unknown_gender() -> dict[tuple[str | None, str], tuple[int, int]]:
    """The generator's cells, with "Not stated" and empty gender merged into unknown (None)."""
    merged: dict[tuple[str | None, str], tuple[int, int]] = {}
    for (gender, background), (n, s) in CELLS.items():
        key = (None if gender in ("", "Not stated") else gender, background)
        old_n, old_s = merged.get(key, (0, 0))
        merged[key] = (old_n + n, old_s + s)
    return merged


GENDER_BACKGROUND = _merge_unknown_gender()
AUDITED_AT = datetime(2026, 10, 31, 14, 30, tzinfo=UTC)
SHA = "3f7c1e0b9a4d5c6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f"


def _group(
    values: dict[str, str],
    n: int,
    selected: int,
    total: int,
    reference: tuple[int, int],
    *,
    is_reference: bool,
) -> GroupResult:
    rate = selected / n
    ci = binomtest(selected, n).proportion_ci(0.95, method="wilson")
    p_value = None
    shortfall = 0
    ref_n, ref_s = reference
    ref_rate = ref_s / ref_n
    ratio = rate / ref_rate
    if not is_reference:
        p_value = float(fisher_exact([[selected, n - selected], [ref_s, ref_n - ref_s]])[1])
    if ratio < FOUR_FIFTHS:
        shortfall = math.ceil(FOUR_FIFTHS * ref_rate * n - selected - 1e-9)
    adverse = ratio < FOUR_FIFTHS
    label = " × ".join(values.values())
    finding = None
    if not is_reference:
        finding = Bilingual(
            sv=f"Sökande {label} valdes med kvoten {ratio:.2f}".replace(".", ",") + ".",
            en=f"Applicants {label} were selected at {ratio:.2f} times the reference rate.",
        )
    return GroupResult(
        values=values,
        n=n,
        selected=selected,
        selection_rate=rate,
        ci_low=ci.low,
        ci_high=ci.high,
        impact_ratio=ratio,
        impact_ratio_ci=None,
        adverse_impact=adverse,
        p_value=p_value,
        shortfall=shortfall,
        small_group=n < SMALL_GROUP_SHARE * total,
        is_reference=is_reference,
        finding=finding,
    )


def analysis(
    attributes: list[str], counts: dict[tuple[str, ...], tuple[int, int]], unknown: int
) -> Analysis:
    """An analysis with the reference chosen as the fairness methods define it."""
    total = sum(n for n, _ in counts.values())
    eligible = [(s / n, n, key) for key, (n, s) in counts.items() if n >= SMALL_GROUP_SHARE * total]
    _, _, ref_key = max(eligible)
    reference = counts[ref_key]
    groups = [
        _group(
            dict(zip(attributes, key, strict=True)),
            n,
            s,
            total,
            reference,
            is_reference=key == ref_key,
        )
        for key, (n, s) in sorted(counts.items())
    ]
    rates = [g.selection_rate for g in groups]
    return Analysis(
        attributes=attributes,
        reference_group=dict(zip(attributes, ref_key, strict=True)),
        unknown=unknown,
        n_analysed=total,
        groups=groups,
        demographic_parity_difference=max(rates) - min(rates),
        demographic_parity_ratio=min(rates) / max(rates),
    )


def _marginal(index: int) -> tuple[dict[tuple[str], tuple[int, int]], int]:
    counts: dict[tuple[str], tuple[int, int]] = {}
    unknown = 0
    for key, (n, s) in GENDER_BACKGROUND.items():
        if key[index] is None:
            unknown += n
            continue
        old_n, old_s = counts.get((key[index],), (0, 0))
        counts[(key[index],)] = (old_n + n, old_s + s)
    return counts, unknown


def _cells() -> list[Cell]:
    cells = []
    for (gender, background), (n, s) in GENDER_BACKGROUND.items():
        values = {"gender": gender, "background": background}
        cells.append(Cell(values=values, selected=True, count=s))
        cells.append(Cell(values=values, selected=False, count=n - s))
    return cells


def demo_result() -> AuditResult:
    """The sample log's gender, background and gender x background analyses."""
    gender, gender_unknown = _marginal(0)
    background, _ = _marginal(1)
    cross = {k: v for k, v in GENDER_BACKGROUND.items() if k[0] is not None}
    return AuditResult(
        n_rows=5000,
        spec=AuditSpec(outcome="selected", positive="1", sensitive=["gender", "background"]),
        reading=ReadingInfo(
            encoding="utf-8",
            separator=",",
            decimal=".",
            rows_read=5000,
            columns=["applicant_id", "gender", "background", "age_band", "score", "selected"],
            sha256=SHA,
            file_name="recruitment_decisions.csv",
        ),
        cells=_cells(),
        analyses=[
            analysis(["gender"], gender, gender_unknown),
            analysis(["background"], background, 0),
            analysis(["gender", "background"], cross, gender_unknown),
        ],
        computed_at=AUDITED_AT,
    )


def small_cell_result() -> AuditResult:
    """Team A 3 of 3 selected (n < 5), B 200 of 400, C 150 of 300: A must be suppressed."""
    counts = {("A",): (3, 3), ("B",): (400, 200), ("C",): (300, 150)}
    return AuditResult(
        n_rows=703,
        spec=AuditSpec(outcome="selected", positive="1", sensitive=["team"]),
        cells=[
            Cell(values={"team": key[0]}, selected=sel, count=s if sel else n - s)
            for key, (n, s) in counts.items()
            for sel in (True, False)
        ],
        analyses=[analysis(["team"], counts, 0)],
        computed_at=AUDITED_AT,
    )


def demo_record() -> ToolRecord:
    """A register record like the demo tool's, built directly from the register models."""
    result = demo_result()
    tool = AITool(
        id=1,
        name="TalentScreen",
        vendor="Exempel AB",
        version="4.2",
        purpose="Sorterar ansökningar och föreslår vilka som ska kallas till intervju.",
        hr_process=HRProcess.recruitment,
        decision_role=DecisionRole.ranks,
        data_categories=[DataCategory.cv_content, DataCategory.ethnicity],
        legal_basis="GDPR art. 6.1 f",
        system_owner="Anna Andersson, HR-chef",
        employees=300,
        go_live=date(2025, 3, 1),
        status=ToolStatus.in_use,
        profiling=True,
        next_review=date(2027, 4, 30),
    )
    classification = LegalClassification(
        risk_class="high_risk",
        high_risk=True,
        prohibited=False,
        fria_needed=False,
        dpia_likely=True,
        wp248_criteria=["evaluation or scoring", "vulnerable data subjects"],
        art22_concern=False,
        active_measures_duty=True,
        reasons=[
            Bilingual(
                sv="Används vid rekrytering: högrisk enligt bilaga III punkt 4 a.",
                en="Used in recruitment: high-risk under Annex III point 4(a).",
            )
        ],
    )
    stamp = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
    answers = [
        Answer(
            tool_id=1,
            item_id=item,
            value=value,
            evidence=evidence,
            answered_by="hr",
            answered_at=stamp,
        )
        for item, value, evidence in (
            ("gdpr-01", AnswerValue.yes, "Registerförteckning 2025"),
            ("gdpr-02", AnswerValue.no, ""),
            ("human_oversight-01", AnswerValue.partly, "Rutin finns men följs inte alltid"),
        )
    ]
    risks = [
        Risk(
            id=1,
            tool_id=1,
            title="Indirect discrimination by background",
            likelihood=4,
            severity=5,
            owner="HR director",
            treatment=Treatment.mitigate,
            residual_likelihood=2,
            residual_severity=4,
            status=RiskStatus.in_treatment,
            actions=[
                MitigationAction(
                    description="Ask the vendor for the model's features",
                    owner="IT",
                    due=date(2026, 12, 15),
                ),
            ],
        ),
        Risk(
            id=2,
            tool_id=1,
            title="Applicants not informed",
            likelihood=3,
            severity=3,
            owner="HR",
            status=RiskStatus.open,
        ),
        Risk(
            id=3,
            tool_id=1,
            title="Logs kept too briefly",
            likelihood=2,
            severity=2,
            status=RiskStatus.closed,
        ),
    ]
    run = AuditRun(
        id=1,
        tool_id=1,
        result=result,
        file_sha256=SHA,
        file_name="recruitment_decisions.csv",
        rows_read=5000,
        rows_used=5000,
        run_at=AUDITED_AT,
        run_by="demo",
        data_period="2026-01-01 – 2026-06-30",
    )
    history = [
        HistoryEntry(
            id=1,
            at=stamp,
            actor="demo",
            tool_id=1,
            entity="tool",
            entity_id="1",
            action="create",
            summary="Tool TalentScreen registered",
        ),
        HistoryEntry(
            id=2,
            at=AUDITED_AT,
            actor="demo",
            tool_id=1,
            entity="audit",
            entity_id="1",
            action="create",
            summary="Audit of recruitment_decisions.csv",
        ),
    ]
    return ToolRecord(
        tool=tool,
        classification=classification,
        answers=answers,
        risks=risks,
        audits=[run],
        signoffs=[],
        history=history,
    )
