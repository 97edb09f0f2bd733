"""The level a central bank set its policy rate to, and a published indicator's level, as typed slots.

"raised its benchmark interest rate by a quarter of a percentage point to 5.25%" against "lifted
its key rate by 25 basis points to 5.5%" is a clash of one decision's level. Read by the pack's
pattern (`slots.policy_rate`): the rate, a few words (how it moved), then "to" or "at" and a
figure in per cent. A rate of mortgages, savings or bonds, the jobless rate, a rate someone expects
("rates are expected to rise to 6%"), a level the rate moved from and a decision dated to a year
("In 2008 the bank cut rates to 1%", "to 5.5% in July 2023") are no policy rate's.

An indicator's level the same way (`slots.indicator_rate`): "Annual inflation slowed to 6.1% in
October from 7.4%" against "Inflation fell to 6.3% in October" is a clash of one release; the level
it moved from, a figure expected or targeted, and another year's figure are not its level.
"""

from __future__ import annotations

import re

from ..models import Sentence
from .language import pack_for
from .numbers import rounding_share, tokens
from .params import POLICY_RATE_TOLERANCE
from .slot_value import SlotValue


def policy_rates(sent: Sentence) -> list[SlotValue]:
    """The policy rate levels of one sentence: one, or none when it gives two levels (a rate
    "from 5% to 5.25%" gives the second only; "to 5.25%, and the ECB's to 4%" gives none)."""
    sw = pack_for(sent.language).slots
    levels = []
    for m in sw.policy_rate.finditer(sent.text):
        before, mid = tokens(sent.text[:m.start()]), tokens(m.group("mid"))
        if set(mid + before[-1:]) & sw.rate_not_policy:
            continue  # "mortgage rates climbed to 7.1%", "rates are expected to rise to 6%"
        after = tokens(sent.text[m.end():])[:4]
        if any(w.isdigit() and len(w) == 4 for w in before + mid) or any(
                w.isdigit() and len(w) == 4 and not (i and after[i - 1] == sw.rate_since) for i, w in enumerate(after)):
            continue  # "In 2008 the bank cut rates to 1%", "to 5.5% in July 2023": another year's decision
            # (not "to 5.25%, its highest since 2011")
        levels.append((float(m.group("n")), m.group("n")))
    if len({level for level, _ in levels}) != 1:
        return []
    level, _ = levels[0]
    return [SlotValue(sw.policy_rate_slot, "number", sent.source, f"{level:g}%", level, level, sent.text,
                      tolerance=POLICY_RATE_TOLERANCE)]


def indicator_rates(sent: Sentence) -> list[SlotValue]:
    """The levels of published indicators (inflation, unemployment, growth) one sentence gives: one
    per indicator, none where it gives two levels of one (which is this release's is unknown)."""
    sw = pack_for(sent.language).slots
    words = set(tokens(sent.text))
    months = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", sent.text)} & set(sw.months)  # "in May": no "may"
    if (words - months) & sw.indicator_not or any(w.isdigit() and len(w) == 4 for w in words):
        return []  # "economists had expected inflation of 6.5%", "in 2023 inflation hit 9%"
    levels: dict[str, set[tuple[float, str]]] = {}
    for m in sw.indicator_rate.finditer(sent.text):
        head = m.group("what").lower().split()[0]
        slot = sw.indicator_slots.get(m.group("what").lower(), sw.indicator_slots.get(head, ""))
        mod = (m.group("mod") or "").strip().lower()
        if not slot or set(tokens(m.group("mid"))) & set(sw.indicator_slots):
            continue  # another indicator between the name and the figure: the figure is that one's
        if mod in sw.indicator_keep_modifiers:
            slot = f"{mod} {slot}"
        before = sent.text[:m.start("what")].split()
        if head == "output" and not (before and (before[-1].lower() in sw.output_owners
                                                 or before[-1].endswith(("'s", "’s")))):
            continue  # "Manufacturing output fell 2.1 percent": a sector's, not the economy's
        sign = -1.0 if m.group("what").lower().split()[-1] in sw.indicator_fall_verbs else 1.0
        levels.setdefault(slot, set()).add((sign * float(m.group("n")), ("-" if sign < 0 else "") + m.group("n")))
    out = []
    for slot, found in levels.items():
        if len({level for level, _ in found}) == 1:
            level, written = next(iter(found))
            out.append(SlotValue(slot, "number", sent.source, f"{level:g}%", level, level, sent.text,
                                 tolerance=rounding_share(written, level)))
    return out
