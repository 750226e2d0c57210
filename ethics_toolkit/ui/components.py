"""Widgets shared by the pages: sidebar, errors, tool picker, audit results, risk heat map.

Each function renders one calm, self-explaining block; the figures come from the library's models.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import streamlit as st
from pydantic import ValidationError

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n import LANGS, format_int
from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.ui import charts, state
from ethics_toolkit.ui.escape import md
from ethics_toolkit.ui.state import t

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import Analysis, AuditResult
    from ethics_toolkit.register.models import AITool, Risk

T = TypeVar("T")

LANG_LABELS = {"sv": "Svenska", "en": "English"}
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


def auth_gate() -> None:
    """Require OIDC sign-in (``st.login``) when ``[auth]`` is configured; else ask for a name.

    The name (signed-in or typed) is recorded as the actor of every change in the register.
    """
    if state.auth_configured():
        if not getattr(st.user, "is_logged_in", False):  # absent until the auth flow ran
            st.title(t("app_title"))
            st.info(t("auth_required"))
            st.button(t("auth_login"), on_click=st.login, type="primary")
            st.stop()
        st.sidebar.caption(t("auth_signed_in_as", name=md(state.actor())))
        st.sidebar.button(t("auth_logout"), on_click=st.logout)
        return
    st.session_state.setdefault(state.ACTOR_KEY, state.DEFAULT_ACTOR)
    st.sidebar.text_input(t("actor_label"), key=state.ACTOR_KEY, help=t("actor_help"))


def show_error(error: Exception) -> None:
    """A user-fixable problem in the user's language; anything else stays a short generic note."""
    if isinstance(error, UserFacingError):
        # Messages quote what the user typed or uploaded: shown as text, never as Markdown.
        st.error(md(error.message(state.lang())), icon=":material/error:")
    elif isinstance(error, ValidationError):
        fields = ", ".join(".".join(str(p) for p in e["loc"]) or "?" for e in error.errors())
        st.error(t("validation_error", fields=md(fields)), icon=":material/error:")
    else:
        raise error


def guarded(action: Callable[[], T]) -> T | None:
    """Run a library call; show its user-facing or validation problem instead of a traceback."""
    try:
        return action()
    except (UserFacingError, ValidationError) as error:
        show_error(error)
        return None


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
    if not tools:
        if offer_demo:
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
        t("tool_picker"), names, key=TOOL_PICKER_KEY, on_change=_remember_tool, format_func=shown
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
                st.rerun()
        right.page_link(
            "ethics_toolkit/ui/screens/tool_profile.py",
            label=t("demo_or_create"),
            icon=":material/add:",
        )


def _seed_demo() -> AITool:
    from ethics_toolkit.register.demo import seed_demo

    return seed_demo(state.store(), actor=state.actor())


def enum_select(
    label: str,
    enum: type[Any],
    *,
    value: Any,
    key: str,
    prefix: str,
    required_choice: bool = False,
    **kwargs: Any,
) -> Any:
    """A selectbox over a ``StrEnum`` with translated labels ``<prefix>_<value>``.

    ``required_choice`` starts empty, for choices nobody should make by default (a sign-off).
    """
    options = list(enum)
    default = None if required_choice else 0
    return st.selectbox(
        label,
        options,
        index=options.index(value) if value in options else default,
        format_func=state.labeller(prefix),
        key=key,
        **kwargs,
    )


def marker(colour: str | None, icon: str = "fiber_manual_record") -> str:
    """A coloured Material icon for Markdown (emoji need fonts many servers lack)."""
    return f":{colour or 'gray'}[:material/{icon}:]"


def risk_class_label(risk_class: str) -> str:
    return t("risk_class_" + risk_class)


def risk_class_badge(risk_class: str) -> str:
    """Markdown: a coloured badge with the AI Act class."""
    colour = RISK_CLASS_COLOURS.get(risk_class, "gray")
    return f":{colour}-badge[{risk_class_label(risk_class)}]"


def level_counts(risks: list[Risk]) -> Counter[str]:
    """Open risks (not closed) per level; closed risks need no attention."""
    return Counter(str(r.level) for r in risks if str(r.status) != "closed")


def level_summary(risks: list[Risk]) -> str:
    """Plain text for a table cell: ``2 hög, 1 medel``."""
    counts = level_counts(risks)
    parts = [f"{counts[level]} {t('level_' + level).lower()}" for level in LEVELS if counts[level]]
    return ", ".join(parts) or t("no_open_risks")


def explain(key: str) -> None:
    """A beginner's explanation of a figure, folded away until asked for."""
    with st.expander(t(f"explain_{key}_title"), icon=":material/lightbulb:"):
        st.markdown(t(f"explain_{key}_body"))


def analysis_block(analysis: Analysis, *, rate_kind: str = "selection") -> None:
    """One analysis: summary, chart, table, findings, with an explanation of each figure."""
    lang = state.lang()
    if analysis.summary:
        st.info(md(analysis.summary.get(lang)))
    st.altair_chart(
        charts.selection_rate_chart(analysis, lang, rate_kind=rate_kind),
        width="stretch",
        alt=t("chart_alt", attributes=" × ".join(analysis.attributes)),
    )
    st.caption(t("chart_caption"))
    st.dataframe(
        charts.group_table(analysis, lang, rate_kind=rate_kind), hide_index=True, width="stretch"
    )
    facts = [t("analysis_analysed", n=format_int(analysis.n_analysed, lang))]
    if analysis.unknown:
        facts.append(t("analysis_unknown", n=format_int(analysis.unknown, lang)))
    if analysis.reference_group:
        reference = " × ".join(analysis.reference_group.values())
        facts.append(t("analysis_reference", group=md(reference)))
    st.caption(" · ".join(facts))
    findings = [g.finding.get(lang) for g in analysis.groups if g.finding]
    if findings:
        st.markdown(f"**{t('findings_title')}**")
        for text, group in zip(findings, [g for g in analysis.groups if g.finding], strict=True):
            mark = (
                marker("red", "error")
                if group.adverse_impact
                else marker("gray" if group.small_group else "blue", "info")
            )
            st.markdown(f"{mark} {md(text)}")


def audit_result_view(result: AuditResult) -> None:
    """All analyses of a result in tabs, plus the beginner's explanations."""
    if result.adverse_impact_found:
        st.warning(t("audit_adverse_found"), icon=":material/report:")
    else:
        st.success(t("audit_no_adverse"), icon=":material/task_alt:")
    tabs = st.tabs([md(" × ".join(a.attributes)) for a in result.analyses])
    for tab, analysis in zip(tabs, result.analyses, strict=True):
        with tab:
            analysis_block(analysis, rate_kind=result.rate_kind)
    st.markdown(f"#### {t('explain_heading')}")
    left, right = st.columns(2)
    with left:
        for key in ("selection_rate", "interval", "impact_ratio", "four_fifths", "p_value"):
            explain(key)
    with right:
        for key in ("shortfall", "small_group", "intersection", "unknown", "tpr"):
            explain(key)


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
            st.caption(t("heat_not_assessed", n=missing, total=len(risks)))
        elif risks:
            st.caption(t("heat_all_assessed", total=len(risks)))
    explain("heat_map")
