"""One analysis in plain language: its summary, and its findings and summary written onto it.

:func:`with_findings` gives every group its finding
(:func:`~ethics_toolkit.engine.presentation.findings.group_finding`) and the analysis its summary,
both in Swedish and English; :func:`relabel` writes them again with new display labels, no figure
changed. The templates are in :mod:`~ethics_toolkit.engine.presentation.findings_texts`.
"""

from __future__ import annotations

from collections.abc import Mapping

from ethics_toolkit.engine.models import Analysis, AuditResult, GroupResult
from ethics_toolkit.engine.presentation.findings import (
    MIN_ROWS_TO_JUDGE,
    RateKind,
    group_finding,
    too_little_data,
)
from ethics_toolkit.engine.presentation.findings_texts import TEXTS
from ethics_toolkit.engine.presentation.labels import column_label, group_label, in_sentence
from ethics_toolkit.engine.presentation.warnings import reworded
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.i18n import Lang, format_int, format_number, format_percent
from ethics_toolkit.i18n.text import Bilingual

_t = TEXTS.text


def _attributes_in_sentence(
    attributes: list[str], spec: AuditSpec | None, *, joiner: str = " × "
) -> str:
    """Attribute labels inside a sentence: ``kön × bakgrund``."""
    return joiner.join(in_sentence(column_label(a, spec)) for a in attributes)


def _listed(groups: list[GroupResult], lang: Lang, spec: AuditSpec | None = None) -> str:
    return ", ".join(
        f"{group_label(g.values, spec)} ({format_number(g.impact_ratio, lang, 2)})" for g in groups
    )


def analysis_summary(
    analysis: Analysis,
    *,
    rate_kind: RateKind,
    lang: Lang,
    spec: AuditSpec | None = None,
    comparisons: int | None = None,
) -> str:
    """A short summary of one analysis in one language."""
    attributes = _attributes_in_sentence(analysis.attributes, spec)
    reference = next(g for g in analysis.groups if g.is_reference)
    judged = [
        g
        for g in analysis.adverse_groups
        if not too_little_data(g, reference, n_analysed=analysis.n_analysed)
    ]
    too_few = [g for g in analysis.adverse_groups if g not in judged]
    adverse = judged
    ratios = [g.impact_ratio for g in analysis.groups if g.impact_ratio is not None]
    if analysis.n_analysed < MIN_ROWS_TO_JUDGE:
        text = _t(
            "summary_too_little", lang, attributes=attributes,
            n=format_int(analysis.n_analysed, lang), minimum=MIN_ROWS_TO_JUDGE,
        )  # fmt: skip
        too_few = []
    elif not ratios:
        text = _t("summary_undefined", lang, attributes=attributes)
    elif too_few and not adverse:
        groups = _listed(too_few, lang, spec)
        text = _t("summary_caution", lang, count=len(too_few), attributes=attributes, groups=groups)
        too_few = []
    elif adverse:
        text = _t(
            "summary_adverse",
            lang,
            attributes=attributes,
            count=len(adverse),
            m=format_int(len(analysis.groups), lang),
            groups=_listed(adverse, lang, spec),
        )
        if comparisons and comparisons > 1 and any(g.verdict is not None for g in adverse):
            significant = [
                group_label(g.values, spec) for g in adverse if g.verdict == "adverse_significant"
            ]
            key = "summary_significant" if significant else "summary_significant_none"
            text += _t(key, lang, count=len(adverse), m=comparisons, groups=", ".join(significant))
    else:
        text = _t(
            "summary_fine", lang, attributes=attributes, ratio=format_number(min(ratios), lang, 2)
        )
    text += _t(
        "summary_reference",
        lang,
        ref=group_label(reference.values, spec),
        rate=format_percent(reference.selection_rate, lang, 1),
    )
    if too_few:
        text += _t("summary_too_few", lang, groups=_listed(too_few, lang, spec))
    insufficient = [
        f"{group_label(g.values, spec)} ({format_number(g.min_detectable_ratio, lang, 2)})"
        for g in analysis.groups
        if g.verdict == "insufficient_evidence"
    ]
    if insufficient:
        text += _t("summary_insufficient", lang, groups=", ".join(insufficient))
    small = [group_label(g.values, spec) for g in analysis.groups if g.small_group]
    if small:
        text += _t("summary_small", lang, groups=", ".join(small))
    if analysis.unknown:
        either = _attributes_in_sentence(
            analysis.attributes, spec, joiner=TEXTS["attributes_or"].format(lang)
        )
        text += _t("summary_unknown", lang, count=analysis.unknown, attributes=either)
    return text


