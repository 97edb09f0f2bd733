"""Every service recovers on its own (issue 19): `serve` and `worker` on a PostgreSQL server
that is stopped and started again under them, as an operator's restart would; and a job that
raises costs that job a try, not the worker thread."""

from __future__ import annotations

import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import psycopg
import pytest

from aggregator.config.settings import Settings
from aggregator.config.sources import load_sources
from aggregator.store.contract import open_store
from aggregator.store.copy import copy_database
from aggregator.workers import run_worker

from .loopsite import LoopSite
from .pg import OwnServer, fresh_database
from .sitekit import build_hostile, serving

pytestmark = pytest.mark.reliability  # crash safety; the two restarts also start a server of their own: slow


@pytest.fixture
def own_server():
    server = OwnServer()
    yield server
    server.close()


class CountingSite(LoopSite):
    """The loopback site, counting requests per host and path."""

    def __init__(self, **kwargs) -> None:
        self.requests: Counter[str] = Counter()
        super().__init__(**kwargs)

    def _handler(self, i: int):
        site, base = self, super()._handler(i)

        class Counting(base):  # type: ignore[misc, valid-type]
            def do_GET(self):
                with site._lock:
                    site.requests[self.headers.get("Host", "") + self.path] += 1
                return super().do_GET()

        return Counting


def _worker_settings(tmp_path: Path, site: LoopSite, db: str, **extra) -> Settings:
    values = {"db_path": db, "sources_path": site.sources_yaml(tmp_path / "sources.yaml"), "embedder": "hashing",
              "multilingual_embedder": "", "per_host_delay": 0.05, "per_host_concurrency": 2, "timeout": 5.0,
              "retries": 0, "backoff": 0.1, "feed_interval": 3600.0, **extra}
    return Settings.load(**values)


def _articles(db: str) -> int:
    """Articles stored so far (0 while the server is down)."""
    try:
        with psycopg.connect(db, autocommit=True, connect_timeout=2) as conn:
            return int(conn.execute("select count(*) from articles").fetchone()[0])
    except psycopg.Error:
        return 0


@pytest.mark.slow
def test_serve_answers_again_after_postgresql_restarts(tmp_path, own_server):
    """Every request answered 500 "the connection is closed" after a restart: serve's
    connections (one per thread) were never opened again."""
    lite = build_hostile(tmp_path)
    pg = own_server.database()
    copy_database(str(lite.db_path), pg)
    settings = Settings.load(db_path=pg, embedder="hashing", multilingual_embedder="")
    event = next(e for e in open_store(pg).events() if len(set(e.outlets)) > 1)
    paths = ["/", "/api/events", f"/api/events/{event.id}", f"/events/{event.id}.html", "/api/search?q=strike",
             f"/api/events/{event.id}/comparison"]
    with serving(settings) as base, httpx.Client(base_url=base, timeout=60) as client:
        for _ in range(3):  # connections opened on serve's threads
            assert [client.get(p).status_code for p in paths] == [200] * len(paths)
        own_server.stop()
        down = client.get("/api/events")
        assert down.status_code == 503 and int(down.headers["Retry-After"]) > 0
        assert down.json() == {"error": "the database is unavailable; try again shortly"}
        assert client.get("/").status_code == 503
        own_server.start()
        for _ in range(3):
            assert [client.get(p).status_code for p in paths] == [200] * len(paths)


@pytest.mark.slow
def test_a_worker_carries_on_after_postgresql_restarts(tmp_path, own_server):
    """A worker's threads died on the first lost connection. Now they wait, reconnect and go on:
    every page is stored, none is fetched twice, and nothing waits out a 300 s lease."""
    db = own_server.database()
    open_store(db).close()
    with CountingSite(hosts=2, pages=15, latency=0.1).serving() as site:
        settings = _worker_settings(tmp_path, site, db)
        outcome: dict[str, object] = {}

        def work() -> None:
            try:
                outcome["report"] = run_worker(settings, load_sources(settings.sources_path), threads=4,
                                               until_idle=True)
            except Exception as exc:  # the test says what stopped the worker
                outcome["error"] = exc

        started = time.monotonic()
        worker = threading.Thread(target=work, daemon=True)
        worker.start()
        deadline = time.monotonic() + 60
        while _articles(db) < 5 and time.monotonic() < deadline:
            time.sleep(0.05)
        before = _articles(db)
        own_server.stop()
        time.sleep(1.0)  # the workers find the database gone
        own_server.start()
        worker.join(timeout=150)
        assert not worker.is_alive(), "the worker did not finish"
        assert "error" not in outcome, outcome.get("error")
        urls = site.page_urls()
        assert 5 <= before < len(urls), "the restart did not land mid-run"
        assert _articles(db) == len(urls) == 30
        pages = {k: n for k, n in site.requests.items() if "/news/" in k}
        assert len(pages) == len(urls) and set(pages.values()) == {1}, {k: n for k, n in pages.items() if n > 1}
        assert time.monotonic() - started < 100  # no job waited out its lease (300 s)


def test_an_unexpected_exception_in_a_job_costs_the_job_not_the_worker(tmp_path, monkeypatch):
    """A feed whose reading raised killed its worker thread; now the job gets a log row naming it
    and is tried again later, and the worker goes on with the other feeds and their pages."""
    import aggregator.workers as workers

    db = fresh_database()
    with LoopSite(hosts=2, pages=3).serving() as site:
        settings = _worker_settings(tmp_path, site, db)
        bad_feed = f"{site.bases[0]}/feed.xml"
        real = workers.read_fetched_feed

        def exploding(store, source, url, *args, **kwargs):
            if url == bad_feed:
                raise RuntimeError("boom in the feed parser")
            return real(store, source, url, *args, **kwargs)

        monkeypatch.setattr(workers, "read_fetched_feed", exploding)
        report = run_worker(settings, load_sources(settings.sources_path), threads=1, until_idle=True)
    assert report.pages_stored == 3  # the other feed's pages
    with psycopg.connect(db, autocommit=True) as conn:
        rows = conn.execute("select kind, url, reason from fetch_log where url = %s", [bad_feed]).fetchall()
        job = conn.execute("select state, attempts, last_error from jobs where key = %s", [f"feed:{bad_feed}"]).fetchone()
    assert rows and rows[0][0] == "feed"
    assert f"job feed:{bad_feed}: unexpected RuntimeError: boom in the feed parser" in rows[0][2]
    assert job[0] == "pending" and "boom" in job[2]  # tried again later, not lost


@pytest.mark.parametrize(("error", "lost"), [
    (psycopg.OperationalError("consuming input failed: server closed the connection unexpectedly"), True),
    (psycopg.errors.AdminShutdown("terminating connection due to administrator command"), True),
    (psycopg.errors.CannotConnectNow("the database system is starting up"), True),
    (psycopg.InterfaceError("the connection is closed"), True),
    (psycopg.errors.DeadlockDetected("deadlock detected"), False),  # the statement's, not the connection's:
    (psycopg.errors.DiskFull("could not extend file"), False),  # reconnecting would retry it for ever
    (psycopg.errors.QueryCanceled("canceling statement due to statement timeout"), False),
    (ValueError("not a database error"), False),
])
def test_what_counts_as_a_lost_connection(error, lost):
    from aggregator.store.pgconn import connection_lost

    assert connection_lost(error) is lost
