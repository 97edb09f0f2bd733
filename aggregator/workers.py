"""`aggregator worker`: ingestion by many processes on many machines sharing one PostgreSQL.

The queue is PostgreSQL's own `SELECT … FOR UPDATE SKIP LOCKED` over a `jobs` table, not a
queue library and not a broker: a job here must be claimed, fetched and stored *in the same
transaction as the article it produces* (so a page is marked done exactly when its article is
in), which a library with its own connection and job table cannot join; and the politeness
state every job needs (`hosts`) lives in the same database.

- Feeds and sitemaps are recurring jobs (due again `feed_interval` after each fetch); the pages
  they list become one-shot jobs keyed by canonical URL, so a page listed by two feeds, or seen
  by two workers, is queued once, and `INSERT … ON CONFLICT` stores its article once.
- A claimed job carries a lease (`job_lease`): a worker killed with -9 loses nothing, its jobs
  are claimed again by others once the lease runs out. A job that keeps failing (or keeps
  killing its worker) is given up after `MAX_PAGE_ATTEMPTS` claims and shown as failed.
- Every request (pages, feeds, robots.txt, redirect hops) takes a turn from `hosts`: at most
  `per_host_concurrency` requests in flight per host and `per_host_delay` seconds between
  request starts, counted across all workers together. Turns expire, so a dead worker's
  in-flight request frees its slot.
- When no page is waiting or running, one worker (advisory lock) clusters the new articles,
  exactly as `aggregator run` would after its ingest, so event ids stay stable.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from urllib.parse import urlparse

import psycopg
from psycopg.types.json import Jsonb

from .config import Settings
from .errors import AggregatorError, ConfigError
from .fetch import Fetcher
from .ingest import (
    MAX_PAGE_ATTEMPTS,
    _fetch_feed,
    _fetch_page,
    _Job,
    _job_for,
    _read_feed,
    _save_validators,
    _store_page,
)
from .models import FeedEntry, HostBacklog, QueueStatus, Source
from .pgschema import LOCK_KEYS
from .pgstore import PgStore, connect

logger = logging.getLogger(__name__)

# Added to each host's delay: covers the time between a turn granted in the database and the
# request reaching the host (commit, waiting for the GIL while other threads extract pages,
# connect). Measured on the 2-core test machine with 24 threads extracting: up to 60 ms, so
# 50 ms let one gap in 1,000 fall 10 ms short of the delay (tests/test_workers.py); 100 ms
# leaves room. A turn whose grant itself took longer than half of this is given back unused.
HOST_DELAY_MARGIN = 0.1
# A turn outlives its request by this much before it is taken as a dead worker's (expired).
TURN_TTL_MARGIN = 2.0
TURN_POLL = 0.02  # longest sleep while waiting for a host's turn (seconds)
IDLE_POLL = 0.5  # a worker with nothing to claim looks again after this long
MAX_RETRY_DELAY = 600.0  # a failing page is tried again after backoff * 2^attempts, at most this
HOSTS_SHOWN = 20  # hosts listed by `aggregator status`, largest backlog first


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass(frozen=True)
class Job:
    id: int
    kind: str  # feed | sitemap | page
    key: str
    source: str
    payload: dict
    attempts: int


@dataclass(frozen=True)
class WorkerReport:
    """What one `aggregator worker` process did."""

    jobs: int
    pages_stored: int
    pages_failed: int
    feeds_fetched: int
    clustering_passes: int


class Queue:
    """The `jobs` table on one connection (a store's, so job and article share a transaction)."""

    def __init__(self, conn: psycopg.Connection, worker: str, settings: Settings):
        self.conn, self.worker, self.settings = conn, worker, settings

    def _host(self, url: str) -> str:
        host = urlparse(url).netloc
        self.conn.execute("insert into hosts (host, delay, concurrency) values (%s, %s, %s) on conflict (host) "
                          "do update set delay = excluded.delay, concurrency = excluded.concurrency",
                          [host, self.settings.per_host_delay, self.settings.per_host_concurrency])
        return host

    def schedule_feeds(self, sources: list[Source]) -> int:
        """Queue every feed and sitemap of `sources` not queued yet (due now); returns how many."""
        added = 0
        with self.conn.transaction():
            for src in sources:
                for url, kind in [*((f.url, "feed") for f in src.feeds), *((u, "sitemap") for u in src.sitemaps)]:
                    cur = self.conn.execute(
                        "insert into jobs (kind, key, source, host, payload) values (%s, %s, %s, %s, %s) "
                        "on conflict (key) do nothing",
                        [kind, f"{kind}:{url}", src.name, self._host(url), Jsonb({"url": url})])
                    added += cur.rowcount
        return added

    def enqueue_page(self, source: str, entry: FeedEntry, key: str) -> None:
        """Queue a page once; the same page under another URL (a second feed) becomes an alias."""
        payload = {"url": entry.url, "feed_url": entry.feed_url, "title": entry.title, "summary": entry.summary,
                   "published": entry.published.isoformat() if entry.published else None,
                   "updated": entry.updated.isoformat() if entry.updated else None, "aliases": []}
        self.conn.execute(
            "insert into jobs (kind, key, source, host, payload) values ('page', %s, %s, %s, %s) "
            "on conflict (key) do update set payload = jsonb_set(jobs.payload, '{aliases}', "
            "(jobs.payload -> 'aliases') || to_jsonb(excluded.payload ->> 'url')) "
            "where jobs.payload ->> 'url' != excluded.payload ->> 'url' "
            "and not (jobs.payload -> 'aliases') ? (excluded.payload ->> 'url')",
            [f"page:{key}", source, self._host(entry.url), Jsonb(payload)])

    def claim(self) -> Job | None:
        """The next job whose host has a free slot, oldest first, or one whose lease ran out."""
        with self.conn.transaction():
            row = self.conn.execute(
                "select j.id, j.kind, j.key, j.source, j.payload, j.attempts "
                "from jobs j join hosts h on h.host = j.host "
                "where ((j.state = 'pending' and j.not_before <= now()) "
                "or (j.state = 'running' and j.leased_until < now())) "
                "and (select count(*) from jobs r where r.host = j.host and r.state = 'running' "
                "and r.leased_until >= now()) < h.concurrency "
                "order by h.next_allowed_at, j.id limit 1 for update of j skip locked").fetchone()
            if row is None:
                return None
            self.conn.execute("update jobs set state = 'running', worker = %s, attempts = attempts + 1, "
                              "leased_until = now() + make_interval(secs => %s), updated_at = now() where id = %s",
                              [self.worker, self.settings.job_lease, row[0]])
        return Job(id=row[0], kind=row[1], key=row[2], source=row[3], payload=row[4], attempts=row[5] + 1)

    def done(self, job: Job) -> None:
        self.conn.execute("delete from jobs where id = %s and worker = %s", [job.id, self.worker])

    def again_after(self, job: Job, seconds: float, error: str = "", reset: bool = False) -> None:
        """Back to pending, due in `seconds` (a recurring feed: `reset` its attempts)."""
        self.conn.execute(
            "update jobs set state = 'pending', worker = null, leased_until = null, last_error = %s, "
            "not_before = now() + make_interval(secs => %s), attempts = case when %s then 0 else attempts end, "
            "updated_at = now() where id = %s and worker = %s", [error[:500], seconds, reset, job.id, self.worker])

    def fail(self, job: Job, error: str) -> None:
        self.conn.execute("update jobs set state = 'failed', worker = null, leased_until = null, last_error = %s, "
                          "updated_at = now() where id = %s and worker = %s", [error[:500], job.id, self.worker])

    def busy(self) -> bool:
        """Whether pages wait or run (a dead worker's expired jobs included), or any job runs."""
        return bool(self.conn.execute(
            "select exists (select 1 from jobs where (kind = 'page' and state in ('pending', 'running')) "
            "or (state = 'running' and leased_until >= now()) "
            "or (state = 'pending' and not_before <= now()))").fetchone()[0])


class SharedHostLimiter:
    """fetch.HostLimiter's interface with the state in PostgreSQL: a request starts only with
    a turn from `hosts`, so the per-host delay and concurrency hold across every worker."""

    def __init__(self, url: str, settings: Settings, worker: str):
        self.url, self.settings, self.worker = url, settings, worker
        self.ttl = settings.timeout + TURN_TTL_MARGIN
        self._local = threading.local()

    def _conn(self) -> psycopg.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.closed:
            conn = self._local.conn = connect(self.url)
        return conn

    def __call__(self, host: str) -> _Turn:
        return _Turn(self, host)

    def acquire(self, host: str) -> int:
        conn = self._conn()
        while True:
            started = time.monotonic()
            turn = self._try_turn(conn, host)
            if isinstance(turn, int) and time.monotonic() - started > HOST_DELAY_MARGIN / 2:
                logger.debug("%s: turn granted too slowly to use safely; given back", host)
                self.release(host, turn)
                continue
            if isinstance(turn, int):
                return turn
            time.sleep(min(max(turn, TURN_POLL), 1.0) if turn > 0 else TURN_POLL)

    def _try_turn(self, conn: psycopg.Connection, host: str) -> int | float:
        """A turn's id, or (a float) the seconds until the host's next request may start."""
        while True:
            with conn.transaction():
                row = conn.execute("select concurrency, delay, extract(epoch from next_allowed_at - clock_timestamp()) "
                                   "from hosts where host = %s for update", [host]).fetchone()
                if row is None:  # a host met through a redirect: known from now on
                    conn.execute("insert into hosts (host, delay, concurrency) values (%s, %s, %s) "
                                 "on conflict do nothing",
                                 [host, self.settings.per_host_delay, self.settings.per_host_concurrency])
                    continue
                concurrency, delay, wait = row[0], row[1], float(row[2])
                conn.execute("delete from host_turns where host = %s and expires_at < clock_timestamp()", [host])
                in_flight = conn.execute("select count(*) from host_turns where host = %s", [host]).fetchone()[0]
                if in_flight < concurrency and wait <= 0:
                    turn = conn.execute("insert into host_turns (host, worker, started_at, expires_at) values "
                                        "(%s, %s, clock_timestamp(), clock_timestamp() + make_interval(secs => %s)) "
                                        "returning id", [host, self.worker, self.ttl]).fetchone()[0]
                    conn.execute("update hosts set in_flight = %s, next_allowed_at = clock_timestamp() + "
                                 "make_interval(secs => %s) where host = %s",
                                 [in_flight + 1, delay + HOST_DELAY_MARGIN, host])
                    return int(turn)
                return max(wait, 0.0)

    def release(self, host: str, turn: int) -> None:
        conn = self._conn()
        with conn.transaction():
            conn.execute("delete from host_turns where id = %s", [turn])
            conn.execute("update hosts set in_flight = (select count(*) from host_turns t where t.host = %s "
                         "and t.expires_at >= clock_timestamp()) where host = %s", [host, host])


class _Turn:
    def __init__(self, limiter: SharedHostLimiter, host: str):
        self.limiter, self.host, self.turn = limiter, host, 0

    def __enter__(self) -> None:
        self.turn = self.limiter.acquire(self.host)

    def __exit__(self, *exc: object) -> None:
        self.limiter.release(self.host, self.turn)


def run_worker(settings: Settings, sources: list[Source], *, threads: int | None = None, until_idle: bool = False,
               reports_dir: Path | None = None, stop: threading.Event | None = None) -> WorkerReport:
    """Claim and run jobs until stopped (or, `until_idle`, until nothing is left to do)."""
    url = settings.database
    if not url.startswith(("postgresql://", "postgres://")):
        raise ConfigError(f"{url}: `aggregator worker` needs a PostgreSQL database (--db postgresql://…)")
    if settings.job_lease <= 0 or settings.feed_interval <= 0:
        raise ConfigError("job_lease and feed_interval: must be positive")
    name = worker_name()
    first = PgStore(url)  # applies migrations before the threads start
    first.sync_sources(sources)
    added = Queue(first.conn, name, settings).schedule_feeds(sources)
    first.close()
    logger.info("worker %s: %d feeds newly queued; %d threads", name, added, threads or settings.workers)
    stop = stop or threading.Event()
    counts: Counter[str] = Counter()
    errors: list[str] = []  # why threads stopped
    lock = threading.Lock()
    fetch_settings = replace(settings, retries=0)  # the queue retries, after the other workers' turns
    with Fetcher(fetch_settings, hosts=SharedHostLimiter(url, settings, name)) as fetcher, \
            ThreadPoolExecutor(max_workers=4) as sitemap_pool:
        loops = [threading.Thread(target=_loop, name=f"worker-{i}", daemon=True,
                                  args=(url, settings, {s.name: s for s in sources}, fetcher, sitemap_pool, name,
                                        until_idle, reports_dir, stop, counts, errors, lock))
                 for i in range(threads or settings.workers)]
        for t in loops:
            t.start()
        for t in loops:
            t.join()
    if errors:  # exit non-zero, so that systemd (Restart=always) starts a fresh worker
        raise AggregatorError(f"{len(errors)} worker thread(s) stopped; first: "
                              f"{(errors[0].strip().splitlines() or [''])[0]}")
    return WorkerReport(jobs=counts["jobs"], pages_stored=counts["pages_stored"], pages_failed=counts["pages_failed"],
                        feeds_fetched=counts["feeds_fetched"], clustering_passes=counts["clustering_passes"])


def _loop(url: str, settings: Settings, sources: dict[str, Source], fetcher: Fetcher, pool: ThreadPoolExecutor,
          name: str, until_idle: bool, reports_dir: Path | None, stop: threading.Event, counts: Counter,
          errors: list[str], lock: threading.Lock) -> None:
    store = PgStore(url)
    queue = Queue(store.conn, name, settings)
    try:
        while not stop.is_set():
            job = queue.claim()
            if job is None:
                if _idle(store, queue, settings, reports_dir, counts, lock) and until_idle:
                    return
                stop.wait(IDLE_POLL)
                continue
            done = _run_job(store, queue, fetcher, pool, job, settings, sources)
            with lock:
                counts["jobs"] += 1
                counts[done] += 1
    except Exception as exc:  # a thread that dies says why; the others go on and its job's lease runs out
        logger.exception("worker thread %s stopped", threading.current_thread().name)
        with lock:
            errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        store.close()


def _run_job(store: PgStore, queue: Queue, fetcher: Fetcher, pool: ThreadPoolExecutor, job: Job,
             settings: Settings, sources: dict[str, Source]) -> str:
    source = sources.get(job.source)
    if source is None:  # the outlet left this worker's sources.yaml: its jobs go with it
        queue.done(job)
        return "dropped"
    if job.kind in ("feed", "sitemap"):
        return _feed_job(store, queue, fetcher, pool, job, source, settings)
    return _page_job(store, queue, fetcher, job, source, settings)


def _feed_job(store: PgStore, queue: Queue, fetcher: Fetcher, pool: ThreadPoolExecutor, job: Job, source: Source,
              settings: Settings) -> str:
    url = job.payload["url"]
    result = _fetch_feed(fetcher, source, url, store.feed_state(url))
    counts: Counter[str] = Counter()
    entries, validators = _read_feed(store, source, url, job.kind, result, settings, counts, (fetcher, pool))
    from .urls import canonical_url

    # Pages are queued and the feed's validators stored in one transaction: a crash before the
    # commit fetches the feed again, one after finds every page it announced in the queue.
    with store.atomic():
        for entry in entries:
            if _job_for(store, source, entry, counts) is not None:
                queue.enqueue_page(source.name, entry, canonical_url(entry.url))
        for found in validators:
            _save_validators(store, found)
        queue.again_after(job, settings.feed_interval, reset=True)
    return "feeds_fetched"


def _page_job(store: PgStore, queue: Queue, fetcher: Fetcher, job: Job, source: Source, settings: Settings) -> str:
    p = job.payload
    entry = FeedEntry(source=source.name, feed_url=p.get("feed_url") or "", url=p["url"], title=p.get("title") or "",
                      summary=p.get("summary") or "", published=_when(p.get("published")),
                      updated=_when(p.get("updated")))
    fetched = _fetch_page(fetcher, _Job(source, entry, tuple(p.get("aliases") or ())), settings)
    if fetched.error:
        with store.atomic():
            if job.attempts >= MAX_PAGE_ATTEMPTS:
                queue.fail(job, fetched.error)
                store.log("page", entry.url, f"{fetched.error} (failed {MAX_PAGE_ATTEMPTS} times: given up)",
                          source=source.name)
            else:
                queue.again_after(job, min(settings.backoff * 2 ** job.attempts, MAX_RETRY_DELAY), fetched.error)
                store.log("page", entry.url, fetched.error, source=source.name)
        return "pages_failed"
    with store.atomic():  # the article, its log row and the job's end: all or nothing
        _store_page(store, fetched, Counter(), settings)
        queue.done(job)
    return "pages_stored"


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _idle(store: PgStore, queue: Queue, settings: Settings, reports_dir: Path | None, counts: Counter,
          lock: threading.Lock) -> bool:
    """Nothing to claim: cluster what ingestion left, if no page waits or runs anywhere and no
    other worker is clustering. True when there is nothing at all left to do."""
    if queue.busy():
        return False
    if store.count_pending()[0] == 0:
        return True
    if not store.conn.execute("select pg_try_advisory_lock(%s)", [LOCK_KEYS["cluster"]]).fetchone()[0]:
        return False  # another worker is clustering
    try:
        from .pipeline import cluster, write_reports

        if queue.busy():  # checked again under the lock: a feed may have queued pages meanwhile
            return False
        report = cluster(store, settings)
        logger.info("worker %s: clustered %d articles, %d new events", queue.worker, report.articles_assigned,
                    report.events_created)
        if reports_dir is not None:
            write_reports(store, settings, reports_dir)
        with lock:
            counts["clustering_passes"] += 1
    finally:
        store.conn.execute("select pg_advisory_unlock(%s)", [LOCK_KEYS["cluster"]])
    return False


def queue_status(conn: psycopg.Connection) -> QueueStatus:
    """Jobs pending, running and failed; per host: backlog, next allowed request, in flight."""
    pending, running, failed, expired = conn.execute(
        "select count(*) filter (where state = 'pending'), "
        "count(*) filter (where state = 'running' and leased_until >= now()), "
        "count(*) filter (where state = 'failed'), count(*) filter (where state = 'running' and leased_until < now()) "
        "from jobs").fetchone()
    hosts = tuple(HostBacklog(host=r[0], pending=r[1], running=r[2], failed=r[3], next_allowed_at=r[4],
                              in_flight=r[5]) for r in conn.execute(
        "select h.host, count(j.id) filter (where j.state = 'pending'), "
        "count(j.id) filter (where j.state = 'running'), "
        "count(j.id) filter (where j.state = 'failed'), h.next_allowed_at, h.in_flight from hosts h "
        "left join jobs j on j.host = h.host group by h.host "
        "order by count(j.id) filter (where j.state in ('pending', 'running')) desc, h.host limit %s", [HOSTS_SHOWN]))
    workers = tuple(r[0] for r in conn.execute("select distinct worker from jobs where state = 'running' "
                                               "and leased_until >= now() order by worker"))
    return QueueStatus(pending=pending, running=running, failed=failed, expired=expired, hosts=hosts, workers=workers)
