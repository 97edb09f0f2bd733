"""Ingestion: feeds and sitemaps, then the pages they list, politely and concurrently.

Network work (fetching, extraction) runs in a thread pool under the fetcher's per-host limits;
every database write happens on the calling thread. One bad feed or page never stops the batch:
it becomes one row of `fetch_log` naming the URL and the reason.

The steps (`fetch_feed`, `read_fetched_feed`, `fetch_page`, `store_page`, `save_validators`) are
public because `aggregator worker` (workers.py) runs the same steps one queued job at a time.
"""

from __future__ import annotations

import logging
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from pathlib import Path

from ..config.settings import Settings
from ..errors import ExtractError, FeedError, FetchError
from ..models import Article, Extraction, FeedEntry, FeedState, PageExtraction, Response, Source
from ..progress import progress
from ..runs import IngestReport
from ..store.contract import StoreContract
from ..store.rows import article_id
from ..text import content_hash, printable
from ..urls import canonical_url
from .dates import describe_skew, server_now
from .extract import extract_page
from .feeds import parse_feed
from .fetch import Fetcher
from .persist import LogLine, store_article
from .sitemaps import newest_first, parse_sitemap

MAX_CHILD_SITEMAPS = 50  # children of one sitemap index fetched per run, newest first
# A page that failed is tried again on the next runs, whatever its feed says, up to this many
# attempts in all: enough to ride out a site's bad hour across half-hourly cron runs, few enough
# that a page gone for good (404) stops costing a request every run.
MAX_PAGE_ATTEMPTS = 5

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageJob:
    source: Source
    entry: FeedEntry
    aliases: tuple[str, ...] = ()  # the same page listed under other URLs (another feed, tracking)


@dataclass(frozen=True)
class _Fetched:
    job: PageJob
    response: Response | None = None
    found: Extraction | None = None
    error: str = ""


@dataclass(frozen=True)
class _Validators:
    """What a feed said about itself (ETag, Last-Modified), stored only once every page it
    announced is stored or queued as due: saved earlier, a crash or a full disk halfway through
    the pages would make every later run get 304 and never see the rest."""

    url: str
    source: str
    etag: str | None
    last_modified: str | None
    status: int


def ingest_sources(store: StoreContract, sources: list[Source], settings: Settings) -> IngestReport:
    store.sync_sources(sources)
    counts: Counter[str] = Counter()
    by_name = {src.name: src for src in sources}
    with Fetcher(settings) as fetcher, ThreadPoolExecutor(max_workers=settings.workers) as pool:
        feed_jobs = [(src, url, kind) for src in sources for url, kind in
                     [*((f.url, "feed") for f in src.feeds), *((u, "sitemap") for u in src.sitemaps)]]
        states = {url: store.feed(url) for _, url, _ in feed_jobs}
        futures = [pool.submit(fetch_feed, fetcher, src, url, states[url]) for src, url, _ in feed_jobs]
        jobs: dict[str, PageJob] = {}
        announced_by: dict[str, set[str]] = {}  # job key -> the feeds (validator URLs) that listed it
        validators: list[_Validators] = []
        for (source, url, kind), future in zip(feed_jobs, futures):
            entries, found = read_fetched_feed(store, source, url, kind, future.result(), settings, counts,
                                        (fetcher, pool))
            validators += found
            for entry in entries:
                counts["entries_seen"] += 1
                job = page_job_for(store, source, entry, counts)
                key = canonical_url(entry.url)
                if job and key in jobs:
                    jobs[key] = replace(jobs[key], aliases=(*jobs[key].aliases, entry.url))
                elif job:
                    jobs[key] = job
                if job:
                    announced_by.setdefault(key, set()).update(v.url for v in found)
        for entry in store.due_pages():  # failed in an earlier run: due whatever the feeds say now
            key = canonical_url(entry.url)
            if key in jobs or entry.source not in by_name:
                continue
            if store.known_article(entry.url) or store.known_article(key):
                store.page_done(entry.url)
                continue
            jobs[key] = PageJob(by_name[entry.source], entry)
        outstanding = Counter(url for urls in announced_by.values() for url in urls)
        for checked in validators:
            if not outstanding[checked.url]:
                save_validators(store, checked)
        pending = {v.url: v for v in validators if outstanding[v.url]}
        fetched_pages = pool.map(lambda j: fetch_page(fetcher, j, settings), jobs.values())
        for key, fetched in zip(jobs, progress(fetched_pages, total=len(jobs), desc="pages", unit="page")):
            store_page(store, fetched, counts, settings)
            for url in announced_by.get(key, ()):
                outstanding[url] -= 1
                if not outstanding[url] and url in pending:
                    save_validators(store, pending.pop(url))
    return IngestReport(**{f.name: counts[f.name] for f in fields(IngestReport)})


def save_validators(store: StoreContract, found: _Validators) -> None:
    store.update_feed(found.url, found.source, etag=found.etag, last_modified=found.last_modified,
                      last_status=found.status)


