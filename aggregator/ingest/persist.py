"""The one write path for a new or re-fetched report: fetched pages and imports alike.

Saving the article, indexing it for near-copy detection, flagging it as a copy and logging the
outcome happen in one transaction. Done as separate commits, a crash between them would leave an
article that later runs treat as known but that was never checked for being a copy (its flag
lost for good), or stored without its log row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from ..models import Article
from ..store.contract import StoreContract
from .dedup import mark_near_copy


@dataclass(frozen=True)
class LogLine:
    """The `fetch_log` row written with the article; the outcome is put before `detail`."""

    kind: str  # page | import
    url: str
    detail: str
    source: str
    status: int = 0


def store_article(store: StoreContract, article: Article, *, html: bytes | None = None, summary: str = "",
                  urls: Iterable[str] = (), feed_updated: datetime | None = None,
                  log: LogLine | None = None) -> str:
    """Save `article` with its near-copy check and log row, atomically; returns the outcome
    ("new", "updated" or "unchanged")."""
    with store.atomic():
        outcome = store.save_article(article, html=html, summary=summary, urls=urls, feed_updated=feed_updated)
        if outcome == "new":
            mark_near_copy(store, store.article(article.id))
        if log is not None:
            store.log(log.kind, log.url, f"{outcome} {log.detail}".strip(), source=log.source,
                      status=log.status, ok=True)
    return outcome
