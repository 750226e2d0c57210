"""Analyses: pure functions from cells to figures (rates, validity, strata, oversight ...)."""
