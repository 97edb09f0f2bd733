"""The command line on PostgreSQL: `aggregator --db postgresql://… run` against a local site,
`status` with the work queue, the writer lock as an advisory lock, and `aggregator db copy`
from PostgreSQL to SQLite and back, compared table by table, row by row."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from aggregator.cli import cli
from aggregator.errors import BusyError, ConfigError
from aggregator.store.contract import open_store
from aggregator.store.copy import _Side, compare_databases
from aggregator.store.locks import writer_active, writer_lock

from .newsroom import Newsroom
from .pg import fresh_database


@pytest.fixture(scope="module")
def site():
    with Newsroom(page_delay=0.0).serving() as newsroom:
        yield newsroom


def _invoke(tmp_path, site, db: str, *args: str):
    env = {"AGGREGATOR_DB_PATH": db, "AGGREGATOR_SOURCES_PATH": str(site.sources_yaml(tmp_path / "sources.yaml")),
           "AGGREGATOR_REPORTS_DIR": str(tmp_path / "reports"), "AGGREGATOR_EMBEDDER": "hashing",
           "AGGREGATOR_MULTILINGUAL_EMBEDDER": "", "AGGREGATOR_PER_HOST_DELAY": "0", "AGGREGATOR_SITE_DIR": "none"}
    result = CliRunner().invoke(cli, list(args), env=env)
    assert result.exit_code == 0, result.output
    return result.output


def _events(store) -> set[tuple[str, tuple[str, ...]]]:
    return {(e.id, tuple(sorted(e.article_ids))) for e in store.events()}


def test_run_on_postgresql_equals_run_on_sqlite_and_copies_both_ways(tmp_path, site):
    pg = fresh_database()
    out = _invoke(tmp_path, site, pg, "run")
    assert f"articles: {site.page_count} new" in out
    (tmp_path / "lite").mkdir()
    _invoke(tmp_path / "lite", site, str(tmp_path / "lite.db"), "run")
    assert _events(open_store(pg)) == _events(open_store(tmp_path / "lite.db")) != set()
    _invoke(tmp_path, site, pg, "recluster")  # under the cluster lock: the same events, the same ids
    assert _events(open_store(pg)) == _events(open_store(tmp_path / "lite.db"))

    status = _invoke(tmp_path, site, pg, "status")
    assert "postgresql://" in status and "queue: 0 jobs pending, 0 running, 0 failed" in status
    again = _invoke(tmp_path, site, pg, "run")  # feeds answer 304: nothing fetched twice
    assert "3 not modified" in again and "0 new" in again

    copy = tmp_path / "copy.db"
    out = CliRunner().invoke(cli, ["db", "copy", pg, str(copy)])
    assert out.exit_code == 0 and "every row compared equal" in out.output, out.output
    back = fresh_database()
    out = CliRunner().invoke(cli, ["db", "copy", f"sqlite:///{copy}", back])
    assert out.exit_code == 0, out.output
    tables = _Side(pg, create=False).tables()
    assert {"articles", "events", "event_articles", "embeddings", "fetch_log", "runs", "feeds"} <= set(tables)
    compare_databases(_Side(pg, create=False), _Side(back, create=False), tables)  # raises on any difference
    lite = sqlite3.connect(copy)
    assert lite.execute("select count(*) from articles_fts where articles_fts match 'ferry'").fetchone()[0] > 0
    assert open_store(back).search_articles("ferry")  # each side's own search index, rebuilt from the rows
    assert open_store(back).start_run("run") > open_store(pg).runs(1)[0].id  # identity continues after copied ids

    refused = CliRunner().invoke(cli, ["db", "copy", str(copy), back])
    assert refused.exit_code == 1 and "is not empty; copy into a new database" in refused.output


def test_writer_lock_is_an_advisory_lock_on_postgresql():
    pg = fresh_database()
    open_store(pg)
    assert not writer_active(pg)
    with writer_lock(pg, wait=0):
        assert writer_active(pg)
        with pytest.raises(BusyError, match="another aggregator process is writing"):
            with writer_lock(pg, wait=0.3):
                pass
    assert not writer_active(pg)


def test_read_only_commands_refuse_an_empty_postgresql_database():
    with pytest.raises(ConfigError, match="no aggregator database here yet"):
        open_store(fresh_database(), create=False)


def test_serve_reads_a_postgresql_database(tmp_path, site):
    """serve opens PostgreSQL as it opens SQLite (the read-only pragma is SQLite's alone: with it
    applied to every store, each request on PostgreSQL failed)."""
    from starlette.testclient import TestClient

    from aggregator.config.settings import Settings
    from aggregator.web import create_app

    pg = fresh_database()
    _invoke(tmp_path, site, pg, "run")
    client = TestClient(create_app(Settings.load(db_path=pg, embedder="hashing", multilingual_embedder="")))
    assert client.get("/").status_code == 200
    assert client.get("/api/events").json()["total"] == len(open_store(pg).events()) > 0
    assert client.get("/api/search", params={"q": "ferry"}).json()["results"]


SECRET_URL = "postgresql://aggregator:s3cret@127.0.0.1:1/news?sslmode=disable&password=s3cret"


def test_database_passwords_are_never_printed(monkeypatch):
    """`serve` printed the database URL with its password; every message shows it as ***."""
    import uvicorn

    import aggregator.web
    from aggregator.store.names import display_name

    assert display_name(SECRET_URL) == "postgresql://aggregator:***@127.0.0.1:1/news?sslmode=disable&password=***"
    assert display_name("postgresql://u:p@ss/w0rd@db.example/news") == "postgresql://u:***@db.example/news"
    assert display_name("postgresql://u@db.example/news") == "postgresql://u@db.example/news"
    assert display_name("db/aggregator.db") == "db/aggregator.db"

    monkeypatch.setattr(aggregator.web, "create_app", lambda settings: object())
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: None)
    served = CliRunner().invoke(cli, ["--db", SECRET_URL, "serve", "--port", "0"])
    assert served.exit_code == 0, served.output
    assert "serving postgresql://aggregator:***@127.0.0.1:1/news" in served.output
    for args in (["status"], ["events"], ["worker", "--until-idle"]):  # a server that cannot be reached
        failed = CliRunner().invoke(cli, ["--db", SECRET_URL, *args])
        assert failed.exit_code != 0 and "cannot connect" in failed.output, (args, failed.output)
        assert "s3cret" not in failed.output and "aggregator:***@127.0.0.1:1/news" in failed.output, failed.output
