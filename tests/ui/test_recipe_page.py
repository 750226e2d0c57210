"""Issue 20 in the app (AppTest, fast): the ATS exports of ``tests/engine/recipe/exports.py`` from
upload to the saved audit with its recipe; the next quarter through the tool's recipe (a note with
the built-in map, exactly one question with HR's own grouping); values grouped by picking them;
an uploaded recipe; uncertain polarity asked; the form, recipe and result kept across pages;
proposals dismissed with a reason; checklist answers kept as drafts.

Figures are summed from the table in ``exports.py``'s docstring (the library tests hold them):
quarter 1 against Man (99/220): Kvinna 70/200, ratio 7/9 = 0,78; regions against Sverige
(109/230): Utanför Europa 50/150 = 0,70, Europa utom Sverige 45/100 = 0,95; quarter 2 adds
Eritrea (Kvinna 6 of whom 1 selected, Man 6 of whom 2): Utanför Europa 53/162 = 0,69.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ethics_toolkit.engine.reading.groupings import read_grouping
from ethics_toolkit.engine.recipe.recipe import GroupColumn, Recipe, YesNo
from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.register.domain.history import describe
from ethics_toolkit.register.storage.messages import REASON_NEEDED
from ethics_toolkit.register.storage.store import Store
from ethics_toolkit.ui import audit_groups_view, audit_recipe_view, state
from ethics_toolkit.ui.escape import md
from tests.conftest import PROJECT_ROOT
from tests.engine.recipe.exports import GROUPING_FILE, q1_rows, q2_rows, workbook
from tests.register.factories import cv_screening
from tests.ui.test_swedish import problems

SCREENS = "ethics_toolkit/ui/screens"
TIMEOUT = 180
TOOL = "TalangPortalen"
OWN, UNKNOWN = audit_groups_view.OWN, audit_groups_view.UNKNOWN
Q1, Q2 = workbook(q1_rows(), 1), workbook(q2_rows(), 2)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    url = f"sqlite:///{tmp_path / 'register.db'}"
    opened = Store.open(url)
    opened.save_tool(cv_screening(name=TOOL), actor="Maria Lind")
    monkeypatch.setenv(state.DB_ENV, url)
    return opened


def _app(page: str = "bias_audit", lang: str = "sv") -> AppTest:
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=TIMEOUT)
    at.session_state[state.LANG_KEY] = lang
    at.run()
    return _go(at, page)


def _go(at: AppTest, page: str) -> AppTest:
    at.switch_page(f"{SCREENS}/{page}.py").run()
    assert not at.exception, at.exception
    return at


def _upload(at: AppTest, data: bytes, name: str) -> AppTest:
    at.session_state[state.UPLOAD_BYTES_KEY] = data
    at.session_state[state.UPLOAD_NAME_KEY] = name
    at.run()
    assert not at.exception, at.exception
    return at


def _choice(at: AppTest, kind: str, key: str):
    lang = at.session_state[state.LANG_KEY]
    generation = at.session_state.get(f"{key}#generation", 0)
    return getattr(at, kind)(key=f"{key}@{lang}#{generation}")


def _answer(at: AppTest, column: str, value: str, answer: str) -> AppTest:
    _choice(at, "selectbox", f"grp_answer:{column}:{value}").set_value(answer).run()
    assert not at.exception, at.exception
    return at


def _asked(at: AppTest) -> list[str]:
    """The keys of the questions' answer boxes under "Questions for you"."""
    return sorted(
        b.key.split("@")[0] for b in at.selectbox if b.key and b.key.startswith("grp_answer:")
    )


def _texts(at: AppTest) -> str:
    kinds = ("markdown", "caption", "info", "success", "warning", "error")
    return "\n".join(str(e.value) for kind in kinds for e in getattr(at, kind))


def _ratios(at: AppTest) -> dict[str, str]:
    """Group -> impact ratio of the result tables on screen ("Kvot")."""
    found = {}
    for frame in at.dataframe:
        table = frame.value
        if "Urvalsandel" in table.columns and "Kvot" in table.columns:
            found.update(dict(zip(table["Grupp"], table["Kvot"], strict=True)))
    return found


