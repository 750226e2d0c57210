"""How a spreadsheet user names a column: ``A``, ``Z``, ``AA`` (workbooks and their checks)."""

from __future__ import annotations


def column_letter(index: int) -> str:
    """0 -> ``A``, 26 -> ``AA``: how a spreadsheet user names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_number(letters: str) -> int:
    """``A`` -> 1, ``AA`` -> 27: the 1-based number of a column named by its letters."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number
