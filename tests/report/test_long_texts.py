"""Issue 21: text of any allowed length never breaks a document.

Every text field of the register's models is filled to its limit (the limit a field accepts on
input; free text without one gets :data:`UNBOUNDED`, more than any form offers), once as words and
once as one unbreakable run, and every document is built from it in both languages: the tool
report, the audit-only report, the active-measures PDF and both notices. A build must not fail
(reportlab's ``LayoutError``), and the pages must keep the layout rules (no heading alone at a
page's foot, no blank page).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from annotated_types import MaxLen
from pydantic import AfterValidator, BaseModel

from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.register.domain.field_types import TEXT_MAX
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.duties.active_measures import build_active_measures
from ethics_toolkit.register.duties.notices import build_notice
from ethics_toolkit.report import ReportOptions, audit_report, tool_report
from ethics_toolkit.report.active_measures import build_active_measures_pdf
from ethics_toolkit.report.notices import build_notice_pdf
from tests.report.layout_check import blank_pages, stranded_headings

LANGS = ("sv", "en")
UNBOUNDED = TEXT_MAX
"""The length given to a text field without a limit of its own."""
WORDS = "Långt ord Ärende Öresund bedömning kravprofil sökande 12345 https://exempel.se/väg "


def limit_of(model: type[BaseModel], name: str) -> int:
    """The longest text ``name`` accepts on input (``max_chars`` or ``max_length``)."""
    info = model.model_fields[name]
    for meta in info.metadata:
        if isinstance(meta, MaxLen):
            return meta.max_length
        if isinstance(meta, AfterValidator):
            for cell in meta.func.__closure__ or ():
                if isinstance(cell.cell_contents, int):
                    return cell.cell_contents
    return UNBOUNDED


def filler(length: int, *, words: bool) -> str:
    if not words:
        return ("Ö" + "x" * 9) * (length // 10) + "Ö" * (length % 10)
    text = (WORDS * (length // len(WORDS) + 1))[:length]
    return text[:-1] + "." if length > 1 else text


def _is_text(annotation: object) -> bool:
    return annotation is str or annotation == str | None


def longest(model: BaseModel, *, words: bool, keep: tuple[str, ...] = ()) -> Any:
    """``model`` with every text field at its limit, nested models and lists of them too."""
    update: dict[str, Any] = {}
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        if name in keep:
            continue
        if isinstance(value, BaseModel):
            update[name] = longest(value, words=words, keep=keep)
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            update[name] = [longest(v, words=words, keep=keep) for v in value]
        elif _is_text(info.annotation):  # free text (enums and literals are not)
            update[name] = filler(limit_of(type(model), name), words=words)
    return model.model_copy(update=update)


def long_record(record: ToolRecord, *, words: bool) -> ToolRecord:
    tool = longest(record.tool, words=words)
    return record.model_copy(
        update={
            "tool": tool,
            "risks": [longest(r, words=words, keep=("source_item_id",)) for r in record.risks],
            "answers": [longest(a, words=words, keep=("item_id",)) for a in record.answers],
            "signoffs": [longest(s, words=words) for s in record.signoffs],
            "audits": [
                a.model_copy(
                    update={
                        k: filler(200, words=words) for k in ("file_name", "run_by", "data_period")
                    }
                )
                for a in record.audits
            ],
        }
    )


def long_result(result: AuditResult, *, words: bool) -> AuditResult:
    spec = result.spec.model_copy(
        update={
            "column_labels": {c: filler(200, words=words) for c in result.spec.sensitive},
            "value_labels": {
                c: {
                    v: filler(200, words=words)
                    for v in {
                        g.values[c] for a in result.analyses for g in a.groups if c in g.values
                    }
                }
                for c in result.spec.sensitive
            },
        }
    )
    reading = result.reading.model_copy(update={"file_name": filler(200, words=words)})
    return result.model_copy(update={"spec": spec, "reading": reading})


def _options(words: bool) -> ReportOptions:
    return ReportOptions(
        prepared_by=filler(200, words=words),
        confidentiality=filler(200, words=words),
        run_by=filler(200, words=words),
        art9_ground=filler(2000, words=words),
    )


def _check(pdf: bytes) -> None:
    assert pdf.startswith(b"%PDF")
    assert stranded_headings(pdf) == []
    assert blank_pages(pdf) == []


@pytest.mark.parametrize("words", [True, False], ids=["words", "unbroken"])
@pytest.mark.parametrize("lang", LANGS)
def test_the_tool_report_builds_with_every_text_at_its_limit(
    seeded_demo: ToolRecord, lang: str, words: bool
) -> None:
    record = long_record(seeded_demo, words=words)
    assert len(record.risks[0].title) == 2_000  # a risk title at the field's limit
    _check(tool_report(record, lang=lang, options=_options(words)).pdf)


@pytest.mark.parametrize("words", [True, False], ids=["words", "unbroken"])
@pytest.mark.parametrize("lang", LANGS)
def test_the_audit_only_report_builds_with_every_text_at_its_limit(
    seeded_demo: ToolRecord, lang: str, words: bool
) -> None:
    result = long_result(seeded_demo.audits[-1].result, words=words)
    _check(audit_report(result, lang=lang, options=_options(words)).pdf)


@pytest.mark.parametrize("words", [True, False], ids=["words", "unbroken"])
@pytest.mark.parametrize("lang", LANGS)
def test_the_active_measures_pdf_builds_with_every_text_at_its_limit(
    seeded_demo: ToolRecord, lang: str, words: bool
) -> None:
    record = long_record(seeded_demo, words=words)
    data = build_active_measures([record], year=2026, lang=lang, as_of=date(2026, 12, 31))
    _check(build_active_measures_pdf(data, author=filler(200, words=words)))


@pytest.mark.parametrize("kind", ["applicants", "representatives"])
@pytest.mark.parametrize("words", [True, False], ids=["words", "unbroken"])
@pytest.mark.parametrize("lang", LANGS)
def test_both_notices_build_with_every_text_at_its_limit(
    seeded_demo: ToolRecord, lang: str, words: bool, kind: str
) -> None:
    record = long_record(seeded_demo, words=words)
    _check(build_notice_pdf(build_notice(record, kind, lang)))  # type: ignore[arg-type]
