"""Main text and metadata of one page, with trafilatura.

trafilatura decodes the bytes (HTTP/meta charset, then detection), drops navigation, cookie
banners, comments and related-links boxes, and reads title/author/date/site name from meta
tags and JSON-LD. When it finds nothing usable, or much less than the feed's own summary, we
fall back to the summary and record that path, so a thin page is never stored silently as
if it were the full report. An outlet whose pages trafilatura misreads can have its own reader
(`sites.py`, entry point group `aggregator.extractors`), tried first.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from typing import Any

import trafilatura
from lxml.etree import XPath
from lxml.html import HtmlElement
from trafilatura import metadata as tm
from trafilatura.utils import load_html
from trafilatura.xml import delete_element

from ..config.settings import MAX_TEXT_CHARS
from ..errors import ExtractError
from ..models import Extraction, FeedEntry
from ..text import cap_text, detect_language, normalize_text
from .charsets import decode_html
from .dates import parse_date, sane_date
from .furniture import clean_capture
from .sites import SitePage, site_extraction

logger = logging.getLogger(__name__)
# Keep the time and offset, not just the day, so timezones are handled; no guessing from "© 2026".
DATE_PARAMS = {"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True, "extensive_search": False}


def _bare_extraction(html: str, url: str, with_metadata: bool):
    tree = _pruned_tree(html)
    if tree is None:
        return None
    return trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=with_metadata,
        include_comments=False,
        include_tables=True,  # tables hold facts (tolls, results); the comparison drops fragments itself
        # trafilatura's deduplication remembers paragraphs across calls in a process: it
        # would silently drop a syndicated copy's shared paragraphs, or a re-fetched edit.
        deduplicate=False,
        date_extraction_params=DATE_PARAMS,
    )


def _metadata_without_date(doc: object, html: str) -> None:
    """Title, author and site name by trafilatura's own readers, skipping the date."""
    tree = load_html(html)
    if tree is None:
        return
    opengraph = tm.extract_opengraph(tree)
    for name, reader in (("title", tm.extract_title), ("author", tm.extract_author),
                         ("sitename", tm.extract_sitename)):
        if not getattr(doc, name, None):
            setattr(doc, name, opengraph.get(name) or reader(tree))


def _fill_metadata(doc: _SiteDocument, html: str, url: str) -> None:
    """Fields a site extractor left empty, from trafilatura's reading of the page's metadata
    (meta tags, JSON-LD), as for a page trafilatura extracts; its date reader can raise on a
    broken date, and then everything but the date is read."""
    tree = load_html(html)
    if tree is None:
        return
    try:
        meta = tm.extract_metadata(tree, default_url=url, date_config=DATE_PARAMS, extensive=False)
    except Exception as exc:  # trafilatura's date parser on an impossible date
        logger.debug("%s: metadata without the date (%s: %s)", url, type(exc).__name__, exc)
        _metadata_without_date(doc, html)
        return
    for name in ("title", "author", "sitename", "date", "url"):
        if not getattr(doc, name, None):
            setattr(doc, name, getattr(meta, name, None) or getattr(doc, name, None))


PAYWALL = re.compile(
    rb"""isAccessibleForFree["']?\s*[:=]\s*["']?false|class=["'][^"']*\b(paywall|subscriber-only|"""
    rb"""premium-content|article-locked)\b|subscribe (now )?to (continue|keep) reading|"""
    rb"""already a subscriber\?|this (article|story) is (only )?(available )?(for|to) subscribers""",
    re.IGNORECASE)
# Subscription prompts and overlays sit inside the article element on many sites, where
# trafilatura would keep them as body text; elements with one of these class names or ids are
# pruned from the tree before extraction.
PRUNE_NAMES = frozenset({"paywall", "subscribe", "subscription", "subscriber-prompt", "regwall", "piano-offer",
                         "premium-prompt", "tp-modal", "meteredContent-prompt", "newsletter-signup"})
_WITH_CLASS_OR_ID = XPath("//*[@class or @id]")


def _pruned_tree(html: str) -> HtmlElement | None:
    """The parsed page without subscription prompts, parsed once and handed to trafilatura.

    One pass over the elements that have a class or an id, matching tokens in Python: the
    same test as ten `contains(concat(' ', normalize-space(@class), ' '), …)` XPath expressions,
    which walked the whole tree ten times and took a quarter of extraction time on real pages
    (benchmarks/extract_real.py: 17 ms a page against 1 ms).
    """
    tree = load_html(html)
    if tree is None:
        return None
    for element in _WITH_CLASS_OR_ID(tree):
        classes = element.get("class")
        if element.get("id") in PRUNE_NAMES or (classes and not PRUNE_NAMES.isdisjoint(classes.split())):
            delete_element(element)  # its tail text stays
    return tree


