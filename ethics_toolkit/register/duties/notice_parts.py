"""The parts every notice is made of (issue 15, issue 21 §6): the notice as data, the profile's
facts read in the notice's language with the missing ones noted, and the sentence that says who
decides. ``notices.py`` builds the notice to applicants, ``notice_representatives.py`` the one to
workers' representatives."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.i18n import Lang, quoted
from ethics_toolkit.register.domain import labels
from ethics_toolkit.register.domain.tool import TRANSLATED_FIELDS, AITool, DecisionRole
from ethics_toolkit.register.duties.notice_texts import TEXTS
from ethics_toolkit.register.statements.grounds import GROUND_WORDS
from ethics_toolkit.register.statements.model import ToolStatements

NoticeKind = Literal["applicants", "representatives"]


def notice_text(key: str, lang: Lang, /, **values: object) -> str:
    """A sentence of the notices' catalogue (``notice_texts.py``)."""
    return TEXTS.text(key, lang, **values)


_t = notice_text


class NoticeBlock(BaseModel):
    """One headed part of a notice: paragraphs, then label/value facts, then bullets."""

    model_config = ConfigDict(frozen=True)

    heading: str
    paragraphs: list[str] = Field(default_factory=list)
    facts: list[tuple[str, str]] = Field(default_factory=list)
    bullets: list[str] = Field(default_factory=list)


class Notice(BaseModel):
    """A notice in one language, built from the register; ``missing``: facts to complete."""

    model_config = ConfigDict(frozen=True)

    kind: NoticeKind
    lang: Lang
    tool: str
    title: str
    intro: list[str]
    blocks: list[NoticeBlock]
    missing: list[str]
    footer: str
    date: dt.date | None = None

    @property
    def complete(self) -> bool:
        return not self.missing


class ProfileFacts:
    """Reads profile facts in one language, noting the missing ones (by their labels) as it goes.

    A free text (``TRANSLATED_FIELDS``) is read in the notice's language: the field itself when
    the profile is written in it, else its translation; without one it is "to complete".
    """

    def __init__(self, tool: AITool, lang: Lang) -> None:
        self.tool, self.lang = tool, lang
        self.missing: list[str] = []  # field names
        self.flagged: list[str] = []  # texts that name a group of applicants

    def name(self, field: str) -> str:
        return labels.field_label(AITool, field, self.lang)

    def missing_name(self, field: str) -> str:
        """The fact's label, with the language it is missing in for a text given in another."""
        label = self.name(field)
        if field in TRANSLATED_FIELDS and self.lang != self.tool.texts_lang:
            language = _t(f"language.{self.lang}", self.lang)
            return _t("in_language", self.lang, field=label, language=language)
        return label

    def get(self, field: str) -> str:
        """The fact as text, or the "to complete" marker (and the fact noted as missing)."""
        if field in TRANSLATED_FIELDS:
            value: object = self.tool.text_in(field, self.lang)
        else:
            value = getattr(self.tool, field)
        if field == "data_categories":
            value = ", ".join(labels.data_category_label(c, self.lang) for c in value)  # type: ignore[attr-defined]
        elif hasattr(value, "isoformat"):
            value = value.isoformat()  # type: ignore[attr-defined]
        elif field in labels.FIELD_VALUES or field == "status":
            value = labels.value_label(AITool, field, value, self.lang) if value else ""
        text = str(value or "").strip()
        if text:
            return text
        if field not in self.missing:
            self.missing.append(field)
        return _t("missing", self.lang, what=self.missing_name(field))

    def check_groups(self, field: str, words: list[str]) -> None:
        """Flag a free text that names a group of applicants (issue 21 §6)."""
        text = self.tool.text_in(field, self.lang).lower()
        found = [w for w in words if re.search(w, text)]
        named = sorted({m.group(0) for w in found for m in re.finditer(w, text)})
        if named:
            shown = ", ".join(quoted(n, self.lang) for n in named)
            self.flagged.append(_t("group_words", self.lang, field=self.name(field), words=shown))

    def missing_labels(self, order: tuple[str, ...]) -> list[str]:
        """The missing facts by their labels, in the order the notice shows them, then the
        texts flagged for naming a group."""
        rank = {field: i for i, field in enumerate(order)}
        fields = sorted(self.missing, key=lambda f: rank.get(f, len(rank)))
        return [self.missing_name(field) for field in fields] + self.flagged


def role_sentence(statements: ToolStatements, lang: Lang) -> str:
    """What the tool does with people's applications, by its role and by GDPR Art. 22 as the
    statements find it: never "a person makes the decision" when the tool decides in practice."""
    role = statements.tool.decision_role
    if role == DecisionRole.not_stated:
        return _t("missing", lang, what=labels.field_label(AITool, "decision_role", lang))
    if statements.outcome("art22") == "likely" and role != DecisionRole.decides_alone:
        return _t(f"role_22.{role}", lang)
    return _t(f"role.{role}", lang)


def group_words(statements: ToolStatements) -> list[str]:
    """Patterns for words that name a group of applicants: the grounds' words and the groups the
    tool's audits compared."""
    words = [p for patterns in GROUND_WORDS.values() for p in patterns]
    for audit in statements.audits:
        words += [re.escape(v.lower()) for v in audit.group_values if len(v) > 2]
    return list(dict.fromkeys(words))


def as_text(notice: Notice) -> str:
    """The notice as plain UTF-8 text: headings underlined, facts as "label: value", bullets."""
    lines = [notice.title, "=" * len(notice.title), ""]
    if notice.missing:
        lines += [_t("missing_heading", notice.lang) + ":"]
        lines += [f"  - {what}" for what in notice.missing] + [""]
    for paragraph in notice.intro:
        lines += [paragraph, ""]
    for block in notice.blocks:
        lines += [block.heading, "-" * len(block.heading)]
        lines += [paragraph for paragraph in block.paragraphs]
        lines += [f"{label}: {value}" for label, value in block.facts]
        lines += [
            f"  {bullet}" if bullet.startswith("–") else f"- {bullet}" for bullet in block.bullets
        ]
        lines.append("")
    lines.append(notice.footer)
    return "\n".join(lines) + "\n"
