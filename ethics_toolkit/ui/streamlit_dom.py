"""Streamlit's private page structure, in one place: what the app styles for want of an option.

Everything else the app shows in the user's language is set through Streamlit's public parameters
(labels, placeholders, help, ``select_all=False``, ``client.disableDataExport``). Streamlit 1.67
has no parameter for three English texts, so CSS reaches them through the front end's
``data-testid`` attributes, which are not a public interface and may change with any release:

- the file uploader's button ("Upload") and size line ("200MB per file • CSV, ..."): replaced by
  the catalogue's texts (``st.file_uploader`` takes neither);
- the input hints ("Press Enter to apply", "Press Ctrl+Enter to submit form"): hidden. Only forms
  have an option, ``st.form(enter_to_submit=False)``, and it also takes Enter away; an input
  outside a form has none. Every form and field has a button that says what it does.

Nothing else in the package may name a ``data-testid``, an ``st-emotion`` class or ``stApp``
(``tests/ui/test_streamlit_dom.py`` checks the source). The same test checks that the installed
Streamlit's front end still renders every test id below, and ``tests/e2e/test_streamlit_dom.py``
that the browser shows the replaced texts and none of the hidden ones: an upgrade that renames
one fails loudly there, not quietly in front of a Swedish user.
"""

from __future__ import annotations

INPUT_INSTRUCTIONS = "InputInstructions"
UPLOADER_DROPZONE = "stFileUploaderDropzone"
UPLOADER_INSTRUCTIONS = "stFileUploaderDropzoneInstructions"
UPLOADER_BUTTON = "stBaseButton-secondary"
MARKDOWN = "stMarkdownContainer"
TEST_IDS = (INPUT_INSTRUCTIONS, UPLOADER_DROPZONE, UPLOADER_INSTRUCTIONS, UPLOADER_BUTTON, MARKDOWN)
"""Every test id the app's CSS relies on."""


def by_test_id(*path: str) -> str:
    """A CSS selector for elements nested by test id, outermost first."""
    return " ".join(f'[data-testid="{test_id}"]' for test_id in path)


UPLOAD_BUTTON_LABEL = by_test_id(UPLOADER_DROPZONE, UPLOADER_BUTTON, MARKDOWN)
"""The uploader button's text ("Upload"): its paragraph hidden, ours shown after it."""
UPLOAD_LIMIT_LINE = by_test_id(UPLOADER_INSTRUCTIONS)
"""The size and type line under the uploader: its spans hidden, ours shown after its box."""
INPUT_HINTS = by_test_id(INPUT_INSTRUCTIONS)


def widget_texts_css(*, upload_button: str, upload_limit: str) -> str:
    """The ``<style>`` that puts our texts in place of Streamlit's English ones, or hides them."""
    button, size = css_text(upload_button), css_text(upload_limit)
    return (
        "<style>"
        f"{INPUT_HINTS}{{display:none}}"
        f"{UPLOAD_BUTTON_LABEL} p{{display:none}}"
        f'{UPLOAD_BUTTON_LABEL}::after{{content:"{button}"}}'
        f"{UPLOAD_LIMIT_LINE} span{{display:none}}"
        f'{UPLOAD_LIMIT_LINE} > div::after{{content:"{size}";font-size:0.875rem}}'
        "</style>"
    )


def css_text(text: str) -> str:
    """A CSS string literal's content: quotes and backslashes escaped, no markup possible."""
    return "".join(ch if ch.isalnum() or ch in " .,-–•()" else f"\\{ord(ch):x} " for ch in text)
