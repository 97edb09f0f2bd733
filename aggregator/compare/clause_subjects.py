"""Clause subjects: who a participle or a coordinated verb of saying belongs to.

Split from `compare/speakers.py`, which reads the speaker phrase right before a verb; these read
the subject of the clause before a participle ("Police closed the road, saying …") or the noun
phrase right before one ("a memo stating that …").
"""

from __future__ import annotations

from collections.abc import Callable

from .language import LanguagePack
from .params import MAX_SPEAKER_TOKENS
from .speakers import CLAUSE_BREAK, FINITE, adverb, names_speaker, speaker_before, trimmed_phrase


def clause_subject(toks, end: int, lp: LanguagePack) -> tuple[list, int] | None:
    """The subject of the clause that ends at `end` (a comma before a participle: "Police closed
    the road, saying …", "The ministry issued a statement on Tuesday, saying …"): the words before
    the clause's first finite verb (by the pack's tagger) past a relative clause between commas,
    when they open the sentence, hold no other comma and can name a speaker (adverbs before the verb
    and words before a closing pronoun left out: "Years later he finally broke cover, admitting …");
    else None."""
    if lp.tagger is None:
        return None
    words = tuple(t for t, _, _ in toks[:end])
    tags = lp.tagger(words)
    aside: set[int] = set()  # "Mr. Nichols, who was raised in Baltimore, confessed …": the relative clause is no verb's
    for i in range(1, len(words) - 1):
        if words[i] == "," and words[i + 1].lower() in lp.voice.relative_pronouns and i + 1 not in aside:
            close = next((j for j in range(i + 2, len(words)) if words[j] == ","), None)
            if close is not None and close - i <= MAX_SPEAKER_TOKENS:
                aside.update(range(i, close + 1))
    verb = next((i for i, (w, tag) in enumerate(zip(words, tags))
                 if (tag in FINITE or _past_before_that(words, tags, i, lp)) and w[:1].islower() and i not in aside),
                None)
    if not verb:
        return None
    relative = next((i for i in range(1, verb) if words[i].lower() in lp.naming.relatives - lp.voice.complementizers
                     and i not in aside), None)
    if relative is not None:  # "Officials at the center where he died did not …": the relative clause's verb
        main = next((i for i in range(verb + 1, len(words)) if words[i][:1].islower() and tags[i - 1] not in ("CC", ",")
                     and (tags[i] in FINITE or lp.word_tag is not None and lp.word_tag(words[i].lower()) in FINITE)),
                    None)  # (the tagger may read "died did not" as two participles)
        if main is None:
            return None
        aside.update(range(relative, main))  # is no verb of the subject's, and its words no part of it
        verb = main
    kept = list(range(len(toks)))  # the original index of each token read
    if aside and max(aside) < verb:
        kept = [i for i in kept if i not in aside]
        toks = [toks[i] for i in kept]
        verb -= len(aside)
    start = 0
    breaks = [i for i in range(verb) if toks[i][0] == ","]
    if breaks and words[0].lower() in lp.naming.prepositions | lp.voice.leading_noise:
        start = breaks[-1] + 1  # "On March 3, President Obama directed …, stating": past the opening phrase
    if verb - start > MAX_SPEAKER_TOKENS or any(t[0] in CLAUSE_BREAK for t in toks[start:verb]):
        return None
    phrase = trimmed_phrase(toks[start:verb], lp)
    while len(phrase) > 1 and (phrase[-1][0].lower() in lp.naming.auxiliaries | lp.voice.before_verb
                               or adverb(phrase[-1][0], lp)):
        phrase = phrase[:-1]  # "Police have closed …", "he finally broke …"
    if len(phrase) > 1 and phrase[-1][0].lower() in lp.voice.speaker_pronouns \
            and phrase[-2][0].lower() not in lp.voice.object_relatives | {lp.voice.speakers_and}:
        phrase = phrase[-1:]  # "Years later he broke cover, admitting …": the pronoun is the subject
    if len(phrase) == 1 and phrase[0][0].lower() in lp.voice.expletives:
        return None  # "It was discovered that …, saying": no one
    return (phrase, kept[start - 1] if start else -1) if names_speaker(phrase, lp) else None


def _past_before_that(words, tags, i: int, lp: LanguagePack) -> bool:
    """A participle the tagger reads where a past tense stands: no auxiliary before it and "that"
    after it ("His family denied that Pike was armed …": the family's verb, not "was")."""
    return tags[i] == "VBN" and 0 < i < len(words) - 1 and words[i + 1].lower() in lp.voice.complementizers \
        and words[i - 1].lower() not in lp.naming.auxiliaries and tags[i - 1] != "RB"


