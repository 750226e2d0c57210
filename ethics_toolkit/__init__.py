"""Audit the AI decision-support tools HR uses: risk register, bias audit, PDF report.

Kept import-light on purpose: the CLI must answer ``--help`` without loading pandas, fairlearn or
reportlab.
"""

__version__ = "0.1.0"
