"""Session and store plumbing: the one place that knows Streamlit's caches and session-state keys.

Pages never open the store or hold state themselves; they ask here. Uploaded files and the table
read from them live only in ``st.session_state`` (never on disk, gone with the session); audit
results, which hold aggregated counts only, are cached with ``st.cache_data`` keyed by the file's
SHA-256, how it was read (sheet, encoding, separator, decimal mark) and the spec, so a rerun of
the page is instant and a result never belongs to another reading of the file.

A result is shown only for the run context it was computed for (:func:`result_context`): the
file, sheet, read options and mapping on screen. Any change drops it until the audit runs again.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import streamlit as st

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n import LANGS, Lang
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.i18n.ui_texts import has_text, ui_text

if TYPE_CHECKING:
    import pandas as pd

    from ethics_toolkit.engine.models import AuditResult
    from ethics_toolkit.engine.spec import AuditSpec, ReadingInfo
    from ethics_toolkit.register.access.roles import Permission
    from ethics_toolkit.register.domain.actors import Actor
    from ethics_toolkit.register.domain.tool_record import ToolRecord
    from ethics_toolkit.register.storage.store import Store

# Session-state keys shared by pages, components and tests (the tests set them directly).
LANG_KEY = "lang"
ACTOR_KEY = "actor"
TOOL_KEY = "tool_name"
UPLOAD_BYTES_KEY = "audit_upload_bytes"
UPLOAD_NAME_KEY = "audit_upload_name"
FRAME_KEY = "audit_frame"
SHEETS_KEY = "audit_sheets"
AUDIT_SPEC_KEY = "audit_spec_json"
AUDIT_CONTEXT_KEY = "audit_run_context"
SAVED_RUN_KEY = "audit_saved_run_id"
KEPT_WIDGETS_KEY = "kept_widget_values"
REPORT_PDF_KEY = "report_pdf"
REPORTS_BUILT_KEY = "reports_built"

DEFAULT_LANG: Lang = "sv"
DB_ENV = "ETHICS_TOOLKIT_DB"
USER_ENV = "ETHICS_TOOLKIT_USER"
"""The name of whoever started the app, if they set it (as for the CLI): then the app never asks."""

NAME_NEEDED = Bilingual(
    sv="Skriv ditt namn först: allt du sparar står i ändringshistoriken under ditt namn.",
    en="Enter your name first: everything you save is recorded in the change history under it.",
)


def keep_widgets(*keys: str) -> None:
    """Remember the values of widgets drawn with these plain keys (issue 20, item 8).

    Streamlit forgets a widget's state when a run does not draw it (another page is open), so a
    page calls this after drawing them and :func:`restore_widgets` before; the values are kept
    in plain session state for the whole session. (Choices drawn with :mod:`choices` need
    neither: their values live under plain keys already.)
    """
    kept = st.session_state.setdefault(KEPT_WIDGETS_KEY, {})
    for key in keys:
        if key in st.session_state:
            kept[key] = st.session_state[key]
        else:
            kept.pop(key, None)


def restore_widgets(*keys: str) -> None:
    """Give widgets Streamlit forgot (the page was left) the values :func:`keep_widgets` kept."""
    kept = st.session_state.get(KEPT_WIDGETS_KEY, {})
    for key in keys:
        if key not in st.session_state and key in kept:
            st.session_state[key] = kept[key]


def lang() -> Lang:
    """The language chosen in the sidebar; Swedish until the user switches."""
    value = st.session_state.get(LANG_KEY, DEFAULT_LANG)
    return value if value in LANGS else DEFAULT_LANG


def t(key: str, /, **values: Any) -> str:
    """A UI string in the current language (see ``ethics_toolkit.i18n.ui_texts``)."""
    return ui_text(key, lang(), **values)


@st.cache_resource(show_spinner=False)
def _open_store(url: str | None) -> Store:
    from ethics_toolkit.register.storage.store import Store

    return Store.open(url)


def store() -> Store:
    """The register, opened once per database URL (``ETHICS_TOOLKIT_DB`` or the default file)."""
    return _open_store(os.environ.get(DB_ENV) or None)


def auth_configured() -> bool:
    """True when ``secrets.toml`` has an ``[auth]`` section: then sign-in is required."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all: Streamlit raises instead of returning False
        return False


