"""The store's paired tests (issue 24): save a paired test of a tool, read a tool's tests.

A paired test is saved with its design and aggregate results only, and one history entry that
names the job profile, the version tested and whether a difference unlikely to be chance was
found. Runs are never edited: a new test is a new run.
"""

from __future__ import annotations

from ethics_toolkit.engine.paired.models import PairedDesign, PairedResult
from ethics_toolkit.register.access.roles import Permission
from ethics_toolkit.register.domain.actors import Actor, as_actor
from ethics_toolkit.register.domain.history import ADVERSE_KEY
from ethics_toolkit.register.domain.paired import PairedRun
from ethics_toolkit.register.integrity import chain
from ethics_toolkit.register.storage.base import StoreBase
from ethics_toolkit.register.storage.orm import PairedRunRow, from_row, to_row_values


class PairedMixin(StoreBase):
    """Paired CV tests of a tool."""

    def paired_runs(self, tool_id: int) -> list[PairedRun]:
        return self._read(PairedRunRow, PairedRun, tool_id)

    def save_paired_run(
        self,
        tool_id: int,
        result: PairedResult,
        *,
        actor: Actor | str,
        design: PairedDesign | None = None,
        tool_version: str = "",
        manifest_sha256: str | None = None,
        answers_sha256: str | None = None,
        answers_file_name: str | None = None,
    ) -> PairedRun:
        """Keep a paired test's design and aggregate results, with a history entry."""
        self._allow(actor, Permission.edit, tool_id)
        run = PairedRun(
            tool_id=tool_id,
            tool_version=tool_version.strip(),
            design=design,
            result=result,
            manifest_sha256=manifest_sha256,
            answers_sha256=answers_sha256,
            answers_file_name=answers_file_name,
            run_at=self._clock(),
            run_by=as_actor(actor).name,
        )
        with self._session() as session:
            self._tool_row(session, tool_id, writing=True)
            row = PairedRunRow(**to_row_values(run, PairedRunRow))
            session.add(row)
            session.flush()
            saved = from_row(row, PairedRun)
            changes: dict[str, list[object]] = {
                "tool_version": [None, saved.tool_version],
                "answers_file_name": [None, saved.answers_file_name],
                "answers_sha256": [None, saved.answers_sha256],
                "manifest_sha256": [None, saved.manifest_sha256],
                ADVERSE_KEY: [result.difference_found],
                "result_sha256": [None, chain.content_hash(saved.result.model_dump(mode="json"))],
            }
            self._log(
                session,
                actor=actor,
                tool_id=tool_id,
                entity="paired",
                entity_id=row.id,
                action="create",
                changes=changes,
                subject=design.profile_title if design else None,
            )
            return saved
