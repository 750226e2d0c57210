"""Cells: rows or group counts -> the aggregated log, the only thing the toolkit keeps."""
