"""Integrity without SQL: the hash chain, what a sign-off binds and whether it still holds."""
