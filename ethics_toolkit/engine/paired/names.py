"""The names that carry the gender and origin signals of a paired test set.

How the lists were chosen, honestly:

- They were compiled by this project's authors, not drawn from statistics, and no frequency is
  claimed for any name. Every name is written without diacritics (so it survives every applicant
  system and every e-mail address unchanged) and no first name is also used as a last name.
- **Swedish-born** (``swedish``): first names and ``-son`` surnames that are widely used among
  people born in Sweden. How common each one is can be checked in Statistics Sweden's name
  statistics (SCB, www.scb.se, "Namnstatistik").
- **Common non-European origins in Sweden** (``non_european``): names usual in families from the
  Middle East (Syria, Iraq), Iran, Afghanistan and the Horn of Africa (Somalia, Eritrea), which are
  among the largest non-European countries of birth in Sweden's population statistics (SCB).
- A name signals more than origin: also religion, perhaps class or generation. A difference found
  with these names is a difference in how the tool treats these names, which is what a Swedish
  employer must avoid (the Discrimination Act protects against discrimination connected with
  ethnicity and religion), but it is not a measure of every kind of origin. The report says so.

Within one base CV the gender variants of an origin share the last name, so a gender pair differs
only in the first name; the origin variants differ in first and last name.
"""

from __future__ import annotations

from typing import Literal

NAMES_VERSION = "2026.1"

Gender = Literal["woman", "man"]
Origin = Literal["swedish", "non_european"]

FIRST_NAMES: dict[tuple[Origin, Gender], tuple[str, ...]] = {
    ("swedish", "woman"): (
        "Anna", "Maria", "Karin", "Sara", "Emma", "Johanna",
        "Elin", "Linda", "Malin", "Sofia", "Hanna", "Frida",
    ),
    ("swedish", "man"): (
        "Erik", "Lars", "Anders", "Johan", "Karl", "Per",
        "Mikael", "Fredrik", "Daniel", "Magnus", "Jonas", "Henrik",
    ),
    ("non_european", "woman"): (
        "Fatima", "Amina", "Leila", "Yasmin", "Maryam", "Zainab",
        "Hodan", "Nasrin", "Shirin", "Samira", "Rahel", "Aisha",
    ),
    ("non_european", "man"): (
        "Mohammed", "Ahmed", "Ali", "Hassan", "Omar", "Mustafa",
        "Abdi", "Reza", "Hamid", "Karim", "Yonas", "Ibrahim",
    ),
}  # fmt: skip
LAST_NAMES: dict[Origin, tuple[str, ...]] = {
    "swedish": (
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
        "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson",
    ),
    "non_european": (
        "Hussein", "Abdullahi", "Yusuf", "Rezaei", "Hosseini", "Mohammadi",
        "Haddad", "Khalil", "Ahmadi", "Jafari", "Warsame", "Tesfay",
    ),
}  # fmt: skip


def signal_of(first: str, last: str) -> tuple[Origin, Gender] | None:
    """The (origin, gender) a name signals by these lists, or ``None`` for a name not in them."""
    for (origin, gender), firsts in FIRST_NAMES.items():
        if first in firsts and last in LAST_NAMES[origin]:
            return origin, gender
    return None


def folded(name: str) -> str:
    """A name as it appears in an e-mail address: lower case, ASCII only."""
    import unicodedata

    ascii_only = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in ascii_only.lower() if ch.isalnum() or ch == "-")
