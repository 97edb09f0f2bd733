"""Spans of time around a verb of saying: time words before what it reports ("announced Friday
they …"), a span that says when it was said ("years later"), a span after an object that says
how long ("warned officials for years"). Split from compare/clauses.py.
"""

from __future__ import annotations

from .language import LanguagePack


def past_time_words(low: list[str], start: int, lp: LanguagePack) -> int:
    """The first index from `start` that is no time word or filler ("announced Friday they …",
    "tweeted that same day: "…""): where what a verb of saying reports may begin."""
    j = last = start
    while j < len(low) and (low[j] in lp.voice.time_words or low[j] in lp.voice.time_fillers):
        j += 1
        if low[j - 1] in lp.voice.time_words:
            last = j  # fillers count only before a time word ("reported the talks failed": "the" opens the clause)
    return last


def elapsed(low: list[str], i: int, lp: LanguagePack) -> bool:
    """Whether a span of time ending in "later" or "ago" starts at `i` ("years later", "two days
    ago", "a few weeks later"): after a verb of saying it tells when, as "on Monday" does."""
    i = _past_counts(low, i, lp)
    return i + 1 < len(low) and low[i] in lp.voice.elapsed_units and low[i + 1] in lp.voice.elapsed_ends


def past_duration(low: list[str], j: int, lp: LanguagePack) -> int:
    """Past a span of time after an object ("urged drivers for hours to avoid the area", "warned
    officials for years"): "for", counts and a unit of time; `j` when none starts there."""
    if j >= len(low) or low[j] != lp.voice.duration_for:
        return j
    i = _past_counts(low, j + 1, lp)
    return i + 1 if i < len(low) and low[i] in lp.voice.elapsed_units else j


def _past_counts(low: list[str], i: int, lp: LanguagePack) -> int:
    """The first index from `i` that is no count of a span of time ("two", "a few", "12")."""
    while i < len(low) and (low[i] in lp.voice.elapsed_counts or low[i].isdigit()):
        i += 1
    return i
