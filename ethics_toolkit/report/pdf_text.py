"""A PDF's keywords and text, read back with pypdf (the report layer reads PDFs as it writes them).

Used by ``verify --anchor`` when a report was rewritten by another program that compressed its
metadata, so the anchor cannot be found in the raw bytes.
"""

from __future__ import annotations

import io


def keywords_and_text(data: bytes) -> str:
    """The PDF's ``/Keywords`` and the text of its pages; empty when it cannot be read."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        texts = [str((reader.metadata or {}).get("/Keywords", ""))]
        texts += [page.extract_text() or "" for page in reader.pages]
    except Exception:  # a damaged PDF: no anchor, said by the caller
        return ""
    return "\n".join(texts)
