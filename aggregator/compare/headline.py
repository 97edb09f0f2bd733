"""The event's title (issue 22): the most representative headline of its reports, without
datelines or relative time words.

A headline is scored by its average word overlap (Jaccard on lower-cased content words) with
the other reports' headlines; the best one wins, the shorter on a tie. Before scoring and
showing, general patterns remove what only makes sense inside one report on one day: a
dateline ("BEIJING, Jan. 6 (Xinhua) --", "TOKYO (Reuters) -"), relative time words ("today",
"on Tuesday", "this morning", "yesterday") and a trailing "| Outlet" or " - Outlet". A title that
looks like a web address or a local file path is never chosen.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

logger = logging.getLogger(__name__)

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "BEIJING, Jan. 6 (Xinhua) --", "TOKYO (Reuters) -", "HANOI, Jan 6 —", "WASHINGTON:"
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][A-Za-z .'-]{0,30})?"
    rf"(?:,?\s*{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?"
    r"\s*(?:\([^)]{1,40}\))?\s*(?:--|[-–—:])\s+")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_RELATIVE = re.compile(
    rf"\s*,?\b(?:(?:on|this|last|next|late|early)\s+{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|{_WEEKDAY}(?=\s*(?:[,.;:!?]|$))"  # a bare weekday only at a clause's end ("said Monday")
    r"|today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening|week|weekend|month|year)"
    r"|last\s+(?:night|week|weekend|month|year)|next\s+(?:week|month|year)"
    r"|(?:earlier|later)\s+(?:today|this\s+week)|hours?\s+ago|days?\s+ago)\b",
    re.IGNORECASE)
_SITE_SUFFIX = re.compile(r"\s+(?:\||–|—|-)\s+[^|–—-]{2,40}$")
_PATHLIKE = re.compile(r"^(?:[a-z]+://|/|[A-Za-z]:\\|\.{0,2}/)|\.(?:html?|txt|json|warc)$", re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)
_STOP = frozenset("a an and are as at be by for from has have in is it its of on or that the this to was were "
                  "will with after over says said".split())


def strip_dateline(text: str) -> str:
    """`text` without a leading dateline ("BEIJING, Jan. 6 (Xinhua) --")."""
    return _DATELINE.sub("", text, count=1)


def clean_title(title: str) -> str:
    """`title` without a dateline, relative time words or a trailing site name."""
    text = " ".join((title or "").split())
    text = _DATELINE.sub("", text, count=1)
    if len(text) > 30:  # "Xinhua" alone is a title, not a suffix
        text = _SITE_SUFFIX.sub("", text)
    text = _RELATIVE.sub("", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"\s{2,}", " ", text).strip(" ,;:-–—")
    if text.endswith(".") and not text.endswith(".."):  # a lede used as a title: headlines end bare
        text = text[:-1]
    return text[:1].upper() + text[1:] if text else ""


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def representative_title(titles: Iterable[str], fallback: str = "") -> str:
    """The cleaned headline closest to the others by word overlap; `fallback` (cleaned) when no
    title is usable."""
    cleaned = [c for t in titles if t and not _PATHLIKE.search(t.strip()) and (c := clean_title(t))]
    if not cleaned:
        return clean_title(fallback) or fallback
    if len(cleaned) == 1:
        return cleaned[0]
    bags = [_words(c) for c in cleaned]

    def score(i: int) -> float:
        others = [len(bags[i] & b) / len(bags[i] | b) for j, b in enumerate(bags) if j != i and (bags[i] | b)]
        return sum(others) / len(others) if others else 0.0

    best = max(range(len(cleaned)), key=lambda i: (round(score(i), 6), -len(cleaned[i])))
    return cleaned[best]


__all__ = ["clean_title", "representative_title", "strip_dateline"]
