"""Issue 27's checks of an export document, before anything is imported (no SQL).

- **Unknown keys are errors.** A key the format does not know (``"tolls"`` for ``"tools"``, a field
  of a newer version) would be dropped without a word, and the file would "import 0 tools".
- **Ids fit the database.** Every id must be positive and at most :data:`MAX_ID` (PostgreSQL's
  ``integer``; SQLite has more room, but a register must move between them), also after the ids
  are shifted past this register's own; an id of 2**63 - 1 once locked a register for good.
- **Every row is what the file's history says** (``register/integrity/rows.py``): a row edited,
  added or cut out of the file after the export is named and refused, as ``verify`` would.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable, Iterator
from typing import Any, Union

from pydantic import BaseModel

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.integrity import findings as fx
from ethics_toolkit.register.integrity.rows import compare, current_rows, expectations
from ethics_toolkit.register.storage.exchange_format import RegisterExport

MAX_ID = 2**31 - 1
"""The largest id a register holds (PostgreSQL ``integer``)."""

ID_TOO_LARGE = Bilingual(
    sv="Filen innehåller id {id} ({what}), större än {max} som ett register kan hålla{after}; "
    "inget importerades. Använd en fil som skrivits av `ethics-toolkit export`.",
    en="The file holds id {id} ({what}), larger than the {max} a register can hold{after}; "
    "nothing was imported. Use a file written by `ethics-toolkit export`.",
)
AFTER_SHIFT = Bilingual(
    sv=" när id:n flyttats förbi registrets egna", en=" once ids are moved past this register's own"
)
UNKNOWN_KEYS = Bilingual(
    sv="Filen innehåller fält som en registerexport inte har: {keys}; inget importerades. Använd "
    "en fil som skrivits av `ethics-toolkit export` (samma eller äldre version).",
    en="The file holds fields a register export does not have: {keys}; nothing was imported. Use "
    "a file written by `ethics-toolkit export` (the same or an older version).",
)
NO_HEAD = Bilingual(
    sv="Filen saknar head_hash, historikens huvudhash, så att den inte kan prövas mot sin "
    "historik; inget importerades. Använd en fil som skrivits av `ethics-toolkit export`.",
    en="The file has no head_hash, the head of its history, so it cannot be checked against its "
    "history; nothing was imported. Use a file written by `ethics-toolkit export`.",
)
ROWS_ALTERED = Bilingual(
    sv="Filen stämmer inte med sin egen historik (ändrad i filen, eller i registret före "
    "exporten): {problems} Inget importerades. Använd en export av ett register som "
    "`ethics-toolkit verify` godkänner.",
    en="The file does not match its own history (changed in the file, or in the register before "
    "the export): {problems} Nothing was imported. Use an export of a register that "
    "`ethics-toolkit verify` finds intact.",
)
KEYS_LISTED = 5


def _models_in(annotation: Any) -> Iterator[tuple[str, type[BaseModel] | None]]:
    """``("model" | "list" | "dict", model)`` for each model an annotation can hold."""
    origin = typing.get_origin(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield "model", annotation
    elif origin in (Union, types.UnionType) or origin is typing.Annotated:
        for arg in typing.get_args(annotation)[: None if origin is not typing.Annotated else 1]:
            yield from _models_in(arg)
    elif origin in (list, tuple, set, frozenset):
        for kind, model in _models_in((typing.get_args(annotation) or (Any,))[0]):
            if kind == "model":
                yield "list", model
    elif origin is dict:
        for kind, model in _models_in((typing.get_args(annotation) or (Any, Any))[-1]):
            if kind == "model":
                yield "dict", model


def unknown_keys(data: object, model: type[BaseModel], path: str = "") -> list[str]:
    """The keys of ``data`` (as read from JSON) that ``model`` and its nested models lack."""
    if not isinstance(data, dict) or model.model_config.get("extra") == "allow":
        return []
    found: list[str] = []
    fields = model.model_fields
    known = set(fields) | set(model.model_computed_fields)
    known |= {f.alias for f in fields.values() if f.alias}
    for key, value in data.items():
        where = f"{path}{key}"
        if key not in known:
            found.append(where)
            continue
        if key not in fields:
            continue
        for kind, nested in _models_in(fields[key].annotation):
            if nested is None:
                continue
            if kind == "model":
                found += unknown_keys(value, nested, f"{where}.")
            elif kind == "list" and isinstance(value, list):
                for i, item in enumerate(value):
                    found += unknown_keys(item, nested, f"{where}[{i}].")
            elif kind == "dict" and isinstance(value, dict):
                for name, item in value.items():
                    found += unknown_keys(item, nested, f"{where}.{name}.")
            break
    return found


def check_keys(data: object) -> None:
    """Refuse unknown keys (before the models read the file, which would drop them)."""
    found = unknown_keys(data, RegisterExport)
    if found:
        listed = ", ".join(found[:KEYS_LISTED]) + (" …" if len(found) > KEYS_LISTED else "")
        raise UserFacingError.of(UNKNOWN_KEYS, keys=listed)


def check_head(document: RegisterExport) -> None:
    """Refuse a file without ``head_hash``: its history cannot be checked against anything."""
    if not document.head_hash:
        raise UserFacingError.of(NO_HEAD)


def _ids(document: RegisterExport) -> Iterable[tuple[str, int | None]]:
    """``(what, id)`` of every id in the file; ``what`` names the table whose ids it is."""
    for tool in document.tools:
        yield "tool", tool.id
        for kind, rows in (
            ("risk", tool.risks),
            ("audit", tool.audits),
            ("signoff", tool.signoffs),
            ("history", tool.history),
            ("plan", [tool.plan] if tool.plan else []),
            ("task", tool.tasks),
            ("request", tool.requests),
            ("paired", tool.paired),
            ("person", tool.people),
            ("learning", tool.competence),
            ("recipe", tool.recipes),  # issue 20
            ("proposal", tool.dismissals),
        ):
            for row in rows:
                yield kind, getattr(row, "id", None)
        for risk in tool.risks:
            yield "audit", risk.audit_run_id
        for task in tool.tasks:
            yield "audit", task.audit_run_id
        for dismissal in tool.dismissals:
            yield "audit", dismissal.audit_run_id
    for entry in document.history:
        yield "history", entry.id
        yield "tool", entry.tool_id


def check_id_range(document: RegisterExport, offsets: dict[str, int] | None = None) -> None:
    """Refuse an id beyond :data:`MAX_ID`, in the file or (with ``offsets``, per kind of row as
    :func:`_ids` names it) once shifted past this register's ids."""
    for what, value in _ids(document):
        if value is None:
            continue
        shifted = value + (offsets or {}).get(what, 0)
        if value > MAX_ID or shifted > MAX_ID:
            after = AFTER_SHIFT if value <= MAX_ID else None
            texts = {
                lang: ID_TOO_LARGE.format(
                    lang, id=value, what=what, max=MAX_ID, after=after.get(lang) if after else ""
                )
                for lang in ("sv", "en")
            }
            raise UserFacingError(sv=texts["sv"], en=texts["en"])


