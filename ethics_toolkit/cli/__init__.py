"""The ``ethics-toolkit`` command line.

Each area keeps its subcommands in a module of this package with ``add_commands(subparsers)``;
those modules import only argparse at module level, and each handler imports its heavy libraries
(pandas, fairlearn, reportlab, SQLAlchemy) when it runs, so ``--help`` stays instant.

Every :class:`~ethics_toolkit.errors.UserFacingError` becomes one message on stderr and exit code 2,
never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ethics_toolkit import __version__
from ethics_toolkit.cli.localise import apply_texts, argv_lang, command_lang, usage_error
from ethics_toolkit.errors import UserFacingError

if TYPE_CHECKING:
    from ethics_toolkit.i18n import Lang

EXIT_OK = 0
EXIT_FINDING = 1
EXIT_USAGE = 2

COMMAND_MODULES = (
    "ethics_toolkit.cli.audit",
    "ethics_toolkit.cli.guess",
    "ethics_toolkit.cli.register",
    "ethics_toolkit.cli.integrity",
    "ethics_toolkit.cli.duties",
    "ethics_toolkit.cli.people",
    "ethics_toolkit.cli.report",
    "ethics_toolkit.cli.paired",
    "ethics_toolkit.cli.access",
    "ethics_toolkit.cli.sample_data",
)

Handler = Callable[[argparse.Namespace], int]

DEBUG_ENV = "ETHICS_TOOLKIT_DEBUG"
# An unexpected crash must never exit 1, which a pipeline reads as "adverse impact found";
# its messages are in ``cli/texts.py`` (imported only on failure).


class _Parser(argparse.ArgumentParser):
    """argparse that exits with the contract's usage code 2 and a short message in its language."""

    lang: Lang = "en"

    def error(self, message: str) -> None:  # type: ignore[override]
        from ethics_toolkit.cli.help_texts import HELP

        self.print_usage(sys.stderr)
        error = HELP.text("*error", self.lang)
        self.exit(EXIT_USAGE, f"{self.prog}: {error}: {usage_error(message, self.lang)}\n")


def build_parser(lang: Lang = "en") -> argparse.ArgumentParser:
    """Every command, option and help text; the texts in ``lang`` (see ``cli/localise.py``)."""
    parser = _Parser(prog="ethics-toolkit")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).add_commands(subparsers)
    apply_texts(parser, lang)
    return parser


def handler(target: str) -> Handler:
    """A handler named ``"module:function"``, imported only when the command runs."""

    def run(args: argparse.Namespace) -> int:
        module_name, function_name = target.split(":")
        return getattr(importlib.import_module(module_name), function_name)(args)

    return run


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv_lang(words))
    args = parser.parse_args(words)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    lang = command_lang(args)
    try:
        return args.run(args)
    except UserFacingError as error:
        print(f"ethics-toolkit: {error.message(lang)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        from ethics_toolkit.cli.texts import INTERRUPTED

        print(f"ethics-toolkit: {INTERRUPTED.get(lang)}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader closed the pipe (``| head``): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as error:
        if os.environ.get(DEBUG_ENV) == "1":
            raise
        from ethics_toolkit.cli.texts import A_FILE, OS_ERROR, OUT_OF_MEMORY, UNEXPECTED_ERROR

        if isinstance(error, MemoryError):  # a file too large for this machine: the user's to fix
            message = OUT_OF_MEMORY.get(lang)
        elif isinstance(error, OSError):
            message = OS_ERROR.format(
                lang, path=error.filename or A_FILE.get(lang), reason=error.strerror or error
            )
        else:
            message = UNEXPECTED_ERROR.format(lang, kind=type(error).__name__, detail=error)
        print(f"ethics-toolkit: {message}", file=sys.stderr)
        return EXIT_USAGE
