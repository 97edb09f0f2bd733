"""Fact alignment: group sentences of different outlets that state the same fact.

Two signals together: sentence-embedding cosine (meaning survives paraphrase) and content-word
overlap (names and numbers must match, which embeddings blur). Groups grow greedily from the
strongest pairs with *average* linkage, and never hold two sentences of one outlet, so a chain
of loosely similar sentences cannot merge unrelated facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..models import Fact, Sentence

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class AlignParams:
    cosine_weight: float = 0.6
    threshold: float = 0.58  # combined score for two sentences to state one fact
    linkage: float = 0.50  # average score a sentence needs with every member of a group
    cross_lingual_offset: float = 0.10  # across languages no words are shared: cosine minus this


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words minus stop words; CJK text yields its characters' bigrams."""
    words = set()
    for tok in _WORD.findall(text.lower()):
        if any("\u4e00" <= ch <= "\u9fff" for ch in tok):
            words.update(tok[i:i + 2] for i in range(max(1, len(tok) - 1)))
        elif tok not in ENGLISH_STOP_WORDS and (len(tok) > 2 or tok.isdigit()):
            words.add(tok)
    return frozenset(words)


def lexical_matrix(sentences: list[Sentence]) -> np.ndarray:
    """Set cosine of content words, |A∩B| / sqrt(|A||B|), for every pair."""
    sets = [content_words(s.text) for s in sentences]
    n = len(sets)
    out = np.zeros((n, n), dtype=np.float32)
    for i in range(n):
        for j in range(i + 1, n):
            if sets[i] and sets[j]:
                out[i, j] = out[j, i] = len(sets[i] & sets[j]) / np.sqrt(len(sets[i]) * len(sets[j]))
    return out


def similarity_matrix(sentences: list[Sentence], vectors: np.ndarray, params: AlignParams) -> np.ndarray:
    cosine = np.clip(vectors @ vectors.T, 0.0, 1.0)
    score = params.cosine_weight * cosine + (1 - params.cosine_weight) * lexical_matrix(sentences)
    languages = np.array([s.language or "" for s in sentences])
    cross = languages[:, None] != languages[None, :]
    score[cross] = cosine[cross] - params.cross_lingual_offset
    return score


def align_facts(sentences: list[Sentence], vectors: np.ndarray,
                params: AlignParams = AlignParams()) -> list[Fact]:
    """Every sentence ends up in exactly one fact; facts keep the order of first appearance."""
    n = len(sentences)
    if n == 0:
        return []
    score = similarity_matrix(sentences, vectors, params)
    group_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    pairs = [(score[i, j], i, j) for i in range(n) for j in range(i + 1, n)
             if sentences[i].source != sentences[j].source and score[i, j] >= params.threshold]
    for _, i, j in sorted(pairs, reverse=True):
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        a, b = members[gi], members[gj]
        if {sentences[k].source for k in a} & {sentences[k].source for k in b}:
            continue
        if float(score[np.ix_(a, b)].mean()) < params.linkage:
            continue
        merged = a + b
        for k in b:
            group_of[k] = gi
        members[gi] = merged
        del members[gj]
    groups = sorted(members.values(), key=min)
    facts = []
    for number, group in enumerate(groups, start=1):
        ordered = sorted(group, key=lambda k: (sentences[k].source, sentences[k].index))
        facts.append(Fact(id=f"F{number}", sentences=tuple(sentences[k] for k in ordered)))
    return facts
