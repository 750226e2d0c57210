"""The audit trail as people read it: each entry rendered in the reader's language from its data.

A history entry stores what changed as data: the entity, the action, field -> [old, new] pairs in
``changes``, and two reserved keys in the same JSON (the name of the thing changed, and the verdict
of a saved audit run), so that no stored text depends on a language. Entries written before this
(with an English ``summary`` line) render from the same data. Field names, enum values, checklist
ids and record ids never reach the reader: fields and values go through the label registry,
checklist items are named by their question.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from ethics_toolkit.engine.presentation.labels import in_sentence
from ethics_toolkit.i18n import Lang, format_int, format_number, quoted
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.access_texts import (
    describe_access,
    describe_decision,
    is_decision,
)
from ethics_toolkit.register.domain.answers import Answer
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.dismissals import Dismissal
from ethics_toolkit.register.domain.explanation_requests import ExplanationRequest
from ethics_toolkit.register.domain.history_paired import describe_paired
from ethics_toolkit.register.domain.history_people import PEOPLE_EVENTS, people_event_values
from ethics_toolkit.register.domain.history_texts import TEXTS
from ethics_toolkit.register.domain.monitoring import DutyTask, MonitoringPlan, ThresholdKind
from ethics_toolkit.register.domain.paired import PairedRun
from ethics_toolkit.register.domain.people import CompetenceRecord, Person
from ethics_toolkit.register.domain.recipes import SavedRecipe
from ethics_toolkit.register.domain.risks import Risk
from ethics_toolkit.register.domain.signoffs import SignOff
from ethics_toolkit.register.domain.tool import AITool

if TYPE_CHECKING:
    from ethics_toolkit.register.domain.history_entries import HistoryEntry

SUBJECT_KEY = "@subject"
"""Reserved key in ``changes``: ``[name]`` of the tool, risk, file or signer the entry is about."""
ADVERSE_KEY = "@adverse_impact_found"
"""Reserved key in ``changes``: ``[true|false]``, the verdict of a saved audit run."""
EVENT_KEY = "@event"
"""Reserved key in ``changes``: ``[{"kind": ..., details}]``, what happened when it is more than
changed fields: a tool archived, restored, removed after an export or imported; a risk action
added, assigned, done or reopened."""
MAX_VALUE_CHARS = 60
CREATE_FIELDS: dict[str, tuple[str, ...]] = {
    "risk": ("likelihood", "severity", "owner"),
    "plan": ("frequency", "owner", "next_audit"),
}
"""What a line about a newly created thing lists besides its name (the rest is in the record)."""
MAX_FIELDS_LISTED = 6

_MODELS: dict[str, type[BaseModel]] = {
    "tool": AITool,
    "answer": Answer,
    "risk": Risk,
    "audit": AuditRun,
    "signoff": SignOff,
    "plan": MonitoringPlan,
    "task": DutyTask,
    "request": ExplanationRequest,
    "paired": PairedRun,  # issue 24
    "person": Person,
    "learning": CompetenceRecord,
    "recipe": SavedRecipe,
    "proposal": Dismissal,
}
# Fields a reader gains nothing from: ids, versions, who and when (the entry itself says so).
_SKIP = frozenset(
    {
        "id",
        "tool_id",
        "row_version",
        "answered_by",
        "answered_at",
        "first_answered_at",
        "signed_at",
        "run_at",
        "run_by",
        "result",
        "file_sha256",
        "created_at",
        "details",
        "acceptance",  # issue 22: its proposal and approval have lines of their own
        "signed_by",
        "proposed_by",
    }
)
# Free-text fields: named when they change, but their (long) text is not repeated in the line.
_PROSE = frozenset(
    {
        "purpose",
        "description",
        "legal_basis",
        "evidence",
        "comment",
        "existing_controls",
        "actions",
        "measured",
        "outcome",
        "contact",
        "retention",
        "main_factors",
        "human_role",
        "controller",
        "translations",
    }
)


def subject_of(entry: HistoryEntry) -> str | None:
    """The name the entry is about: stored with it, or (older entries) read from its changes."""
    stored = entry.changes.get(SUBJECT_KEY)
    if stored and stored[-1]:
        return str(stored[-1])
    for key in ("name", "title", "file_name"):
        old_new = entry.changes.get(key)
        if old_new:
            value = old_new[-1] if old_new[-1] not in (None, "") else old_new[0]
            if value:
                return str(value)
    return None


def _short(text: str) -> str:
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1].rstrip() + "…"


def _value(model: type[BaseModel], field: str, value: Any, lang: Lang) -> str:
    if value is None or value == "" or value == []:
        return TEXTS.text("none", lang)
    if isinstance(value, bool):
        return TEXTS.text("yes" if value else "no", lang)
    if isinstance(value, list):
        return ", ".join(_value(model, field, item, lang) for item in value)
    labelled = labels.value_label(model, field, value, lang)
    if labelled is not None:
        return labelled
    if field == "category":
        return _area_title(str(value), lang)
    if isinstance(value, int):
        return format_int(value, lang)
    if isinstance(value, float) and not math.isnan(value):
        return format_number(value, lang)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return _short(str(value))


def _area_title(area: str, lang: Lang) -> str:
    from ethics_toolkit.register.checklists.catalogue import load_checklists

    titles = {a.area: a.title.get(lang) for a in load_checklists()}
    return titles.get(area, labels.readable(area))


def _question(item_id: str, lang: Lang) -> str:
    from ethics_toolkit.errors import UserFacingError
    from ethics_toolkit.register.checklists.catalogue import checklist_item

    try:
        return quoted(checklist_item(item_id).question.get(lang), lang)
    except UserFacingError:
        return TEXTS.text("answer.some_question", lang)


def _fields(entry: HistoryEntry, lang: Lang, *, skip: Iterable[str] = ()) -> list[str]:
    model = _MODELS[entry.entity]
    parts = []
    hidden = _SKIP | set(skip)
    for field, old_new in entry.changes.items():
        if field in hidden or field.startswith("@"):
            continue
        old, new = [*old_new, None, None][:2]
        name = in_sentence(labels.field_label(model, field, lang))
        if entry.action == "delete":
            continue
        if field in _PROSE:
            parts.append(TEXTS.text("edited", lang, field=name))
        elif entry.action == "create" or old in (None, "", []):
            if new in (None, "", []):
                continue
            parts.append(TEXTS.text("set", lang, field=name, new=_value(model, field, new, lang)))
        else:
            parts.append(
                TEXTS.text(
                    "changed",
                    lang,
                    field=name,
                    old=_value(model, field, old, lang),
                    new=_value(model, field, new, lang),
                )
            )
    if len(parts) > MAX_FIELDS_LISTED:
        rest = len(parts) - MAX_FIELDS_LISTED
        parts = [*parts[:MAX_FIELDS_LISTED], TEXTS.text("more", lang, count=rest)]
    return parts


def _with_fields(head: str, fields: list[str]) -> str:
    return f"{head}: {', '.join(fields)}" if fields else head


def describe(
    entry: HistoryEntry, lang: Lang, *, names: Mapping[tuple[str, str], str] | None = None
) -> str:
    """One line in ``lang`` saying who-did-what's *what*: the thing, the action, what changed.

    ``names`` maps ``(entity, entity_id)`` to a current name, for older entries whose changes do
    not name the thing (an update that did not rename it).
    """
    subject = subject_of(entry) or (names or {}).get((entry.entity, entry.entity_id))
    name = f" {quoted(subject, lang)}" if subject else ""
    event = entry.changes.get(EVENT_KEY)
    if entry.entity == "access":  # issue 22
        return describe_access(entry.action, entry.changes, subject, lang, tool=bool(entry.tool_id))
    if event and is_decision(entry.changes, EVENT_KEY):
        return describe_decision(str(event[-1]["kind"]), subject, lang)
    if event and isinstance(event[-1], dict) and f"event.{event[-1].get('kind')}" in TEXTS:
        if not name and entry.entity in ("task", "request"):
            name = TEXTS.text("event.number", lang, id=entry.entity_id)
        return _describe_event(event[-1], name, lang)
    key = f"{entry.entity}.{entry.action}"
    if entry.entity == "answer":
        return _describe_answer(entry, lang)
    if entry.entity == "audit" and entry.action == "create":
        return _describe_audit(entry, lang, subject)
    if entry.entity == "paired" and entry.action == "create":  # issue 24
        return describe_paired(entry.changes, subject, lang)
    if entry.entity == "signoff" and entry.action == "create":
        signer = subject or _plain(entry.changes.get("name"))
        role = _plain(entry.changes.get("role"))
        by = f"{signer} ({role})" if signer and role else signer or ""
        head = TEXTS.text(
            "signoff.create", lang, name=TEXTS.text("signoff.by", lang, name=by) if by else ""
        )
        decision = entry.changes.get("decision")
        if decision and decision[-1]:
            head += ": " + _value(SignOff, "decision", decision[-1], lang)
        return head
    if key in TEXTS:
        if entry.action == "create":  # a new thing: its name and its few defining facts
            shown = CREATE_FIELDS.get(entry.entity, ())
            skip = tuple(f for f in entry.changes if f not in shown)
        else:
            skip = ()
        return _with_fields(TEXTS.text(key, lang, name=name), _fields(entry, lang, skip=skip))
    return TEXTS.text(
        "generic",
        lang,
        entity=labels.literal_label("history_entity", entry.entity, lang),
        action=labels.literal_label("history_action", entry.action, lang).lower(),
    )


def _describe_event(event: Mapping[str, Any], name: str, lang: Lang) -> str:
    """An event's line from its data (see :data:`EVENT_KEY`)."""
    kind = event["kind"]
    values: dict[str, object] = {"name": name}
    if kind == "remove":
        file = event.get("file")
        values["file"] = TEXTS.text("event.to_file", lang, file=quoted(file, lang)) if file else ""
        values["head"] = event.get("head") or TEXTS.text("none", lang)
    elif kind == "import":
        head = event.get("head")
        values["file"] = (
            quoted(event["file"], lang)
            if event.get("file")
            else TEXTS.text("event.an_export", lang)
        )
        values["exported_at"] = event.get("exported_at") or TEXTS.text("none", lang)
        values["chain"] = (
            TEXTS.text("event.chain", lang, head=head)
            if head
            else TEXTS.text("event.no_chain", lang)
        )
    elif kind == "seal":
        values["rows"] = format_int(int(event.get("rows") or 0), lang)
    elif kind == "task_opened":
        threshold = str(event.get("threshold") or "")
        try:
            values["threshold"] = labels.label(ThresholdKind(threshold), lang).lower()
        except ValueError:
            values["threshold"] = labels.readable(threshold)
        values["due"] = event.get("due") or TEXTS.text("event.no_due", lang)
    elif kind.startswith("request_"):
        none = TEXTS.text("none", lang)
        values["received"] = event.get("received") or none
        values["on"] = event.get("on") or none
        received = event.get("received")
        if event.get("due"):
            values["due"] = event["due"]
        elif received:
            from ethics_toolkit.register.domain.explanation_requests import request_due

            values["due"] = request_due(date.fromisoformat(str(received))).isoformat()
        else:
            values["due"] = none
    elif kind.startswith(PEOPLE_EVENTS):
        values.update(people_event_values(event, lang))
    elif kind == "recipe_saved":
        parts = [f"recipe.{p}" for p in event.get("parts") or [] if f"recipe.{p}" in TEXTS]
        named = ", ".join(dict.fromkeys(TEXTS.text(p, lang) for p in parts))
        values["version"] = event.get("version", "?")
        values["parts"] = TEXTS.text("recipe.parts", lang, parts=named) if named else ""
    elif kind == "proposal_dismissed":  # issue 20
        values["reason"] = _short(str(event.get("reason") or ""))
    elif kind.startswith("action_"):
        values["number"] = event.get("number", "?")
        values["description"] = _short(str(event.get("description") or ""))
        values["owner"] = event.get("owner") or TEXTS.text("event.nobody", lang)
        values["due"] = event.get("due") or TEXTS.text("event.no_due", lang)
    return TEXTS.text(f"event.{kind}", lang, **values)


