"""Figures that sources dispute: one count or measure given two ways, by two speakers, in one report.

A death toll the government puts at three and a rights group at 14 is neither an update (one
referent's figure changing over time) nor two outlets contradicting each other: every outlet may
carry both figures, each with its source. Read as outlets' positions, such a count went wrong in
both directions: each outlet's "figure" was its first exact one, so a timeline ran from the
government's three in the morning to the rights group's 19 in the evening, a change nobody
reported, and no conflict was shown because every outlet also carried the three.

The same holds for a measure: a report that gives the U.S. Geological Survey's magnitude and a
national institute's gives two sources' figures, not a magnitude that changed.

Here a figure is *contested* when one report sets two incompatible figures of it side by side in
different sentences, each attributed to a different speaker, of no two different days or
things ("according to Civic Watch" / "the government put the toll at three"). Own-voice figures
do not count as a side: an outlet's narration may give the earlier or the later total. A contested slot
gets one row of kind "sources": every outlet's figures with who gives each; the timeline builds
no update from it and the outlets' figures are not set against each other (timeline.slot_claims;
not for a decision's figures, a term or a fine, nor for ages).
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Callable, Mapping

from ..models import Conflict, ConflictValue
from .conflicts import _compatible
from .params import CONTESTED_CONFIDENCE, CONTESTED_STEP
from .slots import SlotValue

logger = logging.getLogger(__name__)

KIND = "sources"


def contested_slots(values: list[SlotValue], speakers: Mapping[str, str],
                    apart: Callable[[SlotValue, SlotValue], bool]) -> dict[str, list[str]]:
    """Slot → the outlets that give it two ways by two speakers. `speakers`: each sentence's
    text → its one speaker (sentences of no speaker or of several are absent); `apart`: whether
    two figures' sentences speak of different things or days (timeline.slot_claims: different
    days named, or names and none shared), so they are not two sources' figures of one thing.
    Each of the two figures must also be carried by another report: a figure only one report
    gives is as likely another story's (ECB+ 24_ecbplus: €2 million of jewellery, "a police source
    said", and €60,000 taken from a train caterer, "according to reports", two robberies)."""
    by_slot: dict[str, dict[str, list[SlotValue]]] = defaultdict(lambda: defaultdict(list))
    for v in values:
        if not v.partial:
            by_slot[v.slot][v.source].append(v)
    out: dict[str, list[str]] = defaultdict(list)
    for slot, outlet in dict.fromkeys((v.slot, v.source) for v in values if not v.partial):  # (as first given)
        vals = by_slot[slot][outlet]
        others = [w for o, ws in by_slot[slot].items() if o != outlet for w in ws]
        for i, a in enumerate(vals):
            if any(_two_sources(a, b, speakers, apart) and _carried(a, others) and _carried(b, others)
                   for b in vals[i + 1:]):
                out[slot].append(outlet)
                break
    return dict(out)


def _carried(value: SlotValue, others: list[SlotValue]) -> bool:
    """Whether another report gives a figure that fits `value`."""
    return any(_compatible(value, w) for w in others)


def _two_sources(a: SlotValue, b: SlotValue, speakers: Mapping[str, str],
                 apart: Callable[[SlotValue, SlotValue], bool]) -> bool:
    if a.sentence == b.sentence or _compatible(a, b):
        return False
    first, second = speakers.get(a.sentence, ""), speakers.get(b.sentence, "")
    return bool(first and second) and not same_speaker(first, second) and not apart(a, b)


def same_speaker(a: str, b: str) -> bool:
    """"the ministry" and "Interior Ministry", "Oran" and "Davit Oran": one speaker named twice."""
    words_a, words_b = (set(re.findall(r"\w+", s.lower())) - {"the", "a", "an"} for s in (a, b))
    return not words_a or not words_b or words_a <= words_b or words_b <= words_a


def contested_row(slot: str, values: list[SlotValue], speakers: Mapping[str, str], carriers: list[str]) -> Conflict:
    """Every outlet's figures of a contested count, each with its speaker ("three (the
    government)"); `carriers` are the outlets that give it two ways (they rank the row)."""
    shown, seen = [], set()
    for v in values:
        if v.partial or (v.source, v.value, v.sentence) in seen:
            continue
        seen.add((v.source, v.value, v.sentence))
        speaker = speakers.get(v.sentence, "")
        shown.append(ConflictValue(v.source, f"{v.value} ({speaker})" if speaker else v.value, v.sentence))
    confidence = min(0.95, CONTESTED_CONFIDENCE + CONTESTED_STEP * (len(carriers) - 1))
    logger.debug("%s contested in %s", slot, ", ".join(carriers))
    return Conflict(kind=KIND, slot=slot, values=tuple(shown), disagreeing=len(carriers), status="contradict",
                    confidence=round(confidence, 2), evidence=tuple(dict.fromkeys(v.sentence for v in shown)))


__all__ = ["KIND", "contested_row", "contested_slots", "same_speaker"]
