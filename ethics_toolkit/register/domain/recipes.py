"""A tool's audit recipe as saved in the register (issue 20): one version per change, kept.

The recipe itself is the engine's :class:`~ethics_toolkit.engine.recipe.recipe.Recipe` (column and
value names and choices, never a row or a count); the register adds which tool it belongs to, its
version (1, 2, ...: every saved change is a new version, the earlier ones stay) and who saved it
when. The history records every version (``register/domain/history.py``).
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from ethics_toolkit.engine.recipe.recipe import Recipe
from ethics_toolkit.register.domain.field_types import UTCDateTime


class SavedRecipe(BaseModel):
    """One version of a tool's audit recipe."""

    id: int | None = None
    tool_id: int
    version: int = Field(ge=1)
    recipe: Recipe
    saved_at: UTCDateTime
    saved_by: str = Field(min_length=1)


RECIPE_PARTS = (
    "sheet", "reading", "decision", "score", "counts", "groups", "truth", "recommendation",
    "stage", "period", "stratify", "features", "features_auto", "labels",
)  # fmt: skip
"""The parts of a recipe a history entry names when they change, in the recipe's order."""


def changed_parts(old: Recipe | None, new: Recipe) -> list[str]:
    """The parts of the recipe that differ between two versions (all set parts for the first)."""
    before = old.model_dump(mode="json") if old is not None else Recipe().model_dump(mode="json")
    after = new.model_dump(mode="json")
    return [part for part in RECIPE_PARTS if before.get(part) != after.get(part)]
