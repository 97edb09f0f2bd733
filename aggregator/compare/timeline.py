"""Updates are not conflicts: a slot's figures set against the time each report was published.

Each report gets a time: its publication time; else the dateline in its opening lines ("April 4,
2012", "Updated 09/14/2013"); else none. A dateline that disagrees with the publication time by
days makes the time unknown (one of the two is wrong). A report with neither gets, where its
sentences name days as past ("was shot on Saturday", "died March 13, 2013"), a lower bound: it
was published on or after the latest such day (`ReportTime.not_before`, basis "in-text date").
A bound is not a time: `when` stays None (so no contradiction and no copy direction rests on
it); it can only put its report after a report with a known time of an earlier day. The days a
text names are read by compare/intext.py. Then, per typed slot:

- figures that change between reports published at different times are an **update**: one
  timeline (value, outlet, time), with the reports that still carried an older figure after a
  newer one was out marked `stale`;
- incompatible figures of reports close enough in time are a **contradiction** (status
  `contradict`): for precise times within `CONFLICT_WINDOW_HOURS`; for date-only times only in
  slots that do not grow (a magnitude, a role's holder, not a death toll) and on the same day;
- anything else (a report without a time, reports too far apart to order) only **differs**:
  the row is shown with status `differ` and a low confidence, never as a contradiction.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from ..events.textdates import date_in_text
from ..models import Article, Conflict, Update, UpdatePoint
from .conflicts import _compatible, _stated, slot_conflicts
from .contested import contested_row, contested_slots, same_speaker
from .intext import in_text_bound, past_days
from .language import pack_for
from .numbers import tokens
from .params import (
    CONFLICT_DATE_DAYS,
    CONFLICT_WINDOW_HOURS,
    DATELINE_DISAGREE_DAYS,
    INTEXT_LATER_DAYS,
    RISE_REACH,
    UPDATE_HEDGE_WIDTH,
    UPDATE_MARGIN_HOURS,
)
from .phrases import name_words
from .slots import AGE_SLOT, SlotValue

# Slots whose true value can change while an event unfolds: a difference between two reports
# of one day may be the later report's newer figure, so date-only times never make it a
# contradiction.
GROWING = re.compile(r"^(?:killed|injured|hospitalised|infected|missing|trapped|arrested|evacuated|rescued|displaced|"
                     r"kidnapped|destroyed|damaged|area$|affected |without power$|times hit|"
                     r"money |turnout$)")
# Counts that only grow while an event unfolds (a toll, the injured, the homes destroyed, the area a
# fire burned): a later, smaller figure is not their update. Arrests are not here: they are
# counted per operation or per night of protest (ECB+ 19: one arrest on Monday night, 46 on
# Wednesday night), so a later figure is another count. Nor are the missing, the trapped or those in
# hospital, whose count falls as people are found, freed or sent home ("11 others are missing" then
# "eight people still missing": an update).
CUMULATIVE = re.compile(r"^(?:killed|injured|infected|rescued|destroyed|damaged|area|affected .+)$")
NO_UPDATE = re.compile(r"^arrested$")
# A decision's figures, fixed once it is made (a court's term, a ban's, a contract's length, fine or
# bail, an agreed takeover's price — a raised one is an offer or a bid —, a verdict's counts, a vote's
# split, a policy rate, an indicator's release: "unemployment rose to 6.8 percent in October" is not
# revised to 7.1 by the afternoon): two reports that differ are in conflict
# however far apart, never an update ("sentenced to 12 years" at 8:00, "jailed for 10 years" at 10:00).
DECIDED = re.compile(r"^(?:prison term|ban |contract |money (?:fine|bail|settlement|takeover) |"
                     r"counts (?:convicted|acquitted) on$|vote tally$|policy interest rate$|"
                     r"(?:\w+ )*(?:(?:inflation|unemployment) rate|economic growth)$)")
# A slot about one party ("vote share of Varga"): its name follows this.
OF_PARTY = " of "
# Sums whose referent a slot word cannot fix: every bidder makes an "offer" (ECB+ 10: the Angels',
# Nationals', Orioles' and Red Sox' offers to one player). Not compared; the report says so.
MULTI_PARTY = re.compile(r"^money contract")


@dataclass(frozen=True)
class ReportTime:
    """When a report was published, as far as its metadata or its text say."""

    when: datetime | None  # None when unknown, and for a bound alone (`not_before`): a bound is no time
    precise: bool  # to the minute; False for a day's date (a dateline, a date-only stamp)
    basis: str  # "publication", "dateline", "in-text date" (a bound only), "" (unknown)
    note: str = ""  # why the time is unknown, when it is ("not before …" for a bound)
    language: str = ""  # the report's, for the words of its sentences' time frames ("" is English)
    not_before: datetime | None = None  # a report without a time: the latest day its text names as past


def report_times(reports: list[Article]) -> dict[str, ReportTime]:
    """outlet → its report's time (publication, else dateline, else unknown; an unknown time may
    carry a lower bound from the days its text names, `in_text_bound`)."""
    out: dict[str, ReportTime] = {}
    pending: list[Article] = []
    for art in reports:
        dateline = date_in_text(art.text, art.fetched_at)
        if art.published is not None:
            pub = art.published
            if dateline and abs((pub.date() - dateline.date()).days) > DATELINE_DISAGREE_DAYS:
                out[art.source] = ReportTime(None, False, "", f"publication date ({pub:%Y-%m-%d}) and "
                                                             f"dateline ({dateline:%Y-%m-%d}) disagree",
                                         art.language or "")
                continue
            out[art.source] = ReportTime(pub, precise(pub), "publication", language=art.language or "")
        elif dateline is not None:
            out[art.source] = ReportTime(dateline, False, "dateline", language=art.language or "")
        else:
            out[art.source] = ReportTime(None, False, "", "no publication date and no dateline",
                                         art.language or "")
            pending.append(art)
    if pending:
        known = [(a, when) for a in reports if (when := out[a.source].when) is not None]
        calendar = past_days(known)
        first = min((when.date() for _, when in known), default=None)
        for art in pending:
            bound = in_text_bound(art, first, calendar)
            if bound is not None:
                day, phrase = bound
                out[art.source] = ReportTime(None, False, "in-text date",
                                             f"not before {day:%Y-%m-%d}: its text names \"{phrase}\"",
                                             art.language or "",
                                             not_before=datetime(day.year, day.month, day.day, 12, tzinfo=UTC))
    return out


def precise(when: datetime) -> bool:
    """A stamp to the minute, not a day's date stored at midnight or noon."""
    return (when.hour, when.minute, when.second) not in ((0, 0, 0), (12, 0, 0))


