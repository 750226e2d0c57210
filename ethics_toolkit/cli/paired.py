"""``ethics-toolkit paired make|analyse|plan``: paired (counterfactual) CV tests (issue 24).

- ``make --profile job.yaml --cvs N [--attributes gender,origin[,age,gap]] [--seed S]
  [--format pdf,docx] -o DIR`` writes ``DIR/manifest.csv``, the CVs in ``DIR/cvs/``, the design
  (``DIR/design.json``) and a short instruction (``DIR/README.txt``);
- ``analyse DIR/manifest.csv ANSWERS.(csv|xlsx) [--id-column C] [--score C] [--decision C
  --positive V] [--format json] [--db URL --tool NAME]`` checks that the variants differ only in
  the signals, matches the answers and prints the contrasts; exit 0 when no difference is unlikely
  to be chance, 1 when one is, 2 on an error (a CV without an answer, an id twice, variants that
  differ in more than the signals);
- ``plan --difference X --sd S`` says how many base CVs a test needs before it is run.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ethics_toolkit.cli import EXIT_FINDING, EXIT_OK, handler

if TYPE_CHECKING:
    from ethics_toolkit.engine.paired.models import Contrast, PairedResult
    from ethics_toolkit.i18n import Lang


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    paired = subparsers.add_parser(
        "paired",
    )
    commands = paired.add_subparsers(dest="paired_command", metavar="COMMAND", required=True)
    make = commands.add_parser("make")
    make.add_argument("--profile", type=Path, required=True, metavar="JOB.yaml")
    make.add_argument("--cvs", type=int, required=True, metavar="N")
    make.add_argument(
        "--attributes",
        default="gender,origin",
        metavar="LIST",
    )
    make.add_argument("--seed", type=int, metavar="S")
    make.add_argument("--format", default="pdf,docx", metavar="pdf,docx")
    make.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    make.add_argument("--lang", choices=("sv", "en"), default=None)
    make.set_defaults(run=handler("ethics_toolkit.cli.paired:run_make"))

    analyse = commands.add_parser("analyse")
    analyse.add_argument("manifest", type=Path, metavar="MANIFEST.csv")
    analyse.add_argument("answers", type=Path, metavar="ANSWERS.csv|xlsx")
    analyse.add_argument("--id-column", metavar="COL")
    analyse.add_argument("--score", metavar="COL")
    analyse.add_argument("--rank", metavar="COL")
    analyse.add_argument("--decision", metavar="COL")
    analyse.add_argument("--positive", metavar="VALUE")
    analyse.add_argument("--sheet", metavar="NAME|NUMBER")
    analyse.add_argument(
        "--difference",
        type=float,
        metavar="X",
    )
    analyse.add_argument(
        "--no-variant-check",
        action="store_true",
    )
    analyse.add_argument("--format", choices=("text", "json"), default="text")
    analyse.add_argument("--lang", choices=("sv", "en"), default=None)
    analyse.add_argument("--db", metavar="URL")
    analyse.add_argument("--tool", metavar="NAME")
    analyse.add_argument("--tool-version", metavar="V")
    analyse.add_argument("--by", metavar="NAME")
    analyse.set_defaults(run=handler("ethics_toolkit.cli.paired:run_analyse"))

    plan = commands.add_parser("plan")
    plan.add_argument("--difference", type=float, required=True, metavar="X")
    plan.add_argument("--sd", type=float, required=True, metavar="S")
    plan.add_argument("--attributes", default="gender,origin", metavar="LIST")
    plan.add_argument("--cvs", type=int, metavar="N")
    plan.add_argument("--format", choices=("text", "json"), default="text")
    plan.add_argument("--lang", choices=("sv", "en"), default=None)
    plan.set_defaults(run=handler("ethics_toolkit.cli.paired:run_plan"))


def _t(key: str, lang: Lang, **values: object) -> str:
    from ethics_toolkit.cli.paired_texts import TEXTS

    return TEXTS.text(key, lang, **values)


def run_make(args: argparse.Namespace) -> int:
    import secrets

    from ethics_toolkit.cli.localise import command_lang
    from ethics_toolkit.cli.paired_texts import OUTPUT_NOT_EMPTY
    from ethics_toolkit.engine.paired.design import make_set, parse_attributes, parse_formats
    from ethics_toolkit.engine.paired.profile import read_profile
    from ethics_toolkit.errors import UserFacingError
    from ethics_toolkit.i18n import format_int
    from ethics_toolkit.report.cvs import paired_set_files

    lang: Lang = command_lang(args)
    folder: Path = args.output
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UserFacingError.of(OUTPUT_NOT_EMPTY, folder=folder)
    profile = read_profile(args.profile)
    attributes = parse_attributes(args.attributes)
    formats = parse_formats(args.format)
    seed = args.seed if args.seed is not None else secrets.randbelow(1_000_000)
    test_set = make_set(
        profile, base_cvs=args.cvs, attributes=attributes, seed=seed, formats=formats
    )
    files = paired_set_files(test_set, lang=args.lang or profile.language)
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    design = test_set.design
    print(
        _t(
            "made",
            lang,
            cvs=format_int(design.cvs, lang),
            base=format_int(design.base_cvs, lang),
            variants=2 ** len(design.attributes),
            folder=folder / "cvs",
            manifest=folder / "manifest.csv",
            readme=folder / "README.txt",
            seed=seed,
        )
    )
    return EXIT_OK


def _analysis(
    args: argparse.Namespace,
) -> tuple[PairedResult, dict | None, str, str | None]:
    """Read, check and analyse; the set's design if it is there, and the files' hashes."""
    import hashlib

    from ethics_toolkit.engine.paired.analysis import analyse
    from ethics_toolkit.engine.paired.answers import read_answers
    from ethics_toolkit.engine.paired.manifest import read_manifest
    from ethics_toolkit.engine.paired.variants import require_same_variants
    from ethics_toolkit.report.cvs import design_of, read_texts

    manifest = read_manifest(args.manifest)
    folder = args.manifest.resolve().parent
    if not args.no_variant_check:
        require_same_variants(manifest, read_texts(manifest, folder))
    sheet = args.sheet
    if sheet is not None and sheet.isdigit():
        sheet = int(sheet)
    answers = read_answers(
        args.answers,
        manifest,
        sheet=sheet,
        id_column=args.id_column,
        score=args.score,
        decision=args.decision,
        positive=args.positive,
        rank=args.rank,
    )
    result = analyse(
        manifest,
        answers,
        difference=args.difference,
        variant_check="skipped" if args.no_variant_check else "passed",
        score_column=args.score,
        decision_column=args.decision,
        positive=args.positive,
        rank_column=args.rank,
    )
    digest = hashlib.sha256(args.manifest.read_bytes()).hexdigest()
    return result, design_of(folder), digest, answers.sha256


def run_analyse(args: argparse.Namespace) -> int:
    import sys

    from ethics_toolkit.cli.localise import command_lang
    from ethics_toolkit.cli.texts import DB_WITHOUT_TOOL
    from ethics_toolkit.errors import UserFacingError

    lang: Lang = command_lang(args)
    if args.db and not args.tool:
        raise UserFacingError.of(DB_WITHOUT_TOOL)
    store = tool = None
    if args.tool:
        from ethics_toolkit.register.storage.store import Store

        store = Store.open(args.db)
        tool = store.get_tool(args.tool)
    result, design, manifest_sha256, answers_sha256 = _analysis(args)
    notes = []
    if store is not None and tool is not None and tool.id is not None:
        from ethics_toolkit.engine.paired.models import PairedDesign
        from ethics_toolkit.register.storage.store import resolve_actor

        actor, login_only = resolve_actor(args.by)
        if login_only:
            from ethics_toolkit.cli.texts import LOGIN_NAME_USED

            print(f"ethics-toolkit: {LOGIN_NAME_USED.format(lang, name=actor)}", file=sys.stderr)
        version = args.tool_version if args.tool_version is not None else tool.version
        run = store.save_paired_run(
            tool.id,
            result,
            actor=actor,
            design=PairedDesign.model_validate(design) if design else None,
            tool_version=version,
            manifest_sha256=manifest_sha256,
            answers_sha256=answers_sha256,
            answers_file_name=args.answers.name,
        )
        notes.append(_t("saved", lang, run_id=run.id, tool=tool.name, version=version or "–"))
    if args.format == "json":
        print(to_json(result), flush=True)
        for note in notes:
            print(note, file=sys.stderr)
    else:
        print("\n".join([render_text(result, lang), *notes]), flush=True)
    return EXIT_FINDING if result.difference_found else EXIT_OK


def to_json(result: PairedResult) -> str:
    """Exactly one JSON object: the contract's ``contrasts`` and the additive fields."""
    import json

    return json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2)


