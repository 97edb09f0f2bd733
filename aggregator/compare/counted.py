"""Namings of a group that outlets count by one figure: "110 people were arrested" / "110 rioters
had been detained" / "more than 100 demonstrators" name the same arrested group three ways.

A label (compare/labels.py) needs two outlets naming one referent. For a group of people that is
counted, one figure of one slot is strong evidence of one referent even where the sentences are
worded too differently for the alignment to call them one claim (each adds its own clause): the
slot says what happened to them (`compare/slots.py`: killed, arrested, evacuated …) and the
figure how many. Only people counts (the pack's `naming.counted_group_slots`) and whole counts
(not a small sub-count such as "two women" of the three killed); two outlets meet on an exact figure,
or on an exact figure and a narrow hedge that holds it ("110" / "more than 100"; not "27" / "at
least 12", which may be another group: `COUNTED_HEDGE_WIDTH`): two hedges alone ("more than 200"
/ "more than 400") may be two counts. The naming is the plural noun the figure
counts, with the adjectives before it ("110 suspected rioters"); a group of a toll's breakdown ("30
soldiers and 18 rebels" / "18 insurgents") only by an exact figure of at least `COUNTED_PART_MIN`
that each outlet gives one group; not a noun of the act itself
("46 arrests", "14 deaths": the slot's own nouns), a unit ("10 years") or "others". A group every
outlet counts in general words only ("10 people" / "10 persons") has no label.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from ..models import Sentence
from .language import ENGLISH, LanguagePack
from .name_runs import tokenize
from .naming import Naming
from .params import COUNTED_HEDGE_WIDTH, COUNTED_PART_MIN, ROUND_FLOOR
from .slot_value import SlotValue
from .slots import stem_match

METHOD = "counted by one figure"
# How many words after the figure the counted noun may stand ("110 suspected riot police": three).
COUNTED_MAX_WORDS = 3


def counted_namings(values: list[SlotValue], sentences: list[Sentence], pack: LanguagePack = ENGLISH) -> list[Naming]:
    """Per people-count slot and exact figure that at least two outlets give (or one gives and
    another's hedge holds), each outlet's noun for the counted group. `sentences` give each
    value's sentence as a `Sentence` (a value knows its text only)."""
    if pack.tagger is None:
        return []
    by_text = {(s.source, s.text): s for s in sentences}
    found: dict[str, list[tuple[SlotValue, str, int, int]]] = defaultdict(list)
    for v in values:
        if v.kind != "number" or v.slot not in pack.naming.counted_group_slots \
                or v.partial and not (v.low == v.high >= COUNTED_PART_MIN):
            continue
        noun = _counted_noun(v, pack)
        if noun is not None:
            found[v.slot].append((v, *noun))
    out: list[Naming] = []
    for slot, items in found.items():
        for figure in _figures([v for v, *_ in items]):
            holding = [it for it in items if _holds(it[0], figure)]  # (the value the figure came from too)
            parts = Counter(it[0].source for it in holding if it[0].partial)
            if any(n > 1 for n in parts.values()) or any(_twice(it[0]) for it in holding if it[0].partial):
                continue  # "5 soldiers and 5 civilians": which of an outlet's groups is the other's is unknown
            if len({it[0].source for it in holding}) < 2:
                continue
            if all(phrase.split()[-1].lower() in pack.naming.generic_people for _, phrase, _, _ in holding):
                continue  # "10 people" / "10 persons": one naming
            shown = next((it[0].value for it in holding if it[0].low == it[0].high),
                         f"{figure:,.0f}" if figure == int(figure) else f"{figure:,}")  # not "1.5e+06"
            seen: set[str] = set()
            for v, phrase, start, end in holding:
                sent = by_text.get((v.source, v.sentence))
                if sent is None or v.source in seen:
                    continue
                seen.add(v.source)
                out.append(Naming(f"{slot} {figure:g}", f"the {shown} {slot}", v.source, phrase, sent, start, end,
                                  METHOD))
    return out


def _figures(values: list[SlotValue]) -> list[float]:
    """The figures a slot's group may be counted by: its exact figures; where no outlet gives one,
    the centres of its narrow two-sided hedges ("about 2,000" / "around 2,000" deported: one
    figure, hedged alike), which `_holds` then matches as it matches a hedge to an exact figure. One
    hedge from below and one from above ("more than 200" / "more than 400") have no centre."""
    exact = sorted({v.low for v in values if v.low == v.high})
    if exact:
        return exact
    return sorted({(v.low + v.high) / 2 for v in values
                   if v.high != math.inf and v.low < v.high and v.high - v.low <= COUNTED_HEDGE_WIDTH * v.high})


def _twice(v: SlotValue) -> bool:
    """Whether the figure's text stands twice in its sentence ("5 soldiers and 5 civilians"): the
    slot read one of them, and which group it counted is not sure."""
    return len(re.findall(rf"(?<!\w){re.escape(v.value)}(?!\w)", v.sentence, re.I)) > 1


def _holds(v: SlotValue, figure: float) -> bool:
    """Whether an outlet's value counts the group of an exact figure: that figure, or a narrow
    hedge around it (`COUNTED_HEDGE_WIDTH`): "more than 100" holds 110, "at least 12" (civilians)
    does not hold 27 (rebels). A floor holds it at the figure itself ("at least 12" / "twelve") or
    when round ("more than 100": a figure given roughly, `ROUND_FLOOR`); "at least seven people
    died" is a growing toll's count at its hour, which a later "nine" need not name (a probe ferry
    sinking)."""
    if not v.low <= figure <= v.high or v.partial and v.low != figure:
        return False
    if v.high == math.inf:
        return v.low == figure or v.low >= (1 - COUNTED_HEDGE_WIDTH) * figure and v.low % ROUND_FLOOR == 0
    return v.high - v.low <= COUNTED_HEDGE_WIDTH * v.high


def _counted_noun(v: SlotValue, pack: LanguagePack) -> tuple[str, int, int] | None:
    """The plural noun (with adjectives or a compound's nouns before it) right after the figure's text in its sentence,
    and its span; None when the figure's text is not found as written, or no such noun follows."""
    at = v.sentence.lower().find(v.value.lower())  # "twelve" read from "Twelve people died"
    if at < 0 or pack.tagger is None:
        return None
    after = at + len(v.value)
    toks = tokenize(v.sentence[after:])[:COUNTED_MAX_WORDS]
    if not toks:
        return None
    tags = pack.tagger(tuple(t.text for t in toks))
    own = {w for w, slot in pack.slots.total_nouns.items() if slot == v.slot} | pack.slots.not_count_after
    stems = pack.slots.count_slots.get(v.slot, ())
    for t, tag in zip(toks, tags):
        if stem_match(t.text, stems, pack.slots.slot_suffixes):
            return None  # the slot's own word ("nine bodies recovered", "14 deaths"): the dead, no naming
        if tag == "NNS" and t.text.islower() and t.text not in own and t.text not in pack.naming.not_namings:
            start, end = after + toks[0].start, after + t.end
            return v.sentence[start:end], start, end
        if tag not in ("JJ", "VBN", "NN") or not t.text.islower():  # "illegal", "injured", "asylum" (seekers)
            return None
    return None
