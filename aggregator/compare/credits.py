"""Credits: "according to X" and where a speaker phrase ends.

Split from `compare/voice.py`, which reads every frame of saying in a sentence; a credit is the one
frame with no verb, whose extent (to a comma, the end of a name, or a plural noun before a new
subject) decides which words are the credited source's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .content_ends import clause_end
from .language import LanguagePack
from .lexicon import is_date_word
from .params import MAX_SPEAKER_TOKENS, WHAT_CALLS_WORDS
from .speaker_names import speaker_text
from .speakers import FINITE, short_name, speaker_before

_INITIALISM = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "U.S", "F.B.I": its full stop ends no phrase


def according_frame(text, toks, low, k, lp: LanguagePack) -> tuple[int, int, str, int]:
    """"According to X, …" / "…, according to X": everything but the credit is X's."""
    n = len(toks)
    more = ("(", ")", "-", "—", "–")
    j = k + 2
    while j < n and not phrase_stop(toks, j, lp, more) and j - k < MAX_SPEAKER_TOKENS:
        j += 1
    cut = _setting(toks, low, k + 2, j, lp)
    while cut > k + 3 and toks[cut - 1][0].islower() and lp.word_tag is not None \
            and lp.word_tag(low[cut - 1]) in ("VBN", "VBD"):
        cut -= 1  # "according to a study published on Wednesday": the study, not "study published"
    who = speaker_text(toks[k + 2:cut], lp)
    named = _apposed_name(toks, j, lp) if who and who.islower() else None
    if named is not None:  # "according to her publicist, Jack Ketsoyan": the name
        who, j = speaker_text(toks[j + 1:named], lp), named
    if k > 0 and toks[k - 1][0] in (",", "("):
        if toks[k - 1][0] == "," and j < n - 2 and toks[j][0] == "," and lp.tagger is not None \
                and low[j + 1] not in lp.voice.relative_pronouns \
                and (not any(tag in FINITE for tag in lp.tagger(tuple(t for t, _, _ in toks[:k - 1])))
                     or k > 2 and low[k - 2] in lp.naming.auxiliaries):  # "He was, according to the Times, the …"
            return (0, len(text), who, toks[k][1])  # "After midnight, according to F.B.I. reports, he would
            # be driven …", "The Orioles, according to reports, have offered …": a credit between commas
            # inside the clause, no verb before it, credits all of it
        return (0, toks[k - 1][1], who, toks[k][1])  # "…, according to court records."
    if not (j < n and toks[j][0] != "." and phrase_stop(toks, j, lp, more)):
        # No comma ends the credit. Where the name ends, the credit does ("According to Woodburn
        # police an officer arrived …"), or its clause does ("… according to the AP and was
        # battled …"); a credit that runs to the sentence's end credits what came before it.
        plural = _plural_end(toks, low, k + 2, lp) if k == 0 and toks[k + 2][0][:1].islower() else None
        end = plural or _name_end(toks, low, k + 2, lp)  # "According to news broadcasts anarchists have …",
        # "According to various reports Tara Reid's representative … left": the reports are the credit
        if end is not None and low[end - 1] in lp.voice.credit_joiners:
            return (0, toks[k][1], speaker_text(toks[k + 2:end - 1], lp), toks[k][1])
        if end is not None and k == 0:
            return (toks[end][1], len(text), speaker_text(toks[k + 2:end], lp), toks[k][1])
        if k > 0:
            return (0, toks[k][1], who, toks[k][1])  # "The building is a total loss according to the City."
    plural = _plural_end(toks, low, k + 2, lp) if k == 0 and toks[k + 2][0][:1].islower() else None
    if plural is not None and plural < j and toks[plural][0][:1].isupper():
        return (toks[plural][1], len(text), speaker_text(toks[k + 2:plural], lp), toks[k][1])  # "According to
        # various reports Jo Park, the captain, left …": the reports, not "various reports Jo Park"
    dashes = ("-", "—", "–")
    if j < n and toks[j][0] in dashes:  # "According to X's testimony -- an account confirmed by Y -- he …":
        while j < n and toks[j][0] in dashes:  # the aside between dashes is the credit's, the clause after
            j += 1  # it the content; one dash alone ends the credit
        opened = j - 1
        while j < n and toks[j][0] not in dashes + (".", ";"):
            j += 1
        if j >= n or toks[j][0] not in dashes:
            j = opened
        while j + 1 < n and toks[j + 1][0] in dashes:
            j += 1
    while j < n and toks[j][0] not in (",", ".", ";") + dashes:
        j += 1  # past "(MOFCOM)" to the comma that ends the credit
    j = _past_aside(toks, low, j, lp)  # "According to the study, published in The Lancet, the drug …"
    start = toks[j + 1][1] if j + 1 < n else len(text)  # from the first word after the comma
    return (start, len(text), who, toks[k][1])


