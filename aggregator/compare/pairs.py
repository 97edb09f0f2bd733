"""Same claim or not: what alignment rests on beyond one score, and what it tells a reader.

- `claim_scores`: the combined score of every pair of sentences. Two embedding views when the
  comparison has them (MiniLM and the Universal Sentence Encoder each score the sentence and its
  claim without the frame of saying; their best cosines are averaged), plus the overlap of
  stemmed content words (names, numbers and key words must be shared, which embeddings blur).
  Measured on hand-labelled ECB+ pairs (benchmarks/pairs.py): the second view adds recall at the
  same precision; a lone view needs a higher threshold for the same precision.
- `annotate`: each fact's confidence (the calibrated same-claim probability of its weakest
  link), the sentences of other outlets that are only near it (`related`: listed, not merged),
  and for each outlet that writes nothing near it, the closest sentence that outlet did write
  (only those outlets can be said to leave the fact out).
- `is_trivial`: facts not worth calling an omission (datelines, boilerplate, bare asides).
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

import numpy as np

from ..models import Fact, Sentence
from .overlap import content_words, lexical_matrix
from .params import CLAIM_CALIBRATION, OMISSION_NEAR, RELATED_SCORE, TRIVIAL_BOILERPLATE, TRIVIAL_MIN_STEMS, AlignParams


def best_cosine(vectors: np.ndarray, content_vectors: np.ndarray | None) -> np.ndarray:
    """Cosine of every pair, the better of the sentence's and its claim's (frame of saying stripped)."""
    cosine = np.clip(vectors @ vectors.T, 0.0, 1.0)
    if content_vectors is not None:
        cosine = np.maximum(cosine, np.clip(content_vectors @ content_vectors.T, 0.0, 1.0))
    return cosine


def claim_scores(sentences: list[Sentence], vectors: np.ndarray, params: AlignParams,
                 content_vectors: np.ndarray | None = None, second: np.ndarray | None = None,
                 second_content: np.ndarray | None = None) -> np.ndarray:
    """cosine_weight × cosine + (1 − cosine_weight) × content-word overlap, where cosine is the
    mean of the two views' best cosines (the one view's when there is no second); across
    languages the main (multilingual) cosine minus `cross_lingual_offset`."""
    cosine = best_cosine(vectors, content_vectors)
    views = cosine if second is None else (cosine + best_cosine(second, second_content)) / 2
    score = params.cosine_weight * views + (1 - params.cosine_weight) * lexical_matrix(sentences)
    languages = np.array([s.language or "" for s in sentences])
    cross = languages[:, None] != languages[None, :]
    score[cross] = cosine[cross] - params.cross_lingual_offset
    return score


def confidence(score: float) -> float:
    """Probability that two sentences at this combined score state one claim (a logistic fit on
    the tune pairs of benchmarks/pairs_gold.yaml, with both views)."""
    slope, midpoint = CLAIM_CALIBRATION
    return round(1 / (1 + math.exp(-slope * (score - midpoint))), 3)


def annotate(facts: list[Fact], groups: list[list[int]], sentences: list[Sentence], score: np.ndarray,
             params: AlignParams) -> list[Fact]:
    """Facts with confidence, related sentences and each absent outlet's closest sentence."""
    outlets = sorted({s.source for s in sentences})
    by_outlet = {o: [k for k, s in enumerate(sentences) if s.source == o] for o in outlets}
    # every outlet's sentences in a row, so one reduction per fact finds each outlet's nearest
    # sentence (issue 23: a loop over facts × outlets was seconds at 300 reports)
    order = np.array([k for o in outlets for k in by_outlet[o]])
    counts = np.array([len(by_outlet[o]) for o in outlets])
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    segment = np.repeat(np.arange(len(outlets)), counts)
    out = []
    for fact, group in zip(facts, groups):
        links = score[np.ix_(group, group)][np.triu_indices(len(group), 1)]
        conf = confidence(float(links.min())) if len(group) > 1 else 0.0
        related, closest = [], []
        present = {sentences[k].source for k in group}
        near = score[np.ix_(order, np.asarray(group))].max(axis=1)
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
            elif len(group) > 1 and is_far[m]:
                closest.append(sentence)
        out.append(replace(fact, confidence=conf, related=tuple(related), closest=tuple(closest)))
    return out


_BOILERPLATE = re.compile(TRIVIAL_BOILERPLATE, re.IGNORECASE)


def is_trivial(fact: Fact) -> bool:
    """A dateline, credit or boilerplate line, or a sentence too bare to be a claim ("He said.",
    "Testimony continues today."): most of the fact's sentences are such."""
    bare = sum(1 for s in fact.sentences
               if _BOILERPLATE.search(s.text) or len(content_words(s.text)) < TRIVIAL_MIN_STEMS)
    return bare * 2 > len(fact.sentences)

