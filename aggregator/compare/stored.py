"""Compare an event (or a whole story) as stored: its reports read from the store, the
outlets as the database knows them, and the embedder chosen by the reports' languages.

The one entry point for everything that compares what is in a database: the pipeline's
reports, `aggregator compare`, the comparison cache and the live site.
"""

from __future__ import annotations

from ..config.settings import Settings
from ..events.embed import Embedder, embedder_for, multilingual_for
from ..models import Article, Comparison, Event, Source
from ..store.contract import StoreContract
from . import compare_event


def compare(store: StoreContract, event_id: str, settings: Settings, embedder: Embedder | None = None) -> Comparison:
    event = store.event(event_id)
    articles = [store.article(aid) for aid in event.article_ids]
    return compare_event(event, articles, embedder or comparison_embedder(settings, store, articles),
                         sources_by_name(store),
                         max_reports=settings.compare_max_reports, timeout=settings.compare_timeout)


def compare_story(store: StoreContract, story_id: str, settings: Settings,
                  embedder: Embedder | None = None) -> Comparison:
    """Compare across a story: the comparison of one event, over the union of its events'
    reports, so outlets that covered the story through different events meet in one report."""
    story = store.story(story_id)
    events = store.events_by_id(story.event_ids)
    articles = [store.article(aid) for ev in events for aid in ev.article_ids]
    union = Event(id=story.id, label=story.label, first_seen=story.first_seen, last_seen=story.last_seen,
                  article_ids=tuple(a.id for a in articles), outlets=tuple(a.source for a in articles))
    return compare_event(union, articles, embedder or comparison_embedder(settings, store, articles),
                         sources_by_name(store),
                         max_reports=settings.compare_max_reports, timeout=settings.compare_timeout)


def comparison_embedder(settings: Settings, store: StoreContract, articles: list[Article]) -> Embedder:
    """The main embedder, or the multilingual one when a report's language is not covered."""
    main = embedder_for(settings, store)
    return multilingual_for(settings, main, (a.language for a in articles), store) or main


def sources_by_name(store: StoreContract) -> dict[str, Source]:
    return {s.name: Source(name=s.name, domain=s.domain, country=s.country, languages=(),
                           affiliation=s.affiliation, feeds=())
            for s in store.stored_sources()}
