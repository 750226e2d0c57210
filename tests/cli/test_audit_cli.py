"""``ethics-toolkit audit``: the CLI contract (JSON shape, exit codes, messages, laziness)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ethics_toolkit.cli import main
from ethics_toolkit.cli.texts import DB_WITHOUT_TOOL, NO_FOLDER
from tests.conftest import SAMPLE_DATA

ENGLISH = SAMPLE_DATA / "recruitment_decisions.csv"
SWEDISH = SAMPLE_DATA / "rekrytering_excel_export.csv"
COUNTS = SAMPLE_DATA / "aggregated_counts.csv"
GROUP_KEYS = {
    "values", "n", "selected", "selection_rate", "ci_low", "ci_high", "impact_ratio",
    "impact_ratio_ci", "adverse_impact", "p_value", "shortfall", "small_group", "tpr", "fpr",
}  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main(["audit", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, ENGLISH, "--outcome", "selected", "--sensitive", "gender",
        "--sensitive", "background", "--truth", "qualified", "--format", "json",
    )  # fmt: skip
    assert code == 1 and err == ""
    payload = json.loads(out)  # exactly one JSON object, nothing else on stdout
    assert payload["schema_version"] == 1 and payload["n_rows"] == 5000
    assert [a["attributes"] for a in payload["analyses"]] == [
        ["gender"], ["background"], ["gender", "background"],
    ]  # fmt: skip
    background = payload["analyses"][1]
    assert background["reference_group"] == {"background": "Sweden"}
    assert background["unknown"] == 0 and payload["analyses"][0]["unknown"] == 40
    groups = {g["values"]["background"]: g for g in background["groups"]}
    assert all(set(g) >= GROUP_KEYS for g in groups.values())
    outside = groups["Outside Europe"]
    assert (outside["n"], outside["selected"], outside["shortfall"]) == (1100, 217, 55)
    assert outside["impact_ratio"] == pytest.approx(0.6398, abs=5e-5)
    assert outside["adverse_impact"] is True and outside["small_group"] is False
    assert isinstance(outside["impact_ratio_ci"], list) and len(outside["impact_ratio_ci"]) == 2
    assert groups["Sweden"]["p_value"] is None
    assert payload["adverse_impact_found"] is True


def test_text_in_swedish_with_only_the_column_names(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, SWEDISH, "--outcome", "Urval", "--positive", "Ja", "--sensitive", "Kön",
        "--sensitive", "Bakgrund", "--lang", "sv",
    )  # fmt: skip
    assert code == 1
    first = out.splitlines()[0]
    assert first == (
        "Läste rekrytering_excel_export.csv: teckenkodning CP1252, avgränsare ';', "
        "decimaltecken ',', 5\u202f000 rader (en rad per sökande)."
    )
    assert "Utanför Europa" in out and "0,64" in out and "under 4/5" in out
    # Findings name columns and values as written, without code-style quotes.
    assert "Sökande med bakgrund Utanför Europa valdes ut 0,64 gånger" in out


def test_text_in_english_matches_the_json_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, COUNTS, "--outcome", "selected", "--sensitive", "background",
                       "--lang", "en")  # fmt: skip
    assert code == 1
    assert out.splitlines()[0].endswith("15 rows (counts per group).")
    assert re.search(
        r"\nOutside Europe +below 4/5, unlikely to be chance +1,100 +217 +19\.7% +17\.5–22\.2 "
        r"+0\.64 ",
        out,
    )


def test_no_adverse_impact_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, ENGLISH, "--outcome", "selected", "--sensitive", "age_band",
                       "--lang", "en")  # fmt: skip
    assert code == 0
    assert out.rstrip().endswith("No group is below four-fifths of the reference group's "
                                 "selection rate. Do read the results: small differences can "
                                 "matter and small groups are uncertain. Exit code 0.")  # fmt: skip


def test_score_mode(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, SWEDISH, "--score", "Poäng", "--sensitive", "Bakgrund",
                       "--format", "json")  # fmt: skip
    payload = json.loads(out)
    assert payload["rate_kind"] == "scoring" and payload["score_median"] is not None
    assert code in (0, 1)


AUDIT_ARGS = ["--outcome", "selected", "--sensitive", "gender", "--sensitive", "background"]


def test_report_option_writes_an_audit_pdf(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from pypdf import PdfReader

    pdf_path = tmp_path / "audit.pdf"
    code, out, err = run(
        capsys, ENGLISH, *AUDIT_ARGS, "--format", "json", "--lang", "en", "--report", pdf_path
    )
    assert code == 1
    assert json.loads(out)["n_rows"] == 5000  # stdout is still exactly one JSON object
    assert f"Report written to {pdf_path}" in err
    text = "\n".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    assert "Outside Europe" in text and "0.64" in text


def test_report_to_a_missing_folder_fails_before_the_audit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "no" / "such" / "audit.pdf"
    code, out, err = run(capsys, ENGLISH, *AUDIT_ARGS, "--lang", "en", "--report", target)
    assert (code, out) == (2, "")
    assert NO_FOLDER.format("en", path=target, folder=target.parent) in err


def test_db_and_tool_save_the_run_to_the_register(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from ethics_toolkit.register.storage.store import Store

    url = f"sqlite:///{tmp_path / 'register.sqlite'}"
    assert main(["demo", "--db", url]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, SWEDISH, "--outcome", "Urval", "--positive", "Ja",
                         "--sensitive", "Kön", "--sensitive", "Bakgrund", "--lang", "en",
                         "--db", url, "--tool", "TalentScreen", "--by", "Johan Berg")  # fmt: skip
    assert code == 1 and err == ""
    # Human-readable output in reading order on stdout: the summary first, then what was saved.
    assert out.index("Read ") < out.index("saved to the register of TalentScreen")
    store = Store.open(url)
    runs = store.audit_runs(store.get_tool("TalentScreen").id)
    assert len(runs) == 2  # the demo's run and this one
    saved = runs[-1]
    assert saved.file_name == SWEDISH.name and saved.rows_read == 5000
    assert saved.run_by == "Johan Berg"  # issue 12: as entered with --by
    background = next(a for a in saved.result.analyses if a.attributes == ["Bakgrund"])
    outside = next(g for g in background.groups if g.values == {"Bakgrund": "Utanför Europa"})
    assert (outside.n, outside.selected) == (1100, 217)
    assert b"A00001" not in (tmp_path / "register.sqlite").read_bytes()  # never a raw row


def test_unknown_tool_fails_before_the_audit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'register.sqlite'}"
    assert main(["demo", "--db", url]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, ENGLISH, *AUDIT_ARGS, "--lang", "en", "--db", url,
                         "--tool", "NoSuchTool")  # fmt: skip
    assert (code, out) == (2, "")
    assert "NoSuchTool" in err and "TalentScreen" in err


def test_db_without_tool_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, ENGLISH, *AUDIT_ARGS, "--lang", "en", "--db", "sqlite://")
    assert (code, out) == (2, "")
    assert DB_WITHOUT_TOOL.en in err


BAD_INPUTS = {
    "empty file": (b"", ["--outcome", "o", "--sensitive", "g"], "is empty"),
    "binary file": (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        ["--outcome", "o", "--sensitive", "g"],
        "is not a text CSV file",
    ),
    "unknown column": (
        b"g,o\nA,1\nB,0\n",
        ["--outcome", "o", "--sensitive", "kon"],
        "The column 'kon' is not in the file. Available columns: 'g', 'o'.",
    ),
    "three outcome values": (
        b"g,o\nA,yes\nB,no\nA,maybe\n",
        ["--outcome", "o", "--sensitive", "g"],
        "Values found: 'maybe' (1), 'no' (1), 'yes' (1) (number of rows in brackets). Say which "
        "one with --positive VALUE",
    ),
    "all rows unknown": (
        b"g,o\nNot stated,1\n,0\nunknown,1\n",
        ["--outcome", "o", "--sensitive", "g"],
        "Every row has an unknown value in 'g'",
    ),
    "single group": (
        b"g,o\nA,1\nA,0\n,1\n",
        ["--outcome", "o", "--sensitive", "g"],
        "The column 'g' has only one group ('A')",
    ),
    "score with text": (
        b"g,s\nA,1.5\nB,high\nA,2\n",
        ["--score", "s", "--sensitive", "g"],
        "The score column 's' contains text, for example 'high'.",
    ),
    "positive not found": (
        b"g,o\nA,Ja\nB,Nej\n",
        ["--outcome", "o", "--positive", "Yes", "--sensitive", "g"],
        "Values found: 'Ja' (1), 'Nej' (1).",
    ),
}


@pytest.mark.parametrize(("data", "options", "message"), BAD_INPUTS.values(), ids=BAD_INPUTS)
def test_bad_input_exits_2_with_a_clear_message(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    data: bytes,
    options: list[str],
    message: str,
) -> None:
    path = tmp_path / "log.csv"
    path.write_bytes(data)
    code, out, err = run(capsys, path, *options, "--lang", "en")
    assert (code, out) == (2, "")
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_missing_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, tmp_path / "nope.csv", "--outcome", "o", "--sensitive", "g")
    assert code == 2 and "does not exist" in err


def test_real_entry_point_never_prints_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_bytes(b"g,o\nA,1\nA,0\n")
    done = subprocess.run(
        [sys.executable, "-m", "ethics_toolkit", "audit", str(path), "--outcome", "o",
         "--sensitive", "g", "--lang", "sv"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2 and done.stdout == ""
    assert "Kolumnen 'g' har bara en grupp ('A')" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "options",
    [
        ["--outcome", "selected"],  # detected
        ["--outcome", "selected", "--aggregated"],  # count column guessed
        ["--selected-column", "selected", "--count-column", "applicants"],
    ],
)
def test_group_counts_options(capsys: pytest.CaptureFixture[str], options: list[str]) -> None:
    code, out, _ = run(capsys, COUNTS, *options, "--sensitive", "gender", "--format", "json")
    payload = json.loads(out)
    assert code == 1 and payload["n_rows"] == 5000
    assert payload["reading"]["kind"] == "aggregated"
    assert payload["spec"]["count_column"] == "applicants"
    woman = next(g for g in payload["analyses"][0]["groups"] if g["values"]["gender"] == "Woman")
    assert (woman["n"], woman["selected"]) == (2480, 644)


STATUS_LOG = (
    b"g,status,day\n"
    + b"".join(
        f"{g},{s},2026-0{m}-1{m}\n".encode()
        for m, (g, s) in enumerate(
            [("A", "hired"), ("A", "rejected"), ("B", "withdrawn"), ("B", "rejected"),
             ("A", "hired"), ("B", "hired"), ("B", "rejected"), ("A", "withdrawn")],
            start=1,
        )
    )
)  # fmt: skip


def test_every_outcome_value_must_be_classified(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    log = tmp_path / "status.csv"
    log.write_bytes(STATUS_LOG)
    code, out, err = run(capsys, log, "--outcome", "status", "--positive", "hired",
                         "--sensitive", "g", "--format", "json")  # fmt: skip
    assert (code, out) == (2, "")
    assert "'rejected' (3), 'withdrawn' (2)" in err and "--exclude" in err
    code, out, _ = run(capsys, log, "--outcome", "status", "--positive", "hired", "--negative",
                       "rejected", "--exclude", "withdrawn", "--sensitive", "g",
                       "--format", "json")  # fmt: skip
    payload = json.loads(out)
    assert code in (0, 1)
    assert payload["spec"]["outcome_classes"] == {
        "hired": "selected", "rejected": "not_selected", "withdrawn": "excluded",
    }  # fmt: skip
    assert (payload["n_rows"], payload["excluded_rows"]) == (6, 2)
    groups = {g["values"]["g"]: (g["n"], g["selected"]) for g in payload["analyses"][0]["groups"]}
    assert groups == {"A": (3, 2), "B": (3, 1)}


def test_periods_in_json_and_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    log = tmp_path / "status.csv"
    log.write_bytes(STATUS_LOG)
    args = ["--outcome", "status", "--positive", "hired", "--negative", "rejected",
            "--exclude", "withdrawn", "--sensitive", "g", "--period", "day"]  # fmt: skip
    _, out, _ = run(capsys, log, *args, "--format", "json")
    periods = json.loads(out)["periods"]
    assert [(p["period"], p["n_rows"]) for p in periods] == [("2026-Q1", 2), ("2026-Q2", 3),
                                                            ("2026-Q3", 1)]  # fmt: skip
    _, out, _ = run(capsys, log, *args, "--freq", "year", "--lang", "en")
    assert "Period 2026 (6 rows)" in out


BY_JOB = SAMPLE_DATA / "recruitment_by_job.csv"
JOB_ARGS = ["--outcome", "selected", "--sensitive", "gender", "--sensitive", "background"]


def test_verdicts_and_stratified_in_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, BY_JOB, *JOB_ARGS, "--stratify", "requisition", "--format", "json")
    assert code == 1  # adverse impact in the pooled analysis: the exit code keeps its meaning
    payload = json.loads(out)
    gender = payload["analyses"][0]
    verdicts = {g["values"]["gender"]: g["verdict"] for g in gender["groups"]}
    assert verdicts == {"Man": "reference", "Woman": "adverse_significant"}
    women = next(g for g in gender["groups"] if g["values"] == {"gender": "Woman"})
    assert 0 < women["p_value_holm"] < 0.05 and 0 < women["min_detectable_ratio"] < 1
    stratified = gender["stratified"]
    assert (stratified["column"], stratified["strata"], stratified["unknown_strata_rows"]) == (
        "requisition", 4, 0,
    )  # fmt: skip
    (entry,) = stratified["groups"]
    assert entry["values"] == {"gender": "Woman"} and entry["strata_used"] == 4
    assert entry["mh_odds_ratio"] == pytest.approx(1.0)
    assert len(entry["mh_odds_ratio_ci"]) == 2 and entry["pooled_direction_reversed"] is False
    assert all("stratified" in a for a in payload["analyses"])


def test_without_stratify_there_is_no_stratified_section(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, BY_JOB, *JOB_ARGS, "--format", "json")
    payload = json.loads(out)
    assert all("stratified" not in a for a in payload["analyses"])
    assert all("verdict" in g for a in payload["analyses"] for g in a["groups"])


def test_stratified_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, BY_JOB, *JOB_ARGS, "--stratify", "requisition", "--lang", "en")
    assert code == 1
    assert "Verdict" in out and "below 4/5, unlikely to be chance" in out
    assert "Within the same requisition (4 values; 0 rows with unknown requisition left out)" in out
    assert "MH odds ratio" in out and "Breslow–Day p" in out
    assert "the pooled gap comes from where they applied" in out
    _, out, _ = run(capsys, BY_JOB, *JOB_ARGS, "--stratify", "requisition", "--lang", "sv")
    assert "Bedömning" in out and "Inom samma requisition" in out


def test_unknown_stratify_column_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, BY_JOB, *JOB_ARGS, "--stratify", "job", "--lang", "en")
    assert code == 2 and "job" in err


def test_help_says_the_verdicts_refine_exit_code_1(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["audit", "--help"])
    out = capsys.readouterr().out
    assert "--stratify" in out
    assert "Exit code 1 keeps its meaning" in " ".join(out.split())
    assert "verdict" in out and "insufficient_evidence" in out


def test_labels_name_columns_and_values(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, ENGLISH, "--outcome", "selected", "--sensitive", "gender", "--lang", "sv",
        "--label", "gender=Kön", "--label", "gender:Woman=Kvinna",
        "--label", "gender:Non-binary=Icke-binär",
    )  # fmt: skip
    assert (code, err) == (1, "")
    assert "Efter kön (referensgrupp: Man)" in out
    assert "Sökande med kön Kvinna valdes ut 0,86 gånger så ofta som sökande med kön Man" in out
    assert "gender" not in out and '"Woman"' not in out
    code, out, _ = run(
        capsys, ENGLISH, "--outcome", "selected", "--sensitive", "gender", "--format", "json",
        "--label", "gender=Kön", "--label", "gender:Woman=Kvinna",
    )  # fmt: skip
    spec = json.loads(out)["spec"]  # the labels are kept with the audit (and a saved run)
    assert spec["column_labels"] == {"gender": "Kön"}
    assert spec["value_labels"] == {"gender": {"Woman": "Kvinna"}}


@pytest.mark.parametrize(
    ("label", "message"),
    [
        ("gender", "is not in the right form"),
        ("kön=Kön", "which the audit does not use"),
        ("gender:Wman=Kvinna", "has no value 'Wman'"),
    ],
)
def test_a_bad_label_is_a_usage_error(capsys, label: str, message: str) -> None:
    code, out, err = run(
        capsys, ENGLISH, "--outcome", "selected", "--sensitive", "gender", "--lang", "en",
        "--label", label,
    )  # fmt: skip
    assert (code, out) == (2, "")
    assert message in err and "Traceback" not in err


# --- issue 9: workbooks and bad input ------------------------------------------------------------


def test_an_xlsx_gives_the_figures_of_the_csv_and_names_its_sheet(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import csv

    from tests.workbooks import xlsx

    with SWEDISH.open(encoding="cp1252", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    book = tmp_path / "export.xlsx"
    book.write_bytes(xlsx([("Info", []), ("Beslut", rows)]))
    args = ["--outcome", "Urval", "--positive", "Ja", "--sensitive", "Bakgrund", "--format", "json"]
    code, out, _ = run(capsys, book, *args)
    from_book = json.loads(out)
    assert code == 1 and from_book["reading"]["sheet"] == "Beslut"
    _, out, _ = run(capsys, SWEDISH, *args)
    from_csv = json.loads(out)
    assert from_book["analyses"] == from_csv["analyses"]
    code, out, _ = run(capsys, book, *args[:-2], "--sheet", "2", "--lang", "sv")
    assert (
        out.splitlines()[0]
        == "Läste export.xlsx, bladet 'Beslut': 5\u202f000 rader (en rad per sökande)."
    )


def test_help_documents_the_sheet_flag() -> None:
    help_text = subprocess.run(
        [sys.executable, "-m", "ethics_toolkit", "audit", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "--sheet NAME|NUMBER" in help_text and ".xlsx" in help_text


GOOD = b"case,sex,decision\n" + b"".join(
    f"C{i},{'female' if i % 2 else 'male'},{'yes' if i % 3 else 'no'}\n".encode() for i in range(90)
)


@pytest.mark.parametrize(
    ("content", "extra", "words"),
    [
        (b"", [], "is empty"),
        (b"case,sex,decision\n", [], "no data rows"),
        (GOOD.replace(b"case,sex,", b"sex,sex,", 1), [], "'sex' (1, 2)"),
        (
            GOOD.replace(b"case,sex,", b"case, sex,", 1).replace(b"decision", b"sex ", 1),
            [],
            "'sex'",
        ),
        (GOOD.replace(b"case,", b",", 1), [], "Column 1"),
        (GOOD[:-20] + b"C89,ma\0le,yes\n", [], "binary data"),
        (GOOD + GOOD[18:] * 400 + b"C1,ma\0le,yes\n", [], "NUL byte on line 36092"),
        (GOOD, ["--sep", "ab"], "tab"),
        (GOOD, ["--encoding", "rot13"], "cp1252"),
        (GOOD + "C90,fémale,no\n".encode("cp1252") + "C91,fémale,no\n".encode(), [], "line 92"),
    ],
    ids=[
        "empty",
        "header-only",
        "duplicate",
        "duplicate-stripped",
        "unnamed",
        "nul",
        "nul-late",
        "separator",
        "encoding",
        "mixed-encodings",
    ],
)
def test_bad_input_is_exit_2_never_a_verdict_nor_a_bug_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, extra: list[str], words: str
) -> None:
    path = tmp_path / "log.csv"
    path.write_bytes(content)
    code, out, err = run(
        capsys, path, "--outcome", "decision", "--positive", "yes", "--sensitive", "sex",
        "--format", "json", "--lang", "en", *extra,
    )  # fmt: skip
    assert code == 2 and out == ""
    assert words in err and "report" not in err


def test_a_fifo_and_a_device_are_refused_at_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import os

    fifo = tmp_path / "log.csv"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero")):
        code, _, err = run(capsys, path, "--outcome", "d", "--sensitive", "s", "--lang", "en")
        assert code == 2 and "not a regular file" in err


def test_the_size_limit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ethics_toolkit.engine.reading import load as source

    monkeypatch.setattr(source, "MAX_FILE_BYTES", 100)
    path = tmp_path / "log.csv"
    path.write_bytes(GOOD)
    code, out, err = run(
        capsys, path, "--outcome", "decision", "--sensitive", "sex", "--lang", "en"
    )
    assert code == 2 and out == "" and "more than the limit" in err
