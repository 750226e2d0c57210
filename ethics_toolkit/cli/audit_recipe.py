"""``ethics-toolkit audit``'s recipe (issue 20): flags -> recipe -> spec, and the recipe saved.

The audit is planned from a recipe: the one given with ``--recipe FILE.yaml``, else (with
``--tool``, unless ``--no-recipe``) the tool's saved one, with the flags given beside it making
those choices again (:func:`~ethics_toolkit.engine.recipe.build.overlay`); without a recipe the
flags alone are the recipe. After the audit the recipe of what was done
(:func:`~ethics_toolkit.engine.recipe.build.recipe_of`: every choice, guessed or given) is written
with ``--save-recipe`` and saved to the tool with ``--tool`` (a new version when it changed), and
what is new in this export against the recipe is said
(:func:`~ethics_toolkit.engine.recipe.diff.recipe_diff`).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ethics_toolkit.errors import UserFacingError

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import AuditResult
    from ethics_toolkit.engine.recipe.recipe import GroupColumn, Recipe
    from ethics_toolkit.engine.spec import AuditSpec
    from ethics_toolkit.i18n import Lang


def _t(key: str, lang: Lang, **fields: object) -> str:
    from ethics_toolkit.cli.recipe_texts import TEXTS

    return TEXTS.text(key, lang, **fields)


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def _pairs(options: list[str] | None, option: str, example: str) -> list[tuple[str, str]]:
    """``COL=VALUE`` options as pairs (split at the first ``=``)."""
    from ethics_toolkit.cli.recipe_texts import NOT_COL_VALUE

    pairs = []
    for text in options or []:
        column, sep, value = text.partition("=")
        if not sep or not column.strip() or not value.strip():
            raise UserFacingError.of(NOT_COL_VALUE, option=option, value=text, example=example)
        pairs.append((column.strip(), value.strip()))
    return pairs


def _regroup(column: str, value: str) -> GroupColumn:
    from ethics_toolkit.cli.recipe_texts import REGROUP_NEITHER
    from ethics_toolkit.engine.reading.groupings import read_grouping
    from ethics_toolkit.engine.reading.regions import BUILTIN
    from ethics_toolkit.engine.recipe.recipe import GroupColumn

    path = Path(value)
    if value.casefold() == BUILTIN and not path.is_file():
        return GroupColumn(column=column, regroup="region")
    if not path.exists():
        raise UserFacingError.of(REGROUP_NEITHER, column=column, value=value)
    return GroupColumn(column=column, groups=read_grouping(path), grouping_file=path.name)


def group_settings(args: argparse.Namespace) -> tuple[list[GroupColumn], dict[str, str]]:
    """``--regroup``, ``--unknown`` and ``--reference`` as per-column settings, and the option
    each column came from (for messages)."""
    from ethics_toolkit.cli.recipe_texts import REFERENCE_TWICE
    from ethics_toolkit.engine.recipe.recipe import GroupColumn

    settings: dict[str, GroupColumn] = {}
    options: dict[str, str] = {}

    def merge(column: str, option: str, **update: Any) -> None:
        current = settings.get(column, GroupColumn(column=column))
        settings[column] = current.model_copy(update=update)
        options.setdefault(column, option)

    for column, value in _pairs(args.regroup, "--regroup", "Födelseland=region"):
        found = _regroup(column, value)
        merge(column, "--regroup", regroup=found.regroup, groups=found.groups,
              grouping_file=found.grouping_file)  # fmt: skip
    for column, value in _pairs(args.unknown, "--unknown", "Kön='Vill ej uppge'"):
        unknown = settings.get(column, GroupColumn(column=column)).unknown
        merge(column, "--unknown", unknown=[*unknown, value])
    for column, value in _pairs(args.reference, "--reference", "Kön=Man"):
        earlier = settings.get(column, GroupColumn(column=column)).reference
        if earlier is not None and earlier != value:
            raise UserFacingError.of(REFERENCE_TWICE, column=column, first=earlier, second=value)
        merge(column, "--reference", reference=value)
    return list(settings.values()), options


def given_recipe(args: argparse.Namespace, base: Recipe | None) -> tuple[Recipe, set[str]]:
    """The choices the flags make, as a recipe, and which of its fields they make."""
    from ethics_toolkit.engine.recipe.recipe import (
        Counts,
        GroupColumn,
        PeriodChoice,
        ReadOptions,
        Recipe,
        Stages,
        YesNo,
    )

    fields: set[str] = set()
    given: dict[str, Any] = {}
    if args.sheet is not None:
        fields.add("sheet")
        given["sheet"] = str(args.sheet)
    reading = {"encoding": args.encoding, "separator": args.sep, "decimal": args.decimal}
    fields |= {f"reading.{name}" for name, value in reading.items() if value is not None}
    aggregated = bool(args.aggregated or args.count_column or args.selected_column)
    values = {"selected": args.positive, "not_selected": args.negative, "left_out": args.exclude}
    values = {k: v for k, v in values.items() if v}
    if args.outcome or args.score or args.selected_column or aggregated:
        fields |= {"decision", "score", "counts"}
        selected = args.selected_column or (args.outcome if aggregated else None)
        if selected is not None:
            given["counts"] = Counts(applicants=args.count_column, selected=selected)
        elif args.outcome:
            given["decision"] = YesNo(column=args.outcome, **values)
        given["score"] = args.score
    elif values and base is not None and base.decision is not None:
        fields.add("decision")  # new values for the recipe's decision column
        given["decision"] = YesNo(column=base.decision.column, **values)
    if args.sensitive:
        fields.add("groups")
        given["groups"] = [GroupColumn(column=c) for c in dict.fromkeys(args.sensitive)]
    if args.truth:
        fields.add("truth")
        chosen = [args.truth_positive] if args.truth_positive else []
        given["truth"] = YesNo(column=args.truth, selected=chosen)
    recommendation = args.recommendation or (
        base.recommendation.column
        if base is not None and base.recommendation is not None
        and (args.recommendation_positive or args.recommendation_negative)
        else None
    )  # fmt: skip
    if recommendation:
        fields.add("recommendation")
        given["recommendation"] = YesNo(
            column=recommendation,
            selected=args.recommendation_positive or [],
            not_selected=args.recommendation_negative or [],
        )
    stage = args.stage or (base.stage.column if base and base.stage and args.stages else None)
    if stage:
        fields.add("stage")
        given["stage"] = Stages(column=stage, order=_split(args.stages))
    period = args.period or (base.period.column if base and base.period and args.freq else None)
    if period:
        fields.add("period")
        given["period"] = PeriodChoice(column=period, freq=args.freq or "quarter")
    if args.stratify:
        fields.add("stratify")
        given["stratify"] = args.stratify
    if args.features:
        fields.add("features")
        features = _split(args.features)
        given["features"] = [] if features == ["auto"] else features
        given["features_auto"] = features == ["auto"]
    return Recipe(reading=ReadOptions(**{k: v for k, v in reading.items() if v}), **given), fields


@dataclass
class Plan:
    """What ``audit`` will do: the recipe, its spec, where it came from and what to say."""

    recipe: Recipe
    spec: AuditSpec
    base: Recipe | None = None
    sheet_from_base: bool = False
    notes: list[str] = field(default_factory=list)


def _base(args: argparse.Namespace, store: Any, tool: Any, lang: Lang) -> tuple[Recipe | None, str]:
    """The recipe to start from and the line that says so ('' when none)."""
    from ethics_toolkit.engine.recipe.recipe import recipe_from_yaml

    if args.recipe is not None:
        from ethics_toolkit.cli.recipe_texts import RECIPE_UNREADABLE

        try:
            data = Path(args.recipe).read_bytes()
        except OSError as error:
            reason = error.strerror or type(error).__name__
            name = repr(str(args.recipe))
            raise UserFacingError.of(RECIPE_UNREADABLE, name=name, reason=reason) from None
        recipe = recipe_from_yaml(data, name=Path(args.recipe).name)
        return recipe, _t("used_file", lang, name=repr(Path(args.recipe).name))
    if tool is None:
        return None, ""
    if args.no_recipe:
        return None, _t("ignored", lang, tool=tool.name)
    saved = store.latest_recipe(tool.id)
    if saved is None:
        return None, _t("no_recipe_yet", lang, tool=tool.name)
    at = saved.saved_at.date().isoformat()
    line = _t("used_tool", lang, tool=tool.name, version=saved.version, at=at, by=saved.saved_by)
    return saved.recipe, line


_CHOICE_FLAGS = (
    "sheet", "outcome", "score", "selected_column", "aggregated", "count_column", "positive",
    "negative", "exclude", "sensitive", "truth", "truth_positive", "recommendation",
    "recommendation_positive", "recommendation_negative", "stage", "stages", "period", "freq",
    "stratify", "features", "encoding", "sep", "decimal", "regroup", "unknown", "reference",
    "label",
)  # fmt: skip
"""The options that make a choice of the recipe again, in the order ``--help`` lists them."""


def flags_given(args: argparse.Namespace) -> list[str]:
    """The recipe's choices the flags make again, as the options were written."""
    return ["--" + name.replace("_", "-") for name in _CHOICE_FLAGS if getattr(args, name, None)]


