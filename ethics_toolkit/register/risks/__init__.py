"""Risks beyond the store: risks proposed by answers and audits, and a risk's actions."""
