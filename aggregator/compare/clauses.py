"""Whether the words after a verb of saying report a clause, and where that clause starts.

Shared by the voice of a sentence (voice.py), the disputes (disputes.py) and the loaded wording
(evaluative.py, loaded.py): "claimed the bullet was fired …" reports, "claimed two lives" does
not; "told reporters the ship sank" reports the clause after its object.
"""

from __future__ import annotations

import re

from .language import LanguagePack
from .speakers import FINITE

# A short aside between two commas inside reported content: a name in apposition, an age or a
# relative clause ("his talks with the studio, Lionsgate, hit a snag", "Smith, 61, opened fire").
ASIDE = re.compile(r",\s+(?:(?:who|which|whose)\s+[^,]{1,60}|[A-Z][^,]{0,40}|\d{1,3}),(?=\s+[a-z])")


def reports_a_clause(content: str, pack: LanguagePack) -> bool:
    """Whether what follows a verb of saying reports something: a clause (a finite verb before its
    first comma, past an aside like ", 61,"), an infinitive ("claim to be …") or a parenthetical
    frame ("…, he claims, …"), by the pack's tagger; True where the pack has none."""
    if pack.tagger is None:
        return True
    body = ASIDE.sub(" ", content).lstrip()
    if body.startswith(","):
        return True  # "…, he claims, …", "claimed, without evidence, that …": a frame of saying
    words = tuple(re.findall(r"[\w'’-]+", body.split(",")[0]))
    if words and words[0].lower() in pack.polarity.negations:
        words = words[1:]  # "claimed not to have seen …"
    tags = pack.tagger(words)
    if len(words) > 1 and words[0].lower() == pack.naming.to_word and tags[1] == "VB":
        return True  # "men who claim to be …": an infinitive reports a claim too
    if tags and tags[0] == "VBN":
        return True  # "a rule that critics claim weakened the act": the tagger reads a past verb as a participle
    return any(t in FINITE for t in tags)


# Tags a clause's subject may open with ("the ship", "he", "Tokyo", "two officers").
SUBJECT_OPENERS = frozenset("DT PRP PRP$ NNP NNPS NN NNS CD JJ".split())


def told_clause(text: str, toks, low, k: int, lp: LanguagePack) -> int | None:
    """The token where the clause a verb of telling reports starts when no "that" opens it: after
    its object ("told reporters the ship sank", "told The Associated Press he …"), or right after
    the verb for a warning ("warned the economy would shrink"); None when no clause follows
    ("told the story of …", "told him to leave", which the prepositions of the frame read)."""
    n = len(toks)
    if lp.tagger is None or k + 1 >= n:
        return None
    tags = lp.tagger(tuple(t for t, _, _ in toks))
    starts = [k + 1] if low[k] in lp.voice.warning_verbs else []
    j = k + 1
    if tags[j] == "PRP":
        starts.append(j + 1)  # "told him the …"
    else:
        j += tags[j] in ("DT", "PRP$")
        m = j
        while m < n and m - j < 5 and toks[m][0][:1].isalnum() and (
                toks[m][0][:1].isupper() or tags[m] in ("NN", "NNS", "NNP", "NNPS", "POS")
                or lp.word_tag is not None and lp.word_tag(low[m]) in ("NN", "NNS")):  # "reporters" read as a verb
            m += 1
        if m > j:
            starts.append(m)
    for s in starts:
        if s < n and tags[s] in SUBJECT_OPENERS and reports_a_clause(text[toks[s][1]:], lp):
            return s
    return None
