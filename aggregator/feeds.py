"""Read RSS/Atom bytes with feedparser into `FeedEntry` items.

We fetch feeds ourselves (see `fetch.py`) and hand feedparser the bytes plus the response
headers, so it can use the HTTP charset, while timeouts, size caps and conditional GET stay
under our control. Ill-formed feeds (feedparser's `bozo`) are still used when entries can be read.
"""

from __future__ import annotations

import calendar
from datetime import datetime, timezone

import feedparser

from .errors import FeedError
from .models import ParsedFeed, Response, FeedEntry
from .text import html_to_text


def parse_feed(response: Response, source: str, max_entries: int = 200) -> ParsedFeed:
    headers = {k: v for k, v in response.headers.items() if k in ("content-type", "content-location")}
    parsed = feedparser.parse(response.body, response_headers=headers)
    problem = ""
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        problem = f"{type(exc).__name__}: {exc}".splitlines()[0][:300] if exc else "ill-formed feed"
    entries = []
    for item in parsed.entries[:max_entries]:
        link = item.get("link") or _alternate_link(item)
        if not link:
            continue
        entries.append(
            FeedEntry(
                source=source,
                feed_url=response.url,
                url=link.strip(),
                title=html_to_text(item.get("title", "")),
                summary=html_to_text(item.get("summary", "")),
                published=_entry_time(item),
                guid=item.get("id", "") or "",
                updated=_entry_time(item, ("updated_parsed",)),
            )
        )
    if not entries and problem:
        raise FeedError(f"{response.url}: not a feed, or no entry readable ({problem})")
    if not entries and not parsed.get("version"):
        raise FeedError(f"{response.url}: not a feed (content type {response.content_type or 'unknown'})")
    return ParsedFeed(entries=tuple(entries), problem=problem)


def _alternate_link(item: dict) -> str:
    for link in item.get("links", []):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link["href"]
    return ""


def _entry_time(item: dict, keys: tuple[str, ...] = ("published_parsed", "updated_parsed",
                                                     "created_parsed")) -> datetime | None:
    for key in keys:
        value = dict.get(item, key)  # plain dict lookup: no feedparser alias from updated to published
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc)
            except (OverflowError, ValueError, OSError):
                continue
    return None
