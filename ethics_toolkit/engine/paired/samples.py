"""The committed sample files of the paired test: two job profiles and a simulated tool's answers.

The profiles and the simulated tools live in :mod:`ethics_toolkit.samples.paired` (standard library
only); the answers need the test set's ids, which only the design makes, so they are put together
here. The set is the one ``ethics-toolkit paired make --profile
sample_data/job_profile_ekonomiassistent.yaml --cvs 24 --seed 2031`` makes, so the README's loop
runs end to end on the committed answers.
"""

from __future__ import annotations

from pathlib import Path

from ethics_toolkit.engine.paired.design import PairedSet, make_set
from ethics_toolkit.engine.paired.profile import parse_profile
from ethics_toolkit.samples import paired as samples


def sample_set() -> PairedSet:
    """The test set the committed answers belong to."""
    return make_set(
        parse_profile(samples.EKONOMIASSISTENT_YAML),
        base_cvs=samples.SAMPLE_CVS,
        attributes=list(samples.SAMPLE_ATTRIBUTES),
        seed=samples.SAMPLE_SEED,
    )


def manifest_rows(paired_set: PairedSet) -> list[dict[str, str]]:
    """The manifest's rows as plain mappings, as the simulated tools take them."""
    return [
        {"cv_id": r.cv_id, "base_id": r.base_id, "file": r.file, **r.values}
        for r in paired_set.manifest.rows
    ]


def sample_answers(tool: samples.Tool = samples.SAMPLE_TOOL) -> bytes:
    rows = manifest_rows(sample_set())
    return samples.answers_csv(samples.simulate(rows, tool, seed=samples.SAMPLE_SEED))


def paired_sample_files() -> dict[str, bytes]:
    return {**samples.profile_files(), samples.ANSWERS_NAME: sample_answers()}


def write_paired_samples(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in paired_sample_files().items():
        path = folder / name
        path.write_bytes(content)
        written.append(path)
    return written
