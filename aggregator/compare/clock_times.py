"""The time of the event: clock times a report gives for it ("at 6:15 a.m.", "1353 (1023 GMT)"),
with their zone, brought to UTC; local offsets are learnt from a time given in both. A typed slot
of compare/slots.py, kept apart from the counts there.
"""

from __future__ import annotations

import re

from ..models import Sentence
from .event_date import EventDate, other_event
from .language import pack_for
from .numbers import tokens
from .slot_value import SlotValue


def clock_times(sent: Sentence, when: EventDate) -> tuple[list[SlotValue], list[int]]:
    """Clock times of the event, with their zone; local offsets learnt from "1353 (1023 GMT)"."""
    lang = pack_for(sent.language).slots
    zones = lang.zones
    if not lang.event_words.search(sent.text):
        return [], []
    found = []
    for m in lang.clock_time.finditer(sent.text):
        near = tokens(sent.text[max(0, m.start() - 60):m.end() + 30])
        days = {d.lower() for d in lang.weekday_name.findall(sent.text)}
        if when.weekday and days and when.weekday not in days:
            continue  # "at 09:10 on Monday" when the event was on Sunday: an aftershock, a later step
        months = lang.months
        if other_event(near, 0, len(near), when, sent.text, months, lang) or other_event(
                tokens(sent.text), 0, 0, EventDate(when.year, when.month), sent.text, months, lang):
            continue
        if m.group(3):
            hour = int(m.group(1)) % 12 + (12 if m.group(3).lower().startswith("p") else 0)
            minute = int(m.group(2) or 0)
        elif m.group(4):
            hour, minute = int(m.group(4)), int(m.group(5))
        else:
            hour, minute = int(m.group(6)), int(m.group(7))
        after = sent.text[m.end():m.end() + 32].lower()
        zone = next((z for z in zones if re.match(rf"\s*\(?{z}\b", after)),
                    "local" if lang.local_time in after[:14] else "")
        found.append((m.start(), hour * 60 + minute, zone, m.group(0), m.end()))
    ranged = _time_ranges(found, sent.text, lang.time_range)
    out, offsets = [], []
    for n, (at, minutes, zone, text, _) in enumerate(found):
        if n in ranged:
            continue  # the start of a range: read with its end, below
        start = found[n - 1][1] if n - 1 in ranged else minutes
        if zone not in ("local", "") and n > 0 and n - 1 not in ranged and found[n - 1][2] in ("", "local") \
                and at - found[n - 1][0] < 20:
            offsets.append((found[n - 1][1] - (minutes + zones[zone])) % 1440)  # "1353 (1023 GMT)"
        if zone in zones:
            low, high = (start - zones[zone]) % 1440, (minutes - zones[zone]) % 1440
            shown = f"{low // 60:02d}:{low % 60:02d}" + (f"–{high // 60:02d}:{high % 60:02d}" if high != low else "")
            out.append(SlotValue("time of the event (UTC)", "time", sent.source, f"{shown} UTC",
                                 min(low, high), max(low, high), sent.text, tolerance=0))
        elif zone == "local" or not any(z not in ("", "local") for _, _, z, _, _ in found):
            written = f"{found[n - 1][3]}–{text}" if n - 1 in ranged else text  # "10–11 a.m." stays a range
            out.append(SlotValue("time of the event (UTC)", "local time", sent.source, written,
                                 min(start, minutes), max(start, minutes), sent.text))
    return out, offsets


def _time_ranges(found: list[tuple[int, int, str, str, int]], text: str, joiner: re.Pattern) -> set[int]:
    """Indexes of clock times that start a range with the next one ("between 07:28 and 08:06
    Coordinated Universal Time"); the range's end lends its zone to its start (`found` is changed)."""
    starts = set()
    for n in range(len(found) - 1):
        if n - 1 in starts:
            continue
        at, minutes, zone, clock, end = found[n]
        if joiner.match(text[end:found[n + 1][0]]) and zone in ("", found[n + 1][2]):
            found[n] = (at, minutes, found[n + 1][2], clock, end)
            starts.add(n)
    return starts


def to_utc(v: SlotValue, offset: int) -> SlotValue:
    if v.kind != "local time":
        return v
    low, high = (int(v.low) - offset) % 1440, (int(v.high) - offset) % 1440
    shown = f"{low // 60:02d}:{low % 60:02d}" + (f"–{high // 60:02d}:{high % 60:02d}" if high != low else "")
    return SlotValue(v.slot, "time", v.source, f"{shown} UTC ({v.value} local)", min(low, high), max(low, high),
                     v.sentence)

