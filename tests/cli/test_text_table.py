"""The CLI's plain-text tables stay aligned with wide (Chinese, Japanese) and combining text."""

from __future__ import annotations

import pytest

from ethics_toolkit.cli.text_table import display_width, text_table


@pytest.mark.parametrize(
    ("text", "width"),
    [("Kvinna", 6), ("王芳", 4), ("Ｗ", 2), ("e\u0301", 1), ("Zoë", 3), ("", 0)],
)
def test_display_width(text: str, width: int) -> None:
    assert display_width(text) == width


def test_a_table_with_chinese_group_names_lines_up() -> None:
    rows = [["Grupp", "Antal"], ["王芳", "12"], ["Kvinna", "1,100"]]
    lines = text_table(rows, right={1})
    assert lines == ["Grupp   Antal", "王芳       12", "Kvinna  1,100"]
    # Every line ends in the same terminal column.
    assert {display_width(line) for line in lines} == {13}
