"""The SQLite schema as sqlite-utils migrations, applied in order when a store opens.

Each migration runs once per database and is recorded by name in `_sqlite_migrations`
(sqlite-utils' table). The list is plain functions, so that opening an up-to-date database
checks the names with one query and never imports sqlite-utils (and the numpy it loads):
read-only commands start fast. `migrations()` builds sqlite-utils' runner when one is due.
store/postgres_schema.py holds the same tables for PostgreSQL and must follow every change
(tests/test_store_contract.py runs the same assertions on both).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "aggregator"


def m001_initial(db: sqlite_utils.Database) -> None:
    db.table("sources").create(
        {"name": str, "domain": str, "country": str, "languages": str, "affiliation": str,
         "allow_private_hosts": int},
        pk="name",
    )
    db.table("feeds").create(
        {"url": str, "source": str, "etag": str, "last_modified": str, "last_fetched": str,
         "last_status": int, "moved_from": str},
        pk="url", foreign_keys=[("source", "sources", "name")],
    )
    db.table("articles").create(
        {"id": str, "url": str, "canonical_url": str, "source": str, "title": str, "text": str,
         "published": str, "fetched_at": str, "language": str, "content_hash": str,
         "author": str, "extraction_method": str, "copy_of": str, "summary": str, "html_gz": bytes},
        pk="id", foreign_keys=[("source", "sources", "name")],
    )
    db.table("articles").create_index(["canonical_url"], unique=True)
    db.table("articles").create_index(["content_hash"])
    db.table("articles").create_index(["published"])
    db.table("articles").enable_fts(["title", "text"], create_triggers=True, tokenize="unicode61")
    db.table("article_urls").create({"url": str, "article_id": str}, pk="url",
                              foreign_keys=[("article_id", "articles", "id")])
    db.table("fetch_log").create(
        {"id": int, "at": str, "kind": str, "source": str, "url": str, "status": int,
         "ok": int, "reason": str},
        pk="id",
    )
    db.table("fetch_log").create_index(["at"])
    db.table("events").create(
        {"id": str, "label": str, "first_seen": str, "last_seen": str, "created_at": str,
         "updated_at": str, "n_articles": int, "n_outlets": int, "model": str},
        pk="id",
    )
    db.table("event_articles").create(
        {"article_id": str, "event_id": str, "similarity": float, "assigned_at": str},
        pk="article_id",
        foreign_keys=[("article_id", "articles", "id"), ("event_id", "events", "id")],
    )
    db.table("event_articles").create_index(["event_id"])
    db.table("embeddings").create(
        {"model": str, "content_hash": str, "dim": int, "vector": bytes, "created_at": str},
        pk=("model", "content_hash"),
    )


def m002_article_credits(db: sqlite_utils.Database) -> None:
    """Agencies and partners an article credits outside its body (bylines, credit lines)."""
    db.table("articles").add_column("credits", str)


def m003_flags_versions_near_copies(db: sqlite_utils.Database) -> None:
    """Paywall/truncation flags, feed update times, near-copy similarity, and old versions."""
    db.table("articles").add_column("flags", str)
    db.table("articles").add_column("feed_updated", str)
    db.table("articles").add_column("copy_similarity", float)
    db.table("article_versions").create(
        {"id": int, "article_id": str, "content_hash": str, "title": str, "text": str,
         "fetched_at": str, "replaced_at": str},
        pk="id", foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("article_versions").create_index(["article_id"])
    db.table("minhash_bands").create({"band": int, "bucket": str, "article_id": str},
                               pk=("band", "bucket", "article_id"))


def m004_event_keywords_and_merges(db: sqlite_utils.Database) -> None:
    """Event keywords; merged events (the old id keeps resolving); live-event lookups by date."""
    db.table("events").add_column("keywords", str)
    db.table("events").create_index(["last_seen"])
    db.table("event_merges").create({"old_id": str, "into_id": str, "merged_at": str, "reason": str}, pk="old_id")


def m005_pending_articles(db: sqlite_utils.Database) -> None:
    """Articles waiting for clustering, so a run finds them without scanning the archive."""
    db.table("pending_articles").create({"article_id": str}, pk="article_id")
    db.execute("insert into pending_articles select id from articles "
               "where id not in (select article_id from event_articles)")


def m006_article_sitename(db: sqlite_utils.Database) -> None:
    """The site name the page gives itself, as extracted."""
    db.table("articles").add_column("sitename", str)


def m007_articles_by_fetch_time(db: sqlite_utils.Database) -> None:
    """Small clustering runs read the most recently fetched articles: an index, not a sort."""
    db.table("articles").create_index(["fetched_at"])


def m008_runs_due_pages_reports(db: sqlite_utils.Database) -> None:
    """Crash safety: a record of every run (`aggregator status`), pages whose fetch failed
    (due again next run, whatever the feed's validators say), and which event version each
    report file was written from (a report missing or older than its event is rewritten)."""
    db.table("runs").create({"id": int, "command": str, "started_at": str, "finished_at": str, "pid": int,
                       "host": str, "outcome": str, "counts": str, "error": str}, pk="id")
    db.table("runs").create_index(["started_at"])
    db.table("due_pages").create({"url": str, "source": str, "feed_url": str, "title": str, "summary": str,
                            "published": str, "updated": str, "attempts": int, "last_error": str,
                            "first_failed": str, "last_failed": str}, pk="url")
    db.table("report_files").create({"path": str, "event_id": str, "event_updated": str, "written_at": str},
                              pk="path")


def m009_stories(db: sqlite_utils.Database) -> None:
    """Stories: related events linked under one stable id (events/stories.py); a story merged into
    another keeps resolving to it, as events do."""
    db.table("stories").create({"id": str, "label": str, "first_seen": str, "last_seen": str, "n_events": int,
                          "created_at": str, "updated_at": str}, pk="id")
    db.table("story_events").create({"event_id": str, "story_id": str, "similarity": float, "linked_at": str},
                              pk="event_id")
    db.table("story_events").create_index(["story_id"])
    db.table("story_merges").create({"old_id": str, "into_id": str, "merged_at": str}, pk="old_id")


def m010_comparison_cache(db: sqlite_utils.Database) -> None:
    """Comparisons kept for the site and `aggregator serve` (render/cached.py): one row per
    event, valid while the event's `updated_at` and the comparison code's fingerprint match."""
    db.table("comparison_cache").create({"event_id": str, "event_updated": str, "fingerprint": str,
                                   "comparison": str, "digest": str, "built_at": str}, pk="event_id")


def m011_source_short_name(db: sqlite_utils.Database) -> None:
    """An outlet's optional short name from sources.yaml (the event page's grid columns)."""
    db.table("sources").add_column("short_name", str)


# In order; only ever appended to (a database records the names it has run).
MIGRATIONS = (
    m001_initial,
    m002_article_credits,
    m003_flags_versions_near_copies,
    m004_event_keywords_and_merges,
    m005_pending_articles,
    m006_article_sitename,
    m007_articles_by_fetch_time,
    m008_runs_due_pages_reports,
    m009_stories,
    m010_comparison_cache,
    m011_source_short_name,
)


def migrations() -> Migrations:
    """sqlite-utils' runner for MIGRATIONS (imports sqlite-utils: only when one may be due)."""
    from sqlite_utils.migrations import Migrations

    runner = Migrations(MIGRATION_SET)
    for step in MIGRATIONS:
        runner()(step)
    return runner
