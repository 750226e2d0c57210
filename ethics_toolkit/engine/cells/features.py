"""What drives the decisions (issue 11): Cramér's V of log columns with the decision and attributes.

Computed from the rows where they are read (never from or into the cells, never stored beyond the
figures here), in one vectorised pass per feature: the column becomes integer codes per distinct
value, and every contingency table is one ``numpy.bincount``. It lives with the cells because it
is counted in the same pass over the rows (:mod:`~ethics_toolkit.engine.cells.aggregate`).

Decisions:

- Which columns: those given with ``--features``, or with ``--features auto`` every column without
  a role that is not an identifier (and, for text, has at most :data:`MAX_LEVELS` values).
  A named feature that is an identifier, or a text column with more values, stops the audit.
- Identifier (:func:`is_identifier`): named like one (``id``, ``Sökande-ID``, ``nr``, ``ref``), or
  unique per row (every value once, at least :data:`MIN_ROWS_UNIQUE` rows) unless the values are
  fractional numbers (measurements are often unique), or shaped like one (letters then digits such
  as ``CR-07100``, zero-padded digits, UUIDs) with a distinct value for at least half the rows.
- Numeric columns (every value a number, decimal comma allowed) with more than
  :data:`MAX_NUMERIC_LEVELS` distinct values are binned into quintiles of the analysed rows first:
  the edges are the 20/40/60/80 % quantiles (``inverted_cdf``, so rows and their group counts give
  the same edges) and a value equal to an edge falls in the lower bin, as in ``pandas.qcut``. Equal
  edges merge bins.
- Rows: those the audit analyses (a known decision); a row whose feature is empty is left out of
  that feature's figures, and one whose attribute is unknown out of that attribute's V.
- Cramér's V (``scipy.stats.contingency.association``, no continuity correction) after dropping
  empty rows and columns of the table; 0 when either side has a single value left.
- ``proxy_flag``: V >= :data:`PROXY_V` (0.3) with some sensitive attribute and V >=
  :data:`DECISION_V` (0.1) with the decision: the column stands in for the attribute and goes
  with the decision, so the tool may be using it as a stand-in.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ethics_toolkit.engine.errors import (
    FEATURE_IS_IDENTIFIER,
    FEATURE_TOO_MANY_VALUES,
    NO_FEATURE_VALUES,
    ColumnError,
)
from ethics_toolkit.engine.models import FeatureAssociation
from ethics_toolkit.engine.reading.values import Codes, column_codes
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.i18n import Lang, format_number
from ethics_toolkit.i18n.text import Bilingual, Catalogue

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

PROXY_V = 0.3
"""Cramér's V with a sensitive attribute from which a column counts as a stand-in for it."""
DECISION_V = 0.1
"""Cramér's V with the decision from which a column counts as going with the decision."""
MAX_NUMERIC_LEVELS = 10
"""Numeric columns with more distinct values than this are binned into quintiles."""
QUINTILES = (0.2, 0.4, 0.6, 0.8)
MAX_LEVELS = 100
"""Text columns with more distinct values than this are not analysed (V would mislead)."""
_JOINT_LIMIT = 1 << 22
"""Joint tables up to this many cells are counted in one pass per feature."""
MIN_ROWS_UNIQUE = 10
"""A column unique per row counts as an identifier from this many rows on."""
_ID_TOKENS = frozenset({"id", "nr", "nummer", "ref", "uuid", "guid", "personnummer", "email"})
_TOKEN = re.compile(r"[^\wåäöÅÄÖ]+")
_CAMEL_ID = re.compile(r"[a-zåäö](Id|ID)$")
_ID_SHAPE = re.compile(
    r"^(?:[A-Za-zÅÄÖåäö]{1,8}[-_/.: ]?\d{2,}[A-Za-z]?|0\d{3,}|"
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"
)

TEXTS = Catalogue(
    {
        "proxy": Bilingual(
            sv="{column} förutsäger starkt både {attribute} (V = {v_attr}) och urvalet "
            "(V = {v_dec}): verktyget kan använda den som ersättning för {attribute}.",
            en="{column} strongly predicts both {attribute} (V = {v_attr}) and selection "
            "(V = {v_dec}): the tool may be using it as a stand-in for {attribute}.",
        ),
        "attribute_only": Bilingual(
            sv="{column} hänger ihop med {attribute} (V = {v_attr}) men knappt med urvalet "
            "(V = {v_dec}).",
            en="{column} goes with {attribute} (V = {v_attr}) but hardly with selection "
            "(V = {v_dec}).",
        ),
        "decision_only": Bilingual(
            sv="{column} hänger ihop med urvalet (V = {v_dec}) men inte starkt med någon skyddad "
            "egenskap (högst V = {v_attr} med {attribute}); kontrollera att den är relevant för "
            "jobbet.",
            en="{column} goes with selection (V = {v_dec}) but not strongly with any protected "
            "attribute (at most V = {v_attr} with {attribute}); check that it is relevant to the "
            "job.",
        ),
        "weak": Bilingual(
            sv="{column} hänger knappt ihop med urvalet (V = {v_dec}) eller med de skyddade "
            "egenskaperna (högst V = {v_attr}).",
            en="{column} hardly goes with selection (V = {v_dec}) or with the protected "
            "attributes (at most V = {v_attr}).",
        ),
    }
)


