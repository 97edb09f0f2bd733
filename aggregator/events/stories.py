"""Stories: related events (a ban, the protest against it a day later, the follow-up a week on)
linked under one stable id, so a reader can compare across the whole story when outlets split
it differently, or when clustering split one happening into two events.

An event is one happening, reported within days; a story chains events whose centroids are
close (the clustering's signals: title+lead embedding, full-text TF-IDF, names and numbers) and
that lie within STORY_GAP_DAYS of each other. Links are single linkage: the follow-up joins the
story through the event it follows, even if it shares little with the first one.

Stories are kept stable the way events are: after each clustering pass the events it touched
are linked to the events around them; links are only ever added, a story keeps the id of its
founding event, and when an event links two stories the newer one is merged into the older
(`story_merges`, so the old id keeps resolving). An event with no related event has no story.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

import numpy as np

from ..config.settings import Settings
from ..models import Article, Event, Story
from ..text import content_hash
from .cluster import (
    LIVE_MEMBERS,
    ClusterParams,
    Signals,
    centroid_similarity,
    cluster_text,
    features,
    report_time,
    time_gaps,
    time_spans,
)

logger = logging.getLogger(__name__)

# Tuned on ECB+ train (benchmarks/cluster_quality.py, "stories" lines; BENCHMARKS.md): events
# built by the shipped clustering, datelines as report times, gold stories = ECB+ gold events
# (a shooting, the charge and the verdict are one annotated event there). A story link needs a
# centroid similarity this high: lower than an event's (the cluster_absorb_threshold setting,
# 0.31), since events of one story differ in what happened, not in who and where.
STORY_THRESHOLD = 0.21
# Events of one story follow each other within two weeks (protest, retaliation, talks); an
# event further from every event of a story starts a story of its own.
STORY_GAP_DAYS = 14


@dataclass(frozen=True)
class StoryParams:
    threshold: float = STORY_THRESHOLD
    gap_days: float = STORY_GAP_DAYS


@dataclass(frozen=True)
class StoryLinks:
    """What one linking pass did: stories created or grown, and stories merged into others."""

    stories: tuple[str, ...]
    created: tuple[str, ...]
    merges: tuple[tuple[str, str], ...]  # (absorbed id, kept id)


def story_id_for(event: Event) -> str:
    """A story is named after its founding event: `s-` and the event's id."""
    return f"s-{event.id}"


