"""The orchestrator: ingest → cluster → compare → render, in that order.

Each step is a plain function over a `Store`, so the CLI, the demo, cron and tests all run the
same code path. `cluster` accepts precomputed embeddings (benchmarks, evaluation sets).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

from .cluster import BACKGROUND_ARTICLES, LIVE_MEMBERS, ClusterParams, Signals, assign_articles, cluster_text
from .compare import compare_event
from .config import Settings
from .embed import CachingEmbedder, Embedder, get_embedder
from .errors import AggregatorError
from .ingest import ingest_sources
from .keywords import class_keywords
from .models import Article, ClusterReport, Comparison, IngestReport, RunReport, Source
from .render import render
from .store import Store


def embedder_for(settings: Settings, store: Store) -> Embedder:
    """The configured embedder with the store as its vector cache."""
    return CachingEmbedder(get_embedder(settings.embedder), store)


# --- 1. ingest ---------------------------------------------------------------------------
def ingest(store: Store, sources: list[Source], settings: Settings) -> IngestReport:
    """Fetch every feed and sitemap, then every page not seen before (or updated since)."""
    return ingest_sources(store, sources, settings)


# --- 2. cluster --------------------------------------------------------------------------
def cluster_params(settings: Settings) -> ClusterParams:
    total = settings.cluster_embedding_weight + settings.cluster_tfidf_weight + settings.cluster_names_weight
    return ClusterParams(threshold=settings.cluster_threshold,
                         embedding_weight=settings.cluster_embedding_weight / total,
                         tfidf_weight=settings.cluster_tfidf_weight / total,
                         names_weight=settings.cluster_names_weight / total,
                         window_days=settings.cluster_window_days,
                         time_weight=settings.cluster_time_weight)


def cluster(store: Store, settings: Settings, embedder: Embedder | None = None,
            vectors: dict[str, np.ndarray] | None = None) -> ClusterReport:
    """Assign articles not yet in an event. `vectors` (article id → vector) skips embedding."""
    return _cluster_articles(store, settings, store.unassigned_articles(), embedder, vectors)


def _cluster_articles(store: Store, settings: Settings, new: list[Article], embedder: Embedder | None,
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
    covered = main.languages
    multi_vectors: dict[str, np.ndarray] = {}
    if covered is not None and settings.multilingual_embedder and any(
            a.language not in covered for a in everyone):
        multi = CachingEmbedder(get_embedder(settings.multilingual_embedder), store)
        fresh = multi.embed([cluster_text(a) for a in everyone])
        multi_vectors = {a.id: fresh[i] for i, a in enumerate(everyone)}
    signals = Signals(main=main_vectors, multi=multi_vectors,
                      main_languages=covered if multi_vectors else None)
    background = store.recent_articles(BACKGROUND_ARTICLES) if len(everyone) < BACKGROUND_ARTICLES else []
    result = assign_articles(new, live, members, signals, cluster_params(settings), background)
    by_id = {a.id: a for a in everyone}
    texts = {ev.id: [f"{by_id[x].title}\n{by_id[x].title}\n{by_id[x].text[:2000]}" for x in ev.article_ids
                     if x in by_id] for ev in [*live, *result.events]}
    keywords = class_keywords(texts, only={ev.id for ev in result.events})
    for event in result.events:
        store.save_event(replace(event, keywords=keywords.get(event.id, ())), main.model_id, result.similarities)
    merged = []
    for absorbed, kept in result.merges:
        store.merge_events(absorbed, kept, reason="grown together by a clustering pass")
        merged.append(f"{absorbed} -> {kept}")
    return ClusterReport(len(new), len(result.created), tuple(e.id for e in result.events), tuple(merged))


def recluster(store: Store, settings: Settings, since: datetime | None = None,
              embedder: Embedder | None = None, vectors: dict[str, np.ndarray] | None = None,
              batch_days: int | None = None) -> ClusterReport:
    """Rebuild events from scratch: all of them, or those active since `since`.

    Articles are clustered again in order of time, `batch_days` at a time (default: one pass
    over everything), exactly as incremental runs would have seen them. Stored embeddings are
    reused, so this costs clustering, not embedding.
    """
    store.clear_events(since)
    pending = store.unassigned_articles()
    if not pending:
        return ClusterReport(0, 0, ())
    if batch_days is None:
        return cluster(store, settings, embedder, vectors)
    start = min(a.when for a in pending)
    assigned, created, touched, merges = 0, 0, [], []
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


# --- 3. compare --------------------------------------------------------------------------
def compare(store: Store, event_id: str, settings: Settings,
            embedder: Embedder | None = None) -> Comparison:
    event = store.event(event_id)
    articles = [store.article(aid) for aid in event.article_ids]
    sources = _sources_by_name(store)
    return compare_event(event, articles, embedder or comparison_embedder(settings, store, articles), sources)


def comparison_embedder(settings: Settings, store: Store, articles: list[Article]) -> Embedder:
    """The main embedder, or the multilingual one when a report's language is not covered."""
    main = embedder_for(settings, store)
    if (main.languages is not None and settings.multilingual_embedder
            and any(a.language not in main.languages for a in articles)):
        return CachingEmbedder(get_embedder(settings.multilingual_embedder), store)
    return main


def _sources_by_name(store: Store) -> dict[str, Source]:
    return {
        name: Source(name=name, domain=row["domain"], country=row["country"], languages=(),
                     affiliation=row["affiliation"], feeds=())
        for name, row in store.source_rows().items()
    }


# --- 4. render ---------------------------------------------------------------------------
def write_reports(store: Store, settings: Settings, out_dir: Path,
                  formats: tuple[str, ...] = ("md", "json"), event_ids: list[str] | None = None,
                  min_outlets: int = 2) -> list[Path]:
    """One report per event (per format) in `out_dir`; events seen by fewer outlets skipped."""
    out_dir.mkdir(parents=True, exist_ok=True)
    events = [store.event(e) for e in event_ids] if event_ids else store.events()
    paths = []
    for event in events:
        if len(set(event.outlets)) < min_outlets:
            continue
        comparison = compare(store, event.id, settings)
        for fmt in formats:
            path = out_dir / f"{event.id}.{fmt}"
            path.write_text(render(comparison, fmt), encoding="utf-8")
            paths.append(path)
    return paths


def run(settings: Settings, sources: list[Source]) -> RunReport:
    """The cron entry point: ingest, cluster, then rewrite the reports of touched events."""
    store = Store(settings.db_path)
    ingested = ingest(store, sources, settings)
    clustered = cluster(store, settings)
    touched = list(clustered.events_touched)
    paths = write_reports(store, settings, settings.reports_dir, event_ids=touched) if touched else []
    return RunReport(ingest=ingested, cluster=clustered, report_paths=tuple(str(p) for p in paths))


__all__ = ["ingest", "cluster", "recluster", "compare", "write_reports", "run", "embedder_for", "AggregatorError"]
