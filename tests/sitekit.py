"""Helpers for the site, serve and browser tests: a demo database built with the hashing
embedder (the pages are under test, not the model), a database of hostile articles, a live
`serve` on 127.0.0.1, and the system's Chromium driven by Playwright."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest

from aggregator.config.settings import Settings
from aggregator.models import Article, Source
from aggregator.store.rows import article_id
from aggregator.store.sqlite import Store
from aggregator.text import content_hash

HOSTILE_TITLE = "<script>alert(1)</script> Harbour strike <img src=x onerror=alert(2)>"
HOSTILE_URL = "javascript:alert(3)"
HOSTILE_OUTLET = "Evil <b>Gazette</b>\u202e"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-default-apps", "--disable-extensions"]


def demo_settings(folder: Path) -> Settings:
    return Settings.load(db_path=folder / "demo.db", reports_dir=folder / "reports", embedder="hashing",
                         multilingual_embedder="", per_host_delay=0.0)


def build_demo(folder: Path):
    """The bundled demo through the real pipeline (site included), hashing embedder."""
    from aggregator.demo import run_demo

    settings = demo_settings(folder)
    return run_demo(settings), settings


def hostile_settings(folder: Path) -> Settings:
    return Settings.load(db_path=folder / "hostile.db", reports_dir=folder / "reports", embedder="hashing",
                         multilingual_embedder="")


def build_hostile(folder: Path) -> Settings:
    """Two outlets reporting one event, with markup, a `javascript:` link and a bidi override in
    the headline, the outlet name and the text, clustered and compared by the real code."""
    from aggregator.pipeline import cluster

    settings = hostile_settings(folder)
    store = Store(settings.db_path)
    store.sync_sources([Source(HOSTILE_OUTLET, "evil.example", "XX", ("en",), "partisan", ()),
                        Source("Plain Post", "plain.example", "GB", ("en",), "commercial", ())])
    body = ("Dock workers in the harbour city walked out on Monday, the union said. "
            "The strike closed three container terminals and halted ferry traffic, officials said. "
            "<script>alert(4)</script> The union demands a pay rise of 12 percent. "
            "Talks with the port authority will resume on Thursday, according to the ministry.")
    when = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    for outlet, url, title, text in (
            (HOSTILE_OUTLET, HOSTILE_URL, HOSTILE_TITLE, body + " The strike is a \"grave provocation\", "
             "the mayor claimed."),
            ("Plain Post", "https://plain.example/strike", "Harbour strike closes terminals",
             body.replace("the union said", "the union claimed") + " The strike is a grave provocation.")):
        canonical = url if url.startswith("http") else f"https://evil.example/{article_id(url)}"
        store.save_article(Article(id=article_id(canonical), url=url, canonical_url=canonical, source=outlet,
                                   title=title, text=text, published=when, fetched_at=when, language="en",
                                   content_hash=content_hash(text)))
        when = when.replace(hour=11)
    cluster(store, settings)
    return settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(settings: Settings):
    """`aggregator serve`'s app under uvicorn on a free port of 127.0.0.1; yields the base URL."""
    import uvicorn

    from aggregator.web import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port,
                                           log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("serve did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def chromium() -> str:
    """The system Chromium, or skip (fail in CI, where .ci/run installs it)."""
    try:
        import playwright  # noqa: F401
    except ImportError:
        pytest.skip("playwright is not installed (pip install -e '.[test]')")
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        if os.environ.get("CI"):
            pytest.fail("CI needs Chromium: .ci/run installs the Debian package `chromium`")
        pytest.skip("no Chromium found (Debian: apt-get install chromium); the browser tests need it")
    return found


@contextmanager
def launched_chromium():
    """Headless Chromium driven by Playwright (skips where there is none): one per test module."""
    path = chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()
