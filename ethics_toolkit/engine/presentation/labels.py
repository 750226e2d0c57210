"""Display labels of an audit's columns and values: ``gender`` reads "Kön", ``Woman`` "Kvinna".

The figures keep every value as written in the file; labels change only what people read. They live
in the spec (``AuditSpec.column_labels`` and ``value_labels``), so a saved audit run keeps them, and
every presentation (findings, the CLI's tables, the app, the PDF) names groups through
:func:`group_label` and attributes through :func:`attribute_label`: one way to name a group.

:func:`suggest_labels` pre-fills labels for columns and values it recognises (common Swedish and
English HR export headers and answers) in the reader's language; :func:`parse_label_options` reads
the CLI's ``--label gender=Kön --label gender:Woman=Kvinna``; ``findings.relabel`` applies new
labels to a finished audit without recomputing a figure (it rewrites the findings, so it lives
there).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n import Lang
from ethics_toolkit.i18n.text import Bilingual

if TYPE_CHECKING:
    from ethics_toolkit.engine.models import AuditResult
    from ethics_toolkit.engine.spec import AuditSpec

LABEL_JOIN = " × "

# Error messages (module constants the tests import).
LABEL_FORMAT = Bilingual(
    sv="--label {option!r} har fel form: skriv KOLUMN=ETIKETT (t.ex. gender=Kön) eller "
    "KOLUMN:VÄRDE=ETIKETT (t.ex. gender:Woman=Kvinna).",
    en="--label {option!r} is not in the right form: write COLUMN=LABEL (e.g. gender=Kön) or "
    "COLUMN:VALUE=LABEL (e.g. gender:Woman=Kvinna).",
)
LABEL_UNKNOWN_COLUMN = Bilingual(
    sv="--label {option!r} nämner kolumnen {column!r}, som granskningen inte använder. "
    "Använd en av: {columns}.",
    en="--label {option!r} names the column {column!r}, which the audit does not use. "
    "Use one of: {columns}.",
)
LABEL_UNKNOWN_VALUE = Bilingual(
    sv="--label {option!r}: kolumnen {column!r} har inget värde {value!r}. Värden i filen: "
    "{values}.",
    en="--label {option!r}: the column {column!r} has no value {value!r}. Values in the file: "
    "{values}.",
)


# Known column names and answers in HR exports: their labels and other spellings. Matching ignores
# case, spaces, hyphens and underscores.
def _term(sv: str, en: str, *others: str) -> tuple[Bilingual, tuple[str, ...]]:
    return Bilingual(sv=sv, en=en), others


KNOWN_COLUMNS: tuple[tuple[Bilingual, tuple[str, ...]], ...] = (
    _term("Kön", "Gender", "kon", "sex", "genus", "gender_identity"),
    _term("Bakgrund", "Background", "origin", "ursprung", "herkomst"),
    _term("Födelseland", "Country of birth", "birth_country", "fodelseland"),
    _term("Etnisk tillhörighet", "Ethnicity", "ethnic_origin", "etnicitet", "ethnic_group"),
    _term("Ålder", "Age", "alder"),
    _term("Åldersgrupp", "Age group", "age_band", "agegroup", "aldersgrupp", "age_range"),
    _term("Funktionsnedsättning", "Disability", "funktionsnedsattning", "disabled"),
    _term("Religion", "Religion", "belief", "tro"),
    _term("Sexuell läggning", "Sexual orientation", "sexual_orientation"),
    _term("Urval", "Selected", "selection", "vald", "gick_vidare", "shortlisted"),
    _term("Kvalificerad", "Qualified", "qualification", "kvalificerade"),
    _term("Poäng", "Score", "poang", "points"),
    _term("Beslut", "Decision", "outcome", "utfall"),
    _term("Anställd", "Hired", "anstalld", "hire"),
)
KNOWN_VALUES: tuple[tuple[Bilingual, tuple[str, ...]], ...] = (
    _term("Kvinna", "Woman", "female", "kvinnor", "women"),
    _term("Man", "Man", "male", "män", "men"),
    _term("Icke-binär", "Non-binary", "icke_binär", "nonbinary", "non_binary", "annat kön"),
    _term("Vill ej uppge", "Not stated", "prefer not to say", "vill inte uppge", "ej angivet"),
    _term("Sverige", "Sweden", "swedish", "svensk", "född i sverige", "born in sweden"),
    _term("Europa", "Europe", "european", "europeisk", "eu"),
    _term("Utanför Europa", "Outside Europe", "non-european", "utomeuropeisk", "non_eu"),
    _term("Ja", "Yes", "true", "sant"),
    _term("Nej", "No", "false", "falskt"),
    _term("Okänt", "Unknown", "okänd"),
    _term("Annat", "Other", "övrigt"),
)


def _normal(text: str) -> str:
    return re.sub(r"[\s_\-]+", "", text.strip().lower())


def _lookup(table: Sequence[tuple[Bilingual, tuple[str, ...]]]) -> dict[str, Bilingual]:
    found: dict[str, Bilingual] = {}
    for term, others in table:
        for spelling in (term.sv, term.en, *others):
            found.setdefault(_normal(spelling), term)
    return found


_COLUMNS = _lookup(KNOWN_COLUMNS)
_VALUES = _lookup(KNOWN_VALUES)


def _known(lookup: dict[str, Bilingual], text: str, lang: Lang) -> str | None:
    term = lookup.get(_normal(text))
    if term is None:
        return None
    label = term.get(lang)
    return None if label == text else label


def suggest_labels(
    columns: Iterable[str],
    values: Mapping[str, Iterable[str]],
    lang: Lang,
) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """Labels in ``lang`` for the columns and values this module recognises.

    ``columns`` are the columns to label (usually the sensitive attributes and the outcome);
    ``values`` the values found per column. Returns ``(column_labels, value_labels)`` shaped like
    the spec's fields; a name that already reads right (or that is unknown) gets no label. For the
    app's mapping step: offer these as editable defaults.
    """
    column_labels = {c: label for c in columns if (label := _known(_COLUMNS, c, lang))}
    value_labels: dict[str, dict[str, str]] = {}
    for column, found in values.items():
        labelled = {str(v): label for v in found if (label := _known(_VALUES, str(v), lang))}
        if labelled:
            value_labels[column] = labelled
    return column_labels, value_labels


def column_label(column: str, spec: AuditSpec | None = None) -> str:
    """How a column is named to people: its label, else its name as written."""
    if spec is not None and spec.column_labels.get(column):
        return spec.column_labels[column]
    return column


def value_label(column: str, value: str, spec: AuditSpec | None = None) -> str:
    """How a value of a column is named to people: its label, else the value as written."""
    if spec is not None:
        label = spec.value_labels.get(column, {}).get(value)
        if label:
            return label
    return value


def group_label(values: Mapping[str, str], spec: AuditSpec | None = None) -> str:
    """The one name of a group in tables and lists: ``Kvinna × Utanför Europa``."""
    return LABEL_JOIN.join(value_label(c, v, spec) for c, v in values.items())


def attributes_label(attributes: Iterable[str], spec: AuditSpec | None = None) -> str:
    """The name of an analysis's attributes: ``Kön × Bakgrund``."""
    return LABEL_JOIN.join(column_label(a, spec) for a in attributes)


