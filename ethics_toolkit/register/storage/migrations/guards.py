"""The database's own guards of issue 27, for SQLite and PostgreSQL (revision 0008).

Whoever connects (the app's role included), the database refuses:

- a history entry appended out of order: its id must be the last id + 1, it must say how it came
  to be (``origin``: live, seed or import), and a ``live`` entry may not be dated before the last
  live one (``register/integrity/order.py``);
- any UPDATE of a sign-off, an audit run, a paired test or a recipe version (the program never
  changes them once written);
- the deletion of a tool, unless it is archived and its removal is the last history entry, and of
  a sign-off, unless its tool's removal is (``Store.delete_tool``: the one way out).

The owner of the tables can drop these guards; ``verify`` still finds what was done then.
"""

from __future__ import annotations

from collections.abc import Callable

OUT_OF_ORDER = "history entries are appended in order: the next id, a known origin, no earlier time"
SIGNOFF_FIXED = "a sign-off cannot be changed once recorded"
AUDIT_FIXED = "a saved audit run cannot be changed"
PAIRED_FIXED = "a saved paired test cannot be changed"
RECIPE_FIXED = "a saved version of a recipe cannot be changed"
DISMISSAL_FIXED = "a dismissed proposal cannot be changed"
"""Issue 20: created by revision 0010 with its table (``dismissal_guard``), not here."""
TOOL_REMOVAL = "a tool is removed only archived and logged (ethics-toolkit tool remove)"
SIGNOFF_REMOVAL = "a sign-off is removed only with its tool (ethics-toolkit tool remove)"

_LAST_IS_REMOVAL = (
    "EXISTS (SELECT 1 FROM history h WHERE h.id = (SELECT MAX(id) FROM history) "
    "AND h.entity = 'tool' AND h.action = 'delete' AND h.tool_id = {tool})"
)
_OUT_OF_ORDER = (
    "NEW.id IS NOT (SELECT COALESCE(MAX(id), 0) + 1 FROM history) "
    "OR NEW.origin IS NULL OR NEW.origin NOT IN ('live', 'seed', 'import') "
    "OR (NEW.origin = 'live' AND NEW.at < (SELECT MAX(at) FROM history WHERE origin = 'live'))"
)

SQLITE_TRIGGERS = {
    "history_in_order": "BEFORE INSERT ON history WHEN " + _OUT_OF_ORDER,
    "signoffs_no_update": "BEFORE UPDATE ON signoffs",
    "audit_runs_no_update": "BEFORE UPDATE ON audit_runs",
    "paired_runs_no_update": "BEFORE UPDATE ON paired_runs",
    "recipes_no_update": "BEFORE UPDATE ON recipes",
    "tools_removed_when_logged": "BEFORE DELETE ON tools WHEN OLD.archived_at IS NULL OR NOT "
    + _LAST_IS_REMOVAL.format(tool="OLD.id"),
    "signoffs_removed_with_tool": "BEFORE DELETE ON signoffs WHEN NOT "
    + _LAST_IS_REMOVAL.format(tool="OLD.tool_id"),
}
_SQLITE_MESSAGES = {
    "history_in_order": OUT_OF_ORDER,
    "signoffs_no_update": SIGNOFF_FIXED,
    "audit_runs_no_update": AUDIT_FIXED,
    "paired_runs_no_update": PAIRED_FIXED,
    "recipes_no_update": RECIPE_FIXED,
    "tools_removed_when_logged": TOOL_REMOVAL,
    "signoffs_removed_with_tool": SIGNOFF_REMOVAL,
}

# PostgreSQL: one function per rule (a record has only its own table's fields).
_PG_FUNCTIONS = {
    "history_in_order": (
        "IF NEW.id IS DISTINCT FROM (SELECT COALESCE(MAX(id), 0) + 1 FROM history) "
        "OR NEW.origin IS NULL OR NEW.origin NOT IN ('live', 'seed', 'import') "
        "OR (NEW.origin = 'live' AND NEW.at < (SELECT MAX(at) FROM history WHERE origin = 'live')) "
        f"THEN RAISE EXCEPTION '{OUT_OF_ORDER}'; END IF; RETURN NEW;"
    ),
    "row_fixed": "RAISE EXCEPTION '% cannot be changed once recorded', TG_TABLE_NAME;",
    "tool_removal": (
        "IF OLD.archived_at IS NULL OR NOT "
        + _LAST_IS_REMOVAL.format(tool="OLD.id")
        + f" THEN RAISE EXCEPTION '{TOOL_REMOVAL}'; END IF; RETURN OLD;"
    ),
    "signoff_removal": (
        "IF NOT "
        + _LAST_IS_REMOVAL.format(tool="OLD.tool_id")
        + f" THEN RAISE EXCEPTION '{SIGNOFF_REMOVAL}'; END IF; RETURN OLD;"
    ),
}
PG_TRIGGERS = {
    "history_in_order": ("BEFORE INSERT ON history", "history_in_order"),
    "signoffs_no_update": ("BEFORE UPDATE ON signoffs", "row_fixed"),
    "audit_runs_no_update": ("BEFORE UPDATE ON audit_runs", "row_fixed"),
    "paired_runs_no_update": ("BEFORE UPDATE ON paired_runs", "row_fixed"),
    "recipes_no_update": ("BEFORE UPDATE ON recipes", "row_fixed"),
    "tools_removed_when_logged": ("BEFORE DELETE ON tools", "tool_removal"),
    "signoffs_removed_with_tool": ("BEFORE DELETE ON signoffs", "signoff_removal"),
}


def create(dialect: str, execute: Callable[[str], object]) -> None:
    """Create the guards (in the migration's transaction)."""
    if dialect == "sqlite":
        for name, when in SQLITE_TRIGGERS.items():
            message = _SQLITE_MESSAGES[name]
            execute(f"CREATE TRIGGER {name} {when} BEGIN SELECT RAISE(ABORT, '{message}'); END")
    elif dialect == "postgresql":
        for name, body in _PG_FUNCTIONS.items():
            execute(
                f"CREATE FUNCTION guard_{name}() RETURNS trigger LANGUAGE plpgsql AS "
                f"$$ BEGIN {body} END $$"
            )
        for name, (when, function) in PG_TRIGGERS.items():
            execute(
                f"CREATE TRIGGER {name} {when} FOR EACH ROW EXECUTE FUNCTION guard_{function}()"
            )


def drop(dialect: str, execute: Callable[[str], object]) -> None:
    if dialect == "sqlite":
        for name in SQLITE_TRIGGERS:
            execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        for name, (when, _) in PG_TRIGGERS.items():
            table = when.rsplit(" ", 1)[-1]
            execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        for name in _PG_FUNCTIONS:
            execute(f"DROP FUNCTION IF EXISTS guard_{name}()")


def dismissal_guard(dialect: str, execute: Callable[[str], object], *, drop: bool = False) -> None:
    """Revision 0010 (issue 20): a dismissed proposal is never changed either."""
    if dialect == "sqlite":
        execute("DROP TRIGGER IF EXISTS dismissals_no_update")
        if not drop:
            execute(
                "CREATE TRIGGER dismissals_no_update BEFORE UPDATE ON dismissals "
                f"BEGIN SELECT RAISE(ABORT, '{DISMISSAL_FIXED}'); END"
            )
    elif dialect == "postgresql":
        execute("DROP TRIGGER IF EXISTS dismissals_no_update ON dismissals")
        if not drop:
            execute(
                "CREATE TRIGGER dismissals_no_update BEFORE UPDATE ON dismissals "
                "FOR EACH ROW EXECUTE FUNCTION guard_row_fixed()"
            )