def _tokens(column: str) -> list[str]:
    return [w for w in _TOKEN.split(column.casefold().replace("_", " ")) if w]


def named_like_identifier(column: str) -> bool:
    """``id``, ``applicant_id``, ``Sökande-ID``, ``applicantId``, ``case nr``, ``case_ref``."""
    tokens = _tokens(column)
    return bool(tokens) and (tokens[-1] in _ID_TOKENS or bool(_CAMEL_ID.search(column.strip())))


def _number(label: str) -> float | None:
    try:
        return float(label.replace(",", "."))
    except ValueError:
        return None


def is_identifier(codes: Codes, column: str) -> bool:
    """Whether a column identifies rows rather than describing them (module docstring).

    Works on the distinct values and their counts, so rows and group counts decide alike.
    """
    if named_like_identifier(column):
        return True
    labels, counts = codes.labels, codes.counts
    rows = sum(counts)
    if not labels or rows == 0:
        return False
    numbers = [_number(label) for label in labels]
    fractional = all(n is not None for n in numbers) and any(
        n is not None and not float(n).is_integer() for n in numbers
    )
    if rows >= MIN_ROWS_UNIQUE and max(counts) == 1 and not fractional:
        return True
    shaped = sum(bool(_ID_SHAPE.match(label)) for label in labels)
    return shaped >= 0.9 * len(labels) and len(labels) >= max(3, rows / 2)


@dataclass(frozen=True)
class FeatureCodes:
    """One feature as codes per row (``-1`` = empty) over its values or quintile bins."""

    column: str
    codes: np.ndarray
    levels: int


def _numeric_bins(codes: Codes, keep: np.ndarray, weights: np.ndarray | None) -> Codes | None:
    """Quintile bins of a numeric column with many values, decided per distinct value."""
    import numpy as np

    numbers = [_number(label) for label in codes.labels]
    if any(n is None for n in numbers):
        return None
    values = np.array(numbers, dtype=float)
    valid = keep & (codes.codes >= 0)
    w = None if weights is None else weights[valid]
    counts = np.bincount(codes.codes[valid], weights=w, minlength=len(values))
    present = counts > 0
    if int(present.sum()) <= MAX_NUMERIC_LEVELS:
        return None
    edges = np.unique(
        np.quantile(values[present], QUINTILES, weights=counts[present], method="inverted_cdf")
    )
    bins = np.searchsorted(edges, values, side="left")
    mapping = np.append(bins, -1)  # code -1 (empty) indexes the trailing -1
    labels = [f"q{i + 1}" for i in range(len(edges) + 1)]
    return Codes(codes=mapping[codes.codes], labels=labels, counts=[])


def feature_codes(
    series: pd.Series,
    *,
    column: str,
    keep: np.ndarray,
    weights: np.ndarray | None,
    auto: bool,
) -> FeatureCodes | None:
    """The feature's codes, or ``None`` when ``auto`` skips it (identifier, too many values)."""
    codes = column_codes(series, unknown_is_missing=False, weights=weights)
    if is_identifier(codes, column):
        if auto:
            return None
        raise ColumnError(FEATURE_IS_IDENTIFIER, column=column)
    if not codes.labels:
        if auto:
            return None
        raise ColumnError(NO_FEATURE_VALUES, column=column)
    binned = _numeric_bins(codes, keep, weights)
    if binned is not None:
        codes = binned
    elif len(codes.labels) > MAX_LEVELS:
        if auto:
            return None
        raise ColumnError(
            FEATURE_TOO_MANY_VALUES, column=column, count=len(codes.labels), limit=MAX_LEVELS
        )
    return FeatureCodes(column=column, codes=codes.codes, levels=len(codes.labels))


def auto_candidates(columns: Sequence[str], spec: AuditSpec) -> list[str]:
    """Columns without a role and not named like an identifier, in file order."""
    roles = set(spec.roles) - set(spec.features)
    return [c for c in columns if c not in roles and not named_like_identifier(c)]


def resolve_features(
    frame: pd.DataFrame,
    spec: AuditSpec,
    *,
    keep: np.ndarray,
    weights: np.ndarray | None,
) -> list[FeatureCodes]:
    """The features the spec asks for, as codes (``--features auto``: every eligible column)."""
    if spec.features_auto:
        names = auto_candidates([str(c) for c in frame.columns], spec)
        names = list(dict.fromkeys([*spec.features, *names]))
    else:
        names = list(spec.features)
    found = []
    for name in names:
        auto = spec.features_auto and name not in spec.features
        codes = feature_codes(frame[name], column=name, keep=keep, weights=weights, auto=auto)
        if codes is not None:
            found.append(codes)
    return found


