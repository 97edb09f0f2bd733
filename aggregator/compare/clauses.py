"""Whether the words after a verb of saying report a clause, and where that clause starts.

Shared by the voice of a sentence (voice.py), the disputes (disputes.py) and the loaded wording
(evaluative.py, loaded.py): "claimed the bullet was fired …" reports, "claimed two lives" does
not; "told reporters the ship sank" reports the clause after its object; "called the mechanic a
hero" names its object with the subject's word (`naming_complement`); "described a scene as
workers barricaded themselves" has "as" before a clause, no view (`clause_after_as`). Also
the shape of the clause around a verb of saying, for voice.py (where reported content ends is
content_ends.py): a verb opening a relative clause (`after_relative`: "police who
claim …"), a request ("asked X to …": `request_to`), a passive, a progressive, a participle or a
noun where a verb of saying was expected, and an object gap ("the island Beijing claims"); and
the token tests voice.py reads a frame with: a tally ("added 15 points"), a plain object
("defended his crown"), a noun after an adjective ("the final say"), the comma that closes a
frame between commas, and an inverted speaker's where-and-when ("said the 29-year-old on the eve
of …").
"""

from __future__ import annotations

import re

from .credits import phrase_stop
from .language import LanguagePack
from .lexicon import is_date_word
from .params import (
    APPOSITIVE_MAX_TOKENS,
    FRAME_OBJECT_WORDS,
    FRAME_REACH,
    MAX_SPEAKER_TOKENS,
    OBJECT_WINDOW,
    TALLY_WINDOW,
    ZERO_THAT_WINDOW,
)
from .quotation import opens_quote
from .speaker_heads import contact_clause
from .speakers import FINITE, adverb
from .time_spans import past_time_words

# A short aside between two commas inside reported content: a name in apposition, an age or a
# relative clause ("his talks with the studio, Lionsgate, hit a snag", "Smith, 61, opened fire").
ASIDE = re.compile(r",\s+(?:(?:who|which|whose)\s+[^,]{1,60}|[A-Z][^,]{0,40}|\d{1,3}),(?=\s+[a-z])")


_DIGIT_GROUP = re.compile(r"(?<=\d),(?=\d{3})")


def reports_a_clause(content: str, pack: LanguagePack, adverbial_ends: bool = False) -> bool:
    """Whether what follows a verb of saying reports something: a clause (a finite verb before its
    first comma, past an aside like ", 61,"), an infinitive ("claim to be …") or a parenthetical
    frame ("…, he claims, …"), by the pack's tagger; True where the pack has none. With
    `adverbial_ends`, for a verb that may take a plain object ("claimed"), an adverbial clause
    ends the search ("claiming the life of a mother when he sprayed …" reports nothing)."""
    if pack.tagger is None:
        return True
    body = ASIDE.sub(" ", content).lstrip()
    if body.startswith(","):
        return True  # "…, he claims, …", "claimed, without evidence, that …": a frame of saying
    words = tuple(re.findall(r"[\w'’-]+", _DIGIT_GROUP.sub("", re.split(r"(?<!\d),|,(?!\d{3})", body)[0])))
    # (the comma of "5,000" ends nothing: "claimed 5,000 workers had joined" reports a clause)
    if words and words[0].lower() in pack.polarity.negations:
        words = words[1:]  # "claimed not to have seen …"
    tags = pack.tagger(words)
    if len(words) > 1 and words[0].lower() == pack.naming.to_word and tags[1] == "VB":
        return True  # "men who claim to be …": an infinitive reports a claim too
    if tags and tags[0] == "VBN":
        return True  # "a rule that critics claim weakened the act": the tagger reads a past verb as a participle
    for k, tag in enumerate(tags):
        if adverbial_ends and k > 0 and (tag == "WRB" or words[k].lower() in pack.polarity.subordinators) \
                and words[0].lower() not in pack.voice.complementizers:  # "that when he arrived, …" is reported
            return False  # "claiming the life of a mother when he sprayed …": an adverbial clause, not the content
        if tag in FINITE or tag == "VBN":  # "… and then assured that …": the tagger reads a past verb as VBN
            if _second_predicate(tags, k, words, pack):
                return False
            if tag in FINITE:
                return True
    return False