def _past_aside(toks, low, j: int, lp: LanguagePack) -> int:
    """The comma that closes an aside on the credit right after the comma at j, a participle's or a
    relative clause's ("According to the study, published in The Lancet, …", "According to the
    report, which was released Monday, …"), or j: what follows the aside is the credited clause. A
    participle with a finite verb after it before the comma opens the clause itself ("According to
    police, injured people were taken to hospital, and …")."""
    n = len(toks)
    if j + 2 >= n or toks[j][0] != "," or not toks[j + 1][0].islower() or lp.word_tag is None:
        return j
    relative = low[j + 1] in (lp.voice.relative_pronouns | lp.voice.object_relatives) - lp.voice.complementizers
    if not relative and lp.word_tag(low[j + 1]) != "VBN":
        return j
    close = next((c for c in range(j + 2, min(n - 1, j + 2 + MAX_SPEAKER_TOKENS)) if toks[c][0] == ","), None)
    if close is None or lp.tagger is None:
        return j
    tags = lp.tagger(tuple(t for t, _, _ in toks))
    return close if relative or not any(tag in FINITE for tag in tags[j + 2:close]) else j


def _apposed_name(toks, j: int, lp: LanguagePack) -> int | None:
    """Where a person's name of two to four words after the comma at `j` ends the sentence
    ("…, according to her publicist, Jack Ketsoyan."), or None (not "According to police, Ana Ruiz,
    34, was driving": a name before a clause's verb is its subject)."""
    n = len(toks)
    if j >= n or toks[j][0] != ",":
        return None
    m = j + 1
    while m < n and m - j <= 5 and toks[m][0] not in (",", "."):
        m += 1
    words = [t[0] for t in toks[j + 1:m]]
    if not short_name(words, lp) or m < n - 1:
        return None
    return m


def credit_frame(text: str, toks, low, k: int, lp: LanguagePack) -> tuple[int, int, str, int] | None:
    """The frame of "according to X" at k, or None where X is what something keeps to, not a
    source: its first word or its head is one of the pack's `not_credited` ("according to (the)
    law", "to plan", "to the Turkmen constitution"); a compound after that first word is a source
    ("according to law enforcement sources")."""
    n = len(toks)
    if k + 2 >= n:
        return None  # "according to" with nothing after it credits nobody
    at = k + 3 if k + 3 < n and low[k + 2] == lp.naming.definite_article else k + 2
    compound = at + 1 < n and low[at + 1].isalpha() and toks[at + 1][0].islower() \
        and low[at + 1] not in lp.naming.closed
    if at < n and low[at] in lp.voice.not_credited and not compound:
        return None
    credit = according_frame(text, toks, low, k, lp)
    head = credit[2].split()[-1:]
    return None if head and head[0].lower() in lp.voice.not_credited else credit


