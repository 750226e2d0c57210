"""The steps of the page "Testa verktyget" / "Test the tool" (issue 24).

Profile -> the test set (made here, or its zip uploaded again) -> the tool's answers -> results
-> saved to the register. The set's files and the answers live only in ``st.session_state``
(nothing is written to disk); the register keeps the design and the aggregate results. Every
figure, word and chart comes from the engine (``engine/paired``) and ``ui/charts_paired``.
"""

from __future__ import annotations

import hashlib
import io
from typing import Any

import streamlit as st

from ethics_toolkit.engine.paired.models import ATTRIBUTES, PairedResult
from ethics_toolkit.engine.paired.profile import JobProfile
from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n import LANG_NAMES, format_int, format_number
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.samples import paired as samples
from ethics_toolkit.ui import choices, state, widgets
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

SOURCE_KEY = "paired_profile_source"
SOURCES = ("sample_sv", "sample_en", "upload")
SET_KEY = "paired_set"
"""``{"files": {name: bytes}, "zip": bytes, "name": str, "sample": bool}`` of the current set."""
ANSWERS_KEY = "paired_answers"
RESULT_KEY = "paired_result"
SAVED_KEY = "paired_saved_run"
DONE_KEY = "paired_proposals_done"
NONE = ""
POSITIVE_GUESSES = ("Ja", "ja", "JA", "Yes", "yes", "YES", "1", "True", "true", "Vald", "Selected")


def profile_step() -> JobProfile | None:
    """Step 1: the Swedish or English sample profile, or the user's own YAML."""
    from ethics_toolkit.engine.paired.profile import parse_profile

    st.subheader(t("paired_step_profile"))
    source = choices.radio(
        t("paired_profile_source"),
        SOURCES,
        key=SOURCE_KEY,
        default=SOURCES[0],
        format_func=state.labeller("paired_source"),
        horizontal=True,
    )
    if source == "upload":
        file = st.file_uploader(
            t("paired_profile_upload"),
            type=["yaml", "yml"],
            key="paired_profile_file",
            help=t("paired_profile_help"),
        )
        if file is None:
            return None
        raw = file.getvalue()
        text = raw.decode("utf-8-sig", errors="replace")
        profile = widgets.guarded(lambda: parse_profile(text, name=file.name))
    else:
        text = samples.EKONOMIASSISTENT_YAML if source == "sample_sv" else samples.ACCOUNTANT_YAML
        profile = parse_profile(text)
    if profile is None:
        return None
    st.markdown(
        t(
            "paired_profile_summary",
            title=md(profile.title),
            sector=md(profile.sector or "–"),
            language=LANG_NAMES[profile.language],
        )
    )
    with st.expander(t("paired_profile_requirements")):
        st.markdown("\n".join(f"- {md(r)}" for r in profile.requirements))
    return profile


def _plan(base_cvs: int, attributes: int) -> None:
    from ethics_toolkit.engine.paired import power

    with st.expander(t("paired_plan_title"), icon=":material/calculate:"):
        c1, c2 = st.columns(2)
        difference = c1.number_input(
            t("paired_plan_difference"), 0.1, 100.0, 3.0, 0.5, key="paired_plan_difference"
        )
        sd = c2.number_input(t("paired_plan_sd"), 0.1, 100.0, 4.0, 0.5, key="paired_plan_sd")
        needed = power.base_cvs_needed(difference, sd, attributes)
        chance = power.power(difference, sd, base_cvs * power.pairs_per_base(attributes))
        lang = state.lang()
        st.caption(
            t(
                "paired_plan",
                difference=format_number(difference, lang, 1),
                needed=needed,
                chosen=base_cvs,
                power=format_number(chance, lang),
            )
        )