def _second_predicate(tags, k: int, words, pack: LanguagePack) -> bool:
    """The finite verb at `k` follows a coordinator ("claimed the prize and then assured that …"):
    a second predicate of the verb of saying's own subject, no clause it reports."""
    j = k - 1
    while j >= 0 and tags[j] == "RB":
        j -= 1  # "and then", "but also"
    return j >= 0 and tags[j] == "CC" and words[j].lower() in pack.naming.conjunctions


# Tags a clause's subject may open with ("the ship", "he", "Tokyo", "two officers").
SUBJECT_OPENERS = frozenset("DT PRP PRP$ NNP NNPS NN NNS CD JJ EX".split())  # EX: "there was …"
# Of those, the tags that open a clause unmistakably ("she …", "there was …", "the road …"), never
# a part of a name an object scan cut short ("told Judge James R. Dabney that …").
CLAUSE_OPENERS = frozenset("PRP EX DT".split())


# Tags a subject may hold before its verb ("the mother of the victim", "he never", "Smith and Jones").
SUBJECT_TAGS = SUBJECT_OPENERS | frozenset("NNPS POS IN CC RB JJR JJS".split())
# Tags after which the tagger's finite verb is a noun ("immediate drops", "the calls", "of cuts").
AFTER_NO_VERB = frozenset("JJ JJR JJS DT PRP$ IN".split())


def zero_that_clause(toks, low, k: int, lp: LanguagePack) -> int | None:
    """Where the clause starts that a verb reporting speech only with a clause ("announced",
    "admitted", "confirmed") reports without "that": "admitted he lied", "announced Friday they
    have made an arrest", "confirmed the toll rose to 12": a subject (past time words), then a
    finite verb within `ZERO_THAT_WINDOW` tokens, before any comma (a gerund inside the subject is
    part of it: "reports Saints running back Reggie Bush will miss …"). None for a plain object
    ("announced a ban", "confirmed her death") and for an object with a reduced relative clause
    ("described the car the suspect drove": a second noun phrase opens before the verb). A gerund of
    perception (`perception_gerunds`) starts what is reported: "reported seeing smoke"."""
    n = len(toks)
    if lp.tagger is None or k + 1 >= n or low[k] in lp.voice.naming_verbs:
        return None  # "called him a hero", "a company called Heritage Properties picked …": naming
    j = past_time_words(low, k + 1, lp)
    if j < n and low[j] in lp.voice.perception_gerunds:
        return j  # "Residents reported feeling the quake", "reported hearing two blasts": their account
    tags = lp.tagger(tuple(t for t, _, _ in toks))
    if j >= n or tags[j] not in SUBJECT_OPENERS:
        return None
    head = False  # a noun phrase's head has been read since the last preposition
    for m in _outside_brackets(toks, j, ZERO_THAT_WINDOW + 1):
        tag = tags[m]
        if tag in FINITE:  # not right after a word no verb follows ("reported immediate drops in …")
            before = {tags[m - 1], lp.word_tag(low[m - 1]) if lp.word_tag is not None else ""}
            pronoun = m - 1 == j and tags[j] == "DT" and low[j] not in lp.naming.articles  # "both were dead"
            if contact_clause([t[0] for t in toks], low, j, m, lp) is not None and low[m] in lp.voice.naming_verbs \
                    | lp.voice.view_verbs | lp.voice.object_view_verbs:
                return None  # "announced a plan analysts called bold": the plan, named by the analysts
            return j if m > j and (pronoun or not before & AFTER_NO_VERB) else None
        if toks[m][0] == "," and m > j and all(t[0][:1].isupper() for t in toks[j:m]):
            close = next((c for c in range(m + 1, min(n - 1, m + APPOSITIVE_MAX_TOKENS))
                          if toks[c][0] in (",", ".", ";", ":")), None)  # "announced Tony DiLeo, the team's
            return j if close is not None and toks[close][0] == "," and tags[close + 1] in FINITE else None
            # assistant general manager, will take over …": the name's appositive, then its verb
        modifier = tag in ("VBG", "VBN") and m > j and tags[m - 1] in ("DT", "PRP$", "JJ") \
            and m + 1 < n and tags[m + 1].startswith("NN")  # "the families of the wounded men asked …"
        if tag not in SUBJECT_TAGS and not (tag == "VBG" and m > j) and not modifier or not toks[m][0][:1].isalnum() \
                or head and tag in ("DT", "PRP", "PRP$") \
                or low[m] in lp.polarity.subordinators:
            return None  # "called 911 after he heard …": the clause is the call's time, not its content
        head = tag != "IN" and (head or tag.startswith(("NN", "PRP", "CD")) and tag != "PRP$")
    return None