def _run(at: AppTest) -> AppTest:
    at.button(key="run_audit").click().run()
    assert not at.exception, at.exception
    return at


def _groups(result, analysis: int) -> dict[str, tuple[int, int]]:
    return {
        "/".join(g.values.values()): (g.n, g.selected) for g in result.analyses[analysis].groups
    }


def test_the_ats_export_to_the_saved_audit_and_the_next_quarter_by_the_built_in_map(
    store: Store,
) -> None:
    at = _upload(_app(), Q1, "ats_q1.xlsx")
    # The sheet by content, said as such; every guess with its rows per value.
    assert _choice(at, "selectbox", "read_sheet").value == "auto"
    texts = _texts(at)
    assert md("Kandidater: 480 rader; Info hoppades över: 2 rader text") in texts
    assert (
        md("Man 220 · Kvinna 200 · Annat/vill ej uppge 30 · Vill ej uppge 20 · (tomt) 10") in texts
    )
    assert md("Ej rekommenderad 271 · Rekommenderad 209") in texts
    # Polarity from the words, never the first value ("Ej rekommenderad" comes first).
    key = "process_recommendation_positive:AI-rekommendation"
    assert _choice(at, "selectbox", key).value == "Rekommenderad"
    assert at.session_state["grp_builtin:Födelseland"] is True  # countries -> regions offered
    assert at.session_state["grp_unknown:Kön"] == ["Vill ej uppge"]
    # "Annat/vill ej uppge" is asked, and the audit waits for the answer.
    assert _asked(at) == ["grp_answer:Kön:Annat/vill ej uppge"]
    assert problems(at) == []  # Swedish throughout, Streamlit's own texts included
    _run(at)
    assert [e.value for e in at.error] == [
        ui_text("map_need_answers", "sv", values=md("'Annat/vill ej uppge'"))
    ]
    assert state.AUDIT_SPEC_KEY not in at.session_state
    _answer(at, "Kön", "Annat/vill ej uppge", OWN)
    _run(at)
    # Its 60 % make it the reference: warned, with the better reference one click away.
    assert _ratios(at)["Kvinna"] == "0,58"
    at.button(key="use_reference_0_REFERENCE_OTHER").click().run()
    assert at.session_state["grp_reference:Kön"] == "Man"
    ratios = _ratios(at)
    assert (ratios["Kvinna"], ratios["Annat/vill ej uppge"]) == ("0,78", "1,33")  # 7/9, 4/3
    assert (ratios["Utanför Europa"], ratios["Europa utom Sverige"]) == ("0,70", "0,95")
    assert not [b for b in at.button if b.key and b.key.startswith("use_reference_0")]
    at.button(key="save_audit").click().run()
    assert ui_text("rcp_saved", "sv", version=1) in _texts(at)
    assert problems(at) == []
    tool = store.get_tool(TOOL)
    (run,) = store.audit_runs(tool.id)
    assert _groups(run.result, 0)["Kvinna"] == (200, 70)
    assert _groups(run.result, 1) == {
        "Sverige": (230, 109), "Europa utom Sverige": (100, 45), "Utanför Europa": (150, 50),
    }  # fmt: skip
    (saved,) = store.recipes(tool.id)
    gender, country = saved.recipe.groups
    assert (gender.reference, gender.unknown, country.regroup) == (
        "Man",
        ["Vill ej uppge"],
        "region",
    )
    assert "Annat/vill ej uppge" in gender.seen and saved.recipe.sheet == "Kandidater"
    assert saved.recipe.recommendation == YesNo(
        column="AI-rekommendation", selected=["Rekommenderad"], not_selected=["Ej rekommenderad"]
    )
    assert saved.recipe.period is not None and saved.recipe.stratify == "Tjänst"

    # The next quarter through the tool's recipe: one new country, grouped by the built-in map.
    _upload(at, Q2, "ats_q2.xlsx")
    texts = _texts(at)
    assert "Receptet för TalangPortalen används (version 1, sparat " in texts
    note = (
        "Nytt värde 'Eritrea' i 'Födelseland' (12 rader) → Utanför Europa enligt den inbyggda "
        "indelningen."
    )
    assert md(note) in texts
    assert _asked(at) == []  # nothing to answer
    _run(at)
    assert _ratios(at)["Utanför Europa"] == "0,69"  # 53/162 against 109/230
    at.button(key="save_audit").click().run()
    assert ui_text("rcp_saved", "sv", version=2) in _texts(at)
    second = store.audit_runs(tool.id)[1]
    assert _groups(second.result, 1)["Utanför Europa"] == (162, 53)
    assert "Eritrea" in store.latest_recipe(tool.id).recipe.group("Födelseland").seen
    lines = [describe(e, "sv") for e in store.history(tool.id) if e.entity == "recipe"]
    assert lines == [
        "Sparade granskningsreceptet, version 1: blad, beslut, grupper, rekommendation, period, "
        "jämförelse inom",
        "Sparade granskningsreceptet, version 2: grupper",
    ]


