"""A recipe <-> the engine's :class:`~ethics_toolkit.engine.spec.AuditSpec`, and recipes merged.

- :func:`spec_of`: what the engine audits, from a recipe;
- :func:`recipe_of`: the recipe of a finished audit, with every choice the engine made pinned
  (the sheet it read, how every decision value counted, the recommendation's values) and the values
  met so far (``seen``), so that the next export reproduces the same audit;
- :func:`recipe_from_guess`: the recipe a guess proposes, for a form to start from (what the guess
  leaves uncertain stays empty, to be chosen);
- :func:`overlay`: a saved recipe with some choices made again (the CLI's flags beside
  ``--recipe`` or ``--tool``, or the app's form): a choice given replaces the recipe's for the same
  thing, the rest stays.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from ethics_toolkit.engine.errors import ColumnError
from ethics_toolkit.engine.models import AuditResult
from ethics_toolkit.engine.recipe.guess import Guess
from ethics_toolkit.engine.recipe.recipe import (
    Counts,
    GroupColumn,
    Labels,
    PeriodChoice,
    ReadOptions,
    Recipe,
    Stages,
    YesNo,
)
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.i18n.text import Bilingual

RECIPE_NO_GROUPS = Bilingual(
    en="The audit does not say which columns to compare as groups. Give them with --sensitive "
    "COL (or in the recipe's groups).",
    sv="Granskningen anger inte vilka kolumner som ska jämföras som grupper. Ange dem med "
    "--sensitive KOL (eller under groups i receptet).",
)
RECIPE_NO_DECISION = Bilingual(
    en="The audit does not say which column holds the decision. Give it with --outcome, --score "
    "or --stage (or in the recipe).",
    sv="Granskningen anger inte vilken kolumn som har beslutet. Ange den med --outcome, --score "
    "eller --stage (eller i receptet).",
)
NOT_A_GROUP_COLUMN = Bilingual(
    en="{option} names the column {column!r}, which is not compared as groups in this audit. "
    "Add --sensitive {column}, or leave the option out. Columns compared: {columns}.",
    sv="{option} anger kolumnen {column!r}, som inte jämförs som grupper i den här granskningen. "
    "Lägg till --sensitive {column}, eller ta bort flaggan. Kolumner som jämförs: {columns}.",
)

ROLE_FIELDS = (
    "sheet", "decision", "score", "counts", "groups", "truth", "recommendation", "stage",
    "period", "stratify", "features",
)  # fmt: skip
"""The recipe's fields that a choice made again replaces whole (``reading`` goes per option)."""


def spec_of(recipe: Recipe) -> AuditSpec:
    """The engine's spec of a recipe; a recipe without groups or an outcome is an error."""
    if not recipe.groups:
        raise ColumnError(RECIPE_NO_GROUPS)
    if not (recipe.decision or recipe.score or recipe.counts or recipe.stage):
        raise ColumnError(RECIPE_NO_DECISION)
    decision, counts, truth = recipe.decision, recipe.counts, recipe.truth
    recommendation = recipe.recommendation
    outcome = counts.selected if counts else decision.column if decision else None
    spec = AuditSpec(
        outcome=outcome,
        positives=decision.selected if decision else [],
        negatives=decision.not_selected if decision else [],
        excluded=decision.left_out if decision else [],
        score=recipe.score,
        sensitive=[g.column for g in recipe.groups],
        truth=truth.column if truth else None,
        truth_positive=truth.selected[0] if truth and truth.selected else None,
        count_column=counts.applicants if counts else None,
        selected_column=counts.selected if counts else None,
        stratify=recipe.stratify,
        period=recipe.period.column if recipe.period else None,
        freq=recipe.period.freq if recipe.period else "quarter",
        column_labels=recipe.labels.columns,
        value_labels=recipe.labels.values,
        recommendation=recommendation.column if recommendation else None,
        recommendation_positives=recommendation.selected if recommendation else [],
        recommendation_negatives=recommendation.not_selected if recommendation else [],
        stage=recipe.stage.column if recipe.stage else None,
        stages=recipe.stage.order if recipe.stage else [],
        features=recipe.features,
        features_auto=recipe.features_auto,
        regroup={g.column: grouping for g in recipe.groups if (grouping := g.grouping())},
        unknown_values={g.column: g.unknown for g in recipe.groups if g.unknown},
        references={g.column: g.reference for g in recipe.groups if g.reference is not None},
    )
    used = set(spec.roles)  # labels of columns this audit does not read are kept, not applied
    return spec.model_copy(
        update={
            "column_labels": {c: v for c, v in spec.column_labels.items() if c in used},
            "value_labels": {c: v for c, v in spec.value_labels.items() if c in used},
        }
    )