def after_closing_mark(toks, k: int, lp: LanguagePack) -> bool:
    """Whether the verb at `k` follows a quotation's closing mark after a comma, '?' or '!' with
    at most a speaker phrase between ('"…," Williams fumed', '"…!" the minister thundered')."""
    for j in range(k - 1, max(0, k - 1 - MAX_SPEAKER_TOKENS), -1):
        if toks[j][0] in ('"', "”", "’") and j > 0 and toks[j - 1][0] in (",", "?", "!"):
            return True
        if toks[j][0] in (".", ";", ":", ",") or toks[j][0].lower() in lp.voice.reporting_verbs:
            return False
    return False


def quote_after_object(text: str, toks, low: list[str], k: int, lp: LanguagePack) -> int | None:
    """The index of a quotation's opening mark after the object of the verb at `k` and a comma or
    a colon ('described the scene to PIX11, "…"', 'tweeted Thursday: "…"'): what the verb reports,
    within `OBJECT_WINDOW` tokens and before any other break or verb of saying (a mark with a
    space after it closes: '"I saw blood," said …')."""
    m = past_time_words(low, k + 1, lp)
    for j in range(m, min(len(toks) - 1, m + OBJECT_WINDOW + 1)):
        if toks[j][0] in (",", ":"):
            after = text[toks[j + 1][2]:toks[j + 1][2] + 1]
            return j + 1 if opens_quote(toks[j + 1][0], lp) and after[:1].strip() else None
        if toks[j][0] in (".", ";") or opens_quote(toks[j][0], lp) or low[j] in lp.voice.reporting_verbs:
            return None
    return None


def _outside_brackets(toks, start: int, count: int) -> list[int]:
    """Up to `count` token indices from `start`, skipping a short aside in round brackets ("Reggie
    Bush (knee) will miss", "the company (NYSE: ABC) reports"), which is no part of the syntax."""
    out: list[int] = []
    m, n = start, len(toks)
    while m < n and len(out) < count:
        if toks[m][0] == "(":
            close = next((c for c in range(m + 1, min(n, m + 6)) if toks[c][0] == ")"), None)
            if close is not None and close > m + 1:
                m = close + 1
                continue
        out.append(m)
        m += 1
    return out


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
            if m < n and toks[m][0][:1].isupper() and toks[m - 1][0].islower() and lp.word_tag is not None \
                    and (lp.word_tag(low[m - 1]) == "NNS" or low[m - 1] in lp.voice.plural_bodies):
                break  # "told police LaCalamita loaded …": a plural noun is the whole object (not "reporter Jo Park")
        if m > j:
            starts.append(m)
        if m + 1 < n and low[m] in lp.voice.place_prepositions and toks[m + 1][0][:1].isupper():
            p = m + 1
            while p < n and toks[p][0][:1].isupper():
                p += 1
            starts.append(p)  # "told WJBK in Detroit there were sounds of gunfire": past where the object is
    for s in starts:
        if s < n and tags[s] in SUBJECT_OPENERS and reports_a_clause(text[toks[s][1]:], lp):
            return s
    return None


# Tags that may close a naming verb's complement of a noun: the sentence's or a clause's end, a
# preposition, "and" ("called them criminals.", "called the report fake news on Monday").
COMPLEMENT_ENDS = (".", ",", ":", "IN", "CC")


