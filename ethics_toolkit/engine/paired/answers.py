"""The vendor's tool's answers: read from its export and matched to the manifest, one per CV.

The export is a CSV file or a workbook, read like a decision log (``engine/reading``): encodings,
separators, decimal commas. Each row is matched to a CV by the id column, which may hold the
``cv_id`` or the file name (with or without folder and extension, in any case). An answer is a
score, a decision (the ``positive`` value means selected, the one other value not), or both.

Refused, with the ids named: a CV of the manifest without an answer (or with an empty score or
decision), an id answered twice, an id that is in no manifest, a score that is not a number,
a positive value that does not occur, and a decision column with more than two values.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING

from ethics_toolkit.engine.paired.models import Manifest
from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual

if TYPE_CHECKING:
    import pandas as pd

    from ethics_toolkit.engine.spec import ReadingInfo

MAX_NAMED = 5
CV_EXTENSIONS = (".pdf", ".docx", ".doc", ".txt", ".rtf", ".odt")

NOTHING_TO_ANALYSE = Bilingual(
    sv="Ange vilken kolumn som har verktygets poäng (--score) eller rangordning (--rank) eller "
    "beslut (--decision med --positive); poäng eller rang kan kombineras med beslut.",
    en="Say which column holds the tool's score (--score) or rank (--rank) or decision "
    "(--decision with --positive); a score or a rank can be combined with a decision.",
)
SCORE_AND_RANK = Bilingual(
    sv="Ange antingen poäng (--score) eller rangordning (--rank), inte båda.",
    en="Give either the score (--score) or the rank (--rank), not both.",
)
POSITIVE_NEEDED = Bilingual(
    sv="Ange vilket värde i beslutskolumnen {column} som betyder att CV:t gick vidare "
    "(--positive), t.ex. --positive Ja. Värdena i filen: {values}.",
    en="Say which value of the decision column {column} means the CV was selected "
    "(--positive), e.g. --positive yes. The values in the file: {values}.",
)
POSITIVE_NOT_FOUND = Bilingual(
    sv="Värdet {positive} finns inte i beslutskolumnen {column} (värdena är {values}). Ange ett "
    "av dem med --positive.",
    en="The value {positive} does not occur in the decision column {column} (its values are "
    "{values}). Give one of them with --positive.",
)
TOO_MANY_DECISIONS = Bilingual(
    sv="Beslutskolumnen {column} har fler än två värden ({values}). Ett parat test behöver ett "
    "ja/nej-beslut per CV; välj en kolumn med två värden eller använd poängen (--score).",
    en="The decision column {column} has more than two values ({values}). A paired test needs a "
    "yes/no decision per CV; choose a column with two values or use the score (--score).",
)
NO_ID_COLUMN = Bilingual(
    sv="Ingen kolumn i {name} innehåller CV-id:n eller filnamn från manifestet. Ange kolumnen "
    "med --id-column (kolumnerna är {columns}).",
    en="No column of {name} holds the CV ids or file names of the manifest. Name the column with "
    "--id-column (the columns are {columns}).",
)
DUPLICATE_ANSWERS = Bilingual(
    sv="Samma CV finns på flera rader i {name}: {ids}. Varje CV ska ha exakt ett svar; ta bort "
    "dubbletterna.",
    en="The same CV is on several rows of {name}: {ids}. Every CV needs exactly one answer; "
    "remove the duplicates.",
)
UNKNOWN_ANSWERS = Bilingual(
    sv="{name} har svar för CV:n som inte finns i manifestet: {ids}. Kontrollera att svaren hör "
    "till detta testset och att id-kolumnen är rätt (--id-column).",
    en="{name} has answers for CVs that are not in the manifest: {ids}. Check that the answers "
    "belong to this test set and that the id column is right (--id-column).",
)
MISSING_ANSWERS = Bilingual(
    sv="{count} CV:n i manifestet saknar svar i {name}: {ids}. Varje CV behöver ett svar, annars "
    "blir paren ofullständiga; kör dem i verktyget och exportera igen.",
    en="{count} CVs of the manifest have no answer in {name}: {ids}. Every CV needs an answer, "
    "or the pairs are incomplete; run them through the tool and export again.",
)
EMPTY_ANSWERS = Bilingual(
    sv="{column} är tom för {count} CV:n i {name}: {ids}. Varje CV behöver ett svar.",
    en="{column} is empty for {count} CVs in {name}: {ids}. Every CV needs an answer.",
)
NOT_A_SCORE = Bilingual(
    sv="Poängkolumnen {column} har värdet {value}, som inte är ett tal (CV {cv}).",
    en="The score column {column} has the value {value}, which is not a number (CV {cv}).",
)


@dataclass(frozen=True, slots=True)
class Answers:
    """One answer per CV of the manifest: a score, a decision (selected or not), or both."""

    scores: dict[str, float] | None
    selected: dict[str, bool] | None
    file_name: str
    sha256: str | None
    rows: int
    ranks: bool = False
    """``scores`` hold minus the tool's rank (1 = best), so that higher is better throughout."""


def _named(items: list[str]) -> str:
    more = len(items) - MAX_NAMED
    return ", ".join(items[:MAX_NAMED]) + (f" (+{more})" if more > 0 else "")


def _key(value: object) -> str:
    """An id as the tool's export may write it: the cv_id or a file name, any case, any path."""
    text = str(value).strip()
    name = PureWindowsPath(PurePosixPath(text).name).name
    lower = name.lower()
    for extension in CV_EXTENSIONS:
        if lower.endswith(extension):
            name = name[: -len(extension)]
            break
    return name.upper()