def _union(*lists: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for values in lists for v in values))


def recipe_of(
    result: AuditResult,
    *,
    base: Recipe | None = None,
    reading: ReadOptions | None = None,
) -> Recipe:
    """The recipe that reproduces ``result`` (see the module docstring).

    ``base``: the recipe the audit started from (its grouping files, chosen unknowns and values
    seen before are kept); ``reading``: the read options that were given.
    """
    spec = result.spec
    decision = counts = None
    if spec.count_column is not None and spec.selected_column is not None:
        counts = Counts(applicants=spec.count_column, selected=spec.selected_column)
    elif spec.outcome is not None and spec.score is None:
        decision = YesNo(
            column=spec.outcome,
            selected=spec.positives,
            not_selected=spec.negatives,
            left_out=spec.excluded,
        )
    groups = []
    for column in spec.sensitive:
        earlier = base.group(column) if base is not None else None
        grouping = spec.regroup.get(column)
        met = [v for v in result.value_counts.get(column, {}) if v != ""]
        groups.append(
            GroupColumn(
                column=column,
                regroup=grouping.builtin if grouping else None,
                groups=grouping.groups if grouping else {},
                grouping_file=grouping.source if grouping else None,
                unknown=spec.unknown_values.get(column, []),
                reference=spec.references.get(column),
                seen=_union(earlier.seen if earlier else [], met),
            )
        )
    recommendation = None
    if spec.recommendation is not None:
        recommendation = YesNo(
            column=spec.recommendation,
            selected=spec.recommendation_positives,
            not_selected=spec.recommendation_negatives,
        )
    truth = None
    if spec.truth is not None:
        truth = YesNo(
            column=spec.truth, selected=[spec.truth_positive] if spec.truth_positive else []
        )
    return Recipe(
        sheet=result.reading.sheet if result.reading else None,
        reading=reading or (base.reading if base else ReadOptions()),
        decision=decision,
        score=spec.score,
        counts=counts,
        groups=groups,
        truth=truth,
        recommendation=recommendation,
        stage=Stages(column=spec.stage, order=spec.stages) if spec.stage else None,
        period=PeriodChoice(column=spec.period, freq=spec.freq) if spec.period else None,
        stratify=spec.stratify,
        features=spec.features,
        features_auto=spec.features_auto,
        labels=Labels(
            columns={**(base.labels.columns if base else {}), **spec.column_labels},
            values={**(base.labels.values if base else {}), **spec.value_labels},
        ),
    )


def _pair(guess: Guess, column: str, positive: str | None) -> YesNo:
    """A yes/no column with its yes and, when it has exactly two values, its no."""
    if positive is None:
        return YesNo(column=column)
    others = [v for v in guess.counts.get(column, {}) if v and v != positive]
    return YesNo(
        column=column, selected=[positive], not_selected=others if len(others) == 1 else []
    )


