"""A paired test set: base CVs, the full crossing of the tested signals, opaque ids, the manifest.

Every base CV gets one variant per combination of the tested attributes' values (two attributes:
four variants). Variants get random ids of six characters (``cv_id``), which are also their file
names (``cvs/K7Q3XW.pdf``), and the manifest lists them in random order: nothing the vendor's tool
or its operators see tells which CVs belong together or what they signal. ``manifest.csv`` is the
key and stays with the auditor.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from ethics_toolkit.engine.paired import cv as cvs
from ethics_toolkit.engine.paired.models import (
    ATTRIBUTES,
    FORMATS,
    LEVELS,
    Attribute,
    Format,
    Manifest,
    ManifestRow,
    PairedDesign,
)
from ethics_toolkit.engine.paired.names import FIRST_NAMES, LAST_NAMES, NAMES_VERSION
from ethics_toolkit.engine.paired.profile import JobProfile
from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual

MAX_BASE_CVS = 500
ID_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""No 0/O or 1/I/L: the ids are read and typed by people."""
ID_LENGTH = 6
CV_FOLDER = "cvs"
SIGNAL_COLUMNS = {"age": "birth_year", "gap": "gap_text"}
"""The manifest column holding each signal's exact text beyond the name."""

BAD_COUNT = Bilingual(
    sv="Antalet grund-CV:n ska vara mellan 1 och {max} (angivet: {count}).",
    en="The number of base CVs must be between 1 and {max} (given: {count}).",
)
BAD_ATTRIBUTES = Bilingual(
    sv="Okända eller upprepade egenskaper att testa: {given}. Välj bland {known}, t.ex. "
    "--attributes gender,origin.",
    en="Unknown or repeated attributes to test: {given}. Choose from {known}, e.g. "
    "--attributes gender,origin.",
)
BAD_FORMATS = Bilingual(
    sv="Okända eller upprepade filformat: {given}. Välj pdf, docx eller pdf,docx.",
    en="Unknown or repeated file formats: {given}. Choose pdf, docx or pdf,docx.",
)


@dataclass(frozen=True, slots=True)
class PairedSet:
    """A made test set: its design, its manifest (in random order) and every variant's document."""

    design: PairedDesign
    manifest: Manifest
    documents: dict[str, cvs.CvDocument]


def parse_attributes(text: str | Sequence[str]) -> list[Attribute]:
    """``gender,origin`` -> the attributes in the canonical order; refuses unknown and repeated."""
    given = [p.strip() for p in (text.split(",") if isinstance(text, str) else text) if p.strip()]
    if not given or len(set(given)) != len(given) or any(a not in ATTRIBUTES for a in given):
        raise UserFacingError.of(
            BAD_ATTRIBUTES, given=", ".join(given) or "–", known=", ".join(ATTRIBUTES)
        )
    return [a for a in ATTRIBUTES if a in given]


def parse_formats(text: str | Sequence[str]) -> list[Format]:
    given = [p.strip() for p in (text.split(",") if isinstance(text, str) else text) if p.strip()]
    if not given or len(set(given)) != len(given) or any(f not in FORMATS for f in given):
        raise UserFacingError.of(BAD_FORMATS, given=", ".join(given) or "–")
    return [f for f in FORMATS if f in given]


def cells(attributes: Sequence[Attribute]) -> list[dict[str, str]]:
    """Every combination of the attributes' values (baseline first), one per variant."""
    orders = [(LEVELS[a][1], LEVELS[a][0]) for a in attributes]
    return [dict(zip(attributes, combo, strict=True)) for combo in itertools.product(*orders)]


def _new_id(draw: cvs.Draw, used: set[str]) -> str:
    while True:
        code = "".join(draw.choice(ID_ALPHABET) for _ in range(ID_LENGTH))
        if code not in used:
            used.add(code)
            return code


