"""Measured slots: an earthquake's magnitude and depth, a distance from a named place, the area
an event covered, how long it lasted, an amount of a thing ("2.4 tonnes of cocaine"), and sums
of money.

Lengths are converted to kilometres before comparing ("58 km" / "36 miles"), and each value keeps
the figure as the report hedged it ("about 110 km").
"""

from __future__ import annotations

import re

from ..models import Sentence
from .event_date import EventDate, other_event
from .language import ENGLISH, SlotWords, pack_for
from .numbers import Quantity, each_quantity, read_quantity, tokens
from .params import AMOUNT_TOLERANCE, DISTANCE_TOLERANCE, DURATION_TOLERANCE, MONEY_ROUNDING, MONEY_TOLERANCE
from .slot_value import SlotValue


def measures(sent: Sentence, when: EventDate) -> list[SlotValue]:
    """Magnitude, depth, and distance from a named place (converted to km)."""
    pack = pack_for(sent.language)
    lang = pack.slots
    lengths = lang.lengths_km
    words = tokens(sent.text)
    out = []
    last_end = 0
    for i in range(len(words)):
        if i < last_end:
            continue
        q = read_quantity(words, i, pack.quantities)
        if q is None or not any(ch.isdigit() for ch in q.text):  # figures, hedged too ("more than 50 km")
            continue
        last_end = q.end
        nxt = words[q.end:q.end + 4]
        prev = words[max(0, q.start - 4):q.start]
        if (other_event(words, q.start, q.end, when, sent.text, lang.months, lang)
                or lang.generic_statement.search(" ".join(words[q.end:q.end + 6]))):
            continue
        clock = nxt[:1] in (["am"], ["pm"]) or nxt[:3] in (["a", ".", "m"], ["p", ".", "m"])  # "at 3 a.m.": a time
        measured = bool(prev) and prev[-1] in lang.magnitude_verbs and not (nxt and nxt[0] in lengths) \
            and any(w in lang.quake_words for w in words[:q.start])  # "The quake measured 6.6"
        if (any(x in lang.magnitude_words for x in prev + nxt[:2]) or any(x in lang.magnitude_after for x in nxt)
                or measured) and 1 <= q.low <= 10 and not clock:
            out.append(SlotValue("magnitude", "number", sent.source, format_range(q.low, q.high, q.exact, 1),
                                 q.low, q.high if q.high != float("inf") else 10.0, sent.text))
            continue
        unit = nxt[0] if nxt else ""
        if unit not in lengths:
            continue
        km = q.scaled(lengths[unit])
        after = words[q.end + 1:q.end + 5]
        if any(x in lang.depth_words for x in prev + after) or any(x in lang.depth_after for x in after[:1]):
            out.append(SlotValue("depth", "number", sent.source, as_written(q, lengths[unit]) + " km",
                                 km.low, km.high, sent.text, tolerance=DISTANCE_TOLERANCE))
            continue
        k = q.end + 1
        while k < len(words) and (words[k] in ("(", ")", ",") or words[k][:1].isdigit() or words[k] in lengths):
            k += 1  # "58km (36 miles) south-west of" — skip the conversion in brackets
        direction = lang.directions.get(words[k], "") if k < len(words) else ""
        if direction:
            k += 1
        if k < len(words) and words[k] in lang.place_prepositions:
            place = _place_after(sent.text, words, k + 1, lang)
            holder = words[q.start - 1] if q.start > 0 else ""
            if place and holder not in lang.people_nouns:  # "a motorist 50 miles north of X": not the scene
                out.append(SlotValue(f"distance from {place}", "number", sent.source,
                                     f"{as_written(q, lengths[unit])} km {direction}".strip(),
                                     km.low, km.high, sent.text, tolerance=DISTANCE_TOLERANCE,
                                     qualifier=direction))
    return out


