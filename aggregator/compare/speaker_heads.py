"""Speaker heads: which words can head a speaker phrase, and whether a phrase holds a verb.

Split from `compare/speakers.py`, which reads the speaker phrase a frame of saying points at;
these tests ask the language pack's tagger and word lexicon whether a word is a common noun, a
plural group ("fire crews"), a singular agent ("the coroner", "her publicist"), or a verb, and
where a relative clause without "that" puts its subject ("a move critics described as …").
"""

from __future__ import annotations

from .language import LanguagePack
from .params import AGENT_NOUN_WORDS, MAX_SPEAKER_TOKENS


def has_verb(words: list[str], lp: LanguagePack) -> bool:
    """Whether the pack's tagger finds a verb among the lower-case words of a phrase. A word in
    capitals is tagged as a name ("The US software giant": "US" is no "us", and "software" after
    it no verb); a noun the tagger calls a verb after a plural noun heads their compound ("a civil
    rights activist")."""
    if lp.tagger is None:
        return True
    tagged = tuple(_NAME_STAND_IN if len(w) > 1 and w.isupper() else w for w in words)
    tags = lp.tagger(tagged)
    return any(w[:1].islower() and (tag.startswith("VB") or tag == "MD")
               and not (i and tag == "VBP" and tags[i - 1] == "NNS" and lp.word_tag is not None
                        and lp.word_tag(w.lower()) == "NN")  # "a civil rights activist": a compound, no verb
               for i, (w, tag) in enumerate(zip(words, tags)))


_NAME_STAND_IN = "Harbourside"  # a capitalised word no lexicon knows: the tagger calls it a proper noun


def noun_word(word: str, lp: LanguagePack) -> bool:
    """A common noun by the tagger's lexicon, or a word it lacks, not a time word: the head of a
    speaker phrase ("the Taradise star", "evening news", "Mob deserters")."""
    low = word.lower()
    if lp.word_tag is None or low in lp.voice.time_words:
        return False
    tag = lp.word_tag(low)
    # a word the lexicon lacks is most likely a rare noun ("deserters", "execs"), not an adverb
    return tag in ("NN", "NNS") or tag is None and low.isalpha() and not low.endswith("ly")


def plural_group(phrase: list, lp: LanguagePack) -> list:
    """The speaker in a phrase of lower-case words headed by a plural noun the pack's word lexicon
    knows ("fire crews", "some co-workers", "prison psychologists", "the charges"), from the noun
    after a singular noun that an adjective follows ("the move environmental groups": the groups);
    none when the phrase holds a verb ("carried small signs")."""
    words = [t for t, _, _ in phrase]
    polled = len(words) > 1 and words[-2].lower() == lp.voice.participle_people and words[-1].endswith("ed")
    if polled:  # "60 percent of those polled": "those" heads it, the participle says who they are
        words = words[:-1]
    if not words or lp.word_tag is None or not words[-1][:1].islower() \
            or lp.word_tag(words[-1].lower()) != "NNS" and not polled or has_verb(words, lp):
        return []
    tags = [lp.word_tag(w.lower()) for w in words]
    if any(w.lower() in lp.naming.prepositions and not (
            tags[i - 1] == "CD" or words[i - 1].lower() in lp.voice.quantifiers | lp.slots.not_count_after)
           for i, w in enumerate(words) if i):
        return []  # "under pressure by the events" is no one; "55 percent of respondents", "some of the jurors" are
    cut = max((i + 1 for i in range(len(words) - 1) if tags[i] == "NN" and tags[i + 1] == "JJ"), default=0)
    return phrase[cut:]  # (with the participle after "those")


