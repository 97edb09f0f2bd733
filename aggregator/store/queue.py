"""The shared work queue of `aggregator worker` on PostgreSQL: jobs claimed with
`SELECT … FOR UPDATE SKIP LOCKED`, and the per-host turns that keep every worker together
within each host's delay and concurrency limit.

A job or a turn held by a session that is gone (its worker was killed, or PostgreSQL restarted
and closed every session) stops counting towards its host's concurrency at once (`holder`, checked
against pg_stat_activity), not only when its lease or TTL runs out; the job itself is claimed
again only after its lease, since its worker may still be alive, fetching, and about to store it
on a new connection. A limiter that loses its connection reconnects and tries again.

Not a queue library and not a broker: a job must be claimed, fetched and stored *in the same
transaction as the article it produces* (so a page is marked done exactly when its article is
in), which a library with its own connection and job table cannot join; and the politeness
state every job needs (`hosts`) lives in the same database. The worker loop that uses this is
aggregator/workers.py.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlparse

import psycopg
from psycopg.types.json import Jsonb

from ..config.settings import Settings
from ..models import FeedEntry, Source
from ..runs import HostBacklog, QueueStatus
from .pgconn import close_quietly, connect, connection_lost, one_row, rolled_back

logger = logging.getLogger(__name__)

# Added to each host's delay, which counts from when a request is stamped as sent (after its
# headers were written): covers the difference between the client's and the host's clocks of
# arrival, e.g. the host's own thread waiting for a CPU before it notes the request. Measured
# in tests/test_workers.py (3 workers, 1,000 pages, delay 0.1 s): the shortest gap the hosts saw.
HOST_DELAY_MARGIN = 0.1
# A turn outlives its request by this much before it is taken as a dead worker's (expired).
TURN_TTL_MARGIN = 2.0
TURN_POLL = 0.02  # longest sleep while waiting for a host's turn (seconds)
HOSTS_SHOWN = 20  # hosts listed by `aggregator status`, largest backlog first
# How long a request waits for a lost database to come back (reconnecting with backoff) before
# it fails: a PostgreSQL restart takes seconds.
RECONNECT_PATIENCE = 60.0
RECONNECT_FIRST, RECONNECT_MAX = 0.2, 5.0  # seconds between reconnection attempts: first, doubled up to
# A limiter transaction, or a worker's write, that PostgreSQL rolled back (a deadlock, a
# serialization failure) is run again up to this many times: each is short, so a second try
# goes through.
ROLLED_BACK_RETRIES = 3

# A session's identity: its backend pid and the server's start (a restart ends every session,
# and a pid may be reused after one). `pg_stat_activity` shows every session's pid to any role.
_SESSION = "{pid} || '@' || extract(epoch from pg_postmaster_start_time())"
HOLDER = f"({_SESSION.format(pid='pg_backend_pid()')})"  # this connection's session
LIVE_HOLDERS = f"(select {_SESSION.format(pid='pid')} from pg_stat_activity)"


@dataclass(frozen=True)
class Job:
    id: int
    kind: str  # feed | sitemap | page
    key: str
    source: str
    payload: dict
    attempts: int




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
        payload: dict[str, object] = {
            "url": entry.url, "feed_url": entry.feed_url, "title": entry.title, "summary": entry.summary,
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
        """The next job whose host has a free slot, oldest first, or one whose lease ran out.
        A slot is taken by a running job whose lease holds and whose session is alive."""
        with self.conn.transaction():
            row = self.conn.execute(
                f"with live as ({LIVE_HOLDERS[1:-1]}) "
                "select j.id, j.kind, j.key, j.source, j.payload, j.attempts "
                "from jobs j join hosts h on h.host = j.host "
                "where ((j.state = 'pending' and j.not_before <= now()) "
                "or (j.state = 'running' and j.leased_until < now())) "
                "and (select count(*) from jobs r where r.host = j.host and r.state = 'running' "
                "and r.leased_until >= now() and (r.holder is null or r.holder in (select * from live))) "
                "< h.concurrency "
                "order by h.next_allowed_at, j.id limit 1 for update of j skip locked").fetchone()
            if row is None:
                return None
            self.conn.execute("update jobs set state = 'running', worker = %s, attempts = attempts + 1, "
                              f"leased_until = now() + make_interval(secs => %s), holder = {HOLDER}, "
                              "updated_at = now() where id = %s", [self.worker, self.settings.job_lease, row[0]])
        return Job(id=row[0], kind=row[1], key=row[2], source=row[3], payload=row[4], attempts=row[5] + 1)

    def adopt(self) -> int:
        """After reconnecting: this worker's running jobs are held by this session (they count
        towards their hosts' concurrency again); returns how many."""
        return self.conn.execute(f"update jobs set holder = {HOLDER} where worker = %s and state = 'running' "
                                 "and leased_until >= now()", [self.worker]).rowcount

    def release(self, job: Job, error: str) -> None:
        """Back to pending at once, its claim not counted: the database, not the job, failed."""
        self.conn.execute(
            "update jobs set state = 'pending', worker = null, leased_until = null, holder = null, "
            "last_error = %s, not_before = now(), attempts = greatest(attempts - 1, 0), updated_at = now() "
            "where id = %s and worker = %s and state = 'running'", [error[:500], job.id, self.worker])

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
        return bool(one_row(
            self.conn, "select exists (select 1 from jobs where (kind = 'page' and state in ('pending', 'running')) "
            "or (state = 'running' and leased_until >= now()) "
            "or (state = 'pending' and not_before <= now()))")[0])


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

    def _reconnecting(self, what: str, step):  # -> step's value
        """`step(conn)`, on a new connection after a lost one (a PostgreSQL restart), waiting
        with backoff up to RECONNECT_PATIENCE seconds for the server to come back."""
        deadline, wait, retries = time.monotonic() + RECONNECT_PATIENCE, RECONNECT_FIRST, 0
        while True:
            try:
                return step(self._conn())
            except Exception as exc:
                if rolled_back(exc) and retries < ROLLED_BACK_RETRIES:
                    retries += 1  # PostgreSQL's remedy for a transaction it chose to roll back: run it again
                    logger.info("%s (%s): %s; trying again", what, self.worker, type(exc).__name__)
                    time.sleep(RECONNECT_FIRST * retries)
                    continue
                if not connection_lost(exc) or time.monotonic() + wait > deadline:
                    raise
                logger.warning("%s (%s): database connection lost (%s: %s); reconnecting in %.1f s", what,
                               self.worker, type(exc).__name__, (str(exc).strip().splitlines() or [""])[0], wait)
                close_quietly(getattr(self._local, "conn", None))
                self._local.conn = None
                time.sleep(wait)
                wait = min(wait * 2, RECONNECT_MAX)

    def __call__(self, host: str) -> _Turn:
        return _Turn(self, host)

    def acquire(self, host: str) -> int:
        while True:
            turn = self._reconnecting(f"a turn at {host}", lambda conn: self._try_turn(conn, host))
            if isinstance(turn, int):
                return turn
            time.sleep(min(max(turn, TURN_POLL), 1.0) if turn > 0 else TURN_POLL)

    def _try_turn(self, conn: psycopg.Connection, host: str) -> int | float:
        """A turn's id, or (a float) the seconds until the host's next request may start.

        A turn is granted while the host has fewer than its concurrency in flight, its delay has
        passed since the last request went out, and no granted turn is still waiting to send."""
        while True:
            with conn.transaction():
                row = conn.execute("select concurrency, extract(epoch from next_allowed_at - clock_timestamp()) "
                                   "from hosts where host = %s for update", [host]).fetchone()
                if row is None:  # a host met through a redirect: known from now on
                    conn.execute("insert into hosts (host, delay, concurrency) values (%s, %s, %s) "
                                 "on conflict do nothing",
                                 [host, self.settings.per_host_delay, self.settings.per_host_concurrency])
                    continue
                concurrency, wait = row[0], float(row[1])
                # expired turns, and those of a session that is gone (a killed worker, a restart)
                unstamped = one_row(conn, "with gone as (delete from host_turns where host = %s and "
                                    "(expires_at < clock_timestamp() or (holder is not null and holder not in "
                                    f"{LIVE_HOLDERS})) returning sent_at) "
                                    "select count(*) filter (where sent_at is null) from gone", [host])[0]
                if unstamped:  # its worker may have sent the request and died before stamping it, as
                    # release() assumes of a turn that ends unstamped: the delay counts from now
                    wait = max(wait, float(one_row(
                        conn, "update hosts set next_allowed_at = greatest(next_allowed_at, clock_timestamp() + "
                        "make_interval(secs => delay + %s)) where host = %s "
                        "returning extract(epoch from next_allowed_at - clock_timestamp())",
                        [HOST_DELAY_MARGIN, host])[0]))
                in_flight, unsent = one_row(conn, "select count(*), count(*) filter (where sent_at is null) "
                                            "from host_turns where host = %s", [host])
                if in_flight < concurrency and unsent == 0 and wait <= 0:
                    turn = one_row(conn, "insert into host_turns (host, worker, started_at, expires_at, holder) "
                                   "values (%s, %s, clock_timestamp(), clock_timestamp() + make_interval(secs => %s), "
                                   f"{HOLDER}) returning id", [host, self.worker, self.ttl])[0]
                    conn.execute("update hosts set in_flight = %s where host = %s", [in_flight + 1, host])
                    return int(turn)
                return max(wait, 0.0)

    def sent(self, host: str, turn: int) -> None:
        """The turn's request has gone out: the host's next request may start a delay later.
        Stamped after the write, so the stamp can only be later than the request, never earlier."""
        def step(conn: psycopg.Connection) -> None:
            with conn.transaction():
                _lock_host(conn, host)
                conn.execute("update host_turns set sent_at = clock_timestamp() where id = %s", [turn])
                conn.execute("update hosts set next_allowed_at = clock_timestamp() + "
                             "make_interval(secs => delay + %s) where host = %s", [HOST_DELAY_MARGIN, host])
        self._reconnecting(f"a request to {host}", step)

    def release(self, host: str, turn: int) -> None:
        def step(conn: psycopg.Connection) -> None:
            with conn.transaction():
                _lock_host(conn, host)
                row = conn.execute("delete from host_turns where id = %s returning sent_at", [turn]).fetchone()
                if row is not None and row[0] is None:  # failed before sending, or sent unseen: to be safe,
                    conn.execute("update hosts set next_allowed_at = greatest(next_allowed_at, clock_timestamp() + "
                                 "make_interval(secs => delay + %s)) where host = %s", [HOST_DELAY_MARGIN, host])
                conn.execute("update hosts set in_flight = (select count(*) from host_turns t where t.host = %s "
                             "and t.expires_at >= clock_timestamp()) where host = %s", [host, host])
        self._reconnecting(f"a request to {host}", step)


