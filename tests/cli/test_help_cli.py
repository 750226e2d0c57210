"""Issue 25: help worth reading, in one language, and the language rule of the command line."""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from collections.abc import Iterator

import pytest

from ethics_toolkit.cli import build_parser, main
from ethics_toolkit.cli.help_texts import HELP
from ethics_toolkit.cli.localise import argv_lang, command_lang
from ethics_toolkit.i18n import LANGS, Lang, chosen_lang, language_of

# Options that mean the same everywhere: the same choices, default and help in every command.
SHARED = ("--lang", "--format", "--db", "--sheet", "--encoding", "--sep", "--decimal")
# ``paired make --format`` is a list of CV file formats (issue 24's contract), not text|json.
OTHER_MEANING = {("ethics-toolkit paired make", "--format")}
# ``access --role`` is a role in the app (issue 22's contract), not a person's role around a tool.
OTHER_MEANING |= {(f"ethics-toolkit access {verb}", "--role") for verb in ("grant", "revoke")}
# Options of several commands that name the same thing: the same choices and metavar (``--kind``
# is a report's, a notice's and a learning record's kind: three different things).
SAME_SHAPE = ("--tool", "--by", "--date", "--risk", "--owner", "--due", "--role", "--cvs",
              "--difference", "--attributes", "--freq", "--positive", "--score")  # fmt: skip