def unknown_notes(times: dict[str, ReportTime]) -> list[str]:
    """One line per reason a report's time is unknown, naming the reports; one line per report
    whose time is only bounded by the days its text names."""
    by_note: dict[str, list[str]] = defaultdict(list)
    bounded = []
    for source, t in times.items():
        if t.when is None and t.not_before is not None:
            bounded.append(f"{source}: no publication date and no dateline, so its time is unknown but "
                           f"{t.note}; its figures never contradict others' and update only those of reports "
                           "dated before that day")
        elif t.when is None:
            by_note[re.sub(r"\(\d{4}-\d\d-\d\d\)", "", t.note).replace("  ", " ")].append(source)
    return [f"{', '.join(sources)}: {note}, so {'their' if len(sources) > 1 else 'its'} figures can only differ "
            "from others', never contradict or update them" for note, sources in by_note.items()] + bounded


def _apart(a: ReportTime, b: ReportTime) -> float | None:
    """Hours between two known times (None when either is unknown)."""
    if a.when is None or b.when is None:
        return None
    return abs((a.when - b.when).total_seconds()) / 3600


def simultaneous(a: ReportTime, b: ReportTime, grows: bool) -> bool:
    """Close enough in time for a difference to be a contradiction."""
    hours = _apart(a, b)
    if hours is None:
        return False
    if a.precise and b.precise:
        return hours <= CONFLICT_WINDOW_HOURS
    return not grows and a.when is not None and b.when is not None and \
        abs((a.when.date() - b.when.date()).days) <= CONFLICT_DATE_DAYS