def _own_grouping_recipe() -> Recipe:
    """Quarter 1's recipe with HR's own grouping file, as the app saves it."""
    return Recipe(
        sheet="Kandidater",
        decision=YesNo(column="Beslut", selected=["Ja"], not_selected=["Nej"]),
        groups=[
            GroupColumn(
                column="Kön",
                reference="Man",
                unknown=["Vill ej uppge"],
                seen=["Man", "Kvinna", "Annat/vill ej uppge", "Vill ej uppge"],
            ),
            GroupColumn(
                column="Födelseland",
                groups=read_grouping(GROUPING_FILE.encode()),
                grouping_file="grupper.csv",
                seen=list(dict.fromkeys(r[2] for r in q1_rows())),
            ),
        ],
    )


def test_reuse_with_your_own_grouping_asks_exactly_one_question(store: Store) -> None:
    tool = store.get_tool(TOOL)
    store.save_recipe(tool.id, _own_grouping_recipe(), actor="Maria Lind")
    at = _upload(_app(), Q2, "ats_q2.xlsx")
    assert _asked(at) == ["grp_answer:Födelseland:Eritrea"]
    question = (
        "Nytt värde 'Eritrea' i 'Födelseland' (12 rader) finns inte i din gruppering: ge det en "
        "grupp, eller räkna det som okänt."
    )
    assert md(question) in _texts(at)
    assert ui_text("rcp_new_questions", "sv", count=1) not in _texts(at)  # no note box for it
    # The answer offers the grouping's groups, a group of its own, or unknown.
    options = _choice(at, "selectbox", "grp_answer:Födelseland:Eritrea").options
    assert options[:3] == ["Sverige", "Utanför Europa", "Europa utom Sverige"]
    assert len(options) == 5
    _run(at)
    assert at.error and state.AUDIT_SPEC_KEY not in at.session_state  # never silently unknown
    _answer(at, "Födelseland", "Eritrea", "Utanför Europa")
    _run(at)
    assert not at.error
    assert _ratios(at)["Utanför Europa"] == "0,69"
    at.button(key="save_audit").click().run()
    latest = store.latest_recipe(tool.id)
    assert latest.version == 2
    assert latest.recipe.group("Födelseland").groups["Eritrea"] == "Utanför Europa"
    assert latest.recipe.group("Födelseland").grouping_file == "grupper.csv"


def test_values_are_grouped_by_picking_them_and_naming_the_group(store: Store) -> None:
    at = _upload(_app(), Q1, "ats_q1.xlsx")
    _answer(at, "Kön", "Annat/vill ej uppge", UNKNOWN)
    _choice(at, "checkbox", "grp_builtin:Födelseland").uncheck().run()
    # Without a grouping every country stays a group of its own; no question.
    assert _asked(at) == ["grp_answer:Kön:Annat/vill ej uppge"]
    for name, values in (
        ("Norden", ["Sverige"]),
        ("Europa", ["Polen", "Grekland", "Bosnien-Hercegovina", "Storbritannien"]),
    ):
        at.multiselect(key="grp_new_values_Födelseland").set_value(values)
        at.text_input(key="grp_new_name_Födelseland").set_value(name)
        at.button(key="FormSubmitter:grp_new_Födelseland-Skapa gruppen").click().run()
        assert not at.exception, at.exception
    assert at.session_state["grp_groups:Födelseland"]["Polen"] == "Europa"
    # A grouping that leaves values out asks about each of them: never silently unknown.
    asked = [k for k in _asked(at) if "Födelseland" in k]
    assert asked == sorted(
        f"grp_answer:Födelseland:{v}" for v in ("Syrien", "Irak", "Somalia", "Iran")
    )
    for value in ("Syrien", "Irak", "Somalia", "Iran"):
        _answer(at, "Födelseland", value, UNKNOWN if value == "Iran" else OWN)
    _run(at)
    assert not at.error, [e.value for e in at.error]
    ratios = _ratios(at)
    assert ratios["Kvinna"] == "0,78"  # Annat/vill ej uppge unknown: Man is the highest rate
    assert {"Norden", "Europa", "Syrien", "Irak", "Somalia"} <= set(ratios)
    assert "Iran" not in ratios
    # A group can be removed again: its values are asked about once more.
    at.button(key="grp_remove_Födelseland_0").click().run()
    assert "grp_answer:Födelseland:Sverige" in _asked(at)


