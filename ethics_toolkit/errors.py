"""The one exception type every layer raises for problems the user can fix.

The CLI turns it into one message on stderr and exit code 2; the app shows it in a calm box. It is a
leaf module so that the engine, the register and the report can all raise it.
"""

from __future__ import annotations

from typing import Protocol


class _Template(Protocol):
    """A bilingual template such as :class:`ethics_toolkit.i18n.text.Bilingual`."""

    def format(self, lang: str, /, **values: object) -> str: ...


class UserFacingError(Exception):
    """A problem caused by input or settings, with a message in both languages.

    ``sv`` and ``en`` are complete sentences that name the problem and the fix.
    """

    def __init__(self, *, en: str, sv: str) -> None:
        super().__init__(en)
        self.en = en
        self.sv = sv

    @classmethod
    def of(cls, template: _Template, /, **values: object) -> UserFacingError:
        """The error from a module-level bilingual message constant and its values."""
        return cls(en=template.format("en", **values), sv=template.format("sv", **values))

    def message(self, lang: str = "en") -> str:
        return self.sv if lang == "sv" else self.en
