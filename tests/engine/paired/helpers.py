"""Shared builders of the paired tests: a profile, a test set, simulated answers, and the pairs
rebuilt here independently of the engine (so the figures are checked against scipy on them)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ethics_toolkit.engine.paired.answers import Answers
from ethics_toolkit.engine.paired.design import PairedSet, make_set
from ethics_toolkit.engine.paired.models import Manifest
from ethics_toolkit.engine.paired.profile import JobProfile, parse_profile
from ethics_toolkit.samples import paired as samples


@cache
def profile() -> JobProfile:
    return parse_profile(samples.EKONOMIASSISTENT_YAML)


@cache
def make_test_set(base_cvs: int = 24, attributes: tuple[str, ...] = ("gender", "origin"),
             seed: int = samples.SAMPLE_SEED) -> PairedSet:  # fmt: skip
    return make_set(profile(), base_cvs=base_cvs, attributes=list(attributes), seed=seed)


def rows(manifest: Manifest) -> list[dict[str, str]]:
    return [
        {"cv_id": r.cv_id, "base_id": r.base_id, "file": r.file, **r.values} for r in manifest.rows
    ]


def simulated(manifest: Manifest, tool: samples.Tool, *, seed: int = samples.SAMPLE_SEED,
              decisions: bool = True, scores: bool = True) -> Answers:  # fmt: skip
    answers = samples.simulate(rows(manifest), tool, seed=seed)
    by_id = {file.rsplit(".", 1)[0]: (score, chosen) for file, score, chosen in answers}
    return Answers(
        scores={cv: s for cv, (s, _) in by_id.items()} if scores else None,
        selected={cv: c for cv, (_, c) in by_id.items()} if decisions else None,
        file_name="answers.csv",
        sha256=None,
        rows=len(by_id),
    )


def pairs_by_hand(manifest: Manifest, attribute: str, level: str) -> list[tuple[str, str]]:
    """(level CV, other CV) with the same base CV and the same other values, built here."""
    found = []
    for row in manifest.rows:
        if row.values[attribute] != level:
            continue
        partner = [
            other
            for other in manifest.rows
            if other.base_id == row.base_id
            and other.values[attribute] != level
            and all(other.values[a] == v for a, v in row.values.items() if a != attribute)
        ]
        assert len(partner) == 1
        found.append((row.cv_id, partner[0].cv_id))
    return found


def column(values: dict[str, float], ids: Sequence[str]) -> list[float]:
    return [values[i] for i in ids]
