"""``ethics-toolkit paired make|analyse|plan`` (issue 24): files, JSON contract, exit 0/1/2."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ethics_toolkit.cli import EXIT_FINDING, EXIT_OK, EXIT_USAGE, main
from ethics_toolkit.samples import paired as samples
from tests.conftest import SAMPLE_DATA

CONTRACT = ("attribute", "level", "baseline", "pairs", "mean_difference", "ci_low", "ci_high",
            "wilcoxon_p", "effect_size", "mcnemar_b", "mcnemar_c", "mcnemar_p", "selection_ratio",
            "p_value_holm", "verdict")  # fmt: skip
DECISION_FIELDS = ("mcnemar_b", "mcnemar_c", "mcnemar_p", "selection_ratio")
PROFILE = SAMPLE_DATA / samples.EKONOMIASSISTENT_FILE


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ETHICS_TOOLKIT_LANG", "en")
    monkeypatch.setenv("ETHICS_TOOLKIT_USER", "Maria Lind")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A set of 8 base CVs (32 PDFs) made once for the module; tests copy it to change it."""
    folder = tmp_path_factory.mktemp("paired") / "set"
    code = main(["paired", "make", "--profile", str(PROFILE), "--cvs", "8", "--seed", "7",
                 "--format", "pdf", "-o", str(folder)])  # fmt: skip
    assert code == EXIT_OK
    return folder


