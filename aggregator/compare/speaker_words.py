"""Words of a speaker phrase: adverbs, a person's name words, a comparison of distance, a title
before a place. Leaf rules over the language pack's word lists that `compare/speakers.py` reads a
speaker phrase with (and other modules ask too); split from it to keep it small.
"""

from __future__ import annotations

from .language import LanguagePack


def plural_noun_form(word: str, lp: LanguagePack) -> bool:
    """A plural noun that is also a verb of saying, right before the verb: the speaker phrase's
    head ("Media reports said", "Early estimates suggested"), not a verb that ends it."""
    return word in lp.voice.noun_forms and lp.word_tag is not None and lp.word_tag(word) == "NNS"


def comparative_as(toks, low, i: int, lp: LanguagePack) -> int | None:
    """Where "as" opens the comparison that the "as" at i closes ("People as far away as Tehran
    said", "residents as far north as Ohio"): one or two lower-case words between the two, a word
    before the first. Such a phrase says how far the speakers were, so the place after it is no
    speaker and "as" no clause boundary. None when the "as" at i closes none."""
    if low[i] != lp.voice.view_as:
        return None
    for m in (i - 2, i - 3):
        if m > 0 and low[m] == lp.voice.view_as and toks[m - 1][0][:1].isalnum() \
                and all(t[0].isalpha() and t[0].islower() for t in toks[m + 1:i]):
            return m
    return None


def short_name(words: list[str], lp: LanguagePack) -> bool:
    """Whether the words are a person's name of two to four words ("Jack Ketsoyan", "Osama bin
    Laden"), each one a `name_word`."""
    return 2 <= len(words) <= 4 and all(name_word(words, i, lp) for i in range(len(words)))


def name_word(words: list[str], i: int, lp: LanguagePack) -> bool:
    """Whether the i-th of a phrase's words is part of a person's name: capitalised, a surname with
    its article ("al-Goweiny"), or a particle between capitalised parts ("bin" in "Osama bin
    Laden", "von" and "der" in "Ursula von der Leyen")."""
    if words[i][:1].isupper() or lp.naming.name_prefix.match(words[i]):
        return True
    particles = lp.naming.name_particles
    if words[i] not in particles:
        return False
    before, after = i, i + 1
    while before > 0 and words[before - 1] in particles:
        before -= 1
    while after < len(words) and words[after] in particles:
        after += 1
    return before > 0 and words[before - 1][:1].isupper() and after < len(words) \
        and (words[after][:1].isupper() or bool(lp.naming.name_prefix.match(words[after])))


def title_before_where(phrase: list, lp: LanguagePack) -> bool:
    """Whether a phrase opens with a capitalised title whose last word is a role or title word, then
    says where ("Assistant Chief Fire Officer at …"; not "Police Chief Jo Park", a name)."""
    head = []
    for t in phrase:
        if not t[0][:1].isupper():
            break
        head.append(t[0].lower())
    return len(head) < len(phrase) and head[-1] in lp.voice.role_words | lp.voice.title_words  # no name after it


def initial(word: str) -> bool:
    """A middle initial before its full stop ("W" of "John W. Nields")."""
    return len(word) == 1 and word.isupper()


def adverb(word: str, lp: LanguagePack) -> bool:
    """An adverb by its ending ("further", "reportedly"); a capitalised one only where the tagger's
    lexicon says so ("Surely"), since names end so too ("Kelly", "Daly")."""
    low = word.lower()
    if not low.endswith(lp.voice.adverb_endings) or low in lp.voice.not_adverbs:
        return False
    tag = lp.word_tag(low) if lp.word_tag is not None else None
    return tag == "RB" or tag is None and word[:1].islower()  # not "a family friend"


def heads_at(words: list[str], i: int, head: str, pack: LanguagePack) -> bool:
    """Whether `head` is the i-th of the words and heads them: last, or before a word that is no
    noun ("three people familiar with …", "witnesses to the shooting"; not "family friend")."""
    if abs(i) >= len(words) or words[i] != head:
        return False
    after = words[i + 1] if -1 < i < len(words) - 1 else ""
    return not after or pack.word_tag is not None and pack.word_tag(after) not in ("NN", "NNS", "NNP")
