"""The orchestrator: ingest → cluster → compare → render, in that order.

Each step is a plain function over a `StoreContract`, so the CLI, the demo, cron and tests all run the
same code path. `cluster` accepts precomputed embeddings (benchmarks, evaluation sets).
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import asdict, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import psycopg

from .atomic import clear_leftovers, write_atomic
from .compare.loaded import load_lexicon
from .compare.stored import compare, compare_story  # the orchestrator's API (see __all__)
from .config.settings import Settings
from .errors import AggregatorError, ConfigError
from .events.cluster import BACKGROUND_ARTICLES, LIVE_MEMBERS, ClusterParams, Signals, assign_articles, cluster_text
from .events.embed import Embedder, embedder_for, multilingual_for
from .events.keywords import class_keywords, keyword_text
from .events.stories import update_stories
from .ingest.crawl import ingest_sources
from .models import Article, EventMerge, Source
from .progress import progress
from .render import render
from .render.cached import store_comparison
from .render.site import site_dir, write_site
from .runs import ClusterReport, IngestReport, RunReport
from .status import due_reports
from .store.contract import StoreContract, open_store
from .store.locks import writer_lock

logger = logging.getLogger(__name__)


# --- 1. ingest ---------------------------------------------------------------------------
def ingest(store: StoreContract, sources: list[Source], settings: Settings) -> IngestReport:
    """Fetch every feed and sitemap, then every page not seen before (or updated since)."""
    return ingest_sources(store, sources, settings)


# --- 2. cluster --------------------------------------------------------------------------
def cluster_params(settings: Settings) -> ClusterParams:
    return ClusterParams.from_settings(settings)


def cluster(store: StoreContract, settings: Settings, embedder: Embedder | None = None,
            vectors: dict[str, np.ndarray] | None = None) -> ClusterReport:
    """Assign articles not yet in an event. `vectors` (article id → vector) skips embedding."""
    with store.exclusive("cluster"):  # one clustering writer across machines (PostgreSQL): ids stay stable
        return _cluster_articles(store, settings, store.unassigned_articles(), embedder, vectors)


def _cluster_articles(store: StoreContract, settings: Settings, new: list[Article], embedder: Embedder | None,
                      vectors: dict[str, np.ndarray] | None) -> ClusterReport:
    if not new:
        return ClusterReport(0, 0, ())
    window = timedelta(days=settings.cluster_window_days)
    live = store.events(since=min(a.when for a in new) - window)
    # A long-running story is represented by its latest reports, so a batch costs the same
    # whatever the age of the stories it meets.
    ids = sorted({aid for ev in live for aid in ev.article_ids[-LIVE_MEMBERS:]})
    members = {a.id: a for a in store.articles_by_id(ids)}
    everyone = [*new, *members.values()]
    main = embedder or embedder_for(settings, store)
    main_vectors = dict(vectors or {})
    needed = [a for a in everyone if a.id not in main_vectors]
    if needed:
        fresh = main.embed([cluster_text(a) for a in needed])
        main_vectors.update({a.id: fresh[i] for i, a in enumerate(needed)})
    multi_vectors: dict[str, np.ndarray] = {}
    multi = multilingual_for(settings, main, (a.language for a in everyone), store)
    if multi is not None:
        fresh = multi.embed([cluster_text(a) for a in everyone])
        multi_vectors = {a.id: fresh[i] for i, a in enumerate(everyone)}
    signals = Signals(main=main_vectors, multi=multi_vectors,
                      main_languages=main.languages if multi_vectors else None)
    background = store.recent_articles(BACKGROUND_ARTICLES) if len(everyone) < BACKGROUND_ARTICLES else []
    result = assign_articles(new, live, members, signals, cluster_params(settings), background)
    by_id = {a.id: a for a in everyone}
    texts = {ev.id: [keyword_text(by_id[x]) for x in ev.article_ids
                     if x in by_id] for ev in [*live, *result.events]}
    keywords = class_keywords(texts, only={ev.id for ev in result.events})
    merged = []
    with store.atomic():  # a pass is saved whole or not at all: a rerun after a crash redoes it alike
        for event in result.events:
            store.save_event(replace(event, keywords=keywords.get(event.id, ())), main.model_id,
                             result.similarities)
        for absorbed, kept in result.merges:
            reason = "grown together by a clustering pass"
            store.merge_events(absorbed, kept, reason=reason)
            merged.append(EventMerge(old_id=absorbed, into_id=kept, merged_at=datetime.now(UTC), reason=reason))
        update_stories(store, [e.id for e in result.events], main.model_id,  # related events: events/stories.py
                       cluster_params=cluster_params(settings), vectors=main_vectors)
    return ClusterReport(len(new), len(result.created), tuple(e.id for e in result.events), tuple(merged))


def recluster(store: StoreContract, settings: Settings, since: datetime | None = None,
              embedder: Embedder | None = None, vectors: dict[str, np.ndarray] | None = None,
              batch_days: int | None = None) -> ClusterReport:
    """Rebuild events (see `_recluster`) as the one clustering writer: on PostgreSQL, workers
    clustering new articles wait until the rebuild is whole."""
    with store.exclusive("cluster"):
        return _recluster(store, settings, since, embedder, vectors, batch_days)


def _recluster(store: StoreContract, settings: Settings, since: datetime | None = None,
               embedder: Embedder | None = None, vectors: dict[str, np.ndarray] | None = None,
               batch_days: int | None = None) -> ClusterReport:
    """Rebuild events from scratch: all of them, or those active since `since`.

    Articles are clustered again in order of time, `batch_days` at a time (default: one pass
    over everything), exactly as incremental runs would have seen them. Stored embeddings are
    reused, so this costs clustering, not embedding.
    """
    if batch_days is not None and batch_days < 1:  # checked before anything is deleted
        raise ConfigError(f"batch_days: must be at least 1, got {batch_days}")
    store.clear_events(since)
    pending = store.unassigned_articles()
    if not pending:
        return ClusterReport(0, 0, ())
    if batch_days is None:
        return cluster(store, settings, embedder, vectors)
    start = min(a.when for a in pending)
    assigned, created = 0, 0
    touched: list[str] = []
    merges: list[EventMerge] = []
    while True:
        end = start + timedelta(days=batch_days)
        batch = [a for a in pending if a.when < end]
        pending = [a for a in pending if a.when >= end]
        if batch:
            report = _cluster_articles(store, settings, batch, embedder, vectors)
            assigned, created = assigned + report.articles_assigned, created + report.events_created
            touched += report.events_touched
            merges += report.merges
        if not pending:
            break
        start = end
    return ClusterReport(assigned, created, tuple(dict.fromkeys(touched)), tuple(merges))


# --- 3. compare: compare/stored.py (an event or story as stored, with the right embedder) ---


# --- 4. render ---------------------------------------------------------------------------
def write_reports(store: StoreContract, settings: Settings, out_dir: Path,
                  formats: tuple[str, ...] = ("md", "json"), event_ids: list[str] | None = None,
                  min_outlets: int = 2, force: bool = False) -> list[Path]:
    """Write the reports (one per event and format) that are missing in `out_dir` or older than
    their event; events seen by fewer outlets are skipped. Returns the files written.

    Whether a report is current is read from the database (the event version each file was
    written from) and the folder (the file exists), never from what this run touched, so a run
    cut off halfway through its reports, or one that failed before them, is made good by the next.
    Each file is written to a temporary name and renamed: a reader never sees half a report.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    # temporary files of a run killed mid-write (we hold the writer lock); reports lie flat in
    # out_dir, and the site folder, which may sit inside it, is cleared by the site's own writer
    clear_leftovers(out_dir, recursive=False)
    events = [store.event(e) for e in event_ids] if event_ids else store.events()
    paths = []
    for event, due in progress(list(due_reports(store, events, out_dir, formats, min_outlets, force)),
                               desc="reports", unit="event"):
        comparison = compare(store, event.id, settings)
        store_comparison(store, event, comparison, settings)  # the site and serve read it from the cache
        for fmt, path in due:
            write_atomic(path, render(comparison, fmt))
            store.report_written(str(path), event.id, event.updated_at)
            logger.info("wrote %s", path)
            paths.append(path)
    return paths