def link_events(events: list[Event], members: dict[str, list[Article]], vectors: dict[str, np.ndarray],
                touched: set[str], existing: dict[str, str], params: StoryParams = StoryParams(),
                cluster_params: ClusterParams | None = None) -> dict[str, tuple[int, float]]:
    """Group `events` into stories: the touched ones are linked to every event close enough;
    `existing` (event id -> story id) seeds the groups, so links already made stay.

    Returns, per event in a group of at least two, (group number, link strength at which it
    joined; 1.0 for the event a group was founded from or kept from before)."""
    events = [ev for ev in events if members.get(ev.id)]
    if not events:
        return {}
    articles = [a for ev in events for a in members[ev.id]]
    feats = features(articles, Signals(main=vectors, multi={}, main_languages=None))
    clusters, at = [], 0
    for ev in events:
        clusters.append(list(range(at, at + len(members[ev.id]))))
        at += len(members[ev.id])
    rows = [i for i, ev in enumerate(events) if ev.id in touched]
    times = np.array([np.nan if (t := report_time(a)) is None else t for a in articles])
    start, end = time_spans(times, clusters)
    parent = list(range(len(events)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = root(i), root(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    first_of_story: dict[str, int] = {}
    for i, ev in enumerate(events):
        if ev.id in existing:
            union(i, first_of_story.setdefault(existing[ev.id], i))
    strength = {i: 1.0 for i, ev in enumerate(events) if ev.id in existing}
    if rows:
        similarity, _ = centroid_similarity(feats, clusters, rows, list(range(len(events))),
                                            cluster_params or ClusterParams.from_settings(Settings()))
        near = time_gaps(start[rows], end[rows], start, end) <= params.gap_days * 86400.0
        for r, i in enumerate(rows):
            for j in np.flatnonzero(near[r] & (similarity[r] >= params.threshold)):
                if j != i:
                    union(i, int(j))
                    for k in (i, int(j)):
                        strength[k] = max(strength.get(k, 0.0), float(similarity[r, j]))
    groups: dict[int, list[int]] = {}
    for i in range(len(events)):
        groups.setdefault(root(i), []).append(i)
    return {events[i].id: (g, strength.get(i, 1.0)) for g, (_, idx) in enumerate(groups.items()) if len(idx) > 1
            for i in idx}


def update_stories(store, touched: Iterable[str], model: str, params: StoryParams = StoryParams(),
                   cluster_params: ClusterParams | None = None,
                   vectors: dict[str, np.ndarray] | None = None) -> StoryLinks:
    """Link the events a clustering pass touched into stories and save them.

    The events around them (last seen within STORY_GAP_DAYS of the touched ones) are loaded with
    their latest LIVE_MEMBERS reports and the reports' embeddings (`vectors`, article id ->
    vector, as the pass had them; else the cache under `model`), so a pass costs the same
    whatever the archive's size."""
    touched_events = [ev for ev in store.events_by_id(list(touched))]
    if not touched_events:
        return StoryLinks((), (), ())
    since = min(ev.first_seen for ev in touched_events) - timedelta(days=params.gap_days)
    around = {ev.id: ev for ev in store.events(since=since)}
    around.update({ev.id: ev for ev in touched_events})
    events = sorted(around.values(), key=lambda ev: (ev.first_seen, ev.id))
    ids = [aid for ev in events for aid in ev.article_ids[-LIVE_MEMBERS:]]
    by_id = {a.id: a for a in store.articles_by_id(ids)}
    given = vectors or {}
    hashes = {aid: content_hash(cluster_text(a)) for aid, a in by_id.items() if aid not in given}
    cached = store.get_embeddings(model, set(hashes.values()))
    vectors = {**{aid: given[aid] for aid in by_id if aid in given},
               **{aid: cached[h] for aid, h in hashes.items() if h in cached}}
    if len(vectors) < len(by_id):
        logger.info("stories: %d of %d reports have no %s vector and are left out",
                    len(by_id) - len(vectors), len(by_id), model)
    members = {ev.id: [by_id[a] for a in ev.article_ids[-LIVE_MEMBERS:] if a in vectors] for ev in events}
    existing = store.story_of_events([ev.id for ev in events])
    groups = link_events(events, members, vectors, {ev.id for ev in touched_events}, existing, params,
                         cluster_params)
    return _save(store, events, groups, existing, {ev.id for ev in touched_events})


def _save(store, events: list[Event], groups: dict[str, tuple[int, float]], existing: dict[str, str],
          touched: set[str]) -> StoryLinks:
    """Write the groups that hold a touched event (its span or label may have moved)."""
    by_group: dict[int, list[Event]] = {}
    for ev in events:
        if ev.id in groups:
            by_group.setdefault(groups[ev.id][0], []).append(ev)
    saved, created, merges = [], [], []
    known = {sid: store.story(sid) for sid in set(existing.values())}
    for group in by_group.values():
        if not any(ev.id in touched for ev in group):
            continue
        olds = sorted({existing[ev.id] for ev in group if ev.id in existing},
                      key=lambda sid: (known[sid].first_seen, sid))
        # a story never loses an event: a group holds whole stories (they seed it)
        story_events = {ev.id: ev for ev in group}
        for old in olds:
            story_events.update({ev.id: ev for ev in store.events_by_id(list(known[old].event_ids))})
        members = sorted(story_events.values(), key=lambda ev: (ev.first_seen, ev.id))
        sid = olds[0] if olds else story_id_for(members[0])
        if not olds:
            created.append(sid)
        story = Story(id=sid, label=_label(members), first_seen=min(ev.first_seen for ev in members),
                      last_seen=max(ev.last_seen for ev in members), event_ids=tuple(ev.id for ev in members))
        store.save_story(story, {ev.id: groups[ev.id][1] for ev in group if existing.get(ev.id) != sid})
        for other in olds[1:]:
            store.merge_stories(other, sid)
            merges.append((other, sid))
        saved.append(sid)
    if saved:
        logger.info("stories: %d saved (%d new), %d merged", len(saved), len(created), len(merges))
    return StoryLinks(tuple(saved), tuple(created), tuple(merges))


def _label(events: list[Event]) -> str:
    """The headline of the story's most widely covered event (the earliest among equals)."""
    return max(events, key=lambda ev: (len(set(ev.outlets)), len(ev.article_ids), -ev.first_seen.timestamp())).label
