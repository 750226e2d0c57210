"""Statements about the law for one tool: its classification, Art. 22, conclusions from evidence."""
