"""Frames with a noun of saying: "The ministry expressed hope that …", "Police issued a warning
that …", "His lawyer offered the explanation that …".

A verb of expressing (the pack's `expressing_verbs`: expressed, voiced, issued, made, offered,
repeated, …) with a noun of what is said as its object (`expressed_nouns`: hope, concern, warning,
statement, claim, assurance, explanation, …) and a "that" clause after the noun reports the clause
as its subject's words, as "said that …" does. The verbs are a closed list on purpose: with
"rejected the claim that …" or "denied the allegation that …" the clause is what the subject
disputes, not what it says, and "it gives hope that …" causes the hope. A "that" that opens a
relative clause ("a statement that angered investors") reports nothing. Split from
`compare/voice.py`, which reads the other frames.
"""

from __future__ import annotations

from collections.abc import Callable

from .content_ends import content_end
from .language import LanguagePack
from .lexicon import is_date_word
from .speaker_names import speaker_text
from .speakers import FINITE, speaker_before

# at most this many words (a determiner, adjectives) between the verb and its noun: "issued a
# stern warning that", "expressed their deep concern that"
BETWEEN_WORDS = 3


def noun_frame(text: str, toks, low, k: int, lp: LanguagePack,
               resolve: Callable[[str, int], str]) -> tuple[int, int, str, int] | None:
    """The frame whose noun of saying is at k: (content start, content end, speaker, verb offset),
    or None. `resolve(phrase, verb index)` turns the speaker phrase into a speaker (a pronoun into
    whom it stands for)."""
    n = len(toks)
    if low[k] not in lp.voice.expressed_nouns or k + 2 >= n or low[k + 1] not in lp.voice.complementizers \
            or not toks[k + 2][0][:1].isalnum():
        return None
    verb = next((v for v in range(k - 1, max(-1, k - 2 - BETWEEN_WORDS), -1)
                 if low[v] in lp.voice.expressing_verbs), None)
    if verb is None or any(not toks[i][0].isalpha() or not toks[i][0].islower() or low[i] in lp.naming.conjunctions
                           for i in range(verb + 1, k)):
        return _possessed(text, toks, low, k, lp, resolve)  # "the claim that …" with no verb before it
    if lp.tagger is not None and lp.tagger(tuple(t for t, _, _ in toks[k + 1:k + 4]))[1][:2] in ("VB", "MD"):
        return None  # "issued a statement that angered investors": a relative clause, nothing said
    return subject_frame(text, toks, low, verb, k + 2, lp, resolve)


def subject_frame(text: str, toks, low, verb: int, start: int, lp: LanguagePack,
                  resolve: Callable[[str, int], str]) -> tuple[int, int, str, int] | None:
    """The frame whose speaker is the subject before the verb at `verb` and whose words start at
    token `start` and run to `content_end`; None when no speaker phrase stands before the verb or
    it resolves to no one (also for `compare/estimates.py`)."""
    found = speaker_before(toks, low, verb, lp)
    who = resolve(speaker_text(found[0], lp), verb) if found else ""
    return (toks[start][1], content_end(text, toks, low, verb, start, lp), who, toks[verb][1]) if who else None


def _possessed(text: str, toks, low, k: int, lp: LanguagePack,
               resolve: Callable[[str, int], str]) -> tuple[int, int, str, int] | None:
    """The frame of a noun of saying whose owner is named before it ("The minister's claim that the
    economy is booming was met with skepticism", "rejected his assertion that …": the clause is
    the owner's words, whatever the sentence does with them); it ends before the sentence's own
    verb after the clause's ("… is booming | was met …"). None without an owner ("the claim that
    …", "a claim that angered …")."""
    if lp.tagger is None:
        return None
    j = k - 1
    while j > 0 and toks[j][0].islower() and lp.word_tag is not None and lp.word_tag(low[j]) == "JJ":
        j -= 1  # "his repeated claim that …"
    owner = low[j]
    if owner in lp.voice.possessive_determiners:
        pronoun = lp.voice.pronoun_of_possessive.get(owner, owner)  # "his" → whom "he" is, the sentence's "he"
        subject = next((i for i in range(j) if low[i] == pronoun), j)  # first ("He cited Mr Mitchell … his claim")
        who = resolve(pronoun, subject)
        who = "" if who.lower() in lp.voice.possessive_determiners | lp.voice.speaker_pronouns else who
    elif owner.endswith(("'s", "’s")) and toks[j][0][:1].isalpha() and not (
            owner[:-2] in lp.voice.time_words or is_date_word(owner[:-2], lp.slots)):  # not "Today's announcement"
        start = j
        while start > 0 and toks[start - 1][0][:1].isupper() and low[start - 1] not in lp.naming.articles:
            start -= 1  # "Sofia Lind's"
        phrase = [(t[:-2], a, b - 2) if i == j - start else (t, a, b) for i, (t, a, b) in enumerate(toks[start:j + 1])]
        who = resolve(speaker_text(phrase, lp), j)
    else:
        return None
    tags = lp.tagger(tuple(t for t, _, _ in toks))
    if not who or not any(tags[i] in FINITE for i in range(k + 2, min(len(toks), k + 8))):
        return None
    end = content_end(text, toks, low, k, k + 2, lp)
    verbs = lp.voice.be_forms | lp.naming.auxiliaries
    own = next((i for i in range(k + 2, len(toks)) if tags[i] in FINITE or low[i] in verbs), None)
    i, helper = (own + 1, True) if own is not None else (len(toks), False)
    while i < len(toks) and (tags[i] == "RB" or helper and (tags[i][:2] == "VB" or low[i] in verbs)):
        helper = helper if tags[i] == "RB" else low[i] in verbs  # the clause's own verb group: "had fixed",
        i += 1  # "would resume", "was rigged" (a verb after its last word opens the sentence's own)
    first = i
    while i < len(toks) and toks[i][1] < end and not (low[i] in lp.naming.conjunctions | lp.polarity.subordinators
                                                      or toks[i][0] in ",;:"):
        if tags[i] in FINITE or low[i] in verbs \
                or tags[i] in ("VBD", "VBN") and (i == first or tags[i - 1][:2] == "NN"):
            end = toks[i - 1][2]  # the sentence's own verb: "… is booming | was met with …", "the flaw | angered"
            break
        i += 1
    return (toks[k + 2][1], end, who, toks[k][1])