def naming_complement(toks, k: int, lp: LanguagePack) -> int | None:
    """Where the complement starts after a naming verb and its object ("called [the mechanic] [a
    hero]", "called [him] ["the most famous …"]"): an object of a pronoun or of at most four words
    of a noun phrase, then an article, a quotation mark or an adjective; None when no complement
    follows ("called police to …", "called 911", "called a news conference on Monday"). After an
    object relative ("which he called …") the complement follows the verb."""
    if lp.tagger is None or k + 2 >= len(toks):
        return None
    gap = next((i for i in range(k - 2, max(-1, k - 6), -1) if toks[i][0].lower() in lp.voice.object_relatives), None)
    written = [t[0] for t in toks]
    if gap is None and contact_clause(written, [w.lower() for w in written], max(0, k - 6), k, lp) is not None:
        gap = k - 1  # "a response the union called absurd": a relative clause without "which"
    if gap is not None and all(t[0][:1].isalnum() for t in toks[gap + 1:k]) \
            and (opens_quote(toks[k + 1][0], lp) or toks[k + 1][0].lower() in lp.naming.articles
                 or lp.word_tag is not None and lp.word_tag(toks[k + 1][0].lower()) == "JJ"):
        return k + 1  # 'The ruling, which he called "a disgrace," …', "which he called unfair": the relative
        # pronoun is the object
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
        while j < len(tags) and j < 5 and (tags[j] in nouns + ("POS",) or tags[j] in ("VBG", "VBZ") and j == start
                                           and j > 0):
            j += 1  # (after a determiner a word in -s is no verb: "called the attackers …")
        if j == start:
            return None  # no noun object ("called for …", "called 911", "called off")
    if j >= len(words):
        return None
    first, tag = words[j], tags[j]
    if opens_quote(first, lp) or first.lower() in lp.voice.speaker_articles:
        return k + 1 + j  # "a hero", "the most famous …", '"a congenital liar"'
    after = tags[j + 1] if j + 1 < len(words) else "."
    if tag in ("JJ", "VBN") and (after in (".", ",", ":") or after == "CC" and j + 2 < len(words)
                                 and (tags[j + 2] in ("JJ", "VBN") or tags[j + 2] in FINITE)):
        return k + 1 + j  # "called the plan reckless.", "… reckless and dangerous", "… excessive and vowed to …",
        # "called the vote rigged"
    if tags[0] == "PRP" and (tag == "NNS" or lp.word_tag is not None and lp.word_tag(first.lower()) == "NNS") \
            and after in COMPLEMENT_ENDS and not is_date_word(first, lp.slots):
        return k + 1 + j  # "called them criminals.", "branded them thugs" (not "called them Mondays"…)
    past = tags[j + 2] if j + 2 < len(words) else "."
    if tag == "JJ" and after in nouns and (past in COMPLEMENT_ENDS or j + 2 >= len(words)) \
            and lp.word_tag is not None and lp.word_tag(first.lower()) in ("JJ", None) \
            and not is_date_word(words[j + 1], lp.slots):  # not "called him again yesterday"
        return k + 1 + j  # "called the attackers barbaric criminals.", "called the report fake news on Monday"
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


def request_to(toks, low, k: int, lp: LanguagePack) -> int | None:
    """The token after "to" when a verb of asking has an object and an infinitive ("asked
    neurosurgeon Sanjay Gupta, CNN's chief medical correspondent, to be surgeon general"), within
    twice `OBJECT_WINDOW` tokens (the object may carry an appositive) and no full stop or "that";
    None otherwise ("asked whether …", "asked to remain anonymous")."""
    if k + 1 >= len(toks) or low[k + 1] == lp.naming.to_word:
        return None
    for j in range(k + 2, min(len(toks) - 1, k + 1 + 2 * OBJECT_WINDOW)):
        if toks[j][0] == ";" or toks[j][0] == "." and phrase_stop(toks, j, lp) or low[j] in lp.voice.complementizers:
            return None  # (not the full stop of "Dr." or "Lt.")
        if low[j] == lp.naming.to_word and lp.tagger is not None \
                and lp.tagger((toks[j][0], toks[j + 1][0]))[1] == "VB":
            return j + 1
    return None


def after_relative(toks, low, k: int, lp: LanguagePack) -> bool:
    """Whether the verb at k opens a relative clause ("police who claim …", "Amoss, who said …",
    "Wylie, who apparently thinks …")."""
    j = k - 1
    while j >= 0 and adverb(toks[j][0], lp):
        j -= 1
    return j >= 0 and low[j] in lp.voice.relative_pronouns


