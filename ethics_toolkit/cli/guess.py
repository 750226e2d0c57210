"""``ethics-toolkit guess``: the suggested column mapping of a decision log (contract in issue 9).

``--format json`` prints exactly the :class:`~ethics_toolkit.engine.recipe.guess.Guess` object
(schema version 1); ``--format text`` prints the mapping, the reason for every guess and an
``audit`` command to start from. Exit code 0, or 2 when the file cannot be read. The app pre-fills
its column mapping from the same function
(:func:`ethics_toolkit.engine.recipe.guess.guess_mapping`).
"""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from ethics_toolkit.cli import EXIT_OK, handler
from ethics_toolkit.cli.localise import keyed_group

if TYPE_CHECKING:
    from ethics_toolkit.engine.recipe.guess import Guess
    from ethics_toolkit.i18n import Lang


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "guess",
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument(
        "--sheet",
        metavar="NAME|NUMBER",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--lang", choices=("sv", "en"), default=None)
    reading = keyed_group(parser, "reading")
    reading.add_argument("--encoding", metavar="NAME")
    reading.add_argument("--sep", metavar="CHAR")
    reading.add_argument("--decimal", choices=(".", ","))
    parser.set_defaults(run=handler("ethics_toolkit.cli.guess:run"))


def run(args: argparse.Namespace) -> int:
    from ethics_toolkit.cli.localise import command_lang
    from ethics_toolkit.engine.reading.tabular import read_table
    from ethics_toolkit.engine.recipe.guess import GUESS_ROWS, guess_mapping

    frame, info = read_table(
        args.file,
        sheet=args.sheet,
        encoding=args.encoding,
        separator=args.sep,
        decimal=args.decimal,
        nrows=GUESS_ROWS,
    )
    guess = guess_mapping(
        frame, sheet=info.sheet, rows=info.rows_read, other_sheets=info.other_sheets
    )
    # The file's header tells its language when nothing else does (issue 25); the error handler
    # of main() reads it from args too.
    args.lang = lang = command_lang(args, frame.columns)
    if args.format == "json":
        text = guess.model_dump_json()
    else:
        text = render_text(guess, args.file, info.sheet, lang)
    with contextlib.suppress(BrokenPipeError):  # the reader closed the pipe (| head)
        print(text, flush=True)
    return EXIT_OK


def _t(key: str, lang: Lang, **fields: object) -> str:
    from ethics_toolkit.cli.guess_texts import TEXTS

    return TEXTS.text(key, lang, **fields)


def audit_command(guess: Guess, file: Path, sheet: str | None) -> list[str] | None:
    """The ``ethics-toolkit audit`` arguments the guess amounts to, or ``None`` if incomplete."""
    if not guess.sensitive or not (guess.outcome or guess.score):
        return None
    argv = ["ethics-toolkit", "audit", str(file)]
    if sheet is not None:
        argv += ["--sheet", sheet]
    if guess.kind == "counts":
        argv += [
            "--outcome",
            guess.outcome or "",
            "--aggregated",
            "--count-column",
            guess.count or "",
        ]
    elif guess.outcome is not None:
        argv += ["--outcome", guess.outcome]
        if guess.positive is not None:
            argv += ["--positive", guess.positive]
    else:
        argv += ["--score", guess.score or ""]
    for column in guess.sensitive:
        argv += ["--sensitive", column]
    if guess.kind != "counts" and guess.truth is not None:
        argv += ["--truth", guess.truth]
        if guess.truth_positive is not None:
            argv += ["--truth-positive", guess.truth_positive]
    return argv + recipe_arguments(guess)


def recipe_arguments(guess: Guess) -> list[str]:
    """Issue 20: the recipe's guesses as ``audit`` options (uncertain ones left to the user)."""
    argv = []
    if guess.kind != "counts" and guess.recommendation and guess.recommendation_positive:
        argv += ["--recommendation", guess.recommendation]
        argv += ["--recommendation-positive", guess.recommendation_positive]
    if guess.kind != "counts" and guess.stage and guess.stages:
        argv += ["--stage", guess.stage, "--stages", ",".join(guess.stages)]
    if guess.period:
        argv += ["--period", guess.period]
    for column, builtin in guess.regroup.items():
        argv += ["--regroup", f"{column}={builtin}"]
    return argv


def _counted(values: dict[str, int], lang: Lang) -> str:
    from ethics_toolkit.i18n import format_int

    blank = _t("blank", lang)
    return ", ".join(f"{value or blank} ({format_int(n, lang)})" for value, n in values.items())


def _recipe_rows(guess: Guess, lang: Lang) -> list[tuple[str, str]]:
    """Issue 20: the recommendation, period, stage, strata, regroupings and unknowns."""
    none = _t("none", lang)
    recommendation = none
    if guess.recommendation is not None:
        key = "positive_yes" if guess.recommendation_positive else "ask_yes"
        recommendation = _t(key, lang, column=guess.recommendation,
                            value=guess.recommendation_positive)  # fmt: skip
    unknown = "; ".join(f"{c}: {', '.join(v)}" for c, v in guess.unknown.items())
    regroup = ", ".join(f"{c} → {_t('region', lang)}" for c in guess.regroup)
    stage = f"{guess.stage} ({', '.join(guess.stages)})" if guess.stage else none
    return [
        (_t("recommendation", lang), recommendation),
        (_t("period", lang), guess.period or none),
        (_t("stage", lang), stage),
        (_t("stratify", lang), ", ".join(guess.stratify) or none),
        (_t("regroup", lang), regroup or none),
        (_t("unknown", lang), unknown or none),
    ]


def render_text(guess: Guess, file: Path, sheet: str | None, lang: Lang) -> str:
    """The guess for a reader: the mapping, why, and a command to start from."""
    import shlex

    none = _t("none", lang)
    heading = _t(
        "heading",
        lang,
        name=file.name,
        sheet=_t("sheet", lang, sheet=sheet) if sheet else "",
        kind=_t(f"kind_{guess.kind}", lang),
    )
    rows: list[tuple[str, str]] = []
    if guess.kind == "counts":
        rows.append((_t("count", lang), guess.count or none))
        rows.append((_t("selected_count", lang), guess.outcome or none))
    else:
        if guess.outcome is not None:
            key = "positive" if guess.positive is not None else "classify"
            outcome = _t(key, lang, column=guess.outcome, value=guess.positive)
        else:
            outcome = none
        rows.append((_t("outcome", lang), outcome))
        rows.append((_t("score", lang), guess.score or none))
        truth = (
            _t("truth_value", lang, column=guess.truth, value=guess.truth_positive)
            if guess.truth
            else none
        )
        rows.append((_t("truth", lang), truth))
    rows.append((_t("sensitive", lang), ", ".join(guess.sensitive) or none))
    rows += _recipe_rows(guess, lang)
    rows.append((_t("ignored", lang), ", ".join(guess.ignored) or "–"))
    width = max(len(label) for label, _ in rows)
    lines = [heading, ""]
    lines += [f"  {label.ljust(width)}  {value}" for label, value in rows]
    if guess.sheet_note is not None:
        lines.insert(1, guess.sheet_note.get(lang))
    if guess.reasons:
        lines += ["", _t("reasons", lang)]
        lines += [f"  - {reason.get(lang)}" for reason in guess.reasons.values()]
    if guess.counts:
        lines += ["", _t("counts", lang)]
        lines += [
            f"  {column}: {_counted(values, lang)}" for column, values in guess.counts.items()
        ]
    if guess.questions:
        lines += ["", _t("questions", lang)]
        lines += [f"  - {question.message.get(lang)}" for question in guess.questions]
    argv = audit_command(guess, file, sheet)
    lines.append("")
    if argv is None:
        lines.append(_t("incomplete", lang))
    else:
        lines += [_t("command", lang), "  " + shlex.join(argv)]
    return "\n".join(lines)
