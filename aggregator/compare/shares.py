"""Shares in per cent an election report gives: the turnout, and each candidate's share of the vote.

"Turnout was 61%", "a record 68% turnout"; "won a fourth term with 58% of the vote", "His main
challenger, Sofia Lind, took 36%", "Official results gave Koval 58% and Lind 36%". A candidate's
share is keyed by the candidate's surname, so two outlets' figures for one candidate meet (and
clash: "58%" / "61%"). A turnout given for a time of the voting day ("88% by 4 p.m.", "so far") is
partial: it fits any final figure at least as large. Not read: a figure another time gave ("down
from 70%"), a share of the votes counted so far ("with 90% of the votes counted"), a share in a
sentence with no word of an election ("took 20% of the market").
"""

from __future__ import annotations

import re

from ..models import Sentence
from .language import LanguagePack, pack_for
from .numbers import Quantity, each_quantity, read_quantity, rounding_share, tokens
from .params import TURNOUT_WINDOW
from .slot_value import SlotValue

TURNOUT_SLOT = "turnout"
VOTE_SHARE_SLOT = "vote share of "
# A run of capitalised words (the case-keeping twin of `numbers.tokens`' words): a name's candidate.
_CAPITALISED = re.compile(r"[A-Z][\w’'-]*")


def shares(sent: Sentence, election_report: bool = False) -> list[SlotValue]:
    """Every turnout and vote share the sentence gives, in per cent. `election_report`: another
    sentence of the outlet's report holds a word of an election, so a party's figure in this one is
    its share of that vote ("The ruling party came second with 33%")."""
    pack = pack_for(sent.language)
    sw = pack.slots
    words = tokens(sent.text)
    cased = tokens(sent.text, keep_case=True)
    election = bool(sw.election_words & set(words))
    out = []
    for q in each_quantity(words, pack.quantities):
        unit = words[q.end:q.end + 2]
        if unit[:1] and unit[0] in sw.percent_after:
            after = q.end + 1
        elif unit == ["per", "cent"]:
            after = q.end + 2
        else:
            continue
        later = " ".join(words[after:after + 6])
        if q.start > 0 and words[q.start - 1] in sw.share_earlier or sw.other_time.search(later):
            continue  # "down from 70%", "70% in the previous election": another time's figure
        if _turnout(words, q, after, pack):
            partial = after < len(words) and words[after] in sw.share_so_far
            out.append(_value(TURNOUT_SLOT, sent, q, partial))
        elif (election or _won(words, q, after, pack) or election_report and _bare(words, after, pack)) \
                and (who := _candidate(words, cased, q, after, pack)):
            out.append(_value(VOTE_SHARE_SLOT + who, sent, q, False))
    return out


def _value(slot: str, sent: Sentence, q: Quantity, partial: bool) -> SlotValue:
    return SlotValue(slot, "number", sent.source, f"{q.text}%", q.low, q.high, sent.text,
                     tolerance=rounding_share(q.text, q.high), partial=partial)


def _turnout(words: list[str], q: Quantity, after: int, pack: LanguagePack) -> bool:
    """A word of a turnout just before the figure (not past another figure or a clause break) or
    right after its "%": "Turnout was 61%", "turnout reached a record 68%", "a 68% turnout"."""
    sw = pack.slots
    for k in range(q.start - 1, max(-1, q.start - 1 - TURNOUT_WINDOW), -1):
        if words[k] in sw.slot_breaks or read_quantity(words, k, pack.quantities):
            break
        if words[k] in sw.turnout_words:
            return True
    return after < len(words) and words[after] in sw.turnout_words


def _won(words: list[str], q: Quantity, after: int, pack: LanguagePack) -> bool:
    """A share won with nothing after it, in a sentence with no word of an election ("Opposition
    candidate Sofia Lind received 33%."): not "took 20% of the market", "a 10% stake"."""
    return q.start > 0 and words[q.start - 1] in pack.slots.share_won and _bare(words, after, pack)


