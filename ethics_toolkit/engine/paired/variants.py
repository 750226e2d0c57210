"""The proof that the variants of one base CV differ only in the tested signals: a text diff.

The texts are read back from the CV files themselves (PDF or DOCX, by the report layer) so that
the check covers what the vendor's tool will read, not what the generator meant to write. In each
variant's text its own signals are replaced by placeholders, as written in the manifest: the
name (whole, first and last name alone, and as they appear in the e-mail address), the birth
year and the gap line. After that, every variant of a base CV must be the same text, line for
line. Any other difference (a job title, a date, a word of the letter) is reported with the two
lines, and the analysis refuses to run on such a set: its pairs would not be pairs.

Whitespace is normalised (a PDF's text layer may join or split spaces) and empty lines are
dropped; nothing else is forgiven.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict

from ethics_toolkit.engine.paired.models import Manifest, ManifestRow
from ethics_toolkit.engine.paired.names import folded, signal_of
from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual

NAME, FIRST, LAST, YEAR, GAP = "⟨name⟩", "⟨first⟩", "⟨last⟩", "⟨birth_year⟩", "⟨gap⟩"

VARIANTS_DIFFER = Bilingual(
    sv="Varianterna av grund-CV {base_id} skiljer sig i mer än de testade signalerna: {first_cv} "
    "har {line_a!r} där {second_cv} har {line_b!r}. Paren jämför då inte bara namnet; skapa "
    "testsetet igen med ”paired make” och ändra inte filerna.",
    en="The variants of base CV {base_id} differ in more than the tested signals: {first_cv} has "
    "{line_a!r} where {second_cv} has {line_b!r}. Its pairs would then compare more than the name; "
    "make the test set again with “paired make” and do not edit the files.",
)
WRONG_SIGNAL = Bilingual(
    sv="CV {cv} har namnet {name}, som enligt namnlistorna signalerar {signalled}, men manifestet "
    "anger {stated}.",
    en="CV {cv} carries the name {name}, which by the name lists signals {signalled}, but the "
    "manifest says {stated}.",
)


class VariantProblem(BaseModel):
    """A difference between two variants of one base CV that is not a tested signal."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    base_id: str
    first_cv: str
    second_cv: str
    line_a: str
    line_b: str

    def error(self) -> UserFacingError:
        return UserFacingError.of(VARIANTS_DIFFER, **self.model_dump())


def _lines(text: str) -> list[str]:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return [line for line in lines if line]


def _word(token: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(token)}(?!\w)")


def masked(text: str, row: ManifestRow) -> list[str]:
    """The lines of ``text`` with ``row``'s own signals replaced by placeholders."""
    first, _, last = row.name.partition(" ")
    gap = " ".join(row.signals.get("gap_text", "").split())
    year = row.signals.get("birth_year")
    out = []
    for line in _lines(text):
        if gap and line == gap:
            out.append(GAP)
            continue
        line = _word(row.name).sub(NAME, line)
        if first and last:  # the e-mail address: first.last@
            email = rf"(?<![\w.]){re.escape(folded(first))}\.{re.escape(folded(last))}(?=@)"
            line = re.sub(email, f"{FIRST}.{LAST}", line)
        for token, mark in ((first, FIRST), (last, LAST)):
            if token:
                line = _word(token).sub(mark, line)
        if year:
            line = _word(year).sub(YEAR, line)
        out.append(line)
    return out


def check_variants(manifest: Manifest, texts: Mapping[str, str]) -> list[VariantProblem]:
    """Every difference beyond the signals, at most one per variant (the first differing line).

    ``texts`` maps each ``cv_id`` to the text read from its file. Each variant is compared with
    the first variant (by ``cv_id``) of its base CV.
    """
    by_base: dict[str, list[ManifestRow]] = {}
    for row in manifest.rows:
        by_base.setdefault(row.base_id, []).append(row)
    problems: list[VariantProblem] = []
    for base_id in sorted(by_base):
        rows = sorted(by_base[base_id], key=lambda r: r.cv_id)
        reference = masked(texts[rows[0].cv_id], rows[0])
        for row in rows[1:]:
            other = masked(texts[row.cv_id], row)
            matcher = difflib.SequenceMatcher(a=reference, b=other, autojunk=False)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                if tag != "equal":
                    problems.append(
                        VariantProblem(
                            base_id=base_id,
                            first_cv=rows[0].cv_id,
                            second_cv=row.cv_id,
                            line_a=reference[i1] if i1 < i2 else "",
                            line_b=other[j1] if j1 < j2 else "",
                        )
                    )
                    break
    return problems


def check_names(manifest: Manifest) -> None:
    """A name from the lists must signal the gender and origin the manifest states for it."""
    for row in manifest.rows:
        first, _, last = row.name.partition(" ")
        signalled = signal_of(first, last)
        if signalled is None:
            continue
        stated = (row.values.get("origin", signalled[0]), row.values.get("gender", signalled[1]))
        if signalled != stated:
            raise UserFacingError.of(
                WRONG_SIGNAL,
                cv=row.cv_id,
                name=row.name,
                signalled="/".join(signalled),
                stated="/".join(stated),
            )


def require_same_variants(manifest: Manifest, texts: Mapping[str, str]) -> None:
    """Refuse a set whose variants differ in more than the signals (the first problem named)."""
    check_names(manifest)
    problems = check_variants(manifest, texts)
    if problems:
        raise problems[0].error()
