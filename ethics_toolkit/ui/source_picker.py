"""Database sources on the bias-audit page, next to upload (issue 14): a self-contained widget.

An administrator names sources in ``.streamlit/secrets.toml`` (``[sources.NAME] url = …`` and
``table = …`` or ``query = …``; see :mod:`ethics_toolkit.engine.sources.config`). The bias-audit
page calls :func:`source_picker` next to the upload and, when a source is chosen,
:func:`source_audit`, which maps the columns and runs the audit where the data lies. Only names,
column names and the audit's cells reach the browser: the URL and its password are read from the
secrets on the server, inside the cached functions, which are keyed by the source's name and
never by its URL.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual, Catalogue
from ethics_toolkit.ui import state
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import AuditResult
    from ethics_toolkit.engine.sources.config import ConfiguredSource
    from ethics_toolkit.engine.spec import AuditSpec

PICK_KEY = "audit_source_name"
SPEC_KEY = "audit_source_spec"  # (source name, spec JSON) of the last "audit" click
_NONE = ""
TEXTS = Catalogue(
    {
        "pick": Bilingual(sv="Eller granska en datakälla", en="Or audit a data source"),
        "pick_help": Bilingual(
            sv="Källor som administratören har namngett. Granskningen räknar i databasen och "
            "hämtar bara antal per grupp, aldrig rader.",
            en="Sources your administrator has named. The audit counts in the database and "
            "fetches only counts per group, never rows.",
        ),
        "upload_instead": Bilingual(
            sv="(ladda upp en fil i stället)", en="(upload a file instead)"
        ),
        "columns": Bilingual(
            sv="{name}: {count} kolumner. Välj vilka kolumner som betyder vad.",
            en="{name}: {count} columns. Choose what each column means.",
        ),
        "outcome": Bilingual(sv="Beslut (kolumn)", en="Decision (column)"),
        "positive": Bilingual(
            sv="Värde som betyder urval (tomt: ja/nej, 1/0 känns igen)",
            en="Value meaning selected (empty: yes/no, 1/0 are recognised)",
        ),
        "sensitive": Bilingual(sv="Skyddade egenskaper", en="Sensitive attributes"),
        "truth": Bilingual(sv="Facit (valfritt)", en="Ground truth (optional)"),
        "none": Bilingual(sv="(inget)", en="(none)"),
        "run": Bilingual(sv="Granska datakällan", en="Audit the data source"),
        "running": Bilingual(sv="Räknar i {name} …", en="Counting in {name} …"),
        "need_columns": Bilingual(
            sv="Välj en beslutskolumn och minst en skyddad egenskap.",
            en="Choose a decision column and at least one sensitive attribute.",
        ),
    }
)


def _t(key: str, **values: object) -> str:
    return TEXTS.text(key, state.lang(), **values)


def available_sources() -> list[ConfiguredSource]:
    """The configured sources, or none when the app has no secrets (raises if one is invalid)."""
    from ethics_toolkit.engine.sources.config import configured_sources

    try:
        section = st.secrets.get("sources")
    except Exception:  # no secrets file at all: nothing configured
        return []
    if not section:
        return []
    plain = section.to_dict() if hasattr(section, "to_dict") else dict(section)
    return configured_sources({"sources": plain})


@st.cache_data(show_spinner=False, ttl=600, max_entries=32)
def source_columns(name: str, fingerprint: str) -> list[str]:
    """The source's column names (``LIMIT 0``), cached by its name and configuration hash."""
    from ethics_toolkit.engine.sources.config import find_source
    from ethics_toolkit.engine.sources.config import source_columns as columns_of

    return columns_of(find_source(available_sources(), name))


@st.cache_data(show_spinner=False, ttl=600, max_entries=16)
def audit_named_source(name: str, fingerprint: str, spec_json: str) -> AuditResult:
    """The audit of a configured source: cells and figures only, cached by name, configuration
    hash and spec (so a changed entry in the secrets is audited anew)."""
    from ethics_toolkit.engine.sources.config import audit_configured, find_source
    from ethics_toolkit.engine.spec import AuditSpec

    source = find_source(available_sources(), name)
    return audit_configured(source, AuditSpec.model_validate_json(spec_json))


