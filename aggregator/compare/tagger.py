"""English part-of-speech tags: Pattern's Brill tagger, whose lexicon and rules ship inside the
textblob wheel (offline, no NLTK data). The English language pack's `tagger` (compare/language.py);
the labels (compare/naming.py, compare/phrases.py) and the evaluative wording (compare/evaluative.py)
read it.

Kept apart from phrases so that language (whose English pack names it) and phrases (whose
defaults are the English pack's) import it without importing each other.
"""

from __future__ import annotations

import re
from functools import lru_cache

_POSSESSIVE = re.compile(r"['’]s$")
_GERUND_ENDINGS = ("ing", "in'", "in’")


@lru_cache(maxsize=16384)
def tags(words: tuple[str, ...]) -> tuple[str, ...]:
    """One Penn tag per word (a possessive "'s" is left off before tagging: "China's" → NNP)."""
    from textblob._text import find_tags
    from textblob.en import lexicon, parser  # Pattern's Brill tagger: lexicon and rules in the wheel

    if not words:
        return ()
    bare = [_POSSESSIVE.sub("", w) or w for w in words]
    # with the suffix rules for unknown words and the contextual rules ("would question Omar …":
    # "question" is a verb after a modal), which textblob's own parser.find_tags leaves out
    found = find_tags(bare, lexicon=lexicon, morphology=lexicon.morphology, context=lexicon.context,
                      default=parser.default, language="en")
    # a contextual rule may make a word before a determiner a gerund ("a comfortable margin the
    # rest of the way", "officers claim the bullet …": VBG); a word not in -ing is none: inside a
    # noun phrase (after a determiner, an adjective, or a name after "a": "a Nichols offer") it
    # keeps its lexicon tag, after its subject it is a present verb
    out = [t for _, t in found]
    for i, (w, t) in enumerate(found):
        if t == "VBG" and not w.lower().endswith(_GERUND_ENDINGS):
            subject = i > 0 and out[i - 1] in ("NN", "NNS", "NNP", "NNPS", "PRP") and not (
                i > 1 and out[i - 1].startswith("NNP") and bare[i - 2].lower() in ("a", "an"))
            out[i] = "VBP" if subject else lexicon.get(w) or "NN"
    return tuple(out)


@lru_cache(maxsize=16384)
def lexicon_tag(word: str) -> str | None:
    """The tag Pattern's lexicon gives a word on its own (None: not in the lexicon). "prosecutors"
    is NNS there; surnames ending in -s ("Jones", "Williams") are not in it."""
    from textblob.en import lexicon

    found = lexicon.get(word) or next((lexicon.get(w) for w in _american(word) if lexicon.get(w)), None)
    return str(found) if found else None


# British spellings and their American forms, which Pattern's lexicon holds ("organisers",
# "neighbours", "criticised", "centre"): every ending a word has is tried.
_SPELLINGS = (("isation", "ization"), ("isers", "izers"), ("iser", "izer"), ("ised", "ized"), ("ises", "izes"),
              ("ising", "izing"), ("ise", "ize"), ("yse", "yze"), ("ysed", "yzed"), ("our", "or"), ("ours", "ors"),
              ("oured", "ored"), ("ouring", "oring"), ("tre", "ter"), ("tres", "ters"), ("lled", "led"),
              ("lling", "ling"), ("ogue", "og"))


def _american(word: str) -> list[str]:
    """The American spellings a British word may have: "organisers" → "organizers", "neighbours" →
    "neighbors" (one ending changed; "labourers" → "laborers" too: the vowel before an ending)."""
    out = [word[: -len(gb)] + us for gb, us in _SPELLINGS if word.endswith(gb) and len(word) > len(gb) + 2]
    out += [word.replace("our", "or", 1)] if "our" in word[1:-2] else []
    return out