def reports_after_relative(text: str, toks, low, k: int, lp: LanguagePack) -> bool:
    """What a verb of saying opening a relative clause reports: a finite clause or a quotation, or
    a naming verb's complement ("rights groups, who called it a setback"); not an infinitive ("who
    asked not to be named") or a preposition ("who responded with tear gas")."""
    if low[k] in lp.voice.naming_verbs and naming_complement(toks, k, lp) is not None:
        return True
    rest = low[k + 1:k + 3]
    if rest[:1] and rest[0] in lp.polarity.negations:
        rest = rest[1:]
    if rest[:1] == [lp.naming.to_word] or rest[:1] and rest[0] in lp.naming.prepositions:
        return False
    return k + 1 < len(toks) and opens_quote(toks[k + 1][0], lp) or reports_a_clause(text[toks[k][2]:], lp)


def participle_with_that(toks, low, k: int, lp: LanguagePack) -> bool:
    """An -ing verb of saying that is no noun or gerund and has "that" within a few words after it:
    a participle framing speech ("witnesses testifying that …", "objected, arguing to the judge
    that …"), or a colon ("…, admitting in 2006:"). "saying" frames without "that" too, as a verb
    of saying of its own."""
    if k == 0 or low[k] not in lp.voice.progressive_verbs or noun_or_gerund(toks, low, k, lp):
        return False
    stop = next((toks[j][0] for j in range(k + 1, min(len(toks), k + 5)) if toks[j][0] in (",", ".", ";", ":")), "")
    return stop == ":" or any(low[j] in lp.voice.complementizers for j in range(k + 1, min(len(toks), k + 5)))
    # (a colon after it opens what it says: "…, admitting in 2006: "I'm the guy …"")


def noun_or_gerund(toks, low, k: int, lp: LanguagePack) -> bool:
    """An -ing verb of saying after a determiner, an adjective or a preposition is a noun or a
    gerund ("an old saying that …", "Despite saying they …", "goes without saying"), not a
    participle framing speech ("downplayed the unrest saying that …")."""
    before = low[k - 1]
    if before in lp.naming.determiners or before in lp.naming.prepositions:
        return True
    return lp.tagger is not None and lp.tagger((toks[k - 1][0], toks[k][0]))[0] in ("JJ", "DT", "PRP$")


def progressive(low, k: int, lp: LanguagePack) -> int | None:
    """The index of the form of "be" before an -ing verb of saying ("THR is now reporting",
    "police have been saying"), or None. A negation between them is no frame ("we are not
    confirming anything")."""
    if low[k] not in lp.voice.progressive_verbs:
        return None
    j = k - 1
    while j >= 0 and low[j] not in lp.polarity.negations and (
            low[j].endswith(lp.voice.adverb_endings) or low[j] in lp.voice.passive_adverbs):
        j -= 1
    return j if j >= 0 and low[j] in lp.voice.be_forms and low[j] != "being" else None


def clause_follows(toks, lp: LanguagePack) -> bool:
    """Whether a clause opens right after a verb of saying without "that": a finite verb among
    the next few words, by the pack's tagger ("are saying the man was armed"); True without one."""
    if lp.tagger is None:
        return True
    words = tuple(t for t, _, _ in toks)
    cut = next((i for i, w in enumerate(words) if w in (",", ".", ";", ":")), len(words))
    return any(t in FINITE for t in lp.tagger(words[:cut])) if cut else False


def passive(low, k: int, lp: LanguagePack) -> bool:
    """A verb of saying after a form of "be" (adverbs between) that is not an -ing form: a passive
    ("was charged with", "is said to"), not "are now saying"."""
    j = k - 1
    while j >= 0 and (low[j].endswith(lp.voice.adverb_endings) or low[j] in lp.voice.before_verb
                      or low[j] in lp.voice.passive_adverbs):
        j -= 1
    return j >= 0 and (low[j] in lp.voice.be_forms or low[j].endswith(BE_CONTRACTIONS)) and not low[k].endswith("ing")


# "They're asked to …", "I'm told …": a form of "be" in a contraction ("'s" may be "has": left out).
BE_CONTRACTIONS = ("'re", "’re", "'m", "’m")


