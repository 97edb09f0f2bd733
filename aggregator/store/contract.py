"""The storage contract: what ingestion, clustering, comparison, status and the reports need
from a database, and `open_store`, which picks the backend from the database's name.

Two backends honour it: the SQLite `Store` (store/sqlite.py: one file, one machine, the default) and
`PgStore` (store/postgres.py: one PostgreSQL server shared by `aggregator worker` processes on many
machines). Both return the frozen dataclasses of models.py, never database rows, so a stage
cannot come to depend on one backend's row type. `TypedReads` builds the typed reads both
backends share on each backend's private row reads (`_source_rows`, `_feed_row`, `_log_rows`,
`_merge_rows`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from contextlib import AbstractContextManager, nullcontext
from datetime import datetime
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from ..errors import ConfigError
from ..models import (
    Article,
    ArticleVersion,
    CachedComparisonRow,
    Event,
    EventMerge,
    EventView,
    FeedEntry,
    FeedHealth,
    FeedState,
    LogEntry,
    QueueStatus,
    RunRecord,
    Source,
    SourceHealth,
    StoredSource,
    Story,
)

logger = logging.getLogger(__name__)

POSTGRES_SCHEMES = ("postgresql://", "postgres://")
SQLITE_SCHEME = "sqlite:///"  # SQLAlchemy's form: sqlite:///relative.db, sqlite:////absolute.db


def is_postgres(target: Path | str) -> bool:
    return str(target).startswith(POSTGRES_SCHEMES)


def sqlite_path(target: Path | str) -> Path:
    """The file of a SQLite database named by a path or a `sqlite:///` URL."""
    text = str(target)
    if text.startswith(SQLITE_SCHEME):
        return Path(text[len(SQLITE_SCHEME):])
    if "://" in text:
        raise ConfigError(f"{text.split('://')[0]}://…: unknown database kind; use a file path, "
                          "sqlite:///path or postgresql://user@host/dbname")
    return Path(text)


def display_name(target: Path | str) -> str:
    """The database's name for messages, with any password in a URL left out."""
    text = str(target)
    if is_postgres(text) and "@" in text.split("?")[0]:
        scheme, rest = text.split("://", 1)
        credentials, host = rest.split("@", 1)
        return f"{scheme}://{credentials.split(':')[0]}@{host}"
    return text


def open_store(target: Path | str, *, create: bool = True) -> StoreContract:
    """The store for `target`: a path or `sqlite:///…` → SQLite; `postgresql://…` → PostgreSQL.

    `create=False` (read-only commands) refuses a database that does not exist yet."""
    if is_postgres(target):
        from .postgres import PgStore

        return PgStore(str(target), create=create)
    from .sqlite import Store

    return Store(sqlite_path(target), create=create)


class TypedReads:
    """Typed reads built on the backends' row-returning methods, shared by both backends, and
    the exclusive-work hooks a single-file database does not need."""

    def stored_sources(self) -> list[StoredSource]:
        return [StoredSource(name=name, domain=row.get("domain") or "", country=row.get("country") or "",
                             languages=tuple(json.loads(row.get("languages") or "[]")),
                             affiliation=row.get("affiliation") or "",
                             allow_private_hosts=bool(row.get("allow_private_hosts")))
                for name, row in self._source_rows().items()]  # type: ignore[attr-defined]

    def feed(self, url: str) -> FeedState:
        row = self._feed_row(url)  # type: ignore[attr-defined]
        fetched = row.get("last_fetched")
        return FeedState(url=row["url"], source=row.get("source") or "", etag=row.get("etag"),
                         last_modified=row.get("last_modified"),
                         last_fetched=datetime.fromisoformat(fetched) if isinstance(fetched, str) else fetched,
                         last_status=row.get("last_status"), moved_from=row.get("moved_from"))

    def fetch_log(self, errors_only: bool = False, limit: int = 50) -> list[LogEntry]:
        return [LogEntry(at=datetime.fromisoformat(r["at"]) if r.get("at") else None, kind=r["kind"] or "",
                         source=r["source"] or "", url=r["url"] or "", status=r["status"] or 0, ok=bool(r["ok"]),
                         reason=r["reason"] or "")
                for r in self._log_rows(errors_only=errors_only, limit=limit)]  # type: ignore[attr-defined]

    def event_merges(self) -> list[EventMerge]:
        return [EventMerge(old_id=r["old_id"], into_id=r["into_id"],
                           merged_at=datetime.fromisoformat(r["merged_at"]) if r.get("merged_at") else None,
                           reason=r.get("reason") or "")
                for r in self._merge_rows()]  # type: ignore[attr-defined]

    def exclusive(self, name: str) -> AbstractContextManager:
        """Hold the database-wide lock `name` (e.g. "cluster") for a piece of work that must
        have one writer. SQLite: nothing to do, every writer already holds the file lock."""
        return nullcontext()

    def queue_status(self) -> QueueStatus | None:
        """The shared work queue, where the backend has one (PostgreSQL); else None."""
        return None


