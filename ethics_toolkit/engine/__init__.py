"""The fairness engine: decision logs -> cells -> figures -> findings.

Knows nothing of the register, the UI or the database. Data flow: file bytes -> ``reading`` ->
``cells`` (the only thing kept) -> ``metrics`` (fairlearn with ``sample_weight``, scipy) ->
``findings`` -> :class:`~ethics_toolkit.engine.models.AuditResult`.
"""
