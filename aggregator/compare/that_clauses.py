"""The "that" after a verb of saying: whether it opens what is reported.

Split from `compare/clauses.py`, which finds where a reported clause starts; these decide whether
a "that" near the verb is the verb's ("said that …", "told the paper that …") or another
clause's ("said the bullet that killed him …", "The patch, which Microsoft dubbed MS08-078,
fixes a flaw that …"), and whether the clause after a frame set between commas is the
speaker's too (`continued_clause`).
"""

from __future__ import annotations

from .clauses import CLAUSE_OPENERS, comma_after_frame, reports_a_clause, told_clause, zero_that_clause
from .credits import phrase_stop
from .language import LanguagePack
from .params import MAX_SPEAKER_TOKENS, OBJECT_WINDOW
from .quotation import inside_quotation
from .speakers import FINITE


def verb_that(text: str, toks, low, k: int, quote_after: bool, lp: LanguagePack) -> tuple[int | None, bool]:
    """The index of the "that" (or colon) that opens what the verb of saying at k reports, or None
    when the "that" near it is another clause's; and whether the verb reports nothing at all (a
    naming verb in a relative clause whose sentence resumes before the "that": "The patch, which
    Microsoft dubbed MS08-078, fixes a flaw that …")."""
    n = len(toks)
    word = low[k]
    that_at = next((j for j in range(k + 1, min(n, k + 10)) if low[j] in lp.voice.complementizers
                    and not (j + 1 < n and low[j + 1] in lp.voice.time_words)  # "saw … that morning"
                    or toks[j][0] == ":" and j == k + 1), None)
    if that_at is None and k + 1 < n and toks[k + 1][0] == ",":  # "reported, citing three people familiar
        close = next((j for j in range(k + 2, min(n - 1, k + 3 + MAX_SPEAKER_TOKENS)) if toks[j][0] == ","), None)
        if close is not None and low[close + 1] in lp.voice.complementizers:  # with the plans, that …": past
            that_at = close + 1  # the aside, however long
    if that_at is not None and (any(toks[j][0] == ";" or toks[j][0] == "." and phrase_stop(toks, j, lp)
                                    for j in range(k + 1, that_at))
                                or quote_after and toks[k + 1][0] == ","):
        that_at = None  # a sentence break between (not "on Nov. 7 that"), or a quotation: 'yelled, "…" it clicked that'
    if that_at is not None and lp.tagger is not None and any(toks[j][0] == "," for j in range(k + 1, that_at)):
        tags = lp.tagger(tuple(t for t, _, _ in toks))
        if any(toks[j][0] == "," and tags[j + 1] in FINITE for j in range(k + 1, that_at - 1)):
            if word in lp.voice.naming_verbs:
                return None, True
            that_at = None  # "What didn't factor in, he said, was the fear that …": a frame set off by commas;
            # "one woman, who said she was his cousin, told the paper that …": "said" reports its own clause
    if that_at is not None and toks[that_at - 1][0] != "," \
            and any(low[m] in lp.voice.progressive_verbs and toks[m - 1][0] == "," for m in range(k + 2, that_at)):
        that_at = None  # '"…," he said, adding that …': the "that" is the participle's (not "reported,
        # citing three people familiar with the plans, that …": the aside ends at its comma)
    if that_at is not None and any(low[m] in lp.voice.reporting_verbs
                                   and lp.naming.conjunctions & {low[m - 1], low[m - 2]}
                                   for m in range(k + 2, that_at)):
        that_at = None  # "claimed the prize and then assured fans that …": the "that" is the second verb's
    if that_at is not None and relative_that(low, k, that_at, lp):
        that_at = None  # "claim the bullet that killed him …": the content starts after the verb
    if that_at is not None and clause_before_that(text, toks, low, k, that_at, lp):
        that_at = None  # "He said police found a box like one that would hold a shotgun": the "that" is inside
    if that_at is not None and pointing_that(toks, low, k, that_at, lp):
        that_at = None  # "saw that order as a threat": "that" points at the order
    return that_at, False

def relative_that(low, k: int, that_at: int, lp: LanguagePack) -> bool:
    """Whether the "that" after a verb of saying opens a relative clause of the content's own
    subject ("said the bullet that killed him was fired …") rather than the content ("said that
    …", "told the paper that …", "said this week that …", "said in a statement that …"): a
    determiner right after the verb, no time word before the "that", and a verb that takes no
    addressee, and no other verb of saying before the "that" ("described the scene, saying that …")."""
    return (low[k] not in lp.voice.object_frame_verbs and low[k + 1] in lp.naming.determiners
            and low[k + 1] not in lp.voice.complementizers
            and not any(low[j] in lp.voice.time_words or low[j] in lp.voice.reporting_verbs
                        for j in range(k + 1, that_at)))


def clause_before_that(text: str, toks, low, k: int, that_at: int, lp: LanguagePack) -> bool:
    """Whether the verb of saying at k reports a clause without "that" before the "that" at
    `that_at`, which is then inside that clause: "He said police found a box like one that would
    hold a shotgun" (a subject and a finite verb first), "told the Times there was "nothing to
    indicate that …"" (after a verb of telling and its object, a clause opened by a pronoun,
    "there" or a determiner; not "told Judge James R. Dabney that …", whose object the scan of
    `told_clause` cut short)."""
    if lp.tagger is None:
        return False
    if low[k] in lp.voice.telling_verbs:
        start = told_clause(text, toks, low, k, lp)
        return start is not None and start < that_at \
            and lp.tagger(tuple(t for t, _, _ in toks))[start] in CLAUSE_OPENERS
    zero = zero_that_clause(toks, low, k, lp) if that_at > k + 2 else None
    return zero is not None and any(tag in FINITE for tag in lp.tagger(tuple(t for t, _, _ in toks))[zero + 1:that_at])


def pointing_that(toks, low, k: int, that_at: int, lp: LanguagePack) -> bool:
    """Whether the "that" right after a view verb points at a thing rather than opening what was
    seen or thought: in "saw that order as a threat" the view follows "as"."""
    if that_at != k + 1 or low[k] not in lp.voice.view_verbs or that_at + 2 >= len(toks):
        return False
    return lp.voice.view_as in low[that_at + 2:that_at + 2 + OBJECT_WINDOW]


def continued_clause(text: str, toks, low, k: int, frame: tuple[int, int, str, int], lp: LanguagePack) -> int | None:
    """Where the clause after a frame between commas starts when it is the speaker's too ("At the
    same time, he said, the situation has …", "…, the firm said, but …"): the frame at k reports
    the words before it and a comma closes it (`comma_after_frame`) before a clause; not "…,
    adding …", which frames itself, nor a frame inside a quotation. None otherwise."""
    comma = comma_after_frame(toks, low, k, lp)  # "he said," / "she told me on many occasions,"
    if frame[0] == 0 and frame[1] < toks[k][1] and comma is not None and comma + 1 < len(toks) \
            and toks[comma + 1][0][:1].isalnum() and low[comma + 1] not in lp.voice.progressive_verbs \
            and not inside_quotation(text[:toks[k][1]], lp) and reports_a_clause(text[toks[comma + 1][1]:], lp):
        return toks[comma + 1][1]
    return None
