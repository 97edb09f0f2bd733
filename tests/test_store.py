"""Storage on real SQLite files."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

import numpy as np
import pytest

from aggregator.errors import ConfigError, UnknownEventError
from aggregator.models import Article, Event
from aggregator.store.rows import article_id
from aggregator.store.sqlite import Store
from aggregator.text import content_hash

NOW = datetime(2026, 1, 6, 9, 0, tzinfo=UTC)


def make_article(url: str, text: str, source: str = "Harbour Wire") -> Article:
    return Article(id=article_id(url), url=url, canonical_url=url, source=source, title="T", text=text,
                   published=NOW, fetched_at=NOW, language="en", content_hash=content_hash(text))


def test_migrations_apply_once_and_reopen(tmp_path):
    path = tmp_path / "a.db"
    Store(path)
    store = Store(path)
    applied = [r["name"] for r in store.db["_sqlite_migrations"].rows]
    assert applied.count("m001_initial") == 1
    assert {"articles", "feeds", "fetch_log", "events", "event_articles", "embeddings",
            "article_urls", "sources", "articles_fts"} <= set(store.db.table_names())


def test_save_is_idempotent_and_detects_changes(tmp_path):
    store = Store(tmp_path / "a.db")
    art = make_article("http://x/1", "Some text about a ship.")
    assert store.save_article(art, html=b"<p>x</p>") == "new"
    assert store.save_article(art) == "unchanged"
    changed = make_article("http://x/1", "Some text about a ship, updated.")
    assert store.save_article(changed) == "updated"
    assert store.db["articles"].count == 1
    assert store.article(art.id).text.endswith("updated.")


def test_exact_copy_across_outlets_is_flagged(tmp_path):
    store = Store(tmp_path / "a.db")
    original = make_article("http://wire/1", "The same wire text.")
    store.save_article(original)
    copy = make_article("http://paper/9", "The  same wire text.\n", source="Daily Paper")
    store.save_article(copy)
    assert store.article(copy.id).copy_of == original.id


def test_embeddings_round_trip(tmp_path):
    store = Store(tmp_path / "a.db")
    vec = np.arange(4, dtype=np.float32)
    store.put_embeddings("m", {"h1": vec})
    assert np.array_equal(store.get_embeddings("m", ["h1", "h2"])["h1"], vec)
    assert store.get_embeddings("other", ["h1"]) == {}


def test_unknown_event(tmp_path):
    with pytest.raises(UnknownEventError, match="unknown event id 'nope'"):
        Store(tmp_path / "a.db").event("nope")


def test_events_round_trip(tmp_path):
    store = Store(tmp_path / "a.db")
    art = make_article("http://x/1", "Text.")
    store.save_article(art)
    store.save_event(Event("e1", "Label", NOW, NOW, (art.id,), ("Harbour Wire",)), "minilm", {art.id: 0.9})
    [ev] = store.events()
    assert ev.article_ids == (art.id,) and ev.outlets == ("Harbour Wire",)
    assert store.unassigned_articles() == []


def test_not_a_database_is_a_clean_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("this is not sqlite" * 100)
    with pytest.raises(ConfigError, match="bad.db: cannot open database"):
        Store(bad)


def test_opens_in_sqlite_utils_cli(tmp_path):
    store = Store(tmp_path / "a.db")
    store.save_article(make_article("http://x/1", "Text."))
    out = subprocess.run([sys.executable, "-m", "sqlite_utils", "tables", str(tmp_path / "a.db"), "--counts"],
                         capture_output=True, text=True, check=True).stdout
    assert '"table": "articles"' in out and '"count": 1' in out


def test_a_database_from_a_newer_schema_is_refused_in_one_line(tmp_path):
    path = tmp_path / "a.db"
    store = Store(path)
    store.db["_sqlite_migrations"].insert({"migration_set": "aggregator", "name": "m999_from_the_future",
                                          "applied_at": "2027-01-01"})
    with pytest.raises(ConfigError, match=r"a\.db: written by a newer aggregator \(schema m999_from_the_future\)"):
        Store(path)


def test_a_failing_migration_is_named_not_called_unreadable(tmp_path, monkeypatch):
    from aggregator.store import sqlite_schema as store_module

    def m998_broken(db):
        raise RuntimeError("boom")

    path = tmp_path / "a.db"
    Store(path)
    monkeypatch.setattr(store_module, "MIGRATIONS", (*store_module.MIGRATIONS, m998_broken))
    monkeypatch.setattr("aggregator.store.sqlite.MIGRATIONS", store_module.MIGRATIONS)
    with pytest.raises(Exception, match="m998_broken"):
        Store(path)


def test_backup_is_a_consistent_copy_taken_while_a_writer_is_open(tmp_path):
    import sqlite3

    store = Store(tmp_path / "a.db")
    store.save_article(make_article("http://x/1", "Some text about a ship."))
    writer = sqlite3.connect(tmp_path / "a.db", isolation_level=None)
    writer.execute("begin immediate")
    writer.execute("delete from articles")  # not committed: the backup must not see it
    copy = Store(store.backup(tmp_path / "copy.db"))
    writer.execute("rollback")
    assert [a.url for a in copy.articles()] == ["http://x/1"]
    with pytest.raises(ConfigError, match="already exists"):
        store.backup(tmp_path / "copy.db")
