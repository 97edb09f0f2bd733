"""Read XML sitemaps (sitemaps.org 0.9, Google News) into `FeedEntry` items.

Sites without a usable feed often still publish a sitemap, and news sites a Google News sitemap
listing the last two days of articles with titles and publication times. Sitemaps in the wild
are often sloppy (no namespace, bare ``&`` in URLs, gzip served as a file), so elements are
matched by local name and the XML is read in lxml's recover mode; what could not be parsed
cleanly is reported in `Sitemap.problem`. The parser never resolves entities nor touches the
network, and decompression is capped, so a hostile sitemap cannot blow up memory.
"""

from __future__ import annotations

import logging
import re
import zlib
from datetime import datetime
from urllib.parse import urlparse

from lxml import etree

from ..errors import FeedError
from ..models import FeedEntry, Response, Sitemap
from ..text import fix_char_refs, scrub
from .dates import parse_date, sane_date

MAX_UNCOMPRESSED = 50 * 1024 * 1024  # the sitemaps.org limit for one sitemap file
logger = logging.getLogger(__name__)
GZIP_MAGIC = b"\x1f\x8b"
# An ``&`` that does not start an entity or character reference: common in sitemap URLs, and
# recover mode would silently drop the text after it ("?a=1&b=2" → "?a=1=2").
_BARE_AMPERSAND = re.compile(rb"&(?!(?:[A-Za-z][\w.-]*|#[0-9]+|#[xX][0-9A-Fa-f]+);)")


def parse_sitemap(response: Response, source: str, max_entries: int, now: datetime | None = None) -> Sitemap:
    """The pages (newest first, at most `max_entries`) or child sitemaps that a sitemap lists;
    dates are checked against `now` (see `dates.server_now`).

    Raises `FeedError` naming the URL when the body is not a sitemap at all.
    """
    data, truncated = _decompress(response)
    root, problem = _parse_xml(data, response.url)
    problem = "; ".join(p for p in (truncated, problem) if p)
    kind = _local(root)
    if kind == "sitemapindex":
        children = [_url_record(item, now) for item in _children(root, "sitemap")]
        urls = _unique([loc for loc, _ in _newest_first(c for c in children if c[0])])
        return Sitemap(entries=(), children=tuple(urls), problem=problem)
    if kind != "urlset":
        raise FeedError(f"{response.url}: not a sitemap (root element <{kind}>)")
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    unreadable = 0
    dropped = [0]
    for item in _children(root, "url"):
        try:
            entry = _entry(item, source, response.url, now, dropped)
        except (UnicodeDecodeError, ValueError) as exc:  # bytes lxml kept but cannot decode: this entry only
            unreadable += 1
            logger.info("%s: a <url> entry skipped (%s: %s)", response.url, type(exc).__name__, exc)
            continue
        if entry and entry.url not in seen:
            seen.add(entry.url)
            entries.append(entry)
    if unreadable:
        problem = "; ".join(p for p in (problem, f"{unreadable} unreadable <url> entries skipped") if p)
    return Sitemap(entries=newest_first(entries, max_entries), children=(), problem=problem,
                   dropped_dates=dropped[0])


def newest_first(entries: list[FeedEntry], limit: int) -> tuple[FeedEntry, ...]:
    """Dated entries newest first, then undated ones in their original order, cut at `limit`."""
    dated = [(e, _latest(e.published, e.updated)) for e in entries]
    return tuple(e for e, _ in _newest_first(dated))[:max(limit, 0)]


