"""Conflicts: the same slot filled with different values by different outlets.

Checked: who holds a role ("Prime Minister Takaichi" vs "Prime Minister Hayashi"), the typed
slots of `slots` (killed, injured, hospitalised, missing, arrested, took part, culled, jobs, magnitude, depth,
distance from a place, duration, money, prison term and its minimum, ban, time of the event, …;
not `deported` or `freed`, read for labels only), and dates inside one aligned fact ("on Tuesday"
vs "on Monday").
Each conflict carries both sentences, so a reader can judge it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from functools import cache

from ..models import Conflict, ConflictValue, Fact, Sentence
from .language import ENGLISH, LanguagePack, pack_for
from .params import DATE_NEAR_COPY_RATIO, TIME_TOLERANCE_MIN
from .phrases import Mention, named_mentions
from .slots import SlotValue


@cache
def _date_patterns(months: tuple[str, ...], weekdays: tuple[str, ...],
                   relative_days: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern, re.Pattern | None]:
    """"March 9", "Tuesday" and "today" in the month, weekday and relative-day names of a language pack."""
    relative = re.compile(r"\b(?:" + "|".join(map(re.escape, relative_days)) + r")\b", re.I) if relative_days else None
    return (re.compile(r"\b(" + "|".join(m for m in months if len(m) > 3) + r")\.?\s+(\d{1,2})\b", re.I),
            re.compile(r"\b(" + "|".join(weekdays) + r")\b", re.I), relative)


YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")

def role_conflicts(sentences: list[Sentence], year: int | None = None) -> list[Conflict]:
    """Different people named in the same role (with the same or no qualifier) by different outlets.

    An unqualified "Prime Minister X" joins the role's qualified mentions when the event has
    only one qualifier for that role ("Japan's"); with several it is ambiguous and skipped.
    Only the role's holder at the time of the event counts: a sentence that names another year
    than the event's (`year`), or a "former", "then" or "late" holder, speaks of someone else's
    term ("In 1998, President Clinton …"), which is background, not a contradiction.
    """
    holders: dict[tuple[str, str], dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    written: dict[str, set[str]] = defaultdict(set)  # a holder's key → the full names it was written as
    for sent in sentences:
        pack = pack_for(sent.language)
        if _other_year(sent.text, year):
            continue
        mentions = named_mentions(sent.text, pack.naming)
        for m in mentions:
            if m.titled and m.role and not set(m.role.split()) & pack.slots.shared_roles \
                    and not _past_holder(sent.text, m, [x.key for x in mentions], pack):
                qualifier = m.qualifier or _common_noun_before(sent.text, m.phrase, pack)
                holders[(m.role, qualifier)][m.key].setdefault(sent.source, sent.text)
                written[m.key].add(m.full)
    for by_name in holders.values():
        _merge_name_orders(by_name, written)
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


def _common_noun_before(text: str, phrase: str, pack: LanguagePack) -> str:
    """The lower-case common noun right before a titled name ("team president Billy King", "club
    chairman …"), by the tagger's lexicon: the title is of a body the sentence does not name, so
    it is no holder of the role another outlet qualifies ("Ohio State president …"); else ""."""
    at = text.find(phrase)
    if at <= 0 or pack.word_tag is None:
        return ""
    before = text[:at].split()
    word = before[-1] if before else ""
    return word if word.isalpha() and word.islower() and pack.word_tag(word) in ("NN", "NNS") else ""


def _merge_name_orders(by_name: dict[str, dict[str, str]], written: dict[str, set[str]]) -> None:
    """One person written in both name orders is one holder: "Koizumi Jinjiro" (family name
    first, keyed "Jinjiro") and "Shinjiro Koizumi" (keyed "Koizumi") share "Koizumi". A key
    that is a word of another key's full name joins it ("George Bush" and "George Washington"
    share only a given name, and neither key is a word of the other's name)."""
    for key in sorted(by_name, key=lambda x: -len(by_name[x])):
        if key not in by_name:
            continue
        for other in [o for o in by_name if o != key]:
            if key in {w for full in written[other] for w in full.split()} \
                    or other in {w for full in written[key] for w in full.split()}:
                for source, text in by_name.pop(other).items():
                    by_name[key].setdefault(source, text)


def _other_year(text: str, year: int | None) -> bool:
    return year is not None and any(int(y) != year for y in YEAR.findall(text))


# How far after a "former"/"then" a holder's name may start ("former Vice-President Dick Cheney").
PAST_HOLDER_REACH = 40


def _past_holder(text: str, mention: Mention, names: list[str], pack: LanguagePack = ENGLISH) -> bool:
    """Whether the pack's `slots.past_holder` marks this holder as another time's: a match that
    names them ("under President Reagan", "Bush's first term", "the Bush administration"), a
    "former"/"then" right before them, or a time phrase with no name ("at the time"), which
    dates the whole sentence (`names`: the keys of the sentence's mentions). A past holder named
    beside the present one ("President Obama has reversed policies of Bush's first term", ECB+
    9_13ecbplus) leaves the present one counted, and an outlet naming both is then in no
    conflict (`_conflict` needs an outlet using no other value)."""
    where = text.find(mention.full)
    for m in pack.slots.past_holder.finditer(text):
        span = m.group(0)
        if re.search(r"\s[^\W\d_]$", span):  # "former P(resident Clinton)": the title's first letter
            if 0 <= where - m.start() <= PAST_HOLDER_REACH:
                return True
        elif not any(name in span for name in names):
            return True  # "at the time": it names nobody, so it dates the whole sentence
        elif mention.key in span or mention.full in span:
            return True
    return False


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


def slot_conflicts(values: list[SlotValue]) -> list[Conflict]:
    """One row per typed slot where outlets' values cannot all be true, every outlet's value shown.

    The reference is the value the most outlets are compatible with; an outlet disagrees when
    none of its values for the slot is compatible with it ("at least 3" and "10" are; "5.9" and
    "6.1" are not). Rows are ranked by how many outlets disagree.
    """
    by_slot: dict[str, list[SlotValue]] = defaultdict(list)
    for v in values:
        by_slot[v.slot].append(v)
    out = []
    for slot, vals in by_slot.items():
        outlets = list(dict.fromkeys(v.source for v in vals))
        if len(outlets) < 2:
            continue
        stated = {o: _stated([v for v in vals if v.source == o]) for o in outlets}
        candidates = [v for o in outlets for v in stated[o]]
        exact = [v for v in candidates if v.low == v.high] or candidates
        reference = max(exact, key=lambda v: (len({o for o in outlets if any(_compatible(v, w) for w in stated[o])}),
                                              -candidates.index(v)))
        shown, disagreeing = [], 0
        for outlet in outlets:
            mine = stated[outlet]
            agree = [v for v in mine if _compatible(v, reference)]
            if not agree:
                disagreeing += 1
            pick = agree[0] if agree else mine[0]
            shown.append(ConflictValue(outlet, pick.value, pick.sentence))
        if disagreeing:
            out.append(Conflict(kind="time" if vals[0].kind == "time" else "number", slot=slot,
                                values=tuple(shown), disagreeing=disagreeing))
    return sorted(out, key=lambda c: -c.disagreeing)


def _stated(mine: list[SlotValue]) -> list[SlotValue]:
    """An outlet's position on a slot: its exact figures when it gives any ("50 were injured"
    outweighs its own "at least 50"), else its hedged ones."""
    whole = [v for v in mine if not v.partial] or mine
    exact = [v for v in whole if v.low == v.high]
    return exact or whole


def _compatible(a: SlotValue, b: SlotValue) -> bool:
    if a.qualifier and b.qualifier and not set(a.qualifier) & set(b.qualifier):
        return False  # "40 km west" and "40 km south" of one place
    if (a.partial or b.partial) and not (a.group and a.group == b.group):
        # A sub-count ("two officers were hurt") fits any total at least as large ("three people
        # were injured"); two sub-counts may count different groups ("two women", "three men"),
        # not two counts of one group ("eleven officers" / "four officers were injured").
        if a.partial and b.partial:
            return True
        part, whole = (a, b) if a.partial else (b, a)
        return part.low <= whole.high
    slack: float
    if a.kind == "time":
        slack = TIME_TOLERANCE_MIN
    elif a.low != a.high or b.low != b.high:
        slack = 0.0  # a hedged figure already carries its own margin ("about 110" is 104.5–115.5)
    else:  # two exact figures: allow the rounding of a unit conversion (35 miles = 56.3 km ≈ 58 km)
        top = max(abs(a.low), abs(b.low), *(abs(x) for x in (a.high, b.high) if x != float("inf")))
        tolerance = max(a.tolerance, b.tolerance)
        slack = tolerance * top if tolerance < 1 else tolerance
    return a.low <= b.high + slack and b.low <= a.high + slack


def ranked(conflicts: list[Conflict]) -> list[Conflict]:
    """Conflicts with `disagreeing` filled in (outlets off the most common value), most first."""
    out = []
    for c in conflicts:
        if not c.disagreeing:
            counts = Counter(v.value for v in c.values)
            top = counts.most_common(1)[0][0]
            c = Conflict(c.kind, c.slot, c.values, c.fact_id,
                         len({v.source for v in c.values if v.value != top}))
        out.append(c)
    return sorted(out, key=lambda c: -c.disagreeing)


def fact_conflicts(facts: list[Fact] | tuple[Fact, ...], min_ratio: float = DATE_NEAR_COPY_RATIO) -> list[Conflict]:
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
                for slot, value in extract(sent.text, pack_for(sent.language)):
                    slots[slot][value][sent.source] = sent.text
            for slot, by_value in slots.items():
                present = {src for srcs in by_value.values() for src in srcs}
                if len(present) < 2:
                    continue
                conflict = _conflict(kind, slot, by_value, fact.id)
                if conflict:
                    out.append(conflict)
    return out


def _near_copies(sentences: tuple[Sentence, ...], min_ratio: float) -> list[Sentence]:
    """The sentences of a fact that are near copies of at least one other of its sentences."""
    words = [re.findall(r"\w+", s.text.lower()) for s in sentences]
    keep: set[int] = set()
    for i in range(len(sentences)):
        for j in range(i + 1, len(sentences)):
            if SequenceMatcher(None, words[i], words[j], autojunk=False).ratio() >= min_ratio:
                keep.update((i, j))
    return [sentences[i] for i in sorted(keep)]


def _dates(text: str, pack: LanguagePack = ENGLISH) -> list[tuple[str, str]]:
    """The dates a sentence gives. A sentence naming two days ("signed Wynn on Tuesday and Bell
    today", "arrested Monday, charged Wednesday") dates two acts: its weekdays date neither alone."""
    month_day, weekday, relative = _date_patterns(pack.slots.months, pack.slots.weekdays, pack.slots.relative_days)
    out = [("day of the month", f"{m.capitalize()} {d}") for m, d in month_day.findall(text)]
    # the day after a verb of saying is the day it was said ("police said Saturday"), not the event's,
    # and so is the day after a verb of naming and its object ("identified the victim on Thursday")
    days = set()
    for m in weekday.finditer(text):
        before = re.search(r"(\w+)\s+(?:on\s+)?$", text[:m.start()])
        named = re.search(r"(\w+)\s+(?:the\s+|a\s+|an\s+)?\w+\s+(?:on\s+)?$", text[:m.start()])
        if not (before and before.group(1).lower() in pack.voice.reporting_verbs | pack.slots.identifying_verbs
                or named and named.group(1).lower() in pack.slots.identifying_verbs):
            days.add(m.group(0).capitalize())
    if len(days) == 1 and not (relative and relative.search(text)):
        out += [("weekday", day) for day in days]
    return out
