"""How a report is put together, and the bias-audit-only report.

A report is a cover, its core (numbered sections, read in ten minutes) and its annexes (lettered:
detail tables, guidance, history, glossary), in the order of the key lists in
:mod:`ethics_toolkit.report.texts`. Each key names a :class:`Part`: a writer of the section and
whether it has anything to say; an annex without content is left out and the letters close up.
A new section is one entry in a parts table and one in a key list. The management report's parts
are in :mod:`ethics_toolkit.report.management`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from string import ascii_uppercase
from typing import TYPE_CHECKING

from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.i18n import Lang, format_int, quoted
from ethics_toolkit.register.domain.actors import shown_actor
from ethics_toolkit.report import fonts
from ethics_toolkit.report.document import Frame, build_time, render
from ethics_toolkit.report.flow import clip_text
from ethics_toolkit.report.options import ReportOptions
from ethics_toolkit.report.sections import audit as audit_sections
from ethics_toolkit.report.sections import process as process_sections
from ethics_toolkit.report.sections.audit_detail import audit_detail_section
from ethics_toolkit.report.story import Story
from ethics_toolkit.report.summary import ReportSummary, derive_report_date, summary
from ethics_toolkit.report.texts import AUDIT_ANNEX_KEYS, AUDIT_SECTION_KEYS, text

if TYPE_CHECKING:
    from ethics_toolkit.register.domain.audit_runs import AuditRun
    from ethics_toolkit.register.domain.tool_record import ToolRecord
    from ethics_toolkit.register.statements.model import ToolStatements

AUTHOR_FALLBACK = ""
"""The PDF's author when none is given: left empty, as the cover says "not stated"."""
EXAMPLES_IN_WARNING = 3


@dataclass(frozen=True, slots=True)
class BuiltReport:
    """A report's PDF and the text it could not draw as written (listed in its last annex)."""

    pdf: bytes
    undrawable: list[fonts.Undrawable] = field(default_factory=list)

    def warning(self, lang: Lang) -> str | None:
        """What the CLI and the app say when some text prints as "�"; ``None`` when all is drawn."""
        if not self.undrawable:
            return None
        examples = "; ".join(
            quoted(clip_text(u.shown(), 60), lang) for u in self.undrawable[:EXAMPLES_IN_WARNING]
        )
        return text("warn.undrawable", lang, count=len(self.undrawable), examples=examples)


def _date_text(options: ReportOptions, derived: date | None, lang: Lang) -> str:
    value = options.report_date or derived
    return value.isoformat() if value else text("cover.not_stated", lang)


def _text_annexes(story: Story, undrawable: list[fonts.Undrawable]) -> None:
    """The last annexes: long entries in full (issue 12, lettered before the story was written,
    :attr:`Story.long_letter`), then text the font could not draw."""
    lang = story.lang
    story.annexes()
    if story.long_texts:
        story.annex(text("annex.long_title", lang))
        story.para(text("annex.long_intro", lang), style="small")
        for entry in story.long_texts:
            story.para(f"{entry.ref}. {entry.label}", style="item")
            story.para(entry.text)
    if undrawable:
        story.annex(text("annex.undrawable_title", lang))
        story.para(text("annex.undrawable_intro", lang, font=fonts.FAMILY_NAME), style="small")
        story.bullets(
            text(
                "annex.undrawable_entry",
                lang,
                page=u.page,
                shown=clip_text(u.shown(), 300),
                characters=u.code_points(),
            )
            for u in undrawable
        )


@dataclass(frozen=True, slots=True)
class Context:
    """What the sections of a report are written from."""

    lang: Lang
    options: ReportOptions
    summary: ReportSummary
    report_date: date | None
    result: AuditResult | None
    record: ToolRecord | None = None
    run: AuditRun | None = None
    letters: dict[str, str] = field(default_factory=dict)
    """The annexes present, by section key: their letters (for "see annex B")."""
    statements: ToolStatements | None = None
    """A registered tool's statements, computed once as of the report's date (issue 21 §1)."""


Writer = Callable[[Story, Context], None]


