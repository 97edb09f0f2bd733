"""Compare an event (or a whole story) as stored: its reports read from the store, the
outlets as the database knows them, and the embedder chosen by the reports' languages.

The one entry point for everything that compares what is in a database: the pipeline's
reports, `aggregator compare`, the comparison cache and the live site.
"""

from __future__ import annotations

from ..config.settings import Settings
from ..events.embed import CachingEmbedder, Embedder, embedder_for, get_embedder, multilingual_for
from ..models import Article, Comparison, Event, Source
from ..store.contract import StoreContract
from . import compare_event


def compare(store: StoreContract, event_id: str, settings: Settings, embedder: Embedder | None = None) -> Comparison:
    event = store.event(event_id)
    articles = [store.article(aid) for aid in event.article_ids]
    return compare_event(event, articles, embedder or comparison_embedder(settings, store, articles),
                         sources_by_name(store), second=second_view(settings, store, articles, embedder),
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
                         sources_by_name(store), second=second_view(settings, store, articles, embedder),
                         max_reports=settings.compare_max_reports, timeout=settings.compare_timeout)


def comparison_embedder(settings: Settings, store: StoreContract, articles: list[Article]) -> Embedder:
    """The main embedder, or the multilingual one when a report's language is not covered."""
    main = embedder_for(settings, store)
    return multilingual_for(settings, main, (a.language for a in articles), store) or main


def second_view(settings: Settings, store: StoreContract, articles: list[Article],
                given: Embedder | None = None) -> Embedder | None:
    """The second embedding view for alignment (compare.pairs): the multilingual embedder beside
    the main one when the main one covers every report's language (so the main one is MiniLM and
    the second a different model), none when an embedder was given (tests) or the main is the
    hashing fake."""
    if given is not None or not settings.multilingual_embedder or settings.embedder == "hashing":
        return None
    main = get_embedder(settings.embedder)
    if main.languages is None or any(a.language not in main.languages for a in articles):
        return None
    return CachingEmbedder(get_embedder(settings.multilingual_embedder), store)


def sources_by_name(store: StoreContract) -> dict[str, Source]:
    return {s.name: Source(name=s.name, domain=s.domain, country=s.country, languages=(),
                           affiliation=s.affiliation, feeds=())
            for s in store.stored_sources()}
