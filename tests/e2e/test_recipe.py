"""Issue 20 in a real browser: an applicant-tracking export from upload to the saved audit, and
the next quarter through the tool's saved recipe with exactly one question.

The exports are ``tests/engine/recipe/exports.py``'s (an "Info" sheet first, a title row, country
of birth, Swedish written dates, "Ej rekommenderad" / "Rekommenderad", "Annat/vill ej uppge");
every figure below is summed from the table in its docstring, as the library and CLI tests do:

- quarter 1, against Man (99/220 = 45,0 %): Kvinna 70/200 = 35,0 %, ratio 7/9 = 0,78; grouped by
  HR's own grouping file, against Sverige (109/230 = 47,4 %): Utanför Europa 50/150 = 33,3 %,
  ratio 0,70, Europa utom Sverige 45/100 = 45,0 %, ratio 0,95;
- quarter 2 adds Eritrea (Kvinna 6 of whom 1 selected, Man 6 of whom 2): Utanför Europa
  53/162 = 32,7 %, ratio 0,69; Kvinna 71/206 = 34,5 % against Man 101/226 = 44,7 %, ratio 0,77.

Screenshots of every step are written to the test's ``artifacts`` folder (``recipe-*.png``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ethics_toolkit.engine.recipe.recipe import recipe_from_yaml
from ethics_toolkit.i18n.ui_texts import ui_text
from ethics_toolkit.register.domain.history import describe
from ethics_toolkit.register.storage.store import Store
from tests.e2e.harness import go_to_page, screenshot, settle
from tests.engine.recipe.exports import GROUPING_FILE, q1_rows, q2_rows, workbook
from tests.register.factories import cv_screening

pytestmark = pytest.mark.e2e
SV = "sv"
TOOL = "TalangPortalen"


def _shot(page, folder: Path, name: str) -> None:
    screenshot(page, folder, f"recipe-{name}")


def _main_uploader(page):
    return page.get_by_test_id("stFileUploader").first.locator("input[type=file]")


def _section(page, column: str):
    """The folded section of a compared column."""
    label = ui_text("grp_section", SV, column=column)
    return page.get_by_test_id("stExpander").filter(has_text=_literal(label))


def _choose(page, label: str, option: str) -> None:
    page.get_by_role("combobox", name=label).click()
    page.get_by_role("option", name=option, exact=True).click()
    settle(page)


def _literal(text: str) -> re.Pattern[str]:
    """Text as the page shows it: file values pass through ``ui/escape.md``, which puts an
    invisible word joiner after each colon; numbers keep their units with no-break spaces."""
    return re.compile(re.escape(text).replace(":", ":\u2060?").replace("\\ ", "\\s"))


def _text(page, text: str, within=None) -> None:
    settle(page)
    (within or page).get_by_text(_literal(text)).first.wait_for(timeout=60_000)


def test_an_ats_export_to_the_saved_audit_and_the_next_quarter_with_one_question(
    page, app_url: str, tmp_path: Path, artifacts: Path
) -> None:
    files = {
        "q1": tmp_path / "ats_kandidater_q1.xlsx",
        "q2": tmp_path / "ats_kandidater_q2.xlsx",
        "grupper": tmp_path / "grupper.csv",
    }
    files["q1"].write_bytes(workbook(q1_rows(), 1))
    files["q2"].write_bytes(workbook(q2_rows(), 2))
    files["grupper"].write_text(GROUPING_FILE, encoding="utf-8")
    store = Store.open(f"sqlite:///{tmp_path / 'e2e.db'}")
    tool = store.save_tool(cv_screening(name=TOOL), actor="Maria Lind")
    page.reload()
    page.set_viewport_size({"width": 1400, "height": 7000})  # the whole page in a screenshot
    settle(page)
    assert tool.id is not None

    # 1. Upload: the sheet chosen by its content, said as such; the guess with counts per value.
    go_to_page(page, ui_text("nav_bias_audit", SV), ui_text("audit_title", SV))
    _main_uploader(page).set_input_files(str(files["q1"]))
    _text(page, "bladet ”Kandidater”, 480 rader, 7 kolumner")
    note = "Kandidater: 480 rader; Info hoppades över: 2 rader text"
    _text(page, ui_text("audit_sheet_by_content", SV, note=note))
    _text(page, "Man 220 · Kvinna 200 · Annat/vill ej uppge 30 · Vill ej uppge 20 · (tomt) 10")
    _text(page, "Ej rekommenderad 271 · Rekommenderad 209")
    _text(page, "Rekommenderad betyder ja (det andra värdet är dess nekande)")
    positive = page.get_by_role("combobox", name=ui_text("proc_pick_positive", SV))
    assert positive.input_value() == "Rekommenderad"  # from the words, not the first value
    # The combined value is asked, never decided.
    questions = page.locator(".st-key-recipe_questions")
    _text(page, "Värdet 'Annat/vill ej uppge' i 'Kön' (30 rader) blandar ett svar", questions)
    _shot(page, artifacts, "1-guess")

    # 2. HR's own grouping for the countries (a value,group file), the question answered.
    countries = _section(page, "Födelseland")
    countries.get_by_text(_literal(ui_text("grp_section", SV, column="Födelseland"))).click()
    _text(page, "9 värden i filen → 3 grupper som jämförs.", countries)
    countries.get_by_text(ui_text("grp_builtin", SV)).click()  # the file replaces the built-in map
    settle(page)
    countries.locator("input[type=file]").set_input_files(str(files["grupper"]))
    _text(page, "(från grupper.csv)", countries)
    assert countries.get_by_text(ui_text("grp_waiting", SV)).count() == 0  # every value covered
    _choose(page, "Räkna Annat/vill ej uppge som", "En egen grupp: Annat/vill ej uppge")
    _shot(page, artifacts, "2-groups")

    # 3. The audit: "Annat/vill ej uppge" has the highest rate and is the reference: warned, and
    # the better reference is one click away.
    page.get_by_role("button", name=ui_text("audit_run", SV)).click()
    warning = "Referensgruppen Annat/vill ej uppge ser ut som en kategori för annat eller okänt"
    _text(page, warning)
    _shot(page, artifacts, "3-reference-warning")
    page.get_by_role("button", name="Jämför med Man i stället").click()
    _text(page, "(35,0 % mot 45,0 %)")  # Kvinna 70/200 against Man 99/220
    _text(page, "Kvinna (0,78)")
    assert page.get_by_text(_literal(warning)).count() == 0
    page.get_by_role("tab", name="Födelseland", exact=True).click()
    _text(page, "Utanför Europa (0,70)")
    _text(page, "(33,3 % mot 47,4 %)")  # 50/150 against Sverige 109/230
    _shot(page, artifacts, "4-result")

    # 4. The recipe as YAML, then the audit saved with it.
    with page.expect_download() as download:
        page.get_by_role("button", name=ui_text("rcp_download", SV)).click()
    downloaded = recipe_from_yaml(Path(download.value.path()).read_text(encoding="utf-8"))
    settle(page)
    gender, country = downloaded.groups
    assert (gender.reference, country.grouping_file) == ("Man", "grupper.csv")
    assert country.groups["Polen"] == "Europa utom Sverige" and country.regroup is None
    page.get_by_role("button", name=ui_text("audit_save", SV, tool=TOOL)).click()
    _text(page, ui_text("rcp_saved", SV, version=1))
    (run,) = store.audit_runs(tool.id)
    regions = {g.values["Födelseland"]: (g.n, g.selected) for g in run.result.analyses[1].groups}
    assert regions == {
        "Sverige": (230, 109), "Europa utom Sverige": (100, 45), "Utanför Europa": (150, 50),
    }  # fmt: skip
    assert store.latest_recipe(tool.id).recipe == downloaded

    # 5. The proposed risks dismissed all at once, with a reason kept in the history.
    proposals = [g for a in run.result.analyses for g in a.groups if g.adverse_impact]
    page.get_by_role("button", name=f"Avfärda alla {len(proposals)} förslag").click()
    page.get_by_role("textbox", name=ui_text("proposal_reason", SV)).fill("Hanteras i risk 1")
    page.get_by_role("button", name=f"Avfärda alla {len(proposals)} förslag").last.click()
    _text(page, ui_text("proposal_dismissed_count", SV, count=len(proposals)))
    dismissed = [describe(e, "sv") for e in store.history(tool.id) if e.entity == "proposal"]
    assert len(dismissed) == len(proposals)
    assert all(line.endswith(": Hanteras i risk 1") for line in dismissed)
    _shot(page, artifacts, "5-saved")

    # 6. Another page and back: the mapping, the answers and the result are still there.
    go_to_page(page, ui_text("nav_risks", SV), ui_text("risks_title", SV))
    go_to_page(page, ui_text("nav_bias_audit", SV), ui_text("audit_title", SV))
    _text(page, "Kvinna (0,78)")
    assert page.get_by_role("combobox", name="Räkna Annat/vill ej uppge som").input_value() == (
        "En egen grupp: Annat/vill ej uppge"
    )
    assert page.get_by_text(ui_text("audit_stale", SV)).count() == 0

    # 7. The next quarter through the tool's recipe: one new country, exactly one question.
    _main_uploader(page).set_input_files(str(files["q2"]))
    _text(page, "bladet ”Kandidater”, 492 rader, 7 kolumner")
    _text(page, "Receptet för TalangPortalen används (version 1")
    questions = page.locator(".st-key-recipe_questions")
    new = "Nytt värde 'Eritrea' i 'Födelseland' (12 rader) finns inte i din gruppering"
    _text(page, new, questions)
    assert questions.get_by_role("combobox").count() == 1
    _shot(page, artifacts, "6-next-quarter")
    _choose(page, "Räkna Eritrea som", "Utanför Europa")
    page.get_by_role("button", name=ui_text("audit_run", SV)).click()
    _text(page, "(34,5 % mot 44,7 %)")  # Kvinna 71/206 against Man 101/226
    _text(page, "Kvinna (0,77)")
    page.get_by_role("tab", name="Födelseland", exact=True).click()
    _text(page, "Utanför Europa (0,69)")
    _text(page, "(32,7 % mot 47,4 %)")  # 53/162 against Sverige 109/230
    _shot(page, artifacts, "7-next-quarter-result")
    page.get_by_role("button", name=ui_text("audit_save", SV, tool=TOOL)).click()
    _text(page, ui_text("rcp_saved", SV, version=2))
    second = store.latest_recipe(tool.id)
    assert second.version == 2 and second.recipe.group("Födelseland").groups["Eritrea"] == (
        "Utanför Europa"
    )
    (_, run_2) = store.audit_runs(tool.id)
    outside = next(
        g for g in run_2.result.analyses[1].groups if g.values == {"Födelseland": "Utanför Europa"}
    )
    assert (outside.n, outside.selected) == (162, 53)
    # 8. The same page in English: the questions, the recipe and the result follow the language.
    page.get_by_test_id("stSidebar").get_by_text("English", exact=True).click()
    settle(page)
    _text(page, ui_text("grp_questions_title", "en"))
    _text(page, "The recipe of TalangPortalen is used (version 1")
    _text(page, "Utanför Europa (0.69)")  # the file's group names stay as written
    _shot(page, artifacts, "8-english")
    assert not page.get_by_test_id("stException").count()
    store.close()
