"""Reading ``manifest.csv`` back, with the checks a paired analysis relies on.

A manifest is refused (a clear message, exit code 2 in the CLI) when its ids are empty or used
twice, a tested attribute has a value that is not one of its two, or a base CV does not hold
exactly one variant of every combination of the tested values: then some pairs would be missing
or ambiguous, and the figures would silently rest on fewer pairs than the design promised.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

from ethics_toolkit.engine.paired.design import SIGNAL_COLUMNS, cells
from ethics_toolkit.engine.paired.models import ATTRIBUTES, LEVELS, Manifest, ManifestRow
from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual

REQUIRED = ("cv_id", "base_id", "file", "name")
MAX_NAMED = 5

MANIFEST_MISSING = Bilingual(
    sv="Manifestet {name} finns inte. Ange manifest.csv i mappen som ”ethics-toolkit paired "
    "make” skrev.",
    en="The manifest {name} does not exist. Give the manifest.csv in the folder that "
    "“ethics-toolkit paired make” wrote.",
)
MANIFEST_NOT_TEXT = Bilingual(
    sv="Manifestet {name} är inte en CSV-fil i UTF-8. Använd manifest.csv som ”paired make” "
    "skrev, oförändrad.",
    en="The manifest {name} is not a UTF-8 CSV file. Use the manifest.csv that “paired make” "
    "wrote, unchanged.",
)
MANIFEST_COLUMNS = Bilingual(
    sv="Manifestet {name} saknar kolumnerna {missing} (det har {found}). Det behöver cv_id, "
    "base_id, file, name och en kolumn per testad egenskap ({attributes}).",
    en="The manifest {name} has no column {missing} (it has {found}). It needs cv_id, base_id, "
    "file, name and one column per tested attribute ({attributes}).",
)
MANIFEST_NO_ATTRIBUTE = Bilingual(
    sv="Manifestet {name} har ingen kolumn för en testad egenskap ({attributes}).",
    en="The manifest {name} has no column for a tested attribute ({attributes}).",
)
MANIFEST_NO_ROWS = Bilingual(
    sv="Manifestet {name} har inga CV:n (bara rubrikraden).",
    en="The manifest {name} lists no CVs (only its header).",
)
MANIFEST_EMPTY_ID = Bilingual(
    sv="Manifestet {name} har en rad utan cv_id, base_id, file eller name (rad {line}).",
    en="The manifest {name} has a row without cv_id, base_id, file or name (line {line}).",
)
MANIFEST_DUPLICATE_ID = Bilingual(
    sv="Manifestet {name} har samma cv_id på flera rader: {ids}. Varje CV behöver ett eget id.",
    en="The manifest {name} has the same cv_id on several rows: {ids}. Every CV needs its own id.",
)
MANIFEST_BAD_VALUE = Bilingual(
    sv="Manifestet {name}: {attribute} har värdet {value} (rad {line}); tillåtet är {allowed}.",
    en="The manifest {name}: {attribute} has the value {value} (line {line}); allowed are "
    "{allowed}.",
)
MANIFEST_NOT_CROSSED = Bilingual(
    sv="Manifestet {name}: grund-CV {base} har inte exakt en variant av varje kombination av de "
    "testade egenskaperna ({found}). Paren skulle bli fel; skapa testsetet igen med ”paired make”.",
    en="The manifest {name}: base CV {base} does not hold exactly one variant of every combination "
    "of the tested attributes ({found}). The pairs would be wrong; make the test set again with "
    "“paired make”.",
)


def _named(items: list[str]) -> str:
    more = len(items) - MAX_NAMED
    return ", ".join(items[:MAX_NAMED]) + (f" (+{more})" if more > 0 else "")


def parse_manifest(text: str, *, name: str = "manifest.csv") -> Manifest:
    """The manifest in ``text``; refused with a message naming the problem (module docstring)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip() for h in reader.fieldnames or []]
    attributes = [a for a in ATTRIBUTES if a in header]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise UserFacingError.of(
            MANIFEST_COLUMNS,
            name=name,
            missing=", ".join(missing),
            found=", ".join(header) or "–",
            attributes=", ".join(ATTRIBUTES),
        )
    if not attributes:
        raise UserFacingError.of(MANIFEST_NO_ATTRIBUTE, name=name, attributes=", ".join(ATTRIBUTES))
    rows: list[ManifestRow] = []
    for line, raw in enumerate(reader, start=2):
        record = {(k or "").strip(): (v or "").strip() for k, v in raw.items() if k is not None}
        if not all(record.get(c) for c in REQUIRED):
            raise UserFacingError.of(MANIFEST_EMPTY_ID, name=name, line=line)
        for attribute in attributes:
            if record.get(attribute) not in LEVELS[attribute]:
                raise UserFacingError.of(
                    MANIFEST_BAD_VALUE,
                    name=name,
                    attribute=attribute,
                    value=repr(record.get(attribute, "")),
                    line=line,
                    allowed=" / ".join(LEVELS[attribute]),
                )
        signals = {
            column: record[column]
            for attribute, column in SIGNAL_COLUMNS.items()
            if attribute in attributes and record.get(column)
        }
        others = {
            key.removeprefix("file_"): value
            for key, value in record.items()
            if key.startswith("file_") and value
        }
        rows.append(
            ManifestRow(
                cv_id=record["cv_id"],
                base_id=record["base_id"],
                file=record["file"],
                name=record["name"],
                values={a: record[a] for a in attributes},
                signals=signals,
                other_files=others,
            )
        )
    if not rows:
        raise UserFacingError.of(MANIFEST_NO_ROWS, name=name)
    twice = sorted(cv for cv, n in Counter(r.cv_id for r in rows).items() if n > 1)
    if twice:
        raise UserFacingError.of(MANIFEST_DUPLICATE_ID, name=name, ids=_named(twice))
    expected = sorted(tuple(c.items()) for c in cells(attributes))
    by_base: dict[str, list[tuple[tuple[str, str], ...]]] = {}
    for row in rows:
        by_base.setdefault(row.base_id, []).append(tuple(sorted(row.values.items())))
    for base, found in by_base.items():
        if sorted(found) != sorted(tuple(sorted(c)) for c in expected):
            shown = "; ".join(",".join(v for _, v in f) for f in sorted(found))
            raise UserFacingError.of(MANIFEST_NOT_CROSSED, name=name, base=base, found=shown)
    return Manifest(attributes=attributes, rows=rows)


def read_manifest(path: Path) -> Manifest:
    if not path.is_file():
        raise UserFacingError.of(MANIFEST_MISSING, name=path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UserFacingError.of(MANIFEST_NOT_TEXT, name=path.name) from error
    return parse_manifest(text, name=path.name)
