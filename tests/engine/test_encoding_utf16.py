"""UTF-16 without a byte-order mark (as some HR systems export it) is text, not binary."""

from __future__ import annotations

from pathlib import Path

import pytest

from ethics_toolkit.engine.reading.tabular import detect
from tests.engine.test_reading_exports import DECISIONS, PATHS, SCORES, _audit, _figures, _plain_csv


@PATHS
@pytest.mark.parametrize(
    ("codec", "separator"),
    [("utf-16-le", ";"), ("utf-16-be", ";"), ("utf-16-le", "\t"), ("utf-16-be", ",")],
)
@pytest.mark.parametrize("spec", [DECISIONS, SCORES], ids=["decisions", "scores"])
def test_utf16_without_bom_gives_the_utf8_figures(
    tmp_path: Path, codec: str, separator: str, spec, big_csv_bytes: int
) -> None:
    text = _plain_csv()
    if separator != ";":
        text = text.replace(";", separator)
        if separator == ",":  # decimal commas would split: write decimal points
            text = (
                "\n".join(
                    line.rsplit(",", 2)[0]
                    + ","
                    + line.rsplit(",", 2)[1]
                    + "."
                    + line.rsplit(",", 2)[2]
                    if i
                    else line
                    for i, line in enumerate(text.splitlines())
                )
                + "\n"
            )
    utf8, utf16 = tmp_path / "utf8.csv", tmp_path / "utf16.csv"
    utf8.write_bytes(text.encode("utf-8"))
    utf16.write_bytes(text.encode(codec))
    assert not utf16.read_bytes().startswith((b"\xff\xfe", b"\xfe\xff"))
    assert detect(utf16.read_bytes()).encoding == codec
    expected = _audit(utf8, spec, 10**9)
    got = _audit(utf16, spec, big_csv_bytes)
    assert _figures(got) == _figures(expected)
    assert got.score_median == expected.score_median
    assert got.reading is not None and got.reading.encoding == codec
    assert got.reading.rows_read == 100


def test_binary_with_nul_bytes_is_still_not_text() -> None:
    from ethics_toolkit.engine.errors import NOT_TEXT, ReadingError

    with pytest.raises(ReadingError) as caught:
        detect(bytes(range(256)) * 8)
    assert caught.value.template is NOT_TEXT