def _setting(toks, low, start: int, end: int, lp: LanguagePack) -> int:
    """Where a credit's source ends before its setting: "on" or "in" (the pack's
    `credit_settings`) before a date ("Finjan's blog on November 27"), or after a name and before a
    lower-case word ("researcher Rahul Mohandas on the McAfee blog"); `end` when there is none.
    After a common noun the phrase names the source ("a report in the Los Angeles Times", "the
    officers involved in the shooting"), unless only a date follows the participle ("charges filed
    Friday": where the source ends; "the advisory Microsoft also published today": before the
    name of an object relative clause)."""
    slots = lp.slots
    for i in range(start + 1, end - 1):
        if toks[i][0].islower() and lp.word_tag is not None and lp.word_tag(low[i]) in ("VBN", "VBD") \
                and all(is_date_word(low[x], slots) or low[x] in lp.voice.time_words | lp.voice.time_fillers
                        for x in range(i + 1, end)):
            subject = i
            while subject > start and lp.word_tag(low[subject - 1]) == "RB":
                subject -= 1
            while subject > start + 1 and toks[subject - 1][0][:1].isupper() and toks[subject - 2][0][:1].isupper():
                subject -= 1
            if subject > start + 1 and toks[subject - 1][0][:1].isupper() and toks[subject - 2][0].islower() \
                    and low[subject - 2] not in lp.naming.prepositions | lp.naming.articles:
                return subject - 1  # "the security advisory Microsoft also published today": whose it is, not who
            return i  # "according to charges filed Friday": when they were filed, not whose they are
        after = toks[i + 1][0]
        if low[i] in lp.voice.obtained_participles and low[i + 1] == lp.voice.view_agent:
            return i  # "a police report obtained by the Associated Press": the report, not who obtained it
        if low[i] in lp.voice.credit_settings and (
                after[:1].isdigit() or after.lower() in slots.months + slots.weekdays
                or after[:1].islower() and toks[i - 1][0][:1].isupper()):
            return i
    return end


def _name_end(toks, low, j: int, lp: LanguagePack) -> int | None:
    """The index of the first lower-case word after a name (or a speaker noun) that cannot
    continue it ("of", "and", "the" after "of" can), from j; None when the name runs on."""
    named = False
    for i in range(j, min(len(toks), j + MAX_SPEAKER_TOKENS)):
        word = toks[i][0]
        if named and word[:1].islower() and word.lower() not in lp.voice.credit_joiners | lp.voice.speaker_nouns \
                and not (word.lower() == lp.naming.definite_article and low[i - 1] == lp.naming.of_word):
            return i
        named = named or word[:1].isupper() or word.lower() in lp.voice.speaker_nouns
    return None


def _plural_end(toks, low, j: int, lp: LanguagePack) -> int | None:
    """After a credit of lower-case words with no comma, the index after its first plural noun
    (by the pack's tagger) when a new noun phrase and a finite verb follow ("According to news
    broadcasts anarchists have occupied …": the broadcasts are the credit); None otherwise."""
    if lp.tagger is None:
        return None
    words = tuple(t for t, _, _ in toks[j:])
    tags = lp.tagger(words)
    for i, tag in enumerate(tags[:-2]):
        if toks[j + i][0] in (",", ";", "."):
            return None
        plural = tag == "NNS" or toks[j + i][0].islower() and lp.word_tag is not None \
            and lp.word_tag(low[j + i]) == "NNS"  # "reports" the tagger calls a name before capitals
        if plural and low[j + i + 1] not in lp.naming.prepositions | lp.voice.credit_joiners \
                and any(t in FINITE for t in tags[i + 2:]):
            return j + i + 1
    return None


def phrase_stop(toks, j: int, lp: LanguagePack, more: tuple[str, ...] = ()) -> bool:
    """A speaker phrase ends here: a comma, semicolon or full stop that is not an abbreviation's
    ("Lt. Gerry Scherlinck", "Gov. Heidar Alishvandi")."""
    t = toks[j][0]
    if t == "." and j > 0 and (toks[j - 1][0].lower() in lp.voice.role_words | lp.voice.name_abbreviations | {
            r.rstrip(".") for r in lp.voice.role_words} or (len(toks[j - 1][0]) == 1 and toks[j - 1][0].isupper()
                                                             and j + 1 < len(toks) and toks[j + 1][0][:1].isupper())):
        return False  # "Lt. Gerry Scherlinck", "Patrick J. Buchanan"
    if t == "." and 0 < j < len(toks) - 1 and _INITIALISM.fullmatch(toks[j - 1][0]):
        return False  # "according to F.B.I. surveillance reports", "General Manager A.J. Smith"
    if t == "." and 0 < j < len(toks) - 1 and toks[j + 1][0][:1].isdigit() \
            and (toks[j - 1][0].lower() in lp.slots.months or toks[j - 1][0].lower() in lp.voice.number_signs):
        return False  # "on Nov. 7", "said Juror No. 8"
    return t in (",", ".", ";") or t in more