def recipe_from_guess(guess: Guess) -> Recipe:
    """The recipe a guess proposes (strata are candidates, chosen by the user, so left out)."""
    counts = decision = score = truth = None
    if guess.kind == "counts" and guess.outcome is not None:
        counts = Counts(applicants=guess.count, selected=guess.outcome)
    elif guess.outcome is not None:
        decision = _pair(guess, guess.outcome, guess.positive)
    if guess.kind != "counts":
        score = guess.score
        if guess.truth is not None:
            truth = YesNo(
                column=guess.truth, selected=[guess.truth_positive] if guess.truth_positive else []
            )
    groups = [
        GroupColumn(
            column=column,
            regroup="region" if guess.regroup.get(column) == "region" else None,
            unknown=guess.unknown.get(column, []),
        )
        for column in guess.sensitive
    ]
    recommendation = None
    if guess.recommendation is not None:
        recommendation = _pair(guess, guess.recommendation, guess.recommendation_positive)
    return Recipe(
        sheet=guess.sheet,
        decision=decision,
        score=score,
        counts=counts,
        groups=groups,
        truth=truth,
        recommendation=recommendation,
        stage=Stages(column=guess.stage, order=guess.stages) if guess.stage else None,
        period=PeriodChoice(column=guess.period) if guess.period else None,
    )


def _kept_values(given: YesNo | None, base: YesNo | None) -> YesNo | None:
    """A yes/no column given again without values keeps the recipe's values for that column."""
    if given is None or given.values or base is None or base.column != given.column:
        return given
    return base


def _settings(group: GroupColumn, setting: GroupColumn) -> GroupColumn:
    """One column's grouping, unknowns or reference made again (what ``setting`` gives)."""
    update: dict[str, object] = {}
    if setting.regroup is not None or setting.groups:
        update |= {
            "regroup": setting.regroup,
            "groups": setting.groups,
            "grouping_file": setting.grouping_file,
        }
    if setting.unknown:
        update["unknown"] = setting.unknown
    if setting.reference is not None:
        update["reference"] = setting.reference
    return group.model_copy(update=update)


def overlay(
    base: Recipe | None,
    given: Recipe,
    fields: Collection[str],
    *,
    settings: Sequence[GroupColumn] = (),
    options: dict[str, str] | None = None,
) -> Recipe:
    """``base`` with the choices made again: the ``fields`` of ``given`` (of :data:`ROLE_FIELDS`
    and ``reading.encoding``/``.separator``/``.decimal``), per-column ``settings`` (grouping,
    unknowns, reference) and ``given``'s labels. A setting for a column not compared as groups is
    an error naming the ``options`` it came from (column -> option).
    """
    base = base or Recipe()
    chosen = {name: getattr(given if name in fields else base, name) for name in ROLE_FIELDS}
    chosen["decision"] = _kept_values(chosen["decision"], base.decision)
    chosen["recommendation"] = _kept_values(chosen["recommendation"], base.recommendation)
    chosen["truth"] = _kept_values(chosen["truth"], base.truth)
    if "groups" in fields:
        earlier = {g.column: g for g in base.groups}
        chosen["groups"] = [earlier.get(g.column, g) for g in given.groups]
    groups = {g.column: g for g in chosen["groups"]}
    for setting in settings:
        if setting.column not in groups:
            option = (options or {}).get(setting.column, "--regroup/--unknown/--reference")
            columns = ", ".join(repr(c) for c in groups) or "-"
            raise ColumnError(
                NOT_A_GROUP_COLUMN, option=option, column=setting.column, columns=columns
            )
        groups[setting.column] = _settings(groups[setting.column], setting)
    chosen["groups"] = list(groups.values())
    reading = base.reading.model_copy(
        update={
            name: getattr(given.reading, name)
            for name in ("encoding", "separator", "decimal")
            if f"reading.{name}" in fields
        }
    )
    values = {c: dict(v) for c, v in base.labels.values.items()}
    for column, labels in given.labels.values.items():
        values.setdefault(column, {}).update(labels)
    labels = Labels(columns={**base.labels.columns, **given.labels.columns}, values=values)
    if "features" in fields:
        chosen["features_auto"] = given.features_auto
    else:
        chosen["features_auto"] = base.features_auto
    return Recipe(reading=reading, labels=labels, **chosen)