def areas(sent: Sentence, when: EventDate) -> list[SlotValue]:
    """The area an event covered, as a past verb gives it: "has burned 12,000 acres", "grown to
    21,000 acres", "5,000 hectares were flooded" (slot "area", compared in hectares). Not an area
    that describes something ("a park that covers 2,000 hectares", "a 500-acre farm")."""
    pack = pack_for(sent.language)
    if pack.tagger is None:
        return []
    words, out = tokens(sent.text), []
    tags: tuple[str, ...] = ()
    units = [(unit, factor) for unit, (dimension, factor) in pack.slots.measures.items() if dimension == "area"]
    i = 0
    while i < len(words):
        q = read_quantity(words, i, pack.quantities)
        if q is None or not any(ch.isdigit() for ch in q.text):  # figures, hedged ("more than 12,000")
            i += 1
            continue
        i = max(q.end, i + 1)
        unit, factor = next(((u, f) for u, f in units if tuple(words[q.end:q.end + len(u)]) == u), ((), 0.0))
        if not unit or other_event(words, q.start, q.end, when, sent.text, pack.slots.months, pack.slots):
            continue
        before = q.start - 1 - (q.start > 1 and words[q.start - 1] in pack.naming.prepositions)  # "grown to"
        after = q.end + len(unit)
        while after < len(words) and after - q.end - len(unit) < 2 and words[after] in pack.naming.auxiliaries:
            after += 1  # "were", "have been"
        tags = tags or pack.tagger(tuple(words))  # in context: "has scorched", not "scorched earth"
        if not any(0 <= k < len(words) and tags[k] in (("VBD",) if k == q.end + len(unit) else ("VBD", "VBN"))
                   for k in (before, after)) and not (q.start > 0 and tags[q.start - 1] == "JJ"):
            # right after the unit only a past tense ("12,000 acres burned overnight"), not a
            # participle that describes ("2,000 hectares planted with maize")
            continue  # an adjective right before a figure is a participle the tagger missed ("now scorched")
        hectares = q.scaled(factor / 10_000)
        out.append(SlotValue("area", "number", sent.source, f"{q.text} {' '.join(unit)}", hectares.low,
                             hectares.high, sent.text, tolerance=DISTANCE_TOLERANCE))
    return out


def durations(sent: Sentence, when: EventDate) -> list[SlotValue]:
    """How long the event lasted, as a verb of lasting gives it: "an outage lasting nearly five
    hours", "the siege lasted for three days" (slot "duration", compared in hours). Not a span
    that is no length ("last week": no verb of lasting comes before a figure)."""
    pack = pack_for(sent.language)
    lang = pack.slots
    words, out = tokens(sent.text), []
    for i, word in enumerate(words):
        if word not in lang.duration_verbs:
            continue
        start = i + 1 + (i + 1 < len(words) and words[i + 1] == pack.voice.duration_for)  # "lasted for"
        q = read_quantity(words, start, pack.quantities)
        if q is None or q.end >= len(words) or words[q.end] not in lang.duration_units \
                or other_event(words, q.start, q.end, when, sent.text, lang.months, lang):
            continue
        unit = words[q.end]
        hours = q.scaled(lang.duration_units[unit])
        out.append(SlotValue("duration", "number", sent.source, f"{q.text} {unit}", hours.low, hours.high,
                             sent.text, tolerance=DURATION_TOLERANCE))
    return out


def amounts(sent: Sentence, when: EventDate) -> list[SlotValue]:
    """An amount of a thing a past verb gives: "seized 2.4 tonnes of cocaine", "had seized more
    than two tonnes of cocaine", "6,000 barrels of oil leaked" (slot "mass of cocaine", compared in
    the dimension's base unit). Two outlets that weigh the same thing differently disagree; a rate
    is no amount ("2 million tonnes of wheat a year"), nor a capacity ("its tanks hold 2,000 litres
    of fuel"), nor another event's."""
    pack = pack_for(sent.language)
    lang = pack.slots
    words, out = tokens(sent.text), []
    tags: tuple[str, ...] = ()
    for q in each_quantity(words, pack.quantities):
        unit = lang.measures.get(tuple(words[q.end:q.end + 1]))
        k = q.end + 2  # the thing after "<unit> of"
        if unit is None or unit[0] not in lang.amount_dimensions or k >= len(words) \
                or words[q.end + 1] != pack.naming.of_word \
                or other_event(words, q.start, q.end, when, sent.text, lang.months, lang):
            continue
        while k < len(words) - 1 and words[k] in pack.naming.articles:
            k += 1
        if pack.tagger is not None:
            tags = tags or pack.tagger(tuple(words))
            while k < len(words) - 1 and tags[k] == "JJ" and k < q.end + 5:
                k += 1  # "tonnes of pure cocaine"
        thing = words[k]
        if not thing.isalpha() or lang.per_period.match(" ".join(words[k + 1:k + 4])):
            continue
        if tags and not any(tags[j] in ("VBD", "VBN") and words[j] not in pack.naming.auxiliaries
                            for j in (*range(max(0, q.start - 3), q.start), *range(k + 1, min(len(words), k + 3)))):
            continue  # an act's amount ("seized 2.4 tonnes", "6,000 barrels of oil leaked"), not a
            # capacity or a load ("its tanks hold 2,000 litres of fuel", "was carrying 300,000 barrels")
        amount = q.scaled(unit[1])
        out.append(SlotValue(f"{unit[0]} of {thing}", "number", sent.source, f"{q.text} {words[q.end]}",
                             amount.low, amount.high, sent.text, tolerance=AMOUNT_TOLERANCE))
    return out


