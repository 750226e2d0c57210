"""Presentation: figures -> findings, labels and the views the CLI, app and PDF show."""