def noun_before(toks, k: int, lp: LanguagePack) -> tuple[list, int] | None:
    """The noun phrase right before a participle of saying ("prosecution witnesses testifying
    that …", "a memo stating that …"): the nouns, names and adjectives before k (by the pack's
    tagger over the sentence), past an adverb ("a reply politely telling …")."""
    if lp.tagger is None:
        return None
    tags = lp.tagger(tuple(t for t, _, _ in toks))
    j = k - 1
    while j >= 0 and tags[j] == "RB":
        j -= 1
    end = j + 1
    while j >= 0 and (tags[j].startswith("NN") or tags[j] in ("JJ", "POS") or toks[j][0] in ("'s", "’s")) \
            and end - j <= MAX_SPEAKER_TOKENS:
        j -= 1
    phrase = toks[j + 1:end]
    return (phrase, j) if phrase and names_speaker(phrase, lp) else None

def caused_subject(toks, low, k: int, lp: LanguagePack) -> tuple[list, int] | None:
    """The object of a causative verb before "to" and the verb of saying at k ("The ruling led
    critics to argue that …", "prompted activists to claim that …"): who says it; or the speaker
    before words that carry a saying on ("Smith went on to say …", "continued to insist that …",
    the pack's `voice.carrying_on`), where "to say" alone has none ("declined to say")."""
    if k < 2 or low[k - 1] != lp.naming.to_word:
        return None
    for lead in lp.voice.carrying_on:
        start = k - 1 - len(lead)
        if start >= 1 and tuple(low[start:k - 1]) == lead:
            return speaker_before(toks, low, start, lp)
    if k < 3:
        return None
    found = noun_before(toks, k - 1, lp)
    if found is None:
        return None
    j = found[1]
    while j > 0 and low[j] in lp.naming.determiners:
        j -= 1  # "forced the minister to admit"
    return found if j >= 0 and low[j] in lp.voice.causative_verbs else None


def coordinated_subject(toks, low, k: int, reports: Callable[[], bool], lp: LanguagePack) -> tuple[list, int] | None:
    """The subject a verb of saying shares with the verb before "and" or "but" ("DeGeneres made
    the announcement … and said …", "The studio wants …, but has said it will not rush …"), when
    the verb reports something (`reports()`, asked last: a colon, a quotation, "that" or a clause follows; not a
    figure: "… and added six assists") and the subject names someone (`_named_subject`); else None."""
    co = k - 1
    while co > 1 and low[co] in lp.voice.before_verb and low[co - 1] not in lp.voice.speaker_pronouns:
        co -= 1  # "… but has said it will not rush", "and later said": the coordinator before the verb's words
    if not (co > 1 and low[co] in lp.voice.verb_coordinators and low[k] in lp.voice.coordinated_verbs
            and not _figure_next(toks, k, lp) and reports()):
        return None
    shared = clause_subject(toks, co, lp)
    return shared if _named_subject(shared, lp) else None


def _figure_next(toks, k: int, lp: LanguagePack) -> bool:
    """A figure follows the verb ("… and added six assists"): a tally, whatever the tagger makes
    of the noun after it; not a figure that opens a clause ("… and claimed 23 officers were hurt":
    a finite verb after its noun phrase)."""
    if lp.tagger is None or k + 1 >= len(toks):
        return False
    tags = lp.tagger(tuple(t for t, _, _ in toks))
    if tags[k + 1] != "CD":
        return False
    j = k + 2
    while j < len(toks) and j - k <= 4 and tags[j] in ("CD", "JJ", "NN", "NNS"):
        j += 1
    return not (k + 2 < j < len(toks) and tags[j] in FINITE)  # ("assists" may read as a verb)


def _named_subject(found: tuple[list, int] | None, lp: LanguagePack) -> bool:
    """A clause subject that names someone outright (no pronoun inside a longer phrase, no question
    word, a capitalised head or a speaker's or body's noun), or a personal pronoun that opens the sentence alone ("He
    defended his plans and said …"), resolved as the pronoun of "he said" is; not "it" or
    "there", which name no one."""
    if not found or not found[0]:
        return False
    words = [t for t, _, _ in found[0]]
    if len(words) == 1 and found[1] < 0 and words[0].lower() in lp.voice.speaker_pronouns - lp.voice.expletives:
        return True
    head = next((words[:i] for i, w in enumerate(words) if i and w.lower() in lp.naming.prepositions), words)
    return not {w.lower() for w in words} & (lp.voice.speaker_pronouns | lp.voice.question_auxiliaries) \
        and (words[0][:1].isupper() or len(head) <= 2 and head[-1].lower() in lp.voice.speaker_nouns
             | lp.voice.person_nouns | lp.sources.org_words)  # "The studio wants …, but has said …", "A
    # spokesman for the company declined to comment but said …" (the head before its preposition)