def money(sent: Sentence, when: EventDate) -> list[SlotValue]:
    """Sums, each in the slot of what it is for (the nearest of the pack's `money_heads`: "money
    stolen (EUR)", "money fine (USD)") and its currency; a conversion in brackets or after "or" is
    no second sum, and a sum with no head near it, or of another time, is left out."""
    pack = pack_for(sent.language)
    lang = pack.slots
    out = []
    previous_end = -100
    for m in lang.money.finditer(sent.text):
        converted = (sent.text[previous_end:m.start()].strip() in lang.money_conversion
                     or sent.text[max(0, m.start() - 1):m.start()] == "(")  # "(US$143 billion)"
        previous_end = m.end()
        if converted:
            continue  # "110 billion euros ($143 billion)": the conversion, not a second sum
        symbol = (m.group(1) or m.group(6) or "").lower()
        number = m.group(2) or m.group(4)
        scale = (m.group(3) or m.group(5) or "").lower()
        value = float(re.sub(r"[,\s]", "", number)) * lang.money_scales[scale]
        words = tokens(sent.text[max(0, m.start() - 60):m.end() + 60])
        heads = [lang.money_heads[w] for w in words if w in lang.money_heads]
        if not heads or other_event(words, 0, len(words), when, sent.text, lang.months, lang):
            continue
        lead = sent.text[:m.start()]
        if lang.money_earlier.search(lead) and lang.money_earlier_noun in lead:
            continue
        currency = lang.currencies.get(symbol, symbol.upper())
        lead_words = tokens(sent.text[max(0, m.start() - 25):m.start()].lower() + " 1")  # the hedge before it
        q = next((found for k in range(max(0, len(lead_words) - 4), len(lead_words) - 1)
                  if (found := read_quantity(lead_words, k, pack.quantities)) and found.end == len(lead_words)),
                 None)  # "with more than $363 million": the hedge that ends at the sum
        low, high = (value, value)
        if q and not q.exact and q.high == float("inf"):
            high = float("inf")
        out.append(SlotValue(f"money {heads[0]} ({currency})", "number", sent.source, m.group(0).strip(),
                             low, high, sent.text, tolerance=_rounding(number, lang.money_scales[scale], value)))
    return out


def _rounding(number: str, scale: float, value: float) -> float:
    """How far a sum as written may be from the sum it rounds: `MONEY_ROUNDING` of a unit of its
    last digit ("6.2" billion: 0.1 billion; "400" million: 100 million), at most `MONEY_TOLERANCE`
    of the sum (a round "$200,000" is not ±50,000), in money (at least 1, so that `_compatible`
    reads it as an amount, not a share)."""
    digits = re.sub(r"[,\s]", "", number)
    if "." in digits:
        unit = 10.0 ** -len(digits.split(".", 1)[1])
    else:
        unit = 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits.strip("0") else 1.0
    margin = min(MONEY_ROUNDING * unit * scale, MONEY_TOLERANCE * value)
    return max(1.0, margin * (1 + 1e-9))  # (the float error of "1.15" × 1e6)


def _place_after(text: str, words: list[str], k: int, slots: SlotWords = ENGLISH.slots) -> str:
    """The capitalised place name after "of"/"from" (the lower-cased token list points to it)."""
    names = []
    original = {w.lower(): w for w in re.findall(r"[\w-]+", text)}  # "Japan's" → "Japan", as tokens() splits it
    while k < len(words) and words[k] in slots.place_articles:
        k += 1
    while k < len(words) and original.get(words[k], "")[:1].isupper():
        names.append(original[words[k]])
        k += 1
    return " ".join(names)




def as_written(q: Quantity, factor: float) -> str:
    """The figure as the report hedged it, in the common unit: "about 110", "at least 58"."""
    words = q.text.split()
    hedge = " ".join(w for w in words if not w[:1].isdigit())
    figure = next((float(w.replace(",", "")) for w in words if re.fullmatch(r"[\d,]+(?:\.\d+)?", w)), None)
    if figure is None:
        return format_range(q.low * factor, q.high * factor, q.exact, 0)
    return f"{hedge} {round(figure * factor):,}".strip()


def format_range(low: float, high: float, exact: bool, digits: int) -> str:
    def num(x: float) -> str:
        return f"{x:.{digits}f}" if digits else f"{round(x):,}"
    if high == float("inf"):
        return f"at least {num(low)}"
    if exact or low == high:
        return num(low)
    return f"{num(low)}–{num(high)}"
