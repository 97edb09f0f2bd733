"""The shared work queue and per-host turns on a real PostgreSQL, without HTTP: claims skip
what others hold, leases run out, failing jobs are given up, host turns keep the delay and the
concurrency across limiters (as across processes), and `status` reports it."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from aggregator.config.settings import Settings
from aggregator.models import Feed, FeedEntry, Source
from aggregator.status import status
from aggregator.store.contract import open_store
from aggregator.store.queue import HOST_DELAY_MARGIN, Queue, SharedHostLimiter, queue_status

from .pages import gap_after_a_slow_sender
from .pg import fresh_database

SOURCE = Source(name="Harbour Wire", domain="hw.example", country="GB", languages=("en",), affiliation="wire",
                feeds=(Feed("http://hw.example/feed.xml"),))


@pytest.fixture
def db() -> str:
    url = fresh_database()
    open_store(url).close()
    return url


def _settings(db: str, **extra) -> Settings:
    values = {"per_host_delay": 0.2, "per_host_concurrency": 1, "job_lease": 1.0, "timeout": 5.0, **extra}
    return Settings.load(db_path=db, **values)


def _entry(n: int) -> FeedEntry:
    return FeedEntry(source=SOURCE.name, feed_url="http://hw.example/feed.xml", url=f"http://hw.example/{n}.html",
                     title=f"t{n}", summary="", published=datetime(2026, 1, 6, tzinfo=UTC), updated=None)


def test_claims_skip_held_jobs_leases_expire_and_failures_are_kept(db):
    settings = _settings(db, per_host_concurrency=2)
    a, b = open_store(db), open_store(db)
    qa, qb = Queue(a.conn, "a:1", settings), Queue(b.conn, "b:2", settings)
    assert qa.schedule_feeds([SOURCE]) == 1 and qa.schedule_feeds([SOURCE]) == 0  # queued once
    qa.enqueue_page(SOURCE.name, _entry(1), "http://hw.example/1.html")
    qb.enqueue_page(SOURCE.name, replace(_entry(1), url="http://hw.example/1.html?utm=x"), "http://hw.example/1.html")
    first, second = qa.claim(), qb.claim()
    assert first and second and first.id != second.id  # two workers never hold the same job
    assert qa.claim() is None  # the host's two slots are taken
    page = first if first.kind == "page" else second
    assert page.payload["aliases"] == ["http://hw.example/1.html?utm=x"]  # the second feed's URL kept
    held_by_a = first
    time.sleep(settings.job_lease + 0.2)  # worker a "dies": its lease runs out
    again = qb.claim()
    assert again is not None and again.id == held_by_a.id and again.attempts == 2
    qa.done(held_by_a)  # the dead worker's late answer changes nothing: the job is b's now
    assert a.conn.execute("select worker from jobs where id = %s", [again.id]).fetchone()[0] == "b:2"
    qb.fail(again, "HTTP 404")
    report = queue_status(a.conn)  # b's own page job has outlived its lease too by now
    assert (report.failed, report.running, report.expired) == (1, 0, 1) and report.hosts[0].host == "hw.example"
    assert report.hosts[0].failed == 1


def test_host_turns_hold_delay_and_concurrency_across_limiters(db):
    settings = _settings(db)
    limiters = [SharedHostLimiter(db, settings, f"w:{i}") for i in range(3)]
    starts: list[float] = []
    in_flight = [0]
    most = [0]
    lock = threading.Lock()

    def request(limiter: SharedHostLimiter) -> None:
        for _ in range(3):
            with limiter("hw.example") as turn:
                turn.sent()
                with lock:
                    starts.append(time.monotonic())
                    in_flight[0] += 1
                    most[0] = max(most[0], in_flight[0])
                time.sleep(0.05)
                with lock:
                    in_flight[0] -= 1

    threads = [threading.Thread(target=request, args=(lim,)) for lim in limiters]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    starts.sort()
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    assert len(starts) == 9 and most[0] == 1  # concurrency 1 across all three limiters
    assert min(gaps) >= settings.per_host_delay  # granted at delay + margin after the last send
    assert min(gaps) < settings.per_host_delay + HOST_DELAY_MARGIN + 0.3  # and not needlessly slower


def test_the_delay_counts_from_when_a_request_goes_out_not_from_its_grant(db):
    settings = _settings(db, per_host_concurrency=2)
    slow, quick = SharedHostLimiter(db, settings, "slow:1"), SharedHostLimiter(db, settings, "quick:2")
    assert gap_after_a_slow_sender(slow, quick, "hw.example", hold=0.5) >= settings.per_host_delay


def test_a_dead_workers_turn_expires(db):
    settings = _settings(db, timeout=0.5)  # turns live timeout + 2 s
    dead = SharedHostLimiter(db, settings, "dead:1")
    dead.acquire("hw.example")  # never released: the worker was killed mid-request
    alive = SharedHostLimiter(db, settings, "alive:2")
    started = time.monotonic()
    with alive("hw.example"):
        waited = time.monotonic() - started
    assert 1.5 < waited < 5


def test_a_dead_sessions_leases_and_turns_do_not_hold_their_hosts_slots(db):
    """After PostgreSQL crashed under `worker`, the dead workers' leases (300 s) filled
    per_host_concurrency and restarted workers fetched nothing meanwhile. A lease or turn whose
    session is gone no longer counts; the dead worker's jobs are still not run twice."""
    import psycopg

    settings = _settings(db, per_host_concurrency=2, per_host_delay=0.0, job_lease=300.0)
    alive = open_store(db)
    for n in range(4):
        Queue(alive.conn, "setup:0", settings).enqueue_page(SOURCE.name, _entry(n), f"http://hw.example/{n}.html")
    dead_conn = psycopg.connect(db, autocommit=True)
    dead_queue, dead_limiter = Queue(dead_conn, "dead:1", settings), SharedHostLimiter(db, settings, "dead:1")
    held = {dead_queue.claim().id, dead_queue.claim().id}  # the host's two slots, leased for 300 s
    for _ in range(2):
        dead_limiter.sent("hw.example", dead_limiter.acquire("hw.example"))  # two requests in flight
    dead_conn.close()  # the worker dies with its sessions (a crash, kill -9, a server restart)
    dead_limiter._local.conn.close()
    time.sleep(0.3)  # the server notices the closed sessions

    queue = Queue(alive.conn, "alive:2", settings)
    claimed = [queue.claim(), queue.claim()]
    assert all(claimed), "the dead worker's leases still fill the host's slots"
    assert not held & {j.id for j in claimed if j}  # its own jobs wait for their lease: never fetched twice
    assert queue.claim() is None  # the live worker's two jobs are the host's two slots
    started = time.monotonic()
    with SharedHostLimiter(db, settings, "alive:2")("hw.example"):
        assert time.monotonic() - started < 1.0  # not the dead turns' TTL (timeout + 2 s = 7 s)


