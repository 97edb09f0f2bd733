"""Tallies a report gives of a verdict or a vote: how many counts a court convicted or acquitted
on, and how a vote split.

"convicted on four of six counts" against "found guilty on three of six counts" is a clash of
one verdict; "voted 52-48" against "passed by a vote of 51-49" or "seven of the nine members voted
for it" (7-2) one of a vote. Read by the language pack's patterns (`slots.verdict_counts`,
`slots.vote_tally`, `slots.vote_share_of`), never from a sentence about another day
(`event_date.other_event`, checked by the caller). A sentence giving two counts of one verdict ("three
counts of fraud and two of bribery") or two tallies gives none: which one another outlet's figure
answers is unknown; counts of a named charge ("two counts of murder") are that charge's slot. A
tally is one value with both sides, larger first ("48-52" and "52-48" are one split), kept as one
number (larger × 10,000 + smaller) so the conflict step compares it as it compares any exact figure.
"""

from __future__ import annotations

import re
from itertools import takewhile

from ..models import Sentence
from .language import pack_for
from .numbers import read_quantity, tokens
from .slot_value import SlotValue

_TALLY_BASE = 10_000  # both sides of a tally in one number: no vote has 10,000 on one side here
_SPLIT = re.compile(r"(?<![\d.-])\d{1,4}\s*[-–]\s*\d{1,4}(?![\d-]|\.\d)|\b\d{1,4}\s+to\s+\d{1,4}\b")  # any split


def tallies(sent: Sentence) -> list[SlotValue]:
    """The verdict counts and vote tallies of one sentence."""
    return _verdict_counts(sent) + _vote_tally(sent)


def _verdict_counts(sent: Sentence) -> list[SlotValue]:
    pack = pack_for(sent.language)
    sw = pack.slots
    found: dict[str, list[tuple[float, str]]] = {}
    for m in sw.verdict_counts.finditer(sent.text):
        before = tokens(sent.text[:m.start()])[-3:]
        if m.group("verdict").lower() not in sw.verdict_acquittal and set(before) & sw.plea_words:
            continue  # "pleaded not guilty on all counts", "pleaded guilty on Monday of …": a plea
        figure = m.group("n")  # "on four of six counts", "guilty on all six counts"
        q = read_quantity(tokens(figure), 0, pack.quantities)
        if q is None or not q.exact or q.low != int(q.low) or q.low < 1:
            continue  # "convicted of additional assault charges", "guilty on the remaining counts"
        rest = tokens(sent.text[m.end():])
        if set(rest) & sw.count_nouns:
            continue  # "convicted of one count of attempted murder and two counts of …": counts of each charge
        cleared = bool(m.group("not")) or m.group("verdict").lower() in sw.verdict_acquittal
        slot = sw.acquitted_counts_slot if cleared else sw.convicted_counts_slot
        if rest[:1] == [pack.naming.of_word]:  # "two counts of first-degree murder": that charge's counts only
            charge = list(takewhile(lambda w: w.replace("-", "").isalpha() and w not in sw.charge_ends, rest[1:4]))
            slot = f"{slot} ({' '.join(charge)})" if charge else slot
        found.setdefault(slot, []).append((q.low, figure.lower()))
    return [SlotValue(slot, "number", sent.source, written, n, n, sent.text)
            for slot, values in found.items() if len(values) == 1 for n, written in values]


def _vote_tally(sent: Sentence) -> list[SlotValue]:
    pack = pack_for(sent.language)
    sw = pack.slots
    found = []
    for m in sw.vote_tally.finditer(sent.text):
        a, b = (int(x) for x in next((m.group(f"a{k}"), m.group(f"b{k}")) for k in ("", "1", "2", "3")
                                     if m.group(f"a{k}")))
        big, small = max(a, b), min(a, b)
        if big >= _TALLY_BASE or big == 0:
            continue
        found.append((big * _TALLY_BASE + small, f"{big}-{small}"))
    for m in sw.vote_share_of.finditer(sent.text):  # "Seven of the nine members … voted for the increase"
        n, of = (read_quantity(tokens(m.group(g)), 0, pack.quantities) for g in ("n", "of"))
        if n is not None and of is not None and n.exact and of.exact and 0 < n.low <= of.low < _TALLY_BASE \
                and n.low == int(n.low) and of.low == int(of.low):
            big, small = int(max(n.low, of.low - n.low)), int(min(n.low, of.low - n.low))
            found.append((big * _TALLY_BASE + small, f"{big}-{small}"))
    if len(found) != 1 or len(_SPLIT.findall(sent.text)) > 1:
        return []  # no tally, or two ("the committee voted 14-12 and the Senate 52-48"): which is unknown
    key, written = found[0]
    return [SlotValue(sw.vote_tally_slot, "number", sent.source, written, key, key, sent.text)]
