"""Word changes that only moved: words dropped in one place of a sentence and written in another.

Split from `compare/wording.py`, which finds the changes of one aligned sentence pair; these
read the changes of a pair together: a span dropped here and added there is word order, a date
moved is one date change, and what is left of a change beside moved words keeps its own kind.
"""

from __future__ import annotations

from dataclasses import replace

from ..models import WordingChange
from .change_frames import attributing, claim_with_frame
from .change_spans import function_words_only, is_clause, joined, plain_tokens, token_key, trimmed
from .language import ENGLISH, LanguagePack
from .names import is_given_name
from .params import CLAUSE_TOKENS
from .phrases import MIDDLE_INITIAL
from .spellings import acronym_of


def without_moves(changes: list[WordingChange], pack: LanguagePack = ENGLISH) -> list[WordingChange]:
    """The changes of one sentence pair without words that only moved: a span dropped in one
    place and the same words added in another ("smashing shops and" … "and smashing shops",
    "generally" before or after the verb) is word order, not wording; so are words dropped that a
    word chosen elsewhere holds ("previously served" inside "previously served as Chair")."""
    def keys(text: str) -> list[str]:  # the words' keys in order, punctuation left out
        return [token_key(t) for t in plain_tokens(text) if any(ch.isalnum() for ch in t)]

    def words(text: str) -> tuple[str, ...]:
        return tuple(sorted(keys(text)))

    dropped = [c for c in changes if not c.after]
    added = [c for c in changes if not c.before]
    moved: set[int] = set()
    rest: dict[int, WordingChange] = {}  # a move that also dropped or added words: what is left of it
    for d in dropped:
        match = next((c for c in added if id(c) not in moved and words(c.after) == words(d.before)), None)
        if match is not None:
            moved |= {id(d), id(match)}
    for c in changes:  # "complex in Washington was allegedly hatched" / "complex allegedly was hatched":
        if not (c.before and c.after) or id(c) in moved:  # the adverb moved, "in Washington" dropped
            continue
        other = next((d for d in dropped + added if id(d) not in moved and _adverb(d.before or d.after, pack)
                      and (words(d.before) == words(c.after) if d.before else words(d.after) == words(c.before))),
                     None)
        if other is None:
            continue
        moved |= {id(c), id(other)}
        grew = not other.before  # the moved words were added elsewhere: what c adds in their place stays
        rest[id(c)] = _left_as(c, c.after if grew else c.before, grew, pack)
    for c in changes:  # "DWI, vehicular manslaughter" / "…, vehicular manslaughter and driving while
        if not (c.before and c.after) or id(c) in moved:  # intoxicated": an item moved in a list, and
            continue  # what stands in its old place was added
        for side, pool in ((c.before, added), (c.after, dropped)):
            match = next((d for d in pool if id(d) not in moved and _same_item(side, d.after or d.before, pack)),
                         None)
            if match is None:
                continue
            moved |= {id(c), id(match)}
            grew = side is c.before
            rest[id(c)] = _left_as(c, c.after if grew else c.before, grew, pack)
            break
    for d in dropped:  # '"…," said protester Paris Kyriakides' / '"…," Kyriakides said': a descriptor
        for c in added:  # dropped from a name that moved, not a name added and a clause dropped
            if {id(d), id(c)} & moved:
                continue
            smaller, larger = sorted((c, d), key=lambda x: len(words(x.after or x.before)))
            left = _leftover(larger.after or larger.before, smaller.after or smaller.before)
            if left is not None:
                moved |= {id(smaller), id(larger)}
                if left and not function_words_only(plain_tokens(left), [], pack):
                    rest[id(larger)] = _left_as(larger, left, larger is c, pack)
                break
    for d in dropped + added:  # "is the Immediate Past-Chair …, and previously served as" / "previously served as
        if id(d) in moved:  # Chair …, and as": the dropped words moved into a word chosen for others
            continue
        span = keys(d.before or d.after)
        if len(span) < 2 or function_words_only(plain_tokens(d.before or d.after), [], pack):
            continue
        for c in changes:
            if not (c.before and c.after) or id(c) in moved:
                continue
            into = keys(c.after if d.before else c.before)
            if into == span:  # "No application was made for bail" / "… for bail was made at the hearing": the
                moved |= {id(d), id(c)}  # words moved, and what stands in their old place was added
                rest[id(c)] = _left_as(c, c.before if d.before else c.after, not d.before, pack)
                break
            if any(into[i:i + len(span)] == span for i in range(len(into) - len(span) + 1)):
                moved.add(id(d))
                break
    for d in dropped + added:  # "… of the haul in 2009" / "In 2009, police said …": the words written
        if id(d) in moved:  # elsewhere in the other sentence (there a speaker's frame, so no change
            continue  # of its own was listed), as often as in this one: they moved
        span = keys(d.before or d.after)
        if not span or function_words_only(plain_tokens(d.before or d.after), [], pack):
            continue
        if any(_count(span, keys(c.after if d.before else c.before)) for c in changes if id(c) not in moved):
            continue  # "Tuesday" / "early Tuesday morning": there the words stand inside a change of their own
        own_text, other_text = (d.sentence_a, d.sentence_b) if d.before else (d.sentence_b, d.sentence_a)
        if _count(span, keys(other_text)) >= _count(span, keys(own_text)) > 0:
            moved.add(id(d))
    return [rest.get(id(c), c) for c in changes if id(c) not in moved or id(c) in rest]