def plan(args: argparse.Namespace, *, store: Any, tool: Any, lang: Lang) -> Plan:
    """The recipe of this run (see the module docstring) and its spec."""
    from ethics_toolkit.cli.audit_texts import NEED_OUTCOME
    from ethics_toolkit.cli.recipe_texts import NO_GROUPS
    from ethics_toolkit.engine.presentation.labels import parse_label_options
    from ethics_toolkit.engine.recipe.build import overlay, spec_of
    from ethics_toolkit.engine.recipe.recipe import Labels

    base, line = _base(args, store, tool, lang)
    given, fields = given_recipe(args, base)
    if base is not None and "groups" in fields and fields & {"decision", "score", "counts"}:
        # The flags give the whole mapping (decision and groups): what the recipe decided about
        # these columns' values is kept, its other columns (perhaps of another export) are not.
        fields |= {"sheet", "truth", "recommendation", "stage", "period", "stratify", "features"}
        line += _t("mapping_given", lang)
    settings, options = group_settings(args)
    recipe = overlay(base, given, fields, settings=settings, options=options)
    if not (recipe.decision or recipe.score or recipe.counts or recipe.stage):
        raise UserFacingError.of(NEED_OUTCOME)
    if not recipe.groups:
        raise UserFacingError.of(NO_GROUPS)
    columns = spec_of(recipe).roles
    column_labels, value_labels = parse_label_options(getattr(args, "label", []), columns=columns)
    values = {c: dict(v) for c, v in recipe.labels.values.items()}
    for column, labels in value_labels.items():
        values.setdefault(column, {}).update(labels)
    labels = Labels(columns={**recipe.labels.columns, **column_labels}, values=values)
    recipe = recipe.model_copy(update={"labels": labels})
    notes = []
    if line:
        changed = flags_given(args)
        if base is not None and changed:
            line += _t("overridden", lang, flags=", ".join(changed))
        notes.append(line)
    return Plan(
        recipe=recipe,
        spec=spec_of(recipe),
        base=base,
        sheet_from_base="sheet" not in fields and recipe.sheet is not None,
        notes=notes,
    )