def later(a: ReportTime, b: ReportTime) -> bool:
    """a was published clearly after b (by more than the update margin; whole days for dates). A
    bound (`not_before`) counts for a only, by whole days (INTEXT_LATER_DAYS): b's time must be
    known, since a bound says nothing of how late a report may be."""
    if b.when is None:
        return False
    if a.when is None:
        return a.not_before is not None and (a.not_before.date() - b.when.date()).days >= INTEXT_LATER_DAYS
    if a.precise and b.precise:
        return a.when - b.when > timedelta(hours=UPDATE_MARGIN_HOURS)
    return a.when.date() > b.when.date()


def time_frame(sentence: str, language: str = "en") -> frozenset[str]:
    """The time-frame words of a sentence ("saturday", "so far"), lower-cased, by the pattern of
    its language pack (`slots.time_frames`, lexicon.TIME_FRAMES in English)."""
    return frozenset(m.lower() for m in pack_for(language).slots.time_frames.findall(sentence))


def gate(conflict: Conflict, times: dict[str, ReportTime], grows: bool = False, frames: bool = False,
         fixed: bool = False) -> Conflict:
    """A conflict row with its status and confidence: `contradict` only when every outlet in it
    has a known time, each disagreeing pair is close in time (for a decision's figure, `fixed`, within
    `CONFLICT_DATE_DAYS` by date however precise the times: a verdict's 5-4 does not become 6-3 by
    the afternoon, while an appeal weeks later is another decision) and, for figures
    (`frames`), speaks of the same time frame (its sentences name the same weekdays and
    running-total words, or none); else `differ`."""
    values = conflict.values
    evidence = tuple(dict.fromkeys(v.sentence for v in values))
    unknown = ReportTime(None, False, "")

    def in_time(a: ReportTime, b: ReportTime) -> bool:
        if fixed:
            return a.when is not None and b.when is not None \
                and abs((a.when.date() - b.when.date()).days) <= CONFLICT_DATE_DAYS
        return simultaneous(a, b, grows)
    close = all(in_time(times.get(a.source, unknown), times.get(b.source, unknown))
                and (not frames or time_frame(a.sentence, times.get(a.source, unknown).language)
                     == time_frame(b.sentence, times.get(b.source, unknown).language))
                for i, a in enumerate(values) for b in values[i + 1:] if a.value != b.value)
    sides = defaultdict(set)
    for v in values:
        sides[v.value].add(v.source)
    smallest = min(len(s) for s in sides.values()) if sides else 0
    if close:
        confidence = min(0.95, 0.55 + 0.1 * (len({v.source for v in values}) - 2) + 0.05 * (smallest - 1))
        return replace(conflict, status="contradict", confidence=round(confidence, 2), evidence=evidence)
    confidence = min(0.55, 0.35 + 0.05 * (len({v.source for v in values}) - 2))
    return replace(conflict, status="differ", confidence=round(confidence, 2), evidence=evidence)


