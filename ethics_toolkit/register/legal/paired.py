# ruff: noqa: E501  (a text catalogue: long sentences read better unbroken)
"""What a saved paired test says to the checklists (issue 24): evidence for the items it answers.

The checklist answer stays the user's; the register only puts the evidence next to the question,
with the test's date and the version tested, so nobody answers "don't know" while a test in the
register already shows it:

- ``non_discrimination-03`` (stand-in data such as the name): a test of gender or origin shows
  directly whether the name changes the tool's judgement;
- ``non_discrimination-04`` (gaps in the CV, parental leave): a test with the gap signal;
- ``non_discrimination-06`` (regular audits per group): a paired test complements, but does not
  replace, the audit of the tool's decisions in use;
- ``vendor_management-03`` (the vendor's tests of differences between groups): the employer's own
  test, before purchase, of the version the vendor delivered.
"""

from __future__ import annotations

from collections.abc import Sequence

from ethics_toolkit.engine.paired.texts import attribute_label, verdict_label
from ethics_toolkit.i18n import LANGS, Lang
from ethics_toolkit.i18n.text import Bilingual, Catalogue
from ethics_toolkit.register.domain.paired import PairedRun

ITEMS: dict[str, tuple[str, ...]] = {
    "non_discrimination-03": ("gender", "origin"),
    "non_discrimination-04": ("gap",),
    "non_discrimination-06": ("gender", "origin", "age", "gap"),
    "vendor_management-03": ("gender", "origin", "age", "gap"),
}
"""Checklist item -> the tested attributes that bear on it."""

TEXTS = Catalogue(
    {
        "evidence": Bilingual(
            sv="Parat test {date} (version {version}): {verdicts}.",
            en="Paired test {date} (version {version}): {verdicts}.",
        ),
        "note.non_discrimination-06": Bilingual(
            sv="Ett parat test prövar verktyget med påhittade CV:n; det ersätter inte granskningen av besluten när verktyget används.",
            en="A paired test examines the tool with made-up CVs; it does not replace the audit of its decisions in use.",
        ),
        "note.vendor_management-03": Bilingual(
            sv="Ert eget test av den version leverantören levererade, oberoende av leverantörens tester.",
            en="Your own test of the version the vendor delivered, independent of the vendor's tests.",
        ),
        "no_version": Bilingual(sv="ej angiven", en="not stated"),
    }
)


def _line(run: PairedRun, attributes: Sequence[str], item: str, lang: Lang) -> str | None:
    contrasts = [c for c in run.result.contrasts if c.attribute in attributes]
    if not contrasts:
        return None
    verdicts = "; ".join(
        f"{attribute_label(c.attribute, lang)} {verdict_label(c.verdict, lang)}" for c in contrasts
    )
    line = TEXTS.text(
        "evidence",
        lang,
        date=run.run_at.date().isoformat(),
        version=run.tool_version or TEXTS.text("no_version", lang),
        verdicts=verdicts,
    )
    note = f"note.{item}"
    return f"{line} {TEXTS.text(note, lang)}" if note in TEXTS else line


def checklist_evidence(runs: Sequence[PairedRun]) -> dict[str, Bilingual]:
    """Evidence from the latest paired test for each checklist item it bears on."""
    if not runs:
        return {}
    latest = max(runs, key=lambda r: (r.run_at, r.id or 0))
    found: dict[str, Bilingual] = {}
    for item, attributes in ITEMS.items():
        texts = {lang: _line(latest, attributes, item, lang) for lang in LANGS}
        if texts["sv"] and texts["en"]:
            found[item] = Bilingual(sv=texts["sv"], en=texts["en"])
    return found
