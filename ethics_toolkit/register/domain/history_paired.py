"""The history line of a saved paired test (issue 24), rendered from the entry's data.

A paired test's entry keeps the name of the job profile (``@subject``), the version of the tool
tested, the answers file and ``@adverse_impact_found`` (a difference unlikely to be chance in
some contrast); the line is built from them in the reader's language.
"""

from __future__ import annotations

from collections.abc import Mapping

from ethics_toolkit.i18n import Lang, quoted
from ethics_toolkit.i18n.text import Bilingual, Catalogue

DIFFERENCE_KEY = "@adverse_impact_found"

TEXTS = Catalogue(
    {
        "create": Bilingual(
            sv="Sparade ett parat test av verktyget{name}",
            en="Saved a paired test of the tool{name}",
        ),
        "of": Bilingual(sv=" med CV:n för {title}", en=" with CVs for {title}"),
        "version": Bilingual(sv="version {version}", en="version {version}"),
        "found": Bilingual(
            sv="en skillnad som sannolikt inte beror på slumpen",
            en="a difference unlikely to be chance",
        ),
        "none_found": Bilingual(
            sv="ingen skillnad som sannolikt inte beror på slumpen",
            en="no difference unlikely to be chance",
        ),
    }
)


def describe_paired(changes: Mapping[str, list[object]], subject: str | None, lang: Lang) -> str:
    """``Sparade ett parat test av verktyget med CV:n för ”Ekonomiassistent”: version 4.2, …``."""
    of = TEXTS.text("of", lang, title=quoted(subject, lang)) if subject else ""
    parts = []
    version = changes.get("tool_version")
    if version and version[-1]:
        parts.append(TEXTS.text("version", lang, version=version[-1]))
    found = changes.get(DIFFERENCE_KEY)
    if found and found[-1] is not None:
        parts.append(TEXTS.text("found" if found[-1] else "none_found", lang))
    head = TEXTS.text("create", lang, name=of)
    return f"{head}: {', '.join(parts)}" if parts else head
