"""Same claim or not: what alignment rests on beyond one score, and what it tells a reader.

- `PairScores`: the combined score of the pairs alignment needs (each sentence's nearest
  neighbours, and any block of pairs asked for), not of every pair. Two embedding views when the
  comparison has them (MiniLM and the Universal Sentence Encoder each score the sentence and its
  claim without the frame of saying; their best cosines are averaged), plus the overlap of
  stemmed content words (names, numbers and key words must be shared, which embeddings blur).
  Measured on hand-labelled ECB+ pairs (benchmarks/pairs.py): the second view adds recall at the
  same precision; a lone view needs a higher threshold for the same precision.
- `annotate`: each fact's confidence (the expected share of its sentence pairs that state one
  claim: the mean of the pairs' calibrated same-claim probabilities), the sentences of other
  outlets that are only near it (`related`: listed, not merged), and for each outlet that writes
  nothing near it, the closest sentence that outlet did write (only those outlets can be said to
  leave the fact out).
- `is_trivial`: facts not worth calling an omission (datelines, boilerplate, bare asides).
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
from scipy import sparse

from ..models import Fact, Sentence
from .overlap import content_words, stem_incidence
from .params import (
    CLAIM_CALIBRATION,
    NEIGHBOUR_BLOCK,
    NEIGHBOURS,
    OMISSION_MIN_OUTLETS,
    OMISSION_NEAR,
    RELATED_SCORE,
    SMALL_BLOCK,
    TRIVIAL_BOILERPLATE,
    TRIVIAL_MIN_STEMS,
    AlignParams,
)


def best_cosine(vectors: np.ndarray, content_vectors: np.ndarray | None,
                rows: np.ndarray | None = None, cols: np.ndarray | None = None) -> np.ndarray:
    """Cosine of every pair (or of `rows` × `cols`), the better of the sentence's and its claim's
    (frame of saying stripped)."""
    def block(v: np.ndarray) -> np.ndarray:
        left = v if rows is None else v[rows]
        right = v if cols is None else v[cols]
        return np.clip(left @ right.T, 0.0, 1.0)
    cosine = block(vectors)
    if content_vectors is not None:
        cosine = np.maximum(cosine, block(content_vectors))
    return cosine


class PairScores:
    """The combined score of sentence pairs, computed where alignment needs it rather than for
    every pair (issue 23).

    Combined score: cosine_weight × cosine + (1 − cosine_weight) × content-word overlap, where
    cosine is the mean of the two views' best cosines (the one view's when there is no second);
    across languages the main (multilingual) cosine minus `cross_lingual_offset`.

    `candidates` are each sentence's `NEIGHBOURS` (at least as many as there are outlets) nearest
    sentences of other outlets by the views' cosine (an exact nearest-neighbour search over the
    embeddings, in blocks of rows), with their combined score: alignment merges along these
    pairs only, and content-word overlap is counted for them only. `block` scores any rows ×
    columns exactly, for the checks that need every pair between two groups. An approximate
    index (HNSW) was not used: at the few thousand sentences `compare_max_reports` allows, the
    exact search is one matrix product per block of rows, and its results do not depend on build order or threads."""

    def __init__(self, sentences: list[Sentence], params: AlignParams, vectors: np.ndarray,
                 content_vectors: np.ndarray | None = None, second: np.ndarray | None = None,
                 second_content: np.ndarray | None = None, neighbours: int = NEIGHBOURS):
        self.sentences = sentences
        self.params = params
        self._views = [(vectors, content_vectors)] + ([(second, second_content)] if second is not None else [])
        sets = [content_words(s.text, s.language) for s in sentences]
        self._sets = sets
        self._incidence = stem_incidence(sets, {})
        self._sizes = np.array([len(words) for words in sets], dtype=np.float64)
        self._language = np.array([s.language or "" for s in sentences])
        outlet_ids: dict[str, int] = {}
        self.outlet = np.array([outlet_ids.setdefault(s.source, len(outlet_ids)) for s in sentences], dtype=np.int64)
        # a claim is written at most once per outlet: with at least as many neighbours as outlets,
        # its copies in the other outlets cannot fill a sentence's list
        k = max(neighbours, len(outlet_ids)) if neighbours > 0 else 0
        self.i, self.j, self.score = self._nearest(k)
        self._keys = self.i * len(sentences) + self.j  # sorted: the candidates are in (i, j) order

    def _cosines(self, rows: np.ndarray | None, cols: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """The main view's best cosine and the views' mean, for rows × cols."""
        main = best_cosine(*self._views[0], rows, cols)
        if len(self._views) == 1:
            return main, main
        return main, (main + best_cosine(*self._views[1], rows, cols)) / 2

    def overlap_block(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """Set cosine of content words, |A∩B| / sqrt(|A||B|), for rows × cols (0 for a sentence
        with itself): pair by pair for the small blocks group joins ask for, by one sparse product
        for large ones."""
        if len(rows) * len(cols) <= SMALL_BLOCK:
            shared = self._shared(np.repeat(rows, len(cols)), np.tile(cols, len(rows))).reshape(len(rows), len(cols))
        else:
            shared = (self._incidence[rows] @ self._incidence[cols].T).toarray().astype(np.float64)
        return self._overlap(shared, rows[:, None], cols[None, :])

    def _shared(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """How many content stems each pair (i[k], j[k]) shares: set intersections for a few
        pairs (scipy's overhead per call is larger), one sparse product for many."""
        if len(i) <= SMALL_BLOCK:
            return np.array([len(self._sets[a] & self._sets[b]) for a, b in zip(i.tolist(), j.tolist())],
                            dtype=np.float64)
        return np.asarray(self._incidence[i].multiply(self._incidence[j]).sum(axis=1)).ravel().astype(np.float64)

    def _overlap(self, shared: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Shared stems as a set cosine; `a` and `b` are the pairs' sentence indices (broadcast)."""
        denominator = np.sqrt(self._sizes[a] * self._sizes[b])
        return np.divide(shared, denominator, out=np.zeros_like(shared),
                         where=(denominator > 0) & (a != b)).astype(np.float32)

    def _combine(self, main: np.ndarray, views: np.ndarray, lexical: np.ndarray, a: np.ndarray,
                 b: np.ndarray) -> np.ndarray:
        """The combined score from the cosines and the overlap; across languages the main view's
        cosine minus the offset. `a` and `b` are the pairs' sentence indices (broadcast)."""
        params = self.params
        score = (params.cosine_weight * views + (1 - params.cosine_weight) * lexical).astype(np.float32)
        cross = self._language[a] != self._language[b]
        score[cross] = main[cross] - params.cross_lingual_offset
        return score

    def block(self, rows, cols) -> np.ndarray:
        """The combined score of every pair of `rows` × `cols` (sentence indices). A small block
        (a group join's) takes the candidates' scores and scores the other pairs one by one."""
        rows, cols = np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)
        if len(rows) * len(cols) <= SMALL_BLOCK:
            return self._small_block(rows, cols)
        main, views = self._cosines(rows, cols)
        return self._combine(main, views, self.overlap_block(rows, cols), rows[:, None], cols[None, :])

    def _small_block(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        first = np.minimum(rows[:, None], cols[None, :]).ravel()
        second = np.maximum(rows[:, None], cols[None, :]).ravel()
        keys = first * len(self.sentences) + second
        at = np.minimum(np.searchsorted(self._keys, keys), max(len(self._keys) - 1, 0))
        known = (self._keys[at] == keys) if len(self._keys) else np.zeros(len(keys), dtype=bool)
        out = np.empty(len(keys), dtype=np.float32)
        out[known] = self.score[at[known]]
        missing = ~known
        if missing.any():
            out[missing] = self._pair_scores(first[missing], second[missing])
        return out.reshape(len(rows), len(cols))

    def _pair_scores(self, i: np.ndarray, j: np.ndarray, main: np.ndarray | None = None,
                     views: np.ndarray | None = None) -> np.ndarray:
        """The combined score of the pairs (i[k], j[k]); the cosines are computed here unless given."""
        if main is None or views is None:
            def cos(v: np.ndarray, cv: np.ndarray | None) -> np.ndarray:
                best = np.clip(np.einsum("ij,ij->i", v[i], v[j]), 0.0, 1.0)
                return best if cv is None else np.maximum(best, np.clip(np.einsum("ij,ij->i", cv[i], cv[j]), 0.0, 1.0))
            main = cos(*self._views[0])
            views = main if len(self._views) == 1 else (main + cos(*self._views[1])) / 2
        return self._combine(main, views, self._overlap(self._shared(i, j), i, j), i, j)

    def dense(self) -> np.ndarray:
        """Every pair: for the optional second look and the pair benchmark."""
        every = np.arange(len(self.sentences))
        return self.block(every, every)

    def _nearest(self, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Candidate pairs (i < j, different outlets): j among i's k nearest by the views' cosine
        or i among j's; with their combined score."""
        n = len(self.sentences)
        if k <= 0 or n == 0:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, np.zeros(0, dtype=np.float32)
        every = np.arange(n)
        found_i, found_j, found_main, found_views = [], [], [], []
        for start in range(0, n, NEIGHBOUR_BLOCK):
            rows = every[start:start + NEIGHBOUR_BLOCK]
            main, views = self._cosines(rows, None)
            ranked = np.where(self.outlet[rows][:, None] == self.outlet[None, :], -np.inf, views)
            if k < n:
                top = np.argpartition(-ranked, k - 1, axis=1)[:, :k]
            else:
                top = np.broadcast_to(every, (len(rows), n))
            local = np.repeat(np.arange(len(rows)), top.shape[1])
            cols = top.reshape(-1)
            other = np.isfinite(ranked[local, cols])
            local, cols = local[other], cols[other]
            found_i.append(rows[local])
            found_j.append(cols)
            found_main.append(main[local, cols])
            found_views.append(views[local, cols])
        i, j = np.concatenate(found_i), np.concatenate(found_j)
        main, views = np.concatenate(found_main), np.concatenate(found_views)
        i, j = np.minimum(i, j), np.maximum(i, j)
        _, first = np.unique(i * max(n, 1) + j, return_index=True)  # each pair once, in (i, j) order
        i, j, main, views = i[first], j[first], main[first], views[first]
        return i, j, self._pair_scores(i, j, main, views)

    def ordered(self, keep: np.ndarray) -> list[tuple[int, int]]:
        """Candidate pairs where `keep` holds, strongest score first (ties: the larger i, then the
        larger j, as sorting (score, i, j) tuples in reverse would)."""
        i, j, score = self.i[keep], self.j[keep], self.score[keep]
        order = np.lexsort((j, i, score))[::-1]
        return list(zip(i[order].tolist(), j[order].tolist()))

    def nearest_matrix(self) -> sparse.csr_matrix:
        """The candidates' scores as a symmetric sparse matrix (absent: not a candidate)."""
        n = len(self.sentences)
        m = sparse.coo_matrix((np.concatenate([self.score, self.score]),
                               (np.concatenate([self.i, self.j]), np.concatenate([self.j, self.i]))), shape=(n, n))
        return m.tocsr()


def _same_claim_probability(scores: np.ndarray | float) -> np.ndarray:
    """The calibrated same-claim probability of combined scores (a logistic fit on the tune pairs
    of benchmarks/pairs_gold.yaml, with both views)."""
    slope, midpoint = CLAIM_CALIBRATION
    return 1 / (1 + np.exp(-slope * (np.asarray(scores, dtype=np.float64) - midpoint)))


def confidence(score: float) -> float:
    """Probability that two sentences at this combined score state one claim."""
    return round(float(_same_claim_probability(score)), 3)


def group_confidence(links: np.ndarray) -> float:
    """The expected share of a fact's sentence pairs that state one claim: the mean of the
    pairs' calibrated probabilities. Not the weakest pair's: two paraphrases of one lead are
    often far apart though each is near the others, so the weakest pair put 9 of 10 outlets'
    leads at 0.34, and on the tune pairs grouped facts averaged 0.67 where 93% of their pairs
    were right (Brier 0.19; this mean: 0.87, Brier 0.085; BENCHMARKS.md, stop 34)."""
    return round(float(_same_claim_probability(links).mean()), 3)


def annotate(facts: list[Fact], groups: list[list[int]], sentences: list[Sentence], scores: PairScores) -> list[Fact]:
    """Facts with confidence, related sentences and each absent outlet's closest sentence.

    A fact carried by enough outlets to be called an omission (`omission_carriers`) is scored
    exactly against every sentence of the outlets that do not carry it, so "leaves out" and the
    closest sentence rest on every pair; for the other facts the related sentences come from
    the candidate pairs (each sentence's nearest neighbours), and no closest sentence is needed
    (issue 23: scoring every sentence against every fact was quadratic)."""
    by_outlet: dict[str, list[int]] = {}
    for k, s in enumerate(sentences):
        by_outlet.setdefault(s.source, []).append(k)
    outlets = sorted(by_outlet)
    # every outlet's sentences in a row, so one reduction per fact finds each outlet's nearest
    # sentence (issue 23: a loop over facts × outlets was seconds at 300 reports)
    order = np.array([k for o in outlets for k in by_outlet[o]])
    counts = np.array([len(by_outlet[o]) for o in outlets])
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    segment = np.repeat(np.arange(len(outlets)), counts)
    position = np.empty(len(sentences), dtype=np.int64)
    position[order] = np.arange(len(order))
    nearest = scores.nearest_matrix()
    exact_from = max(2, omission_carriers(len(outlets)))
    out = []
    for fact, group in zip(facts, groups):
        members = np.asarray(group)
        links = scores.block(members, members)[np.triu_indices(len(group), 1)]
        conf = group_confidence(links) if len(group) > 1 else 0.0
        related, closest = [], []
        present = {sentences[k].source for k in group}
        exact = len(group) >= exact_from
        if exact:
            near = scores.block(order, members).max(axis=1)
        else:
            near = np.zeros(len(order), dtype=np.float32)  # a pair that is no candidate counts as 0
            for m in group:
                cols = nearest.indices[nearest.indptr[m]:nearest.indptr[m + 1]]
                np.maximum.at(near, position[cols], nearest.data[nearest.indptr[m]:nearest.indptr[m + 1]])
        best_score = np.maximum.reduceat(near, starts)
        first = np.flatnonzero(near == best_score[segment])  # the first best of each outlet, as argmax
        best = first[np.unique(segment[first], return_index=True)[1]]
        is_related = best_score >= RELATED_SCORE
        is_far = best_score < OMISSION_NEAR
        for m, outlet in enumerate(outlets):
            if outlet in present:
                continue
            sentence = sentences[int(order[best[m]])]
            if is_related[m]:
                related.append(sentence)
            elif exact and is_far[m]:
                closest.append(sentence)
        out.append(replace(fact, confidence=conf, related=tuple(related), closest=tuple(closest)))
    return out


def omission_carriers(outlets: int) -> int:
    """How many outlets must carry a fact before another can be said to leave it out: more than
    half of all, and at least `OMISSION_MIN_OUTLETS`."""
    return max(OMISSION_MIN_OUTLETS, outlets // 2 + 1)


_BOILERPLATE = re.compile(TRIVIAL_BOILERPLATE, re.IGNORECASE)


def is_trivial(fact: Fact) -> bool:
    """A dateline, credit or boilerplate line, or a sentence too bare to be a claim ("He said.",
    "Testimony continues today."): most of the fact's sentences are such."""
    bare = sum(1 for s in fact.sentences
               if _BOILERPLATE.search(s.text) or len(content_words(s.text, s.language)) < TRIVIAL_MIN_STEMS)
    return bare * 2 > len(fact.sentences)

