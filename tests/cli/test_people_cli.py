"""Issue 12 on the command line: who ran the audit, who prepared the report, as entered."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from ethics_toolkit.cli import main
from ethics_toolkit.cli.texts import LOGIN_NAME_USED, OPTION_TOO_LONG
from ethics_toolkit.register.domain.actors import NOT_STATED
from ethics_toolkit.register.storage.store import (
    ENV_USER,
    Store,
    login_name,
    named_actor,
    resolve_actor,
)
from tests.conftest import SAMPLE_DATA
from tests.report.conftest import page_texts

SWEDISH = SAMPLE_DATA / "rekrytering_excel_export.csv"
AUDIT = ["audit", str(SWEDISH), "--outcome", "Urval", "--positive", "Ja", "--sensitive", "Kön",
         "--sensitive", "Bakgrund"]  # fmt: skip


@pytest.fixture
def demo_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    url = f"sqlite:///{tmp_path / 'register.sqlite'}"
    assert main(["demo", "--db", url]) == 0
    capsys.readouterr()
    return url


def test_the_name_as_entered_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_USER, "Maria Lind")
    assert resolve_actor("  Johan Berg ") == ("Johan Berg", False)
    assert resolve_actor(None) == ("Maria Lind", False)
    monkeypatch.delenv(ENV_USER)
    assert named_actor(None) is None
    assert resolve_actor(None) == (NOT_STATED, True)  # never the login name (issue 21)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_by_names_the_saved_run_and_the_report(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    target = tmp_path / "audit.pdf"
    code = main([*AUDIT, "--db", demo_url, "--tool", "TalentScreen", "--by", "Łukasz Ślęzak",
                 "--author", "Maria Lind", "--report", str(target), "--lang", lang])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and err == ""
    store = Store.open(demo_url)
    assert store.audit_runs(store.get_tool("TalentScreen").id)[-1].run_by == "Łukasz Ślęzak"
    pdf = target.read_bytes()
    body = " ".join(page_texts(pdf))
    assert ("Audited by Łukasz Ślęzak" if lang == "en" else "Granskad av Łukasz Ślęzak") in body
    assert ("Prepared by Maria Lind" if lang == "en" else "Upprättad av Maria Lind") in body
    assert PdfReader(io.BytesIO(pdf)).metadata.author == "Maria Lind"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_login_name_is_never_used(
    demo_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
) -> None:
    """Issue 21: without --by the audit is recorded as "not stated", said on stderr, and the
    report and the history say "not stated", never the OS account name."""
    monkeypatch.delenv(ENV_USER, raising=False)
    target = tmp_path / "audit.pdf"
    code = main([*AUDIT, "--db", demo_url, "--tool", "TalentScreen", "--lang", lang,
                 "--report", str(target)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert LOGIN_NAME_USED.format(lang) in err
    assert f" {login_name()} " not in err
    store = Store.open(demo_url)
    tool = store.get_tool("TalentScreen")
    assert store.audit_runs(tool.id)[-1].run_by == NOT_STATED
    assert store.history(tool.id)[-1].actor == NOT_STATED
    body = " ".join(page_texts(target.read_bytes()))
    assert ("Audited by not stated" if lang == "en" else "Granskad av ej angivet") in body
    assert ("Prepared by not stated" if lang == "en" else "Upprättad av ej angivet") in body
    assert PdfReader(io.BytesIO(target.read_bytes())).metadata.author in (None, "")
    assert main(["report", "--db", demo_url, "--tool", "TalentScreen", "--lang", lang,
                 "-o", str(target)]) == 0  # fmt: skip
    body = " ".join(page_texts(target.read_bytes()))
    assert ("run on" if lang == "en" else "kördes") in body
    assert ("by not stated" if lang == "en" else "av ej angivet") in body
    assert f" {login_name()} " not in body


def test_env_user_is_used_without_a_note(
    demo_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_USER, "Kim Ek")
    assert main([*AUDIT, "--db", demo_url, "--tool", "TalentScreen", "--lang", "en"]) == 1
    assert capsys.readouterr().err == ""
    store = Store.open(demo_url)
    assert store.audit_runs(store.get_tool("TalentScreen").id)[-1].run_by == "Kim Ek"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_report_author_is_on_the_cover_and_in_the_metadata(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    target = tmp_path / "rapport.pdf"
    code = main(["report", "--db", demo_url, "--tool", "TalentScreen", "--lang", lang,
                 "--author", "Anna Andersson", "-o", str(target)])  # fmt: skip
    assert code == 0 and capsys.readouterr().err == ""
    pdf = target.read_bytes()
    cover = page_texts(pdf)[0]
    assert (
        "Prepared by Anna Andersson" if lang == "en" else "Upprättad av Anna Andersson"
    ) in cover
    assert PdfReader(io.BytesIO(pdf)).metadata.author == "Anna Andersson"


def test_the_art9_ground_of_an_audit_only_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "audit.pdf"
    ground = "Art. 9(2)(b): arbetsrättsliga skyldigheter"
    code = main([*AUDIT, "--lang", "en", "--report", str(target), "--art9-ground", ground])
    assert code == 1
    body = " ".join(page_texts(target.read_bytes()))
    assert f"Bakgrund (ethnic origin). Art. 9(2) exception: {ground}" in body
    main([*AUDIT, "--lang", "en", "--report", str(target)])
    capsys.readouterr()
    assert "Art. 9(2) exception: not stated" in " ".join(page_texts(target.read_bytes()))


def test_a_too_long_author_is_refused_before_any_work(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "rapport.pdf"
    code = main(["report", "--db", demo_url, "--tool", "TalentScreen", "--lang", "en",
                 "--author", "x" * 201, "-o", str(target)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and not target.exists()
    assert OPTION_TOO_LONG.format("en", option="--author", limit=200, length=201) in err
