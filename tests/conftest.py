"""Shared fixtures: the real packaged model (loaded once), settings on temp files, local servers."""

from __future__ import annotations

from pathlib import Path

import pytest

from aggregator.config import Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "ban-2026-01-06"
DEMO = ROOT / "examples" / "demo"


@pytest.fixture(scope="session")
def minilm():
    """The real packaged MiniLM, loaded once per test session."""
    from aggregator.embed import get_embedder

    return get_embedder("minilm")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.load(db_path=tmp_path / "test.db", reports_dir=tmp_path / "reports",
                         timeout=5.0, per_host_delay=0.0, backoff=0.1)


@pytest.fixture
def seed_dir() -> Path:
    if not SEED.is_dir():
        pytest.skip(f"seed corpus not found at {SEED} (shared/ sits beside the checkout in CI)")
    return SEED