def opening_credit(text: str, toks, low, lp: LanguagePack) -> tuple[int, int, str, int] | None:
    """The frame of a one-word credit opening the sentence before a comma ("Per THR, the talks are
    delicate": THR's; "In the words of one analyst, …", the pack's `in_the_words_of`), read as
    "according to X, …" is; None where no comma ends a source (a name, or an article and a noun)
    within a speaker phrase's length, or the source is one the pack does not credit ("Per the
    contract, …")."""
    n = len(toks)
    words_of = len(lp.voice.in_the_words_of)  # "In the words of one analyst, …": a longer opening
    lead = words_of if tuple(low[:words_of]) == lp.voice.in_the_words_of else 1
    if n < 3 + lead or lead == 1 and low[0] not in lp.voice.opening_credits or not toks[0][0][:1].isupper():
        return None
    comma = next((j for j in range(lead + 1, min(n, MAX_SPEAKER_TOKENS + lead + 1)) if toks[j][0] == ","), None)
    if comma is None or comma + 1 >= n:
        return None
    source = toks[lead:comma]
    first = 1 if low[lead] in lp.naming.articles | lp.voice.counted and len(source) > 1 else 0
    if not all(t[0][:1].isalnum() or t[0] in ("'", "’", ".", "-", "&") for t in source) \
            or not (source[first][0][:1].isupper() or low[lead + first] in lp.voice.speaker_nouns
                    or lead > 1 and names_someone(source, lp)) \
            or low[comma - 1] in lp.voice.not_credited or low[lead + first] in lp.voice.not_credited:
        return None
    return (toks[comma + 1][1], len(text), speaker_text(source, lp), toks[0][1])


def as_frame(toks, low, lp: LanguagePack) -> tuple[int, int] | None:
    """(verb index, comma index) of a sentence opening "As X said, …" ("As the President explained,
    …", "As the WSJ notes, …", "As Jo Park said Thursday, …", "As one resident put it, …"): X
    speaks what follows the comma, as "According to X, …" credits it. None when no verb of saying
    comes within a speaker phrase's length or a word after the verb is no setting of it (a day, a
    preposition's phrase, an adverb): "As he said this, the crowd cheered" reports nothing."""
    n = len(toks)
    if n < 6 or low[0] != lp.voice.view_as or not toks[0][0][:1].isupper():
        return None
    k = next((j for j in range(2, min(n, MAX_SPEAKER_TOKENS + 2)) if toks[j][0].islower() and (
        low[j] in lp.voice.reporting_verbs or low[j] in lp.voice.put_it[0] and low[j + 1] == lp.voice.put_it[1])), None)
    if k is None or any(not t[0][:1].isalnum() for t in toks[1:k]):
        return None
    comma = next((j for j in range(k + 1, min(n - 1, k + 2 + MAX_SPEAKER_TOKENS)) if toks[j][0] == ","), None)
    if comma is None:
        return None
    if low[k] in lp.voice.put_it[0]:  # "As one resident put it, …": her words (not "As he put it down, …")
        return (k, comma) if comma == k + 2 else None
    return (k, comma) if _setting_only(toks, low, k + 1, comma, lp) else None


def as_frame_at_end(toks, low, lp: LanguagePack, by: Callable[[str, int], str]) -> tuple[int, int, str, int] | None:
    """The frame (content start, end, speaker, verb offset) of a sentence that ends ", as X said"
    ("Such quakes are common here, as seismologists have long warned.", "…, as the ministry noted
    on Monday."): the clause before the comma is X's (`by` resolves X), as the clause after "As X
    said," is. None when a word after the verb is no setting of it ("…, as he said goodbye."), no
    verb of saying comes within a speaker phrase's length of "as" ("…, as police arrived.") or the
    verb foretells ("…, as analysts had predicted": the writer says it came true)."""
    n = len(toks)
    end = n - 1 if n and not toks[-1][0][:1].isalnum() else n
    for c in range(2, end - 2):
        if toks[c][0] != "," or low[c + 1] != lp.voice.view_as:
            continue
        k = next((j for j in range(c + 3, min(end, c + 2 + MAX_SPEAKER_TOKENS))
                  if low[j] in lp.voice.reporting_verbs and toks[j][0].islower()), None)
        if k is not None and low[k] not in lp.voice.foretelling_verbs \
                and all(t[0][:1].isalnum() for t in toks[c + 2:k]) and _setting_only(toks, low, k + 1, end, lp) \
                and (found := speaker_before(toks, low, k, lp)) is not None:
            return 0, toks[c][1], by(speaker_text(found[0], lp), k), toks[k][1]
    return None


