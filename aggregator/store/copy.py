"""`aggregator db copy SRC DST`: move a database between SQLite and PostgreSQL, losing nothing.

Every data table is copied row by row, in batches, inside one transaction on the destination
(a copy cut short leaves the destination as it was). Values are converted by the destination
column's type: SQLite's ISO-8601 text times become `timestamptz` and back (to the second, as
both stores write them, or to the microsecond where a value has them), blobs stay bytes. Then
every table is read back from both sides and compared row for row: the command fails, naming
the table, if anything differs. Only the backends' own machinery is left out (migration
records, SQLite's FTS shadow tables, PostgreSQL's generated search column and work queue);
each destination rebuilds its own search index from the copied rows.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from ..errors import ConfigError
from .contract import open_store
from .names import display_name, is_postgres
from .postgres_schema import INTERNAL_TABLES
from .sqlbase import SqlBase

logger = logging.getLogger(__name__)

COPY_BATCH = 1000  # rows per executemany: large enough to amortise round trips, small in memory


@dataclass(frozen=True)
class TableCopy:
    """One table copied, with the number of rows written into the destination."""

    table: str
    rows: int


@dataclass(frozen=True)
class CopyReport:
    """What `aggregator db copy` did, for its one-screen summary."""

    source: str
    destination: str
    tables: tuple[TableCopy, ...]
    verified: bool  # every row was read back from both sides and compared equal (`verify`)


class _Side:
    """One database seen as tables of typed columns, whichever the backend."""

    def __init__(self, target: str, create: bool):
        self.name = display_name(target)
        store = open_store(target, create=create)
        if not isinstance(store, SqlBase):  # copying reads and writes raw tables: an SQL backend's
            raise ConfigError(f"{self.name}: {type(store).__name__} has no SQL tables to copy")
        self.store = store
        self.conn = store.conn
        self.pg = is_postgres(target)
        self.mark = "%s" if self.pg else "?"

    def migrations(self) -> set[str]:
        return {m for m in self.store.migrations_applied() if m.startswith("m")}

    def tables(self) -> list[str]:
        if self.pg:
            rows = self.conn.execute("select table_name from information_schema.tables where table_schema = "
                                     "current_schema() and table_type = 'BASE TABLE' order by table_name")
        else:
            rows = self.conn.execute("select name from sqlite_master where type = 'table' order by name")
        return [r[0] for r in rows if r[0] not in INTERNAL_TABLES and not r[0].startswith(("articles_fts", "sqlite_"))]

    def columns(self, table: str) -> dict[str, str]:
        """Column name → type, in table order; generated columns (the tsvector) left out."""
        if self.pg:
            rows = self.conn.execute("select column_name, data_type from information_schema.columns "
                                     "where table_schema = current_schema() and table_name = %s "
                                     "and is_generated = 'NEVER' order by ordinal_position", [table])
            return {r[0]: r[1] for r in rows}
        return {r[1]: (r[2] or "").lower() for r in self.conn.execute(f'pragma table_info("{table}")')}

    def count(self, table: str) -> int:
        return self.conn.execute(f'select count(*) from "{table}"').fetchone()[0]

    def rows(self, table: str, columns: list[str]) -> Iterator[tuple]:
        cols = ", ".join(f'"{c}"' for c in columns)
        order = ", ".join(self._order(c, kinds[c]) for c in columns if c not in ("html_gz", "vector")) \
            if (kinds := self.columns(table)) else "1"
        if self.pg:  # a named (server-side) cursor: a large table is never held in memory whole
            with self.conn.transaction(), self.conn.cursor(name=f"copy_{table}") as cur:
                cur.execute(f'select {cols} from "{table}" order by {order}')
                yield from cur
        else:
            yield from self.conn.execute(f'select {cols} from "{table}" order by {order}')

    def _order(self, column: str, kind: str) -> str:
        """Both backends sort alike: bytewise text (SQLite's BINARY is PostgreSQL's "C"), nulls first."""
        if not self.pg:
            return f'"{column}"'
        return f'"{column}" collate "C" nulls first' if kind == "text" else f'"{column}" nulls first'

    def insert(self, table: str, columns: list[str], batch: list[tuple]) -> None:
        cols = ", ".join(f'"{c}"' for c in columns)
        sql = f'insert into "{table}" ({cols}) values ({", ".join([self.mark] * len(columns))})'
        if self.pg:
            with self.conn.cursor() as cur:
                cur.executemany(sql, batch)
        else:
            self.conn.executemany(sql, batch)


def copy_database(source: str, destination: str, verify: bool = True) -> CopyReport:
    """Copy every data table of `source` into the empty database `destination`."""
    if str(source) == str(destination):
        raise ConfigError(f"{display_name(source)}: source and destination are the same database")
    src = _Side(source, create=False)
    dst = _Side(destination, create=True)
    if src.migrations() != dst.migrations():
        missing = sorted(src.migrations() ^ dst.migrations())
        raise ConfigError(f"{dst.name}: schema differs from {src.name} ({', '.join(missing)}); "
                          "open both with the same aggregator version first")
    tables = src.tables()
    absent = [t for t in tables if t not in dst.tables()]
    if absent:
        raise ConfigError(f"{dst.name}: has no table {absent[0]!r}")
    full = [t for t in tables if dst.count(t)]
    if full:
        raise ConfigError(f"{dst.name}: table {full[0]!r} is not empty; copy into a new database")
    copied = []
    with dst.store.atomic():
        for table in tables:
            types = dst.columns(table)
            columns = [c for c in src.columns(table) if c in types]
            convert = [_converter(types[c], dst.pg) for c in columns]
            batch: list[tuple] = []
            n = 0
            for row in src.rows(table, columns):
                batch.append(tuple(f(v) for f, v in zip(convert, row)))
                if len(batch) >= COPY_BATCH:
                    dst.insert(table, columns, batch)
                    n, batch = n + len(batch), []
            if batch:
                dst.insert(table, columns, batch)
                n += len(batch)
            copied.append(TableCopy(table, n))
            logger.info("%s: %d rows", table, n)
        if dst.pg:
            _reset_identities(dst)
    if verify:
        compare_databases(src, dst, tables)
    return CopyReport(source=src.name, destination=dst.name, tables=tuple(copied), verified=verify)


def _reset_identities(side: _Side) -> None:
    """After explicit ids were copied in, new rows must be numbered after them."""
    for table, column in side.conn.execute("select table_name, column_name from information_schema.columns "
                                           "where table_schema = current_schema() and is_identity = 'YES'").fetchall():
        side.conn.execute(f"select setval(pg_get_serial_sequence(%s, %s), coalesce(max({column}), 0) + 1, false) "
                          f'from "{table}"', [table, column])


def compare_databases(src: _Side, dst: _Side, tables: list[str]) -> None:
    """Every table read back from both sides, row for row, in SQLite's value forms."""
    for table in tables:
        columns = [c for c in src.columns(table) if c in dst.columns(table)]
        left, right = src.rows(table, columns), dst.rows(table, columns)
        for n, (a, b) in enumerate(zip(left, right, strict=False)):
            if tuple(map(_plain, a)) != tuple(map(_plain, b)):
                raise ConfigError(f"{dst.name}: table {table!r} row {n + 1} differs after the copy")
        if src.count(table) != dst.count(table):
            raise ConfigError(f"{dst.name}: table {table!r} has {dst.count(table)} rows, {src.name} "
                              f"{src.count(table)}")


def _plain(value: object) -> object:
    """A value as SQLite keeps it: times as ISO text, blobs as bytes."""
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def _iso(value: datetime) -> str:
    value = value.astimezone(UTC)
    return value.isoformat(timespec="seconds" if not value.microsecond else "microseconds")


def _converter(kind: str, to_pg: bool):
    if not to_pg:
        return _plain
    if kind.startswith("timestamp"):
        return lambda v: datetime.fromisoformat(v) if isinstance(v, str) else v
    if kind == "bytea":
        return lambda v: bytes(v) if v is not None else None
    if kind in ("integer", "bigint"):
        return lambda v: int(v) if v is not None else None
    if kind == "double precision":
        return lambda v: float(v) if v is not None else None
    return lambda v: str(v) if v is not None and not isinstance(v, str) else v
