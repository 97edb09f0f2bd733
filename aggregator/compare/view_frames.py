"""Views given by a participle and its agent: "an election hailed by the government as an exercise in
democracy", "dismissed by critics as a sham", "The protesters, branded by the government as
terrorists, marched …": the words after "as" are the agent's view, not the outlet's.

Apart from voice.py (the frames of saying), since it needs both `credits` (the agent, where the
view ends) and `clauses` (whether "as" opens a clause: "as the family wept"), and `clauses` imports
`credits`.
"""

from __future__ import annotations

from .clauses import clause_after_as
from .credits import agent_by, names_someone, phrase_stop, view_end
from .language import LanguagePack
from .params import MAX_SPEAKER_TOKENS
from .speaker_names import speaker_text
from .speakers import FINITE


def by_as_frame(toks, low, k: int, lp: LanguagePack) -> tuple[int, int, str, int] | None:
    """(start, end, agent, verb start) of the view after "toks[k] by X as", or None: no agent, no
    "as" after it, or an "as" that opens a clause (a time, not a view)."""
    by = agent_by(toks, low, k, lp)
    if by is None:
        return None
    j = next((i for i in range(by + 1, min(len(toks), by + 1 + MAX_SPEAKER_TOKENS)) if low[i] == lp.voice.view_as),
             None)
    if j is None or j + 1 >= len(toks) or clause_after_as(toks, j + 1, lp):
        return None
    agent = speaker_text(toks[by + 1:_agent_end(toks, low, by, j, lp)], lp)
    end = as_view_end(toks, low, j, view_end(toks, low, k, j + 1, lp), lp)  # ("… as perversion and an inquiry
    return (toks[j + 1][1], end, agent, toks[k][1]) if agent else None  # was launched": not the agent's)


def as_view_end(toks, low, j: int, end: int, lp: LanguagePack, verb: int | None = None) -> int:
    """Where a view given as an object and "as …" ends, from toks[j] up to `end`: at a comma and a
    conjunction that join another clause ("Moralists denounced the photos as perversion, and senator
    Estes Kefauver … launched an investigation") or a conjunction and a finite verb ("regards Taiwan
    as part of its territory and has not ruled out force"); at the comma that closes a relative
    clause the frame's verb (`verb`) is in ("the man, whom neighbours described as quiet and polite,
    had no record"); `end` where it has no "as"."""
    stop = next((i for i in range(j, len(toks)) if toks[i][2] >= end), len(toks))
    at = next((i for i in range(max(0, j - 1), stop) if low[i] == lp.voice.view_as), None)
    if at is None:
        return end
    if verb is not None and any(low[i] in lp.naming.relatives and i > 0 and toks[i - 1][0] == ","
                                for i in range(max(1, verb - 4), verb)):
        close = next((c for c in range(at + 1, stop) if toks[c][0] == ","), None)
        if close is not None:
            return toks[close][1]
    tags = lp.tagger(tuple(t[0] for t in toks)) if lp.tagger is not None else ()
    for c in range(at + 1, stop - 1):
        if low[c] in lp.voice.inner_clause_words | lp.polarity.subordinators:
            return end  # "as someone who lived for police work and was …": the clause is inside the view
        nxt = c + 2 if toks[c][0] == "," else c + 1
        if nxt < stop and low[nxt] in lp.voice.reporting_verbs:
            return end  # '"narrow," but admitted that …': the same speaker goes on
        if toks[c][0] == "," and low[c + 1] in lp.naming.conjunctions:
            return toks[c][1]
        if low[c] in lp.naming.conjunctions and tags and (tags[c + 1] in FINITE or low[c + 1] in lp.naming.auxiliaries
                                                          or _subject_then_verb(tags, c + 1, stop)):
            return toks[c - 1][2]  # "as part of its territory and has not ruled out force", "as perversion and
            # a congressional investigation was launched": another act
    return end


def _subject_then_verb(tags, i: int, stop: int) -> bool:
    """Whether a determiner or a pronoun at i opens a clause: a noun phrase, then a finite verb
    within four words ("a congressional investigation was launched"; not "the constitution")."""
    if tags[i] not in ("DT", "PRP", "PRP$"):
        return False
    return any(tags[m] in FINITE for m in range(i + 1, min(stop, i + 5))
               if all(tags[x] in ("JJ", "NN", "NNS", "NNP", "NNPS") for x in range(i + 1, m)))


def named_by_frame(toks, low, k: int, lp: LanguagePack) -> tuple[int, int, str, int] | None:
    """A name given by a participle and its agent: 'the man dubbed the "Oddfather" by tabloid
    newspapers', "The group, designated a terrorist organisation by the United States, denied …":
    the name is the agent's word. None when punctuation stands between the name and "by", or the
    agent names no one ("by his own admission"), or another participle after "and" takes the agent
    ("The drug, called velamin and made by Pharmacorp,": the maker is no one who names it)."""
    n = len(toks)
    by = next((j for j in range(k + 2, min(n, k + 1 + MAX_SPEAKER_TOKENS)) if low[j] == lp.voice.view_agent), None)
    if by is None or any(toks[i][0] in (",", ".", ";", ":") for i in range(k + 1, by)):
        return None
    if lp.tagger is not None and any(low[i] in lp.naming.conjunctions for i in range(k + 2, by - 1)):
        tags = lp.tagger(tuple(t[0] for t in toks[k:by]))
        if any(low[k + i] in lp.naming.conjunctions and tags[i + 1] in ("VBN", "VBD") for i in range(1, len(tags) - 1)):
            return None
    agent = toks[by + 1:_agent_end(toks, low, by, n, lp)]
    if not names_someone(agent, lp):
        return None
    return (toks[k + 1][1], toks[by - 1][2], speaker_text(agent, lp), toks[k][1])


def _agent_end(toks, low, by: int, stop: int, lp: LanguagePack) -> int:
    """Where the agent after "by" at toks[by] ends, before `stop`: at punctuation, a time ("by
    colleagues this morning", "by French media on Friday") or a preposition other than "of"."""
    times = lp.voice.time_words
    for i in range(by + 2, stop):
        if phrase_stop(toks, i, lp) or low[i] in times or low[i + 1:i + 2] and low[i + 1] in times \
                or low[i] in lp.naming.prepositions and low[i] != lp.naming.of_word:
            return i
    return stop
