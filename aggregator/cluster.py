"""Group articles into events, incrementally, so an event keeps its id from run to run.

Each new article (in time order) joins the most similar *live* event — one whose time span,
widened by the window, contains the article's time — when the cosine similarity between the
article's title+lead vector and the event centroid reaches the threshold; otherwise it opens a
new event. Old events are never reshuffled. A syndicated copy always joins its original's event.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import timedelta

import numpy as np

from .models import Article, Event

LEAD_CHARS = 600  # about 120 words: MiniLM reads at most 256 word pieces


def cluster_text(article: Article) -> str:
    """What we embed to find the event: the headline and the first paragraphs."""
    lead = article.text[:LEAD_CHARS]
    cut = lead.rfind(" ")
    if len(article.text) > LEAD_CHARS and cut > LEAD_CHARS // 2:
        lead = lead[:cut]
    return f"{article.title}\n{lead}".strip()


@dataclass
class _LiveEvent:
    event: Event
    centroid: np.ndarray
    count: int


@dataclass(frozen=True)
class Assignment:
    """Events created or grown by one pass, and each new article's similarity to its event."""

    events: tuple[Event, ...]
    similarities: dict[str, float]
    created: tuple[str, ...]


def event_id_for(article: Article) -> str:
    """Readable and stable: the founding article's date and a hash of its id."""
    digest = hashlib.sha1(article.id.encode()).hexdigest()[:6]
    return f"{article.when:%Y%m%d}-{digest}"


def assign_articles(
    articles: list[Article],
    vectors: dict[str, np.ndarray],
    live_events: list[tuple[Event, np.ndarray]],
    *,
    threshold: float,
    window_days: int,
    event_of_article: dict[str, str] | None = None,
) -> Assignment:
    """Assign `articles` (not yet in any event) to `live_events` or to new events.

    `vectors` maps article id to its normalised title+lead vector; `live_events` pairs each
    live event with the mean vector of its members. `event_of_article` maps already-assigned
    article ids to their events, so that syndicated copies follow their originals.
    """
    window = timedelta(days=window_days)
    live = {ev.id: _LiveEvent(ev, centroid.copy(), len(ev.article_ids)) for ev, centroid in live_events}
    event_of = dict(event_of_article or {})
    by_id = {a.id: a for a in articles}
    touched: dict[str, None] = {}
    created: list[str] = []
    sims: dict[str, float] = {}
    for art in sorted(articles, key=lambda a: (a.when, a.id)):
        vec = vectors[art.id]
        target, score = None, -1.0
        original = art.copy_of
        if original and original in event_of and event_of[original] in live:
            target = event_of[original]
            score = float(vec @ _unit(live[target].centroid))
        else:
            for ev_id, item in live.items():
                ev = item.event
                if not (ev.first_seen - window <= art.when <= ev.last_seen + window):
                    continue
                sim = float(vec @ _unit(item.centroid))
                if sim > score:
                    target, score = ev_id, sim
            if score < threshold:
                target = None
        if target is None:
            new = Event(id=event_id_for(art), label=art.title, first_seen=art.when,
                        last_seen=art.when, article_ids=(art.id,), outlets=(art.source,))
            live[new.id] = _LiveEvent(new, vec.copy(), 1)
            created.append(new.id)
            target, score = new.id, 1.0
        else:
            item = live[target]
            ev = item.event
            item.centroid = item.centroid + (vec - item.centroid) / (item.count + 1)
            item.count += 1
            item.event = replace(
                ev,
                first_seen=min(ev.first_seen, art.when),
                last_seen=max(ev.last_seen, art.when),
                article_ids=ev.article_ids + (art.id,),
                outlets=ev.outlets + (art.source,),
            )
        event_of[art.id] = target
        sims[art.id] = score
        touched[target] = None
    events = tuple(
        _labelled(live[eid], vectors, by_id) if eid in created else live[eid].event for eid in touched
    )
    return Assignment(events=events, similarities=sims, created=tuple(created))


def _labelled(item: _LiveEvent, vectors: dict[str, np.ndarray], new: dict[str, Article]) -> Event:
    """Label a new event with the headline of the member closest to its centroid."""
    members = [aid for aid in item.event.article_ids if aid in new and aid in vectors]
    if not members:
        return item.event
    centroid = _unit(item.centroid)
    best = max(members, key=lambda aid: float(vectors[aid] @ centroid))
    return replace(item.event, label=new[best].title or item.event.label)


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n else v