def test_an_uploaded_recipe_fills_the_form(store: Store) -> None:
    at = _app()
    at.session_state[audit_recipe_view.FILE_KEY] = (
        "recept.yaml",
        _own_grouping_recipe().model_dump_json(),
    )
    _upload(at, Q1, "ats_q1.xlsx")
    assert ui_text("rcp_from_file", "sv", name=md("recept.yaml")) in _texts(at)
    assert at.session_state["grp_reference:Kön"] == "Man"
    assert at.session_state["grp_builtin:Födelseland"] is False
    assert at.session_state["grp_file:Födelseland"] == "grupper.csv"
    assert _asked(at) == []  # quarter 1 is the recipe's own export: nothing new
    assert ui_text("rcp_nothing_new", "sv") in [s.value for s in at.success]
    _run(at)
    assert _ratios(at)["Kvinna"] == "0,78"


def test_uncertain_polarity_is_asked_never_the_first_value(store: Store) -> None:
    rows = ["Kön,AI-förslag,Beslut"] + [
        f"{sex},{ai},{d}" for sex in ("Kvinna", "Man") for ai, d in (("Grön", "Ja"), ("Röd", "Nej"))
    ] * 10
    at = _upload(_app(), "\n".join(rows).encode(), "farger.csv")
    key = "process_recommendation_positive:AI-förslag"
    assert _choice(at, "selectbox", key).value is None
    _run(at)
    assert [e.value for e in at.error] == [
        ui_text("map_need_recommendation", "sv", column=md("AI-förslag"))
    ]
    _choice(at, "selectbox", key).set_value("Grön").run()
    _run(at)
    assert not at.error


def test_a_column_of_too_many_values_is_not_listed_value_by_value(store: Store) -> None:
    """An identifier picked as a group column: said as such, not a table of 400 values."""
    rows = ["Kandidat,Kön,Beslut"] + [
        f"K{i:04d},{'Kvinna' if i % 2 else 'Man'},{'Ja' if i % 3 else 'Nej'}" for i in range(400)
    ]
    at = _upload(_app(), "\n".join(rows).encode(), "kandidater.csv")
    at.multiselect(key="map_sensitive").set_value(["Kön", "Kandidat"]).run()
    assert not at.exception, at.exception
    too_many = ui_text("grp_too_many", "sv", n=400)
    assert [w.value for w in at.warning if w.value == too_many] == [too_many]
    assert audit_groups_view.MAX_SHOWN_VALUES < 400
    listed = [m.key for m in at.multiselect if m.key and m.key.startswith("grp_unknown:")]
    assert listed == ["grp_unknown:Kön@sv#0"]  # Kandidat's 400 values are not offered to pick