@dataclass(frozen=True, slots=True)
class Part:
    """One section of a report: how to write it, and whether it has anything to say."""

    write: Writer
    present: Callable[[Context], bool] = lambda _: True


def lay_out(
    context: Context,
    core: Sequence[str],
    annexes: Sequence[str],
    parts: Mapping[str, Part],
    cover: Writer,
) -> Callable[[], Story]:
    """The story maker of a report: cover, the core's sections, then the annexes present."""
    shown = [key for key in annexes if parts[key].present(context)]
    letters = dict(zip(shown, ascii_uppercase, strict=False))
    context = replace(context, letters=letters)

    def make_story() -> Story:
        story = Story(context.lang, long_letter=ascii_uppercase[len(shown)])
        cover(story, context)
        for key in core:
            parts[key].write(story, context)
        story.annexes()
        for key in shown:
            parts[key].write(story, context)
        return story

    return make_story


def render_report(
    make_story: Callable[[], Story],
    *,
    name: str,
    title_key: str,
    author: str,
    confidentiality: str,
    report_date: date | None,
    options: ReportOptions,
    lang: Lang,
    keywords: str = "",
) -> BuiltReport:
    """Lay the story out with header, footer, metadata and the text annexes.

    What the font cannot draw is known only once the pages are laid out, so a report with such
    text is laid out a second time with its annex (which lists it by code point, all drawable).
    """
    frame = Frame(
        tool_name=name,
        report_date=_date_text(options, report_date, lang),
        confidentiality=confidentiality,
        lang=lang,
    )
    undrawable: list[fonts.Undrawable] = []
    with fonts.collecting() as found:
        for _ in range(2):
            story = make_story()
            _text_annexes(story, undrawable)
            pdf = render(
                story,
                frame=frame,
                title=f"{text(title_key, lang)}: {name}",
                author=author,
                subject=text("doc.subject", lang),
                creation=options.built_at,
                keywords=keywords,
            )
            if undrawable or not found.found:
                break
            undrawable = fonts.undrawable(found)
    return BuiltReport(pdf=pdf, undrawable=undrawable)


# --- The audit-only report ------------------------------------------------------------------------


def _audit_cover(story: Story, context: Context) -> None:
    lang, options, result = context.lang, context.options, context.result
    assert result is not None
    name = _audit_name(result, lang)
    audit_sections.cover(
        story,
        title=text("doc.title_audit", lang),
        subtitle=name,
        facts=[
            (text("cover.data_file", lang), name),
            (text("prov.rows_read", lang), format_int(result.n_rows, lang)),
            (text("cover.report_date", lang), _date_text(options, context.report_date, lang)),
            (
                text("cover.prepared_by", lang),
                options.prepared_by or text("cover.not_stated", lang),
            ),
            (text("cover.confidentiality", lang), confidentiality(options, lang)),
        ],
        intro=text("cover.intro_audit", lang),
    )


def _audit_name(result: AuditResult, lang: Lang) -> str:
    reading = result.reading
    return (reading.file_name if reading else None) or text("doc.title_audit", lang)


def confidentiality(options: ReportOptions, lang: Lang) -> str:
    return options.confidentiality or text("doc.confidential_default", lang)


def write_summary(story: Story, context: Context) -> None:
    audit_sections.summary_section(story, context.summary)


def write_audit(story: Story, context: Context) -> None:
    result = context.result
    if result is None:
        story.section("sec.audit")
        story.para(text("aud.no_audit", context.lang))
        return
    details = None
    if "sec.audit_detail" in context.letters:
        details = text(
            "aud.details_in",
            context.lang,
            letter=context.letters["sec.audit_detail"],
            source=context.letters.get("sec.provenance", "–"),
        )
    audit_sections.audit_section(
        story, result, options=context.options, run_info=_run_info(context), details=details
    )


