"""Content-word overlap: the lexical half of the alignment score (align.py, pairs.py) and the
shared stems disputes count, by the stop words and stemmer of each sentence's language pack.

Kept apart from align so that pairs (which scores pairs for align) and align import it without
importing each other.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from scipy import sparse

from ..text import has_cjk
from .language import ENGLISH, LanguagePack, forget_on_refresh, pack_for

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def content_words(text: str, pack: LanguagePack | str = ENGLISH) -> frozenset[str]:
    """Stemmed lower-cased words minus stop words, by the stop words and stemmer of `pack` (a pack,
    or a language code looked up with `pack_for`); CJK text yields its characters' bigrams."""
    if isinstance(pack, str):
        return _cached_words(text, pack)
    if pack is pack_for(pack.code):
        return _cached_words(text, pack.code)  # cached by code: hashing a whole pack per call is slow
    return _content_words(text, pack)  # a pack not registered under its code (a test's): not cached


@lru_cache(maxsize=1 << 16)  # issue 23: asked again for one sentence by several stages and pairs
def _cached_words(text: str, language: str) -> frozenset[str]:
    return _content_words(text, pack_for(language))


def _content_words(text: str, pack: LanguagePack) -> frozenset[str]:
    stop_words, stemmer = pack.stop_words, pack.stemmer
    words: set[str] = set()
    for tok in _WORD.findall(text.lower()):
        if has_cjk(tok):
            words.update(tok[i:i + 2] for i in range(max(1, len(tok) - 1)))
        elif tok not in stop_words and (len(tok) > 2 or tok.isdigit()):
            words.add(stemmer(tok))
    return frozenset(words)


def _forget() -> None:
    """Drop what was read with the packs looked up so far (`language.refresh`)."""
    _cached_words.cache_clear()


forget_on_refresh(_forget)


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
