"""Reading: bytes of a file (CSV, workbook) -> a DataFrame, and what was detected about it."""