def check_order(document: RegisterExport) -> None:
    """Refuse a file whose history was appended out of order (an entry back-dated in the file)."""
    from datetime import UTC, datetime

    from ethics_toolkit.register.integrity import order

    history = document.all_history()
    found = order.check_order(history, now=datetime.now(UTC))
    if found.problems:
        names = fx.tool_names({t.id: t.name for t in document.tools}, history)
        problems = fx.order_findings(found, names)
        raise UserFacingError(
            sv=ROWS_ALTERED.format("sv", problems=" ".join(p.message.sv for p in problems[:3])),
            en=ROWS_ALTERED.format("en", problems=" ".join(p.message.en for p in problems[:3])),
        )


FILE_ENTITIES = frozenset(
    {"tool", "answer", "risk", "audit", "signoff", "plan", "task", "request", "paired", "person",
     "learning", "recipe", "proposal"}
)  # fmt: skip
"""The row kinds an export carries (and :func:`check_rows` compares; issue 20: recipes and
dismissed proposals too); a kind a file does not carry is bound again in the register it is
imported into."""


def check_rows(document: RegisterExport) -> None:
    """Refuse a file whose rows are not what its own history says (edited after the export).

    Audit runs the export withheld small cells of (``protected_audits``: runs saved before that
    rule) differ from what was saved by design; they are bound again when imported.
    """
    rows: list[tuple[str, BaseModel]] = []
    skipped: list[str] = []
    for tool in document.tools:
        rows.append(("tool", document.record(tool).tool))
        rows += [("answer", a) for a in tool.answers]
        rows += [("risk", r) for r in tool.risks]
        protected = set(tool.protected_audits)
        rows += [("audit", a) for a in tool.audits if a.id not in protected]
        skipped += [f"audit/{tool.id}/{a}" for a in protected]
        rows += [("signoff", s) for s in tool.signoffs]
        rows += [("plan", tool.plan)] if tool.plan else []
        rows += [("task", t) for t in tool.tasks]
        rows += [("request", r) for r in tool.requests]
        rows += [("paired", r) for r in tool.paired]
        rows += [("person", p) for p in tool.people]
        rows += [("learning", c) for c in tool.competence]
        rows += [("recipe", r) for r in tool.recipes]  # issue 20
        rows += [("proposal", d) for d in tool.dismissals]
    history = document.all_history()
    replay = expectations(history)
    found = [
        f
        for f in compare(current_rows(rows), replay, damaged=skipped)
        if f.problem != "unbound" and f.entity in FILE_ENTITIES
    ]
    if not found:
        return
    names = fx.tool_names({t.id: t.name for t in document.tools}, history)
    problems = fx.row_findings(found, names)
    raise UserFacingError(
        sv=ROWS_ALTERED.format("sv", problems=" ".join(p.message.sv for p in problems[:3])),
        en=ROWS_ALTERED.format("en", problems=" ".join(p.message.en for p in problems[:3])),
    )
