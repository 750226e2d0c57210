"""Issue 13 §6: no stored audit run or export describes fewer than 5 people in a cell.

The observed problem: a saved run kept the cell Non-binary x Europe x 60+ (one person, with the
selection and the ground truth). The result here is built by hand so every figure is known.
"""

from __future__ import annotations

import pytest

from ethics_toolkit.engine.models import (
    Analysis,
    AuditResult,
    FunnelGroup,
    FunnelStep,
    GroupResult,
    Oversight,
    OversightGroup,
    Period,
    Stratified,
    StratumGroup,
)
from ethics_toolkit.engine.spec import AuditSpec, Cell
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.storage.privacy import protect
from ethics_toolkit.register.storage.store import Store
from tests.register.factories import ACTOR, cv_screening

ONE_PERSON = {"gender": "Non-binary", "background": "Europe", "age": "60+"}


def _group(values: dict[str, str], n: int, selected: int, **extra: object) -> GroupResult:
    rate = selected / n
    return GroupResult(
        values=values,
        n=n,
        selected=selected,
        selection_rate=rate,
        ci_low=rate / 2,
        ci_high=min(1.0, rate * 1.5),
        impact_ratio=extra.pop("impact_ratio", 1.0),
        impact_ratio_ci=(0.5, 1.5),
        adverse_impact=False,
        p_value=0.5,
        shortfall=0,
        small_group=n < 10,
        finding=Bilingual(sv="text", en="text"),
        **extra,
    )


def _analysis(reference_small: bool = False) -> Analysis:
    man, woman = {"gender": "Man"}, {"gender": "Woman"}
    small = {"gender": "Non-binary"}
    return Analysis(
        attributes=["gender"],
        reference_group=small if reference_small else man,
        unknown=2,
        n_analysed=41,
        groups=[
            _group(man, 20, 10, is_reference=not reference_small),
            _group(woman, 20, 6, impact_ratio=0.6),
            _group(small, 1, 1, is_reference=reference_small),
        ],
        demographic_parity_difference=0.7,
        demographic_parity_ratio=0.3,
        summary=Bilingual(sv="sammanfattning", en="summary"),
        stratified=Stratified(
            column="job",
            strata=2,
            unknown_strata_rows=0,
            groups=[
                StratumGroup(
                    values=woman,
                    strata_used=2,
                    mh_odds_ratio=0.8,
                    mh_odds_ratio_ci=(0.5, 1.2),
                    cmh_p_value=0.4,
                    breslow_day_p_value=0.9,
                    pooled_direction_reversed=False,
                ),
                StratumGroup(
                    values=small,
                    strata_used=1,
                    mh_odds_ratio=3.0,
                    mh_odds_ratio_ci=None,
                    cmh_p_value=None,
                    breslow_day_p_value=None,
                    pooled_direction_reversed=False,
                ),
            ],
        ),
        oversight=Oversight(
            agreement=0.9,
            overridden_to_yes=2,
            overridden_to_no=2,
            n=41,
            groups=[
                OversightGroup(
                    values=man,
                    n=20,
                    ai_selected=9,
                    ai_rate=0.45,
                    final_selected=10,
                    final_rate=0.5,
                    agreement=0.9,
                    overridden_to_yes=1,
                    overridden_to_no=0,
                    ai_impact_ratio=1.0,
                    final_impact_ratio=1.0,
                ),
                OversightGroup(
                    values=small,
                    n=1,
                    ai_selected=0,
                    ai_rate=0.0,
                    final_selected=1,
                    final_rate=1.0,
                    agreement=0.0,
                    overridden_to_yes=1,
                    overridden_to_no=0,
                    ai_impact_ratio=0.0,
                    final_impact_ratio=2.0,
                ),
            ],
        ),
        funnel=[
            FunnelStep(
                stage="interview",
                reference_group=man,
                groups=[
                    FunnelGroup(
                        values=man,
                        entered=20,
                        passed=12,
                        pass_rate=0.6,
                        impact_ratio=1.0,
                        adverse_impact=False,
                        p_value=None,
                    ),
                    FunnelGroup(
                        values=woman,
                        entered=4,
                        passed=1,
                        pass_rate=0.25,
                        impact_ratio=0.42,
                        adverse_impact=True,
                        p_value=0.3,
                    ),
                ],
            )
        ],
    )


def _result(reference_small: bool = False) -> AuditResult:
    cells = [
        Cell(values={"gender": "Man"}, selected=True, truth=True, count=10),
        Cell(values={"gender": "Man"}, selected=False, truth=False, count=10),
        Cell(values={"gender": "Woman"}, selected=True, truth=True, count=6),
        Cell(values={"gender": "Woman"}, selected=False, truth=True, count=14),
        Cell(values=ONE_PERSON, selected=True, truth=True, count=1),
        Cell(values={"gender": None}, selected=False, truth=False, count=2),
    ]
    analysis = _analysis(reference_small)
    return AuditResult(
        n_rows=43,
        spec=AuditSpec(outcome="decision", positive="yes", sensitive=["gender"]),
        cells=cells,
        analyses=[analysis],
        periods=[Period(period="2026Q1", n_rows=43, analyses=[analysis])],
    )


