"""The bias-audit page shows the audit's warnings above the result (issue 27)."""

from __future__ import annotations

from tests.ui.test_audit_page import _app, _texts, _upload, tool_db  # noqa: F401


def _lopsided() -> bytes:
    rows = ["Kön,Urval"] + [f"Kvinna,{'' if i < 60 else i % 2}" for i in range(100)]
    rows += [f"Man,{i % 2}" for i in range(100)]
    return ("\n".join(rows) + "\n").encode()


def test_missing_data_is_said_on_the_page(tool_db: str) -> None:  # noqa: F811
    at = _upload(_app("sv"), _lopsided(), "logg.csv")
    at.selectbox(key="map_outcome").set_value("Urval")
    at.multiselect(key="map_sensitive").set_value(["Kön"])
    at.button(key="run_audit").click().run()
    assert not at.exception, at.exception
    warnings = [str(w.value) for w in at.warning]
    assert any("Rader utan beslut är inte jämnt fördelade" in w for w in warnings), warnings
    assert any("Gruppen Kvinna saknar beslut i de flesta" in w for w in warnings), warnings
    assert "Varningar om data" in _texts(at)
