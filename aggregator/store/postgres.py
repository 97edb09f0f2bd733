"""The PostgreSQL store: the SQLite store's behaviour on one server shared by many machines.

What a store does is written once for both backends (store/sqlbase.py, store/sqlevents.py;
tests/test_store_contract.py runs the same assertions on both). This module holds what is
PostgreSQL's own, chiefly because here many processes on many machines write at once:
- connecting, and migrating under an advisory lock so that one process migrates at a time;
- one connection per store object, in autocommit mode, with `atomic()` as a transaction
  (nested: a savepoint); a thread that writes needs its own store;
- work that must have one writer (a whole `run`, a clustering pass) holds a PostgreSQL advisory
  lock (`exclusive`, `writer_lock`), released by the server when the holder's connection dies;
- the dialect hooks (`%s` placeholders, arrays for lists, timestamptz), the shared work queue's
  status, and full-text search on the stored `tsvector`.
A new article is `INSERT … ON CONFLICT DO NOTHING` (shared code): however many workers fetched
the same page, one row is stored and the others see "unchanged".
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from typing import Any

import psycopg

from ..errors import BusyError, ConfigError
from ..runs import QueueStatus
from .names import check_schema, display_name
from .pgconn import connect, one_row
from .postgres_schema import LOCK_KEYS, MIGRATIONS, MIGRATIONS_TABLE
from .queue import queue_status
from .rows import iso, utc
from .sqlevents import SqlStore

logger = logging.getLogger(__name__)

# Poll interval while waiting for another process's advisory lock (as the file lock polls).
LOCK_POLL = 0.2


def _scalar(conn: psycopg.Connection[Any], sql: str, params: Sequence[Any]) -> Any:
    """The one value of a query that always returns one row."""
    return one_row(conn, sql, params)[0]


def _pg(sql: str) -> str:
    """The shared statements' `?` placeholders as psycopg's `%s` (they hold no literal `?` or `%`)."""
    return sql.replace("?", "%s")


class PgStore(SqlStore):
    """The project's database on PostgreSQL. Opening it applies pending migrations, unless
    `read_only`.

    `create=False` (read-only commands) refuses a database that has no aggregator schema yet;
    a schema with migrations this code does not know (a newer aggregator) is refused.
    `read_only` (`aggregator serve`) implies `create=False`, makes the session's transactions
    read-only and never migrates: an out-of-date schema is one line naming `aggregator db migrate`.
    """

    FOR_UPDATE = " for update"  # two workers failing on the same page count both attempts

    def __init__(self, url: str, *, create: bool = True, read_only: bool = False):
        self.url = url
        self.path = display_name(url)  # what messages call the database (SQLite: its file)
        self.conn: psycopg.Connection[Any] = connect(url)
        exists = _scalar(self.conn, "select to_regclass(%s)", [MIGRATIONS_TABLE]) is not None
        if not exists and (read_only or not create):
            raise ConfigError(f"{self.path}: no aggregator database here yet "
                              "(run `aggregator run` or `aggregator db copy` first)")
        if read_only:
            self.conn.execute("set default_transaction_read_only = on")
            check_schema(url, self.migrations_applied(), [name for name, _ in MIGRATIONS])
            return
        self._migrate()

    def _migrate(self) -> None:
        known = [name for name, _ in MIGRATIONS]
        with self.conn.transaction():  # one process migrates; the others wait, then find nothing to do
            self.conn.execute("select pg_advisory_xact_lock(%s)", [LOCK_KEYS["migrate"]])
            self.conn.execute(f"create table if not exists {MIGRATIONS_TABLE} "
                              "(name text primary key, applied_at timestamptz)")
            applied = {r[0] for r in self.conn.execute(f"select name from {MIGRATIONS_TABLE}")}
            unknown = sorted(applied - set(known))
            if unknown:
                raise ConfigError(f"{self.path}: written by a newer aggregator (schema {unknown[-1]}); "
                                  "upgrade aggregator to use it")
            for name, steps in MIGRATIONS:
                if name in applied:
                    continue
                try:
                    with self.conn.transaction():
                        for sql in steps:
                            self.conn.execute(sql)
                        self.conn.execute(f"insert into {MIGRATIONS_TABLE} values (%s, now())", [name])
                except psycopg.Error as exc:
                    raise ConfigError(f"{self.path}: schema migration {name} failed: {exc}".strip()) from None
                logger.info("%s: applied migration %s", self.path, name)

    def migrations_applied(self) -> list[str]:
        return [r[0] for r in self.conn.execute(f"select name from {MIGRATIONS_TABLE} order by name")]

    def close(self) -> None:
        self.conn.close()

    def backup(self, dest: object) -> None:
        raise ConfigError(f"{self.path}: back up a PostgreSQL database with pg_dump, or copy it into a "
                          "SQLite file with `aggregator db copy`")

    @contextmanager
    def exclusive(self, name: str) -> Iterator[None]:
        """Hold advisory lock `name` for work that must have one writer across all machines
        (a clustering pass: event ids stay stable). Released if this process dies."""
        key = LOCK_KEYS[name]
        self.conn.execute("select pg_advisory_lock(%s)", [key])
        try:
            yield
        finally:
            self.conn.execute("select pg_advisory_unlock(%s)", [key])

    def queue_status(self) -> QueueStatus:
        return queue_status(self.conn)

    # --- dialect hooks (store/sqlbase.py) ------------------------------------------------------
    def atomic(self) -> AbstractContextManager[Any]:
        """One transaction for several writes (nested calls become savepoints)."""
        return self.conn.transaction()

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> psycopg.Cursor[Any]:
        return self.conn.execute(_pg(sql), list(params))

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(_pg(sql), rows)

    def _write(self, sql: str, params: Sequence[Any] = ()) -> psycopg.Cursor[Any]:
        return self._execute(sql, params)  # autocommit: one statement is its own transaction

    def _insert_id(self, sql: str, params: Sequence[Any]) -> int:
        row = self._execute(sql + " returning id", params).fetchone()
        if row is None:
            raise RuntimeError(f"{self.path}: an insert returned no id")
        return int(row[0])

    def _in(self, column: str, values: Iterable[Any]) -> tuple[str, Any]:
        return f"{column} = any(?)", list(values)  # one array parameter

    def _time(self, value: Any) -> datetime | None:
        return utc(value)

    def _time_text(self, value: Any) -> str | None:
        return iso(value)

    # --- PostgreSQL's own -------------------------------------------------------------------------
    SEARCH_SQL = ("select a.id, a.source, a.title, a.url, a.published, ea.event_id, "
                  "ts_headline('simple', a.text, q, 'StartSel=\ue000, StopSel=\ue001, MaxWords=16, MinWords=8') "
                  "from articles a cross join websearch_to_tsquery('simple', ?) q "
                  "left join event_articles ea on ea.article_id = a.id "
                  "where a.fts @@ q order by ts_rank(a.fts, q) desc, a.id limit ? offset ?")


# --- the writer lock on PostgreSQL (store/locks.py picks these for a postgresql:// database) --------
@contextmanager
def writer_lock(url: str, wait: float) -> Iterator[None]:
    """Hold the database-wide writer lock (an advisory lock on its own connection), waiting up
    to `wait` seconds: the counterpart of the SQLite file lock, held by whole runs."""
    conn = connect(url)
    try:
        deadline = time.monotonic() + max(wait, 0.0)
        while not _scalar(conn, "select pg_try_advisory_lock(%s)", [LOCK_KEYS["writer"]]):
            if time.monotonic() >= deadline:
                waited = f" after waiting {wait:g} s" if wait > 0 else ""
                raise BusyError(f"{display_name(url)}: another aggregator process is writing to this "
                                f"database{waited} (advisory lock {LOCK_KEYS['writer']})")
            time.sleep(LOCK_POLL)
        logger.debug("holding the writer lock of %s", display_name(url))
        yield
    finally:
        conn.close()  # closing the session releases the lock


def writer_active(url: str) -> bool:
    """Whether some session holds the writer lock now."""
    conn = connect(url)
    try:
        return bool(_scalar(conn, "select count(*) from pg_locks where locktype = 'advisory' and granted "
                                  "and classid = 0 and objid = %s", [LOCK_KEYS["writer"]]))
    finally:
        conn.close()
