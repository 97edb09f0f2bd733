"""Verbs of saying that frame nothing where they stand.

A noun form: "despite reports", "Nixon's claim", "to recapture Southern states", "presented
reports from psychiatrists that …" ("Media reports said" is read where the speaker phrase is,
speakers.py). A negation before the verb, past adverbs: "without really saying why", "did not
actually say": nobody said it. A verb in a condition: "if he thinks more money is coming",
"unless regulators say it harms competition": nobody said it either. A verb with a word that makes
it another sense: "insisted on remaining anonymous", "countered with a 9-2 run". A verb with a bare
noun and a preposition after it: "claimed victory in an election that critics called a farce".
"""

from __future__ import annotations

from .language import LanguagePack
from .speaker_heads import contact_clause
from .speakers import FINITE, adverb


def a_noun_form(toks, low: list[str], k: int, lp: LanguagePack) -> bool:
    """Whether the word at k (k > 0) is one of the pack's noun forms read as a noun: after a word
    that opens a noun phrase ("media", "his"), a preposition, a possessive, a full verb or a
    capitalised adjective, or, for `tagged_noun_forms`, tagged a noun in the whole sentence
    ("calm market fears that …")."""
    return low[k] in lp.voice.noun_forms and (
        low[k - 1] in lp.voice.noun_form_before or low[k - 1] in lp.naming.prepositions
        or low[k - 1].endswith(("'s", "’s", "s'", "s’")) or _verb_before(toks[k - 1][0], lp)
        or _proper_adjective(toks, low, k, lp)
        or low[k] in lp.voice.tagged_noun_forms and lp.tagger is not None
        and lp.tagger(tuple(t[0] for t in toks))[k] in ("NN", "NNS"))  # "calm market fears that …"


def _verb_before(word: str, lp: LanguagePack) -> bool:
    """A full verb, no auxiliary, right before a noun form: "presented reports from psychiatrists
    that …" (the reports are its object), not "police have said"."""
    return word.islower() and lp.word_tag is not None and (lp.word_tag(word) or "").startswith("VB") \
        and word not in lp.naming.auxiliaries  # (not a name: "Fanning says")


def _proper_adjective(toks, low: list[str], k: int, lp: LanguagePack) -> bool:
    """A capitalised adjective before a noun form of a verb of saying makes it a noun ("to
    recapture Southern states", "Chinese reports said"), unless an article makes the adjective a
    people ("the British say") or it ends a name ("Kimani Gray says", "Kiki) Gray states")."""
    return toks[k - 1][0][:1].isupper() and lp.word_tag is not None and lp.word_tag(low[k - 1]) == "JJ" \
        and lp.word_tag(low[k]) == "NNS" \
        and (k == 1 or toks[k - 2][0].isalpha() and toks[k - 2][0].islower() and low[k - 2] not in lp.naming.articles)


def negated(toks, low: list[str], k: int, lp: LanguagePack) -> bool:
    """Whether a negation stands before the verb at k past one or more adverbs ("without really
    saying", "did not actually say"; right before it, the pack's `no_speaker_before` reads it)."""
    j = k - 1
    while j > 0 and adverb(toks[j][0], lp):
        j -= 1
    return j < k - 1 and low[j] in lp.voice.negated_before


def conditional(toks, low: list[str], k: int, lp: LanguagePack) -> bool:
    """Whether the verb at k has a short subject right after one of the pack's conditionals ("if
    he thinks …", "If the minister says …"): what it reports is a condition, not a statement. The
    subject is one to five words with no punctuation ("If convicted, he faces life, police said"
    keeps its frame)."""
    for j in range(k - 1, max(-1, k - 7), -1):
        if low[j] in lp.voice.conditionals:
            return j < k - 1
        if not toks[j][0][:1].isalnum():
            return False
    return False


def act_with(word: str, after: str, lp: LanguagePack) -> bool:
    """Whether the verb with the word after it is another sense than saying ("insisted on",
    "responded to": the pack's `evaluative.preposition_senses`)."""
    return any(word.startswith(verb.rstrip("e")) and after in preps
               for verb, preps in lp.evaluative.preposition_senses.items())


def infinitive_after(toks, k: int, lp: LanguagePack) -> bool:
    """Whether "to" and a bare verb follow the verb at k ("vowed to rebuild the city"): a pledge
    with its object, so "to" does not start the where or when of a trailing frame as it does in
    "…, the president said to reporters" ("Speaking to reporters, the president vowed to rebuild
    …" made the opening phrase the president's words); after a passive's participle it makes no
    frame at all ("a man said to have been released")."""
    return k + 2 < len(toks) and toks[k + 1][0].lower() == lp.naming.to_word and lp.tagger is not None \
        and lp.tagger(tuple(t[0] for t in toks[k + 1:k + 3]))[1] == "VB"


def act_only(word: str, after: str, lp: LanguagePack) -> bool:
    """Whether the verb with the word after it never reports, whatever follows ("countered with a
    9-2 spurt that …": the pack's `voice.act_prepositions`; a verb of finding without "that" right
    after it: "found the car", "found him dead")."""
    if word in lp.voice.finding_verbs and after not in lp.voice.complementizers:
        return True
    return any(word.startswith(verb) and after in words for verb, words in lp.voice.act_prepositions.items())


def object_act(words: list[str], tags: tuple[str, ...] | list[str], k: int, lp: LanguagePack) -> bool:
    """Whether the verb at k takes a bare noun and a preposition, and no finite verb follows before a
    relative word or a subordinator ("claimed a majority after the count showed …"): an act with an
    object ("claimed victory in an election on Sunday that critics called a farce", "claimed
    responsibility for the blast that …"), not a report ("claimed police in the city had lied"); not
    a time ("said today that …"), a verb told to someone nor a request ("asked anyone with
    information to call …").
    `words`: the sentence's tokens, lower-cased; `tags`: the pack's tagger's, over the sentence."""
    told = lp.voice.object_frame_verbs | lp.voice.telling_verbs | lp.voice.request_verbs
    noun = k + 1
    other_sense = any(words[k].startswith(v) and len(words[k]) - len(v) <= 3 for v in lp.evaluative.doubt_other_senses)
    while other_sense and noun < len(words) - 2 and noun - k <= 3 \
            and tags[noun] in ("DT", "PRP$", "JJ", "JJS", "CD") and words[noun] not in lp.voice.complementizers:
        noun += 1  # "claimed a fourth term in …", "claimed their first title at …": the object's noun (a
        # verb with another sense than saying, `evaluative.doubt_other_senses`; "described the fire as" reports)
    if noun + 1 >= len(words) or words[k] in told or not (tags[noun] == "NN" or other_sense and tags[noun] == "NNS") \
            or tags[noun + 1] not in ("IN", "TO") \
            or words[noun] in lp.voice.time_words \
            or words[noun + 1] == lp.voice.view_as and words[k] in lp.voice.object_view_verbs | lp.voice.view_verbs:
        return False  # (a view of a bare noun: "Ministry condemns visit as provocative", a headline's)
    return next((tags[j] not in FINITE for j in range(noun + 2, len(words))
                 if tags[j] in FINITE and contact_clause(words, words, noun + 2, j, lp) is None
                 or words[j] in lp.naming.relatives | lp.polarity.subordinators), True)
    # ("… an election critics called a farce": theirs)
