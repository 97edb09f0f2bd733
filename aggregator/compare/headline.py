"""The event's title (issue 22): the most representative headline of its reports, without
datelines or relative time words.

A headline is scored by its average word overlap (Jaccard on lower-cased content words) with
the other reports' headlines; the best one wins, the shorter on a tie. Before scoring and
showing, general patterns remove what only makes sense inside one report on one day: a
dateline ("BEIJING, Jan. 6 (Xinhua) --", "TOKYO (Reuters) -"), relative time words ("today",
"on Tuesday", "this morning", "yesterday") and a trailing "| Outlet" or " - Outlet". A title that
looks like a web address or a local file path is never chosen. The dateline and time-word
patterns and the words the overlap skips are the language pack's `headline` rules (English
defaults in `lexicon`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from .language import ENGLISH, LanguagePack

logger = logging.getLogger(__name__)

_SITE_SUFFIX = re.compile(r"\s+(?:\||–|—|-)\s+[^|–—-]{2,40}$")
_PATHLIKE = re.compile(r"^(?:[a-z]+://|/|[A-Za-z]:\\|\.{0,2}/)|\.(?:html?|txt|json|warc)$", re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)


def strip_dateline(text: str, pack: LanguagePack = ENGLISH) -> str:
    """`text` without a leading dateline ("BEIJING, Jan. 6 (Xinhua) --"; `pack`'s `headline`)."""
    return pack.headline.dateline.sub("", text, count=1)


def clean_title(title: str, pack: LanguagePack = ENGLISH) -> str:
    """`title` without a dateline, relative time words (`pack`'s `headline` rules) or a trailing
    site name."""
    text = " ".join((title or "").split())
    text = pack.headline.dateline.sub("", text, count=1)
    if len(text) > 30:  # "Xinhua" alone is a title, not a suffix
        text = _SITE_SUFFIX.sub("", text)
    text = pack.headline.relative_time.sub("", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"\s{2,}", " ", text).strip(" ,;:-–—")
    if text.endswith(".") and not text.endswith(".."):  # a lede used as a title: headlines end bare
        text = text[:-1]
    return text[:1].upper() + text[1:] if text else ""


def _words(text: str, stop: frozenset[str] = ENGLISH.headline.stop_words) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in stop}


def representative_title(titles: Iterable[str], fallback: str = "", pack: LanguagePack = ENGLISH) -> str:
    """The cleaned headline closest to the others by word overlap; `fallback` (cleaned) when no
    title is usable. `pack`: the language pack of the event's reports (English by default)."""
    cleaned = [c for t in titles if t and not _PATHLIKE.search(t.strip()) and (c := clean_title(t, pack))]
    if not cleaned:
        return clean_title(fallback, pack) or fallback
    if len(cleaned) == 1:
        return cleaned[0]
    bags = [_words(c, pack.headline.stop_words) for c in cleaned]

    def score(i: int) -> float:
        others = [len(bags[i] & b) / len(bags[i] | b) for j, b in enumerate(bags) if j != i and (bags[i] | b)]
        return sum(others) / len(others) if others else 0.0

    best = max(range(len(cleaned)), key=lambda i: (round(score(i), 6), -len(cleaned[i])))
    return cleaned[best]


__all__ = ["clean_title", "representative_title", "strip_dateline"]
