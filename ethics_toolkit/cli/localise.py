"""The command line's language, and its help in that language (issue 25).

The language is ``--lang`` when given, else ``ETHICS_TOOLKIT_LANG``, else the locale, else the
language of the data's own words (column names and values on the command line, or a file's header),
else English: a C locale never gives English sentences around Swedish column names.

The subcommand modules declare names, types and choices only; :func:`apply_texts` fills in every
description, example, option help and group title from :data:`ethics_toolkit.cli.help_texts.HELP`
in one language, so the same option reads the same in every command and no sentence is mixed.
Only argparse, textwrap and the text catalogue are imported (``--help`` stays instant).
"""

from __future__ import annotations

import argparse
import re
import textwrap
from collections.abc import Iterable, Sequence

from ethics_toolkit.i18n import LANGS, Lang, chosen_lang, language_of

# Arguments that name the data (columns and values): they tell the data's language.
DATA_ARGUMENTS = (
    "outcome", "score", "selected_column", "positive", "negative", "exclude", "sensitive",
    "truth", "truth_positive", "stratify", "period", "recommendation", "stage", "count_column",
    "id_column", "decision", "rank",
)  # fmt: skip


def _words(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [item for item in value if isinstance(item, str)]
    return []


def command_lang(args: argparse.Namespace, words: Iterable[object] = ()) -> Lang:
    """The language of a command's output and messages (the rule in this module's docstring).

    ``words`` are the data's own words when the command has read them (a file's header).
    """
    given = getattr(args, "lang", None)
    if given in LANGS:
        return given
    named = [word for dest in DATA_ARGUMENTS for word in _words(getattr(args, dest, None))]
    return chosen_lang() or language_of([*named, *words]) or "en"


def argv_lang(argv: Sequence[str]) -> Lang:
    """The language of ``--help`` and usage errors, from the raw command line (before parsing)."""
    for index, word in enumerate(argv):
        value = argv[index + 1] if word == "--lang" and index + 1 < len(argv) else None
        if word.startswith("--lang="):
            value = word.split("=", 1)[1]
        if value in LANGS:
            return value  # type: ignore[return-value]
    return chosen_lang() or language_of(argv) or "en"


class Formatter(argparse.HelpFormatter):
    """Wraps prose paragraphs; keeps indented lines (the examples) as written."""

    lang: Lang = "en"

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        blocks = []
        for block in text.split("\n\n"):
            if block.startswith(" ") or "\n " in block:
                blocks.append("\n".join(indent + line for line in block.splitlines()))
            else:
                blocks.append(textwrap.fill(" ".join(block.split()), width, initial_indent=indent,
                                            subsequent_indent=indent))  # fmt: skip
        return "\n\n".join(blocks)

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        from ethics_toolkit.cli.help_texts import HELP

        if prefix is None:
            prefix = HELP.text("*usage", self.lang) + " "
        super().add_usage(usage, actions, groups, prefix)


def _formatter(lang: Lang) -> type[Formatter]:
    return type(f"Formatter_{lang}", (Formatter,), {"lang": lang})


def _lookup(key: str, lang: Lang, *fallbacks: str) -> str | None:
    from ethics_toolkit.cli.help_texts import HELP

    for candidate in (key, *fallbacks):
        if candidate in HELP:
            return HELP.text(candidate, lang)
    return None


def option_key(action: argparse.Action) -> str:
    """How an option is named in the catalogue: its long flag, or a positional's dest."""
    return action.option_strings[-1] if action.option_strings else action.dest


def apply_texts(parser: argparse.ArgumentParser, lang: Lang, path: str = "") -> None:
    """Fill ``parser`` and every subparser below it with the catalogue's texts in ``lang``.

    Keys: ``"PATH:description"``, ``"PATH:example"`` (and ``"PATH:notes"``), ``"PATH:help"`` (the
    line in the parent's list), ``"PATH --option"`` with ``"--option"`` as the shared text of an
    option that reads the same everywhere, ``"PATH [group]"`` for an argument group.
    """
    parser.lang = lang  # type: ignore[attr-defined]  # for the usage errors (_Parser.error)
    parser.formatter_class = _formatter(lang)
    parser.description = _lookup(f"{path}:description", lang)
    notes = _lookup(f"{path}:notes", lang)
    example = _lookup(f"{path}:example", lang)
    parts = [notes] if notes else []
    if example:
        lines = "\n".join("  " + line for line in example.splitlines())
        parts.append(_lookup("*examples", lang) + "\n" + lines)  # type: ignore[operator]
    parser.epilog = "\n\n".join(parts) or None
    parser._positionals.title = _lookup("*positionals", lang)
    parser._optionals.title = _lookup("*options", lang)
    for group in parser._action_groups[2:]:
        group.title = _lookup(f"{path} [{getattr(group, 'key', group.title)}]", lang)
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = _lookup("*help", lang)
        elif isinstance(action, argparse._VersionAction):
            action.help = _lookup("*version", lang)
        elif isinstance(action, argparse._SubParsersAction):
            action.help = _lookup("*command", lang)
            action._choices_actions.clear()  # the list of commands, one line each, in order
            for name, subparser in action.choices.items():
                sub = f"{path} {name}".strip()
                line = action._ChoicesPseudoAction(name, (), _lookup(f"{sub}:help", lang))
                action._choices_actions.append(line)
                apply_texts(subparser, lang, sub)
        else:
            name = option_key(action)
            action.help = _lookup(f"{path} {name}".strip(), lang, name)


def keyed_group(parser: argparse.ArgumentParser, key: str) -> argparse._ArgumentGroup:
    """An argument group whose title is the catalogue's ``"PATH [key]"`` (see apply_texts)."""
    group = parser.add_argument_group(key)
    group.key = key  # type: ignore[attr-defined]
    return group


def usage_error(message: str, lang: Lang) -> str:
    """argparse's own error message (always English) in ``lang``, when the catalogue knows it."""
    from ethics_toolkit.cli.help_texts import ARGPARSE_ERRORS

    for entry in ARGPARSE_ERRORS.values():
        pattern = re.escape(entry.en).replace(r"\{", "{").replace(r"\}", "}")
        pattern = re.sub(r"\{(\w+)\}", r"(?P<\1>.+?)", pattern)
        match = re.fullmatch(pattern, message, flags=re.DOTALL)
        if match:
            return entry.format(lang, **match.groupdict())  # type: ignore[union-attr]
    return message
