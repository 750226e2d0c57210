"""Risk actions (issue 13 §7): add, assign (owner, due date) and tick off the measures of a risk.

Actions live on their risk (``Risk.actions``), so every change is a risk update: saved with the
risk's row version (a colleague's concurrent edit raises ``ConflictError``) and written to the
history with a line that says what happened to which action. Actions are numbered from 1 in the
order they were added, as the app and the CLI show them.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.domain.actors import Actor, as_actor
from ethics_toolkit.register.domain.risks import MitigationAction, Risk

if TYPE_CHECKING:
    from ethics_toolkit.register.storage.store import Store

NO_RISK = Bilingual(
    sv="Verktyget {tool!r} har ingen risk med id {id}. Befintliga risker: {ids}.",
    en="The tool {tool!r} has no risk with id {id}. Its risks: {ids}.",
)
NO_ACTION = Bilingual(
    sv="Risken {title!r} har ingen åtgärd nummer {number} (den har {count}). Lista dem med "
    "`ethics-toolkit action list`.",
    en="The risk {title!r} has no action number {number} (it has {count}). List them with "
    "`ethics-toolkit action list`.",
)
EMPTY_ACTION = Bilingual(
    sv="Beskriv åtgärden (vad ska göras?).", en="Describe the action (what is to be done?)."
)


def _error(message: Bilingual, **values: object) -> UserFacingError:
    return UserFacingError(en=message.format("en", **values), sv=message.format("sv", **values))


def find_risk(store: Store, tool_name: str, risk_id: int) -> Risk:
    """The risk ``risk_id`` of the tool called ``tool_name``, or a message listing its risks."""
    tool = store.get_tool(tool_name)
    assert tool.id is not None
    risks = store.risks(tool.id)
    found = next((r for r in risks if r.id == risk_id), None)
    if found is None:
        ids = ", ".join(f"{r.id} ({r.title})" for r in risks) or "–"
        raise _error(NO_RISK, tool=tool_name, id=risk_id, ids=ids)
    return found


def _action(risk: Risk, number: int) -> MitigationAction:
    if not 1 <= number <= len(risk.actions):
        raise _error(NO_ACTION, title=risk.title, number=number, count=len(risk.actions))
    return risk.actions[number - 1]


def add_action(
    store: Store,
    risk: Risk,
    *,
    description: str,
    owner: str = "",
    due: date | None = None,
    actor: Actor | str,
) -> Risk:
    """Add an action to ``risk`` (as read: a stale copy raises ``ConflictError``)."""
    if not description.strip():
        raise _error(EMPTY_ACTION)
    action = MitigationAction(description=description.strip(), owner=owner.strip(), due=due)
    updated = risk.model_copy(update={"actions": [*risk.actions, action]})
    number = len(updated.actions)
    return store.save_risk(
        updated,
        actor=actor,
        event={"kind": "action_add", "number": number, "description": action.description},
    )


def assign_action(
    store: Store, risk: Risk, number: int, *, owner: str, due: date | None, actor: Actor | str
) -> Risk:
    """Give action ``number`` an owner and a due date."""
    action = _action(risk, number)
    actions = list(risk.actions)
    actions[number - 1] = action.model_copy(update={"owner": owner.strip(), "due": due})
    return store.save_risk(
        risk.model_copy(update={"actions": actions}),
        actor=actor,
        event={
            "kind": "action_assign",
            "number": number,
            "owner": owner.strip(),
            "due": due.isoformat() if due else None,
        },
    )


def set_done(
    store: Store, risk: Risk, number: int, *, done: bool = True, actor: Actor | str, on: date
) -> Risk:
    """Tick action ``number`` off (or reopen it with ``done=False``)."""
    action = _action(risk, number)
    actions = list(risk.actions)
    actions[number - 1] = action.model_copy(
        update={
            "done": done,
            "done_by": as_actor(actor).name if done else "",
            "done_on": on if done else None,
        }
    )
    return store.save_risk(
        risk.model_copy(update={"actions": actions}),
        actor=actor,
        event={
            "kind": "action_done" if done else "action_reopen",
            "number": number,
            "description": action.description,
        },
    )