def _setting_only(toks, low, start: int, end: int, lp: LanguagePack) -> bool:
    """Whether the words from start to end only set a verb of saying in time or place: empty, or
    opening with a time word, a date, a preposition or an adverb, with no "that" or mark after it
    ("said Thursday", "noted in a statement"; not "said this", "said that …")."""
    if start >= end:
        return True
    first = low[start]
    return (first in lp.voice.time_words or is_date_word(first, lp.slots) or first in lp.naming.prepositions
            or first.endswith(lp.voice.adverb_endings)) \
        and not any(w in lp.voice.complementizers or not toks[j][0][:1].isalnum()
                    for j, w in enumerate(low[start:end], start))


def credited_verb(text: str, at: int, lp: LanguagePack) -> str:
    """The verb of saying at `at`, with the particle the pack's credit word takes ("according to";
    not "confirmed to People", "arguing to the judge": the verb alone; "per" alone)."""
    match = re.match(rf"[\w’'-]+(?:\s+(?:{lp.voice.verb_particles})\b)?", text[at:])  # "said today": no particle
    if not match:
        return ""
    verb = match.group(0).lower()
    return verb if verb.split()[0] == lp.voice.according_to[0] else verb.split()[0]


def agent_frame(toks, low, k: int, lp: LanguagePack) -> tuple[int, int, str, int] | None:
    """A passive verb of saying whose agent follows "by", right after it or after a time phrase
    ("Gigante's death was confirmed by Christine Monaco, a spokeswoman for the FBI", "It has been
    confirmed by publicist Harlan Boll that …", "were described at the time by the administration
    as minor"): the agent speaks, and says the "that" clause after it, else the subject before the
    passive; a verb of naming gives the agent its complement before "by" ('has been labeled
    "suspicious" by the fire chief'); None
    for a request ("was asked by police to leave"), an agent that names no one, or "It" with no
    clause after it."""
    n = len(toks)
    by = agent_by(toks, low, k, lp)  # "described at the time by the Bush administration as minor"
    named = None  # a verb of naming: its complement before "by" ('was labeled "suspicious" by the chief')
    if by is None and low[k] in lp.voice.naming_verbs:
        by = next((j for j in range(k + 2, min(n, k + 1 + MAX_SPEAKER_TOKENS)) if low[j] == lp.voice.view_agent
                   and all(toks[i][0] not in (",", ".", ";", ":") for i in range(k + 1, j))), None)
        named = (toks[k + 1][1], toks[by - 1][2]) if by is not None else None
    if by is None or by + 1 >= n or low[k] in lp.voice.request_verbs | lp.voice.tally_verbs \
            or low[k] in lp.voice.naming_verbs and named is None:
        return None  # (not "a connection was added by his photos", "was called by police")
    j = by + 1
    heads = lp.voice.speaker_nouns | lp.voice.role_words  # "a spokeswoman for the FBI": the preposition is hers
    while j < n and not phrase_stop(toks, j, lp, ("(", ")")) and low[j] not in lp.voice.complementizers \
            and not (j > by + 1 and low[j] in lp.naming.prepositions and low[j] != lp.naming.of_word
                     and (low[j - 1] not in heads or low[j] in lp.voice.trailing_starts | {lp.voice.view_as})) \
            and j - k <= MAX_SPEAKER_TOKENS:
        j += 1  # (to where it says when, where or about what: "by the ministry on Monday", "as a tall man")
    agent = toks[by + 1:j]
    if not names_someone(agent, lp):
        return None  # "by Irving Klaw's spanking photos": no one
    who = speaker_text(agent, lp)
    be = next((i for i in range(k - 1, -1, -1) if low[i] in lp.voice.be_forms), None)
    if be is None or lp.word_tag is None or lp.word_tag(low[be]) in ("VB", "VBG") or low[0] in lp.polarity.negations \
            or any(low[i] in lp.polarity.negations for i in range(be, k)):
        return None  # "It was not confirmed by police that …", "No details were reported by …": nobody
        # says it; "must be confirmed by the Senate": an act to come
    if named is not None:
        return (*named, who, toks[k][1])  # 'has been labeled "suspicious" by James Steele': his word
    if j + 1 < n and low[j] in lp.voice.complementizers:
        return (toks[j + 1][1], toks[-1][2], who, toks[k][1])  # "confirmed by … that Williams died"
    when = j  # "described by French media on Friday as …": a time between the agent and "as"
    while when < n and when - j < 4 and low[when] != lp.voice.view_as and (
            low[when] in lp.voice.time_words | lp.naming.prepositions or is_date_word(low[when], lp.slots)):
        when += 1
    if when + 1 < n and when > j and low[when] == lp.voice.view_as:
        j = when
    if j + 1 < n and low[j] == lp.voice.view_as:  # "described by police as a tall man …"
        return (toks[j + 1][1], view_end(toks, low, k, j + 1, lp), who, toks[k][1])
    if not be or low[0] in lp.voice.expletives or any(t[0] in (",", ";", ":") for t in toks[:be]):
        return None
    end = be
    while end > 1 and lp.word_tag(low[end - 1]) == "RB":
        end -= 1
    return (0, toks[end - 1][2], who, toks[k][1])  # "Gigante's death also was confirmed by …": the death


