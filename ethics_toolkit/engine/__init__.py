"""The fairness engine: decision logs -> cells -> figures -> findings.

Knows nothing of the register, the UI or the database. Its rooms, in the order a log travels
(docs/design.md, "Follow a decision log"): ``reading`` (bytes -> DataFrame) or ``sources`` (rows
grouped where they lie), ``recipe`` (which column plays which role), ``cells`` (the only thing
kept), ``analyses`` (fairlearn with ``sample_weight``, scipy, statsmodels), ``presentation``
(findings, labels, views) -> :class:`~ethics_toolkit.engine.models.AuditResult`.

Public API (import from the submodules; this package imports nothing heavy):

- ``reading.tabular.read_table(source, *, encoding, separator, decimal, usecols, file_name, sheet,
  ...)`` -> ``(DataFrame, ReadingInfo)`` for CSV files and workbooks alike;
  ``reading.tabular.detect(data, ...)`` -> ``Dialect``; ``reading.workbooks.sheets(data)`` lists a
  workbook's sheets.
- ``audit.audit_source(source, spec, *, ...)``, ``audit.audit_frame(frame, spec, *, reading,
  confidence_level)`` and ``audit.audit_cells(cells, spec, *, n_rows, reading, ...)`` ->
  ``AuditResult``.
- ``recipe.guess.guess_mapping(frame)`` -> ``Guess`` (the mapping suggested from values and headers,
  with bilingual reasons; ``ethics-toolkit guess`` prints it).
- ``presentation.labels``: display labels of columns and values; ``presentation.summaries.relabel``
  rewrites a finished audit's findings with new labels; ``presentation.views``: the audit as people
  read it, shared by the CLI, the app and the PDF.
- ``errors``: the :class:`~ethics_toolkit.errors.UserFacingError` subclasses and their messages.
- ``sources.audit.audit_location(source, spec, *, table, query, ...)``: databases, warehouses,
  Parquet and large CSV files, counted where they lie by one ``GROUP BY``.
"""