def _bare(words: list[str], after: int, pack: LanguagePack) -> bool:
    """Nothing but the end of a clause after the "%" ("came second with 33%."; not "took 20% of
    the market", "gained 4% in early trading")."""
    return after >= len(words) or not words[after].isalpha() or words[after] in pack.naming.conjunctions


def _candidate(words: list[str], cased: list[str], q: Quantity, after: int, pack: LanguagePack) -> str:
    """The surname (or party) whose share of the vote the figure is. The figure is "of the vote",
    or follows a verb of winning or "with"/"on" ("led with 57%", "the Greens on 14%"), or a name;
    the name is the one right before the figure ("gave Koval 58%") or before that word ("Lind took
    36%") or right after "for" ("against 45.8% for Irina Mavet"), else the nearest full name before it
    in its clause ("President Anton Koval won a fourth term in Dravia with 58% of the vote"), else
    the nearest name a verb follows ("Koval led with 57%"). A name after a preposition is a place
    or an object ("in Dravia"). "" when none is."""
    sw = pack.slots
    if words[after:after + 1] and words[after] in sw.share_for:  # "against 45.8% for Irina Mavet"
        end = after + 1
        while end < len(cased) and _CAPITALISED.fullmatch(cased[end]):
            end += 1
        if end > after + 1 and _named(cased[end - 1:end], pack):  # not "for President"
            return _key_word(cased, after + 1, end, pack)
    of_vote = words[after:after + 1] == [pack.naming.of_word] and bool(sw.share_of & set(words[after + 1:after + 3]))
    if of_vote and sw.share_counting & set(words[after + 2:after + 5]):
        return ""  # "with 90% of the votes counted": how far the count is
    verb = q.start - 1 if q.start > 0 and words[q.start - 1] in sw.share_verbs else None
    runs = [(a, b) for a, b in _name_runs(cased, q.start, pack)
            if b == q.start or not (a > 0 and words[a - 1] in pack.naming.prepositions)]
    if not runs or not (of_vote or verb is not None or runs[-1][1] == q.start):
        return ""
    for start, end in reversed(runs):
        if end in (q.start, verb) or end - start >= 2 and _named(cased[start:end], pack):
            return _key_word(cased, start, end, pack)
    start, end = runs[-1]
    return _key_word(cased, start, end, pack) if cased[end][:1].islower() and _named(cased[start:end], pack) else ""


def _key_word(cased: list[str], start: int, end: int, pack: LanguagePack) -> str:
    """The word a share is keyed by: a name's last word, or the word before a party's body word
    ("Labour Party", "Civic Union" → "Labour", "Civic"), so two parties' shares never meet on
    "Party" and "the Labour Party" meets "Labour"."""
    if end - start >= 2 and cased[end - 1].lower() in pack.sources.org_words \
            and cased[end - 2].lower() not in pack.naming.determiners:
        return cased[end - 2]
    return cased[end - 1]


def _name_runs(cased: list[str], stop: int, pack: LanguagePack) -> list[tuple[int, int]]:
    """The runs [start, end) of capitalised words before `stop` in its clause (after the last
    ";" or the last figure), in order; a sentence's first word alone only when it is no common word
    ("Koval won …", not "Turnout was …")."""
    begin = max((k + 1 for k in range(stop) if cased[k] == ";" or cased[k][:1].isdigit()), default=0)
    runs, k = [], begin
    while k < stop:
        if _CAPITALISED.fullmatch(cased[k]):
            j = k
            while j < stop and _CAPITALISED.fullmatch(cased[j]):
                j += 1
            if not (k == 0 and j == 1 and pack.word_tag is not None
                    and pack.word_tag(cased[0].lower()) not in (None, "NNP", "NNPS")):
                runs.append((k, j))
            k = j
        else:
            k += 1
    return runs


def _named(run: list[str], pack: LanguagePack) -> bool:
    """A person's full name: its last two words are no title, role, month or weekday."""
    titles = pack.naming.title_words | pack.sources.role_words
    last = [w.lower() for w in run[-2:]]
    return not any(w in titles or w in pack.slots.months or w in pack.slots.weekdays
                   or w in {x.lower() for x in pack.naming.stop_caps} for w in last) \
        and not any(w.endswith(("'s", "’s")) for w in last)
