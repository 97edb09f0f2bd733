"""`aggregator worker`: ingestion by many processes on many machines sharing one PostgreSQL.

The queue is PostgreSQL's own `SELECT … FOR UPDATE SKIP LOCKED` over a `jobs` table
(store/queue.py, which says why not a queue library or a broker).

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
- A lost database connection (PostgreSQL restarted) does not stop a worker thread: it waits with
  backoff, reconnects and goes on; a page already fetched is stored on the new connection rather
  than fetched again, and a job interrupted before that goes back to the queue. An unexpected
  exception in one job costs that job a try (a log row names it), not the thread.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from pathlib import Path

from .config.settings import Settings
from .errors import AggregatorError, ConfigError
from .ingest.crawl import (
    MAX_PAGE_ATTEMPTS,
    PageJob,
    fetch_feed,
    fetch_page,
    page_job_for,
    read_fetched_feed,
    save_validators,
    store_page,
)
from .ingest.fetch import Fetcher
from .models import FeedEntry, Source
from .store.names import display_name
from .store.pgconn import close_quietly, connection_lost, rolled_back
from .store.postgres import PgStore
from .store.postgres_schema import LOCK_KEYS
from .store.queue import RECONNECT_FIRST, RECONNECT_MAX, ROLLED_BACK_RETRIES, Job, Queue, SharedHostLimiter

logger = logging.getLogger(__name__)

IDLE_POLL = 0.5  # a worker with nothing to claim looks again after this long
MAX_RETRY_DELAY = 600.0  # a failing page is tried again after backoff * 2^attempts, at most this


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass(frozen=True)
class WorkerReport:
    """What one `aggregator worker` process did."""

    jobs: int
    pages_stored: int
    pages_failed: int
    feeds_fetched: int
    clustering_passes: int


def run_worker(settings: Settings, sources: list[Source], *, threads: int | None = None, until_idle: bool = False,
               reports_dir: Path | None = None, stop: threading.Event | None = None) -> WorkerReport:
    """Claim and run jobs until stopped (or, `until_idle`, until nothing is left to do)."""
    url = settings.database
    if not url.startswith(("postgresql://", "postgres://")):
        raise ConfigError(f"{display_name(url)}: `aggregator worker` needs a PostgreSQL database "
                          "(--db postgresql://…)")
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


class _Session:
    """A worker thread's store and queue, opened again (after a backoff) when the connection is lost."""

    def __init__(self, url: str, name: str, settings: Settings, stop: threading.Event):
        self.url, self.name, self.settings, self.stop = url, name, settings, stop
        self.store: PgStore | None = None
        self.queue: Queue | None = None
        self.pause = 0.0  # before reconnecting after a loss: grows while losses follow each other

    def open(self) -> bool:
        """Connected (True), or stopped while waiting for the database to come back (False)."""
        wait = RECONNECT_FIRST
        while self.store is None or self.queue is None:
            try:
                store = PgStore(self.url)
                queue = Queue(store.conn, self.name, self.settings)
                adopted = queue.adopt()
            except Exception as exc:
                if not connection_lost(exc):
                    raise
                logger.warning("worker %s: database unavailable (%s); trying again in %.1f s", self.name,
                               _first_line(exc), wait)
                if self.stop.wait(wait):
                    return False
                wait = min(wait * 2, RECONNECT_MAX)
                continue
            if adopted or wait > RECONNECT_FIRST:
                logger.info("worker %s: connected again; %d running jobs held", self.name, adopted)
            self.store, self.queue = store, queue
        return True

    def lost(self, exc: BaseException) -> None:
        """Drop the lost connection and wait a little (longer each time the new one is lost too)."""
        self.pause = min(max(self.pause * 2, RECONNECT_FIRST), RECONNECT_MAX)
        logger.warning("worker %s (%s): database connection lost (%s: %s); reconnecting in %.1f s", self.name,
                       threading.current_thread().name, type(exc).__name__, _first_line(exc), self.pause)
        self.close()
        self.stop.wait(self.pause)

    def ok(self) -> None:
        self.pause = 0.0

    def close(self) -> None:
        if self.store is not None:
            close_quietly(self.store.conn)
        self.store = self.queue = None

    def persist(self, write: Callable[[PgStore, Queue], object]) -> bool:
        """`write(store, queue)` (one transaction), reconnecting until it is written (a fetched page
        is stored on a new connection, not fetched again) and running it again, a few times, when
        the server rolled it back (a deadlock with another worker); False if the worker was stopped
        first."""
        retries = 0
        while self.open():
            assert self.store is not None and self.queue is not None
            try:
                write(self.store, self.queue)
                self.ok()
                return True
            except Exception as exc:
                if rolled_back(exc) and retries < ROLLED_BACK_RETRIES:
                    retries += 1
                    logger.info("worker %s: %s; writing again", self.name, _first_line(exc))
                    self.stop.wait(RECONNECT_FIRST * retries)
                    continue
                if not connection_lost(exc):
                    raise
                self.lost(exc)
        return False


