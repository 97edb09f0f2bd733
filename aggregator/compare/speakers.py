"""Speakers: who a frame of saying names, read from the words around its verb.

Split from `compare/voice.py`, which finds the frames ("X said …", "…, said X", "according to
X"); this module reads the speaker phrase a frame points at: the noun phrase before the verb
(across an appositive or a relative clause), an inverted speaker after it, trimmed to the
speaker's own name (a pronoun is resolved in pronouns.py). Rules over tokens and the language
pack's word lists and tagger, not a parser.
"""

from __future__ import annotations

import re

from .language import LanguagePack
from .lexicon import is_date_word
from .names import is_given_name
from .params import MAX_APPOSITIVE_TOKENS, MAX_SPEAKER_TOKENS
from .speaker_heads import agent_noun, agent_word, conjuncts, contact_clause, has_verb, noun_word, plural_group
from .speaker_words import adverb, comparative_as, initial, name_word, plural_noun_form, short_name, title_before_where

# Finite verb tags (Penn): reported content is a clause ("the officers claim the bullet was
# fired …"); "the storm claimed the life of …" has an object, and reports nobody's words.
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Straight marks close a quotation as well as open one (the pack's pairs hold the curly ones).
_CLOSING_MARKS = frozenset({'"', "'", "’"})
# Tokens that end a speaker phrase read backwards from its verb.
CLAUSE_BREAK = frozenset(", ; : — – - ( ) “ ” \" « » 「 」 『 』".split()) | {"\u2014", "\u2013"}


def inverted_speaker(phrase, stopped: bool, lp: LanguagePack) -> bool:
    """Whether the words after an inverting verb ("…, said Mao Ning.") can be its speaker: they
    end at a comma or full stop, start with no conjunction, preposition, "that" or time word, and
    hold no finite verb (by the pack's tagger): "Her agent, Mark Roesler, said Page died
    yesterday …" and "…, said on Wednesday that it would …" report content after the verb."""
    if not phrase or not stopped:
        return False
    first = phrase[0][0].lower()
    if first in lp.naming.conjunctions | lp.naming.prepositions | lp.voice.complementizers | lp.voice.time_words:
        return False
    if lp.tagger is None:
        return True
    words = tuple(t for t, _, _ in phrase)
    tags = lp.tagger(words)
    for i, (word, tag) in enumerate(zip(words, tags)):
        low = word.lower()
        if low in lp.voice.speaker_pronouns and len(words) > 1 or low in lp.naming.auxiliaries:
            return False  # "said he backed King", "said Dr. Benjamin has …"
        before_noun = i + 1 < len(words) and tags[i + 1] in ("NN", "NNS") \
            and words[i + 1].lower() not in lp.voice.time_words
        if tag in FINITE and word[:1].islower() and not before_noun:
            return False  # "said Page died yesterday …"; "Trend Micro advanced threat researcher" is a noun phrase
    return True


def _role_opens(low: list[str], i: int, end: int, lp: LanguagePack) -> bool:
    """Whether the aside from i opens, past an article, with a few lower-case words holding a role
    word before its "of" or "for" ("head of house production for …", "the acting governor of …"):
    a role of the name before the aside, so that name speaks, not the body after "of"."""
    i += low[i] in lp.voice.speaker_articles
    for j in range(i, min(end, i + 3)):
        if low[j] in lp.voice.role_words:
            return j + 1 < end and low[j + 1] in lp.sources.head_ends
        if not low[j].isalpha():
            return False
    return False


def speaker_before(toks, low, k, lp: LanguagePack) -> tuple[list, int] | None:
    """The speaker phrase right before the verb at k, across an appositive ("X, a fellow, told"),
    with the index of the token before it (-1 at the start of the sentence)."""
    j = k - 1
    while j >= 0 and (adverb(toks[j][0], lp) or low[j] in lp.voice.before_verb):
        j -= 1  # "MOFCOM further stressed", "officials have said"; but "Mr. Kelly said" is a name
    verb_end = j
    while j >= 0 and low[j] in lp.voice.time_words and not (j > 0 and toks[j][0][:1].isupper()
                                                           and not is_date_word(low[j], lp.slots, relative=False)):
        j -= 1  # "Japan on Tuesday said", "a spokesperson that same day criticized"; "USA Today" is a name
        while j >= 0 and low[j] in lp.voice.time_fillers:
            j -= 1
    if 0 < j < verb_end and toks[j][0].islower() and low[j].endswith("ed") and lp.word_tag is not None \
            and lp.word_tag(low[j - 1]) in ("NN", "NNS"):
        j = verb_end  # "A poll published on Sunday found that …": the day is the participle's, kept in the phrase
    if j >= 0 and toks[j][0] == ")":
        while j >= 0 and toks[j][0] != "(":
            j -= 1  # "the Nomura Research Institute (NRI) assessed"
        j -= 1
    end = j + 1
    if j >= 0 and toks[j][0] in _DASHES and (dashed := _name_before_dashes(toks, j, lp)) is not None:
        return dashed  # "Jonathan Wright - director of wholesale products at Interoute - told the BBC"
    if j >= 0 and toks[j][0] == ",":
        # An appositive: "Xiang Haoyu, a research fellow at …, told" → the name before it.
        a = j - 1
        while a >= 0 and toks[a][0] != "," and j - a <= MAX_APPOSITIVE_TOKENS:
            a -= 1
        if a < 0 or toks[a][0] != "," or j - a > MAX_SPEAKER_TOKENS + 1 and low[a + 1] not in \
                lp.voice.speaker_articles | lp.voice.new_referent | lp.voice.possessive_determiners \
                | lp.voice.relative_pronouns:
            return None  # a long aside opens with "a"/"the", "another", "his" or "who": an appositive, not a
            # clause
        inner = toks[a + 1:j]
        # the name's words, past a middle initial's or a title's full stop ("John W. Nields",
        # "Col. Ivo Stran")
        words_in = [t for i, t in enumerate(inner) if not (t[0] == "." and i and (
            initial(inner[i - 1][0]) or inner[i - 1][0].lower() in lp.voice.role_words | lp.voice.name_abbreviations))]
        names = [t[0] for t in words_in]
        if 1 <= len(words_in) <= 4 and all(name_word(names, i, lp) for i in range(len(names))) \
                and not (len(words_in) == 1 and (
                words_in[0][0] in lp.naming.stop_caps or a == 0 or not toks[a - 1][0][:1].islower())):
            # "Another provincial official, Ghasem Karami, told", "the operator, Seacom, said" (one word
            # only after a common noun: "Gary Gomes of New Bedford, Massachusetts," is a place)
            of_at = next((i for i in range(a - 2, max(-1, a - 5), -1) if low[i] == lp.naming.of_word), None)
            if of_at is not None and toks[a - 1][0].islower() and of_at > 0 and toks[of_at - 1][0][:1].isalpha() \
                    and names[-1].lower() in lp.sources.company_name_words | lp.sources.org_words:
                of_start = _phrase_start(toks, low, of_at - 1, of_at, lp)  # "An employee of another
                holder = trimmed_phrase(toks[of_start + 1:of_at], lp)  # nearby business, Relaxus Massage Products,
                return (holder, of_start) if holder else None  # said": the business is named, the employee speaks
            return inner, a
        if _role_then_name(names, lp) and a > 0 and toks[a - 1][0][:1].islower():
            return inner, a  # "the candidate, regional bureaucrat Resulberdy Mammedov, said": the name
        cut = names.index(lp.voice.speakers_and) if names.count(lp.voice.speakers_and) == 1 else 0
        if cut and a > 0 and toks[a - 1][0][:1].islower() \
                and all(short_name(part, lp) for part in (names[:cut], names[cut + 1:])):
            return inner, a  # "The two reporters who broke the story, Carl Bernstein and Bob Woodward, have
            # maintained": the two named
        end = a
        j = a - 1
        if inner and inner[0][0][:1].islower() and low[a + 1] not in lp.voice.speaker_articles:
            # the appositive holds a list: "William L. Kovacs, the Chamber's vice president of
            # environment, technology and regulatory affairs, said" → back to its article
            b = a - 1
            while b >= 0 and toks[b][0] != "," and a - b <= MAX_SPEAKER_TOKENS:
                b -= 1
            if b > 0 and toks[b][0] == "," and low[b + 1] in lp.voice.speaker_articles and toks[b - 1][0][:1].isupper():
                end, j = b, b - 1
        if j >= 1 and toks[j - 1][0] == "," and (toks[j][0].isupper() or toks[j][0].isdigit()):
            end, j = j - 1, j - 2  # "Jorge Alsip, MD, the medical society's president, said": past "MD"
    start = _list_in_name(toks, low, _phrase_start(toks, low, j, end, lp), end, lp)
    if 0 <= start < end - 1 and toks[start][0] == "," and toks[start + 1][0] in _CLOSING_MARKS - CLAUSE_BREAK:
        start += 1  # "'…,' he said": a single mark (an apostrophe elsewhere) is no clause break, so the
        # phrase ran back past it to the comma; the mark closes the quotation before the speaker
    phrase = trimmed_phrase(toks[start + 1:end], lp)
    first = toks.index(phrase[0]) if phrase else 0
    contact = None
    if len(phrase) > 2 and first >= 2 and low[first - 1] in lp.voice.speaker_articles and toks[first - 2][0] == "," \
            and phrase[1][0] in lp.voice.speaker_articles and lp.word_tag is not None \
            and lp.word_tag(phrase[0][0]) in ("NN", "NNS"):  # "…, a charge the company denies": the company
        phrase = phrase[2:]  # (the comma before stays where the phrase starts: a trailing frame)
    elif phrase and (low[k] in lp.voice.naming_verbs | lp.voice.view_verbs | lp.voice.object_view_verbs
                     or _gap_after(low, k, lp)) \
            and (contact := contact_clause([t[0] for t in toks], low, first, end, lp)) is not None:
        start, phrase = contact - 1, phrase[contact - first:]  # "drew a response the union called absurd": the union
        if len(phrase) > 1 and low[contact] in lp.voice.speaker_articles:
            start, phrase = contact, phrase[1:]  # (the article is no speaker's word, as in "a charge the company …")
    if low[k].endswith("ing"):  # "… at 68 percent with 60 percent of those polled saying": the 60 percent
        absolute = next((i for i, t in enumerate(phrase) if i and t[0].lower() == lp.voice.absolute_with
                         and phrase[i - 1][0].lower() not in lp.voice.speaker_nouns), None)  # not "an official with"
        if absolute is not None:
            start, phrase = toks.index(phrase[absolute]), phrase[absolute + 1:]
    if start >= 1 and toks[start][0] == "," and phrase and toks[start - 1][0][:1].isupper() and (
            all(t[0][:1].isupper() for t in phrase) and phrase[-1][0].lower() in lp.voice.role_words
            or phrase[0][0][:1].isupper() and title_before_where(phrase, lp)
            and all(t[0][:1].isupper() or t[0] in lp.naming.prepositions
                    | {lp.voice.speakers_and} for t in phrase)
            or low[start + 1] in lp.voice.speaker_articles and phrase[0][0].lower() in lp.voice.role_words
            or _role_opens(low, start + 1, end, lp)):
        # (or "the" and a role after a name, a second aside after it: "Abdolreza Sheikholeslami, the
        # governor of Hormozgan Province, the center of the damaged area, said", "John Christie, head
        # of house production for Paperny Films, located down the street, said")
        # (or a capitalised title and where: "Peter Guest, Assistant Chief Fire Officer at Surrey
        # Fire and Rescue Service says")
        # "Captain Manohar Nambiar, Chief Public Relations Officer, Defence, said": a title between
        # commas after a name is the name's, and the name speaks
        before = _phrase_start(toks, low, start - 1, start, lp)
        name = trimmed_phrase(toks[before + 1:start], lp)
        if name and any(t[0].lower() not in lp.voice.role_words for t in name) \
                and not has_verb([t[0] for t in name], lp) \
                and low[before + 1] not in lp.naming.prepositions and not (  # "In a post on Telegram, the governor
                    lp.word_tag is not None and lp.word_tag(low[before + 1]) == "VBG"):  # said", "Speaking in Kyiv, …"
            start, phrase = before, name
    after_quote = _after_quotation(toks, start, phrase, lp, k)
    in_relative = start >= 0 and low[start] in lp.voice.relative_pronouns and bool(phrase) \
        and phrase[0][0].islower() and lp.word_tag is not None \
        and lp.word_tag(phrase[0][0]) in ("VBD", "VBN", "VBZ", "VBP")
    # "Scientists who tracked 300,000 people … found": the clause "who" opens with its verb is never
    # the speaker (but "men who agents said were …": "agents" are)
    if (not names_speaker(phrase, lp) or in_relative) and not after_quote:
        # "The officer who fired the shot says …": the relative clause is not the speaker; the
        # noun phrase before "who" is.
        rel = start if in_relative else _relative_before(toks, low, end, lp)
        if rel is None:
            says = (low[k] in lp.voice.reporting_verbs or contact is not None) \
                and not (start >= 0 and low[start] in lp.naming.prepositions)
            group = plural_group(phrase, lp) or (phrase if agent_noun(toks[start + 1:end], lp, says) else [])
            # "…, fire crews said", "subsequent rumors suggested", "The coroner said"
            return (group, start) if group else None
        stop = rel - 1 if rel > 1 and toks[rel - 1][0] == "," else rel  # "by police, who said …"
        start = _phrase_start(toks, low, stop - 1, stop, lp)
        phrase = trimmed_phrase(toks[start + 1:stop], lp)
        agent = max((i for i, t in enumerate(phrase) if t[0].lower() == lp.voice.view_agent), default=-1)
        phrase = phrase[agent + 1:]  # "was killed by police who claim …": the agent is the speaker
        while len(phrase) > 1 and phrase[0][0].lower() in lp.naming.articles:
            phrase = phrase[1:]  # "stopped by the police, who said …": the article is no speaker's word
        head = phrase[-1][0] if phrase else ""
        if head.lower() in lp.voice.person_nouns - lp.voice.speaker_nouns:  # "testimony from a man who claims …":
            prep = max((i for i, t in enumerate(phrase) if t[0].lower() in lp.naming.prepositions), default=-1)
            phrase = trimmed_phrase(phrase[prep + 1:], lp)  # the man, a speaker as a phrase's head only
        agent = agent_word(head.lower(), lp)  # "A climber who watched his brother fall said …"
        verbal = has_verb([t[0] for t in phrase], lp)
        person = _person_ending(phrase, lp) if stop < rel and verbal else []
        group = _group_ending(phrase, lp) if stop < rel and verbal and not person else []
        if person or group:  # "Police arrested Jo Park, who said …": the name the clause ends with (not "the
            phrase, head = person or group, (person or group)[-1][0]  # MV Gibe"), or its group ("… from rights
            verbal = has_verb([t[0] for t in phrase], lp)  # groups, who said …")
        if not group and not (names_speaker(phrase, lp) or agent) or verbal \
                or low[k - 1] in lp.voice.verb_coordinators and rel < k - 2 \
                or not (head.lower() in lp.voice.speaker_nouns | lp.voice.person_nouns or agent or group
                        or (head[:1].isupper() and (phrase[-1][1] > 0 or stop < rel))):  # "Reid, who …"
            return None  # "To those who …", "Students who carried signs saying …": no speaker noun; "…
            # needs to put chains on Wylie, who …": a clause, no speaker phrase
    if phrase[0][0].lower() in lp.voice.no_speaker_before:
        return None  # "Might I suggest …", "Did they say …": a question, not a frame
    words = [t for t, _, _ in phrase]
    if {w.lower() for w in words if w[:1].isalnum() and not (  # "You never see that …": an adverb aside
            w.islower() and lp.word_tag is not None and lp.word_tag(w) == "RB")} <= lp.voice.addressee_pronouns:
        return None  # "'You think this is a prank, but …'": whoever is addressed is no speaker
    if words[0].lower() in lp.voice.negated_subjects:
        return None  # "Neither Perlo nor his co-counsel ever claimed …": nobody said it
    if len(words) > 1 and words[-1].lower() in lp.voice.speaker_pronouns - {"it"} \
            and words[-2].lower() not in lp.voice.object_relatives | {lp.voice.speakers_and, lp.voice.what}:
        phrase, words = phrase[-1:], words[-1:]  # "in April 2003 he admitted", "Every year we see", "the
        # people they claimed were …": the pronoun is the subject ("what they say" reports nothing)
    # "the U.S. Geological Survey in Golden, Colo." / "the BBC's Frances Harrison in Tehran":
    # the place after "in" is where the speaker is, not who.
    for i, w in enumerate(words[1:], start=1):
        if w.lower() in lp.voice.place_prepositions and words[i - 1].lower() in lp.voice.speaker_pronouns:
            phrase, words = phrase[i - 1:i], words[i - 1:i]  # "she in the Diet said": she spoke, in the Diet
            break
        named = words[i - 1][:1].isupper() or words[i - 1][:1].isdigit() or (
            (words[i - 1].lower() in lp.voice.speaker_nouns or noun_word(words[i - 1], lp)
             or i > 1 and words[i - 1].lower().endswith("ed") and words[i - 1][:1].islower()
             and (words[i - 2].lower() in lp.voice.speaker_nouns or noun_word(words[i - 2], lp)))
            and w.lower() not in lp.voice.source_prepositions)  # "Local evening news in Michigan"
        # ("residents interviewed in Athens": a participle after the noun, the place after it)
        # "10News in San Diego", "police in Palermo"; but "a statement from Waitrose" is Waitrose's
        place = i + 2 if i + 2 < len(words) and words[i + 1].lower() in lp.voice.speaker_articles \
            and words[i - 1].lower() in lp.voice.speaker_nouns else i + 1  # "prosecutor in the Costello case"
        if w.lower() in lp.voice.place_prepositions and named and words[place:place + 1] \
                and (words[place][:1].isupper() or words[place][:1].isdigit()):  # "on 117th Street"
            phrase, words = phrase[:i], words[:i]
            break
        if w.lower() in lp.voice.place_noun_prepositions and i + 2 < len(words) \
                and words[i + 1].lower() in lp.voice.speaker_articles and words[i + 2].lower() in lp.voice.place_nouns:
            phrase, words = phrase[:i], words[:i]  # "residents at the village of Gavarzin"
            break
    lows = [w.lower() for w in words]
    at = next((m for i in range(2, len(words) - 1) if (m := comparative_as(phrase, lows, i, lp)) is not None), None)
    if at is not None:  # "People as far away as Tehran said": the people speak, the place is how far
        phrase, words = phrase[:at], words[:at]
    if {w.lower() for w in words} & lp.voice.question_auxiliaries:
        return None  # "What do you think about …?": a question, not a frame
    # Trailing adverbials: "Police at first" → "Police".
    heads = lp.voice.speaker_nouns | lp.voice.title_words | lp.voice.role_words
    phrase_words = list(words)
    nouns = after_quote or not has_verb(_without_participle(words, lp)[:-1], lp)  # "the Taradise star",
    # "Initial estimates", "the injured men"; not "Police arrested a man"
    while len(words) > 1 and (words[-1][:1].islower() or _YEARS.fullmatch(words[-1]) and words[-2][:1].islower()) \
            and words[-1].lower() not in heads and not lp.naming.name_prefix.match(words[-1]) \
            and words[-1].lower().removesuffix("s") not in heads and not (nouns and noun_word(words[-1], lp)) \
            and not words[-2].endswith(("'", "’", "'s", "’s")):  # "knowledge of the 76ers' thinking": possessed
        phrase, words = phrase[:-1], words[:-1]  # "the Interior and Commerce departments", "… in the 1990s"
    if len(words) < len(phrase_words) and words[-1][:1].isupper() and len(words) > 1 \
            and words[-2].lower() in lp.naming.determiners and noun_word(phrase_words[len(words)], lp) \
            and phrase_words[len(words)].lower() not in lp.voice.time_words:
        return None  # "… killed by a stray bullet on a Boston street last year said": "Boston" modifies
        # the street, and the phrase, cut at its length, holds no speaker
    if any(w.lower() in lp.naming.auxiliaries for w in words):
        return None  # "a trial date has been set in the case of a son accused …": a clause, no speaker
    # Keep the speaker's own noun phrase: "a self-ruled island Beijing" → "Beijing", but keep
    # "Iran's seismologic center" whole (nothing capitalised follows the lower-case word).
    cut = 0
    kept = (lp.voice.speaker_nouns - lp.voice.body_voices - lp.voice.document_nouns) | lp.voice.title_words \
        | lp.voice.connectors  # "a representative of Axxess", "Celebrity website TMZ": the name after speaks
    for i, w in enumerate(words[:-1]):
        conjunct = next((c for c in range(i + 1, len(words)) if words[c] == lp.voice.speakers_and), len(words))
        plural = lp.word_tag is not None and lp.word_tag(w.lower()) == "NNS"  # "the witnesses District Attorney
        # Jo Park's office has asked …": a title before a name is singular ("website TMZ")
        if w[:1].islower() and (w.lower() not in kept or plural
                                or w.lower().removesuffix("s") in lp.voice.document_nouns) \
                and any(x[:1].isupper() for x in words[i + 1:conjunct]) and not name_word(words, i, lp):
            cut = i + 1  # (a name after "and" is a second speaker: "the news agency and the Geological Survey")
    first = next((i for i, w in enumerate(words) if w.lower() not in lp.naming.determiners), 0)
    # a noun of people, not "a statement from X", "a representative of X"
    if cut and first + 1 < cut and (words[first].lower() in lp.people_nouns | lp.voice.person_nouns
                                    or first == 0 and _plural_noun(words[0], lp)) \
            and words[first].lower().removesuffix("s") \
            not in lp.voice.document_nouns and words[first + 1].lower() in lp.naming.prepositions:
        cut = 0  # "Residents near the plant of Harbour Chemicals say": the residents speak, a speaker noun
        # and its preposition (not "the fatal police shooting of Kimani Gray"); so does a bare plural
        # noun opening the phrase the list does not hold ("Passengers on a SkyNorth flight said")
    if cut == first + 1 and cut < len(words) - 1 and words[first].lower() in heads | lp.voice.person_nouns \
            and words[cut].lower() in lp.naming.prepositions and words[-1].islower() \
            and words[-1] not in lp.sources.org_words | lp.sources.company_name_words:
        cut = 0  # "the producers of the Academy Awards telecast": a telecast speaks for nobody, its producers do
    if cut and cut < len(words) - 1 and words[cut].lower() in lp.naming.prepositions \
            and words[cut - 1].lower() not in lp.voice.speaker_nouns:
        # "A woman who claims she saw the shooting of Kimani Gray says …": the name is the object
        # of a preposition in a relative clause; the phrase before "who" speaks
        subject = _before_relative(toks, low, toks.index(phrase[0]), lp)
        if subject:
            return subject
    while cut < len(phrase) - 1 and phrase[cut][0].lower() in lp.naming.prepositions:
        cut += 1  # "a representative of Axxess said" → "Axxess", not "of Axxess"
    phrase = phrase[cut:]
    verb = _verb_with_object(toks, phrase, lp)
    if verb == 0:
        # "His wife, Ann, released a statement saying …": whoever does the verb speaks
        return speaker_before(toks, low, toks.index(phrase[0]), lp)
    if verb is not None:
        thing = {t[0].lower().removesuffix("s") for t in phrase[verb + 1:]} & lp.voice.document_nouns
        if not low[k].endswith("ing") and not thing:
            return None  # "Detectives found the car police believe he …": a clause about the object, not
            # the finder's words (nor surely the police's: "the state police believe" reads the same)
        phrase = phrase[:verb]  # "The company released a statement saying …": not its object
    return phrase, start


_DASHES = frozenset("-–—")


def _plural_noun(word: str, lp: LanguagePack) -> bool:
    """A word the pack's word lexicon tags as a plural noun ("Passengers", "fans"); not a name's."""
    return not word.isupper() and lp.word_tag is not None and lp.word_tag(word.lower()) == "NNS"


def _gap_after(low, k: int, lp: LanguagePack) -> bool:
    """A verb of saying with a verb right after it and no subject between ("an election the
    opposition says was stolen", "a charge officials say is false"): the reported clause's subject
    is the noun before the speaker, so the frame may be a relative clause without "that"."""
    return low[k] in lp.voice.reporting_verbs and k + 1 < len(low) \
        and low[k + 1] in lp.naming.auxiliaries | lp.voice.be_forms


def _name_before_dashes(toks, j: int, lp: LanguagePack) -> tuple[list, int] | None:
    """A name of two to four words opening the sentence or a clause, before an aside between
    dashes that ends at `j` ("Jonathan Wright - director of … at Interoute - told"): the name and
    the index before it."""
    a = next((i for i in range(j - 1, max(-1, j - 1 - MAX_APPOSITIVE_TOKENS), -1) if toks[i][0] in _DASHES), None)
    if a is None or a == j - 1:
        return None
    b = a - 1
    while b >= 0 and toks[b][0] not in (",", ";", ":") and a - b <= 5:
        b -= 1
    names = [t[0] for t in toks[b + 1:a]]
    if not short_name(names, lp) or b >= 0 and toks[b][0] not in (",", ";", ":"):
        return None
    return toks[b + 1:a], b


def _in_name(toks, i: int) -> bool:
    """A capitalised word after a capitalised word is part of a name, not a verb ("the United
    States Geological Survey said": "States" is no "states")."""
    return i > 0 and toks[i][0][:1].isupper() and toks[i - 1][0][:1].isupper()


def _phrase_start(toks, low, j: int, end: int, lp: LanguagePack) -> int:
    """The token before a speaker phrase that ends at `end`, read backwards from j."""
    start = j
    while start >= 0 and toks[start][0] not in CLAUSE_BREAK and (
            low[start] not in lp.voice.reporting_verbs or _in_name(toks, start) or start == j and (
                plural_noun_form(low[start], lp) or start and low[start - 1] == lp.voice.participle_people)) \
            and end - start <= MAX_SPEAKER_TOKENS and (low[start] not in lp.voice.boundary_words
                                                       or comparative_as(toks, low, start, lp) is not None or (
                low[start] == lp.voice.speakers_and and start > 0
                and (low[start - 1] in lp.voice.speaker_nouns or toks[start - 1][0][:1].isupper()
                     or _paired_modifiers(toks, low, start, lp)
                     or agent_word(low[start - 1], lp) and toks[start - 1][0].islower()
                     and toks[start + 1][0].isalpha() and toks[start + 1][0].islower()
                     and low[start + 1] not in lp.naming.articles | lp.voice.speaker_pronouns))):
        far = comparative_as(toks, low, start, lp)  # "People as far away as Tehran": past the comparison
        start = far - 1 if far is not None else start - 1  # "officials and state media said": two speakers, kept
        if start > 0 and toks[start][0] == ")":
            opening = next((i for i in range(start - 1, max(0, start - 5), -1) if toks[i][0] == "("), None)
            if opening is not None and toks[opening - 1][0][:1].isupper():
                start = opening - 1  # "Rep. Nick Rahall (D) of West Virginia": a name's aside
    return start


def _paired_modifiers(toks, low, at: int, lp: LanguagePack) -> bool:
    """Whether the "and" at `at` joins two modifiers of one speaker noun ("current and former
    employees", "local and state officials", "past and present members"): an adjective before it,
    an adjective or a noun after it, then a plural noun, all lower-case."""
    if lp.word_tag is None or at + 2 >= len(toks) or not all(toks[i][0].isalpha() and toks[i][0].islower()
                                                              for i in (at - 1, at + 1, at + 2)):
        return False
    return lp.word_tag(low[at - 1]) == "JJ" and lp.word_tag(low[at + 1]) in ("JJ", "NN") \
        and lp.word_tag(low[at + 2]) == "NNS"


def _list_in_name(toks, low, start: int, end: int, lp: LanguagePack) -> int:
    """A phrase start moved back across the commas of a list inside a name: "the Bureau of Alcohol,
    Tobacco, Firearms and Explosives said" is the bureau, not "Firearms and Explosives". Only a
    list of capitalised items after "of" and a capitalised word ("In Washington, Smith and Jones
    said" stays two people)."""
    if start < 1 or toks[start][0] != "," or lp.voice.speakers_and not in low[start + 1:end]:
        return start
    i = start
    while i >= 1 and toks[i][0] == "," and toks[i - 1][0][:1].isupper():
        i -= 1
        while i >= 1 and toks[i - 1][0][:1].isupper():
            i -= 1  # an item of several words ("Land, Infrastructure, Transport and Tourism")
        i -= 1
    if i >= 1 and low[i] == lp.naming.of_word and toks[i - 1][0][:1].isupper():
        return _phrase_start(toks, low, i, end, lp)
    return start


def trimmed_phrase(phrase: list, lp: LanguagePack) -> list:
    """A speaker phrase without what opens it but names nobody: leading noise, time words,
    adverbs and a setting ("Meanwhile the ministry", "In Athens the police", "Twelve hours into the
    investigation authorities", "In 2006 he"): the speaker's own words."""
    placed = False  # a preposition opened the phrase: "In Athens the police", "In Parliament the party …"
    while phrase and (phrase[0][0].lower() in lp.voice.leading_noise | lp.voice.time_words | lp.naming.prepositions
                      or len(phrase) > 1 and adverb(phrase[0][0], lp)):
        placed = placed or phrase[0][0].lower() in lp.naming.prepositions
        phrase = phrase[1:]  # "Meanwhile the ministry", "Despite" (… saying), "Surely she": no speaker there
    unit = 1 if phrase and (phrase[0][0].lower() in lp.voice.elapsed_counts or phrase[0][0][:1].isdigit()) else 0
    if len(phrase) > unit + 2 and phrase[unit][0].lower() in lp.voice.elapsed_units \
            and phrase[unit + 1][0].lower() in lp.naming.prepositions:
        placed, phrase = True, phrase[unit + 1:]  # "Twelve hours into the investigation authorities": when, then who
        nouns = [i for i, t in enumerate(phrase) if i > 1 and t[0].islower() and t[0] in lp.voice.speaker_nouns]
        if nouns and not any(t[0].lower() in lp.voice.speaker_articles for t in phrase[2:nouns[-1]]):
            start = nouns[-1]
            while start > 2 and phrase[start - 1][0][:1].isupper():
                start -= 1  # "… into the search Marion County deputies"
            return phrase[start:nouns[-1] + 1]
    if placed:  # the place or setting ends where the speaker's own article opens ("the police"; not "of the union")
        article = max((i for i, t in enumerate(phrase) if i and t[0].lower() in lp.voice.speaker_articles
                       and phrase[i - 1][0].lower() not in lp.naming.prepositions), default=0)
        if article:
            return trimmed_phrase(phrase[article:], lp)  # "In a statement the company", "In Athens the police"
        if len(phrase) > 1 and phrase[-1][0].lower() in lp.voice.speaker_pronouns:
            return phrase[-1:]  # "In 2006 he": the year is when
    return phrase


def _verb_with_object(toks, phrase: list, lp: LanguagePack) -> int | None:
    """The index in a speaker phrase of a lower-case verb with an object after it ("released a
    statement", "issued a report"), by the pack's tagger over the whole sentence (over a few words
    alone it reads nouns as verbs), or None."""
    if lp.tagger is None or len(phrase) < 3:
        return None
    tags = lp.tagger(tuple(t for t, _, _ in toks))
    at = {id(t): i for i, t in enumerate(toks)}
    for i, tok in enumerate(phrase[:-1]):
        after = phrase[i + 1][0]
        if tok[0][:1].islower() and tags[at[id(tok)]] in ("VBD", "VBZ", "VBP") and after[:1].islower() and (
                after in lp.naming.articles | lp.voice.possessive_determiners
                or after.removesuffix("s") in lp.voice.document_nouns  # "He releases statement saying …"
                or i + 2 == len(phrase) and i > 0 and tags[at[id(tok)]] == "VBD" and lp.word_tag is not None
                and lp.word_tag(tok[0]) in ("VBD", "VBN") and tags[at[id(phrase[i + 1])]] in ("NN", "JJ")
                and after not in lp.voice.time_words):  # "The judge rejected defence claims that …": a noun
            return i  # (not "trade magazine The Hollywood Reporter": a name's "The", the tagger's verb a noun)
    return None


_YEARS = re.compile(r"\d{2,4}(?:['’]?s)?")  # "in the 1990s", "in 2005": when, not who (not "the 76ers")


def names_speaker(phrase: list, lp: LanguagePack) -> bool:
    """A phrase that can be a speaker: a name, a speaker noun ("officials") or a lone pronoun."""
    if not phrase or len(phrase) > MAX_SPEAKER_TOKENS:
        return False
    words = [t for t, _, _ in phrase]
    return (any(w[:1].isupper() for w in words) or bool({w.lower() for w in words} & lp.voice.speaker_nouns)
            or words[-1].islower() and words[-1] in lp.sources.org_words  # "The fire service said", "the board"
            or words[-1] in lp.sources.agencies  # "dpa reported": an agency that writes its name in lower case
            or (len(words) == 1 and words[0].lower() in lp.voice.speaker_pronouns | lp.voice.one_of)
            or words[-1].lower() in lp.voice.person_nouns and lp.voice.what not in {w.lower() for w in words}
            and not has_verb(_without_participle(words, lp), lp))


def _without_participle(words: list[str], lp: LanguagePack) -> list[str]:
    """The words of a noun phrase less a participle right before its last word, which is the head's
    adjective ("the injured men", "a grieving mother"), not a verb."""
    if len(words) > 1 and words[-2].islower() and words[-2].endswith(lp.naming.participle_endings):
        return words[:-2] + words[-1:]
    return words


def _role_then_name(words: list[str], lp: LanguagePack) -> bool:
    """Words of an appositive that are a role of lower-case words ending in a noun, then a name
    of two words or more ("regional bureaucrat Resulberdy Mammedov", "attorney John Smith"; not
    "maker of Windows Vista", which holds a preposition)."""
    at = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
    role, name = words[:at], words[at:]
    return 1 <= len(role) <= 3 and len(name) >= 2 and all(w.isalpha() and w.islower() for w in role) \
        and not set(role) & (lp.naming.prepositions | lp.naming.closed) and noun_word(role[-1], lp) \
        and all(name_word(words, i, lp) for i in range(at, len(words)))


def _after_quotation(toks, start: int, phrase: list, lp: LanguagePack, k: int = -1) -> bool:
    """A noun phrase with its article or a person's possessive right after a quotation's closing
    mark and comma ('"…," the convicted killer said', '"…," a neighbour told', "'…,' her rep
    said", or the comma after the mark: '"…", the comedian said on Twitter'), or after a comma
    with the verb ending the sentence ("…, the fire service said."): whoever the noun is, the
    speaker; the noun need not be one of the pack's speaker nouns, and a participle before it is
    its adjective ("the convicted killer", "a grieving mother"), not a verb."""
    words = [t for t, _, _ in phrase]  # trimmed: the article is the token before it
    closing = _CLOSING_MARKS | set(lp.voice.quote_pairs.values())
    ends = 0 < k and (k + 1 == len(toks) or toks[k + 1][0] in (".", "!"))
    return start >= 1 and start + 1 < len(toks) and (
        toks[start][0] in closing and toks[start - 1][0] in (",", "?", "!") or toks[start][0] == "," and (
            ends or toks[start - 1][0] in closing)) \
        and toks[start + 1][0].lower() in lp.voice.speaker_articles | lp.sources.person_possessives \
        and 1 <= len(words) < MAX_SPEAKER_TOKENS and all(w[:1].islower() for w in words) \
        and noun_word(words[-1], lp) and lp.tagger is not None \
        and not any(tag in FINITE or tag in ("VB", "MD") for part in conjuncts(words, lp)
                    for tag in lp.tagger(("the", *part))[1:])


def _person_ending(phrase: list, lp: LanguagePack) -> list:
    """The capitalised words a clause ends with when they name a person by a given name
    ("… arrested Jo Park"), else []."""
    run = len(phrase)
    while run > 0 and phrase[run - 1][0][:1].isupper():
        run -= 1
    name = phrase[run:]
    return name if 2 <= len(name) <= 4 and run > 0 and is_given_name(name[0][0]) else []


def _group_ending(phrase: list, lp: LanguagePack) -> list:
    """The noun phrase a clause ends with after its last preposition when its head is a noun of
    speakers or a body ("The decision drew criticism from rights groups, who said …", "… was
    attacked by the opposition, which called it …"), else []."""
    prep = max((i for i, t in enumerate(phrase) if t[0].lower() in lp.naming.prepositions), default=-1)
    tail = trimmed_phrase(phrase[prep + 1:], lp) if prep > 0 else []
    heads = lp.voice.speaker_nouns | lp.voice.person_nouns | lp.people_nouns | lp.sources.org_words
    return tail if 1 <= len(tail) <= 4 and tail[-1][0].islower() \
        and (tail[-1][0] in heads or tail[-1][0].removesuffix("s") in heads) \
        and not has_verb([t[0] for t in tail], lp) else []


def _before_relative(toks, low, end: int, lp: LanguagePack) -> tuple[list, int] | None:
    """The speaker phrase before a relative pronoun earlier in the clause that ends at `end`
    (no comma or semicolon between), when it can name a speaker."""
    for r in range(end - 1, 0, -1):
        if toks[r][0] in (",", ";"):
            return None
        if low[r] in lp.voice.relative_pronouns:
            start = _phrase_start(toks, low, r - 1, r, lp)
            phrase = trimmed_phrase(toks[start + 1:r], lp)
            return (phrase, start) if names_speaker(phrase, lp) else None
    return None


def _relative_before(toks, low, end: int, lp: LanguagePack) -> int | None:
    """The index of a relative pronoun that opens the clause right before a verb of saying ("the
    officer who fired the shot says", "police who claim he …"), within one speaker phrase's
    length and no clause break."""
    for r in range(end - 1, max(0, end - 1 - MAX_SPEAKER_TOKENS), -1):
        if toks[r][0] in CLAUSE_BREAK or low[r] in lp.voice.reporting_verbs \
                and low[r + 1] not in lp.voice.request_after:  # "who asked not to be named said"
            return None
        if low[r] in lp.voice.relative_pronouns or r == end - 1 and r > 1 and toks[r - 1][0] == "," \
                and low[r] in lp.voice.object_relatives:  # "The company, which says …": its subject
            return r if r >= 1 else None  # "people who say …", "police, who said …" too
    return None


def role_apposed(toks, low, comma: int, lp: LanguagePack) -> int | None:
    """The comma before a role in apposition to the name a trailing frame's speaker starts with
    ("…, his lawyer, John W. Smith, said": the comma before "his lawyer"), or None. The role is a
    short phrase after a possessive or an article whose last word is a noun of a person or a role; it
    may open right after a quotation ('"…," her agent, Mark Roesler, said': the closing mark)."""
    start = next((i for i in range(comma - 1, max(-1, comma - 6), -1) if toks[i][0] in (",", "”", '"', "’")),
                 None)
    if start is None or start + 2 > comma - 1:
        return None
    first, head = low[start + 1], low[comma - 1]
    people = lp.voice.speaker_nouns | lp.voice.person_nouns | lp.voice.role_words
    opens = first in lp.voice.possessive_determiners or first in lp.naming.articles or first.endswith(("'s", "’s"))
    return start if opens and head in people and all(toks[i][0][:1].isalnum() for i in range(start + 1, comma)) \
        else None


def named_after_role(toks, start: int, end: int, lp: LanguagePack) -> list:
    """The name in apposition after an inverted speaker that is only a role or someone's ("…," said
    his lawyer, John W. Smith.", "said her nephew, Ravi Singh, 32", "said Biancardi's attorney,
    James Zeszutek"): two to four capitalised words
    (middle initials too) between the comma and the sentence's end or the next comma; else []."""
    phrase = toks[start:end]
    if not phrase or end >= len(toks) or toks[end][0] != "," \
            or any(t[0][:1].isupper() and not t[0].endswith(("'s", "’s")) for t in phrase) \
            or phrase[-1][0].lower() not in lp.voice.role_words | lp.voice.person_nouns \
            and phrase[0][0].lower() not in lp.sources.person_possessives:  # "said her nephew, Ravi Singh"
        return []
    m = end + 1
    while m < len(toks) and (toks[m][0][:1].isupper() or toks[m][0] == "." and len(toks[m - 1][0]) == 1):
        m += 1
    name = toks[end + 1:m]
    words = [t for t in name if t[0] != "."]
    closed = m >= len(toks) or toks[m][0] in (",", ".")
    return name if 2 <= len(words) <= 4 and closed and not {t[0].lower() for t in words} & lp.sources.org_words else []


def closes_relative(toks, low, k: int, lp: LanguagePack) -> bool:
    """Whether the comma before the verb at k closes a relative clause set off after the
    sentence's subject, with no quotation before: "The Academy, which hands out the awards, said
    Jackman will host": the Academy speaks, "said Jackman" is no inverted frame."""
    if toks[k - 1][0] != ",":
        return False
    opening = next((c for c in range(k - 2, -1, -1) if toks[c][0] == ","), None)
    if opening is None or opening == 0 or opening + 1 >= k \
            or low[opening + 1] not in lp.naming.relatives - lp.voice.complementizers \
            or any(t in lp.voice.quote_marks for t, _, _ in toks[:k]):
        return False
    subject = [t for t, _, _ in toks[:opening] if t.lower() not in lp.naming.articles]
    return bool(subject) and (any(w[:1].isupper() for w in subject) or subject[-1].lower() in lp.voice.speaker_nouns)
    # (a subject that can speak: not "The pier, which opened in May, said Jo Park, was unsafe")