def slot_claims(values: list[SlotValue], times: dict[str, ReportTime],
                facts_of: Mapping[str, frozenset[str]] | None = None, reported: Mapping[str, str] | None = None,
                speakers: Mapping[str, str] | None = None) -> tuple[list[Conflict], list[Update], list[str]]:
    """Typed-slot conflicts (gated by time), updates, and what was not compared (and why).
    `facts_of`: each sentence's text → the facts the alignment put it in or listed it as related to;
    `reported`: each sentence's text → the words it reports, without the frame that names its
    speaker (a spokesman's name is not what the figure counts); `speakers`: each sentence's text →
    its one speaker, for figures that sources give two ways (compare/contested.py: one row of the
    sources' figures, no update and no outlet-against-outlet row) and measures two agencies took."""
    facts_of, reported, speakers = facts_of or {}, reported or {}, speakers or {}
    skipped = sorted({v.slot for v in values if MULTI_PARTY.match(v.slot)})
    values = [v for v in values if not MULTI_PARTY.match(v.slot)]
    notes = [f"{slot}: offers and contracts have several parties (bidders, players), so their sums "
             "are not set against each other" for slot in skipped]
    by_slot: dict[str, list[SlotValue]] = defaultdict(list)
    for v in values:
        by_slot[v.slot].append(v)
    conflicts, updates = [], []
    unknown = ReportTime(None, False, "")

    def apart(a: SlotValue, b: SlotValue) -> bool:
        """Two figures of one outlet that name different days, or different things."""
        language = times.get(a.source, unknown).language
        days_a, days_b = time_frame(a.sentence, language), time_frame(b.sentence, language)
        return bool(days_a and days_b and not days_a & days_b) or not same_referent(
            reported.get(a.sentence, a.sentence), reported.get(b.sentence, b.sentence), language, language)
    # (a decision's figures are the decision's, and an age is no source's measure)
    disputed = contested_slots([v for v in values if not DECIDED.match(v.slot) and not v.slot.startswith(AGE_SLOT)],
                               speakers, apart)
    own = _own_figures(values, speakers, reported)
    for slot, outlets in (disputed | own).items():
        said = {v.sentence: _figure_speaker(v, speakers, reported) for v in by_slot[slot]} if slot in own else speakers
        conflicts.append(contested_row(slot, by_slot[slot], said, outlets))  # (a party's row: each figure's speaker)
        values = [v for v in values if v.slot != slot]
        del by_slot[slot]
    for row in slot_conflicts(values):
        if row.slot.startswith(AGE_SLOT):  # an age is no update, and needs no shared time frame
            if not _aged_between(row, times):
                conflicts.append(gate(row, times))
            continue
        grows = bool(GROWING.match(row.slot))
        update = None if DECIDED.match(row.slot) else _timeline(row.slot, by_slot[row.slot], times, facts_of,
                                                                reported, speakers)
        if update is not None:
            updates.append(update)
            undated = [v for v in row.values if times.get(v.source, ReportTime(None, False, "")).when is None]
            figures = [p for p in update.points if p.time is not None]
            vals = by_slot[row.slot]
            if not any(not any(_compatible(a, b) for a in _stated([x for x in vals if x.source == u.source])
                               for p in figures for b in _stated([x for x in vals if x.source == p.source]))
                       for u in undated):
                continue  # every report without a time fits one of the timeline's figures
        decided = bool(DECIDED.match(row.slot))
        conflicts.append(gate(row, times, grows, frames=not decided, fixed=decided))  # (a decision's figure
        # has one time frame, its decision's: "fined … 1.2 billion euros on Wednesday" / "fined … 1.1 billion")
    # Floors of a growing count are compatible ("at least 10 killed", then "at least 14"), so they
    # make no conflict row; the figure reported still rose: an update when the floors step up in time.
    rows = {u.slot for u in updates} | {c.slot for c in conflicts}
    for slot, vals in by_slot.items():
        if slot not in rows and GROWING.match(slot) and not DECIDED.match(slot) \
                and len({v.source for v in vals}) > 1 and any(v.high == math.inf for v in vals):
            update = _timeline(slot, vals, times, facts_of, reported, speakers)
            if update is not None:
                updates.append(update)
    return conflicts, updates, notes


def _aged_between(row: Conflict, times: dict[str, ReportTime]) -> bool:
    """Whether the time between the reports explains every difference of a person's age: the
    later report gives an age no lower and at most one year higher per year begun between them
    ("Jose Luis Orozco, 27" in June 2005, "29" at his trial in March 2007, ECB+ 16_ecbplus). A
    report without a time fits when a dated report gives its age (it may be as old)."""
    when = {v.source: t.when for v in row.values if (t := times.get(v.source)) is not None and t.when is not None}
    dated = [v for v in row.values if v.source in when]
    if any(v.value not in {d.value for d in dated} for v in row.values if v.source not in when):
        return False
    for i, a in enumerate(dated):
        for b in dated[i + 1:]:
            if a.value == b.value:
                continue
            (early, t0), (late, t1) = sorted(((a, when[a.source]), (b, when[b.source])), key=lambda x: x[1])
            years = math.ceil((t1 - t0).days / 365.25)
            if not 0 <= int(late.value) - int(early.value) <= years:
                return False
    return True


