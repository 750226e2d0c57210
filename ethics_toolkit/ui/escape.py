"""Text a user typed or uploaded, shown as text (issue 13 §5).

Most Streamlit elements render Markdown (and Streamlit's own directives such as ``:red[...]``,
``:material/icon:`` and ``$math$``): a tool named ``![x](https://tracker.example/p.png)`` would make
every viewer's browser fetch that URL. :func:`md` escapes every character Markdown, HTML or a
Streamlit directive could act on, so the text arrives exactly as typed. Apply it where user or
uploaded text meets a Markdown-rendering element: ``st.markdown``, ``st.info`` and the other
alerts, ``st.toast``, ``st.caption``, tab, expander and button labels, and ``t(...)`` placeholders.

:func:`neutral_csv` is the CSV export the app offers instead of Streamlit's own table download
(switched off with ``client.disableDataExport``): cells a spreadsheet would run as a formula are
prefixed with ``'`` (the OWASP CSV-injection rule).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$&=\"'^@%])")
WORD_JOINER = "\u2060"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def md(value: object) -> str:
    """``value`` as literal text inside Markdown: every special character backslash-escaped.

    Line breaks become spaces: a title or a group value is one line, and a blank line could
    otherwise start a new block.
    """
    text = " ".join(str(value).splitlines())
    # A word joiner (invisible) after each colon: Streamlit resolves escapes before it expands
    # ``:material/icon:``, ``:streamlit:`` shortcodes and autolinks such as ``https://...``.
    return _MARKDOWN.sub(r"\\\1", text).replace(":", ":" + WORD_JOINER)


def neutral_cell(value: object) -> object:
    """A spreadsheet cell that cannot run: text starting with = + - @ tab or CR gets a ``'``."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def neutral_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """A CSV (UTF-8 with BOM, so Excel reads å, ä, ö) with every text cell neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow([neutral_cell(h) for h in header])
    for row in rows:
        writer.writerow(["" if v is None else neutral_cell(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