def test_a_dead_sessions_unstamped_turn_still_holds_the_delay(db):
    """A worker killed between writing its request and stamping it (kill -9 in the workers test)
    leaves an unstamped turn; freeing it because its session is gone must not let the next
    request start at once: the host's delay counts from the moment the turn is freed."""
    settings = _settings(db, per_host_concurrency=2, per_host_delay=0.5)
    dead = SharedHostLimiter(db, settings, "dead:1")
    dead.acquire("hw.example")  # granted; the request may have gone out, unstamped
    dead._local.conn.close()  # the worker dies with its session
    time.sleep(0.3)
    started = time.monotonic()
    with SharedHostLimiter(db, settings, "alive:2")("hw.example"):
        waited = time.monotonic() - started
    assert 0.5 <= waited < 3.0


def test_status_shows_the_queue(db):
    settings = _settings(db)
    Queue(open_store(db).conn, "a:1", settings).schedule_feeds([SOURCE])
    report = status(settings)
    assert report.queue is not None and report.queue.pending == 1
    assert [h.host for h in report.queue.hosts] == ["hw.example"]


def test_a_limiter_step_the_server_rolled_back_runs_again(db, monkeypatch):
    """A deadlock between two workers' turn transactions failed the page being fetched (it was
    then fetched again); now the step runs again, a bounded number of times."""
    import psycopg

    from aggregator.store import queue

    monkeypatch.setattr(queue, "RECONNECT_FIRST", 0.01)
    limiter = SharedHostLimiter(db, _settings(db), "w:1")
    calls = []

    def deadlocks_once(conn):
        calls.append(conn)
        if len(calls) == 1:
            raise psycopg.errors.DeadlockDetected("deadlock detected")
        return "done"

    assert limiter._reconnecting("a turn at hw.example", deadlocks_once) == "done" and len(calls) == 2

    def always(conn):
        calls.append(conn)
        raise psycopg.errors.SerializationFailure("could not serialize access")

    calls.clear()
    with pytest.raises(psycopg.errors.SerializationFailure):
        limiter._reconnecting("a turn at hw.example", always)
    assert len(calls) == queue.ROLLED_BACK_RETRIES + 1
    with pytest.raises(psycopg.errors.UniqueViolation):  # any other error of the statement is raised at once
        limiter._reconnecting("a turn at hw.example", lambda conn: (_ for _ in ()).throw(
            psycopg.errors.UniqueViolation("duplicate key")))
