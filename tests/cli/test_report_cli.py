"""``ethics-toolkit report``: writes the PDF of a registered tool; clear exit 2 on bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from ethics_toolkit.cli import main
from ethics_toolkit.cli.texts import IS_FOLDER, NO_FOLDER, UNWRITABLE
from ethics_toolkit.register.domain.tool import AITool, DecisionRole, HRProcess
from ethics_toolkit.register.storage.store import Store
from tests.report.conftest import page_texts
from tests.report.fixtures import demo_result


@pytest.fixture(scope="module")
def db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A register with one tool and the hand-built demo audit run."""
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'register.sqlite3'}"
    store = Store.open(url)
    tool = store.save_tool(
        AITool(
            name="TalentScreen",
            vendor="Exempel AB",
            hr_process=HRProcess.recruitment,
            decision_role=DecisionRole.ranks,
        ),
        actor="test",
    )
    store.save_tool(
        AITool(
            name="ShiftPlanner",
            hr_process=HRProcess.task_allocation,
            decision_role=DecisionRole.supports,
        ),
        actor="test",
    )
    store.save_audit_run(tool.id, demo_result(), actor="test", file_name="decisions.csv")
    return url


@pytest.mark.parametrize(("lang", "page_one"), [("sv", "Sida 1 av"), ("en", "Page 1 of")])
def test_writes_the_report(db_url: str, tmp_path: Path, capsys, lang: str, page_one: str) -> None:
    out = tmp_path / "report.pdf"
    code = main(
        ["report", "--db", db_url, "--tool", "TalentScreen", "--lang", lang, "-o", str(out)]
    )
    assert code == 0
    pages = page_texts(out.read_bytes())
    assert page_one in pages[0] and "TalentScreen" in pages[0]
    ratio = {
        "sv": "Outside Europe 1 100 217 19,7 % (17,5–22,2) 0,64",
        "en": "Outside Europe 1,100 217 19.7% (17.5–22.2) 0.64",
    }[lang]
    assert any(ratio in page for page in pages)
    assert str(out) in capsys.readouterr().out


def test_unknown_tool_lists_the_names(db_url: str, tmp_path: Path, capsys) -> None:
    out = tmp_path / "report.pdf"
    code = main(["report", "--db", db_url, "--tool", "Nope", "--lang", "en", "-o", str(out)])
    assert code == 2
    err = capsys.readouterr().err
    assert "Nope" in err and "ShiftPlanner" in err and "TalentScreen" in err
    assert "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize("case", ["missing folder", "parent is a file", "is a folder"])
def test_unwritable_output_path(db_url: str, tmp_path: Path, capsys, case: str) -> None:
    (tmp_path / "file.txt").write_text("x")
    out, expected = {
        "missing folder": (
            tmp_path / "nope" / "r.pdf",
            NO_FOLDER.format("en", path=tmp_path / "nope" / "r.pdf", folder=tmp_path / "nope"),
        ),
        "parent is a file": (
            tmp_path / "file.txt" / "r.pdf",
            NO_FOLDER.format(
                "en", path=tmp_path / "file.txt" / "r.pdf", folder=tmp_path / "file.txt"
            ),
        ),
        "is a folder": (tmp_path, IS_FOLDER.format("en", path=tmp_path)),
    }[case]
    code = main(
        ["report", "--db", db_url, "--tool", "TalentScreen", "--lang", "en", "-o", str(out)]
    )
    assert code == 2
    assert capsys.readouterr().err.strip() == f"ethics-toolkit: {expected}"


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_write_failure_is_one_message(
    db_url: str, tmp_path: Path, capsys, monkeypatch, lang: str
) -> None:
    """Permissions cannot be tested as root; a refused write is simulated instead."""

    def refuse(self: Path, data: bytes) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "write_bytes", refuse)
    out = tmp_path / "r.pdf"
    code = main(
        ["report", "--db", db_url, "--tool", "TalentScreen", "--lang", lang, "-o", str(out)]
    )
    assert code == 2
    expected = UNWRITABLE.format(lang, path=out, reason="Permission denied")
    assert capsys.readouterr().err.strip() == f"ethics-toolkit: {expected}"
