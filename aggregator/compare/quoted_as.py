"""Frames of the form "quoted … as saying": whom a report or an agency quotes speaks.

"Another news agency quoted the governor as saying five people were hurt" is the governor's
frame, "Airport chief Ali Naghavi was quoted by IRNA as saying that …" and "he was quoted as
saying …" the subject's; what is said comes after "saying", or, when the sentence ends there
('"…," the Daily News quoted witness Devonte Brown as saying.'), before the phrase that quotes.
Without "as", a participle of saying does the same: "The Oregonian quotes a federal spokesman
confirming that …".
"""

from __future__ import annotations

from collections.abc import Callable

from .clauses import no_clause_after
from .language import LanguagePack
from .params import MAX_SPEAKER_TOKENS
from .quotation import opens_quote
from .speaker_names import speaker_text
from .speakers import speaker_before


def quoted_as_frames(text: str, toks, low: list[str], k: int, lp: LanguagePack,
                     resolve: Callable[[str, int], str]) -> list[tuple[int, int, str, int]]:
    """The frames (content start, end, speaker, verb offset) when the word at `k` is the "saying"
    of "quoted … as saying", else []: the one quoted speaks the words, and the one quoting, when
    named ("IRNA quoted …", "… was quoted by IRNA …"), is cited with an empty frame at "quoted"
    (it relays them: a source of the report, not their speaker). `resolve(phrase, index)` makes a
    speaker phrase's text a speaker (a pronoun the one it stands for)."""
    quoted_word, as_word, saying = lp.voice.quoted_as_saying
    if k < 2 or not (low[k] == saying and low[k - 1] == as_word or low[k] in lp.voice.progressive_verbs):
        return []
    as_at = k - 1 if low[k - 1] == as_word else k  # "quoted X as saying", or "quotes X confirming"
    quoting_words = {quoted_word} if as_at < k else lp.voice.quoting_verbs
    reported = as_at < k and as_at >= 2 and low[as_at - 1] in lp.voice.reported_as \
        and low[as_at - 2] in lp.voice.be_forms  # "X was reported as saying": X, as "quoted"
    quoted_at = as_at - 1 if (low[as_at - 1] == quoted_word or reported) and as_at < k else next(
        (j for j in range(as_at - 2, max(-1, as_at - 2 - MAX_SPEAKER_TOKENS), -1) if low[j] in quoting_words
         and not any(toks[i][0] in (".", ";", ":", '"', "”") for i in range(j + 1, as_at))
         and _commas_set_off(toks, j + 1, as_at)
         and not (j > 0 and low[j - 1] in lp.naming.articles | lp.voice.possessive_determiners)), None)  # "the quotes"
    if quoted_at is None:
        return []
    passive = quoted_at == as_at - 1 or quoted_at > 0 and low[quoted_at - 1] in lp.voice.be_forms
    at = quoted_at - 1 if quoted_at > 0 and low[quoted_at - 1] in lp.voice.be_forms else quoted_at
    found = speaker_before(toks, low, at, lp)
    by = lp.voice.view_agent
    if passive:  # "X was quoted (by IRNA) as saying": X
        said_by = speaker_text(found[0], lp) if found else ""
        quoting = speaker_text(toks[quoted_at + 2:as_at], lp) if low[quoted_at + 1:quoted_at + 2] == [by] else ""
    else:  # "IRNA quoted X as saying", "The Oregonian quotes a spokesman confirming": X ("him" is "he")
        said_by = _named_side(toks[quoted_at + 1:as_at], lp)
        said_by = lp.voice.object_pronouns.get(said_by.lower(), said_by)
        quoting = speaker_text(found[0], lp) if found else ""
    who = resolve(said_by, k) if said_by else ""
    n = len(toks)
    closed_before = any(t[0] in lp.voice.quote_pairs.values() or t[0] in ('"', "'") for t in toks[:at])
    if k + 1 >= n or toks[k + 1][0] in (".", "!", "?") or toks[k + 1][0] == "," and not (
            k + 2 < n and opens_quote(toks[k + 2][0], lp)) \
            or closed_before and no_clause_after(toks, k, lp):  # the words before, up to its subject
        # ('…," the company was quoted as saying in an official statement.': where, not what)
        end = toks[quoted_at][1] if not found else toks[found[1]][2] if found[1] >= 0 else 0  # up to the
        frame = (0, end, who, toks[k][1])  # mark or comma before the subject, not the space after it
    else:  # what follows "saying" (and its "that"), from its first word
        start = k + 2 if (low[k + 1] in lp.voice.complementizers or toks[k + 1][0] == ",") and k + 2 < n else k + 1
        frame = (toks[start][1], len(text), who, toks[k][1])
    quoted_offset = toks[quoted_at][1]
    return [frame] + ([(quoted_offset, quoted_offset, resolve(quoting, k), quoted_offset)] if quoting else [])


def _commas_set_off(toks, start: int, end: int) -> bool:
    """Whether the words between "quoted" and "as" hold no comma, or two that set off an aside
    closing right before "as" ("quoted the head of the zone, Ali Rezapour, as saying"): one
    comma ends a clause ("quoted in May, as saying" is no object)."""
    commas = [i for i in range(start, end) if toks[i][0] == ","]
    return not commas or len(commas) == 2 and commas[1] == end - 1 and commas[0] > start


def _named_side(phrase, lp: LanguagePack) -> str:
    """The speaker of a phrase "quoted" takes as its object: with an aside set off by commas
    ("the head of the zone, Ali Rezapour," / "Ali Rezapour, the head of the zone,"), the side
    that is a name, else the first."""
    commas = [i for i, t in enumerate(phrase) if t[0] == ","]
    if not commas:
        return speaker_text(phrase, lp)
    sides = [speaker_text(phrase[:commas[0]], lp), speaker_text(phrase[commas[0] + 1:commas[-1]], lp)]
    return next((side for side in sides if side and all(w[:1].isupper() for w in side.split())), sides[0])