def run(settings: Settings, sources: list[Source], *, wait: bool = False) -> RunReport:
    """The cron entry point: ingest, cluster, then (re)write every report that is missing or stale.

    Holds the writer lock for the whole run: with `wait`, up to `settings.lock_timeout` seconds
    for a run in progress to end; without, a second run raises `BusyError` at once (the CLI
    reports that and exits 0, so overlapping cron runs are harmless). Each run is recorded in
    the `runs` table; a run cut off by a crash stays `running` there until the next run marks it
    `interrupted`, and the next run ends where an uninterrupted one would have: pages not stored
    are still due, clustering passes are saved whole, reports are rewritten from the database.
    """
    load_lexicon(settings.loaded_terms)  # a bad file stops us before any work
    with writer_lock(settings.database, settings.lock_timeout if wait else 0.0):
        store = open_store(settings.database)
        run_id = store.start_run("run")
        try:
            logger.info("run %d: ingesting %d sources", run_id, len(sources))
            ingested = ingest(store, sources, settings)
            logger.info("run %d: %d new articles; clustering", run_id, ingested.articles_new)
            clustered = cluster(store, settings)
            logger.info("run %d: %d articles assigned; writing reports", run_id, clustered.articles_assigned)
            paths = write_reports(store, settings, settings.reports_dir)
            logger.info("run %d: %d report files written", run_id, len(paths))
            folder = site_dir(settings)  # the static site (render/site.py); site_dir "none" turns it off
            if folder:
                clear_leftovers(folder)
            site = write_site(store, settings, folder) if folder else None
        except BaseException as exc:
            _record_failure(store, run_id, exc)
            raise
        report = RunReport(ingest=ingested, cluster=clustered, report_paths=tuple(str(p) for p in paths),
                           site_dir=str(folder) if folder else "", site_written=len(site.written) if site else 0)
        store.finish_run(run_id, "ok", {**asdict(ingested), "articles_assigned": clustered.articles_assigned,
                                        "events_created": clustered.events_created, "reports_written": len(paths)})
    return report


def _record_failure(store: StoreContract, run_id: int, exc: BaseException) -> None:
    """Mark the run failed; if even that write fails (a full disk), the next run marks it interrupted."""
    try:
        store.finish_run(run_id, "failed", {}, error=str(exc) or type(exc).__name__)
    except (sqlite3.Error, psycopg.Error) as again:
        logger.warning("could not record the failed run %s: %s", run_id, again)


__all__ = ["ingest", "cluster", "recluster", "compare", "compare_story", "write_reports", "run", "embedder_for",
           "AggregatorError"]
