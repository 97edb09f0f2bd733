"""Spelling variants: one word or name written two ways ("organisation" / "organization",
"FBI" / "Federal Bureau of Investigation", "Calif." / "California"), which a word change shows as
a spelling, never as a word chosen (change_spans.py's `classify`, wording.py).

Kept apart from change_spans so that each module holds one question: what kind of change a pair
of spans is, and whether two spellings are one word.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .language import ENGLISH, LanguagePack
from .params import SPELLING_MIN_LETTERS, SPELLING_RATIO


def spelling_variant(a: str, b: str, pack: LanguagePack = ENGLISH) -> bool:
    """organization/organisation, barreling/barrelling, northeast/north-east, centre/center (the
    pack's British and American endings), fibre/fiber, grey/gray (its dictionary of the two)."""
    x = a.lower().replace("-", "").replace(" ", "")
    y = b.lower().replace("-", "").replace(" ", "")
    if x == y:
        return True
    if pack.spelling_variants and _american(x, pack) == _american(y, pack):
        return True
    if pack.spelling_pairs.get(x) == y or pack.spelling_pairs.get(y) == x:
        return True  # "fibre"/"fiber", "grey"/"gray": breame's dictionary
    if abs(len(x) - len(y)) > 2 or min(len(x), len(y)) < 5:
        return False
    return SequenceMatcher(None, x, y).ratio() >= SPELLING_RATIO


_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")


def acronym_of(short: list[str], long: list[str], pack: LanguagePack) -> bool:
    """`short` is one capitalised acronym whose letters are the initials of `long`'s words: every
    word, every word but articles ("DUI" / "driving under the influence") or every word outside
    the closed class ("FBI" / "Federal Bureau of Investigation"): one
    name written two ways. Both sides must say it all: an acronym beside other words is no match."""
    words = [t for t in short if any(ch.isalnum() for ch in t)]
    if len(words) != 1 or not _ACRONYM.fullmatch(words[0]):
        return False
    letters_ = words[0].replace(".", "").lower()
    spelled = [t.lower() for t in long if any(ch.isalnum() for ch in t)]
    if len(spelled) < 2 or not all(w[:1].isalpha() for w in spelled):
        return False
    readings = (spelled, [w for w in spelled if w not in pack.naming.articles],  # "driving under the influence"
                [w for w in spelled if w not in pack.naming.closed])
    return any(letters_ == "".join(w[0] for w in words_) for words_ in readings)


_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}\.")


_CONTRACTION = re.compile(r"[B-DF-HJ-NP-TV-Z][b-df-hj-np-tv-z]{1,3}")


def abbreviation_of(short: list[str], long: list[str]) -> bool:
    """`short` is one capitalised word cut short with a full stop ("Calif.", "Mt.", "Gov.") whose
    letters run, first letter first and in order, through `long`'s one word ("California",
    "Mount", "Governor"), at least two letters longer: one word written two ways. A contraction
    written without the stop, its first and last letters the word's and no vowel between ("Mt" /
    "Mount", "Rd" / "Road", "Ltd" / "Limited"), is one too; so are two names whose words are, the
    others alike ("Aoraki-Mt" / "Aoraki Mount", "Mt. Cook" / "Mount Cook")."""
    parts = [p for t in short for p in t.split("-") if p]
    words = [w for t in long for w in t.split("-") if w]
    if len(parts) != len(words) or not any(ch.isalpha() for ch in "".join(parts)):
        return False
    cut = [_cut_short(p, w) for p, w in zip(parts, words)]
    return any(cut) and all(c or p.lower() == w.lower() for c, p, w in zip(cut, parts, words))


def _cut_short(short: str, long: str) -> bool:
    if _ABBREVIATION.fullmatch(short):
        cut = short[:-1].lower()
    elif _CONTRACTION.fullmatch(short) and long[:1].isupper() and short[-1] == long[-1]:
        cut = short.lower()
    else:
        return False
    word = long.lower()
    if not word.isalpha() or len(word) < len(cut) + 2 or word[0] != cut[0]:
        return False
    rest = iter(word[1:])
    return all(ch in rest for ch in cut[1:])


def _american(word: str, pack: LanguagePack) -> str:
    """The word with the pack's first British ending that fits rewritten; short words stay as they
    are ("four" is no "for", "hours" no "hors")."""
    if len(word) < SPELLING_MIN_LETTERS:
        return word
    for pattern, repl in pack.spelling_variants:
        if pattern.search(word):
            return pattern.sub(repl, word)
    return word