def _row(contrast: Contrast, lang: Lang) -> list[str]:
    from ethics_toolkit.engine.paired.texts import contrast_label, verdict_label
    from ethics_toolkit.i18n import format_int, format_number, format_p_value

    c = contrast

    def num(value: float | None, decimals: int = 2) -> str:
        return format_number(value, lang, decimals)

    ci = (
        f"[{num(c.ci_low)}, {num(c.ci_high)}]"
        if c.ci_low is not None and c.ci_high is not None
        else "–"
    )
    return [
        contrast_label(c.level, c.baseline, lang),
        format_int(c.pairs, lang),
        num(c.mean_difference),
        ci,
        format_p_value(c.wilcoxon_p, lang),
        num(c.effect_size),
        "–" if c.mcnemar_b is None else f"{c.mcnemar_b}/{c.mcnemar_c}",
        format_p_value(c.mcnemar_p, lang),
        num(c.selection_ratio),
        format_p_value(c.p_value_holm, lang),
        verdict_label(c.verdict, lang),
    ]


def render_text(result: PairedResult, lang: Lang) -> str:
    """The contrasts as a table, then each contrast's finding."""
    from ethics_toolkit.cli.text_table import text_table
    from ethics_toolkit.engine.paired.texts import amount, attribute_label, column_label
    from ethics_toolkit.i18n import format_int

    header = [column_label(key, lang) for key in COLUMNS]
    rows = [header, *(_row(c, lang) for c in result.contrasts)]
    lines = [
        _t(
            "heading",
            lang,
            cvs=format_int(result.cvs, lang),
            base=format_int(result.base_cvs, lang),
            measure=_t(f"measure.{result.contrasts[0].measure}", lang) if result.contrasts else "",
            concern=amount(
                result.difference_of_concern,
                result.contrasts[0].measure if result.contrasts else "score",
                lang,
            ),
        ),
        "",
        *text_table(rows, right=set(range(1, 10))),
        "",
    ]
    for contrast in result.contrasts:
        lines.append(f"{attribute_label(contrast.attribute, lang)}:")
        lines.append(f"  {contrast.finding.get(lang) if contrast.finding else ''}")
    lines += ["", _t("found" if result.difference_found else "none_found", lang)]
    return "\n".join(lines)


