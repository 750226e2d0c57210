"""Short, self-paced lessons built on the tool's own data, each ending in a self-check (issue 23).

Seven lessons cover what the tool does and doesn't do, how a ranking is produced, where bias
enters, reading an impact ratio, a p-value and "too little data", explaining a decision, when and
how to override, and applicants' GDPR rights. The prose is Markdown (``i18n/prose/<lang>/
lesson_<id>.md``) filled with the tool's profile and its latest audit; the self-check questions
(``lesson_texts*.py``) use the audit's own figures (``figures.py``, worded by ``facts.py``).
Without a saved audit the questions on figures are left out (one example question stands in for
the figures lesson, marked as an example) and the lesson says so.

A completed self-check becomes a competence record (``selfcheck.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel, ConfigDict

from ethics_toolkit.engine.presentation.labels import column_label, in_sentence
from ethics_toolkit.i18n import Lang, format_int, prose
from ethics_toolkit.i18n.text import Catalogue
from ethics_toolkit.register.domain.audit_runs import AuditRun
from ethics_toolkit.register.domain.tool_record import ToolRecord
from ethics_toolkit.register.people import facts
from ethics_toolkit.register.people.figures import AuditFigures, GroupFigures, audit_figures
from ethics_toolkit.register.people.lesson_texts import LESSON_TEXTS
from ethics_toolkit.register.people.lesson_texts_more import MORE_LESSON_TEXTS

TEXTS = Catalogue(LESSON_TEXTS).merged(MORE_LESSON_TEXTS)
LESSON_IDS = ("tool", "ranking", "bias", "figures", "explaining", "override", "gdpr")
MINUTES = {
    "tool": 10,
    "ranking": 10,
    "bias": 15,
    "figures": 15,
    "explaining": 10,
    "override": 10,
    "gdpr": 10,
}
TOOL_DECIDES = 0.95
"""People followed the tool in at least this share: in practice it decides (as the monitoring
plan's default alert, ``register/domain/monitoring.py``)."""


class Question(BaseModel):
    """One self-check question: the options, which is right, and why."""

    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    options: list[str]
    correct: int
    why: str
    figures: bool
    """Built on the tool's own audit figures."""


class Lesson(BaseModel):
    """A lesson in one language, filled with one tool's facts and figures."""

    model_config = ConfigDict(frozen=True)

    id: str
    tool: str
    title: str
    minutes: int
    body: str
    questions: list[Question]
    run_id: int | None
    """The audit run the figures come from (``None``: the tool has no saved audit)."""
    note: str | None = None


def _question(
    key: str,
    lang: Lang,
    *,
    options: tuple[str, ...] = ("a", "b", "c"),
    correct: int,
    figures: bool,
    text: str = "q",
    **values: object,
) -> Question:
    return Question(
        id=key,
        text=TEXTS.text(f"{key}.{text}", lang, **values),
        options=[TEXTS.text(f"{key}.{option}", lang, **values) for option in options],
        correct=correct,
        why=TEXTS.text(f"{key}.why", lang, **values),
        figures=figures,
    )


def _group_values(group: GroupFigures, figures: AuditFigures, lang: Lang) -> dict[str, object]:
    """A group's figures as the questions print them."""
    spec = figures.spec
    return {
        "compare": facts.compare(group, figures, lang),
        "who": group.who(spec, lang),
        "name": group.name(spec),
        "attribute": in_sentence(column_label(group.attributes[0], spec)),
        "ratio": facts.ratio(group.ratio, lang),
        "ratio_percent": facts.percent(group.ratio, lang),
        "rate": facts.percent(group.rate, lang),
        "ref_rate": facts.percent(group.ref_rate, lang),
        "p": facts.p_value(group.p_value, lang),
        "n": format_int(group.n, lang),
        "mdr": facts.ratio(group.min_detectable_ratio or 0.0, lang),
    }


def _questions(
    lesson: str, figures: AuditFigures | None, values: dict[str, str], lang: Lang
) -> list[Question]:
    """The self-check of ``lesson``: the questions on figures only when the audit has them."""
    head = figures.headline if figures else None
    found: list[Question] = []
    if lesson == "tool":
        found.append(_question("tool.responsible", lang, correct=1, figures=False, **values))
        if figures:
            attributes = figures.attribute_names()
            found.append(
                _question("tool.audit", lang, correct=0, figures=True, attributes=attributes,
                          **values)
            )  # fmt: skip
    elif lesson == "ranking":
        found.append(_question("ranking.factors", lang, correct=2, figures=False, **values))
        if figures:
            rate = facts.percent(figures.rate, lang)
            found.append(_question("ranking.cutoff", lang, correct=1, figures=True, rate=rate))
    elif lesson == "bias":
        if figures and head:
            group = _group_values(head, figures, lang)
            found.append(
                _question("bias.proxy", lang, correct=1, figures=True, **{**values, **group})
            )
        measured = figures is not None and figures.agreement is not None
        found.append(
            _question("bias.follow", lang, correct=0, figures=measured,
                      text="q" if measured else "q_generic", **values)
        )  # fmt: skip
    elif lesson == "figures":
        found += _figure_questions(figures, lang)
    elif lesson == "explaining":
        found.append(
            _question("explaining.content", lang, options=("a", "b", "c"), correct=2,
                      figures=False, **values)
        )  # fmt: skip
        if figures and head:
            group = _group_values(head, figures, lang)
            found.append(
                _question("explaining.group", lang, correct=0, figures=True, **{**values, **group})
            )
    elif lesson == "override":
        found.append(_question("override.when", lang, correct=0, figures=False, **values))
        if figures and figures.agreement is not None:
            follows = figures.agreement >= TOOL_DECIDES
            first = "a_follows" if follows else "a_reviews"
            found.append(
                _question("override.rate", lang, options=(first, "b", "c"), correct=0,
                          figures=True, **values)
            )  # fmt: skip
        elif figures and head:
            group = _group_values(head, figures, lang)
            found.append(_question("override.low", lang, correct=1, figures=True, **group))
    elif lesson == "gdpr":
        found.append(_question("gdpr.human", lang, correct=1, figures=False, **values))
        if figures:
            n = format_int(figures.n, lang)
            found.append(_question("gdpr.cells", lang, correct=0, figures=True, n=n, **values))
        found.append(_question("gdpr.special", lang, correct=2, figures=False, **values))
    return found


def _figure_questions(figures: AuditFigures | None, lang: Lang) -> list[Question]:
    """Lesson 4: the impact ratio, the p-value and "too little data", from the audit."""
    if figures is None or figures.headline is None:
        return [_question("figures.example", lang, correct=0, figures=False)]
    head = _group_values(figures.headline, figures, lang)
    ending = "c_adverse" if figures.headline.ratio < 0.8 else "c_fine"
    found = [
        _question("figures.ratio", lang, options=("a", "b", ending), correct=2, figures=True,
                  **head)
    ]  # fmt: skip
    doubtful = figures.uncertain or figures.headline
    kind = "b_sure" if doubtful.significant else "b_chance"
    found.append(
        _question("figures.p", lang, options=("a", kind, "c"), correct=1, figures=True,
                  **_group_values(doubtful, figures, lang))
    )  # fmt: skip
    small = figures.too_little
    if small is not None:
        found.append(
            _question("figures.small", lang, correct=2, figures=True,
                      **_group_values(small, figures, lang))
        )  # fmt: skip
    return found


def lesson(
    record: ToolRecord,
    run: AuditRun | None,
    lesson_id: str,
    lang: Lang,
    *,
    escape: Callable[[str], str] = str,
) -> Lesson:
    """Lesson ``lesson_id`` for the tool of ``record``, built on ``run`` (its latest audit).

    ``escape`` is applied to every fact filled into the Markdown body (the app passes its
    Markdown escape, so user text shows as typed).
    """
    figures = audit_figures(run)
    values = {
        **facts.profile_facts(record, lang),
        **facts.audit_facts(figures, record.tool.name, lang),
    }
    body = prose.body(f"lesson_{lesson_id}", lang, **{k: escape(v) for k, v in values.items()})
    questions = _questions(lesson_id, figures, values, lang)
    return Lesson(
        id=lesson_id,
        tool=record.tool.name,
        title=TEXTS.text(f"{lesson_id}.title", lang, tool=record.tool.name),
        minutes=MINUTES[lesson_id],
        body=body,
        questions=questions,
        run_id=run.id if run else None,
        note=TEXTS.text("no_audit_note", lang) if figures is None else None,
    )


def lessons(record: ToolRecord, run: AuditRun | None, lang: Lang) -> list[Lesson]:
    """Every lesson, in order."""
    return [lesson(record, run, lesson_id, lang) for lesson_id in LESSON_IDS]
