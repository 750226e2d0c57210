"""Shared fixtures: paths to the project, its sample data, and the read-only ``../shared/``."""

from __future__ import annotations

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
