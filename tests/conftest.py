"""Shared test set-up: hypothesis profiles and the location of the shared corpora.

Choose a hypothesis profile with the ``HYPOTHESIS_PROFILE`` environment variable: ``dev``
(the default: quick, random) or ``ci`` (derandomised, more examples).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# The test modules import the shared strategies as a top-level module.
sys.path.insert(0, str(Path(__file__).resolve().parent))

settings.register_profile(
    "dev",
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "ci",
    max_examples=120,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def shared_root() -> Path | None:
    """The shared data folder (``NEWSPARSE_SHARED``, else ``../shared`` beside the repo)."""
    configured = os.environ.get("NEWSPARSE_SHARED")
    root = Path(configured) if configured else Path(__file__).resolve().parents[1] / ".." / "shared"
    return root.resolve() if root.is_dir() else None


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The path of the shared corpora; skips the test when they are not available."""
    root = shared_root()
    corpora = root / "corpora" if root is not None else None
    if corpora is None or not corpora.is_dir():
        pytest.skip("the shared corpora are not available (set NEWSPARSE_SHARED)")
    return corpora
