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

from .name_runs import Tok, name_runs
from .params import MEMBERS_MODIFIERS
from .speakers import FINITE

if TYPE_CHECKING:
    from .naming import Grammar

MEMBERS_METHOD = "group noun of a name"
# Two outlets' phrases opening one claim's sentences, each headed by a group noun ("Islamist
# militants seized …" / "Rebel fighters of … took control of …"): one group named two ways.
SUBJECT_METHOD = "group noun opening one claim"
SUBJECT_VERBS = ("VBD", "VBZ", "VBP", "VBN")  # the verb after the subject, by the tagger's lexicon ("seized": VBN)


def group_noun_after(grammar: Grammar, toks: list[Tok], b: int) -> int | None:
    """Where a noun of the pack's `group_nouns` closes the phrase after a name ending at toks[b],
    at most two lower-case words on ("the Hamas militant group", "the Houthi rebels"); not where
    a noun or "of" follows it ("the Hawaiian Gardens gang member" is a member)."""
    nw, tag = grammar.pack.naming, grammar.pack.word_tag
    for g in range(b, min(b + 3, len(toks))):
        if not (toks[g].word and toks[g].text[:1].islower() and grammar.np_token(toks, g)):
            return None
        if toks[g].low in nw.group_nouns:
            if g + 1 < len(toks) and toks[g + 1].low in nw.group_nouns:
                continue  # "the Hamas militant group": the last noun is the head
            nxt = toks[g + 1] if g + 1 < len(toks) else None
            if nxt is not None and (nxt.low == nw.of_word or nxt.word and nxt.text[:1].islower()
                                    and grammar.np_token(toks, g + 1)
                                    and not (tag is not None and tag(nxt.low) in FINITE)):
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


def group_subject(grammar: Grammar, toks: list[Tok]) -> tuple[int, int] | None:
    """The phrase opening a sentence that a plural group noun heads and a finite verb follows
    ("Islamist militants seized …", "Insurgents from the … movement captured …" up to the noun),
    as [start, end) tokens; None when the sentence opens otherwise."""
    nw, tag = grammar.pack.naming, grammar.pack.word_tag
    f = first_word(toks)
    j = f
    while j < len(toks) and j - f < MEMBERS_MODIFIERS and toks[j].word and toks[j].low not in nw.group_nouns \
            and grammar.np_token(toks, j):
        j += 1
    if tag is None or j + 1 >= len(toks) or toks[j].low not in nw.group_nouns or not toks[j].low.endswith("s"):
        return None
    k = j + 1
    if toks[k].low in nw.prepositions:  # "Insurgents from the … movement captured": past the group's phrase
        k = next((x for x in range(k + 1, min(len(toks), k + 8)) if (tag(toks[x].low) or "") in SUBJECT_VERBS), k)
    return (f, j + 1) if (tag(toks[k].low) or "") in SUBJECT_VERBS else None


def group_subjects(grammar: Grammar, ta: list[Tok], tb: list[Tok]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The group phrases two sentences open with (`group_subject`), unless both hold a name or
    are followed by one: the name's own labels say it then ("Fighters of the Kavar Front" /
    "Kavar Front insurgents")."""
    pa, pb = group_subject(grammar, ta), group_subject(grammar, tb)
    if pa is None or pb is None or _named(grammar, ta, pa) and _named(grammar, tb, pb):
        return None
    return pa, pb


def _named(grammar: Grammar, toks: list[Tok], span: tuple[int, int]) -> bool:
    """Whether a name stands in the phrase or right after it, a preposition, an article and at most
    `MEMBERS_MODIFIERS` words ("Jamaat al-Nur terrorists", "Insurgents from the Jamaat al-Nur
    movement"); not a capitalised first word before a lower-case one ("Islamist militants")."""
    nw, first = grammar.pack.naming, first_word(toks)
    after = span[1]
    if after < len(toks) and toks[after].low in nw.prepositions:
        after += 1 + (after + 1 < len(toks) and toks[after + 1].low in nw.articles)
        while after < len(toks) and after - span[1] <= 2 + MEMBERS_MODIFIERS and toks[after].text[:1].islower():
            after += 1  # "of the so-called Kavar Front"
    for run in name_runs(toks, nw):
        at = toks.index(run[0])
        if at == first and len(run) == 1 and at + 1 < len(toks) and toks[at + 1].text[:1].islower():
            continue
        if span[0] <= at < span[1] or at == after:
            return True
    return False


def first_word(toks: list[Tok]) -> int:
    """The index of the sentence's first word token (past opening quotes and marks)."""
    return next((i for i, t in enumerate(toks) if t.word), 0)
