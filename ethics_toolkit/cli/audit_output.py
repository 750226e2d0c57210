"""What ``ethics-toolkit audit`` prints: one JSON object, or the readable text in ``--lang``.

``--format text`` prints what was detected, a table per analysis and the findings (the shared
presentation of :mod:`ethics_toolkit.engine.presentation.views`, exact figures) and the verdict;
``--format json`` prints exactly one JSON object (the contract's fields plus the additive ones of
:class:`~ethics_toolkit.engine.models.AuditResult`). The decision-process sections are in
:mod:`ethics_toolkit.cli.audit_process`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ethics_toolkit.cli.text_table import audit_text, display_width, text_table

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import Analysis, AuditResult, Stratified
    from ethics_toolkit.i18n import Lang

_SEPARATOR_NAMES = {",": "','", ";": "';'", "\t": "tab"}
_GROUPED_SOURCES = ("table", "query", "parquet")

# Sections that exist only when the audit asked for them: absent from the JSON rather than null.
_OPTIONAL_SECTIONS = ("stratified", "oversight", "funnel", "features", "periods", "trends")
_VALIDITY_FIELDS = ("p_value_holm", "min_detectable_ratio", "verdict")


def _drop_absent(payload: dict) -> None:
    for key in _OPTIONAL_SECTIONS:
        if key in payload and payload[key] is None:
            del payload[key]
    for analysis in payload.get("analyses", []):
        _drop_absent(analysis)
        for group in analysis.get("groups", []):
            if group.get("verdict") is None:
                for key in _VALIDITY_FIELDS:
                    group.pop(key, None)
    for period in payload.get("periods") or []:
        _drop_absent(period)


def _warnings_without_nulls(payload: dict) -> None:
    """A warning carries only the figures that apply to it (issue 27)."""
    payload["warnings"] = [
        {k: v for k, v in warning.items() if v is not None} for warning in payload["warnings"]
    ]


def render_warnings(result: AuditResult, lang: Lang) -> list[str]:
    """The audit's warnings (issue 27), before the tables: what to know before the figures."""
    if not result.warnings:
        return []
    return [
        "",
        audit_text("warnings", lang),
        *(f"- {w.message.get(lang)}" for w in result.warnings),
    ]


def to_json(result: AuditResult) -> str:
    """Exactly one JSON object: the contract's fields plus the additive ones."""
    import json

    payload = result.model_dump(mode="json")
    _drop_absent(payload)
    _warnings_without_nulls(payload)
    payload["adverse_impact_found"] = result.adverse_impact_found
    return json.dumps(payload, ensure_ascii=False, allow_nan=False)


def render_analysis(analysis: Analysis, lang: Lang, result: AuditResult | None = None) -> list[str]:
    """One analysis as a heading, a table and its findings (the shared presentation, exact)."""
    from ethics_toolkit.engine.models import AuditResult
    from ethics_toolkit.engine.presentation.views import analysis_view

    if result is None:  # a bare analysis: present it with no labels and no cells
        result = AuditResult(n_rows=0, spec={"sensitive": analysis.attributes}, cells=[],
                             analyses=[analysis])  # fmt: skip
    view = analysis_view(result, analysis, lang)
    rows = [view.header(lang, rate_kind=result.rate_kind), *view.table()]
    heading = view.title
    if view.reference:
        heading += f" ({audit_text('reference', lang, ref=view.reference)})"
    right = set(range(1, len(view.columns) - 1))
    lines = ["", heading, "=" * display_width(heading), *text_table(rows, right=right), ""]
    reference_note = audit_text("reference", lang, ref=view.reference) if view.reference else None
    lines += [_sentence(note) for note in view.notes if note != reference_note]
    lines += [f"! {w.message.get(lang)}" for w in analysis.reference_warnings]  # issue 20
    if view.summary:
        lines.append(view.summary)
    lines.append(audit_text("findings", lang))
    lines += [f"- {finding}" for finding in view.findings]
    if analysis.stratified is not None:
        lines += render_stratified(analysis.stratified, lang, result)
    if analysis.oversight is not None or analysis.funnel:
        from ethics_toolkit.cli.audit_process import render_funnel, render_oversight

        if analysis.oversight is not None:
            lines += render_oversight(analysis.oversight, lang, result.spec)
        if analysis.funnel:
            lines += render_funnel(analysis.funnel, lang, result.spec)
    return lines