def no_clause_after(toks, k: int, lp: LanguagePack) -> bool:
    """Nothing after the verb at k holds a finite verb, a quotation or a colon: "said in a statement
    released by the team." reports nothing in its own sentence (not "said at least three people
    … were killed", nor a lead-in "emphasized this in his remarks:")."""
    if lp.tagger is None or any(opens_quote(t[0], lp) or t[0] == ":" for t in toks[k + 1:]):
        return False
    return not any(tag in FINITE for tag in lp.tagger(tuple(t for t, _, _ in toks))[k + 1:])


def object_gap(toks, k: int, lp: LanguagePack) -> bool:
    """The verb at k is one with another sense than saying ("claim"), has nothing after it but a
    comma or the end, and its subject is a name that follows a common noun, directly or after
    "that"/"which": a relative clause whose object is that noun ("the island Beijing claims,
    could …", "a democracy that Beijing claims, could …"). Not "the group Amnesty claims the dam
    burst" (a clause follows), nor "Taiwan is, Beijing claims, part of China" (no noun before)."""
    if lp.tagger is None or not other_sense(toks[k][0].lower(), lp) \
            or k + 1 < len(toks) and toks[k + 1][0] not in (",", ".", ";"):
        return False
    first = k
    while first > 0 and toks[first - 1][0][:1].isupper():
        first -= 1  # the name before the verb
    if first == k:
        return False
    if first > 1 and toks[first - 1][0].lower() in lp.voice.object_relatives:
        first -= 1
    noun = first - 1
    if noun < 0 or not toks[noun][0][:1].isalpha() or not toks[noun][0][:1].islower():
        return False
    window = tuple(t[0] for t in toks[max(0, noun - 3):k + 1])
    return lp.tagger(window)[min(3, noun)].startswith("NN")  # a lower-case word: a common noun


def other_sense(word: str, lp: LanguagePack) -> bool:
    """A form of a verb of saying with another sense ("claims", "maintained": the pack's
    `evaluative.doubt_other_senses`), which then takes an object instead of reporting."""
    return any(word.startswith(w) for w in lp.evaluative.doubt_other_senses)


def mandative(words: list[str], tags: list[str], k: int, lp: LanguagePack) -> bool:
    """The clause after the verb at `k` is a demand: its first verb is a bare base form after its
    subject ("insisted his alter ego be kept secret", "insisted that Gigante wear a suit",
    "insisting that their relationship … remain secret": a base form the tagger reads as a noun
    counts by the lexicon's tag), not a finite verb ("insisted he was innocent")."""
    j = k + 1
    if j < len(words) and words[j].lower() in lp.voice.complementizers:
        j += 1
    subject = False
    for i in range(j, min(len(words), j + ZERO_THAT_WINDOW)):  # a subject and its verb, as for a clause without "that"
        tag = tags[i]
        if tag in FINITE or tag in ("VBN", "VBG", "TO") or words[i] in (",", ";"):
            return False
        if subject and (tag == "VB" or tag.startswith("NN") and lp.word_tag is not None
                        and lp.word_tag(words[i].lower()) == "VB" and tags[i - 1].startswith(("NN", "POS"))):
            return True
        subject = subject or tag.startswith(("NN", "PRP")) and tag != "PRP$"
    return False


# Tags a plain object of "claimed" may hold ("his third title", "a 31-24 victory", "40 lives").
OBJECT_TAGS = frozenset("DT PRP$ CD JJ JJR JJS NN NNS POS".split())


def won_object(text: str, toks, k: int, lp: LanguagePack) -> bool:
    """The verb at `k` ("claimed", a form of the pack's `doubt_other_senses`) takes a plain object
    and reports nothing: "Nadal claimed his third title in Paris", "the storm claimed 40 lives",
    "the standings have claimed another coach, with …". The object is a noun phrase that ends in a
    common noun and is followed by a preposition, a comma, a conjunction or the end; none of its
    words is a verb in the tagger's lexicon ("claimed the police beat him" reports a clause), and
    no clause follows. An object opened by "the" is not judged: a clause's subject opens so as
    often, and the tagger reads many past verbs after it as nouns ("claim the dam burst …")."""
    if lp.tagger is None or lp.word_tag is None or reports_a_clause(text[toks[k][2]:], lp):
        return False
    words = [t[0] for t in toks[k + 1:k + 1 + OBJECT_WINDOW]]
    if not words or any(opens_quote(w, lp) for w in words) or words[0].lower() == lp.naming.definite_article:
        return False  # "claim the dam burst at night": "the …" opens a clause's subject as often
    tags = lp.tagger(tuple(words))
    j = 0
    while j < len(tags) and tags[j] in OBJECT_TAGS and (words[j][:1].isdigit() or not words[j][:1].isupper()):
        j += 1
    if j == 0 or tags[j - 1] not in ("NN", "NNS"):
        return False
    if j < len(tags) and not (tags[j] in ("IN", "CC", "TO") or words[j] in (",", ".", ";")):
        return False
    return not any((lp.word_tag(w.lower()) or "").startswith("VB") for w in words[:j])