def source_picker() -> ConfiguredSource | None:
    """A choice among the configured sources; ``None``: the user uploads a file instead."""
    try:
        sources = available_sources()
    except UserFacingError as error:
        st.error(error.message(state.lang()), icon=":material/error:")
        return None
    if not sources:
        return None
    labels = {s.name: s.label for s in sources}
    choice = st.selectbox(
        _t("pick"),
        [_NONE, *labels],
        format_func=lambda name: labels.get(name) or _t("upload_instead"),
        key=PICK_KEY,
        help=_t("pick_help"),
        placeholder=t("choose_option"),
    )
    return next((s for s in sources if s.name == choice), None)


def _named_like(columns: list[str], names: tuple[str, ...]) -> list[str]:
    """Columns whose header names a role (the values are not read: only counts leave the source)."""
    from ethics_toolkit.engine.recipe.profile import is_id_name, matches

    return [c for c in columns if matches(c, names) and not is_id_name(c)]


def _mapping(source: ConfiguredSource, columns: list[str]) -> AuditSpec | None:
    """Column roles for a source, pre-filled from the column names; ``None`` until submitted."""
    from ethics_toolkit.engine.recipe.guess import (
        MAX_SUGGESTED_SENSITIVE,
        OUTCOME_NAMES,
        SENSITIVE_NAMES,
        TRUTH_NAMES,
    )
    from ethics_toolkit.engine.spec import AuditSpec

    truths = _named_like(columns, TRUTH_NAMES)
    outcomes = [c for c in _named_like(columns, OUTCOME_NAMES) if c not in truths]
    sensitive = _named_like(columns, SENSITIVE_NAMES)[:MAX_SUGGESTED_SENSITIVE]
    none = _t("none")
    st.caption(_t("columns", name=md(source.label), count=len(columns)))
    with st.form(f"source_mapping_{source.name}"):
        outcome = st.selectbox(
            _t("outcome"),
            columns,
            index=columns.index(outcomes[0]) if outcomes else 0,
            placeholder=t("choose_option"),
        )
        positive = st.text_input(_t("positive"))
        sensitive = st.multiselect(
            _t("sensitive"),
            columns,
            default=sensitive,
            placeholder=t("choose_options"),
            select_all=False,
        )
        truth = st.selectbox(
            _t("truth"),
            [none, *columns],
            index=1 + columns.index(truths[0]) if truths else 0,
            placeholder=t("choose_option"),
        )
        submitted = st.form_submit_button(_t("run"), type="primary")
    if submitted:
        if not outcome or not sensitive:
            st.warning(_t("need_columns"))
            return None
        spec = AuditSpec(
            outcome=outcome,
            positives=[positive.strip()] if positive.strip() else [],
            sensitive=sensitive,
            truth=None if truth == none else truth,
        )
        st.session_state[SPEC_KEY] = (source.name, spec.model_dump_json())
        st.session_state.pop(state.SAVED_RUN_KEY, None)  # a new audit is saved anew
    chosen = st.session_state.get(SPEC_KEY)
    if chosen is None or chosen[0] != source.name:
        return None
    return AuditSpec.model_validate_json(chosen[1])


def source_audit(source: ConfiguredSource) -> AuditResult | None:
    """Map the source's columns and audit it where it lies; ``None`` until the user has run it."""
    try:
        columns = source_columns(source.name, source.fingerprint)
        spec = _mapping(source, columns)
        if spec is None:
            return None
        with st.spinner(_t("running", name=md(source.label))):
            return audit_named_source(source.name, source.fingerprint, spec.model_dump_json())
    except UserFacingError as error:
        st.error(error.message(state.lang()), icon=":material/error:")
        return None
