"""Deterministic generators of the committed sample files in ``sample_data/``."""
