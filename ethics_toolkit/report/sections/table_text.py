"""How the register's values read in the management report's tables and fact lists: yes or no,
a date (or "–"), and how long a user's text may be in a table before it is cut (with a reference
to the annex that prints it in full, :meth:`ethics_toolkit.report.story.Story.clip`)."""

from __future__ import annotations

from datetime import date

from ethics_toolkit.i18n import Lang
from ethics_toolkit.report.texts import text

# How long a user's text may be in a table before it is cut (full text: annex): a profile field
# or an answer's evidence, a risk's title, a person's name.
PROFILE_TEXT = 600
TITLE_IN_TABLE = 160
NAME_IN_TABLE = 80


def yes_no(value: bool, lang: Lang) -> str:
    """ "Ja" or "Nej", "Yes" or "No"."""
    return text("yes" if value else "no", lang)


def iso_date(value: date | None) -> str:
    """The date as 2026-03-01, or "–" when there is none."""
    return value.isoformat() if value else "–"
