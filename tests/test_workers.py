"""Workers on one PostgreSQL, for real: three `aggregator worker` processes against a loopback
site of 20 hosts × 50 pages, one of them killed with -9 mid-run. Every page is stored once, no
host is ever asked twice within its delay, the dead worker's jobs are finished by the others,
and the events equal those of one process ingesting and clustering the same pages (SQLite)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from aggregator.store.contract import open_store

from .loopsite import LoopSite
from .pg import fresh_database

pytestmark = pytest.mark.slow

DELAY = 0.1  # per-host delay under test (seconds between request starts to one host)
LEASE = 3  # seconds: a dead worker's jobs are claimed again this soon
KILL_AFTER = 150  # articles stored before one worker is killed: well inside the run


def _env(tmp: Path, site: LoopSite, db: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGGREGATOR_")}
    env.update({"AGGREGATOR_DB_PATH": db, "AGGREGATOR_SOURCES_PATH": str(site.sources_yaml(tmp / "sources.yaml")),
                "AGGREGATOR_REPORTS_DIR": str(tmp / "reports"), "AGGREGATOR_EMBEDDER": "hashing",
                "AGGREGATOR_MULTILINGUAL_EMBEDDER": "", "AGGREGATOR_PER_HOST_DELAY": str(DELAY),
                "AGGREGATOR_PER_HOST_CONCURRENCY": "2", "AGGREGATOR_TIMEOUT": "5", "AGGREGATOR_RETRIES": "0",
                "AGGREGATOR_JOB_LEASE": str(LEASE), "AGGREGATOR_FEED_INTERVAL": "3600", **extra})
    return env


def _events(rows) -> set[tuple[str, tuple[str, ...]]]:
    groups: dict[str, list[str]] = {}
    for article, event in rows:
        groups.setdefault(event, []).append(article)
    return {(event, tuple(sorted(members))) for event, members in groups.items()}


def test_three_workers_one_killed_store_every_page_once_politely(tmp_path):
    db = fresh_database()
    open_store(db).close()  # the schema first, so the test can watch the queue from the start
    with LoopSite(hosts=20, pages=50).serving() as site:
        env = _env(tmp_path, site, db)
        cmd = [sys.executable, "-m", "aggregator", "worker", "--until-idle", "--threads", "8"]
        procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(3)]
        victim = procs[0]
        held: list[str] = []
        with psycopg.connect(db, autocommit=True) as conn:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                stored = conn.execute("select count(*) from articles").fetchone()[0]
                held = [r[0] for r in conn.execute("select key from jobs where state = 'running' and worker like %s",
                                                   [f"%:{victim.pid}"])]
                if stored >= KILL_AFTER and held:
                    break
                time.sleep(0.05)
            os.kill(victim.pid, signal.SIGKILL)
            victim.wait()
            assert held, "the killed worker held no job: the kill did not land mid-run"
            outputs = [p.communicate(timeout=300) for p in procs[1:]]
            for p, (_, err) in zip(procs[1:], outputs, strict=True):
                assert p.returncode == 0, err[-2000:]
            gaps = site.min_gaps()
            urls = site.page_urls()
            assert conn.execute("select count(*) from articles").fetchone()[0] == len(urls) == 1000
            new_rows = dict(conn.execute("select url, count(*) from fetch_log where kind = 'page' "
                                         "and reason like 'new %%' group by url").fetchall())
            assert sorted(new_rows) == sorted(urls) and set(new_rows.values()) == {1}  # each stored once
            assert conn.execute("select count(*) from jobs where kind = 'page'").fetchone()[0] == 0  # all done
            stored_urls = {u for r in conn.execute("select url, canonical_url from articles") for u in r}
            assert {k.removeprefix("page:") for k in held if k.startswith("page:")} <= stored_urls
            worker_events = _events(conn.execute("select article_id, event_id from event_articles").fetchall())
        print(f"shortest gap at a host: {min(gaps.values()):.3f} s (delay {DELAY} s)")
        assert min(gaps.values()) >= DELAY, {h: g for h, g in gaps.items() if g < DELAY}

        single = tmp_path / "single"
        single.mkdir()
        for command in ("ingest", "cluster"):  # `run` without its reports, which are not under test
            result = subprocess.run([sys.executable, "-m", "aggregator", command], capture_output=True, text=True,
                                    timeout=300, env=_env(single, site, str(single / "one.db"),
                                                          AGGREGATOR_PER_HOST_DELAY="0"))
            assert result.returncode == 0, result.stderr[-2000:]
    one = sqlite3.connect(single / "one.db")
    single_events = _events(one.execute("select article_id, event_id from event_articles").fetchall())
    assert len(single_events) >= 10 and max(len(m) for _, m in single_events) >= 20  # real groups to compare
    assert worker_events == single_events


def test_a_write_the_server_rolled_back_is_written_again(monkeypatch):
    """Storing a fetched page that deadlocked with another worker's write failed the page, which
    was then fetched again; the write is one transaction, so it runs again (a few times at most)."""
    import threading

    from aggregator import workers
    from aggregator.config.settings import Settings

    monkeypatch.setattr(workers, "RECONNECT_FIRST", 0.01)
    session = workers._Session("postgresql://unused", "w:1", Settings(), threading.Event())
    session.store, session.queue = object(), object()  # connected: open() has nothing to do
    calls: list[int] = []

    def deadlocks_once(store, queue) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise psycopg.errors.DeadlockDetected("deadlock detected")

    assert session.persist(deadlocks_once) is True and len(calls) == 2

    def always(store, queue) -> None:
        calls.append(1)
        raise psycopg.errors.DeadlockDetected("deadlock detected")

    calls.clear()
    with pytest.raises(psycopg.errors.DeadlockDetected):
        session.persist(always)
    assert len(calls) == workers.ROLLED_BACK_RETRIES + 1