def with_findings(
    analysis: Analysis,
    *,
    rate_kind: RateKind,
    confidence_level: float,
    spec: AuditSpec | None = None,
    comparisons: int | None = None,
) -> Analysis:
    """The analysis with a bilingual finding on every group and a bilingual summary.

    ``spec`` gives the display labels of columns and values (none: as written in the file);
    ``comparisons`` is the size of the scope's Holm family (issue 10), named where a verdict
    depends on it.
    """
    if not analysis.groups:  # a period without known values
        summary = {
            lang: _t(
                "summary_none_known",
                lang,
                attributes=_attributes_in_sentence(analysis.attributes, spec),
                k=format_int(analysis.unknown, lang),
            )
            for lang in ("sv", "en")
        }
        return analysis.model_copy(update={"summary": Bilingual(**summary)})
    reference = next((g for g in analysis.groups if g.is_reference), None)
    if reference is None:  # a period without the whole log's reference group (issue 20)
        return _without_reference(analysis, spec)

    def finding(group: GroupResult) -> Bilingual:
        texts = {
            lang: group_finding(
                group,
                reference,
                n_analysed=analysis.n_analysed,
                rate_kind=rate_kind,
                confidence_level=confidence_level,
                lang=lang,
                spec=spec,
                comparisons=comparisons,
                reference_chosen=analysis.reference_chosen,
            )
            for lang in ("sv", "en")
        }
        return Bilingual(**texts)

    groups = [g.model_copy(update={"finding": finding(g)}) for g in analysis.groups]
    analysis = analysis.model_copy(update={"groups": groups})
    summary = Bilingual(
        sv=analysis_summary(
            analysis, rate_kind=rate_kind, lang="sv", spec=spec, comparisons=comparisons
        ),
        en=analysis_summary(
            analysis, rate_kind=rate_kind, lang="en", spec=spec, comparisons=comparisons
        ),
    )
    return analysis.model_copy(update={"summary": summary})


def _without_reference(analysis: Analysis, spec: AuditSpec | None) -> Analysis:
    """A period's analysis whose whole-log reference group has no rows: figures, no ratios."""

    def finding(group: GroupResult) -> Bilingual:
        texts = {
            lang: _t(
                "no_reference",
                lang,
                who=group_label(group.values, spec),
                rate=format_percent(group.selection_rate, lang, 1),
                s=format_int(group.selected, lang),
                n=format_int(group.n, lang),
            )
            for lang in ("sv", "en")
        }
        return Bilingual(**texts)

    attributes = {lang: _attributes_in_sentence(analysis.attributes, spec) for lang in ("sv", "en")}
    summary = Bilingual(
        **{
            lang: _t("summary_no_reference", lang, attributes=attributes[lang])
            for lang in ("sv", "en")
        }
    )
    groups = [g.model_copy(update={"finding": finding(g)}) for g in analysis.groups]
    return analysis.model_copy(update={"groups": groups, "summary": summary})


def relabel(
    result: AuditResult,
    *,
    column_labels: Mapping[str, str] | None = None,
    value_labels: Mapping[str, Mapping[str, str]] | None = None,
) -> AuditResult:
    """The same audit with new display labels: findings and summaries rewritten, no figure changed.

    Labels given replace the spec's; ``None`` keeps them. For the app's mapping step, and for
    audits saved before labels existed.
    """
    update: dict[str, object] = {}
    if column_labels is not None:
        update["column_labels"] = dict(column_labels)
    if value_labels is not None:
        update["value_labels"] = {c: dict(v) for c, v in value_labels.items()}
    spec = result.spec.model_copy(update=update)
    analyses = [
        with_findings(
            analysis,
            rate_kind=result.rate_kind,
            confidence_level=result.confidence_level,
            spec=spec,
        )
        for analysis in result.analyses
    ]
    warnings = reworded(result.warnings, spec)  # issue 27: the warnings name groups too
    return result.model_copy(update={"spec": spec, "analyses": analyses, "warnings": warnings})