def _count(span: list[str], sentence: list[str]) -> int:
    """How often `span` stands in `sentence`, both as the diff's word keys."""
    return sum(sentence[i:i + len(span)] == span for i in range(len(sentence) - len(span) + 1))


def one_date_moved(changes: list[WordingChange]) -> list[WordingChange]:
    """A sentence pair's one date dropped in one place and one added in another ("… to Japan
    today" / "China on Tuesday banned …") as one date change, "today" → "on Tuesday"."""
    def short(text: str) -> bool:  # a date phrase, not a clause with a time in it
        return len(text.split()) < CLAUSE_TOKENS

    dropped = [c for c in changes if c.kind == "date" and c.before and not c.after and short(c.before)]
    added = [c for c in changes if c.kind == "date" and c.after and not c.before and short(c.after)]
    if len(dropped) != 1 or len(added) != 1:
        return changes
    merged = replace(dropped[0], after=added[0].after)
    return [merged if c is dropped[0] else c for c in changes if c is not added[0]]


def _left_as(change: WordingChange, kept: str, grew: bool, pack: LanguagePack = ENGLISH) -> WordingChange:
    """What is left of a change beside words that moved: `kept` added (`grew`) or dropped, a
    clause or a descriptor by its words, or an attribution when it is only a frame ("…, and DWI,
    the NYPD said" / "…, and driving while intoxicated": the item moved, "the NYPD said" added)."""
    words = plain_tokens(kept)
    if attributing(words, pack) and not claim_with_frame(words, pack):
        return replace(change, kind="attribution added" if grew else "attribution dropped",
                       before="" if grew else kept, after=kept if grew else "")
    size = "clause" if is_clause(words) else "descriptor"
    return replace(change, kind=size + (" added" if grew else " dropped"), before="" if grew else kept,
                   after=kept if grew else "")


def _adverb(text: str, pack: LanguagePack) -> bool:
    """One word the pack's tagger reads as an adverb ("allegedly", "reportedly"): free to move
    in the sentence, so one dropped here and written there is word order."""
    words = [t for t in plain_tokens(text) if any(ch.isalnum() for ch in t)]
    return len(words) == 1 and pack.tagger is not None and pack.tagger((words[0],))[0] == "RB"


def _same_item(a: str, b: str, pack: LanguagePack) -> bool:
    """Two spans name one thing: the same content words, two or more of them, or an acronym and
    its words ("DWI" / "and driving while intoxicated"). One shared word is too little to call a
    move ("China" here, "to China" there may be two roles)."""
    def content(text: str) -> list[str]:
        return [t for t in plain_tokens(text) if any(ch.isalnum() for ch in t)
                and t.lower() not in pack.naming.closed]
    def inner(text: str) -> list[str]:  # the span without closed-class words at its edges ("and …")
        words = [t for t in plain_tokens(text) if any(ch.isalnum() for ch in t)]
        while words and words[0].lower() in pack.naming.closed:
            words = words[1:]
        while words and words[-1].lower() in pack.naming.closed:
            words = words[:-1]
        return words
    x, y = content(a), content(b)
    if len(x) >= 2 and sorted(map(token_key, x)) == sorted(map(token_key, y)):
        return True
    return acronym_of(inner(a), inner(b), pack) or acronym_of(inner(b), inner(a), pack)


def _leftover(larger: str, smaller: str) -> str | None:
    """What `larger` holds besides all of `smaller`'s words, in order, when `smaller`'s words are
    its last or first words ("32-year-old protester Paris Kyriakides" holds "Kyriakides":
    "32-year-old protester Paris"); None when it does not hold them so."""
    big, small = plain_tokens(larger), plain_tokens(smaller)
    keys = [token_key(t) for t in big]
    wanted = [token_key(t) for t in small if any(ch.isalnum() for ch in t)]
    if not wanted or len(wanted) >= len([k for k in keys if any(ch.isalnum() for ch in k)]):
        return None
    if keys[-len(wanted):] == wanted:
        other, surname = big[:-len(wanted)], small[0][:1].isupper() and small[0][1:].islower()
    elif keys[:len(wanted)] == wanted:
        other, surname = big[len(wanted):], False
    else:
        return None
    # a name's initials and given name go with its surname, whichever way the diff split them
    # ("said Interior Secretary Ken" / "said" around "Salazar"): they are not a descriptor
    while other and MIDDLE_INITIAL.fullmatch(other[-1]):
        other = other[:-1]
    if other and other[-1][:1].isupper() and other[-1][1:].islower() and (surname or is_given_name(other[-1])):
        other = other[:-1]
    return joined(trimmed(other))
