"""Issue 20 through the CLI: from an ATS export to the saved audit, and the next quarter reused.

The exports are tests/engine/recipe/exports.py's (their docstring holds the table every figure
below is summed from).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ethics_toolkit.cli import main
from ethics_toolkit.engine.recipe.recipe import recipe_from_yaml
from ethics_toolkit.register.domain.history import describe
from ethics_toolkit.register.storage.store import Store
from tests.engine.recipe.exports import GROUPING_FILE, q1_rows, q2_rows, workbook
from tests.register.factories import cv_screening

Q1_CHOICES = [
    "--outcome", "Beslut", "--sensitive", "Kön", "--sensitive", "Födelseland",
    "--regroup", "Födelseland=region", "--reference", "Kön=Man",
    "--recommendation", "AI-rekommendation", "--period", "Ansökningsdatum",
]  # fmt: skip
JSON = ["--format", "json", "--lang", "en"]


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {
        "q1": tmp_path / "ats_q1.xlsx",
        "q2": tmp_path / "ats_q2.xlsx",
        "grupper": tmp_path / "grupper.csv",
    }
    paths["q1"].write_bytes(workbook(q1_rows(), 1))
    paths["q2"].write_bytes(workbook(q2_rows(), 2))
    paths["grupper"].write_text(GROUPING_FILE, encoding="utf-8")
    return paths


@pytest.fixture
def register(tmp_path: Path) -> tuple[str, Store]:
    url = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    store = Store.open(url)
    store.save_tool(cv_screening(name="TalangPortalen"), actor="Maria Lind")
    return url, store


def _without_time(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_time(v) for k, v in value.items() if k != "computed_at"}
    if isinstance(value, list):
        return [_without_time(v) for v in value]
    return value


def _group(analysis: dict, column: str, value: str) -> dict:
    return next(g for g in analysis["groups"] if g["values"][column] == value)


def test_from_the_export_to_the_saved_audit_and_the_next_quarter(
    capsys: pytest.CaptureFixture[str],
    files: dict[str, Path],
    register: tuple[str, Store],
    tmp_path: Path,
) -> None:
    url, store = register
    tool = ["--tool", "TalangPortalen", "--db", url, "--by", "Maria Lind"]
    # 1. The guess proposes the recipe, and asks about "Annat/vill ej uppge".
    code, out, _ = run(capsys, "guess", files["q1"], "--format", "json")
    guess = json.loads(out)
    assert code == 0 and guess["sheet"] == "Kandidater"
    assert (guess["recommendation"], guess["recommendation_positive"]) == (
        "AI-rekommendation", "Rekommenderad",
    )  # fmt: skip
    assert guess["regroup"] == {"Födelseland": "region"} and guess["period"] == "Ansökningsdatum"
    assert guess["unknown"] == {"Kön": ["Vill ej uppge"]} and "Kön" in guess["confirm"]
    # 2. The audit with the recipe's choices, saved to the tool, the recipe written to a file.
    recipe_file = tmp_path / "q1.yaml"
    code, out, err = run(capsys, "audit", files["q1"], *Q1_CHOICES, *tool, "--save-recipe",
                         recipe_file, *JSON)  # fmt: skip
    assert code == 1  # Kvinna 7/9 and Utanför Europa 0.70: adverse impact
    assert "TalangPortalen has no saved recipe yet" in err
    assert "Recipe saved for TalangPortalen as version 1." in err
    first = json.loads(out)
    gender, region, _ = first["analyses"]
    assert gender["reference_group"] == {"Kön": "Man"} and gender["unknown"] == 30
    kvinna = _group(gender, "Kön", "Kvinna")  # 70/200 against 99/220
    assert kvinna["impact_ratio"] == pytest.approx(7 / 9) and kvinna["shortfall"] == 2
    outside = _group(region, "Födelseland", "Utanför Europa")  # 50/150 against 109/230
    assert (outside["n"], outside["selected"], outside["shortfall"]) == (150, 50, 7)
    assert outside["impact_ratio"] == pytest.approx(11500 / 16350)
    assert first["reading"]["sheet"] == "Kandidater"
    assert first["reading"]["other_sheets"] == [{"name": "Info", "rows": 2, "kind": "text"}]
    assert "value_counts" not in first  # the counts per raw value never leave the run
    # The saved audit and the saved recipe.
    tool_id = store.get_tool("TalangPortalen").id
    (saved_run,) = store.audit_runs(tool_id)
    saved_gender = saved_run.result.analyses[0]
    assert next(g for g in saved_gender.groups if g.values == {"Kön": "Kvinna"}).selected == 70
    (version_1,) = store.recipes(tool_id)
    assert version_1.recipe == recipe_from_yaml(recipe_file.read_text(encoding="utf-8"))
    assert version_1.saved_by == "Maria Lind" and version_1.recipe.sheet == "Kandidater"
    # 3. The recipe alone reproduces the audit.
    code, out, _ = run(capsys, "audit", files["q1"], "--recipe", recipe_file, *JSON)
    assert code == 1
    assert _without_time(json.loads(out)["analyses"]) == _without_time(first["analyses"])
    # 4. The next quarter with the tool's recipe and no other flag: one new country, a note.
    code, out, err = run(capsys, "audit", files["q2"], *tool, "--lang", "en")
    assert code == 1 and err == ""
    assert "The recipe of TalangPortalen was used (version 1, saved " in out
    assert "by Maria Lind)." in out
    assert (
        "- New value 'Eritrea' in 'Födelseland' (12 rows) → Utanför Europa by the built-in map."
        in out
    )
    assert "To answer" not in out
    assert "Recipe saved for TalangPortalen as version 2." in out  # Eritrea is now seen
    assert "Födelseland: 10 values → 3 groups by the built-in map" in out
    assert "Kön: 30 rows counted as unknown (Vill ej uppge (20), blank (10))." in out
    (_, second_run) = store.audit_runs(tool_id)
    regions = second_run.result.analyses[1]
    outside = next(g for g in regions.groups if g.values == {"Födelseland": "Utanför Europa"})
    assert (outside.n, outside.selected) == (162, 53)  # 150 + 12 Eritrea, 50 + 3
    assert [r.version for r in store.recipes(tool_id)] == [1, 2]
    lines = [describe(e, "en") for e in store.history(tool_id) if e.entity == "recipe"]
    assert lines == [
        "Saved the audit recipe, version 1: sheet, decision, groups, recommendation, period",
        "Saved the audit recipe, version 2: groups",
    ]


def test_reuse_with_your_own_grouping_asks_exactly_one_question(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], register: tuple[str, Store]
) -> None:
    url, store = register
    tool = ["--tool", "TalangPortalen", "--db", url, "--by", "Maria Lind"]
    choices = [
        "--outcome", "Beslut", "--sensitive", "Kön", "--sensitive", "Födelseland",
        "--regroup", f"Födelseland={files['grupper']}", "--unknown", "Kön=Annat/vill ej uppge",
    ]  # fmt: skip
    code, out, err = run(capsys, "audit", files["q1"], *choices, *tool, *JSON)
    assert code == 1
    region = json.loads(out)["analyses"][1]
    assert {g["values"]["Födelseland"] for g in region["groups"]} == {
        "Sverige", "Europa utom Sverige", "Utanför Europa",
    }  # fmt: skip
    # The next quarter has one country the grouping does not cover: the one question.
    code, out, err = run(capsys, "audit", files["q2"], *tool, *JSON)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("ethics-toolkit: ")
    assert "does not cover 'Eritrea' (12) (the first on row " in err
    assert "(grupper.csv)" in err and "--unknown Födelseland=VALUE" in err
    # Answered: the grouping file with Eritrea, given beside the tool's recipe.
    files["grupper"].write_text(GROUPING_FILE + "Eritrea,Utanför Europa\n", encoding="utf-8")
    code, out, err = run(capsys, "audit", files["q2"], *tool, "--regroup",
                         f"Födelseland={files['grupper']}", *JSON)  # fmt: skip
    assert code == 1
    assert "The recipe of TalangPortalen was used (version 1" in err
    assert "Changed by the flags: --regroup." in err
    assert "→ Utanför Europa by your grouping." in err
    gender = json.loads(out)["analyses"][0]
    assert gender["unknown"] == 60 + 0  # 20 V + 10 blank + 30 "Annat/vill ej uppge"
    assert [r.version for r in store.recipes(store.get_tool("TalangPortalen").id)] == [1, 2]


def test_no_recipe_and_a_recipe_file_beside_the_tool(
    capsys: pytest.CaptureFixture[str],
    files: dict[str, Path],
    register: tuple[str, Store],
    tmp_path: Path,
) -> None:
    url, _ = register
    tool = ["--tool", "TalangPortalen", "--db", url, "--by", "Maria Lind"]
    assert run(capsys, "audit", files["q1"], *Q1_CHOICES, *tool, *JSON)[0] == 1
    code, _, err = run(capsys, "audit", files["q1"], "--outcome", "Beslut", "--sensitive", "Kön",
                       "--no-recipe", *tool, *JSON)  # fmt: skip
    assert code == 1 and "The recipe of TalangPortalen was not used (--no-recipe)." in err
    recipe = tmp_path / "mine.yaml"
    recipe.write_text("recipe: 1\ndecision: {column: Beslut}\ngroups: [{column: Kön}]\n")
    code, out, err = run(capsys, "audit", files["q1"], "--recipe", recipe, *tool, *JSON)
    assert code == 1 and "The recipe 'mine.yaml' was used." in err
    (analysis,) = json.loads(out)["analyses"]
    assert analysis["reference_group"] == {"Kön": "Annat/vill ej uppge"}  # the default, warned
    assert analysis["reference_warnings"][0]["code"] == "REFERENCE_OTHER"


@pytest.mark.parametrize(
    ("extra", "named"),
    [
        (["--reference", "Kön=Kvinnor"], ["'Kvinnor'", "'Kvinna'"]),
        (["--regroup", "Kön"], ["--regroup", "COLUMN=VALUE"]),
        (["--reference", "Kön="], ["--reference", "COLUMN=VALUE"]),
        (["--regroup", "Kön=nosuchfile.csv"], ["'nosuchfile.csv'", "region"]),
        (["--unknown", "Tjänst=Ekonom"], ["'Tjänst'", "--sensitive Tjänst"]),
        (["--reference", "Kön=Man", "--reference", "Kön=Kvinna"], ["'Man'", "'Kvinna'"]),
    ],
)
def test_bad_recipe_flags_exit_2_naming_the_value(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], extra: list[str], named: list[str]
) -> None:
    code, out, err = run(capsys, "audit", files["q1"], "--outcome", "Beslut", "--sensitive", "Kön",
                         *extra, *JSON)  # fmt: skip
    assert code == 2 and out == "" and "Traceback" not in err
    for text in named:
        assert text in err


def test_a_grouping_file_missing_a_value_and_a_bad_date_exit_2_naming_value_row_and_fix(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path
) -> None:
    partial = tmp_path / "partial.csv"
    partial.write_text(GROUPING_FILE.replace("Iran,Utanför Europa\n", ""), encoding="utf-8")
    regroup = f"Födelseland={partial}"
    code, _, err = run(capsys, "audit", files["q1"], "--outcome", "Beslut", "--sensitive",
                       "Födelseland", "--regroup", regroup, "--lang", "sv")  # fmt: skip
    assert code == 2 and "'Iran' (20)" in err and "(det första på rad " in err
    assert "en rad VÄRDE,GRUPP i grupperingsfilen" in err
    rows = q1_rows()
    rows[41][4] = "31 smarch 2026"
    bad = tmp_path / "bad_date.xlsx"
    bad.write_bytes(workbook(rows))
    code, _, err = run(capsys, "audit", bad, "--outcome", "Beslut", "--sensitive", "Kön",
                       "--period", "Ansökningsdatum", "--lang", "en")  # fmt: skip
    assert code == 2 and "'31 smarch 2026' (row 43)" in err and "15 March 2026" in err


def test_periods_compare_with_the_whole_logs_reference_through_the_cli(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], tmp_path: Path
) -> None:
    """Both quarters in one log: each quarter's reference is the whole log's (Man)."""
    both = tmp_path / "both.xlsx"
    both.write_bytes(workbook(q1_rows() + q2_rows()))
    code, out, _ = run(capsys, "audit", both, "--outcome", "Beslut", "--sensitive", "Kön",
                       "--period", "Ansökningsdatum", "--unknown", "Kön=Annat/vill ej uppge",
                       *JSON)  # fmt: skip
    payload = json.loads(out)
    assert code == 1 and payload["analyses"][0]["reference_group"] == {"Kön": "Man"}
    quarters = {p["period"]: p["analyses"][0] for p in payload["periods"]}
    assert list(quarters) == ["2026-Q1", "2026-Q2"]
    assert all(a["reference_group"] == {"Kön": "Man"} for a in quarters.values())
    # Q2 = Q1 + Eritrea (Kvinna 6 of whom 1 selected, Man 6, 2): Kvinna 71/206 against 101/226.
    q2_kvinna = _group(quarters["2026-Q2"], "Kön", "Kvinna")
    assert q2_kvinna["impact_ratio"] == pytest.approx((71 * 226) / (206 * 101))


def test_flags_giving_the_whole_mapping_leave_the_recipes_other_columns_out(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path], register: tuple[str, Store]
) -> None:
    """Another export audited for the same tool: the saved recipe's recommendation, period and
    sheet (of the ATS workbook) must not be asked of a CSV file that has none of them."""
    from tests.conftest import SAMPLE_DATA

    url, _ = register
    tool = ["--tool", "TalangPortalen", "--db", url, "--by", "Maria Lind"]
    assert run(capsys, "audit", files["q1"], *Q1_CHOICES, *tool, *JSON)[0] == 1
    code, out, err = run(capsys, "audit", SAMPLE_DATA / "recruitment_decisions.csv", "--outcome",
                         "selected", "--sensitive", "gender", *tool, *JSON)  # fmt: skip
    assert code == 1 and "The flags give the columns" in err
    assert "Changed by the flags: --outcome, --sensitive." in err
    payload = json.loads(out)
    assert payload["spec"]["recommendation"] is None and payload["spec"]["period"] is None
