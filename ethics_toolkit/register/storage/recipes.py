"""The store's audit recipes (issue 20): every version of a tool's recipe, and its history."""

from __future__ import annotations

from sqlalchemy import select

from ethics_toolkit.engine.recipe.recipe import Recipe
from ethics_toolkit.register.access.roles import Permission
from ethics_toolkit.register.domain.actors import Actor, as_actor
from ethics_toolkit.register.domain.recipes import SavedRecipe, changed_parts
from ethics_toolkit.register.storage.base import StoreBase
from ethics_toolkit.register.storage.orm import RecipeRow, from_row, to_row_values


class RecipesMixin(StoreBase):
    """A tool's recipe: saved as a new version when it changes, every version kept."""

    def recipes(self, tool_id: int) -> list[SavedRecipe]:
        """Every saved version of the tool's recipe, oldest first."""
        with self._session(write=False) as session:
            query = select(RecipeRow).where(RecipeRow.tool_id == tool_id)
            return [
                from_row(r, SavedRecipe) for r in session.scalars(query.order_by(RecipeRow.version))
            ]

    def latest_recipe(self, tool_id: int) -> SavedRecipe | None:
        """The tool's current recipe (its latest version), or ``None`` before the first."""
        with self._session(write=False) as session:
            row = session.scalar(
                select(RecipeRow)
                .where(RecipeRow.tool_id == tool_id)
                .order_by(RecipeRow.version.desc())
                .limit(1)
            )
            return from_row(row, SavedRecipe) if row is not None else None

    def save_recipe(
        self, tool_id: int, recipe: Recipe, *, actor: Actor | str
    ) -> tuple[SavedRecipe, bool]:
        """Save ``recipe`` as the tool's next version unless it equals the current one.

        Returns the current version and whether it is new. The history entry names the version
        and the parts of the recipe that changed.
        """
        self._allow(actor, Permission.edit, tool_id)
        with self._session() as session:
            self._tool_row(session, tool_id, writing=True)
            latest = session.scalar(
                select(RecipeRow)
                .where(RecipeRow.tool_id == tool_id)
                .order_by(RecipeRow.version.desc())
                .limit(1)
            )
            previous = from_row(latest, SavedRecipe) if latest is not None else None
            if previous is not None and previous.recipe == recipe:
                return previous, False
            saved = SavedRecipe(
                tool_id=tool_id,
                version=previous.version + 1 if previous else 1,
                recipe=recipe,
                saved_at=self._clock(),
                saved_by=as_actor(actor).name,
            )
            row = RecipeRow(**to_row_values(saved, RecipeRow))
            session.add(row)
            session.flush()
            parts = changed_parts(previous.recipe if previous else None, recipe)
            self._log(
                session,
                actor=actor,
                tool_id=tool_id,
                entity="recipe",
                entity_id=row.id,
                action="update" if previous else "create",
                changes={"version": [previous.version if previous else None, saved.version]},
                event={"kind": "recipe_saved", "version": saved.version, "parts": parts},
            )
            return from_row(row, SavedRecipe), True