def comma_after_frame(toks, low, k: int, lp: LanguagePack) -> int | None:
    """The comma that closes a frame of saying set between commas, right after its verb or after
    an object pronoun or a time word and adverbials with no verb ("she told me on many
    occasions,"; not "said a diplomat, who …"), or after the object of a verb of telling ("he told
    reporters on Monday,"), within `FRAME_REACH` tokens; None when a verb or another mark comes first."""
    for c in range(k + 1, min(len(toks), k + 2 + FRAME_REACH)):
        if toks[c][0] == ",":
            if c == k + 1:
                return c
            tags = lp.tagger(tuple(t for t, _, _ in toks))[k + 1:c] if lp.tagger is not None else ("VB",) * (c - k)
            small = lp.naming.pronouns | lp.voice.time_words | lp.naming.prepositions | lp.naming.closed
            return c if (low[k + 1] in lp.naming.pronouns | lp.voice.time_words or low[k] in lp.voice.telling_verbs) \
                and not any(
                (tag.startswith("VB") or tag == "MD") and low[i] not in small
                for i, tag in enumerate(tags, start=k + 1)) else None
        if not toks[c][0][:1].isalnum():
            return None
    return None


def subject_set_off(toks, low, k: int, lp: LanguagePack) -> bool:
    """Whether a frame set between commas splits its clause after the subject ("The plan, he
    said, was doomed.", "Such raids, police told the Herald, are rare."): the words before it,
    however few, are the speaker's too."""
    c = comma_after_frame(toks, low, k, lp)
    return c is not None and c + 1 < len(toks) and low[c + 1] in lp.voice.be_forms | lp.naming.auxiliaries


def described_object(toks, k: int, lp: LanguagePack) -> int | None:
    """The last token of the object of a verb of describing at k when an adjective comes before its
    noun ("described a chaotic scene": the describer's word), or of a gerund of perception and its
    clause ("described hearing three loud explosions": their account), else None ("described the
    scene")."""
    if lp.tagger is None or k + 2 >= len(toks):
        return None
    if toks[k + 1][0].lower() in lp.voice.perception_gerunds:
        return next((j for j in range(k + 2, len(toks)) if toks[j][0] in (",", ";", ".", ":")), len(toks)) - 1
    tags = lp.tagger(tuple(t for t, _, _ in toks))
    j = k + 1
    while j < len(toks) and toks[j][0][:1].isalpha() and toks[j][0].islower() \
            and (tags[j] in ("DT", "PRP$", "JJ", "JJR", "JJS", "VBN", "VBG") or tags[j].startswith("NN")):
        j += 1
    nouns = [i for i in range(k + 1, j) if tags[i].startswith("NN")]
    if not nouns or not any(tags[i] == "JJ" for i in range(k + 1, nouns[-1])):
        return None
    return nouns[-1]


def nameless_phrase(toks, start: int, lp: LanguagePack) -> bool:
    """Whether the words from `start` to the next preposition or the sentence's end name nothing
    (no capitalised word): "said the 29-year-old on the eve of …" is where and when, while "said
    an editorial in the daily Eleftheros Typos" names whose editorial."""
    for t, _, _ in toks[start:]:
        if t.lower() in lp.naming.prepositions or not t[:1].isalnum():
            return True
        if t[:1].isupper():
            return False
    return True


