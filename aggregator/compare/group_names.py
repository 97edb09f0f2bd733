"""How an outlet classes a named group's members: "the Houthi rebels", "Kavar Front insurgents",
"fighters of the Kavar Front", "terrorists of the so-called Kavar Front".

Two outlets that write one group's name with different group nouns ("militants" / "fighters",
"terrorists" / "freedom fighters") frame it, and that is a label (compare/labels.py) of the name.
The group noun is the pack's `group_nouns`, a closed list of nouns that class a group or its
members; a noun outside it ("Microsoft employees", "Microsoft shares") says nothing of how the
outlet sees the group and is never read here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .name_runs import Tok
from .params import MEMBERS_MODIFIERS

if TYPE_CHECKING:
    from .naming import Grammar

MEMBERS_METHOD = "group noun of a name"


def group_noun_after(grammar: Grammar, toks: list[Tok], b: int) -> int | None:
    """Where a noun of the pack's `group_nouns` closes the phrase after a name ending at toks[b],
    at most two lower-case words on ("the Hamas militant group", "the Houthi rebels"); not where
    a noun or "of" follows it ("the Hawaiian Gardens gang member" is a member)."""
    nw = grammar.pack.naming
    for g in range(b, min(b + 3, len(toks))):
        if not (toks[g].word and toks[g].text[:1].islower() and grammar.np_token(toks, g)):
            return None
        if toks[g].low in nw.group_nouns:
            if g + 1 < len(toks) and toks[g + 1].low in nw.group_nouns:
                continue  # "the Hamas militant group": the last noun is the head
            nxt = toks[g + 1] if g + 1 < len(toks) else None
            tag = grammar.pack.word_tag
            if nxt is not None and (nxt.low == nw.of_word or nxt.word and nxt.text[:1].islower()
                                    and grammar.np_token(toks, g + 1)
                                    and not (tag is not None and (tag(nxt.low) or "") in ("VBD", "VBZ", "VBP"))):
                return None  # "the Hawaiian Gardens gang member": a member; "the X group of companies"; not
                # "Kavar Front militants overran the town": a finite verb the event's text did not teach
            return g
    return None


def members_before(grammar: Grammar, toks: list[Tok], a: int) -> int | None:
    """Where a phrase headed by a plural group noun starts that has the name at toks[a] after "of"
    ("Fighters of the Kavar Liberation Front", "freedom fighters of the so-called Kavar Front"):
    the noun and the words of its phrase before it (adjectives, a compound's first noun), back to a
    determiner, a preposition or the sentence's start. None when no group noun stands there, or the
    noun is capitalised inside the sentence, a name's ("the Freedom Fighters of Kavar")."""
    nw = grammar.pack.naming
    j = a
    while j > 0 and a - j < MEMBERS_MODIFIERS and toks[j - 1].word and toks[j - 1].text[:1].islower() \
            and toks[j - 1].low not in (nw.of_word, nw.definite_article) and grammar.np_token(toks, j - 1):
        j -= 1  # "so-called", "banned"
    if j > 0 and toks[j - 1].low == nw.definite_article:
        j -= 1
    if j < 2 or toks[j - 1].low != nw.of_word or toks[j - 2].low not in nw.group_nouns \
            or not toks[j - 2].low.endswith("s") \
            or toks[j - 2].text[:1].isupper() and j - 2 != first_word(toks):
        return None  # ("the Freedom Fighters of Kavar": a capitalised noun inside a sentence is a name's)
    x = j - 2
    while x > 0 and j - 2 - x < 2 and toks[x - 1].word and toks[x - 1].text[:1].islower() \
            and toks[x - 1].low not in nw.starters and toks[x - 1].low not in nw.determiners \
            and toks[x - 1].low not in nw.prepositions and grammar.np_token(toks, x - 1):
        x -= 1  # "freedom fighters", "armed militants"
    if x > 0 and toks[x - 1].text[:1].isupper() and toks[x - 1].word and x - 1 == first_word(toks):
        x -= 1  # "Freedom fighters of …" opening the sentence
    return x


def first_word(toks: list[Tok]) -> int:
    """The index of the sentence's first word token (past opening quotes and marks)."""
    return next((i for i, t in enumerate(toks) if t.word), 0)
