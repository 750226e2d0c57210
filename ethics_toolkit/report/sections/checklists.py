"""The management report's checklist section: per area every answer counted once (issue 12, with
the answers that need review, issue 21 §2); and its annex, the answers that need review, the items
not met and the items answered "don't know", with why, when and the guidance (issue 21)."""

from __future__ import annotations

from ethics_toolkit.i18n import Lang, format_int
from ethics_toolkit.register.checklists.catalogue import ChecklistCounts, load_checklists
from ethics_toolkit.register.domain.labels import label
from ethics_toolkit.register.statements.answers import AnswerStatement
from ethics_toolkit.register.statements.model import ToolStatements
from ethics_toolkit.report.sections.table_text import PROFILE_TEXT
from ethics_toolkit.report.story import Story
from ethics_toolkit.report.texts import text

CHECKLIST_COLUMNS = (
    "chk.items", "chk.met", "chk.partly", "chk.unmet", "chk.dont_know", "chk.not_applicable",
    "chk.needs_review", "chk.unanswered",
)  # fmt: skip


def _count_row(counts: ChecklistCounts, lang: Lang) -> list[str]:
    values = (
        counts.items, counts.met, counts.partly, counts.not_met, counts.dont_know,
        counts.not_applicable, counts.needs_review, counts.unanswered,
    )  # fmt: skip
    return [format_int(v, lang) for v in values]


def checklist_section(
    story: Story, statements: ToolStatements, *, items_in: str | None = None
) -> None:
    """Per area every answer counted once: met, partly, not met, don't know, not applicable, needs
    review and unanswered. ``items_in``: the annex that lists the items (issue 21: the core
    counts, the annex explains)."""
    lang = story.lang
    story.section("sec.checklists")
    checklists = statements.checklists
    if not checklists.answers:
        story.para(text("chk.none", lang))
        return
    intro = text("chk.intro_counts", lang)
    if items_in is not None and has_open_items(statements):
        intro += " " + text("chk.items_in", lang, letter=items_in)
    start = len(story.flow)
    story.para(intro)
    rows = []
    for area in load_checklists():
        ids = [item.id for item in area.items]
        rows.append([area.title.get(lang), *_count_row(checklists.counts_of(ids), lang)])
    rows.append([text("chk.total", lang), *_count_row(checklists.counts, lang)])
    story.table(
        [text("chk.area", lang), *(text(k, lang) for k in CHECKLIST_COLUMNS)],
        rows,
        widths=(0.24, *([0.095] * len(CHECKLIST_COLUMNS))),
        numeric=range(1, len(CHECKLIST_COLUMNS) + 1),
    )
    story.keep_last(len(story.flow) - start)  # the intro stays with its table


def _open_items(statements: ToolStatements) -> tuple[list, list, list]:
    """Per area, the items not met (no, partly), answered "don't know", and needing review."""
    answers = {a.item_id: a for a in statements.checklists.answers}
    gaps_by_area, unknown_by_area, review_by_area = [], [], []
    for area in load_checklists():
        given = [(item, answers[item.id]) for item in area.items if item.id in answers]
        for bucket, states in (
            (gaps_by_area, ("partly", "not_met")),
            (unknown_by_area, ("dont_know",)),
            (review_by_area, ("needs_review",)),
        ):
            chosen = [(item, answer) for item, answer in given if answer.state in states]
            if chosen:
                bucket.append((area, chosen))
    return gaps_by_area, unknown_by_area, review_by_area


def has_open_items(statements: ToolStatements) -> bool:
    return any(_open_items(statements))


def checklist_items_section(story: Story, statements: ToolStatements) -> None:
    """The annex: the answers that need review (why, when given), the items not met and the items
    answered "don't know", with the answer, its evidence and the checklist's guidance."""
    lang = story.lang
    gaps_by_area, unknown_by_area, review_by_area = _open_items(statements)
    story.section("sec.checklist_items")
    story.para(text("chk.items_intro", lang))
    if review_by_area:
        story.subheading(text("chk.review_items", lang))
        story.para(text("chk.review_intro", lang), style="small")
        _checklist_items(story, review_by_area, review=True)
    story.subheading(text("chk.unmet_items", lang))
    if not gaps_by_area:
        story.para(text("chk.all_met", lang))
    _checklist_items(story, gaps_by_area)
    if unknown_by_area:
        story.subheading(text("chk.dont_know_items", lang))
        _checklist_items(story, unknown_by_area)


def _dates(answer: AnswerStatement, lang: Lang) -> str:
    given = answer.given_at.date().isoformat()
    if answer.revised_at is None:
        return text("chk.given", lang, given=given, who=answer.answered_by)
    revised = answer.revised_at.date().isoformat()
    return text("chk.revised", lang, given=given, revised=revised, who=answer.answered_by)


def _checklist_items(story: Story, by_area: list, *, review: bool = False) -> None:
    lang = story.lang
    for area, items in by_area:
        story.subheading(area.title.get(lang), bookmark=False, keep=30, style="h3")
        for item, answer in items:
            detail = (
                f"{text('chk.answer', lang)}: {label(answer.value, lang)}, {_dates(answer, lang)}"
            )
            if answer.evidence:
                evidence = story.clip(answer.evidence, PROFILE_TEXT, text("chk.evidence", lang))
                detail += f". {text('chk.evidence', lang)}: {evidence}"
            lines = [detail]
            if review:
                reasons = " ".join(r.get(lang) for r in answer.reasons)
                lines.append(f"{text('chk.review_why', lang)}: {reasons}")
            else:
                lines.append(f"{text('chk.guidance', lang)}: {item.guidance.get(lang)}")
            story.block(item.question.get(lang), lines)