def _v(table: np.ndarray) -> float:
    """Cramér's V of a contingency table of counts, empty rows and columns dropped."""
    import numpy as np
    from scipy.stats.contingency import association

    table = np.rint(table).astype(np.int64)
    table = table[table.sum(axis=1) > 0][:, table.sum(axis=0) > 0]
    if min(table.shape) < 2:
        return 0.0
    return float(association(table, method="cramer", correction=False))


def cramers_v(
    first: np.ndarray,
    first_levels: int,
    second: np.ndarray,
    second_levels: int,
    rows: np.ndarray,
    weights: np.ndarray | None,
) -> float:
    """Cramér's V of two coded columns over ``rows`` (a boolean mask), ignoring ``-1`` codes."""
    import numpy as np

    use = rows & (first >= 0) & (second >= 0)
    key = first[use].astype(np.int64) * second_levels + second[use]
    w = None if weights is None else weights[use]
    table = np.bincount(key, weights=w, minlength=first_levels * second_levels)
    return _v(table.reshape(first_levels, second_levels))


def _joint_counts(
    feature: FeatureCodes,
    base: np.ndarray,
    space: int,
    rows: np.ndarray,
    weights: np.ndarray | None,
) -> np.ndarray:
    """Counts over (feature incl. empty) x decision x every attribute (incl. unknown)."""
    import numpy as np

    levels = feature.levels + 1
    key = (feature.codes[rows] % levels) * space + base
    w = None if weights is None else weights[rows]
    return np.bincount(key, weights=w, minlength=levels * space)


def _from_joint(
    joint: np.ndarray, feature: FeatureCodes, sizes: Sequence[int]
) -> tuple[float, list[float]]:
    """V with the decision and with each attribute, as margins of one joint table."""
    shape = (feature.levels + 1, 2, *(size + 1 for size in sizes))
    table = joint.reshape(shape)[: feature.levels]  # rows with an empty feature left out
    attribute_axes = tuple(range(2, len(shape)))
    with_decision = _v(table.sum(axis=attribute_axes))
    proxies = []
    for i, size in enumerate(sizes):
        others = tuple(a for a in range(1, len(shape)) if a != i + 2)
        margin = table.sum(axis=others)[:, :size]  # unknown attribute values left out
        proxies.append(_v(margin))
    return with_decision, proxies


def _finding(association: FeatureAssociation, labels: Mapping[str, str]) -> Bilingual:
    attribute, v_attr = max(association.proxy_for.items(), key=lambda item: item[1])

    def one(lang: Lang) -> str:
        if association.proxy_flag:
            key = "proxy"
        elif v_attr >= PROXY_V:
            key = "attribute_only"
        elif association.association_with_decision >= DECISION_V:
            key = "decision_only"
        else:
            key = "weak"
        return TEXTS.text(
            key,
            lang,
            column=labels.get(association.column, association.column),
            attribute=labels.get(attribute, attribute),
            v_attr=format_number(v_attr, lang),
            v_dec=format_number(association.association_with_decision, lang),
        )

    return Bilingual(sv=one("sv"), en=one("en"))


def associations(
    features: Sequence[FeatureCodes],
    *,
    selected: np.ndarray,
    attributes: Mapping[str, tuple[np.ndarray, int]],
    rows: np.ndarray,
    weights: np.ndarray | None,
    labels: Mapping[str, str] | None = None,
) -> list[FeatureAssociation]:
    """One :class:`FeatureAssociation` per feature over ``rows`` (the analysed rows of a scope).

    ``attributes``: per sensitive attribute its codes per row (``-1`` unknown) and its size.
    """
    import numpy as np

    decision = np.where(selected, 1, 0)
    sizes = [size for _, size in attributes.values()]
    space = 2 * math.prod(size + 1 for size in sizes)
    base = None
    if space * (max((f.levels for f in features), default=0) + 1) <= _JOINT_LIMIT:
        # One pass per feature: the decision and attribute part of the key is shared.
        base = decision[rows].astype(np.int64)
        for codes, size in attributes.values():
            base = base * (size + 1) + codes[rows] % (size + 1)
    result = []
    for feature in features:
        if base is not None:
            joint = _joint_counts(feature, base, space, rows, weights)
            with_decision, proxies = _from_joint(joint, feature, sizes)
            proxy_for = dict(zip(attributes, proxies, strict=True))
        else:  # many attribute values: one table per pair
            with_decision = cramers_v(feature.codes, feature.levels, decision, 2, rows, weights)
            proxy_for = {
                name: cramers_v(feature.codes, feature.levels, codes, size, rows, weights)
                for name, (codes, size) in attributes.items()
            }
        flag = max(proxy_for.values(), default=0.0) >= PROXY_V and with_decision >= DECISION_V
        association = FeatureAssociation(
            column=feature.column,
            association_with_decision=with_decision,
            proxy_for=proxy_for,
            proxy_flag=flag,
        )
        finding = _finding(association, labels or {})
        result.append(association.model_copy(update={"finding": finding}))
    return result