def _run_info(context: Context) -> str | None:
    """Who ran the saved audit and when, and what the small-cell rule left out of it."""
    run, lang = context.run, context.lang
    if run is None:
        return None
    info = text("aud.run_info", lang, date=run.run_at.date().isoformat(),
                who=shown_actor(run.run_by, lang))  # fmt: skip
    if run.exact_small_cells:  # issue 13: the user kept exact small cells for this audit
        return info + " " + text("aud.exact_small_cells", lang)
    if run.withheld_rows or run.withheld_groups:
        rows, groups = run.withheld_rows, run.withheld_groups
        info += " " + text(
            "aud.withheld",
            lang,
            rows=text("n.people", lang, count=rows),
            groups=text("n.group_figures", lang, count=groups),
        )
    return info


def write_audit_detail(story: Story, context: Context) -> None:
    assert context.result is not None
    audit_detail_section(story, context.result, options=context.options)
    process_sections.process_section(story, context.result, options=context.options)


def write_provenance(story: Story, context: Context) -> None:
    result, run = context.result, context.run
    assert result is not None
    if run is None:
        audit_sections.provenance_section(
            story, result, run_by=context.options.run_by, options=context.options
        )
        return
    audit_sections.provenance_section(
        story,
        result,
        file_name=run.file_name,
        sha256=run.file_sha256,
        rows_used=run.rows_used,
        run_at=run.run_at.strftime("%Y-%m-%d %H:%M UTC"),
        run_by=shown_actor(run.run_by, context.lang),
        options=context.options,
        record=context.record,
    )


def write_periods(story: Story, context: Context) -> None:
    from ethics_toolkit.report.sections.monitoring import periods_section

    assert context.result is not None
    periods_section(
        story, context.result, small_cell_threshold=context.options.small_cell_threshold
    )


def write_method(story: Story, context: Context) -> None:
    audit_sections.method_section(story, options=context.options)
    process_sections.process_method(story, context.result)


def write_glossary(story: Story, _: Context) -> None:
    audit_sections.glossary_section(story)


def has_audit(context: Context) -> bool:
    return context.result is not None


AUDIT_PARTS: dict[str, Part] = {
    "sec.summary": Part(write_summary),
    "sec.audit": Part(write_audit),
    "sec.audit_detail": Part(write_audit_detail, has_audit),
    "sec.provenance": Part(write_provenance, has_audit),
    "sec.monitoring": Part(write_periods, lambda c: bool(c.result and c.result.periods)),
    "sec.method": Part(write_method),
    "sec.glossary": Part(write_glossary),
}
"""The audit-only report's sections by key; their order is ``AUDIT_SECTION_KEYS`` (the core)
and ``AUDIT_ANNEX_KEYS`` (the annexes) in :mod:`ethics_toolkit.report.texts`."""


def audit_report(
    result: AuditResult, *, lang: Lang, options: ReportOptions | None = None
) -> BuiltReport:
    """The bias-audit-only report of one decision log: no register needed.

    Core: cover, summary, bias audit; annexes: the audit in detail, data provenance, periods,
    method and limitations, glossary.
    """
    options = built_now(options or ReportOptions())
    report_date = options.report_date or derive_report_date(result)
    audit_number = AUDIT_SECTION_KEYS.index("sec.audit") + 1
    context = Context(
        lang=lang,
        options=options,
        summary=summary(result, lang, options=options, audit_section=audit_number),
        report_date=report_date,
        result=result,
    )
    return render_report(
        lay_out(context, AUDIT_SECTION_KEYS, AUDIT_ANNEX_KEYS, AUDIT_PARTS, _audit_cover),
        name=_audit_name(result, lang),
        title_key="doc.title_audit",
        author=options.prepared_by or AUTHOR_FALLBACK,
        confidentiality=confidentiality(options, lang),
        report_date=report_date,
        options=options,
        lang=lang,
    )


def built_now(options: ReportOptions) -> ReportOptions:
    """The options with the build's time, the PDF's creation date (issue 21), unless given."""
    if options.built_at is not None:
        return options
    return options.model_copy(update={"built_at": build_time()})


def build_audit_report(
    result: AuditResult, *, lang: Lang, options: ReportOptions | None = None
) -> bytes:
    """The audit-only report's PDF (see :func:`audit_report` for its warnings)."""
    return audit_report(result, lang=lang, options=options).pdf