def test_the_form_recipe_and_result_survive_other_pages(store: Store) -> None:
    at = _upload(_app(), Q1, "ats_q1.xlsx")
    _answer(at, "Kön", "Annat/vill ej uppge", UNKNOWN)
    _choice(at, "selectbox", "grp_reference:Födelseland").set_value("Sverige").run()
    at.multiselect(key="map_sensitive").set_value(["Kön", "Födelseland"]).run()
    _run(at)
    assert _ratios(at)["Kvinna"] == "0,78"
    for page in ("risks", "checklists", "overview"):
        _go(at, page)
    _go(at, "bias_audit")
    assert _ratios(at)["Kvinna"] == "0,78"  # the result is still there
    assert ui_text("audit_stale", "sv") not in [i.value for i in at.info]
    assert at.selectbox(key="map_outcome").value == "Beslut"
    assert at.multiselect(key="map_sensitive").value == ["Kön", "Födelseland"]
    assert _choice(at, "selectbox", "grp_answer:Kön:Annat/vill ej uppge").value == UNKNOWN
    assert _choice(at, "selectbox", "grp_reference:Födelseland").value == "Sverige"
    at.button(key="save_audit").click().run()  # and it can be saved from here
    assert store.audit_runs(store.get_tool(TOOL).id)


def test_proposals_are_dismissed_one_by_one_and_all_at_once_with_a_reason(store: Store) -> None:
    at = _upload(_app(), Q1, "ats_q1.xlsx")
    _answer(at, "Kön", "Annat/vill ej uppge", UNKNOWN)
    _run(at)
    at.button(key="save_audit").click().run()
    tool = store.get_tool(TOOL)
    (run,) = store.audit_runs(tool.id)
    adverse = [g for a in run.result.analyses for g in a.groups if g.adverse_impact]
    assert len(adverse) >= 3
    # Without a reason nothing is dismissed.
    at.button(key="dismiss_audit_0").click().run()
    assert [e.value for e in at.error] == [md(REASON_NEEDED.sv)]
    at.text_area(key="dismiss_reason_audit_0").set_value("Känd skillnad, se risk 2")
    at.button(key="dismiss_audit_0").click().run()
    (first,) = store.dismissals(tool.id)
    assert first.reason == "Känd skillnad, se risk 2" and first.audit_run_id == run.id
    assert ui_text("proposal_dismissed_count", "sv", count=1) in _texts(at)
    at.text_area(key="dismiss_reason_audit_all").set_value("Hanteras i åtgärdsplanen")
    at.button(key="dismiss_audit_all").click().run()
    assert len(store.dismissals(tool.id)) == len(adverse)
    assert not [b for b in at.button if b.key and b.key.startswith("propose_")]
    # They do not come back on the Risks page either, and the path moves on.
    _go(at, "risks")
    assert not [b for b in at.button if b.key and b.key.startswith("audit_proposal_")]
    lines = [describe(e, "sv") for e in store.history(tool.id) if e.entity == "proposal"]
    assert len(lines) == len(adverse) and lines[-1].endswith(": Hanteras i åtgärdsplanen")


def test_unsaved_checklist_answers_are_kept_across_areas_and_pages(store: Store) -> None:
    from ethics_toolkit.register.checklists.catalogue import load_checklists

    first, second = load_checklists()[:2]
    item = first.items[0]
    at = _app("checklists")
    at.selectbox(key="checklist_area").set_value(first.area).run()
    at.radio(key=f"value_{item.id}").set_value(at.radio(key=f"value_{item.id}").options[2]).run()
    at.text_area(key=f"evidence_{item.id}").set_value("Ingen DPIA hittad").run()
    assert ui_text("checklist_unsaved_here", "sv", count=1) in _texts(at)
    at.selectbox(key="checklist_area").set_value(second.area).run()
    unsaved = ui_text("checklist_unsaved", "sv", count=1, areas=md(first.title.get("sv")))
    assert unsaved in _texts(at)
    _go(at, "overview")
    _go(at, "checklists")
    at.selectbox(key="checklist_area").set_value(first.area).run()
    assert at.radio(key=f"value_{item.id}").value.value == "no"  # the draft, not the register
    assert at.text_area(key=f"evidence_{item.id}").value == "Ingen DPIA hittad"
    assert store.answers(store.get_tool(TOOL).id) == []  # nothing saved yet
    at.selectbox(key="checklist_area").set_value(second.area).run()
    at.button(key="checklist_save_all").click().run()
    assert not at.exception, at.exception
    (answer,) = store.answers(store.get_tool(TOOL).id)
    assert (answer.item_id, answer.value.value, answer.evidence) == (
        item.id, "no", "Ingen DPIA hittad",
    )  # fmt: skip
    assert unsaved not in _texts(at)
