"""Ingestion: feeds and sitemaps, then the pages they list, politely and concurrently.

Network work (fetching, extraction) runs in a thread pool under the fetcher's per-host limits;
every database write happens on the calling thread. One bad feed or page never stops the batch:
it becomes one row of `fetch_log` naming the URL and the reason.
"""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, fields, replace
from datetime import datetime, timezone
from pathlib import Path

from .config import Settings
from .dedup import mark_near_copy
from .errors import ExtractError, FeedError, FetchError
from .extract import canonical_url, extract_page
from .feeds import parse_feed
from .fetch import Fetcher
from .models import Article, Extraction, FeedEntry, IngestReport, PageExtraction, Response, Source
from .sitemaps import newest_first, parse_sitemap
from .store import Store, article_id
from .text import content_hash

HTML_TYPES = ("text/html", "application/xhtml+xml", "")
MAX_CHILD_SITEMAPS = 50  # children of one sitemap index fetched per run, newest first


@dataclass(frozen=True)
class _Job:
    source: Source
    entry: FeedEntry
    aliases: tuple[str, ...] = ()  # the same page listed under other URLs (another feed, tracking)


@dataclass(frozen=True)
class _Fetched:
    job: _Job
    response: Response | None = None
    found: Extraction | None = None
    error: str = ""


def ingest_sources(store: Store, sources: list[Source], settings: Settings) -> IngestReport:
    store.sync_sources(sources)
    counts: Counter[str] = Counter()
    with Fetcher(settings) as fetcher, ThreadPoolExecutor(max_workers=settings.workers) as pool:
        feed_jobs = [(src, url, kind) for src in sources for url, kind in
                     [*((f.url, "feed") for f in src.feeds), *((u, "sitemap") for u in src.sitemaps)]]
        states = {url: store.feed_state(url) for _, url, _ in feed_jobs}
        futures = [pool.submit(_fetch_feed, fetcher, src, url, states[url]) for src, url, _ in feed_jobs]
        jobs: dict[str, _Job] = {}
        for (source, url, kind), future in zip(feed_jobs, futures):
            for entry in _read_feed(store, source, url, kind, future.result(), settings, counts,
                                    fetcher):
                counts["entries_seen"] += 1
                job = _job_for(store, source, entry, counts)
                key = canonical_url(entry.url)
                if job and key in jobs:
                    jobs[key] = replace(jobs[key], aliases=(*jobs[key].aliases, entry.url))
                elif job:
                    jobs[key] = job
        for fetched in pool.map(lambda j: _fetch_page(fetcher, j, settings), jobs.values()):
            _store_page(store, fetched, counts)
    return IngestReport(**{f.name: counts[f.name] for f in fields(IngestReport)})


def _fetch_feed(fetcher: Fetcher, source: Source, url: str, state: dict) -> Response | FetchError:
    headers = {}
    if state.get("etag"):
        headers["If-None-Match"] = state["etag"]
    if state.get("last_modified"):
        headers["If-Modified-Since"] = state["last_modified"]
    try:
        return fetcher.get(state.get("url") or url, allow_private=source.allow_private_hosts,
                           headers=headers, respect_robots=source.respect_robots)
    except FetchError as exc:
        return exc


def _read_feed(store: Store, source: Source, url: str, kind: str, result: Response | FetchError,
               settings: Settings, counts: Counter, fetcher: Fetcher | None = None
               ) -> tuple[FeedEntry, ...]:
    """The entries of one fetched feed or sitemap; with a `fetcher`, a sitemap index is followed."""
    if isinstance(result, FetchError):
        counts["feeds_failed"] += 1
        store.log(kind, url, str(result), source=source.name)
        return ()
    resp = result
    if resp.status == 304:
        counts["feeds_not_modified"] += 1
        store.update_feed(url, source.name, last_status=304)
        store.log(kind, resp.url, "not modified", source=source.name, status=304, ok=True)
        return ()
    if resp.permanent_redirect:
        store.move_feed(url, resp.url)
        store.log(kind, url, f"moved permanently to {resp.url}", source=source.name,
                  status=resp.status, ok=True)
    try:
        if kind == "sitemap":
            sitemap = parse_sitemap(resp, source.name, settings.max_entries_per_feed)
            entries, problem = list(sitemap.entries), sitemap.problem
            if sitemap.children and fetcher is None:  # an index inside an index: one level only
                problem = "; ".join(p for p in (problem, f"nested sitemap index with "
                                                f"{len(sitemap.children)} sitemaps (not followed)") if p)
            elif sitemap.children:
                entries = _read_sitemap_index(store, fetcher, source, resp.url, sitemap.children,
                                              settings, counts)
        else:  # parse_feed refuses what is not a feed, whatever the content type claims
            parsed = parse_feed(resp, source.name, settings.max_entries_per_feed)
            entries, problem = list(parsed.entries), parsed.problem
    except FeedError as exc:
        counts["feeds_failed"] += 1
        store.log(kind, resp.url, str(exc), source=source.name, status=resp.status)
        return ()
    counts["feeds_fetched"] += 1
    store.update_feed(resp.url, source.name, etag=resp.headers.get("etag"),
                      last_modified=resp.headers.get("last-modified"), last_status=resp.status)
    reason = f"{len(entries)} entries" + (f"; ill-formed, used anyway: {problem}" if problem else "")
    store.log(kind, resp.url, reason, source=source.name, status=resp.status, ok=True)
    return tuple(entries)