def set_step(profile: JobProfile | None) -> None:
    """Step 2: make the set (zip to download), or upload the zip of a set made before."""
    st.subheader(t("paired_step_set"))
    lang = state.lang()
    if profile is not None:
        from ethics_toolkit.engine.paired.texts import attribute_label

        sample = st.session_state.get(SOURCE_KEY) == "sample_sv"
        c1, c2 = st.columns(2)
        base_cvs = c1.number_input(
            t("paired_base_cvs"),
            1,
            500,
            samples.SAMPLE_CVS,
            1,
            key="paired_base_cvs",
            help=t("paired_base_cvs_help"),
        )
        seed = c2.number_input(
            t("paired_seed"),
            0,
            10**9,
            samples.SAMPLE_SEED,
            1,
            key="paired_seed",
            help=t("paired_seed_help"),
        )
        st.markdown(f"**{t('paired_signals')}**")
        columns = st.columns(len(ATTRIBUTES))
        chosen = [
            a
            for a, column in zip(ATTRIBUTES, columns, strict=True)
            if column.checkbox(
                attribute_label(a, lang),
                value=a in samples.SAMPLE_ATTRIBUTES,
                key=f"paired_attribute_{a}",
            )
        ]
        st.markdown(f"**{t('paired_formats')}**")
        f1, f2, _ = st.columns([1, 1, 2])
        formats = [
            f
            for f, column in (("pdf", f1), ("docx", f2))
            if column.checkbox(t(f"paired_format_{f}"), value=True, key=f"paired_fmt_{f}")
        ]
        _plan(int(base_cvs), max(1, len(chosen)))
        if not chosen or not formats:
            st.info(t("paired_need_signal"), icon=":material/info:")
        elif st.button(t("paired_make"), type="primary", icon=":material/description:"):
            with st.spinner(t("paired_making")):
                made = widgets.guarded(
                    lambda: _make(profile, int(base_cvs), chosen, int(seed), formats)
                )
            if made is not None:
                is_sample = sample and (int(base_cvs), int(seed), tuple(chosen)) == (
                    samples.SAMPLE_CVS,
                    samples.SAMPLE_SEED,
                    samples.SAMPLE_ATTRIBUTES,
                )
                _use_set({**made, "sample": is_sample})
    uploaded = st.file_uploader(t("paired_have_set"), type=["zip"], key="paired_set_file")
    if uploaded is not None and st.session_state.get("paired_set_file_seen") != uploaded.file_id:
        st.session_state["paired_set_file_seen"] = uploaded.file_id
        loaded = widgets.guarded(lambda: _unzip(uploaded.getvalue(), uploaded.name))
        if loaded is not None:
            _use_set(loaded)
    current = st.session_state.get(SET_KEY)
    if current is not None:
        _show_set(current)


def _make(profile: JobProfile, base_cvs: int, attributes: list, seed: int, formats: list) -> dict:
    from ethics_toolkit.engine.paired.design import make_set
    from ethics_toolkit.report.cvs import paired_set_files, zipped

    made = make_set(profile, base_cvs=base_cvs, attributes=attributes, seed=seed, formats=formats)
    files = paired_set_files(made, lang=state.lang())
    name = f"testset-{seed}"
    return {"files": files, "zip": zipped(files, name), "name": f"{name}.zip"}


BAD_ZIP = Bilingual(
    sv="Filen {name} är inte en zip-fil med manifest.csv. Ladda upp zip-filen som sidan skapade.",
    en="The file {name} is not a zip file holding manifest.csv. Upload the zip file this page "
    "made.",
)


