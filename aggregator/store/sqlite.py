"""SQLite storage through sqlite-utils: the default backend, one file on one machine.

The file opens in Datasette and the sqlite-utils CLI as it is: plain tables, ISO-8601 text
dates, JSON lists, an FTS5 index on articles. Raw HTML is kept gzip-compressed so that a better
extractor can be re-run later without re-fetching. What the store does is written once for both
backends (store/sqlbase.py, store/sqlevents.py); this module holds what is SQLite's own: opening
and migrating the file, its transactions, the dialect hooks, the online backup and FTS5 search.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError
from .names import check_schema
from .rows import from_iso
from .sqlevents import SqlStore
from .sqlite_schema import MIGRATION_SET, MIGRATIONS, migrations

if TYPE_CHECKING:
    import sqlite_utils

logger = logging.getLogger(__name__)
# Seconds a connection waits for another process's write before failing. Runs are serialised by
# the run lock, so this only covers a reader-side migration or a hand-run `merge` meeting a run's
# commit; long enough for any single transaction the pipeline makes (clustering's is the longest).
DEFAULT_BUSY_TIMEOUT = 60.0


class Store(SqlStore):
    """The project's database. Opening it applies pending migrations, unless `read_only`.

    `create=False` (read-only commands) refuses a missing file instead of creating one. A
    database written by a newer aggregator (migrations this code does not know) is refused.
    `read_only` (`aggregator serve`) implies `create=False`, refuses writes on the connection
    (`pragma query_only`) and never migrates: an out-of-date database is one `ConfigError` line
    naming `aggregator db migrate`. Every connection waits up to `busy_timeout` seconds for
    another writer before it fails.
    """

    def __init__(self, path: Path | str, *, create: bool = True, busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
                 read_only: bool = False):
        path = Path(path)
        if (read_only or not create) and not path.exists():
            raise ConfigError(f"{path}: no database here yet (run `aggregator run` or `aggregator import` first)")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.conn: sqlite3.Connection = sqlite3.connect(str(path), timeout=busy_timeout)
            self.conn.execute(f"pragma busy_timeout = {int(busy_timeout * 1000)}")
            # WAL + synchronous=NORMAL: still crash-safe (a power cut may lose the last
            # commits, never corrupt the file), and no fsync per commit on the hot paths.
            self.conn.execute("pragma synchronous = normal")
            if read_only:
                self.conn.execute("pragma query_only = 1")
            applied = self.migrations_applied()
        except sqlite3.DatabaseError as exc:  # not a database, unreadable, locked past the timeout
            raise ConfigError(f"{path}: cannot open database: {exc}") from None
        self._db: sqlite_utils.Database | None = None
        known = [step.__name__ for step in MIGRATIONS]
        if read_only:
            check_schema(path, applied, known)
        elif applied != known:  # new, older or newer than this code: sqlite-utils' migrations decide
            self._migrate(path)
        self.path = path

    @property
    def db(self) -> sqlite_utils.Database:
        """The connection as a sqlite-utils Database (imported on first use: writes, migrations,
        Datasette-style table access), for code and tests that want its helpers."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def migrations_applied(self) -> list[str]:
        """Names of the migrations this database has run, in the order it ran them."""
        try:
            return [r[0] for r in self.conn.execute(
                "select name from _sqlite_migrations where migration_set = ? order by rowid",
                [MIGRATION_SET])]
        except sqlite3.OperationalError:  # no migrations table: a new database
            return []

    def _migrate(self, path: Path) -> None:
        runner = migrations()
        try:
            self.db.enable_wal()
            known = {step.__name__ for step in MIGRATIONS}
            unknown = [name for name in self.migrations_applied() if name not in known]
        except sqlite3.DatabaseError as exc:
            raise ConfigError(f"{path}: cannot open database: {exc}") from None
        if unknown:
            raise ConfigError(f"{path}: written by a newer aggregator (schema {unknown[-1]}); "
                              "upgrade aggregator to use it")
        try:
            runner.apply(self.db)
        except Exception as exc:  # a migration's own bug is named as such, not as an unreadable file
            left = runner.pending(self.db)
            if left:  # not a race with another process that applied the same migration first
                logger.debug("migration %s failed", left[0].name, exc_info=True)
                raise ConfigError(f"{path}: schema migration {left[0].name} failed: "
                                  f"{type(exc).__name__}: {exc}") from None
            logger.info("%s: another process applied the pending migrations first", path)

    def backup(self, dest: Path | str) -> Path:
        """A consistent copy of the database while runs may be writing (SQLite's online backup:
        a snapshot, not a file copy that could catch a half-written page or miss the WAL)."""
        dest = Path(dest)
        if dest.exists():
            raise ConfigError(f"{dest}: already exists; choose a new file for the backup")
        dest.parent.mkdir(parents=True, exist_ok=True)
        target = sqlite3.connect(str(dest))
        try:
            self.conn.backup(target)
        finally:
            target.close()
        return dest

    # --- dialect hooks (store/sqlbase.py) ------------------------------------------------------
    def atomic(self) -> AbstractContextManager[Any]:
        """One transaction for several writes (nested calls become savepoints)."""
        if self.conn.in_transaction:
            return self.db.atomic()  # a savepoint inside the open transaction
        return self._immediate()

    @contextmanager
    def _immediate(self) -> Iterator[None]:
        """BEGIN IMMEDIATE, not sqlite-utils' deferred BEGIN: the write lock is taken (waiting
        up to the busy timeout) before the first statement. A deferred transaction meeting
        another connection's write can fail at once with "database is locked" instead of waiting
        (tests/test_store_contract.py: two connections storing the same page)."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        # Plain SQL, not sqlite-utils' table helpers: those re-read the schema on every call.
        return self.conn.execute(sql, list(params))

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    def _insert_id(self, sql: str, params: Sequence[Any]) -> int:
        return int(self._execute(sql, params).lastrowid or 0)

    def _in(self, column: str, values: Iterable[Any]) -> tuple[str, Any]:
        # One JSON array parameter, however long the list (SQLite caps the number of parameters).
        return f"{column} in (select value from json_each(?))", json.dumps(list(values))

    def _time(self, value: Any) -> datetime | None:
        return from_iso(value)

    def _time_text(self, value: Any) -> str | None:
        return None if value is None else str(value)  # stored as ISO-8601 text already

    # --- SQLite's own -----------------------------------------------------------------------------
    SEARCH_SQL = ("select a.id, a.source, a.title, a.url, a.published, ea.event_id, "
                  "snippet(articles_fts, 1, char(57344), char(57345), ' … ', 16) "
                  "from articles_fts join articles a on a.rowid = articles_fts.rowid "
                  "left join event_articles ea on ea.article_id = a.id "
                  "where articles_fts match ? order by bm25(articles_fts) limit ? offset ?")

    def exclusive(self, name: str) -> AbstractContextManager[Any]:
        """Hold the database-wide lock `name` for work that must have one writer: nothing to
        do here, every writer of the file already holds the run lock (store/locks.py)."""
        return nullcontext()

    def queue_status(self) -> None:
        """No shared work queue: the workers of `aggregator worker` need PostgreSQL."""
        return None
