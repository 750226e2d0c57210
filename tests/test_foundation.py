"""The foundation's promises: the CLI answers, sample data is reproducible, telemetry is off."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from ethics_toolkit import __version__
from ethics_toolkit.cli import main
from ethics_toolkit.samples.decisions import CELLS, sample_files
from tests.conftest import PROJECT_ROOT, SAMPLE_DATA


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("audit", "demo", "tools", "export", "import", "report", "sample-data"):
        assert command in out


def test_version_via_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ethics_toolkit", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == f"ethics-toolkit {__version__}"


def test_help_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys; from ethics_toolkit.cli import build_parser; build_parser(); "
        "print(','.join(m for m in ('pandas', 'numpy', 'scipy', 'sklearn', 'fairlearn', "
        "'reportlab', 'sqlalchemy', 'streamlit') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_unknown_option_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["audit", "x.csv", "--no-such-option"])
    assert exit_info.value.code == 2


@pytest.mark.parametrize("name", sorted(sample_files()))
def test_sample_data_regenerates_byte_for_byte(name: str, tmp_path: Path) -> None:
    assert main(["sample-data", "--out", str(tmp_path)]) == 0
    assert (tmp_path / name).read_bytes() == (SAMPLE_DATA / name).read_bytes()


def test_sample_data_has_the_documented_cells() -> None:
    rows = list(
        csv.DictReader(io.StringIO((SAMPLE_DATA / "recruitment_decisions.csv").read_text()))
    )
    assert len(rows) == 5000
    applicants = Counter((r["gender"], r["background"]) for r in rows)
    selected = Counter((r["gender"], r["background"]) for r in rows if r["selected"] == "1")
    for key, (n, s) in CELLS.items():
        assert applicants[key] == n
        assert selected[key] == s
    women = [r for r in rows if r["gender"] == "Woman"]
    assert sum(r["selected"] == "1" for r in women) / len(women) == pytest.approx(644 / 2480)


def test_swedish_export_is_what_excel_writes() -> None:
    raw = (SAMPLE_DATA / "rekrytering_excel_export.csv").read_bytes()
    assert raw.count(b"\r\n") == 5001
    text = raw.decode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    header, first = text.split("\r\n")[:2]
    assert header == "Sökande-ID;Kön;Bakgrund;Åldersgrupp;Poäng;Urval;Kvalificerad"
    assert first.split(";")[4].count(",") == 1  # decimal comma in the score
    assert "Utanför Europa" in text


def test_streamlit_config_has_no_telemetry_and_loopback() -> None:
    config = tomllib.loads((PROJECT_ROOT / ".streamlit" / "config.toml").read_text())
    assert config["browser"]["gatherUsageStats"] is False
    assert config["server"]["address"] == "127.0.0.1"
    assert config["client"]["showErrorDetails"] == "none"
    assert config["server"]["maxUploadSize"] >= 50


def test_unwritable_output_folder_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert main(["sample-data", "--out", str(blocker / "sub")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("ethics-toolkit: cannot use ") and str(blocker) in err
    assert "Traceback" not in err


def test_unexpected_error_exits_2_not_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exit 1 means "adverse impact found" to a pipeline; a crash must never look like that."""
    import ethics_toolkit.samples.decisions

    def boom(folder: Path) -> list[Path]:
        raise RuntimeError("boom")

    monkeypatch.setattr(ethics_toolkit.samples.decisions, "write_sample_files", boom)
    monkeypatch.setenv("ETHICS_TOOLKIT_LANG", "sv")
    assert main(["sample-data"]) == 2
    err = capsys.readouterr().err
    assert "ett oväntat fel inträffade (RuntimeError: boom)" in err
    monkeypatch.setenv("ETHICS_TOOLKIT_DEBUG", "1")
    with pytest.raises(RuntimeError, match="boom"):
        main(["sample-data"])