def same_referent(a: str, b: str, language_a: str = "", language_b: str = "") -> bool:
    """Whether two sentences the alignment did not join or relate may count the same thing: when
    both name someone or something, they share a name ("The Hunger Games has grossed $368.0
    million" / "'Games' has already accumulated $459 million"); a sentence without a name is not
    ruled out (ECB+ 13_ecbplus, looked at after its held-out score: a cooperative's $5.3 million
    debt to the Loan Fund against an indictment's $430,000 loan to Valley Dairy, both "bailout"
    money, were read as one figure updated)."""
    names_a, names_b = name_words(a, pack_for(language_a).naming), name_words(b, pack_for(language_b).naming)
    return not (names_a and names_b) or bool(names_a & names_b)


def _timeline(slot: str, values: list[SlotValue], times: dict[str, ReportTime],
              facts_of: Mapping[str, frozenset[str]], reported: Mapping[str, str],
              speakers: Mapping[str, str]) -> Update | None:
    """The slot's figures in time order when they change between reports of different times.

    Reports with a known time make the timeline; a report with only a bound (`not_before`) then
    joins it: with a figure the timeline has, as a point at its bound (stale only when the bound
    is clearly after a newer figure was out); with a new exact figure, as its newest step, only
    when its bound is clearly after the last figure's first report and no other bounded report
    gives another new figure (two bounds cannot be ordered). Else it is listed without a time."""
    dated = sorted({v.source for v in values if times.get(v.source) and times[v.source].when is not None},
                   key=lambda s: (times[s].when, s))
    bounded = sorted({v.source for v in values if times.get(v.source) and times[v.source].when is None
                      and times[v.source].not_before is not None},
                     key=lambda s: (times[s].not_before, s))
    if not dated or len(dated) + len(bounded) < 2 or NO_UPDATE.match(slot):
        return None
    stated = {s: _stated([v for v in values if v.source == s]) for s in dated + bounded}
    # Each outlet's figure: its first exact value (a hedged one only when it gives no other).
    figure = {s: next((v for v in stated[s] if v.low == v.high), stated[s][0]) for s in dated + bounded}
    # A floor of a count that grows ("at least 41 dead" after "27 dead") marks a step at the floor.
    floors = {s for s, f in figure.items() if GROWING.match(slot) and f.high == math.inf}
    step = {s: replace(f, high=f.low) if s in floors else f for s, f in figure.items()}
    firsts: list[tuple[str, SlotValue]] = []  # (outlet that first carried it, figure), in time order
    width = UPDATE_HEDGE_WIDTH if GROWING.match(slot) else 0.0  # (a count's; a distance does not change)
    exact = [s for s in dated if step[s].high - step[s].low <= width * step[s].high] or dated
    for s in exact:  # a vague figure ("dozens") fits many; exact ones, floors and narrow hedges mark a change
        if firsts and s in floors and figure[s].low >= firsts[-1][1].low \
                and not later(times[s], times[firsts[-1][0]]):
            continue  # a higher floor of a growing count within the margin ("at least 30" 40 minutes after
            # "at least 23") fits what comes next: no step of its own, no contradiction that cancels the update
        if firsts and s in floors and CUMULATIVE.match(slot) and figure[s].low < max(f.low for _, f in firsts):
            continue  # "at least 20 died" after "at least 38 killed": a lower floor of a count that only grows
            # is true of the figure out before it, so it is no step back (another source's earlier count)
        if firsts and CUMULATIVE.match(slot) and step[s].high < max(f.low for _, f in firsts) \
                and _other_source(figure[s], [f for _, f in firsts], speakers):
            continue  # "42 had died, the minister said" after the ministry's 45: another source's lower count
            # of a toll that only grows is a point of the timeline, not a step back that cancels it
        if firsts and firsts[-1][0] in floors and s not in floors and step[s].low >= firsts[-1][1].low \
                and not later(times[s], times[firsts[-1][0]]):
            firsts[-1] = (s, step[s])  # "$368.0 million" the day "more than $363 million" was out, "31
            # killed" within the hour of "at least 23": the floor's exact figure, one step with it
            continue
        if all(not _compatible(step[s], f) for _, f in firsts):
            firsts.append((s, step[s]))
    if not _ordered(slot, firsts, times, facts_of, reported, speakers):
        return None
    new = [s for s in bounded if figure[s].low == figure[s].high
           and all(not _compatible(figure[s], f) for _, f in firsts)]
    if new and all(_compatible(figure[new[0]], figure[s]) for s in new) \
            and _ordered(slot, [firsts[-1], (new[0], figure[new[0]])], times, facts_of, reported, speakers):
        firsts.append((new[0], figure[new[0]]))
    if len(firsts) < 2:
        return None
    order = {id(f): k for k, (_, f) in enumerate(firsts)}

    def rank(s: str) -> int | None:
        """The newest step the outlet's figure gives. A floor of a growing count ("at least 14") is
        true of every higher step too, but it gives the steps it reaches: printed after "23" was
        out, it carries the old figure."""
        mine = figure[s]
        if GROWING.match(slot) and mine.high == math.inf:
            reached = [order[id(f)] for _, f in firsts if f.low <= mine.low]
            if reached:
                return max(reached)
        return max((order[id(f)] for _, f in firsts if _compatible(mine, f)), default=None)

    timed = [s for s in bounded if rank(s) is not None]
    points = []
    for s in sorted(dated + timed, key=lambda s: (times[s].when or times[s].not_before, s)):
        out_before = [k for k, (first, _) in enumerate(firsts) if later(times[s], times[first])]
        mine = rank(s)
        stale = bool(out_before) and mine is not None and mine < max(out_before)
        t = times[s]
        points.append(UpdatePoint(s, figure[s].value, t.when or t.not_before, figure[s].sentence,
                                  t.basis if t.when is not None else "in-text date, at the earliest", stale))
    for s in sorted({v.source for v in values} - set(dated) - set(timed)):
        v = _stated([x for x in values if x.source == s])[0]
        points.append(UpdatePoint(s, v.value, None, v.sentence, ""))
    n_dated = len(dated)
    confidence = min(0.95, 0.55 + 0.05 * (n_dated - 2) + (0.1 if all(times[s].precise for s in dated) else 0.0)
                     + 0.05 * (len(firsts) - 2) - (0.1 if firsts[-1][0] in bounded else 0.0))  # a step on a bound
    return Update(slot=slot, points=tuple(points), confidence=round(confidence, 2),
                  evidence=tuple(dict.fromkeys(p.sentence for p in points)))


