"""Whether the words after a verb of saying report a clause, and where that clause starts.

Shared by the voice of a sentence (voice.py), the disputes (disputes.py) and the loaded wording
(evaluative.py, loaded.py): "claimed the bullet was fired …" reports, "claimed two lives" does
not; "told reporters the ship sank" reports the clause after its object; "called the mechanic a
hero" names its object with the subject's word (`naming_complement`); "described a scene as
workers barricaded themselves" has "as" before a clause, no view (`clause_after_as`).
"""

from __future__ import annotations

import re

from .language import LanguagePack
from .quotation import opens_quote
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


def naming_complement(toks, k: int, lp: LanguagePack) -> int | None:
    """Where the complement starts after a naming verb and its object ("called [the mechanic] [a
    hero]", "called [him] ["the most famous …"]"): an object of a pronoun or of at most four words
    of a noun phrase, then an article, a quotation mark or an adjective; None when no complement
    follows ("called police to …", "called 911", "called a news conference on Monday")."""
    if lp.tagger is None or k + 2 >= len(toks):
        return None
    words = tuple(t[0] for t in toks[k + 1:k + 8])
    tags = lp.tagger(words)
    nouns = ("NN", "NNS", "NNP", "NNPS")
    if tags[0] == "PRP":
        j = 1  # "called him …"
    else:
        j = 1 if tags[0] in ("DT", "PRP$") else 0
        while j < len(tags) - 1 and tags[j] == "JJ" and tags[j + 1] in nouns + ("JJ",):
            j += 1  # "the new plan"
        start = j
        # a noun run ("the mechanic": the tagger may read a noun after an article as a gerund)
        while j < len(tags) and j < 5 and (tags[j] in nouns + ("POS",) or tags[j] == "VBG" and j == start and j > 0):
            j += 1
        if j == start:
            return None  # no noun object ("called for …", "called 911", "called off")
    if j >= len(words):
        return None
    first, tag = words[j], tags[j]
    if opens_quote(first, lp) or first.lower() in lp.voice.speaker_articles:
        return k + 1 + j  # "a hero", "the most famous …", '"a congenital liar"'
    after = tags[j + 1] if j + 1 < len(words) else "."
    if tag == "JJ" and (after in (".", ",", ":") or after == "CC" and j + 2 < len(words) and tags[j + 2] == "JJ"):
        return k + 1 + j  # "called the plan reckless.", "called the move reckless and dangerous"
    return None


def clause_after_as(toks, j: int, lp: LanguagePack) -> bool:
    """Whether "as" at j - 1 opens a clause (a subject, then a finite verb: "as workers barricaded
    themselves", "as the police arrived"), not what a view calls something ("as a step …")."""
    if lp.tagger is None:
        return False
    words = tuple(t[0] for t in toks[j:j + 4])
    tags = lp.tagger(words)
    # past a determiner that is no indefinite article ("as the police arrived"; "as a step …" names)
    start = 1 if tags and tags[0] == "DT" and words[0].lower() not in lp.naming.articles - {"the"} else 0
    verb = tags[start + 1] if len(tags) > start + 1 else ""
    # a past participle right after a plural subject and before its object is its past tense
    # ("workers barricaded themselves"; the tagger reads it VBN)
    past = verb == "VBN" and len(tags) > start + 2 and tags[start + 2] in ("PRP", "DT", "PRP$")
    return bool(verb) and tags[start] in ("NNS", "NNP", "NNPS", "PRP", "NN") and (verb in ("VBD", "VBZ", "VBP", "MD")
                                                                                  or past)