def labeller(kind: str | type[StrEnum] | None = None) -> Callable[[object], str]:
    """A ``format_func`` for choices, bound to the current language.

    Enum members (or, with ``kind`` an enum class, their string values) and the register's
    labelled literals (``kind`` ``"level"``, ``"risk_class"``, ``"history_entity"``...) read the
    one label registry (``register/labels.py``) that the PDF and the CLI read too; app-only
    choices read ``ui_texts`` keys ``<kind>_<value>``.

    Bound now, not looked up when called: Streamlit (and AppTest) may call a widget's format
    function outside the script run, where the session's language is not at hand.
    """
    from ethics_toolkit.register.domain import labels

    bound = lang()

    def label(value: object) -> str:
        if isinstance(kind, type) and not isinstance(value, kind):
            with contextlib.suppress(ValueError):
                value = kind(value)
        if isinstance(value, StrEnum) and labels.has_label(value):
            return labels.label(value, bound)
        raw = str(getattr(value, "value", value))
        if isinstance(kind, str) and kind in labels.LITERAL_LABELS:
            return labels.literal_label(kind, raw, bound)  # type: ignore[arg-type]
        key = f"{kind}_{raw}"
        return ui_text(key, bound) if has_text(key) else labels.readable(raw)

    return label


def label(kind: str | type[StrEnum] | None, value: object) -> str:
    """A translated label for a choice; values added later fall back to readable text."""
    return labeller(kind)(value)


def signed_in() -> Actor | None:
    """The signed-in identity (OpenID Connect, ``st.login``): name, e-mail, subject, issuer."""
    from ethics_toolkit.register.domain.actors import Actor

    if not (auth_configured() and getattr(st.user, "is_logged_in", False)):
        return None
    email = str(st.user.get("email") or "").strip()
    name = str(st.user.get("name") or email or st.user.get("sub") or "").strip()
    if not name:
        return None
    return Actor(
        name=name[:200],
        via="signed_in",
        email=email,
        subject=str(st.user.get("sub") or ""),
        issuer=str(st.user.get("iss") or ""),
    )


def known_actor() -> Actor | None:
    """Who is making changes, if known: the signed-in identity, the name typed this session, or
    ``$ETHICS_TOOLKIT_USER`` (stated when the app was started); never a placeholder (``None``
    until the person said who they are)."""
    from ethics_toolkit.register.domain.actors import Actor

    identity = signed_in()
    if identity is not None:
        return identity
    if auth_configured():  # sign-in is required: a typed name is no one
        return None
    typed = str(st.session_state.get(ACTOR_KEY) or "").strip()
    if typed:
        return Actor(name=typed[:200], via="typed")
    stated = os.environ.get(USER_ENV, "").strip()
    return Actor(name=stated[:200], via="command_line") if stated else None


def actor() -> Actor:
    """The person credited in the register's history; pages ask first (``components.ask_name``).

    A change attempted before the name is known is refused with a message, never saved under a
    placeholder.
    """
    who = known_actor()
    if who is None:
        raise UserFacingError.of(NAME_NEEDED)
    return who


def actor_name() -> str:
    """The acting person's name, where a page pre-fills one (an owner, a preparer)."""
    return actor().name


def may(permission: Permission, tool_id: int | None) -> bool:
    """Whether the acting person's roles permit ``permission`` (always, when not signed in).

    The app asks this to show and enable only what a role may do; the store asks the same
    decision again when it writes (``register/access``).
    """
    who = known_actor()
    return who is None or store().may(who, permission, tool_id)


def set_actor(name: str) -> None:
    st.session_state[ACTOR_KEY] = name.strip()


def report_built(record: ToolRecord) -> bool:
    """The PDF of this tool was built in this session for the register's current content."""
    from ethics_toolkit.register.integrity.content import record_content_hash

    built = st.session_state.get(REPORTS_BUILT_KEY, set())
    return bool(built) and (record.tool.name, record_content_hash(record)) in built


def remember_report(record: ToolRecord) -> None:
    from ethics_toolkit.register.integrity.content import record_content_hash

    built = st.session_state.setdefault(REPORTS_BUILT_KEY, set())
    built.add((record.tool.name, record_content_hash(record)))


def current_tool_name() -> str | None:
    """The tool picked in the sidebar, or ``None`` when the register is empty."""
    return st.session_state.get(TOOL_KEY)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def uploaded() -> tuple[bytes, str] | None:
    """The decision log the user uploaded in this session (bytes, file name), if any.

    A 0-byte upload is returned too, so that the page can say the file is empty.
    """
    data = st.session_state.get(UPLOAD_BYTES_KEY)
    if data is None or (not data and UPLOAD_NAME_KEY not in st.session_state):
        return None
    return data, st.session_state.get(UPLOAD_NAME_KEY) or "upload.csv"


def upload_limit() -> int:
    """The app's upload limit in bytes (``server.maxUploadSize``, in MB)."""
    try:
        megabytes = int(st.get_option("server.maxUploadSize"))
    except Exception:  # outside a configured runtime
        megabytes = 200
    return megabytes * 1024 * 1024