def _own_figures(values: list[SlotValue], speakers: Mapping[str, str],
                 reported: Mapping[str, str]) -> dict[str, list[str]]:
    """Slot of a named party → the outlets that give the party's own figure of itself against
    another figure ("Kross said her own count showed she had won 48 percent" against the official
    36 %): the party's claim against the count, so the figures are sources', one row of kind
    "sources", not one outlet contradicting another (`_ordered` makes no update of it either)."""
    out: dict[str, list[str]] = {}
    for slot in dict.fromkeys(v.slot for v in values if OF_PARTY in v.slot):
        party = slot.split(OF_PARTY, 1)[1]
        if not party[:1].isupper():
            continue  # "vote share of the event (UTC)": no party
        vals = [v for v in values if v.slot == slot and not v.partial]
        own = [v for v in vals if (said := _figure_speaker(v, speakers, reported)) and same_speaker(party, said)]
        rest = [v for v in vals if v not in own]
        if any(not _compatible(a, b) for a in own for b in rest):
            out[slot] = sorted({v.source for v in own})
    return out


def _figure_speaker(value: SlotValue, speakers: Mapping[str, str], reported: Mapping[str, str]) -> str:
    """Who gives a figure: its sentence's one speaker (`speakers`), unless the figure's digits stand
    in the sentence outside the words that speaker is reported to say ("Opposition leader Ilse
    Varga, who took 34 percent, said the vote was rigged": the 34 is the outlet's)."""
    said = speakers.get(value.sentence, "")
    digits = re.findall(r"\d[\d,.]*\d|\d", value.value)
    words = reported.get(value.sentence)
    if said and digits and words is not None and digits[0] in value.sentence and digits[0] not in words:
        return ""
    return said


