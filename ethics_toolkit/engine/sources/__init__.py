"""Audit where the data lives: databases, warehouses, Parquet and large CSV files (issue 14).

The engine's audit needs only the cells (counts per group x outcome x ...), a few dozen rows
however large the log, so the counting is pushed to where the data is: one ``GROUP BY`` built with
SQLAlchemy Core (``builder``) over a table, the user's ``SELECT`` as a subquery (``database``), or
Parquet/CSV files in embedded DuckDB (``files``). The grouped rows go through the engine's own
value decisions (``pushdown``), so the figures are those of the file path. Part of the engine: it
knows nothing of the register, the UI or the report; it imports SQLAlchemy and DuckDB only when
a source is opened.

Public API (import from the submodules; this package imports nothing heavy):

- ``audit.audit_location(source, spec, *, table, query, encoding, separator, decimal,
  confidence_level)``: what ``ethics-toolkit audit SOURCE`` calls.
- ``audit.audit_database(url, spec, *, table, query, ...)``, ``audit.audit_parquet(files, spec,
  ...)``, ``audit.audit_big_csv(path, spec, ...)``.
- ``database.open_relation(url, *, table, query)`` + ``pushdown.audit_relation(relation, spec)``.
- ``config.configured_sources(secrets)``: the sources an administrator named for the app.
- ``urls.safe_name(url)`` / ``urls.mask(text, url)``: what may be shown of a URL.
- ``errors``: :class:`~ethics_toolkit.engine.sources.errors.SourceError` and its messages.
"""