@runtime_checkable
class StoreContract(Protocol):
    """What the pipeline needs from a database. Times are aware datetimes (UTC) in and out."""

    # transactions and locks
    def atomic(self) -> AbstractContextManager: ...
    def exclusive(self, name: str) -> AbstractContextManager: ...

    # sources, feeds, fetch log
    def sync_sources(self, sources: Iterable[Source]) -> None: ...
    def ensure_source(self, name: str, country: str = "", affiliation: str = "",
                      languages: Iterable[str] = ()) -> None: ...
    def stored_sources(self) -> list[StoredSource]: ...
    def feed(self, url: str) -> FeedState: ...
    def update_feed(self, url: str, source: str, **values: object) -> None: ...
    def move_feed(self, old_url: str, new_url: str) -> None: ...
    def log(self, kind: str, url: str, reason: str, *, source: str = "", status: int = 0,
            ok: bool = False) -> None: ...
    def fetch_log(self, errors_only: bool = False, limit: int = 50) -> list[LogEntry]: ...

    # articles
    def article_id_for_url(self, url: str) -> str | None: ...
    def known_article(self, url: str) -> tuple[str, datetime | None] | None: ...
    def save_article(self, article: Article, html: bytes | None = None, summary: str = "",
                     urls: Iterable[str] = (), feed_updated: datetime | None = None) -> str: ...
    def remember_url(self, url: str, article_id: str) -> None: ...
    def article(self, article_id: str) -> Article: ...
    def articles(self) -> list[Article]: ...
    def articles_by_id(self, ids: Iterable[str]) -> list[Article]: ...
    def recent_articles(self, limit: int) -> list[Article]: ...
    def unassigned_articles(self) -> list[Article]: ...
    def versions(self, article_id: str) -> list[ArticleVersion]: ...
    def article_history(self, url_or_id: str) -> list[ArticleVersion]: ...
    def version_times(self, article_ids: Iterable[str]) -> dict[str, list[datetime]]: ...
    def add_minhash(self, article_id: str, buckets: list[tuple[int, str]]) -> None: ...
    def minhash_candidates(self, buckets: list[tuple[int, str]], exclude: str) -> list[str]: ...
    def flag_copy(self, copy_id: str, original_id: str, similarity: float) -> None: ...

    # pages that failed, runs, health, reports
    def page_failed(self, entry: FeedEntry, error: str, max_attempts: int) -> bool: ...
    def page_done(self, url: str) -> None: ...
    def due_pages(self) -> list[FeedEntry]: ...
    def start_run(self, command: str) -> int: ...
    def finish_run(self, run_id: int, outcome: str, counts: dict[str, int], error: str = "") -> None: ...
    def runs(self, limit: int = 10) -> list[RunRecord]: ...
    def source_health(self, since: datetime) -> list[SourceHealth]: ...
    def feed_health(self) -> list[FeedHealth]: ...
    def count_pending(self) -> tuple[int, int]: ...
    def report_written(self, path: str, event_id: str, event_updated: datetime | None) -> None: ...
    def report_versions(self) -> dict[str, str | None]: ...
    def queue_status(self) -> QueueStatus | None: ...

    # embeddings
    def get_embeddings(self, model: str, hashes: Iterable[str]) -> dict[str, np.ndarray]: ...
    def put_embeddings(self, model: str, vectors: dict[str, np.ndarray]) -> None: ...

    # events and stories
    def save_event(self, event: Event, model: str, similarities: dict[str, float]) -> None: ...
    def resolve_event_id(self, event_id: str) -> str: ...
    def merge_events(self, absorbed: str, kept: str, reason: str) -> Event: ...
    def event_view(self, event_id: str) -> EventView: ...
    def event_merges(self) -> list[EventMerge]: ...
    def clear_events(self, since: datetime | None = None) -> int: ...
    def events(self, since: datetime | None = None) -> list[Event]: ...
    def event(self, event_id: str) -> Event: ...
    def events_by_id(self, event_ids: Iterable[str]) -> list[Event]: ...
    def resolve_story_id(self, story_id: str) -> str: ...
    def story_of_events(self, event_ids: Iterable[str]) -> dict[str, str]: ...
    def story(self, story_id: str) -> Story: ...
    def save_story(self, story: Story, links: dict[str, float]) -> None: ...
    def merge_stories(self, absorbed: str, kept: str) -> None: ...

    # comparisons kept for the site (render/cached.py)
    def cached_comparison(self, event_id: str) -> CachedComparisonRow | None: ...
    def cache_comparison(self, event_id: str, event_updated: datetime | None, fingerprint: str,
                         comparison: str, digest: str) -> None: ...
    def cached_digests(self) -> dict[str, tuple[str | None, str, str]]: ...
    def prune_comparison_cache(self) -> int: ...
