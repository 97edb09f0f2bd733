"""Stories: related events linked under one stable id, shown by `show`/`events`, compared by
`compare --story`. On the demo (real events of winter 2025-26, our own writing), on ECB+ dev
topics (two related events each), and with vectors we set by hand for the id rules."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import numpy as np
from click.testing import CliRunner

from aggregator.cli import cli
from aggregator.config.settings import Settings
from aggregator.models import Article
from aggregator.pipeline import cluster
from aggregator.store.contract import open_store
from aggregator.store.rows import article_id
from aggregator.store.sqlite import Store

from .corpora import MANIFEST, clustered_ecb_topics, demo_store
from .pages import synthetic_report


def _event_named(store: Store, name: str):
    ids = {article_id(f"http://demo.test/{i['path']}") for i in MANIFEST if i["event"] == name}
    return [ev for ev in store.events() if ids & set(ev.article_ids)]


def test_demo_travel_advisory_and_seafood_ban_are_one_story(tmp_path, minilm):
    store, settings = demo_store(tmp_path)
    cluster(store, settings)
    [seafood] = _event_named(store, "seafood")
    [ban] = _event_named(store, "ban")
    [radar] = _event_named(store, "radar")
    advisory = next(ev for ev in _event_named(store, "other") if "travel" in ev.label.lower())
    distractors = [ev for ev in _event_named(store, "other") if ev.id != advisory.id]
    story_of = store.story_of_events([ev.id for ev in store.events()])
    # China's travel advisory (14 Nov) and the seafood halt five days later: two events, one story
    assert advisory.id != seafood.id and story_of[advisory.id] == story_of[seafood.id]
    story = store.story(story_of[seafood.id])
    assert story.event_ids == (advisory.id, seafood.id) and story.id == f"s-{advisory.id}"
    assert story.label == seafood.label, "labelled by its most widely covered event"
    # a strike and lantern makers share nothing with them; the radar lock-on (7 Dec) and the
    # export ban (6 Jan) are weeks from any other event
    assert all(ev.id not in story_of for ev in [*distractors, radar, ban])


def test_show_events_and_compare_across_a_story(tmp_path, minilm):
    store, settings = demo_store(tmp_path)
    cluster(store, settings)
    [seafood] = _event_named(store, "seafood")
    db = str(settings.db_path)
    runner = CliRunner()
    shown = json.loads(runner.invoke(cli, ["--db", db, "show", seafood.id, "--json"]).output)
    story = shown["story"]
    assert story["id"].startswith("s-") and [e["id"] for e in story["events"]][-1] == seafood.id
    assert len(story["events"]) == 2 and story["events"][0]["first_seen"] < story["events"][1]["first_seen"]
    text = runner.invoke(cli, ["--db", db, "show", seafood.id]).output
    assert f"story {story['id']}" in text and "travel" in text.lower()
    listed = json.loads(runner.invoke(cli, ["--db", db, "events", "--json"]).output)
    assert {e["id"]: e["story"] for e in listed}[seafood.id] == story["id"]
    assert sum(e["story"] is None for e in listed) == len(listed) - 2
    result = runner.invoke(cli, ["--db", db, "compare", "--story", story["id"], "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    members = [aid for e in story["events"] for aid in store.event(e["id"]).article_ids]
    assert report["event"]["id"] == story["id"] and sorted(report["event"]["article_ids"]) == sorted(members)
    outlets = {store.article(aid).source for aid in members}
    assert {o["outlet"] for o in report["outlets"]} == outlets
    missing = runner.invoke(cli, ["--db", db, "compare", "--story", "s-nope"])
    assert missing.exit_code == 1 and "unknown story id 's-nope'" in missing.output
    both = runner.invoke(cli, ["--db", db, "compare", seafood.id, "--story", story["id"]])
    assert both.exit_code == 2


def test_ecbplus_topics_become_stories(tmp_path, minilm):
    """ECB+ dev topics each hold two related events (two pirate seizures by the Indian navy, two
    76ers coaching changes, two Chargers DUI arrests); half their reports carry no date, so
    stories can only go by content: a topic's events must form one story and no story may span
    two topics."""

    store, rows = clustered_ecb_topics(tmp_path, (5, 12, 35))
    topic = {article_id(f"urn:ecb:{r['doc_id']}"): r["topic"] for r in rows}
    events = store.events()
    story_of = store.story_of_events([ev.id for ev in events])
    by_story: dict[str, set[int]] = {}
    by_topic: dict[int, set[str]] = {}
    for ev in events:
        group = story_of.get(ev.id, ev.id)
        for aid in ev.article_ids:
            by_story.setdefault(group, set()).add(topic[aid])
            by_topic.setdefault(topic[aid], set()).add(group)
    assert all(len(topics) == 1 for topics in by_story.values()), by_story
    assert all(len(groups) == 1 for groups in by_topic.values()), by_topic


def _report(name: str, day: int) -> Article:
    return synthetic_report(name, datetime(2026, 1, day, 9, tzinfo=UTC))


def test_story_ids_are_stable_and_a_bridging_event_merges_two_stories(database):
    # embedding only; events need cosine 0.9, stories 0.21 (STORY_THRESHOLD)
    settings = Settings.load(database_url=database, cluster_embedding_weight=1.0, cluster_tfidf_weight=0.0,
                             cluster_names_weight=0.0, cluster_threshold=0.9, cluster_absorb_threshold=0.0)
    store = open_store(database)
    axis = np.eye(6, dtype=np.float32)

    def unit(v):
        return (v / np.linalg.norm(v)).astype(np.float32)

    vectors = {"e1": axis[0], "e2": unit(axis[0] + axis[1]), "e5": axis[2], "e6": unit(axis[2] + axis[3]),
               "e3": unit(axis[1] + axis[5]), "far": axis[4], "bridge": unit(axis[0] + axis[1] + axis[2] + axis[3])}
    for name, day in (("e1", 1), ("e2", 2), ("e5", 3), ("e6", 4), ("far", 4)):
        store.save_article(_report(name, day))
    cluster(store, settings, vectors=vectors)
    event = {aid: ev.id for ev in store.events() for aid in ev.article_ids}
    story_of = store.story_of_events(event.values())
    first, second = story_of[event["e1"]], story_of[event["e5"]]
    assert story_of[event["e2"]] == first == f"s-{event['e1']}" and story_of[event["e6"]] == second != first
    assert event["far"] not in story_of, "an event related to nothing has no story"
    # a follow-up of e2 joins the first story under the same id
    store.save_article(_report("e3", 5))
    cluster(store, settings, vectors=vectors)
    event = {aid: ev.id for ev in store.events() for aid in ev.article_ids}
    assert store.story_of_events([event["e3"]])[event["e3"]] == first
    # an event close to both stories joins them: the older story's id is kept, the other resolves to it
    store.save_article(_report("bridge", 6))
    cluster(store, settings, vectors=vectors)
    event = {aid: ev.id for ev in store.events() for aid in ev.article_ids}
    assert set(store.story_of_events(event.values()).values()) == {first}
    assert store.story(second).id == first
    assert set(store.story(first).event_ids) == {event[n] for n in ("e1", "e2", "e3", "e5", "e6", "bridge")}
    # five weeks on, a report like e1 starts no link: every event of the story is weeks old
    later = datetime(2026, 2, 10, tzinfo=UTC)
    store.save_article(replace(_report("late", 1), published=later, fetched_at=later))
    cluster(store, settings, vectors={**vectors, "late": unit(axis[0] + 0.1 * axis[1])})
    late = {aid: ev.id for ev in store.events() for aid in ev.article_ids}["late"]
    assert late not in store.story_of_events([late])
