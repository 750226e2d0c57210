"""A first guess of the stratum column (issue 10): the job, requisition or qualification band.

The app suggests it for ``--stratify``; the user confirms or changes it. A column qualifies when a
word of its header starts like a job or requisition word (Swedish or English: ``job_code``,
``Tjänst``, ``requisition_id``, ``Annons-ID``, ``Befattning``, ``Kvalifikationsnivå``) and it has
few distinct values: at least 2, at most :data:`MAX_STRATA_GUESSED`, and on average at least
:data:`MIN_ROWS_PER_STRATUM` rows per value (so an applicant id never qualifies, and the strata
can hold both groups).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

STRATUM_STEMS = (
    "job",
    "tjänst",
    "tjanst",
    "requisition",
    "vacancy",
    "vakans",
    "annons",
    "befattning",
    "kvalifikation",
    "qualification",
    "yrke",
    "occupation",
)
STRATUM_WORDS = ("req", "reqid", "rekrytering")
"""Whole header words (not prefixes): ``req`` would otherwise match ``request``."""
MAX_STRATA_GUESSED = 200
MIN_ROWS_PER_STRATUM = 5
_WORD = re.compile(r"[^\wåäö]+|_")


def _words(name: str) -> list[str]:
    return [w for w in _WORD.split(name.casefold()) if w]


def looks_like_stratum_name(name: str) -> bool:
    """True when a word of the header names a job, requisition or qualification band."""
    return any(
        word in STRATUM_WORDS or word.startswith(STRATUM_STEMS) for word in _words(str(name))
    )


def stratum_candidates(frame: pd.DataFrame, *, exclude: Iterable[str] = ()) -> list[str]:
    """Columns that look like a stratum, in the file's column order."""
    excluded = set(exclude)
    rows = len(frame)
    found = []
    for column in frame.columns:
        name = str(column)
        if name in excluded or not looks_like_stratum_name(name):
            continue
        values = frame[column].dropna().astype(str).str.strip()
        distinct = values[values != ""].nunique()
        if 2 <= distinct <= MAX_STRATA_GUESSED and distinct * MIN_ROWS_PER_STRATUM <= rows:
            found.append(name)
    return found


def guess_stratum(frame: pd.DataFrame, *, exclude: Iterable[str] = ()) -> str | None:
    """The most likely stratum column, or None."""
    candidates = stratum_candidates(frame, exclude=exclude)
    return candidates[0] if candidates else None
