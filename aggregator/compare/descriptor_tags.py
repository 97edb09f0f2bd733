"""The tagger's check of a descriptor found beside a name (compare/naming.py): whether the words
before a name, its appositive or its head noun really are a noun phrase of the kind the method
says. Split from naming.py, which finds the candidate spans by their form.
"""

from __future__ import annotations

from . import phrases
from .language import ENGLISH, LanguagePack, NamingWords
from .name_runs import Tok

# A kind of place and its modifiers before "of" and a name: the place named ("the breakaway region of X").
PLACE_KIND_METHOD = "place named after of"


# A country's possessive before a place's name: the owner an outlet gives a place two countries
# claim ("Ostmark's Selin Islands" / "Dravia's Selin Islands").
OWNER_METHOD = "owner before a place"


def owner_before(toks: list[Tok], a: int, b: int, nw: NamingWords) -> bool:
    """Whether a capitalised possessive stands right before the name toks[a:b] and the name ends in
    a word of a place (`owned_place_nouns`: "Dravia's Selin Islands", "Israel's Golan Heights"). A
    word only, not the name, is the label: two outlets that name two owners differ on the place,
    which the check of names apart would take for two places."""
    return a > 0 and toks[a - 1].text[:1].isupper() and toks[a - 1].low.endswith(("'s", "’s")) \
        and toks[b - 1].low in nw.owned_place_nouns


# Adjectives alone between "the" and a name of two words or more: where an outlet places a party, a
# movement or a firm ("the far-right Homeland Party" / "the nationalist Homeland Party").
ADJECTIVE_METHOD = "adjective before a name"


def adjectives_before(toks: list[Tok], x: int, a: int, b: int, pack: LanguagePack) -> bool:
    """Whether toks[x:a] are lower-case adjectives by the tagger, after "the" and before a name of
    two words or more ("the patriotic Homeland Party", "the national-conservative Homeland Party")
    or of one word before a political body's head (`political_body_heads`: "the nationalist Homeland party";
    not "the fifth NBA title", "the acting FBI director"), none a word of time or size the pack lists
    as plain (`title_openers`: "the late", "the former"; `adjectives`: "the new", "the popular"),
    which say nothing of how the outlet places it."""
    nw = pack.naming
    body = b - a == 1 and b < len(toks) and toks[b].low in nw.political_body_heads and toks[b].text.islower()
    if pack.tagger is None or not 0 < x < a or (b - a < 2 and not body) or toks[x - 1].low != nw.definite_article:
        return False
    words = [t.text for t in toks[x:a]]
    tags = pack.tagger(tuple(t.text for t in toks))[x:a]  # the sentence's tags, as `tag_checked` reads them
    return all(w.islower() and w not in nw.title_openers and w not in nw.adjectives for w in words) \
        and all(tag == "JJ" or tag in ("NN", "NNP") and _placing_compound(w, pack) for w, tag in zip(words, tags))


def _placing_compound(word: str, pack: LanguagePack) -> bool:
    """A hyphenated compound the tagger guesses a name's word before a name, one that places it on
    a side (its last part one of the pack's `placing_ends`: "the far-right Dalvian Front", "the
    centre-right Kestrel Party", "the left-wing Unity bloc"), not any compound ("the most-watched
    Academy Awards", "the newly-signed Joique Bell", "the all-time North Carolina record")."""
    parts = word.split("-")
    return len(parts) > 1 and all(p.isalpha() for p in parts) and parts[-1] in pack.naming.placing_ends


# One head named with modifiers apart, one of them taking a side ("a pro-Palestinian encampment" /
# "an anti-Israel encampment").
STANCE_METHOD = "modifier taking a side"


def takes_a_side(a: str, b: str, nw: NamingWords) -> bool:
    """Two namings of one head whose modifiers differ, one a word that takes a side
    (`stance_prefix`: "a pro-Palestinian encampment" / "the Gaza solidarity encampment") that the
    other lacks."""
    return set(nw.stance_prefix.findall(a)) != set(nw.stance_prefix.findall(b))


