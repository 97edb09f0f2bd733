"""One outlet's value for one typed slot: what `slots` and `shares` read and `conflicts` and
`timeline` compare. Apart from slots.py so that every reader of a slot imports it alone."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SlotValue:
    """One outlet's value for one slot, with its interval and sentence."""

    slot: str
    kind: str  # "number", "time"
    source: str
    value: str  # as shown to a reader ("at least 10", "58 km SW", "10:23 UTC")
    low: float
    high: float
    sentence: str
    tolerance: float = 0.0
    qualifier: str = ""  # for distances: the compass direction, which must agree too
    partial: bool = False  # a sub-count ("two women" of the three killed)
    group: str = ""  # the counted group of a sub-count by its noun ("officer"), stemmed
