"""The fairness engine: decision logs -> cells -> figures -> findings.

Knows nothing of the register, the UI or the database. Data flow: file bytes -> ``reading`` ->
``cells`` (the only thing kept) -> ``metrics`` (fairlearn with ``sample_weight``, scipy) ->
``findings`` -> :class:`~ethics_toolkit.engine.models.AuditResult`.

Public API (import from the submodules; this package imports nothing heavy):

- ``reading.read_table(source, *, encoding, separator, decimal, usecols, file_name, sheet, ...)``
  -> ``(DataFrame, ReadingInfo)`` for CSV files and Excel/ODS workbooks alike;
  ``reading.detect(data, ...)`` -> ``Dialect``; ``spreadsheet.sheets(data)`` lists a workbook's
  sheets.
- ``audit.audit_source(source, spec, *, encoding, separator, decimal, file_name,
  confidence_level, sheet)``, ``audit.audit_frame(frame, spec, *, reading, confidence_level)`` and
  ``audit.audit_cells(cells, spec, *, n_rows, reading, confidence_level, ...)`` -> ``AuditResult``.
- ``guess.guess_mapping(frame)`` -> ``Guess`` (the mapping suggested from values and headers, with
  bilingual reasons; ``ethics-toolkit guess`` prints it); ``guess.guess_spec(frame)`` ->
  ``SpecGuess`` (the same in the older shape).
- ``labels``: display labels of columns and values (``suggest_labels(columns, values, lang)`` for
  the mapping step, ``group_label``); ``findings.relabel(result, column_labels=...,
  value_labels=...)`` rewrites a finished audit's findings with new labels.
- ``presentation``: the audit as people read it (``analysis_view``, ``group_row`` with an optional
  small-cell suppression, ``overall_verdict``), shared by the CLI, the app and the PDF.
- ``errors``: the :class:`~ethics_toolkit.errors.UserFacingError` subclasses and their messages.
- ``sources``: databases, warehouses, Parquet and large CSV files, counted where they lie by one
  ``GROUP BY`` (``sources.audit.audit_location(source, spec, *, table, query, ...)``).
"""
