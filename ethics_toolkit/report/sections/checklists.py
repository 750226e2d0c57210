"""The management report's checklist section: per area every answer counted once (issue 12); and
its annex, the items not met and the items answered "don't know" with their guidance (issue 21)."""

from __future__ import annotations

from ethics_toolkit.i18n import Lang, format_int
from ethics_toolkit.register.checklists.catalogue import (
    ChecklistCounts,
    checklist_counts,
    load_checklists,
)
from ethics_toolkit.register.domain.answers import AnswerValue
from ethics_toolkit.register.domain.labels import label
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.report.sections.table_text import PROFILE_TEXT
from ethics_toolkit.report.story import Story
from ethics_toolkit.report.texts import text

CHECKLIST_COLUMNS = (
    "chk.items", "chk.met", "chk.partly", "chk.unmet", "chk.dont_know", "chk.not_applicable",
    "chk.unanswered",
)  # fmt: skip


def _count_row(counts: ChecklistCounts, lang: Lang) -> list[str]:
    values = (
        counts.items, counts.met, counts.partly, counts.not_met, counts.dont_know,
        counts.not_applicable, counts.unanswered,
    )  # fmt: skip
    return [format_int(v, lang) for v in values]


def checklist_section(story: Story, record: ToolRecord, *, items_in: str | None = None) -> None:
    """Per area every answer counted once: met, partly, not met, don't know, not applicable and
    unanswered (issue 12). ``items_in``: the annex that lists the items (issue 21: the core
    counts, the annex explains)."""
    lang = story.lang
    story.section("sec.checklists")
    answers = {a.item_id: a for a in record.answers}
    if not answers:
        story.para(text("chk.none", lang))
        return
    intro = text("chk.intro_counts", lang)
    if items_in is not None and _open_items(record):
        intro += " " + text("chk.items_in", lang, letter=items_in)
    start = len(story.flow)
    story.para(intro)
    rows = []
    for area in load_checklists():
        given = [answers[item.id] for item in area.items if item.id in answers]
        counts = checklist_counts((a.value for a in given), items=len(area.items))
        rows.append([area.title.get(lang), *_count_row(counts, lang)])
    total = checklist_counts(a.value for a in record.answers)
    rows.append([text("chk.total", lang), *_count_row(total, lang)])
    story.table(
        [text("chk.area", lang), *(text(k, lang) for k in CHECKLIST_COLUMNS)],
        rows,
        widths=(0.3, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1),
        numeric=range(1, 8),
    )
    story.keep_last(len(story.flow) - start)  # the intro stays with its table


def _open_items(record: ToolRecord) -> tuple[list, list]:
    """Per area, the items not met (no, partly) and the items answered "don't know"."""
    answers = {a.item_id: a for a in record.answers}
    gaps_by_area, unknown_by_area = [], []
    for area in load_checklists():
        answered = [(item, answers[item.id]) for item in area.items if item.id in answers]
        gaps = [(i, a) for i, a in answered if a.value in (AnswerValue.no, AnswerValue.partly)]
        unknown = [(i, a) for i, a in answered if a.value == AnswerValue.dont_know]
        if gaps:
            gaps_by_area.append((area, gaps))
        if unknown:
            unknown_by_area.append((area, unknown))
    return gaps_by_area, unknown_by_area


def checklist_items_section(story: Story, record: ToolRecord) -> None:
    """The annex: the items not met and the items answered "don't know", with the answer, its
    evidence and the checklist's guidance."""
    lang = story.lang
    gaps_by_area, unknown_by_area = _open_items(record)
    story.section("sec.checklist_items")
    story.para(text("chk.items_intro", lang))
    story.subheading(text("chk.unmet_items", lang))
    if not gaps_by_area:
        story.para(text("chk.all_met", lang))
    _checklist_items(story, gaps_by_area)
    if unknown_by_area:
        story.subheading(text("chk.dont_know_items", lang))
        _checklist_items(story, unknown_by_area)


def has_open_items(record: ToolRecord) -> bool:
    gaps, unknown = _open_items(record)
    return bool(gaps or unknown)


def _checklist_items(story: Story, by_area: list) -> None:
    lang = story.lang
    for area, items in by_area:
        story.subheading(area.title.get(lang), bookmark=False, keep=30, style="h3")
        for item, answer in items:
            detail = f"{text('chk.answer', lang)}: {label(answer.value, lang)}"
            if answer.evidence:
                evidence = story.clip(answer.evidence, PROFILE_TEXT, text("chk.evidence", lang))
                detail += f". {text('chk.evidence', lang)}: {evidence}"
            story.block(
                item.question.get(lang),
                [detail, f"{text('chk.guidance', lang)}: {item.guidance.get(lang)}"],
            )
