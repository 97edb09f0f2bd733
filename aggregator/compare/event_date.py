"""When the event happened, and whether a figure is about another one.

The event's year and month come from publication dates, else from datelines and the dates the
texts name; a clause naming another year or month, an aftershock, a previous event or a record is
about another event, and its figures are left out of every slot (slots.py, measures.py,
tallies.py).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Sentence
from .language import ENGLISH, SlotWords, pack_for
from .numbers import tokens

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True)
class EventDate:
    """The event's year and month (1–12), from publication dates or the dates the texts name."""

    year: int | None
    month: int | None
    weekday: str = ""  # the weekday the reports name most ("Sunday"), for the time of the event


def event_date(sentences: list[Sentence], published: list, datelines: Sequence[str] = ()) -> EventDate:
    """Publication dates first; else the datelines and stamps dropped from the texts (they date
    the report), then the dates the sentences name."""
    years = Counter(p.year for p in published if p)
    months = Counter(p.month for p in published if p)
    # datelines carry no language: the English month names, as for every report before packs
    for texts in ((((d, ENGLISH) for d in datelines),) if not years else ()) + (
            ((s.text, pack_for(s.language)) for s in sentences),):
        if years:
            break
        for text, pack in texts:
            years.update(int(y) for y in _YEAR.findall(text))
            months.update(month_mentions(tokens(text), months=pack.slots.months, slots=pack.slots))
    months.pop(0, None)
    year = years.most_common(1)[0][0] if years else None
    month = months.most_common(1)[0][0] if months else None
    days = Counter(d.lower() for s in sentences for d in pack_for(s.language).slots.weekday_name.findall(s.text))
    return EventDate(year, month, days.most_common(1)[0][0] if days else "")


def month_number(word: str, months: Sequence[str] = ENGLISH.slots.months) -> int:
    """1–12 for a month name or its abbreviation, 0 for anything else."""
    heads = [m[:3] for m in months[:12]]
    return heads.index(word.lower()[:3]) + 1 if word.lower()[:3] in heads else 0


def month_mentions(words: list[str], text: str = "", months: Sequence[str] = ENGLISH.slots.months,
                   slots: SlotWords = ENGLISH.slots) -> list[int]:
    """Months named as dates: next to a figure ("May 5", "5 May 2010") or after "in"/"since"
    ("in February"); "may" the verb and a protest "march" are not months (`slots`: a pack's
    words, for the prepositions and the ambiguous months)."""
    out = []
    for k, w in enumerate(words):
        number = month_number(w, months) if w in months else 0
        if not number:
            continue
        near = words[max(0, k - 1):k + 2:2]
        after_preposition = k > 0 and words[k - 1] in slots.month_prepositions
        capitalised = re.search(rf"\b(?:{slots.month_capital_prepositions}) {w.capitalize()}\b", text) is not None
        if any(x[:1].isdigit() for x in near) or (
                after_preposition and (w not in slots.ambiguous_months or capitalised)):
            out.append(number)
    return out




def other_event(words: list[str], i: int, j: int, when: EventDate, text: str,
                 months: Sequence[str] = ENGLISH.slots.months, slots: SlotWords = ENGLISH.slots) -> bool:
    """words[i:j] is about another event: its sentence names another year or month than the
    event's, or the words around it speak of an aftershock, a previous event, a record (`slots`:
    the pack's words for them)."""
    window = words[max(0, i - 10):j + 12]
    sentence = tokens(text)
    for w in sentence:
        if w.isdigit() and len(w) == 4 and 1800 < int(w) < 2100 and when.year and int(w) != when.year:
            return True
    if when.month and any(m != when.month for m in month_mentions(sentence, text, months, slots)):
        return True
    return bool(slots.other_time.search(text) or slots.other_event.search(" ".join(window)))
