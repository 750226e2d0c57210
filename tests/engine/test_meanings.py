"""Issue 20: a value's polarity, unknown and "other" from its words, never from the alphabet."""

from __future__ import annotations

import pandas as pd
import pytest

from ethics_toolkit.engine.audit import audit_frame
from ethics_toolkit.engine.errors import AMBIGUOUS_OUTCOME, AMBIGUOUS_RECOMMENDATION, EngineError
from ethics_toolkit.engine.reading.meanings import (
    certain_positive,
    is_combined,
    is_negation_of,
    is_unknown_phrase,
    looks_like_other,
    polarity,
)
from ethics_toolkit.engine.spec import AuditSpec


@pytest.mark.parametrize(
    ("values", "positive", "why"),
    [
        (["Ej rekommenderad", "Rekommenderad"], "Rekommenderad", "negation"),
        (["Inte aktuell", "Aktuell"], "Aktuell", "negation"),
        (["Icke godkänd", "Godkänd"], "Godkänd", "negation"),
        (["Ingen intervju", "Intervju"], "Intervju", "negation"),
        (["Not recommended", "Recommended"], "Recommended", "negation"),
        (["Non-selected", "Selected"], "Selected", "negation"),
        (["Rekommenderas ej", "Rekommenderas"], "Rekommenderas", "negation"),
        (["Olämplig", "Lämplig"], "Lämplig", "negation"),
        (["Nej", "Ja"], "Ja", "tokens"),
        (["0", "1"], "1", "tokens"),
        (["Rejected", "Selected"], "Selected", "pair"),
        (["Avböjd", "Rekommenderad"], "Rekommenderad", "words"),
        (["Avslag", "Kallad till intervju"], "Kallad till intervju", "words"),
    ],
)
def test_the_yes_of_two_values_comes_from_their_words_in_either_order(
    values: list[str], positive: str, why: str
) -> None:
    assert certain_positive(values) == (positive, why)
    assert certain_positive(values[::-1]) == (positive, why)


@pytest.mark.parametrize(
    "values",
    [
        ["Grön", "Röd"],  # colours say nothing
        ["Rekommenderad", "Reserv"],  # a waiting list is not a no
        ["Selected", "Withdrawn"],  # a withdrawal is left out, not a no
        ["A", "B"],
        ["Ja", "Nej", "Kanske"],  # three values: every one must be named
        ["Rekommenderad", "Rekommenderad med förbehåll"],  # two yeses
    ],
)
def test_polarity_that_is_not_certain_is_not_decided(values: list[str]) -> None:
    assert certain_positive(values) is None


def test_single_values_read_yes_no_or_neither() -> None:
    assert [polarity(v) for v in ("Ja", "nej", "Avböjd", "Rejected", "Ej vald", "Hired")] == [
        "yes", "no", "no", "no", "no", "yes",
    ]  # fmt: skip
    assert polarity("Reserv") is None and polarity("Grön") is None
    assert is_negation_of("Ej rekommenderad", "rekommenderad")
    assert not is_negation_of("Oman", "man")  # a glued prefix needs four letters after it


@pytest.mark.parametrize(
    ("value", "unknown", "combined", "other"),
    [
        ("Vill ej uppge", True, False, True),
        ("Prefer not to say", True, False, True),
        ("okänt", True, False, True),
        ("", True, False, True),
        ("Vill inte uppge / okänt", True, False, True),
        ("Annat/vill ej uppge", False, True, True),
        ("Annat eller vill ej uppge", False, True, True),
        ("Other", False, False, True),
        ("Annat", False, False, True),
        ("Kvinna", False, False, False),
        ("n/a", True, False, True),
    ],
)
def test_unknown_combined_and_other_values(
    value: str, unknown: bool, combined: bool, other: bool
) -> None:
    assert is_unknown_phrase(value) is unknown
    assert is_combined(value) is combined
    assert looks_like_other(value) is other


def test_the_audit_takes_a_certain_polarity_and_asks_otherwise() -> None:
    """Issue 20: "Ej rekommenderad" first in the file no longer becomes the recommendation's yes."""
    frame = pd.DataFrame(
        {
            "g": ["A", "B"] * 4,
            "ai": ["Ej rekommenderad", "Rekommenderad", "Ej rekommenderad", "Rekommenderad"] * 2,
            "beslut": ["Avböjd", "Antagen", "Avböjd", "Avböjd"] * 2,
        }
    )
    result = audit_frame(frame, AuditSpec(outcome="beslut", sensitive=["g"], recommendation="ai"))
    assert result.spec.positives == ["Antagen"] and result.spec.negatives == ["Avböjd"]
    assert result.spec.recommendation_positives == ["Rekommenderad"]
    assert result.spec.recommendation_negatives == ["Ej rekommenderad"]
    oversight = result.analyses[0].oversight
    assert oversight is not None  # B: 4 recommended, 2 selected; A: none recommended or selected
    assert (oversight.overridden_to_no, oversight.overridden_to_yes) == (2, 0)
    frame["ai"] = ["Grön", "Röd"] * 4
    with pytest.raises(EngineError) as caught:
        audit_frame(frame, AuditSpec(outcome="beslut", sensitive=["g"], recommendation="ai"))
    assert caught.value.template is AMBIGUOUS_RECOMMENDATION
    frame["beslut"] = ["Grön", "Röd"] * 4
    with pytest.raises(EngineError) as caught:
        audit_frame(frame, AuditSpec(outcome="beslut", sensitive=["g"]))
    assert caught.value.template is AMBIGUOUS_OUTCOME
