"""The PostgreSQL schema (store/postgres_schema.py) is written by hand beside the SQLite
migrations (store/sqlite_schema.py): this test fails the day one gains a table or a column the
other lacks, so `aggregator db copy` and the shared store code never meet a missing column."""

from __future__ import annotations

import psycopg
import pytest

from aggregator.store.contract import open_store
from aggregator.store.sqlite import Store

from .pg import fresh_database

# Tables that exist on one backend only, by design.
SQLITE_ONLY_PREFIXES = ("articles_fts", "_sqlite_migrations", "sqlite_")  # FTS5 index and its shadow tables
POSTGRES_ONLY = {"_migrations", "jobs", "hosts", "host_turns"}  # migration record; the workers' queue
# Columns that exist on one backend only, by design: PostgreSQL's full-text vector (SQLite keeps
# its index in articles_fts instead).
POSTGRES_ONLY_COLUMNS = {("articles", "fts")}


def sqlite_columns(path) -> dict[str, set[str]]:
    db = Store(path).db
    return {name: {c.name for c in db[name].columns} for name in db.table_names()
            if not name.startswith(SQLITE_ONLY_PREFIXES)}


def postgres_columns(url: str) -> dict[str, set[str]]:
    open_store(url)  # applies the migrations
    with psycopg.connect(url) as conn:
        rows = conn.execute("select c.table_name, c.column_name from information_schema.columns c "
                            "join information_schema.tables t using (table_schema, table_name) "
                            "where c.table_schema = 'public' and t.table_type = 'BASE TABLE'").fetchall()
    out: dict[str, set[str]] = {}
    for table, column in rows:
        if table in POSTGRES_ONLY or (table, column) in POSTGRES_ONLY_COLUMNS:
            continue
        out.setdefault(table, set()).add(column)
    return out


def test_both_backends_have_the_same_tables_and_columns(tmp_path):
    url = fresh_database()
    lite, pg = sqlite_columns(tmp_path / "a.db"), postgres_columns(url)
    assert set(lite) == set(pg), f"tables only in SQLite: {set(lite) - set(pg)}; only in PostgreSQL: {set(pg) - set(lite)}"
    differing = {t: (sorted(lite[t] - pg[t]), sorted(pg[t] - lite[t])) for t in lite if lite[t] != pg[t]}
    assert not differing, f"columns (only SQLite, only PostgreSQL) per table: {differing}"


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_table_added_on_one_side_only_would_be_caught(tmp_path, backend):
    """The comparison above is not vacuous: an extra table on either side shows up in it."""
    if backend == "sqlite":
        store = Store(tmp_path / "b.db")
        store.db.execute("create table only_here (x integer)")
        assert "only_here" in sqlite_columns(tmp_path / "b.db")
    else:
        url = fresh_database()
        open_store(url)
        with psycopg.connect(url) as conn:
            conn.execute("create table only_here (x integer)")
        assert "only_here" in postgres_columns(url)