def names_someone(agent, lp: LanguagePack) -> bool:
    """Whether an agent's tokens name someone who can speak: a name, or a head noun of a speaker or
    a body ("by Irving Klaw's spanking photos", "by his own admission" do not)."""
    return bool(agent) and (agent[-1][0][:1].isupper() or agent[-1][0].lower() in lp.voice.speaker_nouns
                            | lp.sources.org_words)


def view_end(toks, low, k: int, start: int, lp: LanguagePack) -> int:
    """Where the view after "VERBed by X as" ends: at a joined participle with an agent of its own
    ("hailed by the government as an exercise in democracy but dismissed by critics as a sham": the
    sham is the critics'), or at the comma that closes a participle set off by commas ("The
    protesters, branded by the government as terrorists, marched …"); else at the sentence's end."""
    views = lp.voice.view_verbs | lp.voice.object_view_verbs | lp.voice.reporting_verbs
    set_off = any(t[0] == "," for t in toks[max(0, k - 2):k])  # ", both described by colleagues as …, died"
    for j in range(start, len(toks) - 2):
        if low[j] in lp.naming.conjunctions and low[j + 1] in views and low[j + 2] == lp.voice.view_agent:
            before = j - 1 if toks[j - 1][0] == "," else j
            return toks[before - 1][2]
        if toks[j][0] == "," and set_off:
            return toks[j - 1][2]
    return toks[-1][2]


