"""Row helpers both backends share: times as ISO-8601 text in UTC (second precision, so both
keep the same times), stable article ids, and the `articles` row of an article."""

from __future__ import annotations

import gzip
import hashlib
import json
from datetime import UTC, datetime

from ..models import Article


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat(timespec="seconds") if value else None


def from_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def utc(value: datetime | None) -> datetime | None:
    """A time read from PostgreSQL (timestamptz) in UTC, as SQLite's text times read back."""
    return value.astimezone(UTC) if value is not None else None


def article_row(article: Article, copy_of: str | None, similarity: float | None, *, summary: str,
                feed_updated: datetime | None, html: bytes | None) -> dict[str, object]:
    """The `articles` row of an article, as both stores write it (raw HTML gzip-compressed)."""
    return {
        "id": article.id, "url": article.url, "canonical_url": article.canonical_url,
        "source": article.source, "title": article.title, "text": article.text,
        "published": iso(article.published), "fetched_at": iso(article.fetched_at),
        "language": article.language, "content_hash": article.content_hash,
        "author": article.author, "extraction_method": article.extraction_method,
        "copy_of": copy_of, "copy_similarity": similarity, "summary": summary,
        "credits": json.dumps(list(article.credits)), "flags": json.dumps(list(article.flags)),
        "feed_updated": iso(feed_updated), "sitename": article.sitename,
        "html_gz": gzip.compress(html) if html else None,
    }


def article_id(canonical_url: str) -> str:
    """Stable short id from the canonical URL: the same page always gets the same id."""
    return hashlib.sha1(canonical_url.encode("utf-8")).hexdigest()[:12]
