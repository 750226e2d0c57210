"""Grouping values and counting chosen values as unknown: the recipe's value decisions (issue 20).

Like :mod:`ethics_toolkit.engine.reading.values`, everything here works per distinct value and
returns codes per row, so a file read by pandas and the grouped rows of a database or of DuckDB
(:mod:`ethics_toolkit.engine.sources.pushdown`) are decided by the same code.

Decisions, for one sensitive column, per value (stripped, as written):

1. blank, or one of :data:`~ethics_toolkit.engine.reading.values.UNKNOWN_VALUES` (any case):
   unknown, as without a recipe;
2. a value the user counts as unknown (``--unknown COL=VALUE``; as written, else ignoring case):
   unknown;
3. with a grouping: the group the user's grouping gives the value (as written, else ignoring case),
   else the built-in map's group (``region``); a group named like unknown (``okänt``, blank)
   makes the value unknown. A value that neither covers stops the audit, naming every such value
   with its count, the row of the first, and the fix: never silently unknown;
4. otherwise the value itself is its group.

A grouping file has two columns, value and group, with or without a header row (a first row
``value,group`` / ``värde,grupp`` is a header); ``,`` ``;`` or tab; UTF-8 or Windows-1252.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ethics_toolkit.engine.errors import DataValueError, list_items
from ethics_toolkit.engine.reading.meanings import fold
from ethics_toolkit.engine.reading.regions import region_of
from ethics_toolkit.engine.reading.values import UNKNOWN_VALUES, Codes
from ethics_toolkit.engine.spec import Grouping
from ethics_toolkit.i18n.text import Bilingual

if TYPE_CHECKING:
    import numpy as np

NOT_IN_GROUPING = Bilingual(
    en="Your grouping of {column!r}{source} does not cover {values} (the first on row {row}). "
    "Assign each a group: a line VALUE,GROUP in the grouping file, or pick its group in the app; "
    "or count it as unknown with --unknown {column}=VALUE.",
    sv="Din gruppering av {column!r}{source} täcker inte {values} (det första på rad {row}). Ge "
    "varje värde en grupp: en rad VÄRDE,GRUPP i grupperingsfilen, eller välj grupp i appen; eller "
    "räkna det som okänt med --unknown {column}=VÄRDE.",
)
NOT_IN_GROUPING_GROUPED = Bilingual(
    en="Your grouping of {column!r}{source} does not cover {values}. Assign each a group: a line "
    "VALUE,GROUP in the grouping file, or pick its group in the app; or count it as unknown with "
    "--unknown {column}=VALUE.",
    sv="Din gruppering av {column!r}{source} täcker inte {values}. Ge varje värde en grupp: en "
    "rad VÄRDE,GRUPP i grupperingsfilen, eller välj grupp i appen; eller räkna det som okänt med "
    "--unknown {column}=VÄRDE.",
)
NOT_A_COUNTRY = Bilingual(
    en="The built-in map of countries to regions does not know {values} in {column!r} (the "
    "first on row {row}). Group the column yourself with --regroup {column}=FILE.csv (lines "
    "VALUE,GROUP), or count the value as unknown with --unknown {column}=VALUE.",
    sv="Den inbyggda indelningen av länder i regioner känner inte till {values} i {column!r} "
    "(det första på rad {row}). Gruppera kolumnen själv med --regroup {column}=FIL.csv (rader "
    "VÄRDE,GRUPP), eller räkna värdet som okänt med --unknown {column}=VÄRDE.",
)
NOT_A_COUNTRY_GROUPED = Bilingual(
    en="The built-in map of countries to regions does not know {values} in {column!r}. Group "
    "the column yourself with --regroup {column}=FILE.csv (lines VALUE,GROUP), or count the "
    "value as unknown with --unknown {column}=VALUE.",
    sv="Den inbyggda indelningen av länder i regioner känner inte till {values} i {column!r}. "
    "Gruppera kolumnen själv med --regroup {column}=FIL.csv (rader VÄRDE,GRUPP), eller räkna "
    "värdet som okänt med --unknown {column}=VÄRDE.",
)
GROUPING_FILE_UNREADABLE = Bilingual(
    en="The grouping file {name} could not be read ({reason}). Check the name and try again.",
    sv="Grupperingsfilen {name} gick inte att läsa ({reason}). Kontrollera namnet och försök igen.",
)
GROUPING_FILE_EMPTY = Bilingual(
    en="The grouping file {name} is empty. Write one line per value with two columns, the value "
    "and its group (e.g. Polen,Europa utom Sverige).",
    sv="Grupperingsfilen {name} är tom. Skriv en rad per värde med två kolumner, värdet och dess "
    "grupp (t.ex. Polen,Europa utom Sverige).",
)
GROUPING_FILE_TOO_BIG = Bilingual(
    en="The grouping file {name} is larger than {limit}; a grouping has one short line per value. "
    "Check that it is the right file.",
    sv="Grupperingsfilen {name} är större än {limit}; en gruppering har en kort rad per värde. "
    "Kontrollera att det är rätt fil.",
)
GROUPING_LINE_BAD = Bilingual(
    en="Line {line} of the grouping file {name} does not have two columns, the value and its "
    "group: {text!r}. Write it as VALUE,GROUP (e.g. Polen,Europa utom Sverige).",
    sv="Rad {line} i grupperingsfilen {name} har inte två kolumner, värdet och dess grupp: "
    "{text!r}. Skriv den som VÄRDE,GRUPP (t.ex. Polen,Europa utom Sverige).",
)
GROUPING_VALUE_TWICE = Bilingual(
    en="The grouping file {name} gives the value {value!r} two groups ({first!r} and "
    "{second!r}). Keep one line per value.",
    sv="Grupperingsfilen {name} ger värdet {value!r} två grupper ({first!r} och {second!r}). "
    "Behåll en rad per värde.",
)
_HEADERS = frozenset({"value", "värde", "varde", "values", "värden"})
MAX_GROUPING_BYTES = 1024 * 1024


def lookup(wanted: Mapping[str, object], label: str) -> object | None:
    """``wanted[label]``, else the entry whose key equals ``label`` ignoring case and spaces."""
    if label in wanted:
        return wanted[label]
    folded = fold(label)
    return next((v for k, v in wanted.items() if fold(k) == folded), None)


def group_of(label: str, grouping: Grouping) -> str | None:
    """The group of one value under ``grouping`` ("" for unknown), or ``None`` if not covered."""
    found = lookup(grouping.groups, label)
    if found is None and grouping.builtin == "region":
        found = region_of(label)
    if found is None:
        return None
    group = str(found).strip()
    return "" if group.casefold() in UNKNOWN_VALUES else group


def chosen_unknown(label: str, unknown: Sequence[str]) -> bool:
    """True when the user counts ``label`` as unknown (as written, else ignoring case)."""
    return lookup(dict.fromkeys(unknown, True), label) is not None


def decide(label: str, grouping: Grouping | None, unknown: Sequence[str] = ()) -> str | None:
    """The group of one value as the audit counts it: ``""`` unknown, ``None`` not covered."""
    if label == "" or label.casefold() in UNKNOWN_VALUES or chosen_unknown(label, unknown):
        return ""
    return label if grouping is None else group_of(label, grouping)


def recode(
    codes: Codes,
    *,
    column: str,
    grouping: Grouping | None = None,
    unknown: Sequence[str] = (),
    weights: np.ndarray | None = None,
) -> Codes:
    """Raw codes of a sensitive column (``unknown_is_missing=False``) -> codes over its groups.

    Per the decisions in the module docstring; ``weights`` (grouped rows of a database) only
    change the counts and leave rows out of the messages.
    """
    import numpy as np

    groups: list[str] = []
    index: dict[str, int] = {}
    mapping = np.full(len(codes.labels) + 1, -1, dtype=np.int64)
    uncovered: list[int] = []
    for position, label in enumerate(codes.labels):
        group = decide(label, grouping, unknown)
        if group is None:
            uncovered.append(position)
            continue
        if group == "":
            continue
        if group not in index:
            index[group] = len(groups)
            groups.append(group)
        mapping[position] = index[group]
    if uncovered:
        assert grouping is not None
        grouped = weights is not None
        _not_covered(codes, uncovered, column=column, grouping=grouping, grouped=grouped)
    new = mapping[codes.codes]  # -1 (blank) indexes the trailing -1
    known = new >= 0
    counts = np.bincount(
        new[known], weights=None if weights is None else weights[known], minlength=len(groups)
    )
    return Codes(codes=new, labels=groups, counts=[round(c) for c in counts.tolist()])


def _not_covered(
    codes: Codes, uncovered: list[int], *, column: str, grouping: Grouping, grouped: bool
) -> None:
    import numpy as np

    values = list_items(f"{codes.labels[p]!r} ({codes.counts[p]})" for p in uncovered)
    first = min(int(np.flatnonzero(codes.codes == p)[0]) for p in uncovered)
    fields: dict[str, object] = {"column": column, "values": values, "row": first + 2}
    if grouping.groups or grouping.source:
        fields["source"] = f" ({grouping.source})" if grouping.source else ""
        raise DataValueError(NOT_IN_GROUPING_GROUPED if grouped else NOT_IN_GROUPING, **fields)
    raise DataValueError(NOT_A_COUNTRY_GROUPED if grouped else NOT_A_COUNTRY, **fields)


def read_grouping(source: bytes | Path, *, name: str | None = None) -> dict[str, str]:
    """A grouping file (see the module docstring) -> value -> group, in file order."""
    display = repr(name or (source.name if isinstance(source, Path) else "(uploaded)"))
    if isinstance(source, Path):
        try:
            data = source.read_bytes()[: MAX_GROUPING_BYTES + 1]
        except OSError as error:
            reason = error.strerror or type(error).__name__
            raise DataValueError(GROUPING_FILE_UNREADABLE, name=display, reason=reason) from None
    else:
        data = bytes(source)
    if len(data) > MAX_GROUPING_BYTES:
        raise DataValueError(GROUPING_FILE_TOO_BIG, name=display, limit="1 MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise DataValueError(GROUPING_FILE_EMPTY, name=display)
    separator = max(",;\t", key=lines[0].count)
    groups: dict[str, str] = {}
    for number, row in enumerate(csv.reader(io.StringIO("\n".join(lines)), delimiter=separator)):
        cells = [c.strip() for c in row]
        if number == 0 and cells and cells[0].casefold() in _HEADERS:
            continue
        if len(cells) < 2 or not cells[0]:
            text = separator.join(row)
            raise DataValueError(GROUPING_LINE_BAD, name=display, line=number + 1, text=text)
        value, group = cells[0], cells[1]
        if groups.setdefault(value, group) != group:
            raise DataValueError(
                GROUPING_VALUE_TWICE, name=display, value=value, first=groups[value], second=group
            )
    return groups
