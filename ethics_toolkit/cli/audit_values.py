"""What ``audit``'s text says about the values before the tables (issue 20).

The sheet read and the others skipped ("Kandidater: 2 400 rows; Info skipped: 2 rows of text"),
how a grouped column's values became groups, and which values were counted as unknown with their
rows: so that a reader sees what the recipe did to the export before reading any figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import AuditResult
    from ethics_toolkit.i18n import Lang


def _t(key: str, lang: Lang, **fields: object) -> str:
    from ethics_toolkit.cli.recipe_texts import TEXTS

    return TEXTS.text(key, lang, **fields)


def value_lines(result: AuditResult, lang: Lang) -> list[str]:
    """The sheet, the groupings and the unknown values of an audit, one line each."""
    from ethics_toolkit.engine.presentation.labels import column_label
    from ethics_toolkit.engine.reading.groupings import decide
    from ethics_toolkit.engine.recipe.guess_recipe import sheet_note
    from ethics_toolkit.i18n import format_int

    lines = []
    reading = result.reading
    if reading is not None and reading.sheet is not None and reading.other_sheets:
        note = sheet_note(reading.sheet, reading.rows_read, reading.other_sheets)
        lines.append(_t("sheet", lang, note=note.get(lang)))
    spec = result.spec
    for column in spec.sensitive:
        name = column_label(column, spec)
        census = result.value_counts.get(column, {})
        grouping = spec.regroup.get(column)
        chosen = spec.unknown_values.get(column, [])
        unknown: dict[str, int] = {}
        known: set[str] = set()
        groups: set[str] = set()
        for value, rows in census.items():
            group = decide(value, grouping, chosen)
            if group:
                known.add(value)
                groups.add(group)
            else:
                unknown[value] = rows
        if grouping is not None and known:
            key = "grouped_builtin" if not grouping.groups else "grouped_yours"
            source = f" ({grouping.source})" if grouping.source else ""
            lines.append(
                _t(key, lang, column=name, values=len(known), groups=len(groups), source=source)
            )
        if unknown:
            listed = ", ".join(
                f"{value if value else _t('blank', lang)} ({format_int(rows, lang)})"
                for value, rows in sorted(unknown.items(), key=lambda kv: -kv[1])
            )
            lines.append(
                _t("unknown", lang, count=sum(unknown.values()), column=name, values=listed)
            )
    return lines
