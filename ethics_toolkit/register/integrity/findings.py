"""From what the checks found to what people read (issue 27): one :class:`Finding` each, in verify's
words, naming the tool and the row; no SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from pydantic import BaseModel

from ethics_toolkit.i18n import LANGS, Lang, quoted
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.domain.history_entries import HistoryEntry
from ethics_toolkit.register.domain.labels import field_label
from ethics_toolkit.register.domain.verdict import Finding, FindingKind
from ethics_toolkit.register.integrity import messages as m
from ethics_toolkit.register.integrity.keys import KeyCheck
from ethics_toolkit.register.integrity.order import OrderCheck
from ethics_toolkit.register.integrity.rows import ROW_MODELS, RowFinding

ENTRIES_NAMED = 3
"""How many entries a key problem names before "… and N more"."""
SHOWN_VALUE = 60


def both(render: Callable[[Lang], str]) -> Bilingual:
    """A text rendered in each language (values that read differently per language included)."""
    texts = {lang: render(lang) for lang in LANGS}
    return Bilingual(sv=texts["sv"], en=texts["en"])


def _value(value: object, lang: Lang) -> str:
    text = "–" if value in (None, "", []) else str(value)
    text = text if len(text) <= SHOWN_VALUE else text[: SHOWN_VALUE - 1] + "…"
    return quoted(text, lang)


def tool_label(tool_id: int | None, names: Mapping[int, str], lang: Lang) -> str:
    name = names.get(tool_id) if tool_id is not None else None
    if name is None:
        return m.ROW_NAMES.text("unknown_tool", lang, id=tool_id)
    return quoted(name, lang)


def row_label(
    entity: str,
    entity_id: str,
    tool_id: int | None,
    model: BaseModel | None,
    names: Mapping[int, str],
    lang: Lang,
) -> str:
    """ "The risk “Title” (no. 12) of “TalentScreen”": a row named as its reader knows it."""
    tool = tool_label(tool_id, names, lang)
    values: dict[str, object] = {"id": entity_id, "tool": tool, "name": tool, "item": entity_id}
    if entity == "risk":
        title = getattr(model, "title", None)
        values["name"] = f" {quoted(title, lang)}" if title else ""
    elif entity == "audit":
        file = getattr(model, "file_name", None)
        values["file"] = m.ROW_NAMES.text("of_file", lang, file=quoted(file, lang)) if file else ""
    elif entity == "signoff":
        signer = getattr(model, "name", None)
        values["by"] = m.ROW_NAMES.text("by", lang, name=signer) if signer else ""
    elif entity == "person":
        name = getattr(model, "name", None)
        values["name"] = f" {quoted(name, lang)}" if name else ""
    elif entity == "recipe":
        values["version"] = getattr(model, "version", None) or entity_id
    elif entity == "proposal":  # issue 20
        title = getattr(model, "title", None)
        values["name"] = f" {quoted(title, lang)}" if title else ""
    return m.ROW_NAMES.text(entity, lang, **values)


def _field(entity: str, name: str, lang: Lang) -> str:
    try:
        return field_label(ROW_MODELS[entity], name, lang)
    except (KeyError, LookupError):
        return name


def _edited_detail(finding: RowFinding, lang: Lang) -> str:
    parts = []
    for name, now, then in finding.fields[:3]:
        if name == "result":
            parts.append(m.RESULT_CHANGED.get(lang))
        else:
            parts.append(
                m.FIELD_CHANGED.format(
                    lang,
                    field=_field(finding.entity, name, lang),
                    now=_value(now, lang),
                    then=_value(then, lang),
                )
            )
    return "; ".join(parts) or m.CONTENT_CHANGED.format(lang, entry=finding.entry_id)


def row_findings(found: Sequence[RowFinding], names: Mapping[int, str]) -> list[Finding]:
    """A finding per edited, missing or added row (rows that cannot be checked are noted)."""
    result: list[Finding] = []
    for f in found:
        if f.problem == "unbound":
            continue

        def label(lang: Lang, f: RowFinding = f) -> str:
            return row_label(f.entity, f.entity_id, f.tool_id, f.model, names, lang)

        if f.problem == "edited":
            message = both(
                lambda lang, f=f, label=label: m.ROW_EDITED.format(
                    lang, row=label(lang), detail=_edited_detail(f, lang)
                )
            )
            kind: FindingKind = "row_edited"
        elif f.problem == "carried":
            message = both(
                lambda lang, f=f, label=label: m.ROW_CARRIED.format(
                    lang, row=label(lang), entry=f.entry_id
                )
            )
            kind = "row_edited"
        elif f.problem == "missing":
            message = both(
                lambda lang, f=f, label=label: m.ROW_MISSING.format(
                    lang, row=label(lang), entry=f.entry_id
                )
            )
            kind = "row_missing"
        else:
            template = m.ROW_EXTRA_REMOVED if f.entry_id is not None else m.ROW_EXTRA
            message = both(
                lambda lang, f=f, label=label, template=template: template.format(
                    lang, row=label(lang), entry=f.entry_id
                )
            )
            kind = "row_extra"
        result.append(Finding(kind=kind, message=message, tool=names.get(f.tool_id or -1)))
    return result


def damaged_finding(
    entity: str, row_id: object, tool_id: object, detail: str, names: Mapping[int, str]
) -> Finding:
    owner = tool_id if isinstance(tool_id, int) else None
    message = both(
        lambda lang: m.ROW_DAMAGED.format(
            lang,
            row=row_label(entity, str(row_id), owner, None, names, lang),
            detail=detail,
        )
    )
    return Finding(kind="row_damaged", message=message, tool=names.get(owner or -1))


def _date(entry: HistoryEntry | None) -> str:
    return entry.at.strftime("%Y-%m-%d %H:%M") if entry is not None else "–"


def order_findings(check: OrderCheck, names: Mapping[int, str]) -> list[Finding]:
    return [
        Finding(
            kind="order",
            message=both(
                lambda lang, p=p: m.ORDER.text(
                    p.kind,
                    lang,
                    id=p.entry.id,
                    at=_date(p.entry),
                    other=p.other.id if p.other else "–",
                    other_at=_date(p.other),
                )
            ),
            tool=names.get(p.entry.tool_id or -1),
        )
        for p in check.problems
    ]


def key_findings(check: KeyCheck) -> list[Finding]:
    found: list[Finding] = []
    for template, entries in ((m.KEY_UNSIGNED, check.unsigned), (m.KEY_INVALID, check.invalid)):
        for entry in entries[:ENTRIES_NAMED]:
            found.append(
                Finding(
                    kind="key",
                    message=both(
                        lambda lang, e=entry, t=template: t.format(
                            lang, id=e.id, first=check.first_signed
                        )
                    ),
                )
            )
        if len(entries) > ENTRIES_NAMED:
            rest = len(entries) - ENTRIES_NAMED
            found.append(
                Finding(
                    kind="key", message=both(lambda lang, r=rest: m.MORE_ENTRIES.format(lang, r))
                )
            )
    return found


def key_notes(check: KeyCheck) -> list[Bilingual]:
    if check.first_signed is None:
        return [m.NOTES["key_unused"]] if check.checked else []  # type: ignore[list-item]
    if not check.checked:
        return [both(lambda lang: m.NOTES.text("key_unchecked", lang, first=check.first_signed))]
    if check.intact:
        return [both(lambda lang: m.NOTES.text("keyed", lang, first=check.first_signed))]
    return []


def tool_names(tools: Mapping[int, str], history: Sequence[HistoryEntry]) -> dict[int, str]:
    """Tool id -> name: the register's tools, and those removed (named by their history)."""
    from ethics_toolkit.register.domain.history import subject_of

    names: dict[int, str] = {}
    for entry in history:
        if entry.entity == "tool" and entry.tool_id is not None:
            subject = subject_of(entry)
            if subject:
                names[entry.tool_id] = subject
    names.update(tools)
    return names
