"""Widgets shared by the pages: sidebar, errors, tool picker, audit results, risk heat map.

Each function renders one calm, self-explaining block; the figures come from the library's models.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

import streamlit as st

from ethics_toolkit.engine.presentation import views as presentation
from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n import LANG_NAMES, LANGS, format_int, prose
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.register.domain import labels
from ethics_toolkit.ui import access_view, charts, state, streamlit_dom, validity
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t
from ethics_toolkit.ui.widgets import guarded, marker

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import Analysis, AuditResult
    from ethics_toolkit.register.domain.risks import Risk
    from ethics_toolkit.register.domain.tool import AITool
    from ethics_toolkit.register.domain.tool_record import ProgressStep
    from ethics_toolkit.register.statements.risks import RiskStatements
    from ethics_toolkit.register.status.progress import ToolProgress

T = TypeVar("T")

LANG_LABELS = LANG_NAMES
RISK_CLASS_COLOURS = {
    "prohibited": "red",
    "high_risk": "orange",
    "limited": "yellow",
    "minimal": "green",
}
LEVELS = ("critical", "high", "medium", "low")
LEVEL_COLOURS = {"critical": "red", "high": "orange", "medium": "yellow", "low": "green"}
TRAFFIC_COLOURS = {"red": "red", "amber": "orange", "green": "green"}
TOOL_PICKER_KEY = "tool_picker"
DATE_INVALID = Bilingual(
    sv="{field}: {value!r} är inget datum. Skriv år-månad-dag, till exempel 2027-03-01.",
    en="{field}: {value!r} is not a date. Write year-month-day, for example 2027-03-01.",
)
NAME_INPUT_KEY = "ask_name_input"


def language_switch() -> None:
    """Svenska / English in the sidebar; the choice applies to every page and every text."""
    st.session_state.setdefault(state.LANG_KEY, state.DEFAULT_LANG)
    st.sidebar.radio(
        "Språk / Language",
        options=list(LANGS),
        format_func=LANG_LABELS.__getitem__,
        key=state.LANG_KEY,
        horizontal=True,
    )


def ask_name() -> None:
    """Before the first change on a page: who is making it. Asked once, kept for the session.

    With sign-in (``[auth]``) the signed-in name is used and nothing is asked. The rest of the
    page waits until a name is given, so nothing is ever credited to a placeholder.
    """
    if state.known_actor() is not None:
        return
    with st.container(border=True):
        st.markdown(f"**{t('name_title')}**")
        st.caption(t("name_intro"))
        with st.form("ask_name", border=False):
            typed = st.text_input(
                t("actor_label"), key=NAME_INPUT_KEY, placeholder=t("name_placeholder")
            )
            if st.form_submit_button(t("name_save"), type="primary", icon=":material/person:"):
                if typed.strip():
                    state.set_actor(typed)
                    st.toast(t("name_saved", name=md(typed.strip())), icon=":material/person:")
                    st.rerun()
                st.error(t("name_missing"), icon=":material/error:")
    st.stop()


def progress(tool: AITool | None, *, here: ProgressStep | None = None) -> ToolProgress:
    """The guided path of ``tool`` at the top of a page: done, missing, the one next step.

    One call per page, after the tool picker; ``here`` is the step the page itself does.
    """
    from ethics_toolkit.ui import guide

    access_view.role_banner(tool)  # issue 22: the signed-in person's roles for the tool
    return guide.progress(tool, here=here)


def widget_texts() -> None:
    """Streamlit's own widget texts in the user's language, where Streamlit has no parameter.

    The file uploader's button and size line are replaced by the catalogue's texts and the input
    hints hidden, by CSS on Streamlit's private page structure; ``streamlit_dom`` holds all of it
    and says why. Every other widget text is set through its parameters (placeholders, labels,
    help, the tables' empty cells); ``tests/ui/test_swedish.py`` checks both, and the browser
    tests check what the browser shows.
    """
    limit = state.upload_limit() // (1024 * 1024)
    st.html(
        streamlit_dom.widget_texts_css(
            upload_button=t("upload_button"), upload_limit=t("upload_limit", mb=limit)
        )
    )


def page_header(title_key: str, intro_key: str | None = None) -> None:
    st.title(t(title_key))
    if intro_key:
        st.caption(t(intro_key))


def _remember_tool() -> None:
    st.session_state[state.TOOL_KEY] = st.session_state[TOOL_PICKER_KEY]


def tool_picker(*, offer_demo: bool = True) -> AITool | None:
    """The tool the page works on, chosen in the sidebar; remembered across pages.

    On an empty register it offers the fictional demo tool instead (a newcomer sees a complete
    audit at once).
    """
    tools = guarded(lambda: state.store().list_tools())
    if tools is None:
        st.stop()
    tools = access_view.visible(tools)  # issue 22: the tools the person holds a role for
    if not tools:
        if offer_demo and state.signed_in() is None:
            demo_offer()
        return None
    names = [tool.name for tool in tools]
    if state.current_tool_name() not in names:
        st.session_state[state.TOOL_KEY] = names[0]
    st.session_state[TOOL_PICKER_KEY] = st.session_state[state.TOOL_KEY]
    archived, lang = {tool.name for tool in tools if tool.archived}, state.lang()

    def shown(name: str) -> str:  # bound now: Streamlit may call it outside the script run
        return ui_text("archived_suffix", lang, name=name) if name in archived else name

    st.sidebar.selectbox(
        t("tool_picker"),
        names,
        key=TOOL_PICKER_KEY,
        on_change=_remember_tool,
        format_func=shown,
        placeholder=t("choose_option"),
    )
    return next(tool for tool in tools if tool.name == st.session_state[state.TOOL_KEY])


def select_tool(name: str) -> None:
    st.session_state[state.TOOL_KEY] = name


def demo_offer() -> None:
    """First start: the register is empty, so offer the demo tool (a complete audit at once)."""
    with st.container(border=True):
        st.subheader(t("demo_title"))
        st.write(t("demo_text"))
        left, right = st.columns(2)
        if left.button(t("demo_button"), type="primary", key="seed_demo"):
            with st.spinner(t("demo_seeding")):
                tool = guarded(_seed_demo)
            if tool is not None:
                select_tool(tool.name)
                st.toast(t("demo_seeded", name=md(tool.name)), icon=":material/science:")
                st.rerun()
        right.page_link(
            "ethics_toolkit/ui/screens/tool_profile.py",
            label=t("demo_or_create"),
            icon=":material/add:",
        )


def _seed_demo() -> AITool:
    from ethics_toolkit.register.demo.seed import seed_demo

    # The demo is fictional and seeded as `ethics-toolkit demo` seeds it: the same register
    # whichever way it came in (its entries name their fictional authors), no name asked.
    return seed_demo(state.store())


def enum_select(
    label: str,
    enum: type[Any],
    *,
    value: Any,
    key: str,
    prefix: str | None = None,
    required_choice: bool = False,
    **kwargs: Any,
) -> Any:
    """A selectbox over a ``StrEnum`` with the label registry's names (as in the PDF and CLI).

    ``required_choice`` starts empty, for choices nobody should make by default (a sign-off).
    """
    options = list(enum)
    default = None if required_choice else 0
    kwargs.setdefault("placeholder", t("choose_option"))
    return st.selectbox(
        label,
        options,
        index=options.index(value) if value in options else default,
        format_func=state.labeller(enum),
        key=key,
        **kwargs,
    )


def date_field(label: str, value: date | None, *, key: str, help: str | None = None) -> str:
    """A date typed as year-month-day; read it with :func:`read_date` when the form is saved.

    Not ``st.date_input``: its calendar shows English month and day names and its empty box the
    mask "YYYY/MM/DD", and Streamlit offers no way to set either. An ISO date is how Swedish
    offices write dates anyway.
    """
    return st.text_input(
        label,
        value=value.isoformat() if value else "",
        key=key,
        placeholder=t("date_placeholder"),
        help=help or t("date_help"),
    )


def read_date(raw: str | None, label: str) -> date | None:
    """The date typed in a :func:`date_field` (empty: none); a clear message when it is none."""
    text = (raw or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text.replace("/", "-").replace(".", "-"))
    except ValueError:
        raise UserFacingError.of(DATE_INVALID, field=label, value=text) from None


def risk_class_label(risk_class: str) -> str:
    return labels.risk_class_label(risk_class, state.lang())


def risk_class_badge(risk_class: str) -> str:
    """Markdown: a coloured badge with the AI Act class."""
    colour = RISK_CLASS_COLOURS.get(risk_class, "gray")
    return f":{colour}-badge[{risk_class_label(risk_class)}]"


def level_summary(risks: RiskStatements) -> str:
    """Plain text for a table cell: ``2 hög, 1 medel``: unresolved risks (open or in treatment)
    per level, counted by the tool's statements as every output counts them (issue 21 §1)."""
    counts = risks.level_counts()
    lang = state.lang()
    parts = [
        f"{format_int(counts[level], lang)} {labels.level_label(level, lang).lower()}"
        for level in LEVELS
        if counts[level]
    ]
    return ", ".join(parts) or t("no_open_risks")


def explain(key: str) -> None:
    """A beginner's explanation of a figure (``i18n/prose/<lang>/explain_<key>.md``), folded."""
    lang = state.lang()
    with st.expander(prose.title(f"explain_{key}", lang), icon=":material/lightbulb:"):
        st.markdown(prose.body(f"explain_{key}", lang))


def analysis_block(result: AuditResult, analysis: Analysis) -> None:
    """One analysis: summary, chart, table, notes, findings (the shared presentation, exact)."""
    lang = state.lang()
    view = presentation.analysis_view(result, analysis, lang)
    if view.summary:
        st.info(md(view.summary))
    st.altair_chart(
        charts.selection_rate_chart(analysis, lang, rate_kind=result.rate_kind, result=result),
        width="stretch",
        alt=t("chart_alt", attributes=view.attributes),
    )
    st.caption(t("chart_caption"))
    table = charts.group_table(analysis, lang, result=result)
    st.dataframe(table, hide_index=True, width="stretch", placeholder=t("empty_cell"))
    st.caption(md(" · ".join(view.notes)))
    rows = {row.finding: row for row in view.rows if row.finding}
    if view.findings:
        st.markdown(f"**{t('findings_title')}**")
        for finding in view.findings:
            row = rows.get(finding)
            by_verdict = (  # issue 10: icon and colour by verdict
                validity.VERDICT_MARKERS.get(row.verdict)
                if row is not None and not row.ratio_hidden
                else None
            )
            mark = (
                marker(*by_verdict)
                if by_verdict
                else marker("red", "error")
                if row is not None and row.adverse
                else marker("gray" if row is not None and row.small else "blue", "info")
            )
            st.markdown(f"{mark} {md(finding)}")
    validity.stratified_view(result, analysis)


def audit_result_view(result: AuditResult) -> None:
    """All analyses of a result in tabs, plus the beginner's explanations."""
    from ethics_toolkit.engine.presentation.judgement import caution, judgement

    verdict = presentation.overall_verdict(result, state.lang())
    if judgement(result) == "too_little":  # a caution instead of the full alarm (issue 9)
        st.info(caution(result).get(state.lang()), icon=":material/hourglass_empty:")
    elif validity.verdict_banner(result):  # issue 10: significant, warning, too little data
        pass
    elif result.adverse_impact_found:  # a result without verdicts (saved before issue 10)
        st.warning(verdict, icon=":material/report:")
    else:
        st.success(verdict, icon=":material/task_alt:")
    from ethics_toolkit.ui import process_view  # issue 11: oversight, funnel, proxies

    tabs = st.tabs(
        [md(presentation.attributes_label(a.attributes, result.spec)) for a in result.analyses]
    )
    for tab, analysis in zip(tabs, result.analyses, strict=True):
        with tab:
            analysis_block(result, analysis)
            process_view.analysis_process(result, analysis)
    process_view.features_block(result)
    st.markdown(f"#### {t('explain_heading')}")
    left, right = st.columns(2)
    with left:
        for key in ("selection_rate", "interval", "impact_ratio", "four_fifths", "p_value"):
            explain(key)
        explain("verdict")
    with right:
        for key in ("shortfall", "small_group", "intersection", "unknown", "tpr"):
            explain(key)
        explain("strata")


def heat_maps(risks: list[Risk]) -> None:
    lang = state.lang()
    left, right = st.columns(2)
    with left:
        st.markdown(f"**{t('heat_inherent')}**")
        st.altair_chart(charts.heat_map(risks, lang), width="content")
    with right:
        st.markdown(f"**{t('heat_residual')}**")
        st.altair_chart(charts.heat_map(risks, lang, residual=True), width="content")
        # Issue 13: risks without after-scores are counted here, never silently left out.
        missing = sum(r.residual_score is None for r in risks)
        if missing:
            st.caption(t("heat_not_assessed", n=missing, count=len(risks)))
        elif risks:
            st.caption(t("heat_all_assessed", count=len(risks)))
    explain("heat_map")