def _other_source(lower: SlotValue, before: list[SlotValue], speakers: Mapping[str, str]) -> bool:
    """Whether a lower figure has a named speaker and every higher figure before it another one
    (or none): two sources' counts, not one source's correction."""
    said = speakers.get(lower.sentence, "")
    return bool(said) and all(not same_speaker(said, speakers.get(f.sentence, ""))
                              for f in before if f.low > lower.high)


def risen(value: SlotValue, language: str = "") -> bool:
    """Whether the sentence gives the figure as a total that grew to it ("The death toll … rose to
    19", "…, raising the toll to 19"): a verb of the pack's `slots.rise_verbs` in the figure's
    clause, at most `RISE_REACH` words before the "to" right before the figure."""
    slots = pack_for(language).slots
    words = tokens(value.sentence)  # the tokens the figure was read from ("5,000" one token)
    figure = tokens(value.value)[-1:]
    for k in range(1, len(words)):
        if words[k:k + 1] != figure or words[k - 1] != "to":
            continue
        for j in range(k - 2, max(-1, k - 2 - RISE_REACH), -1):
            if words[j] in slots.slot_breaks:
                break
            if words[j] in slots.rise_verbs:
                return True
    return False


def _ordered(slot: str, firsts: list[tuple[str, SlotValue]], times: dict[str, ReportTime],
             facts_of: Mapping[str, frozenset[str]], reported: Mapping[str, str],
             speakers: Mapping[str, str]) -> bool:
    """Every change comes later than the figure it replaces (two incompatible figures of one
    moment are a contradiction, not an update), a toll does not shrink, and the two figures are
    one referent's. A count's referent is read from the words a frame reports (`reported`: the
    speaker only relays it); a measure's, such as a magnitude, from the whole sentence, as the
    agency that measured it is part of what it says ("U.S. Geological Survey puts the magnitude at
    6.1" against "officials said" 5.9 is two sources, not an update); and two named speakers of a
    measure are two measurements ("the U.S. Geological Survey said … a depth of 10 km" against "…
    12 km, the seismology institute said"), not one revised (`speakers`: each sentence's one
    speaker)."""
    words = reported if GROWING.match(slot) else {}
    for (s1, f1), (s2, f2) in zip(firsts, firsts[1:]):
        if not later(times[s2], times[s1]) or (CUMULATIVE.match(slot) and f2.low < f1.low):
            return False
        said = _figure_speaker(f1, speakers, reported), _figure_speaker(f2, speakers, reported)
        if not GROWING.match(slot) and all(said) and not same_speaker(*said):
            return False
        party = slot.split(OF_PARTY, 1)[1] if OF_PARTY in slot else ""
        party = party if party[:1].isupper() else ""  # a name ("vote share of Varga"), not "the event (UTC)"
        if party and said[1] and same_speaker(party, said[1]) and not (said[0] and same_speaker(party, said[0])):
            return False  # "Varga said her own count showed she had won 48 percent" after the official 34 %: a
            # party's own figure of itself is its claim against the count, not the count's update
        if not facts_of.get(f1.sentence, frozenset()) & facts_of.get(f2.sentence, frozenset()) \
                and not same_referent(words.get(f1.sentence, f1.sentence), words.get(f2.sentence, f2.sentence),
                                      times[s1].language, times[s2].language) \
                and not (CUMULATIVE.match(slot) and risen(f2, times[s2].language)):
            return False  # two stories' figures of one slot word (a debt and a loan): no update; but "the
            # death toll from Thursday's crash near Sicuani rose to 19" is the toll the earlier "14" was
    return True