def firm_title(head: str, nw: NamingWords) -> bool:
    """Whether a title's head makes the one-word name after it a firm's ("rival Orvane", "Food giant
    Kestrel", "chipmaker Nvidia"): one of the pack's `firm_title_heads` or its `firm_title_ending`."""
    return head in nw.firm_title_heads or head.endswith(nw.firm_title_ending)


def tag_checked(toks: list[Tok], x: int, y: int, a: int, method: str, full_name: bool,
                pack: LanguagePack = ENGLISH) -> int | None:
    """The descriptor's start once the tagger has checked it (None: rejected). Before a name: a
    run of noun-phrase words ending in a common noun or a title, next to a name of two words or
    more that the tagger reads as a proper noun; an appositive or "is a …": a noun phrase with a
    noun head and no finite verb; a head noun after a name: a common noun. The tagger is the
    pack's; a pack without one rejects every descriptor."""
    if pack.tagger is None:
        return None
    nw = pack.naming
    words = tuple(t.text for t in toks)
    tagged = pack.tagger(words)
    if method == "title before a name":
        x = phrases.descriptor_start(words, tagged, x, a, nw, pack.word_tag)
        head = toks[a - 1].low
        group = head in nw.group_nouns and x > 0 and toks[x - 1].low in nw.determiners  # "the Islamist group Hamas"
        firm = firm_title(head, nw)  # "struggling rival Orvane"
        # the name a proper noun by the tagger, or a foreign word it does not know ("Maya": FW)
        ok = x < a and (full_name or group or firm) and tagged[y] in ("NNP", "NNPS", "FW") \
            and (phrases.common_noun(head, tagged[a - 1], pack.tagger, nw) or head in nw.title_words
                 or head in nw.person_titles or firm
                 or head.endswith(nw.person_noun_endings) and _ends_a_phrase(toks, a, tagged))
        return x if ok else None
    if method == "name with a head noun":
        return x if tagged[y - 1] in ("NN", "NNS") else None
    if method in ("modifier before a name", OWNER_METHOD, ADJECTIVE_METHOD):
        return x  # its form is the check (`nw.name_modifier`, `owner_before`, `adjectives_before`)
    if method == PLACE_KIND_METHOD:  # "temporarily occupied city": an adverb of its participle allowed
        return x if tagged[y - 1] in ("NN", "NNS") and phrases.noun_phrase(
            tagged[x:y], phrases.APPOSITIVE | {"RB"}) else None
    if tagged[y - 1] == "JJ" and nominal_adjective(toks, x, y, x > 0 and toks[x - 1].low in nw.appositive_articles):
        tagged = (*tagged[:y - 1], "NN", *tagged[y:])  # "a convicted extremist", "the radical": the head
    if y - 2 >= x > 0 and tagged[y - 1] in ("VBP", "VB") and tagged[y - 2] == "NNS" and pack.word_tag is not None \
            and pack.word_tag(toks[y - 1].low) == "NN" and toks[x - 1].low in nw.appositive_articles:
        tagged = (*tagged[:y - 1], "NN", *tagged[y:])  # "a human rights lawyer": a plural noun's compound
    return x if phrases.noun_phrase(tagged[x:y]) else None


def _ends_a_phrase(toks: list[Tok], a: int, tagged: tuple[str, ...]) -> bool:
    """Whether the name at toks[a] is a person's full name that no common noun follows ("terrorist
    Karim Vell went"; not "the terrorist Tarsa Front militia", where the word classes the group)."""
    b = next((i for i in range(a, len(toks)) if not toks[i].text[:1].isupper()), len(toks))
    return b - a >= 2 and not (b < len(toks) and tagged[b] in ("NN", "NNS"))


def nominal_adjective(toks: list[Tok], x: int, y: int, article: bool) -> bool:
    """Whether an appositive toks[x:y] whose head a tagger may read as an adjective names all the
    same: an article opens it and a comma closes it ("Alexei Navalny, a convicted extremist, …",
    "X, the veteran hardliner, …": the tagger reads "extremist" as an adjective). Without the
    article it is an adjective ("Orozco, 29, guilty of …")."""
    return article and y < len(toks) and toks[y].text == ","
