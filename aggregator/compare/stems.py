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
    British and American -ise/-ize spellings meet. Enough for overlap counting, not a lemmatiser,
    but an irregular verb's past form first becomes its lemma ("broke", "broken" → "break";
    `irregular_lemma`), so "broke the rules" and "did not break any rules" share the verb."""
    return _strip(irregular_lemma(word))


def _strip(word: str) -> str:
    word = word.replace("isation", "ization").replace("ise", "ize") if len(word) > 6 else word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)]
    return word


@lru_cache(maxsize=1 << 16)
def irregular_lemma(word: str) -> str:
    """The lemma of an irregular verb form by lemminflect's English lexicon ("took" → "take",
    "stolen" → "steal", "fled" → "flee"), or the word itself: only where the lexicon knows one
    verb lemma for it, the form is no noun ("left", "shot", "rose", "saw" are also nouns) and the
    suffix stripper would not reach the lemma anyway ("killed" stays as it is)."""
    if not word.isalpha() or not word.islower() or len(word) < 3:
        return word
    from lemminflect import getAllLemmas

    readings = getAllLemmas(word)
    verb = readings.get("VERB", ())
    if len(verb) != 1 or verb[0] == word or "NOUN" in readings or "AUX" in readings:
        return word
    return word if _strip(word) == _strip(verb[0]) else verb[0]
