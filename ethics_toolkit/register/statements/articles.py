"""The tool's classification under each article, one outcome and one statement per article.

The profile's tick boxes give the classification's reasons; evidence (answers that stand, audits)
gives its points (``register/legal``). Here they become one statement per article with one
outcome, which every output shows: the report's table and reasons, the profile page, the notices
(a notice never says "a person takes the decision" when Art. 22 is likely to apply), the Overview.
The law in force on the statements' date words Art. 4, Art. 26(5), Art. 9 and the AI Act's dates
(``register/law``), with its sources.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ethics_toolkit.i18n import LANGS
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.domain.legal_classification import LegalClassification, LegalPoint
from ethics_toolkit.register.law.ai_act import dates, deployer_dates, long_date
from ethics_toolkit.register.law.provisions import in_force, pending_note

ArticleTopic = Literal[
    "prohibited", "high_risk", "fria", "dpia", "dpia_timing", "art22", "art9", "active_measures",
    "art4", "art26_5", "dates",
]  # fmt: skip
Attention = Literal["none", "amber", "red"]


class ArticleStatement(BaseModel):
    """What the register states under one article: its outcome, in words, with sources."""

    model_config = ConfigDict(frozen=True)

    topic: ArticleTopic
    outcome: str
    statement: Bilingual
    sources: list[Bilingual] = Field(default_factory=list)
    attention: Attention = "none"
    headline: Bilingual | None = None
    decision: Bilingual | None = None
    needs: Bilingual | None = None

    @classmethod
    def of_point(cls, topic: ArticleTopic, point: LegalPoint) -> ArticleStatement:
        return cls(
            topic=topic,
            outcome=point.outcome,
            statement=point.statement,
            sources=list(point.sources),
            attention=point.attention,
            headline=point.headline,
            decision=point.decision,
            needs=point.needs,
        )


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


ART4 = Bilingual(
    sv="AI-förordningen art. 4 (AI-kunnighet, gäller sedan {since}): {text}",
    en="AI Act Art. 4 (AI literacy, applies since {since}): {text}",
)
ART26_5 = Bilingual(sv="AI-förordningen art. 26.5: {text}", en="AI Act Art. 26(5): {text}")


def _law_article(topic: ArticleTopic, as_of: date | None) -> ArticleStatement:
    name = "art4" if topic == "art4" else "art26_5"
    version = in_force(name, as_of)  # type: ignore[arg-type]
    since = {lang: long_date(dates().prohibitions, lang) for lang in LANGS}
    template = ART4 if topic == "art4" else ART26_5
    words = {}
    for lang in LANGS:
        text = " ".join(filter(None, (version.text.get(lang), pending_note(name, lang, as_of))))  # type: ignore[arg-type]
        words[lang] = template.format(lang, since=since[lang], text=text)
    return ArticleStatement(
        topic=topic, outcome=version.outcome, statement=Bilingual(**words), sources=[version.source]
    )


def article_statements(
    classification: LegalClassification, *, as_of: date | None
) -> list[ArticleStatement]:
    """One statement per article, in the order the report gives its reasons."""
    cls = classification
    reasons = cls.reasons

    def stated(topic: ArticleTopic, outcome: str, reason: int) -> ArticleStatement:
        """From the profile: the classification's own reason."""
        attention: Attention = "red" if topic == "prohibited" and cls.prohibited else "none"
        return ArticleStatement(
            topic=topic, outcome=outcome, statement=reasons[reason], attention=attention
        )

    def drawn(topic: ArticleTopic, point: str, outcome: str, reason: int) -> ArticleStatement:
        """From evidence where there is some (a point), else from the profile."""
        found = cls.point(point)  # type: ignore[arg-type]
        return ArticleStatement.of_point(topic, found) if found else stated(topic, outcome, reason)

    found = [
        drawn("prohibited", "emotion", _yes_no(cls.prohibited), 0),
        stated("high_risk", cls.risk_class, 1),
        stated("fria", _yes_no(cls.fria_needed), 2),
        stated("dpia", _yes_no(cls.dpia_likely), 3),
    ]
    timing = cls.point("dpia_timing")
    if timing is not None:
        found.append(ArticleStatement.of_point("dpia_timing", timing))
    found.append(drawn("art22", "art22", "yes" if cls.art22_concern else "unlikely", 4))
    art9 = cls.point("art9_ground")
    if art9 is not None:
        found.append(ArticleStatement.of_point("art9", art9))
    found.append(drawn("active_measures", "active_measures", _yes_no(cls.active_measures_duty), 5))
    found.append(_law_article("art4", as_of))
    if cls.high_risk:
        found.append(_law_article("art26_5", as_of))
    when = {lang: deployer_dates(lang, as_of=as_of) for lang in LANGS}
    dated = ArticleStatement(
        topic="dates", outcome="dates", statement=Bilingual(**when), sources=dates().sources(as_of)
    )
    found.append(dated)
    return found
