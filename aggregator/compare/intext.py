"""In-text dates: the days a report's own sentences name as past, for a lower bound on its time.

A report with neither a publication time nor a dateline was still published on or after every
day it names as past ("was shot on Saturday", "died March 13, 2013"), so the latest such day
bounds its time from below; it is not its time. Reading those days is its own job (sentence
mentions of dates, months and weekdays, and the tense of the clause around each), apart from
what timeline.py does with a report's time (updates, contradictions), so it lives here;
timeline.py imports it, never the other way round.

Read only in languages whose pack gives its `tense` words and a `tagger` (English so far,
compare/language.py `TenseWords`): a mention counts only when the verb nearest before it in its
clause is past (`_named_as_past`), and not in a clause with a word of the future or of a
possibility ("will meet on Friday", "is expected", "until Monday", "next month", "may"). A
weekday is a day only as the reports with known times read it (`past_days`); a date without a
year takes the year that puts it nearest the earliest known report, and is read only when one is
known and it falls at most INTEXT_YEARLESS_DAYS after it; a date more than
INTEXT_BACKGROUND_DAYS before that report is background; a month alone ("in January") bounds
from its first day.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta

from ..events.textdates import EARLIEST, FUTURE_SLACK
from ..models import Article
from .language import LanguagePack, SlotWords, TenseWords, pack_for
from .params import INTEXT_BACKGROUND_DAYS, INTEXT_WEEKDAY_SUPPORT, INTEXT_YEARLESS_DAYS
from .slots import month_number

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_WORDS = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|\d+")

Tagger = Callable[[tuple[str, ...]], tuple[str, ...]]


def _reads_tense(pack: LanguagePack) -> tuple[TenseWords, Tagger] | None:
    """The pack's tense words and tagger, when it has both (else its reports' days are not read)."""
    if pack.tense is None or pack.tagger is None:
        return None
    return pack.tense, pack.tagger


def _named_as_past(sentence: str, start: int, end: int, tense: TenseWords, tagger: Tagger) -> bool:
    """Whether the day mentioned at sentence[start:end] is named as past: no word of the future
    or of a possibility in its clause, and the verb nearest before it in the clause past ("police
    say he pointed a gun on Saturday", not "officials said the bridge reopens March 20"); with no
    verb before it, the first verb after it ("A fire on Tuesday destroyed …", "On Saturday, police
    arrested …"). Past: tagged VBD, any verb after "was", "had", "has been", or a participle
    not after "is", "are", "be". A word of a deadline or a start just before the day ("to",
    "until", "for the") rules it out."""
    if tense.stamp.search(sentence[:start]):
        return True  # a stamp of the report itself
    before = tense.clause_break.split(sentence[:start])[-1]
    after = tense.clause_break.split(sentence[end:])[0]
    if any(p.search(part) for p in (tense.future, tense.modal) for part in (before, after)):
        return False
    words = list(_WORDS.finditer(sentence))
    tagged = tagger(tuple(m.group(0) for m in words))  # the whole sentence: the tagger reads context
    lowered = [m.group(0).lower() for m in words]
    previous = [k for k, m in enumerate(words) if start - len(before) <= m.start() < start]
    following = [k for k, m in enumerate(words) if end <= m.start() < end + len(after)]
    last = [lowered[k] for k in previous if not lowered[k].isdigit()][-3:]
    if last and last[-1] in tense.day_prepositions:
        last = last[:-1]
    if tense.not_past_before & set(last[-2:]):
        return False

    def past(k: int) -> bool:
        window = set(lowered[max(0, k - 3):k])
        return tagged[k] == "VBD" or bool(tense.past_auxiliaries & window) or (
            tagged[k] == "VBN" and not tense.present_auxiliaries & window)

    verbs_before = [k for k in previous if tagged[k].startswith("VB") or tagged[k] == "MD"]
    if verbs_before:
        return past(verbs_before[-1])
    verbs_after = [k for k in following if tagged[k].startswith("VB") or tagged[k] == "MD"]
    return bool(verbs_after) and past(verbs_after[0])


def _month_number(word: str, months: tuple[str, ...]) -> int:
    """1–12 for a capitalised month name or its abbreviation in `months` (a pack's), else 0."""
    low = word.lower().rstrip(".")
    return month_number(low, months) if word[:1].isupper() and low in months else 0


def _mentions(sentence: str, slots: SlotWords, tense: TenseWords
              ) -> list[tuple[str, int | None, int, int, int, int]]:
    """The days a sentence names: (kind, year or None, month, day, start, end) for "date" and
    "month" (day 1) mentions, ("weekday", None, 0, weekday 0–6 Monday first, start, end) for weekdays."""
    out: list[tuple[str, int | None, int, int, int, int]] = []
    for pattern, kind in tense.date_mentions:
        for m in pattern.finditer(sentence):
            parts = m.groupdict()
            month = int(parts["month"]) if parts.get("month") else _month_number(parts["mon"], slots.months)
            if 1 <= month <= 12:
                out.append((kind, int(parts["year"]) if parts.get("year") else None, month,
                            int(parts["day"]) if parts.get("day") else 1, m.start(), m.end()))
    on = tense.weekday_preposition + " "
    for m in slots.weekday_name.finditer(sentence):
        name = m.group(1).lower()
        if name in slots.weekdays[:7]:
            s = m.start(1)
            start = s - len(on) if sentence[max(0, s - len(on)):s].lower() == on else s
            out.append(("weekday", None, 0, slots.weekdays.index(name), start, m.end(1)))
    return out


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def _day(year: int | None, month: int, day: int, anchor: date | None) -> date | None:
    """The date; without a year, the one of the years around `anchor` nearest it (None when no anchor)."""
    try:
        if year is not None:
            return date(year, month, day)
        if anchor is None:
            return None
        options = [date(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    except ValueError:  # 31 February
        return None
    return min(options, key=lambda d: abs((d - anchor).days))


def past_days(known: list[tuple[Article, datetime]]) -> dict[date, set[str]]:
    """The days the reports with a known time (each with that time) name as past → the reports
    naming them: a weekday read as its latest day on or before the report's date (both that day
    and a week before when it is the report's own weekday: "Saturday" in Saturday's paper), a
    date as itself."""
    days: dict[date, set[str]] = defaultdict(set)
    for art, when in known:
        pack = pack_for(art.language)
        reading = _reads_tense(pack)
        if reading is None:
            continue
        tense, tagger = reading
        own = when.date()
        for sentence in _sentences(art.text):
            for kind, year, month, day, start, end in _mentions(sentence, pack.slots, tense):
                if kind == "month" or not _named_as_past(sentence, start, end, tense, tagger):
                    continue
                if kind == "weekday":
                    back = (own.weekday() - day) % 7
                    found = [own - timedelta(days=back)] + ([own - timedelta(days=7)] if back == 0 else [])
                else:
                    named = _day(year, month, day, own)
                    found = [named] if named is not None and named <= own + timedelta(days=1) else []
                for d in found:
                    days[d].add(art.source)
    return days


def in_text_bound(art: Article, first: date | None, calendar: Mapping[date, set[str]]
                  ) -> tuple[date, str] | None:
    """(day, phrase): the latest day the report's sentences name as past, and how they name it;
    None when they name none that counts (see above), or its pack reads no tense. `first`: the
    earliest known report's date (the year of a date without one, the edge of background);
    `calendar`: the days the reports with known times name (`past_days`), for weekdays."""
    pack = pack_for(art.language)
    reading = _reads_tense(pack)
    if reading is None:
        return None
    tense, tagger = reading
    latest = (art.fetched_at.date() + FUTURE_SLACK) if art.fetched_at else None
    earliest = first - timedelta(days=INTEXT_BACKGROUND_DAYS) if first else EARLIEST.date()
    best: tuple[date, str] | None = None
    for sentence in _sentences(art.text):
        for kind, year, month, day, start, end in _mentions(sentence, pack.slots, tense):
            if not _named_as_past(sentence, start, end, tense, tagger):
                continue
            if kind == "weekday":
                options = [d for d in calendar if d.weekday() == day]
                if len(options) != 1 or len(calendar[options[0]]) < INTEXT_WEEKDAY_SUPPORT:
                    continue  # not resolvable, or read as two days by the dated reports
                named: date | None = options[0]
            else:
                named = _day(year, month, day, first)
                if year is None and named is not None and first is not None \
                        and named > first + timedelta(days=INTEXT_YEARLESS_DAYS):
                    continue  # "arrested in April" in a report of March: maybe last April
            if named is None or named < earliest or (latest is not None and named > latest):
                continue
            phrase = sentence[start:end].strip().rstrip(".,")
            if best is None or named > best[0]:
                best = (named, phrase)
    return best