def _unzip(data: bytes, name: str) -> dict:
    """A set's zip as made here: every file under one folder; the manifest is required."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            files = {
                info.filename.split("/", 1)[-1]: archive.read(info)
                for info in archive.infolist()
                if not info.is_dir()
            }
    except zipfile.BadZipFile as error:
        raise UserFacingError.of(BAD_ZIP, name=name) from error
    if "manifest.csv" not in files:
        raise UserFacingError.of(BAD_ZIP, name=name)
    return {"files": files, "zip": data, "name": name, "sample": False}


def _use_set(made: dict) -> None:
    """A new set: forget the answers and results of the previous one."""
    for key in (ANSWERS_KEY, RESULT_KEY, SAVED_KEY):
        st.session_state.pop(key, None)
    st.session_state[SET_KEY] = made


def manifest_of(current: dict):
    from ethics_toolkit.engine.paired.manifest import parse_manifest

    return parse_manifest(current["files"]["manifest.csv"].decode("utf-8-sig"))


def _show_set(current: dict) -> None:
    from ethics_toolkit.report.cvs import INSTRUCTIONS

    manifest = widgets.guarded(lambda: manifest_of(current))
    if manifest is None:
        return
    base = len({r.base_id for r in manifest.rows})
    lang = state.lang()
    st.success(
        t(
            "paired_set_loaded",
            name=md(current["name"]),
            cvs=format_int(len(manifest.rows), lang),
            base=format_int(base, lang),
        ),
        icon=":material/inventory_2:",
    )
    st.download_button(
        t("paired_download"),
        data=current["zip"],
        file_name=current["name"],
        mime="application/zip",
        icon=":material/download:",
        key="paired_download",
    )
    if INSTRUCTIONS in current["files"]:
        with st.expander(t("paired_instructions"), icon=":material/checklist:"):
            st.text(current["files"][INSTRUCTIONS].decode("utf-8"))


def _columns_of(data: bytes, name: str):
    from ethics_toolkit.engine.reading.tabular import read_table

    frame, _ = read_table(data, file_name=name, categorical=(), as_written=())
    return frame


def answers_step() -> dict[str, Any] | None:
    """Step 3: the tool's export (or the example's), and which column is which."""
    st.subheader(t("paired_step_answers"))
    current = st.session_state.get(SET_KEY)
    if current is None:
        st.info(t("paired_need_set"), icon=":material/info:")
        return None
    file = st.file_uploader(
        t("paired_answers_upload"),
        type=["csv", "txt", "xlsx", "xls", "ods"],
        key="paired_answers_file",
        help=t("paired_answers_help"),
    )
    if file is not None and st.session_state.get("paired_answers_seen") != file.file_id:
        st.session_state["paired_answers_seen"] = file.file_id
        st.session_state[ANSWERS_KEY] = (file.getvalue(), file.name)
        st.session_state.pop(RESULT_KEY, None)
    if current.get("sample") and st.button(
        t("paired_use_sample_answers"), icon=":material/science:"
    ):
        from ethics_toolkit.engine.paired.samples import sample_answers

        st.session_state[ANSWERS_KEY] = (sample_answers(), samples.ANSWERS_NAME)
        st.session_state.pop(RESULT_KEY, None)
    loaded = st.session_state.get(ANSWERS_KEY)
    if loaded is None:
        return None
    data, name = loaded
    st.caption(t("paired_answers_loaded", name=md(name)))
    frame = widgets.guarded(lambda: _columns_of(data, name))
    if frame is None:
        return None
    return _mapping(frame, data, name, manifest_of(current))


def _mapping(frame, data: bytes, name: str, manifest) -> dict[str, Any] | None:
    import pandas as pd

    from ethics_toolkit.engine.paired.answers import manifest_keys

    columns = [str(c) for c in frame.columns]
    keys = manifest_keys(manifest)
    found = widgets.guarded(lambda: _guess_id(frame, keys, name))
    numeric = [c for c in columns if pd.api.types.is_numeric_dtype(frame[c]) and c != found]
    two = [c for c in columns if c not in numeric and c != found and frame[c].nunique() <= 2]
    none = t("paired_none")

    def shown(value: str) -> str:
        return none if value == NONE else value

    c1, c2, c3 = st.columns(3)
    with c1:
        id_column = choices.selectbox(
            t("paired_id_column"),
            columns,
            key="paired_id_column",
            default=found or columns[0],
            format_func=str,
        )
    with c2:
        score = choices.selectbox(
            t("paired_score_column"),
            [NONE, *columns],
            key="paired_score",
            default=numeric[0] if numeric else NONE,
            format_func=shown,
        )
    with c3:
        decision = choices.selectbox(
            t("paired_decision_column"),
            [NONE, *columns],
            key="paired_decision",
            default=two[0] if two else NONE,
            format_func=shown,
        )
    positive = None
    if decision != NONE:
        values = sorted(str(v).strip() for v in frame[decision].dropna().unique())
        guess = next((v for v in POSITIVE_GUESSES if v in values), values[0] if values else NONE)
        positive = choices.selectbox(
            t("paired_positive"),
            values or [NONE],
            key="paired_positive",
            default=guess,
            format_func=str,
        )
    if score == NONE and decision == NONE:
        st.info(t("paired_need_measure"), icon=":material/info:")
        return None
    return {
        "data": data,
        "name": name,
        "id_column": id_column,
        "score": None if score == NONE else score,
        "decision": None if decision == NONE else decision,
        "positive": positive,
    }


def _guess_id(frame, keys: dict[str, str], name: str) -> str | None:
    from ethics_toolkit.engine.paired.answers import id_column_of

    try:
        return id_column_of(frame, keys, name)
    except UserFacingError:
        return None


def context_of(options: dict[str, Any]) -> str:
    """What a result was computed for: the set, the answers' bytes and the columns."""
    current = st.session_state.get(SET_KEY) or {}
    parts = [
        hashlib.sha256(current.get("zip", b"")).hexdigest(),
        hashlib.sha256(options["data"]).hexdigest(),
        *(str(options[k]) for k in ("id_column", "score", "decision", "positive")),
    ]
    return "|".join(parts)


def analyse(options: dict[str, Any]) -> PairedResult:
    """Check the variants of the set on screen, match the answers, run the paired analysis."""
    from ethics_toolkit.engine.paired.analysis import analyse as paired_analysis
    from ethics_toolkit.engine.paired.answers import read_answers
    from ethics_toolkit.engine.paired.variants import require_same_variants
    from ethics_toolkit.report.cvs import read_texts

    current = st.session_state[SET_KEY]
    manifest = manifest_of(current)
    require_same_variants(manifest, read_texts(manifest, current["files"]))
    answers = read_answers(
        options["data"],
        manifest,
        file_name=options["name"],
        id_column=options["id_column"],
        score=options["score"],
        decision=options["decision"],
        positive=options["positive"],
    )
    return paired_analysis(
        manifest,
        answers,
        score_column=options["score"],
        decision_column=options["decision"],
        positive=options["positive"],
    )