def fetch_feed(fetcher: Fetcher, source: Source, url: str, state: FeedState) -> Response | FetchError:
    headers = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    try:
        return fetcher.get(state.url or url, allow_private=source.allow_private_hosts,
                           headers=headers, respect_robots=source.respect_robots)
    except FetchError as exc:
        return exc


def read_fetched_feed(store: StoreContract, source: Source, url: str, kind: str, result: Response | FetchError,
               settings: Settings, counts: Counter, network: tuple[Fetcher, ThreadPoolExecutor] | None = None
               ) -> tuple[tuple[FeedEntry, ...], tuple[_Validators, ...]]:
    """The entries of one fetched feed or sitemap, and the validators to store once their pages
    are in; with a `network` (fetcher and pool), a sitemap index is followed (its children's
    validators included)."""
    if isinstance(result, FetchError):
        counts["feeds_failed"] += 1
        store.log(kind, url, str(result), source=source.name)
        return (), ()
    resp = result
    if resp.status == 304:
        counts["feeds_not_modified"] += 1
        store.update_feed(url, source.name, last_status=304)
        store.log(kind, resp.url, "not modified", source=source.name, status=304, ok=True)
        return (), ()
    if resp.permanent_redirect:
        store.move_feed(url, resp.url)
        store.log(kind, url, f"moved permanently to {resp.url}", source=source.name,
                  status=resp.status, ok=True)
    children: tuple[_Validators, ...] = ()
    now, skew = server_now(resp.headers)
    if skew is not None:
        counts["clock_skewed"] += 1
        store.log("clock", resp.url, f"{describe_skew(skew)} ({resp.headers.get('date', '')[:40]}); "
                  "dates checked against the server's clock", source=source.name, status=resp.status)
    dropped = 0
    try:
        if kind == "sitemap":
            sitemap = parse_sitemap(resp, source.name, settings.max_entries_per_feed, now)
            entries, problem, dropped = list(sitemap.entries), sitemap.problem, sitemap.dropped_dates
            if sitemap.children and network is None:  # an index inside an index: one level only
                problem = "; ".join(p for p in (problem, f"nested sitemap index with "
                                                f"{len(sitemap.children)} sitemaps (not followed)") if p)
            elif sitemap.children and network is not None:
                entries, children = _read_sitemap_index(store, network, source, resp.url, sitemap.children,
                                                        settings, counts)
        else:  # parse_feed refuses what is not a feed, whatever the content type claims
            parsed = parse_feed(resp, source.name, settings.max_entries_per_feed, now)
            entries, problem, dropped = list(parsed.entries), parsed.problem, parsed.dropped_dates
    except FeedError as exc:
        counts["feeds_failed"] += 1
        store.log(kind, resp.url, str(exc), source=source.name, status=resp.status)
        return (), ()
    except Exception as exc:  # a parser bug on hostile bytes costs this feed, never the run
        counts["feeds_failed"] += 1
        logger.warning("%s: unreadable %s (%s: %s)", resp.url, kind, type(exc).__name__, exc)
        logger.debug("parser failure on %s", resp.url, exc_info=True)
        store.log(kind, resp.url, f"{resp.url}: unreadable {kind} ({type(exc).__name__}: "
                  f"{printable(str(exc))[:200]})", source=source.name, status=resp.status)
        return (), ()
    counts["feeds_fetched"] += 1
    reason = f"{len(entries)} entries" + (f"; ill-formed, used anyway: {problem}" if problem else "") + (
        f"; {dropped} dates outside 1990 to tomorrow dropped (entries kept)" if dropped else "")
    store.log(kind, resp.url, reason, source=source.name, status=resp.status, ok=True)
    own = _Validators(resp.url, source.name, resp.headers.get("etag"), resp.headers.get("last-modified"),
                      resp.status)
    return tuple(entries), (own, *children)


def _read_sitemap_index(store: StoreContract, network: tuple[Fetcher, ThreadPoolExecutor], source: Source, url: str,
                        children: tuple[str, ...], settings: Settings, counts: Counter
                        ) -> tuple[list[FeedEntry], tuple[_Validators, ...]]:
    """The newest entries of an index's child sitemaps, fetched in the pool with conditional GET.

    Children are read like configured sitemaps (a failing one is one `fetch_log` row), but are
    not followed further; the index as a whole keeps the per-feed entry limit.
    """
    children = tuple(c for c in children if c != url)
    if len(children) > MAX_CHILD_SITEMAPS:
        store.log("sitemap", url, f"sitemap index lists {len(children)} sitemaps; following the "
                  f"newest {MAX_CHILD_SITEMAPS}", source=source.name, ok=True)
    entries: list[FeedEntry] = []
    validators: tuple[_Validators, ...] = ()
    fetcher, pool = network
    followed = children[:MAX_CHILD_SITEMAPS]
    states = [store.feed(child) for child in followed]  # database reads stay on this thread
    futures = [pool.submit(fetch_feed, fetcher, source, child, state) for child, state in zip(followed, states)]
    for child, future in zip(followed, futures):
        found, checks = read_fetched_feed(store, source, child, "sitemap", future.result(), settings, counts)
        entries += found
        validators += checks
    return list(newest_first(entries, settings.max_entries_per_feed)), validators


