"""Read RSS/Atom bytes with feedparser into `FeedEntry` items.

We fetch feeds ourselves (see `fetch.py`) and hand feedparser the bytes plus the response
headers, so it can use the HTTP charset, while timeouts, size caps and conditional GET stay
under our control. Ill-formed feeds (feedparser's `bozo`) are still used when entries can be read.
"""

from __future__ import annotations

import calendar
import codecs
import logging
from datetime import UTC, datetime

import feedparser

from ..errors import FeedError
from ..models import FeedEntry, ParsedFeed, Response
from ..text import fix_char_refs, html_to_text, scrub
from .charsets import decode_html, detect_charset
from .dates import sane_date

logger = logging.getLogger(__name__)

ENCODING_TROUBLE = (feedparser.CharacterEncodingOverride, feedparser.CharacterEncodingUnknown)


def read_feed(response: Response) -> feedparser.FeedParserDict:
    """feedparser's result for the bytes and headers we fetched.

    When feedparser had to guess the encoding (none declared, or a declaration the bytes
    contradict) it falls back to windows-1252, which turns Big5, GB2312, Shift_JIS or KOI8-R
    titles into mojibake. charset-normalizer then detects the encoding and the feed is parsed
    again from that decoding; the result says so in `redetected_encoding`.
    """
    try:
        parsed = feedparser.parse(fix_char_refs(response.body), response_headers=feed_headers(response))
    except (ValueError, OverflowError, RecursionError, LookupError) as exc:
        parsed = _parse_decoded(response, exc)
    if parsed.get("bozo") and isinstance(parsed.get("bozo_exception"), ENCODING_TROUBLE):
        detected = detect_charset(response.body)
        if detected and _codec(detected) != _codec(parsed.get("encoding") or ""):
            text = response.body.decode(detected, errors="replace")
            again = feedparser.parse(text.encode("utf-8"),
                                     response_headers={"content-type": "application/xml; charset=utf-8"})
            again["redetected_encoding"] = detected
            again["original_problem"] = parsed.get("bozo_exception")
            return again
    return parsed


def _parse_decoded(response: Response, first: Exception) -> feedparser.FeedParserDict:
    """Parse again from our own decoding when feedparser raised on the bytes (a bad character
    reference in a UTF-16 feed, a codec feedparser trips over): the references are fixed in
    the decoded text. A second failure is a `FeedError` naming the feed."""
    logger.info("%s: feedparser raised %s; parsing our own decoding", response.url, type(first).__name__)
    text, _charset = decode_html(response.body, response.content_type)
    try:
        return feedparser.parse(fix_char_refs(scrub(text).encode("utf-8")),
                                response_headers={"content-type": "application/xml; charset=utf-8"})
    except (ValueError, OverflowError, RecursionError, LookupError) as exc:
        raise FeedError(f"{response.url}: not a readable feed ({type(exc).__name__}: "
                        f"{str(exc).splitlines()[0][:200] if str(exc) else 'no detail'})") from None


def feed_headers(response: Response) -> dict[str, str]:
    """The response headers feedparser uses (charset and base URL)."""
    return {k: v for k, v in response.headers.items() if k in ("content-type", "content-location")}


def parse_feed(response: Response, source: str, max_entries: int = 200,
               now: datetime | None = None) -> ParsedFeed:
    """The feed's entries; dates are checked against `now` (see `dates.server_now`)."""
    parsed = read_feed(response)
    problem = ""
    if parsed.get("bozo") or parsed.get("redetected_encoding"):
        exc = parsed.get("original_problem") or parsed.get("bozo_exception")
        problem = f"{type(exc).__name__}: {exc}".splitlines()[0][:300] if exc else "ill-formed feed"
        if parsed.get("redetected_encoding"):
            problem += f"; encoding detected as {parsed['redetected_encoding']}"
    entries = []
    dropped = [0]
    for item in parsed.entries[:max_entries]:
        link = item.get("link") or _alternate_link(item)
        if not link:
            continue
        entries.append(
            FeedEntry(
                source=source,
                feed_url=response.url,
                url=scrub(link.strip()),
                title=scrub(html_to_text(item.get("title", ""))),
                summary=scrub(html_to_text(item.get("summary", ""))),
                published=_entry_time(item, now=now, dropped=dropped),
                guid=scrub(item.get("id", "") or ""),
                updated=_entry_time(item, ("updated_parsed",), now=now),
            )
        )
    readable = parsed.get("version") or parsed.get("feed", {}).get("title")
    if not entries and problem and not readable:
        raise FeedError(f"{response.url}: not a feed, or no entry readable ({problem})")
    if not entries and not parsed.get("version"):
        raise FeedError(f"{response.url}: not a feed (content type {response.content_type or 'unknown'})")
    return ParsedFeed(entries=tuple(entries), problem=problem, dropped_dates=dropped[0])


def _codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        logger.debug("unknown encoding name %r kept as given", name)
        return name


def _alternate_link(item: dict) -> str:
    for link in item.get("links", []):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link["href"]
    return ""


def _entry_time(item: dict, keys: tuple[str, ...] = ("published_parsed", "updated_parsed", "created_parsed"),
                now: datetime | None = None, dropped: list[int] | None = None) -> datetime | None:
    """The first sane time among `keys`; `dropped[0]` counts entries whose times were all
    given but out of range (so the feed's log row can say so)."""
    given = False
    for key in keys:
        value = dict.get(item, key)  # plain dict lookup: no feedparser alias from updated to published
        if value:
            given = True
            try:
                when = sane_date(datetime.fromtimestamp(calendar.timegm(value), tz=UTC), now)
            except (OverflowError, ValueError, OSError):
                continue  # a year feedparser can parse but a timestamp cannot hold
            if when:
                return when
    if given and dropped is not None:
        dropped[0] += 1
    return None
