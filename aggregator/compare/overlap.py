"""Content-word overlap: the lexical half of the alignment score (align.py, pairs.py), the stems
that labels key words by, and the shared stems disputes count.

Kept apart from align so that pairs (which scores pairs for align) and align import it without
importing each other.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..models import Sentence
from ..text import has_cjk

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@lru_cache(maxsize=1 << 16)  # issue 23: asked again for one sentence by several stages and pairs
def content_words(text: str) -> frozenset[str]:
    """Stemmed lower-cased words minus stop words; CJK text yields its characters' bigrams."""
    words: set[str] = set()
    for tok in _WORD.findall(text.lower()):
        if has_cjk(tok):
            words.update(tok[i:i + 2] for i in range(max(1, len(tok) - 1)))
        elif tok not in ENGLISH_STOP_WORDS and (len(tok) > 2 or tok.isdigit()):
            words.add(stem(tok))
    return frozenset(words)


_SUFFIXES = ("ations", "ation", "ities", "ity", "ingly", "ings", "ing", "edly", "ied", "ies", "ed", "es",
             "ly", "s", "e")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light suffix stripper (after Porter's step 1): "violates", "violating", "violation" → "violat";
    British and American -ise/-ize spellings meet. Enough for overlap counting, not a lemmatiser."""
    word = word.replace("isation", "ization").replace("ise", "ize") if len(word) > 6 else word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)]
    return word


def lexical_matrix(sentences: list[Sentence]) -> np.ndarray:
    """Set cosine of content words, |A∩B| / sqrt(|A||B|), for every pair (0 on the diagonal).
    The intersections are one sparse product of the sentence × stem incidence matrix (issue 23:
    the pair loop in Python took 9 of 31 s at 100 reports); the values are the loop's, bit for bit.
    Read-only, and the last one is kept (one tuple, swapped whole, so threads never mix two):
    alignment and contradictions ask for the same sentences'."""
    global _LAST
    texts = tuple(s.text for s in sentences)
    last = _LAST
    if last is not None and last[0] == texts:
        return last[1]
    out = _lexical(texts)
    out.flags.writeable = False
    _LAST = (texts, out)
    return out


_LAST: tuple[tuple[str, ...], np.ndarray] | None = None  # the last call's texts and matrix


def _lexical(texts: tuple[str, ...]) -> np.ndarray:
    sets = [content_words(text) for text in texts]
    n = len(sets)
    if not any(sets):
        return np.zeros((n, n), dtype=np.float32)
    shared = shared_stems(sets).toarray().astype(np.float64)
    sizes = np.array([len(words) for words in sets], dtype=np.float64)
    denominator = np.sqrt(np.outer(sizes, sizes))
    out = np.divide(shared, denominator, out=np.zeros_like(shared), where=denominator > 0)
    np.fill_diagonal(out, 0.0)
    return out.astype(np.float32)


def shared_stems(sets: list[frozenset[str]]) -> sparse.csr_matrix:
    """|A∩B| for every pair of sets (the diagonal is |A|), as one sparse product."""
    incidence = stem_incidence(sets, {})
    return (incidence @ incidence.T).tocsr()


def shared_between(left: list[frozenset[str]], right: list[frozenset[str]]) -> sparse.csr_matrix:
    """|A∩B| for every A of `left` and B of `right`, as one sparse product: only pairs that share
    a stem cost anything (the blocking of disputes, issue 23)."""
    vocab: dict[str, int] = {}
    a, b = stem_incidence(left, vocab), stem_incidence(right, vocab)
    for m in (a, b):
        m.resize((m.shape[0], max(1, len(vocab))))
    return (a @ b.T).tocsr()


def stem_incidence(sets: list[frozenset[str]], vocab: dict[str, int]) -> sparse.csr_matrix:
    """The set × stem incidence matrix; stems are numbered in `vocab` (shared between calls)."""
    rows = [i for i, words in enumerate(sets) for _ in words]
    cols = [vocab.setdefault(w, len(vocab)) for words in sets for w in words]
    return sparse.csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)),
                             shape=(len(sets), max(1, len(vocab))))