def _names(
    draw: cvs.Draw, attributes: Sequence[Attribute], used: set[str]
) -> dict[tuple[str, str], tuple[str, str]]:
    """(origin, gender) -> (first, last) for one base CV: a last name per origin shared by both
    genders; a first name per cell. Untested attributes get one value for the whole base CV.
    Full names already used in the set are avoided while there are others."""
    both_origins, both_genders = ["swedish", "non_european"], ["woman", "man"]
    origins = both_origins if "origin" in attributes else [draw.choice(both_origins)]
    genders = both_genders if "gender" in attributes else [draw.choice(both_genders)]
    for _attempt in range(50):
        last = {o: draw.choice(LAST_NAMES[o]) for o in origins}  # type: ignore[index]
        chosen = {
            (o, g): (draw.choice(FIRST_NAMES[(o, g)]), last[o])  # type: ignore[index]
            for o in origins
            for g in genders
        }
        full = {f"{first} {family}" for first, family in chosen.values()}
        if not full & used:
            break
    used.update(full)
    return chosen


def make_set(
    profile: JobProfile,
    *,
    base_cvs: int,
    attributes: Sequence[Attribute],
    seed: int,
    formats: Sequence[Format] = FORMATS,
) -> PairedSet:
    """The test set for ``profile``: ``base_cvs`` base CVs, each in the full crossing."""
    if not 1 <= base_cvs <= MAX_BASE_CVS:
        raise UserFacingError.of(BAD_COUNT, max=MAX_BASE_CVS, count=base_cvs)
    attributes = parse_attributes(attributes)
    formats = parse_formats(formats)
    draw = cvs.Draw(seed)
    used_ids: set[str] = set()
    used_names: set[str] = set()
    rows: list[ManifestRow] = []
    documents: dict[str, cvs.CvDocument] = {}
    for index in range(base_cvs):
        base_id = f"B{index + 1:03d}"
        base = cvs.draw_base(profile, base_id, draw, gap="gap" in attributes)
        names = _names(draw, attributes, used_names)
        for values in cells(attributes):
            origin = values.get("origin") or next(iter(names))[0]
            gender = values.get("gender") or next(iter(names))[1]
            first, last = names[(origin, gender)]
            cv_id = _new_id(draw, used_ids)
            signals: dict[str, str] = {}
            if "age" in attributes:
                signals["birth_year"] = cvs.birth_year(values["age"], profile.reference_year)
            if "gap" in attributes:
                signals["gap_text"] = cvs.gap_text(base, values["gap"])
            documents[cv_id] = cvs.document(
                base,
                cv_id=cv_id,
                first=first,
                last=last,
                born=signals.get("birth_year"),
                gap=signals.get("gap_text"),
                sector=profile.sector,
            )
            files = {fmt: f"{CV_FOLDER}/{cv_id}.{fmt}" for fmt in formats}
            rows.append(
                ManifestRow(
                    cv_id=cv_id,
                    base_id=base_id,
                    file=files[formats[0]],
                    name=f"{first} {last}",
                    values=values,
                    signals=signals,
                    other_files={fmt: path for fmt, path in files.items() if fmt != formats[0]},
                )
            )
    design = PairedDesign(
        profile_title=profile.title,
        sector=profile.sector,
        language=profile.language,
        attributes=list(attributes),
        base_cvs=base_cvs,
        cvs=len(rows),
        seed=seed,
        formats=list(formats),
        reference_year=profile.reference_year,
        names_version=NAMES_VERSION,
    )
    manifest = Manifest(attributes=list(attributes), rows=draw.shuffled(rows))
    return PairedSet(design=design, manifest=manifest, documents=documents)


def manifest_columns(manifest: Manifest) -> list[str]:
    columns = ["cv_id", "base_id", "file", "name", *manifest.attributes]
    columns += [SIGNAL_COLUMNS[a] for a in manifest.attributes if a in SIGNAL_COLUMNS]
    others = sorted({fmt for row in manifest.rows for fmt in row.other_files})
    return columns + [f"file_{fmt}" for fmt in others]


def manifest_csv(manifest: Manifest) -> str:
    """``manifest.csv``: UTF-8, comma-separated, one row per CV in the set's random order."""
    out = io.StringIO()
    columns = manifest_columns(manifest)
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in manifest.rows:
        values = {"cv_id": row.cv_id, "base_id": row.base_id, "file": row.file, "name": row.name}
        values |= row.values | row.signals
        values |= {f"file_{fmt}": path for fmt, path in row.other_files.items()}
        writer.writerow(values)
    return out.getvalue()