def _read_sitemap_index(store: Store, fetcher: Fetcher, source: Source, url: str,
                        children: tuple[str, ...], settings: Settings, counts: Counter) -> list[FeedEntry]:
    """The newest entries of an index's child sitemaps, fetched one by one with conditional GET.

    Children are read like configured sitemaps (a failing one is one `fetch_log` row), but are
    not followed further; the index as a whole keeps the per-feed entry limit.
    """
    children = tuple(c for c in children if c != url)
    if len(children) > MAX_CHILD_SITEMAPS:
        store.log("sitemap", url, f"sitemap index lists {len(children)} sitemaps; following the "
                  f"newest {MAX_CHILD_SITEMAPS}", source=source.name, ok=True)
    entries: list[FeedEntry] = []
    for child in children[:MAX_CHILD_SITEMAPS]:
        result = _fetch_feed(fetcher, source, child, store.feed_state(child))
        entries += _read_feed(store, source, child, "sitemap", result, settings, counts)
    return list(newest_first(entries, settings.max_entries_per_feed))


def _job_for(store: Store, source: Source, entry: FeedEntry, counts: Counter) -> _Job | None:
    """A page to fetch, or None when we already have it and the feed says nothing changed."""
    known = store.known_article(entry.url) or store.known_article(canonical_url(entry.url))
    if known is None:
        return _Job(source, entry)
    aid, seen_update = known
    store.remember_url(entry.url, aid)
    if entry.updated and seen_update and entry.updated > seen_update:  # edited since: fetch again
        return _Job(source, entry)
    counts["articles_unchanged"] += 1
    return None


def _fetch_page(fetcher: Fetcher, job: _Job, settings: Settings) -> _Fetched:
    source, entry = job.source, job.entry
    try:
        resp = fetcher.get(entry.url, allow_private=source.allow_private_hosts,
                           respect_robots=source.respect_robots)
        if resp.content_type not in HTML_TYPES:
            raise ExtractError(f"{resp.url}: not an HTML page ({resp.content_type})")
        found = extract_page(resp.body, resp.url, entry=entry,
                             default_language=source.languages[0] if source.languages else "",
                             min_chars=settings.min_article_chars,
                             content_type=resp.headers.get("content-type", ""))
    except (FetchError, ExtractError) as exc:
        return _Fetched(job, error=str(exc))
    return _Fetched(job, response=resp, found=found)


def _store_page(store: Store, fetched: _Fetched, counts: Counter) -> None:
    source, entry = fetched.job.source, fetched.job.entry
    counts["pages_fetched"] += 1  # requested, whatever came back
    if fetched.error:
        counts["failures"] += 1
        store.log("page", entry.url, fetched.error, source=source.name)
        return
    resp, found = fetched.response, fetched.found
    canon = canonical_url(found.canonical or resp.url)
    article = Article(
        id=article_id(canon), url=resp.url, canonical_url=canon, source=source.name,
        title=found.title or entry.title, text=found.text, published=found.published,
        fetched_at=datetime.now(timezone.utc), language=found.language,
        content_hash=content_hash(found.text), author=found.author,
        extraction_method=found.method, credits=found.credits, flags=found.flags, sitename=found.sitename,
    )
    outcome = store.save_article(article, html=resp.body, summary=entry.summary,
                                 urls=(entry.url, resp.requested_url, *fetched.job.aliases),
                                 feed_updated=entry.updated or entry.published)
    counts["articles_unchanged" if outcome == "unchanged" else
           "articles_updated" if outcome == "updated" else "articles_new"] += 1
    if outcome == "new":
        mark_near_copy(store, store.article(article.id))
    flags = f", flags: {', '.join(found.flags)}" if found.flags else ""
    store.log("page", resp.url, f"{outcome} ({found.method}{flags})", source=source.name,
              status=resp.status, ok=True)


def extract_one(target: str, settings: Settings, *, allow_private: bool = False,
                respect_robots: bool = True) -> PageExtraction:
    """Fetch (or read) one page and extract it exactly as ingestion would; store nothing.

    `target` is an http(s) URL or a path to a saved HTML file.
    """
    if target.startswith(("http://", "https://")):
        with Fetcher(settings) as fetcher:
            resp = fetcher.get(target, allow_private=allow_private, respect_robots=respect_robots)
        body, url, status, ctype = resp.body, resp.url, resp.status, resp.headers.get("content-type", "")
        if resp.content_type not in HTML_TYPES:
            raise ExtractError(f"{url}: not an HTML page ({resp.content_type})")
    else:
        path = Path(target)
        try:
            body = path.read_bytes()[: settings.max_bytes]
        except OSError as exc:
            raise ExtractError(f"{path}: cannot read: {exc.strerror or exc}") from None
        url, status, ctype = path.resolve().as_uri(), 0, ""
    found = extract_page(body, url, min_chars=settings.min_article_chars, content_type=ctype)
    return PageExtraction(url=url, status=status, content_type=ctype, extraction=found)