COLUMNS = (
    "contrast",
    "pairs",
    "mean",
    "ci",
    "wilcoxon",
    "effect",
    "discordant",
    "mcnemar",
    "ratio",
    "holm",
    "verdict",
)


def run_plan(args: argparse.Namespace) -> int:
    import json

    from ethics_toolkit.cli.localise import command_lang
    from ethics_toolkit.cli.paired_texts import BAD_PLAN
    from ethics_toolkit.engine.paired import power
    from ethics_toolkit.engine.paired.design import parse_attributes
    from ethics_toolkit.errors import UserFacingError
    from ethics_toolkit.i18n import format_number

    lang: Lang = command_lang(args)
    if args.difference <= 0 or args.sd <= 0 or (args.cvs is not None and args.cvs < 1):
        raise UserFacingError.of(BAD_PLAN)
    k = len(parse_attributes(args.attributes))
    needed = power.base_cvs_needed(args.difference, args.sd, k)
    pairs = args.cvs * power.pairs_per_base(k) if args.cvs else None
    chance = power.power(args.difference, args.sd, pairs) if pairs else None
    if args.format == "json":
        payload = {
            "difference": args.difference,
            "sd": args.sd,
            "attributes": k,
            "pairs_per_base_cv": power.pairs_per_base(k),
            "base_cvs_needed": needed,
            "cvs": args.cvs,
            "power": chance,
        }
        print(json.dumps(payload, indent=2))
        return EXIT_OK
    lines = [
        _t(
            "plan",
            lang,
            difference=format_number(args.difference, lang, 1),
            sd=format_number(args.sd, lang, 1),
            needed=needed,
            pairs=power.pairs_per_base(k),
        )
    ]
    if chance is not None:
        lines.append(_t("plan_power", lang, cvs=args.cvs, power=format_number(chance, lang)))
    print("\n".join(lines))
    return EXIT_OK
