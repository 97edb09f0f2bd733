"""How two namings compare: whether a phrase says anything of whom it names, whether two phrases
name alike once case, possessives, spelling and inflection are set aside, and whether two hold
different names (two referents). Split from naming.py, which finds the namings."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .language import ENGLISH, LanguagePack
from .params import SPELLING_RATIO


def telling(phrase: str, pack: LanguagePack = ENGLISH) -> bool:
    """A label says something: a lower-case content word or a title, not only a name, a pronoun,
    a number or an empty noun ("part", "people"), by the lists of `pack`."""
    nw = pack.naming
    words = [w.strip(",;:") for w in phrase.split()]
    content = [w for w in words if w and w.lower() not in nw.closed and not any(ch.isdigit() for ch in w)
               and w.lower() not in nw.empty_heads and w.lower() not in nw.honorifics and w.lower() not in nw.ordinals
               and (w[:1].islower() or w.lower() in nw.title_words or w.lower() in pack.voice.speaker_nouns
                    or w.lower() in nw.affiliations or nw.name_modifier.fullmatch(w))]
    return bool(content)


def names_differ(a: str, b: str) -> bool:
    """Both phrases hold names and the names differ: two referents ("Tokyo police" / "Osaka police")."""
    na = {w for w in re.findall(r"[\w-]+", a) if w[:1].isupper()}
    nb = {w for w in re.findall(r"[\w-]+", b) if w[:1].isupper()}
    return bool(na and nb and not na & nb)


def head_word(phrase: str) -> str:
    words = re.findall(r"[\w’'-]+", phrase)
    return re.sub(r"['’]s$", "", words[-1]).lower() if words else phrase


def same_naming(a: str, b: str, pack: LanguagePack = ENGLISH) -> bool:
    """Two phrases name alike: equal once case, possessives, determiners, figures, spelling and
    inflection are set aside ("dual-use item" / "Dual-use items", "33-year-old actress" /
    "actress", "centre" / "center"), by the lists and stemmer of `pack`."""
    ka, kb = norm_words(a, pack), norm_words(b, pack)
    if ka == kb:
        return True
    if len(ka) == len(kb):
        return all(x == y or SequenceMatcher(None, x, y).ratio() >= SPELLING_RATIO for x, y in zip(ka, kb))
    return False


def norm_words(phrase: str, pack: LanguagePack = ENGLISH) -> list[str]:
    nw = pack.naming
    words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w’'-]+", phrase.lower())]
    return [pack.stemmer(nw.spelling.get(w, w)) for w in words
            if w not in nw.determiners and w not in nw.honorifics and w not in nw.ordinals and w not in nw.demonyms
            and not any(ch.isdigit() for ch in w)]


def plain(phrase: str, pack: LanguagePack = ENGLISH) -> str:
    """Compare labels without case, curly quotes, possessives, a leading 'the' or US/UK spelling."""
    return " ".join(norm_words(phrase, pack))