def nameless_passive(toks, low, k: int, lp: LanguagePack) -> tuple[int, int, str, int] | None:
    """A passive verb of saying with "it" as its empty subject and no agent ("It was reported that
    …", "It is believed the gunman fled", "…, it was reported Wednesday."): what it reports is
    someone's, not the outlet's, though nobody is named (the speaker is ""); None otherwise ("The
    fire was reported at 3:33 a.m." reports the fire, "It is said to be …" is a hedge)."""
    n = len(toks)
    if low[k] not in lp.voice.nameless_passive_verbs:
        return None
    be = next((i for i in range(k - 1, max(-1, k - 4), -1) if low[i] in lp.voice.be_forms), None)
    it = be - 1 if be is not None and be > 0 else None
    while it is not None and it > 0 and low[it] in lp.naming.auxiliaries:
        it -= 1  # "it has been confirmed"
    if it is None or low[it] != lp.voice.nameless_subject:
        return None
    after = k + 1
    while after < n and low[after] in lp.voice.time_words:
        after += 1  # "It was announced today that …"
    if after + 1 < n and low[after] in lp.voice.complementizers:
        return (toks[after + 1][1], toks[-1][2], "", toks[k][1])  # "It was reported that …"
    when = lp.voice.time_words | lp.naming.prepositions  # "on Wednesday", "Friday evening"
    if it > 0 and toks[it - 1][0] == "," and all(
            low[i] in when or is_date_word(low[i], lp.slots)
            or not toks[i][0][:1].isalnum() for i in range(k + 1, n)) and not any(
            t in lp.voice.quote_marks for t, _, _ in toks[k + 1:]):
        return (0, toks[it - 1][1], "", toks[k][1])  # "…, it was reported Wednesday." (not "it was confirmed, "…"")
    if it == 0 and after == k + 1 and k + 2 < n and toks[k + 1][0][:1].isalpha() \
            and low[k + 1] not in lp.naming.prepositions and low[k + 1] != lp.naming.to_word and lp.tagger is not None \
            and lp.tagger(tuple(t for t, _, _ in toks[k:k + 3]))[1] in ("DT", "PRP", "NNP", "NNS", "NN", "CD"):
        return (toks[k + 1][1], toks[-1][2], "", toks[k][1])  # "It is believed the gunman fled"
    return None


# "what the Kessian government calls …": a caller of these tags (at most `WHAT_CALLS_WORDS` words)
_CALLER_TAGS = frozenset("DT JJ NN NNS NNP NNPS PRP PRP$ POS CD".split())


def what_calls_frame(toks, low, k: int, lp: LanguagePack,
                     resolve: Callable[[str, int], str]) -> tuple[int, int, str, int] | None:
    """The frame of "what X calls …" with "what" at k ("what critics call a cover-up"): X names
    the words after the verb, to the clause's end; "what is called …" names no caller. X may be a
    noun phrase of a few words ("what the government called intimidation drills").
    `resolve(phrase, index)` makes X a speaker."""
    n = len(toks)
    if low[k] != lp.voice.what_calls or k + 2 >= n or low[k + 1] in lp.voice.be_forms:
        return None
    tags = lp.tagger(tuple(t[0] for t in toks)) if lp.tagger is not None else ()
    c = next((i for i in range(k + 2, min(n, k + 2 + WHAT_CALLS_WORDS)) if low[i] in lp.voice.calling_verbs), None)
    if c is None or c > k + 2 and not (tags and all(tags[i] in _CALLER_TAGS for i in range(k + 1, c))):
        return None
    phrase = " ".join(t[0] for t in toks[k + 1:c])  # one word, or a noun phrase the tags allow
    end = clause_end(toks, c + 1)
    stops = lp.voice.inner_clause_words | lp.polarity.subordinators
    inner = next((i for i in range(c + 1, n) if low[i] in stops), n)
    verb = next((i for i in range(c + 2, inner) if tags and toks[i][1] < end and tags[i] in FINITE), None)
    if verb is not None:
        end = toks[verb - 1][2]  # "What Moscow calls a special operation has killed thousands": the name only
    return toks[min(c + 1, n - 1)][1], end, resolve(phrase, k), toks[c][1]


def agent_by(toks, low, k: int, lp: LanguagePack) -> int | None:
    """The index of the "by" that names the agent of a participle at k, right after it or after
    a time phrase ("portrayed by the government as …", "described at the time by the Bush
    administration as minor", "described on Monday by officials as …"); else None."""
    n = len(toks)
    j = k + 1
    while j < n and j - k <= 4 and low[j] != lp.voice.view_agent and (
            low[j] in lp.voice.time_words or is_date_word(low[j], lp.slots)
            or low[j] in lp.naming.prepositions | lp.naming.articles and j + 1 < n
            and (low[j + 1] in lp.voice.time_words or is_date_word(low[j + 1], lp.slots)
                 or low[j + 1] in lp.naming.articles)):
        j += 1
    return j if j < n and low[j] == lp.voice.view_agent and j - k <= 4 else None