def render_stratified(stratified: Stratified, lang: Lang, result: AuditResult) -> list[str]:
    """The comparison within strata (issue 10): one row per non-reference group, findings."""
    from ethics_toolkit.engine.presentation.labels import column_label, group_label
    from ethics_toolkit.engine.presentation.views import column_label as heading_of
    from ethics_toolkit.i18n import format_int, format_number, format_p_value

    keys = ["strata_used", "mh_odds_ratio", "mh_ci", "cmh_p", "breslow_day_p", "reversed"]
    rows = [[heading_of("group", lang), *(audit_text(k, lang) for k in keys)]]
    for entry in stratified.groups:
        ci = "–"
        if entry.mh_odds_ratio_ci is not None:
            ci = "–".join(format_number(bound, lang) for bound in entry.mh_odds_ratio_ci)
        rows.append(
            [
                group_label(entry.values, result.spec),
                format_int(entry.strata_used, lang),
                format_number(entry.mh_odds_ratio, lang),
                ci,
                format_p_value(entry.cmh_p_value, lang),
                format_p_value(entry.breslow_day_p_value, lang),
                audit_text("yes" if entry.pooled_direction_reversed else "no", lang),
            ]
        )
    column = column_label(stratified.column, result.spec)
    heading = audit_text(
        "stratified",
        lang,
        column=column,
        strata=format_int(stratified.strata, lang),
        unknown=format_int(stratified.unknown_strata_rows, lang),
    )
    lines = ["", heading, "-" * display_width(heading)]
    if stratified.groups:
        lines += text_table(rows, right=set(range(1, len(rows[0]) - 1)))
    lines += [f"- {e.finding.get(lang)}" for e in stratified.groups if e.finding]
    return lines


def _sentence(note: str) -> str:
    return note[:1].upper() + note[1:] + "."


def render_text(result: AuditResult, lang: Lang) -> str:
    """The readable report: what was read, one table per analysis, findings, the verdict."""
    from ethics_toolkit.engine.presentation.views import overall_verdict
    from ethics_toolkit.i18n import format_int, format_number

    lines = []
    if result.reading is not None and result.reading.source_kind in _GROUPED_SOURCES:
        reading = result.reading
        lines.append(
            audit_text(
                "read_source",
                lang,
                name=reading.source_name or "-",
                rows=format_int(reading.rows_read, lang),
                kind=audit_text(reading.kind, lang),
                fetched=format_int(reading.rows_fetched or 0, lang),
            )
        )
    elif result.reading is not None and result.reading.sheet is not None:
        reading = result.reading
        lines.append(
            audit_text(
                "read_sheet",
                lang,
                name=reading.file_name or "-",
                sheet=reading.sheet,
                rows=format_int(reading.rows_read, lang),
                kind=audit_text(reading.kind, lang),
            )
        )
    elif result.reading is not None:
        reading = result.reading
        lines.append(
            audit_text(
                "read",
                lang,
                name=reading.file_name or "-",
                encoding=reading.encoding.upper(),
                separator=_SEPARATOR_NAMES.get(reading.separator, repr(reading.separator)),
                decimal=repr(reading.decimal),
                rows=audit_text("n_rows", lang, count=reading.rows_read),
                kind=audit_text(reading.kind, lang),
            )
        )
    if result.reading is not None and result.reading.skipped_lines:
        lines.append(audit_text("skipped_lines", lang, count=result.reading.skipped_lines))
    from ethics_toolkit.cli.audit_values import value_lines

    lines += value_lines(result, lang)  # issue 20: the sheet, groupings and unknown values
    if result.excluded_rows and result.spec.excluded:
        named = ", ".join(result.spec.excluded)
        lines.append(audit_text("excluded_named", lang, count=result.excluded_rows, values=named))
    elif result.excluded_rows:
        lines.append(audit_text("excluded", lang, count=result.excluded_rows))
    if result.score_median is not None:
        lines.append(audit_text("median", lang, median=format_number(result.score_median, lang)))
    lines += render_warnings(result, lang)
    for analysis in result.analyses:
        lines += render_analysis(analysis, lang, result)
    if result.features is not None:
        from ethics_toolkit.cli.audit_process import render_features

        lines += render_features(result.features, list(result.spec.sensitive), lang, result.spec)
    for period in result.periods or []:
        rows_text = format_int(period.n_rows, lang)
        heading = audit_text("period", lang, period=period.period, rows=rows_text)
        lines += ["", heading, "-" * display_width(heading)]
        lines += [a.summary.get(lang) for a in period.analyses if a.summary]
    if result.trends:
        lines += ["", audit_text("trends", lang)]
        lines += [f"- {t.finding.get(lang)}" for t in result.trends if t.finding]
    verdict = "verdict_adverse" if result.adverse_impact_found else "verdict_fine"
    lines += ["", f"{overall_verdict(result, lang)} {audit_text(verdict, lang)}"]
    from ethics_toolkit.engine.presentation.judgement import caution

    note = caution(result)
    if note is not None:  # too little data: the exit code keeps the contract, the words do not
        lines.append(note.get(lang))
    return "\n".join(lines)
