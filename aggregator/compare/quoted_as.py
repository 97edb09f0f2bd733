"""Frames of the form "quoted … as saying": whom a report or an agency quotes speaks.

"Another news agency quoted the governor as saying five people were hurt" is the governor's
frame, "Airport chief Ali Naghavi was quoted by IRNA as saying that …" and "he was quoted as
saying …" the subject's; what is said comes after "saying", or, when the sentence ends there
('"…," the Daily News quoted witness Devonte Brown as saying.'), before the phrase that quotes.
"""

from __future__ import annotations

from collections.abc import Callable

from .language import LanguagePack
from .params import MAX_SPEAKER_TOKENS
from .quotation import opens_quote
from .speaker_names import speaker_text
from .speakers import speaker_before


def quoted_as_frames(text: str, toks, low: list[str], k: int, lp: LanguagePack,
                     resolve: Callable[[str], str]) -> list[tuple[int, int, str, int]]:
    """The frames (content start, end, speaker, verb offset) when the word at `k` is the "saying"
    of "quoted … as saying", else []: the one quoted speaks the words, and the one quoting, when
    named ("IRNA quoted …", "… was quoted by IRNA …"), is cited with an empty frame at "quoted"
    (it relays them: a source of the report, not their speaker). `resolve` makes a speaker
    phrase's text a speaker (a pronoun the one it stands for)."""
    quoted_word, as_word, saying = lp.voice.quoted_as_saying
    if low[k] != saying or k < 2 or low[k - 1] != as_word:
        return []
    quoted_at = k - 2 if low[k - 2] == quoted_word else next(
        (j for j in range(k - 3, max(-1, k - 3 - MAX_SPEAKER_TOKENS), -1) if low[j] == quoted_word
         and not any(toks[i][0] in (",", ".", ";", ":", '"', "”") for i in range(j + 1, k - 1))), None)
    if quoted_at is None:
        return []
    passive = quoted_at == k - 2 or quoted_at > 0 and low[quoted_at - 1] in lp.voice.be_forms
    at = quoted_at - 1 if quoted_at > 0 and low[quoted_at - 1] in lp.voice.be_forms else quoted_at
    found = speaker_before(toks, low, at, lp)
    by = lp.voice.view_agent
    if passive:  # "X was quoted (by IRNA) as saying": X
        said_by = speaker_text(found[0], lp) if found else ""
        quoting = speaker_text(toks[quoted_at + 2:k - 1], lp) if low[quoted_at + 1:quoted_at + 2] == [by] else ""
    else:  # "IRNA quoted X as saying": X ("him" is "he")
        said_by = speaker_text(toks[quoted_at + 1:k - 1], lp)
        said_by = lp.voice.object_pronouns.get(said_by.lower(), said_by)
        quoting = speaker_text(found[0], lp) if found else ""
    who = resolve(said_by) if said_by else ""
    n = len(toks)
    if k + 1 >= n or toks[k + 1][0] in (".", "!", "?") or toks[k + 1][0] == "," and not (
            k + 2 < n and opens_quote(toks[k + 2][0], lp)):  # the words before, up to its subject
        frame = (0, toks[found[1] + 1 if found else quoted_at][1], who, toks[k][1])
    else:
        frame = (toks[k][2], len(text), who, toks[k][1])
    quoted_offset = toks[quoted_at][1]
    return [frame] + ([(quoted_offset, quoted_offset, resolve(quoting), quoted_offset)] if quoting else [])
