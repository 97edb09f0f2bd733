"""Terms a decision sets, in years: a prison term, a ban's or a suspension's length, the least
term a sentence must run before release. Outlets that write seven and eight years disagree, however
far apart they were published (a decision is fixed once made: compare/timeline.py `DECIDED`).
Split from slots.py, which reads every other slot.
"""

from __future__ import annotations

import re

from ..models import Sentence
from .event_date import EventDate, other_event
from .language import pack_for
from .lexicon import is_date_word
from .numbers import read_quantity, tokens
from .slot_value import SlotValue


def prison_terms(sent: Sentence, when: EventDate) -> tuple[list[SlotValue], list[SlotValue]]:
    """The prison terms a court gave, in years (the pack's `slots.prison_term`), as (dated,
    undated): outlets that write seven and eight years disagree (a term "up to" what the law allows
    is no pattern's). Dated: the sentence names a day of the event. Undated: it names no day, no
    year and no other event, and no word of the pack's `past_term_words` ("had been jailed",
    "previously served") stands in it; `slot_values` keeps those only in an event where some
    report dates a term (a sentencing: "was jailed for 12 years" is then that term, not one from the
    person's past)."""
    pack = pack_for(sent.language)
    words = tokens(sent.text)
    if other_event(words, 0, 0, when, sent.text, pack.slots.months, pack.slots):
        return [], []
    found = _terms(sent, pack.slots.prison_term, pack.slots.prison_term_slot)
    if any(is_date_word(w, pack.slots) for w in words):
        return found, []
    if any(w.isdigit() and len(w) == 4 for w in words) or pack.slots.past_term_words & set(words):
        return [], []
    return [], found


def undated_terms(sent: Sentence, when: EventDate) -> list[SlotValue]:
    """How long a ban, a suspension or a contract runs, in years (the pack's `slots.ban_term`,
    `slots.contract_term`), as a prison term is read; not in a sentence that names a year, a season
    past (`slots.past_season`: "last season") or another event (a past ban). The least term a
    sentence must run before release (`slots.minimum_term`: "a minimum term of 22 years") is read
    by the same rule: no date need stand beside it."""
    pack = pack_for(sent.language)
    out = []
    for pattern, slot, made in ((pack.slots.ban_term, pack.slots.ban_term_slot, None),
                                (pack.slots.minimum_term, pack.slots.minimum_term_slot, None),
                                (pack.slots.contract_term, pack.slots.contract_term_slot, pack.slots.contract_made)):
        rest = pattern.sub(" ", sent.text)  # "banned for four years after testing positive": no
        words = tokens(rest)  # "years after" of another time
        if made is not None and not made & set(tokens(sent.text)):
            continue  # a contract sought or offered, not made
        if any(w.isdigit() and len(w) == 4 for w in words) or pack.slots.past_season.search(rest) \
                or other_event(words, 0, 0, when, rest, pack.slots.months, pack.slots):
            continue
        out += _terms(sent, pattern, slot)
    return out


def _terms(sent: Sentence, pattern: re.Pattern, slot: str) -> list[SlotValue]:
    """The lengths `pattern` reads (groups n and u, or n2 and u2), in years, as slot `slot`."""
    pack = pack_for(sent.language)
    out: list[SlotValue] = []
    for m in pattern.finditer(sent.text):
        figure, unit = (m.group("n"), m.group("u")) if m.group("n") else (m.group("n2"), m.group("u2"))
        if m.group("n") and tokens(m.group(0)).count(pack.naming.to_word) > 1:
            continue  # "sentenced to one to three years": a range, no one term
        q = read_quantity(tokens(figure.replace("-", " ")), 0, pack.quantities)
        if q is None or not q.exact:
            continue
        years = q.low / 12 if unit.lower().startswith("month") else q.low
        unit = unit if unit.endswith("s") or q.low == 1 else unit + "s"  # "a seven-year sentence": seven years
        out.append(SlotValue(slot, "number", sent.source, f"{figure} {unit}".lower(), years, years, sent.text))
    return out