def page_job_for(store: StoreContract, source: Source, entry: FeedEntry, counts: Counter) -> PageJob | None:
    """A page to fetch, or None when we already have it and the feed says nothing changed."""
    known = store.known_article(entry.url) or store.known_article(canonical_url(entry.url))
    if known is None:
        return PageJob(source, entry)
    aid, seen_update = known
    store.remember_url(entry.url, aid)
    if entry.updated and seen_update and entry.updated > seen_update:  # edited since: fetch again
        return PageJob(source, entry)
    counts["articles_unchanged"] += 1
    return None


def fetch_page(fetcher: Fetcher, job: PageJob, settings: Settings) -> _Fetched:
    source, entry = job.source, job.entry
    try:
        resp = fetcher.get(entry.url, allow_private=source.allow_private_hosts,
                           respect_robots=source.respect_robots)
        if not resp.is_html:
            raise ExtractError(f"{resp.url}: not an HTML page ({resp.content_type})")
        found = extract_page(resp.body, resp.url, entry=entry,
                             default_language=source.languages[0] if source.languages else "",
                             min_chars=settings.min_article_chars, max_chars=settings.max_text_chars,
                             content_type=resp.headers.get("content-type", ""), now=server_now(resp.headers)[0])
    except (FetchError, ExtractError) as exc:
        return _Fetched(job, error=str(exc))
    except Exception as exc:  # a bug in a parser must cost one page, not the batch
        logger.warning("%s: unexpected %s while fetching or extracting", entry.url, type(exc).__name__,
                       exc_info=True)
        return _Fetched(job, error=f"unexpected {type(exc).__name__}: {exc}")
    return _Fetched(job, response=resp, found=found)


def store_page(store: StoreContract, fetched: _Fetched, counts: Counter, settings: Settings) -> None:
    source, entry = fetched.job.source, fetched.job.entry
    counts["pages_fetched"] += 1  # requested, whatever came back
    if fetched.error:
        counts["failures"] += 1
        due = store.page_failed(entry, fetched.error, MAX_PAGE_ATTEMPTS)
        note = "" if due else f" (failed {MAX_PAGE_ATTEMPTS} times: given up)"
        store.log("page", entry.url, fetched.error + note, source=source.name)
        return
    resp, found = fetched.response, fetched.found
    assert resp is not None and found is not None
    canon = canonical_url(found.canonical or resp.url)
    article = Article(
        id=article_id(canon), url=resp.url, canonical_url=canon, source=source.name,
        title=found.title or entry.title, text=found.text, published=found.published,
        fetched_at=datetime.now(UTC), language=found.language,
        content_hash=content_hash(found.text), author=found.author,
        extraction_method=found.method, credits=found.credits, flags=found.flags, sitename=found.sitename,
    )
    flags = f", flags: {', '.join(found.flags)}" if found.flags else ""
    outcome = store_article(store, article, html=resp.body, summary=entry.summary,
                            urls=(entry.url, resp.requested_url, *fetched.job.aliases),
                            feed_updated=entry.updated or entry.published,
                            log=LogLine("page", resp.url, f"({found.method}{flags})", source.name, resp.status))
    store.page_done(entry.url)
    logger.debug("stored page %s: %s", resp.url, outcome)
    counts["articles_unchanged" if outcome == "unchanged" else
           "articles_updated" if outcome == "updated" else "articles_new"] += 1


def extract_one(target: str, settings: Settings, *, allow_private: bool = False,
                respect_robots: bool = True) -> PageExtraction:
    """Fetch (or read) one page and extract it exactly as ingestion would; store nothing.

    `target` is an http(s) URL or a path to a saved HTML file.
    """
    if target.lower().startswith(("http://", "https://")):
        with Fetcher(settings) as fetcher:
            resp = fetcher.get(target, allow_private=allow_private, respect_robots=respect_robots)
        body, url, status, ctype = resp.body, resp.url, resp.status, resp.headers.get("content-type", "")
        if not resp.is_html:
            raise ExtractError(f"{url}: not an HTML page ({resp.content_type})")
    else:
        path = Path(target)
        try:
            body = path.read_bytes()[: settings.max_bytes]
        except OSError as exc:
            raise ExtractError(f"{path}: cannot read: {exc.strerror or exc}") from None
        url, status, ctype = path.resolve().as_uri(), 0, ""
    found = extract_page(body, url, min_chars=settings.min_article_chars, content_type=ctype,
                         max_chars=settings.max_text_chars)
    return PageExtraction(url=url, status=status, content_type=ctype, extraction=found)