def _rows(folder: Path) -> list[dict[str, str]]:
    with (folder / "manifest.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _answers(folder: Path, tool: samples.Tool, path: Path, rows=None) -> Path:
    rows = rows if rows is not None else _rows(folder)
    path.write_bytes(samples.answers_csv(samples.simulate(rows, tool, seed=7)))
    return path


def _analyse(folder: Path, answers: Path, *extra: str) -> list[str]:
    return ["paired", "analyse", str(folder / "manifest.csv"), str(answers), "--id-column", "Fil",
            "--score", "Poäng", *extra]  # fmt: skip


def test_make_writes_the_manifest_the_cvs_the_design_and_the_instructions(
    made: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _rows(made)
    assert list(rows[0]) == ["cv_id", "base_id", "file", "name", "gender", "origin"]
    assert len(rows) == 8 * 4
    for row in rows:
        assert (made / row["file"]).read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in (made / "cvs").iterdir()) == sorted(
        f"{r['cv_id']}.pdf" for r in rows
    )
    design = json.loads((made / "design.json").read_text())
    assert (design["base_cvs"], design["cvs"], design["seed"]) == (8, 32, 7)
    assert design["attributes"] == ["gender", "origin"] and design["formats"] == ["pdf"]
    readme = (made / "README.txt").read_text()
    assert "Do not upload manifest.csv" in readme or "Ladda inte upp manifest.csv" in readme


def test_make_with_age_gap_and_both_formats(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "set"
    code = main(["paired", "make", "--profile", str(PROFILE), "--cvs", "1", "--attributes",
                 "gender,origin,age,gap", "--seed", "3", "-o", str(folder),
                 "--lang", "en"])  # fmt: skip
    assert code == EXIT_OK
    out = capsys.readouterr().out
    assert "Wrote 16 CVs (1 base CVs × 16 variants)" in out and "Seed: 3" in out
    rows = _rows(folder)
    assert list(rows[0])[4:] == ["gender", "origin", "age", "gap", "birth_year", "gap_text",
                                 "file_docx"]  # fmt: skip
    for row in rows:
        assert (folder / row["file_docx"]).read_bytes().startswith(b"PK")
    assert "Paired test of a screening tool" in (folder / "README.txt").read_text()  # --lang en


def test_make_refuses_a_folder_that_is_not_empty(made: Path, capsys) -> None:
    code = main(["paired", "make", "--profile", str(PROFILE), "--cvs", "2", "-o", str(made)])
    assert code == EXIT_USAGE
    assert "already exists and is not empty" in capsys.readouterr().err


def test_make_refuses_a_bad_profile_attribute_or_count(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "job.yaml"
    bad.write_text("sector: Logistik\n")
    assert main(["paired", "make", "--profile", str(bad), "--cvs", "2", "-o",
                 str(tmp_path / "a")]) == EXIT_USAGE  # fmt: skip
    assert "title" in capsys.readouterr().err
    assert main(["paired", "make", "--profile", str(PROFILE), "--cvs", "2", "--attributes",
                 "gender,religion", "-o", str(tmp_path / "b")]) == EXIT_USAGE  # fmt: skip
    assert main(["paired", "make", "--profile", str(PROFILE), "--cvs", "0", "-o",
                 str(tmp_path / "c")]) == EXIT_USAGE  # fmt: skip
    err = capsys.readouterr().err
    assert "religion" in err and "between 1 and 500" in err and "Traceback" not in err


def test_analyse_json_has_the_contract_and_exit_1_for_a_biased_tool(
    made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = _answers(made, "origin_penalty", tmp_path / "svar.csv")
    code = main(_analyse(made, answers, "--decision", "Beslut", "--positive", "Ja", "--format",
                         "json"))  # fmt: skip
    result = json.loads(capsys.readouterr().out)
    assert code == EXIT_FINDING
    contrasts = {c["attribute"]: c for c in result["contrasts"]}
    for contrast in contrasts.values():
        assert set(CONTRACT) <= set(contrast)
        assert contrast["pairs"] == 16
        assert contrast["ci_low"] <= contrast["mean_difference"] <= contrast["ci_high"]
        assert isinstance(contrast["mcnemar_b"], int) and isinstance(contrast["pairs"], int)
    assert (contrasts["origin"]["level"], contrasts["origin"]["baseline"]) == (
        "non_european",
        "swedish",
    )
    assert contrasts["origin"]["verdict"] == "adverse_significant"
    assert contrasts["origin"]["p_value_holm"] < 0.05
    assert contrasts["gender"]["verdict"] != "adverse_significant"
    assert result["variant_check"] == "passed"


def test_analyse_exits_0_for_an_unbiased_tool_and_decision_fields_are_null_without_decision(
    made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = _answers(made, "unbiased", tmp_path / "svar.csv")
    assert main(_analyse(made, answers, "--format", "json")) == EXIT_OK
    result = json.loads(capsys.readouterr().out)
    for contrast in result["contrasts"]:
        assert contrast["verdict"] != "adverse_significant"
        assert all(contrast[key] is None for key in DECISION_FIELDS)


def test_analyse_text_names_the_difference_in_swedish(
    made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = _answers(made, "origin_penalty", tmp_path / "svar.csv")
    assert main([*_analyse(made, answers), "--lang", "sv"]) == EXIT_FINDING
    out = capsys.readouterr().out
    assert "Utomeuropeiskt – Svenskt" in out and "skillnad, knappast slumpen" in out
    assert "CV:n med utomeuropeiskt namn fick i snitt" in out
    assert "(slutkod 1)" in out


def test_analyse_exits_2_when_a_cv_has_no_answer_or_one_twice(
    made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _rows(made)
    short = _answers(made, "unbiased", tmp_path / "short.csv", rows[:-3])
    assert main(_analyse(made, short)) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "3 CVs of the manifest have no answer" in err
    assert all(r["cv_id"] in err for r in rows[-3:])
    answers = samples.simulate(rows, "unbiased", seed=7)
    twice = tmp_path / "twice.csv"
    twice.write_bytes(samples.answers_csv([*answers, answers[0]]))
    assert main(_analyse(made, twice)) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "several rows" in err and answers[0][0].split(".")[0] in err
    assert "Traceback" not in err


def test_analyse_exits_2_when_variants_differ_in_more_than_the_signals(
    made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ethics_toolkit.engine.paired.cv import Block
    from ethics_toolkit.engine.paired.design import make_set
    from ethics_toolkit.engine.paired.profile import read_profile
    from ethics_toolkit.report.cvs import cv_pdf

    folder = tmp_path / "set"
    shutil.copytree(made, folder)
    row = _rows(folder)[5]
    # Rebuild one variant's PDF with a job title changed: everything else, name included, kept.
    again = make_set(read_profile(PROFILE), base_cvs=8, attributes=["gender", "origin"], seed=7)
    document = again.documents[row["cv_id"]]
    blocks = list(document.blocks)
    entry = next(i for i, b in enumerate(blocks) if b.kind == "entry")
    blocks[entry] = Block(kind="entry", text=blocks[entry].text + " (chef)")
    (folder / row["file"]).write_bytes(cv_pdf(document.model_copy(update={"blocks": blocks})))
    answers = _answers(folder, "unbiased", tmp_path / "svar.csv")
    assert main(_analyse(folder, answers)) == EXIT_USAGE
    err = capsys.readouterr().err
    assert f"The variants of base CV {row['base_id']} differ in more than the tested signals" in err
    assert "(chef)" in err
    # Skipping the check is possible, and the result says it was skipped.
    assert main([*_analyse(folder, answers), "--no-variant-check", "--format", "json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["variant_check"] == "skipped"


def test_analyse_exits_2_for_a_manifest_whose_pairs_are_incomplete(
    made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "set"
    shutil.copytree(made, folder)
    lines = (folder / "manifest.csv").read_text().splitlines()
    (folder / "manifest.csv").write_text("\n".join(lines[:-1]) + "\n")
    answers = _answers(folder, "unbiased", tmp_path / "svar.csv")
    assert main(_analyse(folder, answers)) == EXIT_USAGE
    assert "does not hold exactly one variant of every combination" in capsys.readouterr().err


def test_analyse_saves_the_paired_test_to_the_register(
    made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ethics_toolkit.register.domain.history import describe
    from ethics_toolkit.register.storage.store import Store
    from tests.register.factories import ACTOR, cv_screening

    db = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    Store.open(db).save_tool(cv_screening(version="4.2"), actor=ACTOR)
    answers = _answers(made, "origin_penalty", tmp_path / "svar.csv")
    code = main(_analyse(made, answers, "--decision", "Beslut", "--positive", "Ja", "--db", db,
                         "--tool", "CV-Sorter"))  # fmt: skip
    assert code == EXIT_FINDING
    assert "Saved the paired test as run 1 of CV-Sorter (version tested: 4.2)" in (
        capsys.readouterr().out
    )
    record = Store.open(db).record("CV-Sorter")
    (run,) = record.paired
    assert (run.tool_version, run.run_by, run.answers_file_name) == ("4.2", "Maria Lind",
                                                                     "svar.csv")  # fmt: skip
    assert run.design is not None and run.design.seed == 7 and run.design.base_cvs == 8
    assert run.result.difference_found and len(run.manifest_sha256) == 64
    # Aggregates only: nothing per CV is stored.
    stored = run.model_dump_json()
    assert not any(r["cv_id"] in stored for r in _rows(made))
    entry = record.history[-1]
    assert (entry.entity, entry.action) == ("paired", "create")
    assert describe(entry, "en") == (
        "Saved a paired test of the tool with CVs for “Ekonomiassistent”: version 4.2, a "
        "difference unlikely to be chance"
    )
    assert main([*_analyse(made, answers), "--db", db]) == EXIT_USAGE  # --db needs --tool


def test_plan_gives_the_base_cvs_needed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["paired", "plan", "--difference", "5", "--sd", "10", "--cvs", "17",
                 "--format", "json"]) == EXIT_OK  # fmt: skip
    plan = json.loads(capsys.readouterr().out)
    assert (plan["base_cvs_needed"], plan["pairs_per_base_cv"]) == (17, 2)
    assert plan["power"] >= 0.8
    assert main(["paired", "plan", "--difference", "5", "--sd", "10", "--lang", "sv"]) == EXIT_OK
    assert "behövs 17 grund-CV:n" in capsys.readouterr().out
    assert main(["paired", "plan", "--difference", "0", "--sd", "10"]) == EXIT_USAGE


def test_paired_help_stays_instant() -> None:
    code = (
        "import sys; from ethics_toolkit.cli import main\n"
        "try: main(['paired', 'analyse', '--help'])\nexcept SystemExit: pass\n"
        "print(','.join(m for m in ('pandas', 'numpy', 'scipy', 'statsmodels', 'reportlab', "
        "'docx', 'pypdf', 'sqlalchemy', 'pydantic') if m in sys.modules), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr.strip() == ""
    assert "--id-column" in done.stdout and "--positive" in done.stdout


def test_analyse_reads_an_excel_export_with_ranks_and_file_names(
    made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.workbooks import xlsx

    rows = _rows(made)
    answers = samples.simulate(rows, "origin_penalty", seed=7)
    ranked = sorted(answers, key=lambda a: -a[1])
    table = [["Kandidat", "Placering", "Poäng"]]
    table += [[f"C:\\Uppladdat\\{file}", place, score]
              for place, (file, score, _) in enumerate(ranked, start=1)]  # fmt: skip
    book = tmp_path / "export.xlsx"
    book.write_bytes(xlsx([("Resultat", table)]))
    code = main(["paired", "analyse", str(made / "manifest.csv"), str(book), "--rank",
                 "Placering", "--format", "json"])  # fmt: skip
    result = json.loads(capsys.readouterr().out)
    assert code == EXIT_FINDING and result["rank_column"] == "Placering"
    origin = next(c for c in result["contrasts"] if c["attribute"] == "origin")
    assert origin["measure"] == "rank" and origin["mean_difference"] < 0
    assert origin["verdict"] == "adverse_significant"
    assert main(["paired", "analyse", str(made / "manifest.csv"), str(book), "--rank",
                 "Placering", "--score", "Poäng"]) == EXIT_USAGE  # fmt: skip
    assert "not both" in capsys.readouterr().err
