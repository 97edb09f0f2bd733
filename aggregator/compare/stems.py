"""The English stemmer: a light suffix stripper, the English language pack's `stemmer`
(compare/language.py) and so the default of every step that stems words (the content-word
overlap of compare/overlap.py, the labels, contradictions' negated-word match).

Kept apart from overlap so that language (whose English pack names it) and overlap (which reads
each sentence's pack) import it without importing each other.
"""

from __future__ import annotations

from functools import lru_cache

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