LOCALE_VARS = ("ETHICS_TOOLKIT_LANG", "LC_ALL", "LC_MESSAGES", "LANG")


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """The parser and every subparser below it."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from parsers(sub)


def options(parser: argparse.ArgumentParser) -> Iterator[argparse.Action]:
    for action in parser._actions:
        if not isinstance(action, argparse._HelpAction | argparse._SubParsersAction):
            yield action


@pytest.fixture(autouse=True)
def no_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in LOCALE_VARS:
        monkeypatch.delenv(var, raising=False)


@pytest.mark.parametrize("lang", LANGS)
def test_every_command_has_a_description_an_example_and_help_for_every_option(lang: Lang) -> None:
    examples = "Exempel:" if lang == "sv" else "Examples:"
    walked = list(parsers(build_parser(lang)))
    assert len(walked) > 30  # every subcommand and sub-subcommand, not just the top
    for parser in walked:
        assert parser.description, parser.prog
        assert examples in (parser.epilog or ""), parser.prog
        example = parser.epilog.split(examples, 1)[1]
        assert "ethics-toolkit " + parser.prog.removeprefix("ethics-toolkit").strip() in example
        for action in options(parser):
            assert action.help, f"{parser.prog} {action.option_strings or action.dest}"
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                listed = {line.dest: line.help for line in action._choices_actions}
                assert set(listed) == set(action.choices), parser.prog
                assert all(listed.values()), parser.prog


def test_shared_options_have_the_same_choices_default_and_help_everywhere() -> None:
    seen: dict[str, set[tuple[object, ...]]] = defaultdict(set)
    for parser in parsers(build_parser("en")):
        for action in options(parser):
            name = action.option_strings[-1] if action.option_strings else None
            if name is None or (parser.prog, name) in OTHER_MEANING:
                continue
            choices = tuple(action.choices) if action.choices else None
            described = (choices, repr(action.default), action.metavar, action.type)
            if name in SHARED:
                described += (action.help,)
            seen[name].add(described)
    for name in SAME_SHAPE:  # the same thing under the same name: listed alike
        assert len({v[0::2] for v in seen[name]}) == 1, (name, seen[name])
    for name in SHARED:
        assert len(seen[name]) == 1, (name, seen[name])
    assert seen["--sep"] == {(None, "None", "CHAR", None, "field separator: , ; | or tab "
                              "(default: detected)")}  # fmt: skip


def test_the_file_types_listed_include_xlsb() -> None:
    parser = build_parser("en")
    texts = [a.help or "" for p in parsers(parser) for a in options(p) if not a.option_strings]
    files = [text for text in texts if ".xlsx" in text]
    assert len(files) >= 3  # audit SOURCE, guess FILE, paired analyse ANSWERS
    assert all(".xlsb" in text for text in files)


def test_the_help_is_in_one_language(capsys: pytest.CaptureFixture[str]) -> None:
    """Swedish help holds no English sentence of argparse or of ours, and the other way round."""
    with pytest.raises(SystemExit):
        main(["guess", "--lang", "sv", "--help"])
    swedish = capsys.readouterr().out
    assert swedish.startswith("användning: ethics-toolkit guess")
    for english in ("usage:", "options:", "show this help", "positional arguments", "Examples"):
        assert english not in swedish
    assert "fältavgränsare: , ; | eller tab" in swedish
    with pytest.raises(SystemExit):
        main(["guess", "--lang", "en", "--help"])
    english_help = capsys.readouterr().out
    assert not re.search("[åäö]", english_help)


def test_usage_errors_are_in_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["audit", "x.csv", "--lang", "sv", "--format", "xml"])
    assert stopped.value.code == 2  # the contract's usage code, unchanged
    error = capsys.readouterr().err
    assert "ethics-toolkit audit: fel: argument --format: ogiltigt val: 'xml'" in error
    assert "invalid choice" not in error


def test_the_language_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """--lang, else ETHICS_TOOLKIT_LANG, else the locale, else the data's words, else English."""
    swedish_data = argparse.Namespace(lang=None, outcome="beslut", sensitive=["kön"])
    english_data = argparse.Namespace(lang=None, outcome="selected", sensitive=["gender"])
    unknown = argparse.Namespace(lang=None, outcome="x1", sensitive=["x2"])
    assert chosen_lang() is None  # nothing set: the locale says nothing
    assert command_lang(swedish_data) == "sv"
    assert command_lang(english_data) == "en"
    assert command_lang(unknown) == "en"
    assert command_lang(unknown, ["Kön", "Ålder", "Beslut"]) == "sv"  # a file's header
    monkeypatch.setenv("LANG", "C.UTF-8")  # says nothing either
    assert command_lang(swedish_data) == "sv"
    monkeypatch.setenv("LC_ALL", "POSIX")
    assert command_lang(swedish_data) == "sv"
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")  # the locale says English: it wins over data
    assert command_lang(swedish_data) == "en"
    monkeypatch.setenv("ETHICS_TOOLKIT_LANG", "sv")
    assert command_lang(english_data) == "sv"
    assert command_lang(argparse.Namespace(lang="en", outcome="beslut")) == "en"
    assert argv_lang(["audit", "--lang=en", "--outcome", "beslut"]) == "en"
    assert argv_lang(["audit", "--lang", "sv", "--help"]) == "sv"


def test_the_data_language_needs_a_majority() -> None:
    assert language_of(["kön", "gender"]) is None
    assert language_of(["födelse_land", "Outcome", "Kön"]) == "sv"
    assert language_of(["id", "x"]) is None
    assert language_of(["applicant_id", "gender", "selected"]) == "en"


def test_a_c_locale_gives_no_english_sentence_around_swedish_columns(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    monkeypatch.setenv("LC_ALL", "C")
    log = tmp_path / "beslut.csv"
    log.write_text("kön,beslut\n" + "Kvinna,Ja\nMan,Nej\n" * 10, encoding="utf-8")
    code = main([
        "audit", str(log), "--outcome", "saknas", "--positive", "Ja", "--sensitive", "kön",
    ])  # fmt: skip
    assert code == 2
    error = capsys.readouterr().err
    swedish = build_parser("sv")  # the message's language is the help's
    assert swedish.lang == "sv"
    assert "saknas" in error and not re.search(r"\b(column|not found|the file)\b", error), error
    for key in ("--lang", "--sep"):
        assert HELP.text(key, "sv") != HELP.text(key, "en")