def set_upload(data: bytes | None, name: str | None) -> None:
    """Keep an upload in memory for this session only; a new file forgets the previous spec."""
    for key in (AUDIT_SPEC_KEY, AUDIT_CONTEXT_KEY, SAVED_RUN_KEY, FRAME_KEY, SHEETS_KEY):
        st.session_state.pop(key, None)
    if data is None:
        st.session_state.pop(UPLOAD_BYTES_KEY, None)
        st.session_state.pop(UPLOAD_NAME_KEY, None)
    else:
        st.session_state[UPLOAD_BYTES_KEY] = data
        st.session_state[UPLOAD_NAME_KEY] = name


def read_upload(
    data: bytes,
    digest: str,
    *,
    file_name: str | None,
    sheet: str | None = None,
    encoding: str | None = None,
    separator: str | None = None,
    decimal: str | None = None,
) -> tuple[pd.DataFrame, ReadingInfo]:
    """``read_table``, remembered in this session only (raw rows never go to a shared cache).

    A global ``st.cache_data`` would keep the decision rows in server memory after the session
    ends; the session state is dropped with the session and by ``set_upload(None)``.
    """
    from ethics_toolkit.engine.reading.tabular import read_table

    key = (digest, file_name, sheet, encoding, separator, decimal)
    memo = st.session_state.get(FRAME_KEY)
    if memo is not None and memo[0] == key:
        return memo[1], memo[2]
    st.session_state.pop(FRAME_KEY, None)  # never keep the rows of another reading
    frame, info = read_table(
        data,
        encoding=encoding,
        separator=separator,
        decimal=decimal,
        file_name=file_name,
        sheet=sheet,
        max_bytes=upload_limit(),
    )
    st.session_state[FRAME_KEY] = (key, frame, info)
    return frame, info


def workbook_sheets(data: bytes, digest: str, file_name: str | None) -> list | None:
    """The sheets of an uploaded workbook (``None`` for a text file), remembered per upload."""
    from ethics_toolkit.engine.reading.workbooks import sheets, spreadsheet_format

    memo = st.session_state.get(SHEETS_KEY)
    if memo is not None and memo[0] == digest:
        return memo[1]
    found = (
        sheets(data, file_name=file_name, max_bytes=upload_limit())
        if spreadsheet_format(data)
        else None
    )
    st.session_state[SHEETS_KEY] = (digest, found)
    return found


@st.cache_data(show_spinner=False, max_entries=16, ttl=3600)
def run_audit(
    _frame: pd.DataFrame, digest: str, spec_json: str, reading_json: str | None
) -> AuditResult:
    """``audit_frame`` cached by the file digest, how it was read and the spec.

    The reading (sheet, encoding, separator, decimal mark, columns) is part of the key: the same
    file read another way is another table. The cached value is an ``AuditResult``: cells and
    figures, never rows.
    """
    from ethics_toolkit.engine.audit import audit_frame
    from ethics_toolkit.engine.spec import AuditSpec, ReadingInfo

    reading = ReadingInfo.model_validate_json(reading_json) if reading_json else None
    return audit_frame(_frame, AuditSpec.model_validate_json(spec_json), reading=reading)


def chosen_spec() -> AuditSpec | None:
    """The spec of the last "run" click for the current upload."""
    from ethics_toolkit.engine.spec import AuditSpec

    raw = st.session_state.get(AUDIT_SPEC_KEY)
    return AuditSpec.model_validate_json(raw) if raw else None


def choose_spec(spec: AuditSpec, context: str | None = None) -> None:
    """Remember the spec of a "run" click and the run context it belongs to."""
    st.session_state[AUDIT_SPEC_KEY] = spec.model_dump_json()
    st.session_state[AUDIT_CONTEXT_KEY] = context
    st.session_state.pop(SAVED_RUN_KEY, None)


def result_context(**parts: object) -> str:
    """A fingerprint of everything a result depends on (file, sheet, read options, mapping)."""
    import json

    return json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)


def drop_stale_result(context: str) -> bool:
    """Forget the last run (and its saved-run marker) unless it belongs to ``context``.

    Returns True when a result was dropped, so the page can say why it disappeared.
    """
    if AUDIT_SPEC_KEY not in st.session_state:
        return False
    if st.session_state.get(AUDIT_CONTEXT_KEY) == context:
        return False
    for key in (AUDIT_SPEC_KEY, AUDIT_CONTEXT_KEY, SAVED_RUN_KEY):
        st.session_state.pop(key, None)
    return True