def in_sentence(label: str) -> str:
    """A heading-style label inside a sentence: "Kön" -> "kön"; "HR-roll", "EU" stay as they are."""
    if len(label) >= 2 and (label[1].isupper() or not label[1].isalpha()):
        return label
    return label[:1].lower() + label[1:]


def parse_label_options(
    options: Sequence[str], *, columns: Sequence[str]
) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """``["gender=Kön", "gender:Woman=Kvinna"]`` -> ``({"gender": "Kön"}, {"gender": {...}})``.

    ``columns`` are the columns the audit uses; a label for another column is an error that names
    them. A column whose own name contains ``:`` is matched first as a whole.
    """
    column_labels: dict[str, str] = {}
    value_labels: dict[str, dict[str, str]] = {}
    for option in options:
        target, sep, label = option.partition("=")
        label, target = label.strip(), target.strip()
        if not sep or not target or not label:
            raise UserFacingError.of(LABEL_FORMAT, option=option)
        if target in columns or ":" not in target:
            column, value = target, None
        else:
            column, _, value = target.partition(":")
        if column not in columns:
            raise UserFacingError.of(
                LABEL_UNKNOWN_COLUMN, option=option, column=column, columns=", ".join(columns)
            )
        if value is None:
            column_labels[column] = label
        elif value:
            value_labels.setdefault(column, {})[value] = label
        else:
            raise UserFacingError.of(LABEL_FORMAT, option=option)
    return column_labels, value_labels


def check_value_labels(result: AuditResult, *, options: Sequence[str] = ()) -> None:
    """Every labelled value occurs in the audit's cells (a typo must not pass silently)."""
    spec = result.spec
    for column, labelled in spec.value_labels.items():
        present = {c.values.get(column) for c in result.cells} - {None}
        for value in labelled:
            if value not in present:
                option = next(
                    (o for o in options if o.startswith(f"{column}:{value}=")),
                    f"{column}:{value}",
                )
                raise UserFacingError.of(
                    LABEL_UNKNOWN_VALUE,
                    option=option,
                    column=column,
                    value=value,
                    values=", ".join(sorted(str(v) for v in present)),
                )
