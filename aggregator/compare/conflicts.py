"""Conflicts: the same slot filled with different values by different outlets.

Three slots are checked: who holds a role ("Prime Minister Takaichi" vs "Prime Minister
Hayashi"), quantities with the same unit inside one aligned fact ("100 km" vs "110 km"), and
dates inside one aligned fact ("on Tuesday" vs "on Monday", "January 6" vs "January 7").
Each conflict carries both sentences, so a reader can judge it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from difflib import SequenceMatcher

from ..models import Conflict, ConflictValue, Fact, Sentence
from .labels import named_mentions
from .lexicon import MONTHS, WEEKDAYS

NUMBER_UNIT = re.compile(
    r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)\s*(%|percent|per cent|(?:million|billion|trillion)\s+\w+|[a-zA-Z]+)")
MONTH_DAY = re.compile(r"\b(" + "|".join(m for m in MONTHS if len(m) > 3) + r")\.?\s+(\d{1,2})\b", re.I)
WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
UNIT_STOP = frozenset("the a an and or of to in on at by for with from as that which who its".split())


def role_conflicts(sentences: list[Sentence]) -> list[Conflict]:
    """Different people named in the same role (with the same or no qualifier) by different outlets.

    An unqualified "Prime Minister X" joins the role's qualified mentions when the event has
    only one qualifier for that role ("Japan's"); with several it is ambiguous and skipped.
    """
    holders: dict[tuple[str, str], dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    for sent in sentences:
        for m in named_mentions(sent.text):
            if m.titled and m.role:
                holders[(m.role, m.qualifier)][m.key].setdefault(sent.source, sent.text)
    out = []
    for role in sorted({r for r, _ in holders}):
        qualifiers = sorted({q for r, q in holders if r == role and q})
        if len(qualifiers) <= 1:
            merged: dict[str, dict[str, str]] = defaultdict(dict)
            for qualifier in ["", *qualifiers]:
                for name, by_source in holders.get((role, qualifier), {}).items():
                    merged[name].update(by_source)
            groups = [(" ".join([*qualifiers, role]), merged)]
        else:
            groups = [(f"{q} {role}", holders[(role, q)]) for q in qualifiers]
        for slot, by_name in groups:
            conflict = _conflict("person", slot, by_name)
            if conflict:
                out.append(conflict)
    return out


def _conflict(kind: str, slot: str, by_value: dict[str, dict[str, str]], fact_id: str = "") -> Conflict | None:
    """A conflict when at least two values each come from an outlet that uses no other value."""
    outlets_of = {v: set(src) for v, src in by_value.items()}
    exclusive = {v for v, srcs in outlets_of.items()
                 if any(all(s not in outlets_of[o] for o in outlets_of if o != v) for s in srcs)}
    if len(exclusive) < 2:
        return None
    values = tuple(ConflictValue(source=src, value=value, sentence=text)
                   for value in sorted(exclusive) for src, text in sorted(by_value[value].items())
                   if all(src not in outlets_of[o] for o in outlets_of if o != value))
    return Conflict(kind=kind, slot=slot, values=values, fact_id=fact_id)


def number_conflicts(sentences: list[Sentence], min_shared: int = 2) -> list[Conflict]:
    """Quantities with the same unit and the same surrounding words but different values.

    Works across sentences, not only inside aligned facts, because a figure often sits in a
    clause of a longer sentence ("Taiwan, which lies about 110 kilometers from Japan's…").
    """
    mentions = []
    for sent in sentences:
        words = [w.lower() for w in re.findall(r"[\w’'-]+", sent.text)]
        for match in NUMBER_UNIT.finditer(sent.text):
            value, unit = match.group(1).replace(",", ""), UNITS.get(match.group(2).lower(), match.group(2).lower())
            if unit in UNIT_STOP or unit in MONTHS:
                continue
            position = len(re.findall(r"[\w’'-]+", sent.text[:match.start()]))
            context = {w for w in words[max(0, position - 6):position + 8]
                       if len(w) > 3 and w not in UNIT_STOP and not w[0].isdigit() and w != unit}
            mentions.append((sent, unit, value, context))
    out, seen = [], set()
    for i, (sa, unit, va, ca) in enumerate(mentions):
        for sb, unit_b, vb, cb in mentions[i + 1:]:
            if (sa.source == sb.source or unit != unit_b or va == vb or len(ca & cb) < min_shared):
                continue
            key = (unit, frozenset({(sa.source, va), (sb.source, vb)}))
            if key in seen:
                continue
            seen.add(key)
            slot = f"quantity in {unit} ({', '.join(sorted(ca & cb)[:4])})"
            out.append(Conflict(kind="number", slot=slot, values=(
                ConflictValue(sa.source, f"{va} {unit}", sa.text), ConflictValue(sb.source, f"{vb} {unit}", sb.text))))
    return out


def fact_conflicts(facts: list[Fact] | tuple[Fact, ...], min_ratio: float = 0.6) -> list[Conflict]:
    """Dates that differ between near-copy sentences of one fact.

    Only near copies: in free paraphrases one outlet's weekday is often the day of the
    incident and another's the day it was announced ("said Sunday" / "on Saturday").
    """
    out = []
    for fact in facts:
        if len(fact.sentences) < 2:
            continue
        for kind, extract in (("date", _dates),):
            slots: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
            for sent in _near_copies(fact.sentences, min_ratio):
                for slot, value in extract(sent.text):
                    slots[slot][value][sent.source] = sent.text
            for slot, by_value in slots.items():
                present = {src for srcs in by_value.values() for src in srcs}
                if len(present) < 2:
                    continue
                conflict = _conflict(kind, slot, by_value, fact.id)
                if conflict:
                    out.append(conflict)
    return out


UNITS = {"kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
         "miles": "mi", "mile": "mi", "per cent": "%", "percent": "%", "metres": "m", "meters": "m",
         "tonnes": "t", "tons": "t"}


def _near_copies(sentences: tuple[Sentence, ...], min_ratio: float) -> list[Sentence]:
    """The sentences of a fact that are near copies of at least one other of its sentences."""
    words = [re.findall(r"\w+", s.text.lower()) for s in sentences]
    keep = set()
    for i in range(len(sentences)):
        for j in range(i + 1, len(sentences)):
            if SequenceMatcher(None, words[i], words[j], autojunk=False).ratio() >= min_ratio:
                keep.update((i, j))
    return [sentences[i] for i in sorted(keep)]


def _dates(text: str) -> list[tuple[str, str]]:
    out = [("day of the month", f"{m.capitalize()} {d}") for m, d in MONTH_DAY.findall(text)]
    out += [("weekday", w.capitalize()) for w in WEEKDAY.findall(text)]
    return out