def _lock_host(conn: psycopg.Connection, host: str) -> None:
    """Lock the host's row before its turns: every limiter transaction takes the two tables in one
    order (hosts, then host_turns), as a turn's grant does. Stamping and releasing took host_turns
    first, and a release could deadlock with a grant; the release then failed the page, which was
    fetched again (tests/test_recovery.py, a worker across a PostgreSQL restart)."""
    conn.execute("select 1 from hosts where host = %s for update", [host])


class _Turn:
    def __init__(self, limiter: SharedHostLimiter, host: str):
        self.limiter, self.host, self.turn, self.done = limiter, host, 0, False

    def __enter__(self) -> _Turn:
        self.turn = self.limiter.acquire(self.host)
        return self

    def sent(self) -> None:
        if not self.done:
            self.done = True
            try:
                self.limiter.sent(self.host, self.turn)
            except Exception as exc:  # the request is out: it must not fail for want of the stamp
                self._lost("stamp", exc)

    def __exit__(self, *exc: object) -> None:
        try:
            self.limiter.release(self.host, self.turn)
        except Exception as error:  # the answer is in hand: keep it; the turn expires (or its session is gone)
            self._lost("release", error)

    def _lost(self, what: str, exc: Exception) -> None:
        if not connection_lost(exc):
            raise exc
        logger.warning("could not %s turn %d at %s, the database is unavailable (%s); it expires by itself",
                       what, self.turn, self.host, (str(exc).strip().splitlines() or [type(exc).__name__])[0])


def queue_status(conn: psycopg.Connection) -> QueueStatus:
    """Jobs pending, running and failed; per host: backlog, next allowed request, in flight."""
    pending, running, failed, expired = one_row(
        conn, "select count(*) filter (where state = 'pending'), "
        "count(*) filter (where state = 'running' and leased_until >= now()), "
        "count(*) filter (where state = 'failed'), count(*) filter (where state = 'running' and leased_until < now()) "
        "from jobs")
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