def audit(planned: Plan, audit_call: Any, lang: Lang) -> AuditResult:
    """Run ``audit_call(sheet=...)``; a recipe's sheet missing from the workbook falls back to
    the sheet chosen by content, and the run says so."""
    from ethics_toolkit.engine.errors import SHEET_FOR_TEXT, SHEET_NOT_FOUND, ReadingError

    try:
        return audit_call(sheet=planned.recipe.sheet)
    except ReadingError as error:
        if not planned.sheet_from_base or error.template not in (SHEET_NOT_FOUND, SHEET_FOR_TEXT):
            raise
        if error.template is SHEET_NOT_FOUND:
            planned.notes.append(_t("sheet_fallback", lang, sheet=planned.recipe.sheet))
    return audit_call(sheet=None)


def finish(
    args: argparse.Namespace,
    planned: Plan,
    result: AuditResult,
    *,
    store: Any,
    tool: Any,
    actor: str | None,
    lang: Lang,
) -> tuple[list[str], list[str]]:
    """What is new against the recipe (lines before the report) and the recipe written or saved
    (lines after it)."""
    from ethics_toolkit.engine.recipe.build import recipe_of
    from ethics_toolkit.engine.recipe.diff import recipe_diff
    from ethics_toolkit.engine.recipe.recipe import recipe_to_yaml

    before = list(planned.notes)
    if planned.base is not None:
        columns = result.reading.columns if result.reading else None
        # Against the recipe as used (the flags' choices included); "new" is new to the base.
        diff = recipe_diff(planned.recipe, result.value_counts, columns=columns)
        if diff.items:
            before.append(_t("diff", lang))
            for item in diff.items:
                text = item.message.get(lang)
                before.append("- " + (_t("question", lang, text=text) if item.question else text))
    done = recipe_of(result, base=planned.recipe, reading=planned.recipe.reading)
    after = []
    if args.save_recipe is not None:
        Path(args.save_recipe).write_text(recipe_to_yaml(done), encoding="utf-8")
        after.append(_t("saved_file", lang, path=args.save_recipe))
    if store is not None and tool is not None and tool.id is not None and actor is not None:
        saved, new = store.save_recipe(tool.id, done, actor=actor)
        key = "saved_tool" if new else "same_tool"
        after.append(_t(key, lang, tool=tool.name, version=saved.version))
    return before, after
