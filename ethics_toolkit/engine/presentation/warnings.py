"""The audit's warnings in words (issue 27): missing data by group, spellings counted as one.

A warning (:class:`~ethics_toolkit.engine.models.AuditWarning`) carries its figures; its message
is written from them in Swedish and English by :func:`warning_message`, with the audit's display
labels (so :func:`~ethics_toolkit.engine.presentation.summaries.relabel` writes it again). A
document that leaves the team passes ``suppress_below``: a count of fewer people is printed as
"< 5" and its share left out, as in the report's tables.
"""

from __future__ import annotations

from ethics_toolkit.engine.errors import list_items
from ethics_toolkit.engine.models import AuditWarning, WarningGroup
from ethics_toolkit.engine.presentation.labels import column_label, group_label, in_sentence
from ethics_toolkit.engine.spec import AuditSpec
from ethics_toolkit.i18n import LANGS, Lang, format_int, format_p_value, format_percent
from ethics_toolkit.i18n.text import Bilingual, Catalogue

TEXTS = Catalogue(
    {
        "what_decision": Bilingual(sv="beslut", en="a decision"),
        "what_score": Bilingual(sv="poäng", en="a score"),
        "what_decision_truth": Bilingual(sv="beslut eller facit", en="a decision or ground truth"),
        "what_score_truth": Bilingual(sv="poäng eller facit", en="a score or ground truth"),
        "what_stage": Bilingual(sv="steg", en="a stage"),
        "what_attribute": Bilingual(sv="uppgift om {attribute}", en="a value for {attribute}"),
        "group": Bilingual(
            sv="{group}: {dropped} av {n} ({share})", en="{group}: {dropped} of {n} ({share})"
        ),
        "group_small": Bilingual(
            sv="{group}: < {minimum} av {n}", en="{group}: < {minimum} of {n}"
        ),
        "p": Bilingual(sv="p {p}", en="p {p}"),
        "p_family": Bilingual(
            sv="p {p}, justerat för de {m} jämförelserna av saknade uppgifter",
            en="p {p}, adjusted for the {m} comparisons of missing data",
        ),
        "MISSING_DATA_DIFFERS": Bilingual(
            sv="Rader utan {what} är inte jämnt fördelade över grupperna för {attribute}: "
            "{groups}. En så stor skillnad beror sannolikt inte på slumpen ({p}). De raderna är "
            "utelämnade ur alla siffror, "
            "så andelarna kan vara snedvridna: ta reda på varför {what} saknas innan du litar på "
            "resultatet.",
            en="Rows without {what} are not spread evenly over the groups of {attribute}: "
            "{groups}. A difference this large is unlikely to be chance ({p}). Those rows are "
            "left out of every figure, so the "
            "rates may be biased: find out why {what} is missing before relying on the result.",
        ),
        "MISSING_GROUP_DIFFERS": Bilingual(
            sv="Rader utan {what} är inte jämnt fördelade över grupperna för {attribute}: "
            "{groups}. En så stor skillnad beror sannolikt inte på slumpen ({p}). De raderna är "
            "utelämnade ur jämförelsen "
            "{attribute} × {other}, så den kan vara snedvriden.",
            en="Rows without {what} are not spread evenly over the groups of {attribute}: "
            "{groups}. A difference this large is unlikely to be chance ({p}). Those rows are "
            "left out of the comparison "
            "{attribute} × {other}, so it may be biased.",
        ),
        "GROUP_MOSTLY_DROPPED": Bilingual(
            sv="Gruppen {group} saknar {what} i de flesta av sina rader ({dropped} av {n}"
            "{share}), så gruppens siffror bygger bara på de {kept} rader som är kvar. Ta reda på "
            "varför innan du litar på dem.",
            en="The group {group} lacks {what} in most of its rows ({dropped} of {n}{share}), so "
            "its figures rest only on the {kept} rows that remain. Find out why before relying "
            "on them.",
        ),
        "share": Bilingual(sv=", {share}", en=", {share}"),
        "fewer": Bilingual(sv="< {minimum}", en="< {minimum}"),
        "VALUES_MERGED": Bilingual(
            sv="Några värden i {attribute} är skrivna på flera sätt (stora och små bokstäver, "
            "mellanslag) och räknades som ett: {merges}. Om de betyder olika grupper, rätta "
            "filen.",
            en="Some values of {attribute} are written in more than one way (upper and lower "
            "case, spaces) and were counted as one: {merges}. If they mean different groups, "
            "correct the file.",
        ),
        "merge": Bilingual(sv="{spellings} som {label}", en="{spellings} as {label}"),
    }
)
_t = TEXTS.text


