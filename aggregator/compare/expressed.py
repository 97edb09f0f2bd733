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
from .speaker_names import speaker_text
from .speakers import speaker_before

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
        return None  # "the claim that …" as a subject, or another clause between the verb and the noun
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