def _plain(old_new: list[object] | None) -> str | None:
    if not old_new or old_new[-1] in (None, ""):
        return None
    return str(old_new[-1])


def _describe_answer(entry: HistoryEntry, lang: Lang) -> str:
    question = _question(entry.entity_id, lang)
    meaningful = {k for k in entry.changes if k not in _SKIP and not k.startswith("@")}
    decision = entry.changes.get("risk_decision")
    if meaningful == {"risk_decision"} and decision and decision[-1] in ("accepted", "dismissed"):
        return TEXTS.text(f"answer.{decision[-1]}", lang, question=question)
    if entry.action == "create":
        value = entry.changes.get("value")
        head = TEXTS.text("answer.create", lang, question=question)
        return head + ": " + _value(Answer, "value", value[-1], lang) if value else head
    head = TEXTS.text("answer.update", lang, question=question)
    return _with_fields(head, _fields(entry, lang, skip=("item_id", "risk_decision")))


def _describe_audit(entry: HistoryEntry, lang: Lang, subject: str | None) -> str:
    of = TEXTS.text("audit.of", lang, file=quoted(subject, lang)) if subject else ""
    parts = []
    rows = entry.changes.get("rows_used")
    if rows and isinstance(rows[-1], int):
        parts.append(TEXTS.text("audit.rows", lang, count=rows[-1]))
    adverse = entry.changes.get(ADVERSE_KEY)
    if adverse and adverse[-1] is not None:
        parts.append(TEXTS.text("audit.adverse" if adverse[-1] else "audit.no_adverse", lang))
    head = TEXTS.text("audit.create", lang, name=of)
    return _with_fields(head, parts)


def changed_fields(entry: HistoryEntry, lang: Lang) -> list[str]:
    """The display names of the fields an entry changed (no ids, versions or reserved keys)."""
    model = _MODELS.get(entry.entity)
    if model is None:  # a grant (issue 22) changes no field of a tool's record
        return []
    return [
        labels.field_label(model, field, lang)
        for field in entry.changes
        if field not in _SKIP and not field.startswith("@")
    ]
