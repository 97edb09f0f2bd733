"""One writer at a time: the run lock beside the database file.

Cron may start a run while the previous one is still going, and a user may import by hand
meanwhile. SQLite serialises single writes but not whole runs: two interleaved runs would fetch
the same pages twice and cluster the same articles in two passes. So every command that writes
takes an exclusive lock on `<database>.lock` first (filelock: an OS-level `flock`, released by the
kernel when the process dies, so a run killed with -9 never leaves a stale lock behind).
Readers (`events`, `compare`, `status`) take no lock: WAL lets them read while a run writes.
On PostgreSQL the same lock is a server-side advisory lock (pgstore.writer_lock), held by a
session and released by the server when the holder dies, so it works across machines.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from ..errors import BusyError
from .names import is_postgres, sqlite_path

logger = logging.getLogger(__name__)


def lock_path(db_path: Path | str) -> Path:
    return Path(f"{sqlite_path(db_path)}.lock")


@contextmanager
def writer_lock(db_path: Path | str, wait: float) -> Iterator[None]:
    """Hold the database's writer lock; wait up to `wait` seconds for it (0: not at all)."""
    if is_postgres(db_path):
        from .postgres import writer_lock as pg_writer_lock

        with pg_writer_lock(str(db_path), wait):
            yield
        return
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(path), thread_local=False)
    try:
        lock.acquire(timeout=max(wait, 0.0), poll_interval=0.2)
    except Timeout:
        waited = f" after waiting {wait:g} s" if wait > 0 else ""
        raise BusyError(f"{db_path}: another aggregator process is writing to this database{waited} "
                        f"(lock {path})") from None
    logger.debug("holding %s", path)
    try:
        yield
    finally:
        lock.release()


def writer_active(db_path: Path | str) -> bool:
    """Whether some process holds the writer lock now (a run or import in progress)."""
    if is_postgres(db_path):
        from .postgres import writer_active as pg_writer_active

        return pg_writer_active(str(db_path))
    path = lock_path(db_path)
    if not path.exists():
        return False
    lock = FileLock(str(path), thread_local=False)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        return True
    lock.release()
    return False