def test_cells_are_kept_only_where_they_are_a_stored_figure() -> None:
    """The one person and the 2 unknown are gone; so are the women, whose group goes with the
    one-person group (below): of the cells only the men's remain, summed over the ground truth
    the audit did not analyse."""
    protected = protect(_result())
    assert [(c.values, c.selected, c.count) for c in protected.result.cells] == [
        ({"gender": "Man"}, True, 10),
        ({"gender": "Man"}, False, 10),
    ]
    assert protected.withheld_rows == 23 and 20 + protected.withheld_rows == 43
    assert not any(c.values == ONE_PERSON for c in protected.result.cells)


def test_group_figures_under_five_are_withheld_in_every_section() -> None:
    protected = protect(_result())
    for analysis in (protected.result.analyses[0], protected.result.periods[0].analyses[0]):
        # 43 rows, 2 unknown, men 20, women 20: the non-binary group has 43 - 2 - 20 - 20 = 1
        # applicant, and a summary that counts no hidden group below four-fifths says its rate
        # is at least 4/5 of the men's 50 %: its one person was selected. Complementary
        # suppression takes the women (not the reference group) along.
        assert [g.values["gender"] for g in analysis.groups] == ["Man"]
        # Groups that remain keep their exact figures.
        assert [(g.n, g.selected) for g in analysis.groups] == [(20, 10)]
        # The stratified comparison follows the groups (it has no size of its own).
        assert analysis.stratified.groups == []
        assert [g.values["gender"] for g in analysis.oversight.groups] == ["Man"]
        # A funnel stage entered by 4 women describes 4 people: withheld.
        assert [g.values["gender"] for g in analysis.funnel[0].groups] == ["Man"]
        # max - min of rates would give the withheld group's rate back: cleared.
        assert analysis.demographic_parity_difference is None
        assert analysis.demographic_parity_ratio is None
        assert analysis.summary is not None and analysis.unknown == 2
    # Per analysis: 2 groups, their 2 stratum rows, the small oversight row, the women's stage.
    assert protected.withheld_groups == 2 * 6


def test_a_withheld_reference_group_takes_the_ratios_to_it_along() -> None:
    analysis = protect(_result(reference_small=True)).result.analyses[0]
    assert [g.values["gender"] for g in analysis.groups] == ["Man", "Woman"]
    # ratio x a shown rate would reveal the reference's rate; the texts quote it.
    assert all(g.impact_ratio is None and g.impact_ratio_ci is None for g in analysis.groups)
    assert all(g.finding is None for g in analysis.groups) and analysis.summary is None
    assert [(g.n, g.selection_rate) for g in analysis.groups] == [(20, 0.5), (20, 0.3)]


def test_protect_is_idempotent_and_leaves_large_results_alone() -> None:
    once = protect(_result()).result
    again = protect(once)
    assert again.result == once and (again.withheld_rows, again.withheld_groups) == (0, 0)


@pytest.mark.parametrize("exact", [False, True])
def test_saving_and_exporting_withhold_unless_kept_exact(store: Store, exact: bool) -> None:
    tool = store.save_tool(cv_screening(), actor=ACTOR)
    assert tool.id is not None
    run = store.save_audit_run(tool.id, _result(), actor=ACTOR, keep_exact_small_cells=exact)
    (stored,) = store.audit_runs(tool.id)
    assert stored == run and stored.exact_small_cells is exact
    exported = store.export_json()["tools"][0]["audits"][0]
    one_person = [c for c in exported["result"]["cells"] if c["values"] == ONE_PERSON]
    if exact:  # the user's explicit choice for this one audit, recorded on the run
        assert stored.result == _result() and len(one_person) == 1
        assert exported["exact_small_cells"] is True and stored.withheld_rows == 0
    else:
        assert stored.result == protect(_result()).result and one_person == []
        assert (stored.withheld_rows, stored.withheld_groups) == (23, 12)
        assert exported["withheld_rows"] == 23
    assert store.history(tool.id)[-1].changes["exact_small_cells"] == [None, True] or not exact


def test_a_withheld_reference_group_takes_its_warnings_along() -> None:
    """Issue 20: a small reference's warning quotes its size; withheld with the group."""
    from ethics_toolkit.engine.models import ReferenceWarning

    warning = ReferenceWarning(
        code="REFERENCE_SMALL",
        message=Bilingual(sv="Referensgruppen är liten (4 av 40).", en="It is small (4 of 40)."),
        alternative={"gender": "Man"},
    )
    result = _result(reference_small=True)
    analyses = [a.model_copy(update={"reference_warnings": [warning]}) for a in result.analyses]
    protected = protect(result.model_copy(update={"analyses": analyses})).result
    assert protected.analyses[0].reference_warnings == []
    large = [a.model_copy(update={"reference_warnings": [warning]}) for a in _result().analyses]
    kept = protect(_result().model_copy(update={"analyses": large})).result
    assert kept.analyses[0].reference_warnings == [warning]
