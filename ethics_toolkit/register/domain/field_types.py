"""The field types the register's models share: UTC datetimes, 1-5 scores and bounded text.

Text limits are checked on input only (issue 12): rows read back with the ``STORED`` context pass as
they are, so a register written before the limits still opens.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator, Field, ValidationInfo

from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual
from ethics_toolkit.register.domain.field_labels import field_label_of


def _as_utc(value: datetime) -> datetime:
    """Naive datetimes count as UTC, aware ones are converted: both back ends compare equal."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


UTCDateTime = Annotated[datetime, AfterValidator(_as_utc)]
Score = Annotated[int, Field(ge=1, le=5)]

# Issue 12: the longest text a field accepts. Names and one-line fields match their database
# columns (PostgreSQL refuses longer text with a message nobody can act on); free text is generous
# but bounded. Rows already stored are read as they are (``STORED``), so a register written before
# these limits still opens; the report cuts long text in tables and prints it in full in an annex.
NAME_MAX = 200
LINE_MAX = 200
TITLE_MAX = 2_000
TEXT_MAX = 5_000
DESCRIPTION_MAX = 10_000
"""A risk's description: a proposed risk holds the checklist's guidance and the evidence."""
STORED = "stored"
"""Validation context of rows read back from the register: limits are checked on input only."""
TOO_LONG = Bilingual(
    sv="Fältet {field} får innehålla högst {limit} tecken, men texten har {length}. Korta den, "
    "eller spara den fullständiga texten i ett eget dokument och hänvisa till det.",
    en="The field {field} may hold at most {limit} characters, but the text has {length}. "
    "Shorten it, or keep the full text in a separate document and refer to it.",
)


def max_chars(limit: int) -> AfterValidator:
    """A validator refusing text longer than ``limit`` on input, named by the field's label."""

    def check(value: str | None, info: ValidationInfo) -> str | None:
        if value is None or len(value) <= limit:
            return value
        if isinstance(info.context, dict) and info.context.get(STORED):
            return value
        model = info.config.get("title", "") if info.config else ""
        name = field_label_of(str(model), info.field_name or "", "en")
        name_sv = field_label_of(str(model), info.field_name or "", "sv")
        values = {"limit": f"{limit:,}", "length": f"{len(value):,}"}
        raise UserFacingError(
            en=TOO_LONG.format("en", field=name, **values),
            sv=TOO_LONG.format(
                "sv",
                field=name_sv,
                **{k: v.replace(",", "\u00a0") for k, v in values.items()},
            ),
        )

    return AfterValidator(check)


Line = Annotated[str, max_chars(LINE_MAX)]
Title = Annotated[str, max_chars(TITLE_MAX)]
Text = Annotated[str, max_chars(TEXT_MAX)]