def _decompress(response: Response) -> tuple[bytes, str]:
    """The XML bytes, and a note when a gzip stream ended early (what came is still read)."""
    body = response.body
    if not body.startswith(GZIP_MAGIC):
        return body, ""
    # A sitemap.xml.gz served as a file (application/x-gzip), not as Content-Encoding: httpx
    # left it compressed. Decompress in one bounded step: a gzip bomb stops at the cap.
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, MAX_UNCOMPRESSED + 1)
    except zlib.error as exc:
        raise FeedError(f"{response.url}: not a sitemap (bad gzip data: {exc})") from None
    if not inflater.eof and not data.strip():
        raise FeedError(f"{response.url}: not a sitemap (truncated or bad gzip data)")
    if len(data) > MAX_UNCOMPRESSED:
        raise FeedError(f"{response.url}: sitemap exceeds {MAX_UNCOMPRESSED} bytes uncompressed")
    return data, "" if inflater.eof else "gzip data truncated"


def _parse_xml(data: bytes, url: str) -> tuple[etree._Element, str]:
    if not data.strip():
        raise FeedError(f"{url}: not a sitemap (empty body)")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    try:
        root = etree.fromstring(_BARE_AMPERSAND.sub(b"&amp;", fix_char_refs(data)), parser)
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"{url}: not a sitemap ({exc})") from None
    if root is None:
        detail = parser.error_log[0].message if parser.error_log else "no XML element"
        raise FeedError(f"{url}: not a sitemap ({detail})")
    errors = [e for e in parser.error_log if e.level >= etree.ErrorLevels.ERROR]
    problem = f"line {errors[0].line}: {errors[0].message}" if errors else ""
    return root, problem


def _entry(item: etree._Element, source: str, sitemap_url: str, now: datetime | None = None,
           dropped: list[int] | None = None) -> FeedEntry | None:
    loc, lastmod = _url_record(item, now, dropped)
    if not loc:
        return None
    published, title = None, ""
    news = next(_children(item, "news"), None)
    if news is not None:
        published = _date(_text(next(_descendants(news, "publication_date"), None)), now, dropped)
        title = " ".join(_text(next(_descendants(news, "title"), None)).split())
    return FeedEntry(source=source, feed_url=sitemap_url, url=loc, title=title, summary="",
                     published=published or lastmod, updated=lastmod)


def _url_record(item: etree._Element, now: datetime | None = None,
                dropped: list[int] | None = None) -> tuple[str, datetime | None]:
    """The http(s) `<loc>` ("" when absent or another scheme) and `<lastmod>` of a url/sitemap."""
    loc = _text(next(_children(item, "loc"), None))
    parsed = urlparse(loc)
    if parsed.scheme.lower() not in ("http", "https") or not parsed.netloc:
        loc = ""
    return loc, _date(_text(next(_children(item, "lastmod"), None)), now, dropped)


def _date(value: str, now: datetime | None = None, dropped: list[int] | None = None) -> datetime | None:
    """A W3C datetime as aware UTC; naive means UTC; unparseable or insane means no date
    (counted in `dropped[0]` when it was readable but out of range)."""
    parsed = parse_date(value)
    sane = sane_date(parsed, now)
    if parsed is not None and sane is None and dropped is not None:
        dropped[0] += 1
    return sane


def _newest_first(items):
    """(item, date) pairs: dated newest first, then undated in document order (stable sort)."""
    items = list(items)
    dated = sorted((p for p in items if p[1]), key=lambda p: p[1], reverse=True)
    return [*dated, *(p for p in items if not p[1])]


def _latest(*dates: datetime | None) -> datetime | None:
    present = [d for d in dates if d]
    return max(present) if present else None


def _unique(urls: list[str]) -> list[str]:
    return list(dict.fromkeys(urls))


def _local(element: etree._Element) -> str:
    """Tag name without namespace, and without an undeclared prefix ("news:title" → "title")."""
    return element.tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _children(element: etree._Element, name: str):
    return (c for c in element if isinstance(c.tag, str) and _local(c) == name)


def _descendants(element: etree._Element, name: str):
    return (c for c in element.iter() if isinstance(c.tag, str) and _local(c) == name)


def _text(element: etree._Element | None) -> str:
    return scrub("".join(element.itertext()).strip()) if element is not None else ""
