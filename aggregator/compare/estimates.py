"""Frames of an estimate: "Officials put the death toll at 30", "The U.S. Geological Survey put
the quake's magnitude at 6.1", "Police estimated the crowd at 5,000".

A verb of the pack's `estimate_verbs` with a short object and "at" before a figure gives the
figure as its subject's estimate: the words from the object on are the subject's, as "said
that …" makes them, and the subject is cited. Without a figure after "at" the verb states an act
("put the ball at his feet", "put lives at risk"); a time after "at" ("put the start at 7 p.m.")
is a schedule, not an estimate. Split from `compare/voice.py`, which reads the other frames.
"""

from __future__ import annotations

from collections.abc import Callable

from .expressed import subject_frame
from .language import LanguagePack
from .numbers import past_qualifier

# at most this many words between the verb and "at": "put the quake's magnitude at", "placed the
# number of people killed at"
OBJECT_WORDS = 6


def estimate_frame(text: str, toks, low, k: int, lp: LanguagePack,
                   resolve: Callable[[str, int], str]) -> tuple[int, int, str, int] | None:
    """The frame whose verb of estimating is at k: (content start, content end, speaker, verb
    offset), or None. `resolve(phrase, verb index)` turns the speaker phrase into a speaker."""
    n = len(toks)
    if low[k] not in lp.voice.estimate_verbs or k == 0 or k + 3 >= n or low[k - 1] in lp.voice.be_forms:
        return None  # "the toll was put at 30": the figure's source is not the subject
    at = next((j for j in range(k + 2, min(n - 1, k + 2 + OBJECT_WORDS)) if low[j] == lp.voice.estimate_at), None)
    if at is None or any(not toks[i][0][:1].isalnum() and toks[i][0] not in ("'", "’") for i in range(k + 1, at)):
        return None  # no "at", or a clause's punctuation between the verb and it
    if not _figure_at(text, toks, low, at + 1, lp):
        return None
    return subject_frame(text, toks, low, k, k + 1, lp, resolve)


def _figure_at(text: str, toks, low, j: int, lp: LanguagePack) -> bool:
    """Whether a figure starts at j, after a qualifier ("about", "at least", "more than"), a currency
    sign or the word of a magnitude ("at magnitude-5.4", "at magnitude 5.4"), and is no clock time
    ("7 p.m.", "10:30")."""
    j = past_qualifier(low, j, lp.quantities)
    if j < len(toks) and low[j].partition("-")[0] in lp.slots.magnitude_words:
        if low[j].partition("-")[2][:1].isdigit():
            return True  # "magnitude-5.4", one token
        j += 1  # "magnitude 5.4"
    if j < len(toks) and not toks[j][0][:1].isalnum():
        j += 1  # "$", "€", "£"
    if j >= len(toks) or lp.slots.clock_time.match(text, toks[j][1]):
        return False
    return toks[j][0][:1].isdigit() or low[j] in lp.slots.number_words