def _loop(url: str, settings: Settings, sources: dict[str, Source], fetcher: Fetcher, pool: ThreadPoolExecutor,
          name: str, until_idle: bool, reports_dir: Path | None, stop: threading.Event, counts: Counter,
          errors: list[str], lock: threading.Lock) -> None:
    session = _Session(url, name, settings, stop)
    try:
        while not stop.is_set() and session.open():
            assert session.store is not None and session.queue is not None
            job = None
            try:
                job = session.queue.claim()
                if job is None:
                    if _idle(session.store, session.queue, settings, reports_dir, counts, lock) and until_idle:
                        return
                    stop.wait(IDLE_POLL)
                    continue
                done = _run_job(session, fetcher, pool, job, settings, sources)
                session.ok()
            except Exception as exc:
                if connection_lost(exc):
                    session.lost(exc)
                    if job is not None:  # interrupted before its end was written: back in the queue
                        session.persist(partial(_release, job))
                    continue
                if job is None:  # not a job's fault (clustering, the claim itself): the thread stops
                    raise
                done = _job_failed(session, job, exc, settings)
            with lock:
                counts["jobs"] += 1
                counts[done] += 1
    except Exception as exc:  # a thread that dies says why; the others go on and its job's lease runs out
        logger.exception("worker thread %s stopped", threading.current_thread().name)
        with lock:
            errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        session.close()


def _release(job: Job, store: PgStore, queue: Queue) -> None:
    queue.release(job, "database connection lost")


def _job_failed(session: _Session, job: Job, exc: Exception, settings: Settings) -> str:
    """An unexpected exception in one job (a bug, hostile input): logged with a row naming the
    job, which is tried again after a backoff like a failed fetch; the worker goes on."""
    error = f"unexpected {type(exc).__name__}: {_first_line(exc)}"
    logger.error("worker %s: job %s (%s, attempt %d) failed: %s", session.name, job.id, job.key, job.attempts, error,
                 exc_info=exc)
    url = str(job.payload.get("url") or job.key)

    def write(store: PgStore, queue: Queue) -> None:
        note = ""
        with store.atomic():
            if job.attempts < MAX_PAGE_ATTEMPTS:
                queue.again_after(job, min(settings.backoff * 2 ** job.attempts, MAX_RETRY_DELAY), error)
            elif job.kind == "page":
                queue.fail(job, error)
                note = f" (failed {MAX_PAGE_ATTEMPTS} times: given up)"
            else:  # a feed or sitemap: given up until its next interval, not for good
                queue.again_after(job, settings.feed_interval, error, reset=True)
                note = f" (failed {MAX_PAGE_ATTEMPTS} times: next try in {settings.feed_interval:g} s)"
            store.log(job.kind, url, f"job {job.key}: {error}{note}", source=job.source)

    session.persist(write)
    return "jobs_failed"


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _run_job(session: _Session, fetcher: Fetcher, pool: ThreadPoolExecutor, job: Job, settings: Settings,
             sources: dict[str, Source]) -> str:
    assert session.store is not None and session.queue is not None
    source = sources.get(job.source)
    if source is None:  # the outlet left this worker's sources.yaml: its jobs go with it
        session.queue.done(job)
        return "dropped"
    if job.kind in ("feed", "sitemap"):
        return _feed_job(session.store, session.queue, fetcher, pool, job, source, settings)
    return _page_job(session, fetcher, job, source, settings)


def _feed_job(store: PgStore, queue: Queue, fetcher: Fetcher, pool: ThreadPoolExecutor, job: Job, source: Source,
              settings: Settings) -> str:
    url = job.payload["url"]
    result = fetch_feed(fetcher, source, url, store.feed(url))
    counts: Counter[str] = Counter()
    entries, validators = read_fetched_feed(store, source, url, job.kind, result, settings, counts, (fetcher, pool))
    from .urls import canonical_url

    # Pages are queued and the feed's validators stored in one transaction: a crash before the
    # commit fetches the feed again, one after finds every page it announced in the queue.
    with store.atomic():
        for entry in entries:
            if page_job_for(store, source, entry, counts) is not None:
                queue.enqueue_page(source.name, entry, canonical_url(entry.url))
        for found in validators:
            save_validators(store, found)
        queue.again_after(job, settings.feed_interval, reset=True)
    return "feeds_fetched"


def _page_job(session: _Session, fetcher: Fetcher, job: Job, source: Source, settings: Settings) -> str:
    p = job.payload
    entry = FeedEntry(source=source.name, feed_url=p.get("feed_url") or "", url=p["url"], title=p.get("title") or "",
                      summary=p.get("summary") or "", published=_when(p.get("published")),
                      updated=_when(p.get("updated")))
    fetched = fetch_page(fetcher, PageJob(source, entry, tuple(p.get("aliases") or ())), settings)
    if fetched.error:
        def failed(store: PgStore, queue: Queue) -> None:
            with store.atomic():
                if job.attempts >= MAX_PAGE_ATTEMPTS:
                    queue.fail(job, fetched.error)
                    store.log("page", entry.url, f"{fetched.error} (failed {MAX_PAGE_ATTEMPTS} times: given up)",
                              source=source.name)
                else:
                    queue.again_after(job, min(settings.backoff * 2 ** job.attempts, MAX_RETRY_DELAY), fetched.error)
                    store.log("page", entry.url, fetched.error, source=source.name)
        session.persist(failed)
        return "pages_failed"

    def stored(store: PgStore, queue: Queue) -> None:
        with store.atomic():  # the article, its log row and the job's end: all or nothing
            store_page(store, fetched, Counter(), settings)
            queue.done(job)
    # fetched once: a lost connection is opened again and the page stored, not fetched again
    return "pages_stored" if session.persist(stored) else "interrupted"


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
    locked = store.conn.execute("select pg_try_advisory_lock(%s)", [LOCK_KEYS["cluster"]]).fetchone()
    if locked is None or not locked[0]:  # (the select always returns one row)
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
