"""PostgreSQL connections: opening one, telling a lost one from a failed statement, closing a
broken one, one-row queries.

Shared by the store (postgres.py) and the workers' queue (queue.py) without either importing the
other for it: the store reads the queue's status, so the queue must not import the store.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import psycopg

from ..errors import UnavailableError
from .names import display_name

logger = logging.getLogger(__name__)

# How long one connection attempt may take: a server that does not answer in this time is down
# or unreachable, and a cron run should say so rather than hang.
CONNECT_TIMEOUT = 10


def connect(url: str) -> psycopg.Connection[Any]:
    """An autocommit connection in UTC; a server that cannot be reached is a one-line error
    (`UnavailableError`, a `ConfigError`: the CLI prints it, serve and workers retry later)."""
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT)
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise UnavailableError(f"{display_name(url)}: cannot connect: {reason}") from None
    conn.execute("set time zone 'UTC'")
    return conn


# SQLSTATEs of a connection that is gone: class 08 (connection exception), the server shutting
# down (57P01 admin, 57P02 crash) or not yet accepting connections (57P03).
LOST_STATES = ("08", "57P01", "57P02", "57P03")


def connection_lost(exc: BaseException) -> bool:
    """Whether `exc` says the database connection is gone or cannot be had: the server restarted
    or went away (an OperationalError with no SQLSTATE, as "server closed the connection
    unexpectedly", or one of LOST_STATES), the connection was closed by then (InterfaceError), or
    a new one cannot be opened yet (UnavailableError). The remedy is the same for all: drop the
    connection, open a new one, try again. Other OperationalErrors (a deadlock, a full disk, a
    cancelled statement) are the statement's, not the connection's: reconnecting would not help."""
    if isinstance(exc, (psycopg.InterfaceError, UnavailableError)):
        return True
    if isinstance(exc, psycopg.OperationalError):
        return not exc.sqlstate or exc.sqlstate.startswith(LOST_STATES)
    return False


# SQLSTATEs of a transaction the server rolled back so that others could go on: deadlock detected
# (40P01), serialization failure (40001). PostgreSQL's documented remedy is to run it again.
ROLLED_BACK_STATES = ("40P01", "40001")


def rolled_back(exc: BaseException) -> bool:
    """Whether `exc` is a transaction the server chose to roll back (a deadlock, a serialization
    failure), which running the transaction again resolves, unlike the errors `connection_lost` names."""
    return isinstance(exc, psycopg.Error) and getattr(exc, "sqlstate", None) in ROLLED_BACK_STATES


def close_quietly(conn: psycopg.Connection[Any] | None) -> None:
    """Close a connection that may already be broken; a failure to close is logged, not raised."""
    if conn is None:
        return
    try:
        conn.close()
    except psycopg.Error as exc:
        logger.debug("closing a lost connection: %s", exc)


def one_row(conn: psycopg.Connection[Any], sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...]:
    """The row of a query that always returns one (a function call, an aggregate, an insert …
    returning); also used by the workers' queue (store/queue.py)."""
    row = conn.execute(sql, params).fetchone()
    if row is None:
        raise RuntimeError(f"no row from {sql!r}")
    return tuple(row)
