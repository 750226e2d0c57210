"""Shared fixtures: paths to the project, its sample data, and the read-only ``../shared/``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DATA = PROJECT_ROOT / "sample_data"
SHARED = PROJECT_ROOT.parent / "shared"


@pytest.fixture
def sample_data_dir() -> Path:
    return SAMPLE_DATA


@pytest.fixture
def shared_dir() -> Path:
    """``../shared/`` exists in CI and for developers, not in a user's clone: skip cleanly."""
    if not SHARED.is_dir():
        pytest.skip("../shared/ is not present (only CI and developers have it)")
    return SHARED


@pytest.fixture(autouse=True, scope="session")
def _reproducible_pdfs() -> Iterator[None]:
    """PDFs carry their build time (issue 21); tests that compare bytes build at a fixed time,
    as reproducible builds do (``SOURCE_DATE_EPOCH``). A test of the build time unsets it."""
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = "1792368000"  # 2026-10-19 00:00 UTC
    yield
    if previous is None:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
    else:
        os.environ["SOURCE_DATE_EPOCH"] = previous