def agent_noun(phrase: list, lp: LanguagePack, any_noun: bool = False) -> bool:
    """Whether a phrase is an article or a person's possessive and lower-case words headed by a
    singular noun of an agent the word lexicon knows ("The coroner", "a local pathologist", "her
    publicist"): someone who can speak, though not one of the pack's speaker nouns. With
    `any_noun` (the subject of a verb of saying), any singular common noun or a word the
    lexicon lacks ("The coastguard said", "The jury said", "a recording said")."""
    words = [t for t, _, _ in phrase]
    joined = lp.voice.speakers_and in words[2:-1]  # "the comedian and talk show host": one person, two roles
    if not 2 <= len(words) <= (2 * AGENT_NOUN_WORDS if joined else AGENT_NOUN_WORDS) or lp.word_tag is None \
            or words[0].lower() not in lp.voice.speaker_articles | lp.sources.person_possessives \
            or not all(w.replace("-", "").isalpha() and w.islower() for w in words[1:]):
        return False
    if any_noun and len(words) == 2 and not words[1].endswith("ly"):
        return True  # "The suspect said", "The nonprofit said": alone after an article, a noun
    if has_verb(words[1:], lp):
        return False
    cut = words.index(lp.voice.speakers_and) if joined else len(words)
    return all(agent_word(w, lp) or any_noun and _common_noun(w, lp) for w in (words[cut - 1], words[-1]))


def _common_noun(word: str, lp: LanguagePack) -> bool:
    """A singular common noun by the tagger's lexicon, or a word it lacks (a rare compound or
    trade word: "coastguard", "medic", "carmaker"), not an adverb."""
    return lp.word_tag is not None and lp.word_tag(word) in (None, "NN") and word.isalpha() and not word.endswith("ly")


def agent_word(word: str, lp: LanguagePack) -> bool:
    """A singular noun of an agent ("pathologist", "host"), by its ending or the pack's role words
    (one the tagger's lexicon lacks too: "monsignor")."""
    if lp.word_tag is None:
        return False
    tag = lp.word_tag(word)
    return word in lp.voice.role_words and tag in ("NN", None) or tag == "NN" and (
        word.endswith(lp.voice.agent_endings) or word in lp.voice.person_nouns)


def conjuncts(words: list[str], lp: LanguagePack) -> list[list[str]]:
    """The nouns a speaker phrase joins with "and", each tagged as a phrase of its own ("the
    comedian and talk show host": "talk" after "and" is no verb)."""
    parts: list[list[str]] = [[]]
    for w in words:
        if w.lower() == lp.voice.speakers_and and parts[-1]:
            parts.append([])
        else:
            parts[-1].append(w)
    return [p for p in parts if p]


def capital_before_comma(toks, start: int) -> bool:
    """Whether a capitalised word comes from `start` before the next comma or full stop (a name
    after an inverted verb: '"…," said ex-NYPD detective Joe Coffey')."""
    for t, _, _ in toks[start:start + MAX_SPEAKER_TOKENS]:
        if t in (",", ".", ";"):
            return False
        if t[:1].isupper():
            return True
    return False


def contact_clause(words: list[str], low: list[str], first: int, end: int, lp: LanguagePack) -> int | None:
    """Where the subject of a relative clause without "that" starts in a speaker phrase running
    from `first` to the verb at `end` ("a verdict his supporters condemned as …", "drew a response
    the union called absurd", "a move critics described as reckless"): the noun after an article
    before it is the verb's object, not who speaks; None when no such clause ends the phrase. A
    plural speaker noun with no article counts only before a complement with no object ("as", an
    adjective): "the union leaders called a strike" is a compound and its object. `words`: the
    tokens as written (a capitalised word is no noun before the clause); `low`: lower-cased."""
    if lp.word_tag is None:
        return None
    determiners = lp.voice.speaker_articles | lp.voice.possessive_determiners
    gap = end + 1 < len(low) and (low[end + 1] == lp.voice.view_as or lp.word_tag(low[end + 1]) == "JJ")
    for i in range(end - 1, max(first, 2) - 1, -1):
        named = words[i][:1].isupper() and words[i - 1].islower() \
            and low[i - 1] not in lp.voice.speaker_nouns  # "a move Ostria's foreign minister called …", not
        # "the rival firm Zentrix called …" (a name after a speaker's noun is that speaker's name)
        if not (low[i] in determiners or named or gap and low[i] in lp.voice.speaker_nouns
                and lp.word_tag(low[i]) == "NNS") \
                or not (words[i - 1].isalpha() and words[i - 1].islower()) \
                or lp.word_tag(low[i - 1]) not in ("NN", "NNS") or has_verb(words[i:end], lp):
            continue
        if low[i - 2] in determiners or i > 2 and low[i - 3] in determiners and lp.word_tag(low[i - 2]) == "JJ":
            return i  # (an adjective may come between: "a scathing response the union called …")
    return None