def _what(warning: AuditWarning, spec: AuditSpec, lang: Lang) -> str:
    if warning.missing != "outcome" and warning.missing is not None:
        attribute = in_sentence(column_label(warning.missing, spec))
        return _t("what_attribute", lang, attribute=attribute)
    if spec.outcome is None and spec.score is None:
        return _t("what_stage", lang)
    kind = "score" if spec.score is not None else "decision"
    return _t(f"what_{kind}_truth" if spec.truth else f"what_{kind}", lang)


def _count(count: int, lang: Lang, suppress_below: int | None) -> str:
    if suppress_below is not None and 0 < count < suppress_below:
        return _t("fewer", lang, minimum=suppress_below)
    return format_int(count, lang)


def _group(group: WarningGroup, spec: AuditSpec, lang: Lang, suppress_below: int | None) -> str:
    name = group_label(group.values, spec)
    n = format_int(group.n, lang)
    if suppress_below is not None and 0 < group.dropped < suppress_below:
        return _t("group_small", lang, group=name, minimum=suppress_below, n=n)
    share = format_percent(group.dropped_share, lang)
    return _t("group", lang, group=name, dropped=format_int(group.dropped, lang), n=n, share=share)


def _mostly(warning: AuditWarning, spec: AuditSpec, lang: Lang, what: str,
            suppress_below: int | None) -> str:  # fmt: skip
    (group,) = warning.groups
    kept = group.n - group.dropped
    hidden = suppress_below is not None and min(group.dropped, kept) < suppress_below
    share = "" if hidden else _t("share", lang, share=format_percent(group.dropped_share, lang))
    return _t(
        "GROUP_MOSTLY_DROPPED",
        lang,
        group=group_label(group.values, spec),
        what=what,
        dropped=_count(group.dropped, lang, suppress_below),
        n=format_int(group.n, lang),
        share=share,
        kept=_count(kept, lang, suppress_below),
    )


def _p(p: float | None, lang: Lang, comparisons: int) -> str:
    text = format_p_value(p, lang)
    text = text if text.startswith("<") else f"= {text}"
    if comparisons > 1:
        return _t("p_family", lang, p=text, m=format_int(comparisons, lang))
    return _t("p", lang, p=text)


def _text(
    warning: AuditWarning, spec: AuditSpec, lang: Lang, *, comparisons: int,
    suppress_below: int | None,
) -> str:  # fmt: skip
    attribute = in_sentence(column_label(warning.attribute or "", spec))
    if warning.code == "VALUES_MERGED":
        merges = "; ".join(
            _t("merge", lang, label=repr(label), spellings=list_items(map(repr, others)))
            for label, spellings in (warning.spellings or {}).items()
            if (others := [s for s in spellings if s != label])
        )
        return _t("VALUES_MERGED", lang, attribute=attribute, merges=merges)
    what = _what(warning, spec, lang)
    if warning.code == "GROUP_MOSTLY_DROPPED":
        return _mostly(warning, spec, lang, what, suppress_below)
    groups = ", ".join(_group(g, spec, lang, suppress_below) for g in warning.groups)
    values = {"attribute": attribute, "what": what, "groups": groups}
    other = in_sentence(column_label(warning.missing or "", spec))
    p = _p(warning.p_value_holm, lang, comparisons)
    return _t(warning.code, lang, **values, other=other, p=p)


def warning_message(
    warning: AuditWarning,
    spec: AuditSpec,
    *,
    comparisons: int = 1,
    suppress_below: int | None = None,
) -> Bilingual:
    """The warning's message from its figures, in both languages, with the audit's labels.

    ``comparisons``: the number of missing-data tests of the audit (the Holm family).
    """
    texts = {
        lang: _text(warning, spec, lang, comparisons=comparisons, suppress_below=suppress_below)
        for lang in LANGS
    }
    return Bilingual(**texts)


def reworded(
    warnings: list[AuditWarning], spec: AuditSpec, *, suppress_below: int | None = None
) -> list[AuditWarning]:
    """The warnings with their messages written again (new labels, or small counts hidden)."""
    return [
        w.model_copy(
            update={
                "message": warning_message(
                    w, spec, comparisons=w.comparisons or 1, suppress_below=suppress_below
                )
            }
        )
        for w in warnings
    ]