class _SiteDocument:
    """A site extractor's page under the attribute names of trafilatura's document."""

    def __init__(self, page: SitePage):
        self.text, self.title, self.author = page.text, page.title, page.author
        self.date, self.sitename, self.language, self.url = (page.published or None, page.sitename,
                                                             page.language, page.canonical)


# A page whose text is shorter than this share of its own feed summary lost part of the report
# (a teaser page, a paywall that also hides the lead): flag it `truncated`. Feeds' summaries are a
# lead paragraph or the whole text; an extraction under 80 % of a summary was, in the demo's
# paywalled pages and the ingest benchmark's truncated ones, always missing text.
SUMMARY_SHORTFALL = 0.8
HTML_LANG = re.compile(r"""<html[^>]*\blang\s*=\s*["']?([A-Za-z]{2,3})""", re.IGNORECASE)


def extract_page(
    body: bytes | str,
    url: str,
    entry: FeedEntry | None = None,
    default_language: str = "",
    min_chars: int = 200,
    now: datetime | None = None,
    content_type: str = "",
    max_chars: int = MAX_TEXT_CHARS,
) -> Extraction:
    """Extract one page. Raises `ExtractError` only when neither page nor feed gives any text.

    Flags say what a reader of the stored text must know: `paywall` (the page shows a
    subscription prompt), `truncated` (the text is likely not the whole report),
    `feed-summary` (the page gave too little; the feed's summary was stored instead). Text
    past `max_chars` is cut (flag `truncated`); a date outside 1990 to tomorrow is dropped,
    the page kept.
    """
    now = now or datetime.now(UTC)
    raw = body if isinstance(body, bytes) else body.encode("utf-8")
    html, charset = (body, "unicode") if isinstance(body, str) else decode_html(body, content_type)
    method = "trafilatura"
    site = site_extraction(html, url)
    try:
        doc: Any
        if site is not None:  # an override registered for this outlet read the page
            method, doc = f"site:{site[0]}", _SiteDocument(site[1])
            _fill_metadata(doc, html, url)  # what it left empty, from the page's meta tags
        else:
            doc = _bare_extraction(html, url, with_metadata=True)
        if doc is None:
            # trafilatura discards the whole page when its date parser raises (an offset of
            # +25:00, year 0): read the text without metadata, then the metadata but the date.
            doc = _bare_extraction(html, url, with_metadata=False)
            if doc is not None:
                _metadata_without_date(doc, html)
    except Exception as exc:  # trafilatura can raise on pathological markup; fall back below
        doc = None
        problem = f"{type(exc).__name__}: {exc}"
        logger.warning("%s: trafilatura failed (%s); falling back to the feed summary", url, problem,
                       exc_info=logger.isEnabledFor(logging.DEBUG))
    else:
        problem = ""
    text = normalize_text(getattr(doc, "text", "") or "") if doc is not None else ""
    # trafilatura keeps what looks like body text; credit lines, captions and paywall prompts
    # often do, so the same furniture rules as for captures run on its output.
    cleaned = clean_capture(text, guess_title=False, page_footer=False)
    text = normalize_text(cleaned.text)
    summary = entry.summary if entry else ""
    flags: list[str] = []
    if PAYWALL.search(raw):
        flags.append("paywall")
    if len(text) < min_chars and len(summary) > len(text):
        text, method = normalize_text(summary), "feed-summary"
        flags.append("feed-summary")
    text, cut = cap_text(text, max_chars)
    if cut or "paywall" in flags or len(text) < min_chars or (summary and len(text) < SUMMARY_SHORTFALL * len(summary)):
        flags.append("truncated")
    if not text:
        raise ExtractError(f"{url}: no article text found{' (' + problem + ')' if problem else ''}")
    title = (getattr(doc, "title", "") or "") if doc is not None else ""
    published = entry.published if entry and entry.published else None
    if published is None and doc is not None:
        published = parse_date(getattr(doc, "date", None))
    published = sane_date(published, now)  # year 1 or 2099 is a parsing error, not the news's date
    language = (getattr(doc, "language", "") or "") if doc is not None else ""
    lang_attr = HTML_LANG.search(html[:4096])
    language = language or (lang_attr.group(1) if lang_attr else "")
    return Extraction(
        text=text,
        title=(title or (entry.title if entry else "")).strip(),
        author=((getattr(doc, "author", "") or "") if doc is not None else "").strip(),
        published=published,
        sitename=((getattr(doc, "sitename", "") or "") if doc is not None else "").strip(),
        language=(language or detect_language(text, default_language or "en")).lower()[:2],
        method=method,
        canonical=((getattr(doc, "url", "") or "") if doc is not None else "").strip(),
        credits=cleaned.credits,
        flags=tuple(flags),
        charset=charset,
    )

