"""Which grounds of discrimination a tool was examined for, and how (issue 21 §1).

A ground counts as examined when a bias audit compared an attribute of it (the column ``Kön``
examines sex, ``Bakgrund`` ethnicity, by its name or label) or a risk names it. The
active-measures document and the report read this, so a page that reports "Kvinna × Utanför
Europa 0.53" never says sex was not examined.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.register.checklists.catalogue import DISCRIMINATION_GROUNDS
from ethics_toolkit.register.statements.audit import AuditStatements
from ethics_toolkit.register.statements.risks import RiskStatements

# Checked in this order: "transgender" before "gender".
GROUND_WORDS: dict[str, tuple[str, ...]] = {
    "transgender_identity": (r"könsöverskridande", r"transgender", r"\btrans\b"),
    "sex": (r"\bkön\b", r"gender", r"\bsex\b"),
    "ethnicity": (
        r"etni", r"ethnic", r"bakgrund", r"background", r"ursprung", r"origin", r"födelseland",
        r"country of birth", r"\brace\b", r"hudfärg", r"nationalit",
    ),
    "religion": (r"religi", r"\btro\b", r"belief", r"faith"),
    "disability": (r"funktionsned", r"disab", r"handikapp"),
    "sexual_orientation": (r"sexuell läggning", r"sexual orientation", r"läggning", r"orientation"),
    "age": (r"ålder", r"\bage\b", r"födelseår", r"birth ?year", r"\bfödd", r"\bborn\b"),
}  # fmt: skip


def ground_of(*names: str) -> str | None:
    """The ground of discrimination an attribute reveals, by its column name or label."""
    text = " ".join(names).lower()
    for ground, patterns in GROUND_WORDS.items():
        if any(re.search(p, text) for p in patterns):
            return ground
    return None


class GroundStatement(BaseModel):
    """One ground of the Discrimination Act: the audit attributes and risks that examine it."""

    model_config = ConfigDict(frozen=True)

    ground: str
    audited: list[str] = Field(default_factory=list)
    """The attributes compared for it (``Kön``), by their labels."""
    risks: list[str] = Field(default_factory=list)

    @property
    def examined(self) -> bool:
        return bool(self.audited or self.risks)


def ground_statements(
    audits: Sequence[AuditStatements], risks: RiskStatements
) -> list[GroundStatement]:
    """All seven grounds, in the Act's order, with what examined each."""
    audited: dict[str, list[str]] = {g: [] for g in DISCRIMINATION_GROUNDS}
    for audit in audits:
        for column, label in zip(audit.compared_columns, audit.compared, strict=True):
            ground = ground_of(column, label)
            if ground is not None and label not in audited[ground]:
                audited[ground].append(label)
    named: dict[str, list[str]] = {g: [] for g in DISCRIMINATION_GROUNDS}
    for risk in risks.items:
        for ground in risk.grounds:
            named.setdefault(ground, []).append(risk.title)
    return [
        GroundStatement(ground=g, audited=audited[g], risks=named.get(g, []))
        for g in DISCRIMINATION_GROUNDS
    ]