def plain_object(content: str, toks, low, k: int, lp: LanguagePack) -> bool:
    """What follows a verb like "defended" or "criticized" is an object that carries nobody's
    words: no quotation, no "as …", no clause, and none of the pack's words for what others
    said ("the accusations", "calls", "concerns") among its first words."""
    if any(mark in content for mark in lp.voice.quote_marks):
        return False
    window = []
    for word in low[k + 1:k + 1 + OBJECT_WINDOW]:
        if word in (",", ".", ";"):
            break
        window.append(word)
    if lp.voice.view_as in window or set(window[:4]) & lp.voice.speech_object_nouns:
        return False
    # a clause after a subordinator says why or when, not what was said ("denied the motions
    # because there was a dispute")
    sub = next((i for i in range(k + 2, len(toks)) if low[i] in lp.polarity.subordinators), None)
    if sub is not None and k + 1 < len(toks):
        content = content[:toks[sub][1] - toks[k + 1][1]]
    return not reports_a_clause(content, lp)


def tally(toks, k: int, lp: LanguagePack) -> bool:
    """What follows the verb is an object, not a clause: no finite verb in the next few words
    before a comma or a conjunction (by the pack's tagger over the sentence): "added 15 points and
    12 rebounds", "added a category"; not "added 12 people were hurt", "added that …"."""
    if k + 1 >= len(toks) or not toks[k + 1][0][:1].isalnum() or lp.tagger is None \
            or toks[k + 1][0].lower() in lp.voice.complementizers \
            or any(t in lp.voice.quote_marks for t, _, _ in toks[:k]):
        return False  # '"…," she added in a statement': a quotation before it is what was added
    tags = lp.tagger(tuple(t for t, _, _ in toks))
    for i in range(k + 2, min(len(toks), k + 2 + TALLY_WINDOW)):
        if toks[i][0] in (",", ";") or tags[i] == "CC":
            return True  # "15 points and 12 rebounds": a list of tallies
        if tags[i] in FINITE and tags[i - 1] != "DT":  # "to the awards": a noun the tagger reads as a verb
            return False
    return True


def after_adjective(toks, low, k: int, lp: LanguagePack) -> bool:
    """The word before k is an article or a lower-case adjective (by the tagger over the sentence
    up to k: over three words alone it reads any first word as an adjective), not a quantifier
    standing as the subject ("many say")."""
    prev = low[k - 1]
    if prev in lp.naming.articles:
        return True
    if prev in lp.voice.quantifiers or prev in lp.naming.closed or lp.tagger is None:
        return False
    if not toks[k - 1][0][:1].islower():
        # capitalised only as the sentence's first word: "Initial estimates indicate", "Various
        # reports suggest" (by the lexicon: the tagger reads any first word as a name there)
        first = not any(t[:1].isalnum() for t, _, _ in toks[:k - 1])
        return first and lp.word_tag is not None and lp.word_tag(prev) in ("JJ", "JJR", "JJS")
    # "TMZ also reports": the tagger's "also" is an adjective too
    tags = lp.tagger(tuple(t for t, _, _ in toks[:k + 1]))
    return tags[k - 1] in ("JJ", "JJR", "JJS") and tags[k] in ("NN", "NNS")


def object_end(toks, low, k: int, lp: LanguagePack) -> int:
    """Where the object of a verb at k that frames after its object ("accused Japan of …",
    "urged Tokyo to …") ends: the index of the preposition after it, or of a comma, full stop,
    colon or opening quotation mark before one. An aside set off by commas goes with the object
    ("accused a Chinese jet, operating from the carrier, of …") when the preposition follows it."""
    n, j = len(toks), k + 1
    while j < n and low[j] not in lp.voice.object_frame_prepositions and toks[j][0] not in (",", ".", ":") \
            and not opens_quote(toks[j][0], lp) and j - k <= FRAME_OBJECT_WORDS:
        j += 1
    if j < n and toks[j][0] == ",":
        close = next((i for i in range(j + 1, min(n - 1, j + 2 + FRAME_OBJECT_WORDS))
                      if toks[i][0] in (",", ".", ":")), None)
        if close is not None and toks[close][0] == "," and low[close + 1] in lp.voice.object_frame_prepositions \
                and all(toks[i][0][:1].isalnum() for i in range(j + 1, close)):
            return close + 1
    return j