def manifest_keys(manifest: Manifest) -> dict[str, str]:
    """Every accepted spelling's key -> ``cv_id``: the id and the stem of each file."""
    keys: dict[str, str] = {}
    for row in manifest.rows:
        for spelling in (row.cv_id, row.file, *row.other_files.values()):
            keys[_key(spelling)] = row.cv_id
    return keys


def id_column_of(frame: pd.DataFrame, keys: dict[str, str], name: str) -> str:
    best, matches = None, 0
    for column in frame.columns:
        found = sum(_key(v) in keys for v in frame[column].dropna().astype(str))
        if found > matches:
            best, matches = column, found
    if best is None:
        columns = ", ".join(str(c) for c in frame.columns)
        raise UserFacingError.of(NO_ID_COLUMN, name=name, columns=columns)
    return str(best)


def match_answers(
    frame: pd.DataFrame,
    info: ReadingInfo,
    manifest: Manifest,
    *,
    id_column: str | None,
    score: str | None,
    decision: str | None,
    positive: str | None,
    rank: str | None = None,
) -> Answers:
    """Match the rows of the export to the manifest (module docstring for what is refused)."""
    import pandas as pd

    name = info.file_name or "answers"
    if score is not None and rank is not None:
        raise UserFacingError.of(SCORE_AND_RANK)
    if score is None and rank is None and decision is None:
        raise UserFacingError.of(NOTHING_TO_ANALYSE)
    ranks = rank is not None
    score = rank if ranks else score
    keys = manifest_keys(manifest)
    id_column = id_column or id_column_of(frame, keys, name)
    present = frame[frame[id_column].notna() & (frame[id_column].astype(str).str.strip() != "")]
    ids = [_key(v) for v in present[id_column].astype(str)]
    counts = Counter(ids)
    twice = sorted(k for k, n in counts.items() if n > 1)
    if twice:
        raise UserFacingError.of(DUPLICATE_ANSWERS, name=name, ids=_named(twice))
    unknown = sorted(k for k in counts if k not in keys)
    if unknown:
        raise UserFacingError.of(UNKNOWN_ANSWERS, name=name, ids=_named(unknown))
    cv_of = [keys[k] for k in ids]
    missing = sorted({r.cv_id for r in manifest.rows} - set(cv_of))
    if missing:
        raise UserFacingError.of(
            MISSING_ANSWERS, name=name, count=len(missing), ids=_named(missing)
        )

    def column(col: str) -> list[object]:
        values = present[col].tolist()
        empty = [
            cv
            for cv, v in zip(cv_of, values, strict=True)
            if v is None or (isinstance(v, float) and math.isnan(v)) or str(v).strip() == ""
        ]
        if empty:
            raise UserFacingError.of(
                EMPTY_ANSWERS, column=col, name=name, count=len(empty), ids=_named(sorted(empty))
            )
        return values

    scores = None
    if score is not None:
        scores = {}
        for cv, value in zip(cv_of, column(score), strict=True):
            number = pd.to_numeric(
                str(value).strip().replace(",", ".")
                if isinstance(value, str) and info.decimal == ","
                else value,
                errors="coerce",
            )
            if pd.isna(number) or not math.isfinite(float(number)):
                raise UserFacingError.of(NOT_A_SCORE, column=score, value=repr(value), cv=cv)
            scores[cv] = -float(number) if ranks else float(number)
    selected = None
    if decision is not None:
        values = [str(v).strip() for v in column(decision)]
        distinct = sorted(set(values))
        shown = ", ".join(distinct)
        if positive is None:
            raise UserFacingError.of(POSITIVE_NEEDED, column=decision, values=shown)
        if len(distinct) > 2:
            raise UserFacingError.of(TOO_MANY_DECISIONS, column=decision, values=shown)
        if positive.strip() not in distinct:
            raise UserFacingError.of(
                POSITIVE_NOT_FOUND, positive=repr(positive), column=decision, values=shown
            )
        selected = {cv: v == positive.strip() for cv, v in zip(cv_of, values, strict=True)}
    return Answers(
        scores=scores,
        selected=selected,
        ranks=ranks,
        file_name=name,
        sha256=info.sha256,
        rows=len(present),
    )


def read_answers(
    source: bytes | Path,
    manifest: Manifest,
    *,
    file_name: str | None = None,
    sheet: str | int | None = None,
    id_column: str | None = None,
    score: str | None = None,
    decision: str | None = None,
    positive: str | None = None,
    rank: str | None = None,
) -> Answers:
    """Read the tool's export (CSV or workbook) and match it to ``manifest``."""
    from ethics_toolkit.engine.reading.tabular import read_table

    wanted = [c for c in (id_column, score, rank, decision) if c is not None]
    text_columns = [c for c in (id_column, decision) if c is not None]
    frame, info = read_table(
        source,
        file_name=file_name,
        sheet=sheet,
        usecols=wanted if id_column is not None else None,
        categorical=text_columns,
        as_written=text_columns,
    )
    if id_column is None:
        from ethics_toolkit.engine.reading.tabular import require_columns

        require_columns(
            [c for c in (score, rank, decision) if c is not None],
            list(frame.columns),
            separator=None,
        )
    return match_answers(
        frame,
        info,
        manifest,
        id_column=id_column,
        score=score,
        decision=decision,
        positive=positive,
        rank=rank,
    )
