"""Typed slots: the facts a reader checks first — how many killed, injured, missing, arrested,
the magnitude and depth, a distance from a place, a sum of money, the time of the event.

Each figure is typed by the slot word nearest to it in its own clause ("killing 10 people and
injuring 80": 10 is killed, 80 injured), so two numbers one sentence states together are never
set against each other. Figures about other events are left out: a clause naming another year
or month than the event's ("killed more than 26,000 in Bam in December 2003"), aftershocks,
generic statements ("a magnitude-6 quake can cause…"), increments ("two more victims") and
sub-counts ("including three children"). Units are converted (miles → km) and times brought to
UTC before comparing.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import replace

from ..models import Sentence
from .ages import AGE_SLOT, ages, ages_by_full_name, subject_name
from .clock_times import clock_times, to_utc
from .event_date import EventDate, event_date, month_mentions, month_number, other_event
from .language import ENGLISH, LanguagePack, SlotWords, pack_for
from .measures import amounts, areas, durations, format_range, measures, money
from .numbers import Quantity, read_quantity, tokens
from .params import COUNTED_NOUN_MODIFIERS, SLOT_WINDOW
from .rates import indicator_rates, policy_rates
from .shares import shares
from .slot_value import SlotValue
from .tallies import tallies
from .terms import prison_terms, undated_terms

log = logging.getLogger(__name__)

# Importable from here as before the event's date moved to event_date.py.
__all__ = ["AGE_SLOT", "EventDate", "SlotValue", "event_date", "month_mentions", "month_number", "slot_values"]

# The English words and patterns below live in the language pack's `slots` (defaults in
# `lexicon`); these names keep them importable from here.
LENGTH_KM = ENGLISH.slots.lengths_km
ZONES = ENGLISH.slots.zones
EVENT_WORDS = ENGLISH.slots.event_words
OTHER_TIME = ENGLISH.slots.other_time
OTHER_EVENT = ENGLISH.slots.other_event
CONTINUES = ENGLISH.slots.continues
GENERIC = ENGLISH.slots.generic_statement
def slot_values(sentences: list[Sentence], when: EventDate) -> list[SlotValue]:
    """Every typed value in every sentence of the event's reports."""
    out: list[SlotValue] = []
    unsure: list[SlotValue] = []  # prison terms in sentences that date nothing (terms.prison_terms)
    offsets: list[int] = []
    previous: Sentence | None = None
    token_lists = [tokens(s.text) for s in sentences]  # read once, for the election check
    elections = {s.article_id for s, words in zip(sentences, token_lists)
                 if pack_for(s.language).slots.election_words & set(words)}
    for sent in sentences:
        pronoun_of = subject_name(previous, sent)  # "She was 78." after "Lena Marsh … has died."
        follows_other = (previous is not None and previous.source == sent.source
                         and pack_for(sent.language).slots.continues.match(sent.text)
                         and _about_other_event(previous, when))
        previous = sent
        if follows_other:
            continue  # "…Zarand in February. It killed 612 people": still the other event
        out += _figure_again(sent, _counts(sent, when))
        out += measures(sent, when)
        out += durations(sent, when)
        out += areas(sent, when)
        out += amounts(sent, when)
        out += money(sent, when)
        out += _hits(sent, when)
        out += _shots_fired(sent, when)
        out += _power_out(sent, when)
        dated, undated = prison_terms(sent, when)
        out += dated
        unsure += undated
        out += undated_terms(sent, when)
        found, offset = clock_times(sent, when)
        out += found
        offsets += offset
        out += ages(sent, when, pronoun_of)
        out += shares(sent, sent.article_id in elections)  # the report names an election
        if not _about_other_event(sent, when, whole=True):
            out += tallies(sent)  # a verdict's counts, a vote's split; not an earlier trial's (but "The court
            # ruled 6-1 that the law, passed last year, …": the law's date set off, not the ruling's)
        out += policy_rates(sent)  # a rate set ("its highest level since 2011" is still this decision)
        out += indicator_rates(sent)  # "inflation slowed to 6.1% in October"
    if unsure and any(v.slot == unsure[0].slot for v in out):
        out += unsure  # a sentencing: some report dates a term, so an undated one is that term
    if offsets:
        local = Counter(offsets).most_common(1)[0][0]
        out = [to_utc(v, local) for v in out]
    return ages_by_full_name([v for v in out if v.kind != "local time"], sentences)


def _about_other_event(sent: Sentence, when: EventDate, whole: bool = False) -> bool:
    """Whether a sentence's main clauses are about another event, its relative clauses set off by
    commas left out: "The utility, which paid fines after a 2019 blaze, denied it" is about this
    event, so the next sentence's "The fire …" is too. `whole`: the window is the whole sentence
    (for its tallies), and an aside opened by a past participle is left out too ("the law, passed
    last year, gave …"); an aside that holds a split of its own stays ("the bill, which passed 52-48
    in 2019, …")."""
    pack = pack_for(sent.language)
    relatives = "|".join(sorted(pack.naming.relatives))

    def aside(m: re.Match) -> str:  # for the tallies, an aside holding a split of its own stays
        return m.group(0) if whole and re.search(r"\d\s*[-–]\s*\d", m.group(0)) else ","
    main = re.sub(rf",\s+(?:{relatives})\b[^,]*,", aside, sent.text) if relatives else sent.text
    if whole and (tag := pack.word_tag) is not None:
        main = re.sub(r",\s+([a-z]+)\b[^,]*,", lambda m: aside(m) if tag(m.group(1)) == "VBN" else m.group(0), main)
        words = tokens(main)
        return other_event(words, 0, len(words), when, main, pack.slots.months, pack.slots)
    return other_event(tokens(main), 0, 0, when, main, pack.slots.months, pack.slots)


def _counts(sent: Sentence, when: EventDate) -> list[SlotValue]:
    pack = pack_for(sent.language)
    lang = pack.slots
    words = tokens(sent.text)
    out = []
    i = 0
    while i < len(words):
        q = read_quantity(words, i, pack.quantities)
        if q is None or (q.exact and q.low != int(q.low)):
            i += 1
            continue
        slot = _nearest_slot(words, q, pack)
        follower = words[q.end] if q.end < len(words) else "."
        data = not slot and _of_data(words, q, pack)  # "the personal data of 1.2 million customers"
        slot = lang.data_slot if data else slot
        # "the deaths of 12 people", "the evacuation of 2,500 residents", "the culling of 120,000
        # chickens", "a recall of 150,000 cars": the slot's noun (or a gerund or a verb's form after an
        # article), then "of"
        of_slot = bool(slot) and q.start >= 2 and words[q.start - 1] == pack.naming.of_word \
            and stem_match(words[q.start - 2], lang.count_slots.get(slot, ()), lang.slot_suffixes) \
            and pack.word_tag is not None and (pack.word_tag(words[q.start - 2]) in ("NN", "NNS")
                                               or pack.word_tag(words[q.start - 2]) in ("VBG", "VB") and q.start >= 3
                                               and words[q.start - 3] in pack.naming.articles) \
            and (follower in lang.count_followers or pack.word_tag(follower) == "NNS")  # not "15-year-old"
        whole = slot in lang.whole_group_slots  # "abducted 60 students": all those kidnapped
        partial = follower in lang.subset_nouns and not whole
        followers = lang.count_followers
        head = max(_counted_head(words, q, pack), q.end + 1)  # (any one word before it: "three Vesk soldiers")
        if follower not in followers and q.end < head < len(words) and words[head] in followers \
                and words[head].isalpha() and words[head] not in lang.not_second_followers:
            follower = words[head]  # "three bank workers", "four heroic Varnian soldiers"
            partial = follower in lang.subset_nouns and not whole  # "three Vesk soldiers": a group of the toll
        age = q.start > 0 and words[q.start - 1] == "," and follower == ","  # "Smith, 63, was killed"
        if _describes(words, q, slot, pack):
            i = max(q.end, i + 1)
            continue  # "freed 12 trapped miners": no longer trapped
        if slot in lang.building_slots:
            counted = follower in lang.building_nouns  # "destroyed 40 homes", not "$5 million in damage"
        elif slot in lang.noun_counted_slots:  # "released 90 prisoners", not "released on Oct. 23"
            counted = of_slot or _plural(follower, pack) or _counted_noun(words, q, slot, pack)
        else:
            counted = (follower in lang.count_followers or partial or data or of_slot
                       or (follower in lang.state_before_slot and _slot_word_at(words, _state_run(words, q.end, pack),
                                                                               slot, lang))  # "15 remain missing"
                       or stem_match(follower, lang.count_slots.get(slot, ()), lang.slot_suffixes)
                       or _counted_noun(words, q, slot, pack))
        if (slot and not age and counted
                and not other_event(words, q.start, q.end, when, sent.text, lang.months, lang)
                and not (q.start > 0 and words[q.start - 1] in lang.subcount_before and not (data or of_slot))
                and not (q.start > 0 and words[q.start - 1] in lang.months)  # "killed on March 9": a date
                and not (q.start > 1 and words[q.start - 1] in ("-", "–") and words[q.start - 2].isdigit())  # "at 9-3"
                and not _agent(words, q, pack)
                and not (q.end < len(words) and words[q.end] in lang.increment_after)
                and not (q.start > 0 and words[q.start - 1] in lang.increment_before)
                and not (q.start > 1 and words[q.start - 1] == lang.rest_before
                         and words[q.start - 2] == pack.naming.definite_article)
                and not (q.end < len(words) and words[q.end] in lang.not_count_after)
                and not (q.start > 0 and words[q.start - 1] in lang.not_count_before)
                and not _speculative(words, q.start, lang)
                and not _generic_or_kin(words, q, follower, lang)
                and not _is_year(q) and (data or not _own_predicate(words, q, pack))):
            # (a data figure's verb is the data's: "the data of 3.4 million customers had been stolen")
            if slot in lang.noun_keyed_slots:
                if data and pack.word_tag is not None and pack.word_tag(follower) is None and q.end + 1 < len(words):
                    follower = words[q.end + 1]  # "the data of 5 million Quorra customers": a name before the noun
                if pack.word_tag is None or pack.word_tag(follower) != "NNS":  # not "7 as affected software"
                    i = max(q.end, i + 1)
                    continue
                slot = f"{slot} {follower}"
            out.append(SlotValue(slot, "number", sent.source, q.text, q.low, q.high, sent.text,
                                 partial=partial or _sub_count(words, q, pack),
                                 group=pack.stemmer(words[q.end]) if partial else ""))
        i = max(q.end, i + 1)
    return out


def _directive(words: list[str], k: int, pack: LanguagePack) -> bool:
    """Whether words[k] is a verb of an order before "to", or that "to" ("were ordered to
    evacuate", "told to leave"): the slot verb after them says what the figure counts."""
    directive, to = pack.slots.directive_verbs, pack.naming.to_word
    return words[k] in directive and words[k + 1:k + 2] == [to] \
        or words[k] == to and k > 0 and words[k - 1] in directive


def _of_data(words: list[str], q: Quantity, pack: LanguagePack) -> bool:
    """A figure of a plural noun after a data noun and "of" (the pack's `data_owner_links`): "the
    personal data of 1.2 million customers", "data belonging to 3 million customers", "the data of
    5 million Quorra customers" (one word the lexicon lacks, a name, before the noun) count those a
    breach reached."""
    tag = pack.word_tag
    if tag is None or q.end >= len(words):
        return False
    linked = any(q.start > len(link) and tuple(words[q.start - len(link):q.start]) == link
                 and words[q.start - len(link) - 1] in pack.slots.data_nouns for link in pack.slots.data_owner_links)
    noun = q.end + (tag(words[q.end]) is None and q.end + 1 < len(words))
    return linked and tag(words[noun]) == "NNS"


def _own_predicate(words: list[str], q: Quantity, pack: LanguagePack) -> bool:
    """Whether the figure is the subject of a verb of its own that is no slot word: "Thirty-one
    people have died and 1,200 have been treated" (1,200 treated, not dead). Not "Four were shot
    dead" or "were reported killed": a slot word right after the verb still counts them."""
    lang, tag = pack.slots, pack.word_tag
    if tag is None:
        return False
    b = q.start - 1
    while b >= 0 and (words[b] in pack.naming.articles or words[b] in pack.naming.prepositions):
        b -= 1
    if b >= 0 and _any_slot_word(words[b], lang) or q.end < len(words) and _any_slot_word(words[q.end], lang):
        return False  # "killed one man …", "the bodies of the two women …", "injuries to 12 people were
        # reported", "50 arrests have been made"
    k = q.end + (q.end < len(words) and tag(words[q.end]) in ("NN", "NNS"))  # "1,200 people have been …"
    j = k
    while j < len(words) and j - k < 3 and words[j] in pack.naming.auxiliaries:
        j += 1
    if j == k or j >= len(words) or tag(words[j]) not in ("VBN", "VBD"):
        return False
    return not any(_any_slot_word(w, lang) or _phrasal_slot(words, x, lang)
                   for x, w in enumerate(words[j:j + 3], start=j))  # ("have been ordered to leave")


def _counted_noun(words: list[str], q: Quantity, slot: str, pack: LanguagePack) -> bool:
    """Whether the plural noun right after the figure is what the slot word counts, whatever the
    noun: its subject ("Two firefighters were injured", "Five migrants died") or its object
    ("arrested five activists", "injuring two rescuers"). Buildings are the building slots'."""
    lang, stems, tag = pack.slots, pack.slots.count_slots.get(slot, ()), pack.word_tag
    if q.end >= len(words) or tag is None or words[q.end] in lang.building_nouns \
            or (q.start >= 3 and words[q.start - 1] in pack.naming.articles
                and words[q.start - 2] == pack.naming.of_word
                and read_quantity(words, q.start - 3, pack.quantities) is not None):
        return False  # "two of the three victims died": the victims are the total
    if q.start > 0 and words[q.start - 1] in lang.place_before_count:
        return False  # "29 people in nine states had fallen ill": where, not who
    at, nw = _counted_head(words, q, pack), pack.naming
    noun = words[at]
    plural_people = noun.endswith("s") and (noun[:-1] in nw.demonyms or noun[:-1].endswith(nw.demonym_endings))
    if tag(noun) != ("NN" if q.low == q.high == 1 else "NNS") and not (tag(noun) is None and plural_people) \
            and not (q.high > 1 and (tag(noun) is None and _plural(noun, pack)
                                     or tag(noun) == "VBZ" and noun.isalpha() and at == q.end
                                     and (at + 1 < len(words) and words[at + 1] in pack.naming.auxiliaries
                                          or q.start > 0 and stem_match(words[q.start - 1], stems,
                                                                        lang.slot_suffixes)))):
        return False  # (a plural demonym the lexicon lacks: "killed 25 Palestinians"; a plural it lacks:
        # "killed 18 militants"; one it reads as a verb alone, after a figure a noun, of a passive or the
        # slot's verb: "Four suspects were detained", "detained four suspects"; not "Three attacks killed")
    verb = words[q.start - 1] if q.start > 0 else ""
    if stem_match(verb, stems, lang.slot_suffixes):  # the object of the slot's verb, not "missing four games"
        return (tag(verb) or "").startswith("VB") and slot not in lang.subject_only_slots
    if q.start > 0 and _phrasal_slot(words, q.start - 1, lang) == slot:
        return slot not in lang.subject_only_slots  # "laying off 11,000 employees"
    k = at + 1
    while k < len(words) and k - at <= 2 and words[k] in pack.naming.auxiliaries:
        k += 1  # "were", "have been"; not "were evacuating": the noun is the agent ("were missing" is no verb)
    if k < len(words) and words[k] in lang.state_before_slot:
        k = _state_run(words, k, pack)  # "have been found dead", "are feared dead", "remain trapped"
    while k < len(words) and _directive(words, k, pack):
        k += 1  # "were ordered to evacuate"
    if k < len(words) and _phrasal_slot(words, k, lang) == slot:
        return True  # "300 employees were laid off"
    if k == at + 1 and k + 1 < len(words) and (words[k + 1] in nw.articles
                                               or read_quantity(words, k + 1, pack.quantities) is not None):
        return False  # "Three bombs killed 12 people", "Two gunmen killed a guard": the agents, not the toll
    return k < len(words) and stem_match(words[k], stems, lang.slot_suffixes) \
        and (pack.tagger is None or slot in lang.subject_only_slots or pack.tagger(tuple(words))[k] != "VBG")


def _describes(words: list[str], q: Quantity, slot: str, pack: LanguagePack) -> bool:
    """The slot word right after the figure describes the plural noun after it, for the slots
    where that counts nothing ("freed 12 trapped miners": those no longer trapped), or for any
    slot when another slot's verb follows the noun ("five injured passengers died")."""
    lang, after = pack.slots, q.end + 1
    if not slot or after >= len(words) or not stem_match(words[q.end], lang.count_slots[slot], lang.slot_suffixes):
        return False
    noun = words[after]
    plural = noun.isalpha() and noun in lang.count_followers \
        or pack.word_tag is not None and pack.word_tag(noun) == "NNS"
    if slot in lang.prenominal_not_count_slots:
        return plural
    k = after + 1
    while k < len(words) and words[k] in pack.naming.auxiliaries:
        k += 1
    return plural and k < len(words) and any(stem_match(words[k], stems, lang.slot_suffixes)
                                             for other, stems in lang.count_slots.items() if other != slot)
    # "five injured passengers died": the group is described as injured, and what the figure counts
    # is another slot's (of a total the sentence gives elsewhere): no figure of either


def _slot_word_at(words: list[str], k: int, slot: str, lang: SlotWords) -> bool:
    """Whether the word at `k` is the slot's word ("leaving 19 still trapped": after the state run)."""
    return k < len(words) and stem_match(words[k], lang.count_slots.get(slot, ()), lang.slot_suffixes)


def _state_run(words: list[str], k: int, pack: LanguagePack) -> int:
    """The end of the auxiliaries and verbs of a state found or held that start at `k` ("have been
    found", "are still", "remain"), at most four words: what may stand between a count's subject
    and its slot word."""
    end = k
    while end < len(words) and end - k < 4 and (words[end] in pack.naming.auxiliaries
                                                 or words[end] in pack.slots.state_before_slot):
        end += 1
    return end


def _sub_count(words: list[str], q: Quantity, pack: LanguagePack) -> bool:
    """Whether the figure counts one group of a list or a part of a total named before it, whatever
    the group's noun: "killed the driver and two passengers", "three soldiers and a civilian were
    killed", "Of the 250 dead, 80 were children" (a sub-count fits any total at least as large;
    as a total each made a conflict with the outlets that give the whole). Not "14 were killed and
    30 wounded": the word before "and" is a slot's."""
    nw, lang = pack.naming, pack.slots

    def listed(w: str) -> bool:  # a noun of a list, not a slot word, a figure or a closed word
        return w.isalpha() and w not in nw.closed \
            and not _any_slot_word(w, lang)
    j = q.end
    while j < len(words) and j - q.end < 3 and listed(words[j]):
        j += 1
    if q.start >= 2 and words[q.start - 1] == nw.and_word and listed(words[q.start - 2]) \
            and not (pack.word_tag is not None and (pack.word_tag(words[q.start - 2]) or "").startswith("VB")) \
            and not (j < len(words) and not listed(words[j]) and words[j].isalpha() and words[j] not in nw.closed):
        return True  # "the driver and two passengers" (not "… were damaged and two villagers slightly injured",
        # nor "homes were destroyed and 5,000 people were evacuated": a verb ends the clause before "and")
    if q.end < j < len(words) - 1 and words[j] == nw.and_word \
            and (words[j + 1] in nw.articles or read_quantity(words, j + 1, pack.quantities) is not None):
        return True  # "three soldiers and a civilian"
    comma = next((i for i in range(q.start) if words[i] == ","), None)  # "(Out) of the 250 dead, 80 were …"
    return nw.of_word in words[:2] and comma is not None \
        and any(read_quantity(words, i, pack.quantities) is not None for i in range(1, comma))


def _speculative(words: list[str], start: int, slots: SlotWords = ENGLISH.slots) -> bool:
    """A modal of guessing in the figure's clause before it ("There might have been two people
    killed", "could have killed up to 100"): the figure is not reported as fact. A "would" a verb
    of saying and its subject report ("said it would cut 4,000 jobs") is a plan, no guess."""
    for k in range(start - 1, max(-1, start - 1 - SLOT_WINDOW), -1):
        if words[k] in slots.slot_breaks:
            return False
        if words[k] in slots.speculative_before:
            return not (words[k] in slots.reported_future
                        and any(w in slots.reported_future_before for w in words[max(0, k - 5):k - 1]))
    return False


def _generic_or_kin(words: list[str], q: Quantity, follower: str, slots: SlotWords = ENGLISH.slots) -> bool:
    """A figure of any case ("When one is killed, all of us lose") or of a family ("father to two
    boys died"), not of the event."""
    before = words[q.start - 1] if q.start > 0 else ""
    if before in slots.generic_openers and follower in slots.present_be:
        return True
    return before in slots.kin_joiners and q.start > 1 and words[q.start - 2] in slots.kin_nouns


def _agent(words: list[str], q: Quantity, pack: LanguagePack = ENGLISH) -> bool:
    """The figure is the agent of an active verb of harm: "two officers shot and killed a
    16-year-old" counts officers, not the dead (`slots.harm_verbs`, then `slots.object_start`);
    or the accused: "one of the two men accused of murdering a mother" (`slots.accused_of`)."""
    slots = pack.slots
    for k in range(q.end, min(len(words) - 1, q.end + SLOT_WINDOW + 2)):
        if words[k] in slots.harm_verbs and words[k + 1] in slots.object_start:
            return True
    if q.start > 0 and _any_slot_word(words[q.start - 1], slots):
        return False  # "who killed one man has been charged with murder": the object of the slot's verb
    k = q.end + 1  # past the figure's noun and "were", "have been"
    while k < len(words) and k - q.end <= 3 and words[k] in pack.naming.auxiliaries:
        k += 1
    return k + 1 < len(words) and (words[k], words[k + 1]) in slots.accused_of


def _is_year(q: Quantity) -> bool:
    """A year, written as four bare digits: "in 2019", not "2,000 people"."""
    return q.exact and 1800 < q.low < 2100 and q.low == int(q.low) and q.text.isdigit()


def _counted_head(words: list[str], q: Quantity, pack: LanguagePack) -> int:
    """Where the noun a figure counts stands, past up to `COUNTED_NOUN_MODIFIERS` modifiers that are
    no slot words ("12 illegal immigrants drowned", "12 asylum seekers", "Four heroic Varnian soldiers
    were martyred", "freed 40 convicted terrorists": adjectives, participles, a compound's nouns, a
    demonym the lexicon lacks); `q.end` when none."""
    tag, at = pack.word_tag, q.end
    if tag is None:
        return at
    while q.high > 1 and at - q.end < COUNTED_NOUN_MODIFIERS and at + 1 < len(words) \
            and (tag(words[at]) in ("JJ", "NN", "VBN") or tag(words[at]) is None
                 and words[at].endswith(pack.naming.demonym_endings)) \
            and not _slot_of(words[at], pack.slots) \
            and (tag(words[at + 1]) in ("JJ", "NN", "NNS") or tag(words[at + 1]) is None):
        at += 1
    return at


def _nearest_slot(words: list[str], q: Quantity, pack: LanguagePack = ENGLISH) -> str:
    """The count slot whose word is nearest the figure on either side, not past another figure; a
    slot word after the figure wins over one before a break right before it ("Two were killed and
    four others were injured": four injured). An aside of a part after the figure is skipped
    ("Eight people, including three children, were killed")."""
    best: tuple[int, str] | None = None
    ahead = list(range(q.end, len(words)))
    for i, k in enumerate(ahead[:SLOT_WINDOW]):  # "Eight people, including three children, were killed"
        if words[k] == "," and k + 1 < len(words) and words[k + 1] in pack.slots.subcount_before:
            close = next((j for j in range(k + 2, len(words)) if words[j] == ","), None)
            if close is not None:
                ahead = ahead[:i] + list(range(close + 1, len(words)))
            break
    ahead = [k for k in ahead if not _directive(words, k, pack)]  # "were ordered to evacuate"
    head = _counted_head(words, q, pack)
    if head > q.end and pack.word_tag is not None and pack.word_tag(words[head]) == "NNS":
        ahead = [k for k in ahead if not q.end <= k < head]  # "Four heroic Varnian soldiers were martyred"
    start = head + (head < len(words) and pack.word_tag is not None and pack.word_tag(words[head]) == "NNS")
    state = _state_run(words, start, pack)
    if any(w in pack.slots.state_before_slot for w in words[start:state]):
        ahead = [k for k in ahead if not start <= k < state]  # "Four miners have been found dead"
    if start > q.end and start < len(words) and words[start] in pack.naming.prepositions:
        # "Five people on board were killed": where the counted were, between them and their verb
        verb = next((k for k in range(start + 1, min(len(words), start + 4)) if words[k] in pack.naming.auxiliaries),
                    None)
        place = words[start] in pack.slots.place_before_count  # "29 people in nine states had fallen ill"
        if verb is not None and not any(read_quantity(words, k, pack.quantities) for k in range(start, verb)
                                        if not (place and k == start + 1)):
            ahead = [k for k in ahead if not start <= k < verb]
    acted = _slot_of(words[q.start - 1], pack.slots) if q.start > 0 and pack.word_tag is not None \
        and (pack.word_tag(words[q.start - 1]) or "").startswith("VB") else ""
    if acted and ahead[:1] == [q.end] and _plural(words[q.end], pack) \
            and _slot_of(words[q.end], pack.slots) in pack.naming.counted_group_slots - {acted}:
        return acted  # "freed 120 detainees": the verb says what befell them, the noun who they were
    for step, rng in ((1, ahead[:SLOT_WINDOW]), (-1, range(q.start - 1, max(-1, q.start - 1 - SLOT_WINDOW), -1))):
        for distance, k in enumerate(rng):
            w = words[k]
            if (w in pack.slots.slot_breaks and step < 0 and (distance > 0 or best is not None)
                    or read_quantity(words, k, pack.quantities) and k != q.start):
                break
            for slot, stems in pack.slots.count_slots.items():
                if step < 0 and slot in pack.slots.gathering_slots and not (
                        distance <= 1 and words[q.start - 1] in pack.slots.gathering_prepositions):
                    continue  # "a crowd of 150,000", not "arrests since the start of the protests reached 90"
                if stem_match(w, stems, pack.slots.slot_suffixes) and (best is None or distance < best[0]):
                    best = (distance, slot)
            phrasal = _phrasal_slot(words, k, pack.slots)
            if phrasal and (best is None or distance < best[0]):
                best = (distance, phrasal)  # "laying off 11,000 employees"
    return best[1] if best else _total_subject(words, q.start, pack.slots)


def _total_subject(words: list[str], start: int, slots: SlotWords) -> str:
    """The slot of a total whose change gives the figure, named by the verb's subject however far
    back ("The death toll from Sunday's earthquake in the province has risen to 140"), or ""."""
    verb = start - 1 - (start > 1 and words[start - 1] in slots.total_prepositions)
    if verb < 1:
        return ""
    if words[verb] not in slots.total_verbs:
        return _caused_total(words, start, slots)
    for k in range(verb - 1, -1, -1):
        if words[k] in slots.slot_breaks:
            return ""
        if words[k] in slots.total_nouns:
            return slots.total_nouns[words[k]]
        if slots.tally_nouns & set(words[max(0, k - 3):k]) and (slot := _slot_of(words[k], slots)):
            return slot  # "The number of people killed … rose to 52"
    return ""


def _caused_total(words: list[str], start: int, slots: SlotWords) -> str:
    """The slot of a total a verb makes its object and sets "to" the figure ("…, raising the death
    toll from Friday's collapse to 11", "bringing the number of dead to 40"), or "": the total's
    noun at most four words after the verb, in the figure's clause."""
    if start < 3 or words[start - 1] != "to":
        return ""
    for k in range(start - 2, 0, -1):
        if words[k] in slots.slot_breaks:
            return ""
        if not slots.total_cause_verbs & set(words[max(0, k - 4):k]):
            continue
        if words[k] in slots.total_nouns:
            return slots.total_nouns[words[k]]
        if slots.tally_nouns & set(words[max(0, k - 3):k]) and words[k - 1] == "of":  # "the number of dead"
            return _slot_of(words[k], slots)
    return ""


def _phrasal_slot(words: list[str], k: int, slots: SlotWords) -> str:
    """The slot of a two-word slot verb that words[k] is either word of ("laying off": jobs), of a
    verb an order names ("ordered to leave", "forced 3,000 residents to flee": evacuated), of a verb
    of care before a hospital ("were taken to hospital": hospitalised), or ""."""
    pairs = slots.phrasal_slot_verbs
    verbs, prepositions, fillers, places = slots.care_phrase
    if words[k] in verbs and k + 2 < len(words) and words[k + 1] in prepositions:
        place = k + 2 + (words[k + 2] in fillers)
        if place < len(words) and words[place] in places:
            return slots.care_slot  # "were taken to hospital"
    directed = slots.directed_slot_verbs.get((words[k - 1], words[k]), "") if k > 0 else ""
    if directed and any(w in slots.directive_verbs for w in words[max(0, k - 6):k - 1]):
        return directed
    return pairs.get((words[k], words[k + 1]) if k + 1 < len(words) else ("", ""), "") \
        or (pairs.get((words[k - 1], words[k]), "") if k > 0 else "")


def _plural(word: str, pack: LanguagePack) -> bool:
    """A plural noun by the tagger's lexicon, or a word it lacks in -s ("detainees", "deportees")."""
    if pack.word_tag is None:
        return False
    tag = pack.word_tag(word)
    return tag == "NNS" or tag is None and word.isalpha() and word.endswith("s")


def _slot_of(word: str, slots: SlotWords) -> str:
    """The count slot whose word it is ("killed" for "dead", "injured" for "injuries"), or ""."""
    return next((slot for slot, stems in slots.count_slots.items()
                 if stem_match(word, stems, slots.slot_suffixes)), "")


def _any_slot_word(word: str, slots: SlotWords) -> bool:
    """Whether the word is any count slot's word ("killed", "injuries", "arrests")."""
    return bool(_slot_of(word, slots))


def stem_match(word: str, stems: tuple[str, ...], suffixes: tuple[str, ...] = ENGLISH.slots.slot_suffixes) -> bool:
    """A slot word: one of `stems` with one of the pack's `slot_suffixes` ("injur" → "injured",
    "kill" → "killing"), not any word a stem starts ("dead" → "deadlock", "die" → "Diego")."""
    return any(word.startswith(st) and word[len(st):] in suffixes for st in stems)


def _hits(sent: Sentence, when: EventDate) -> list[SlotValue]:
    """How many bullets struck someone (the pack's `slots.hits`): a figure that a later autopsy
    often changes. Shots *fired* are another slot."""
    pack = pack_for(sent.language)
    out = []
    for m in pack.slots.hits.finditer(sent.text):
        word = next(g for g in m.groups() if g)
        q = read_quantity(tokens(word), 0, pack.quantities)
        if q is None or not q.exact or other_event(tokens(sent.text), 0, 0, when, sent.text, pack.slots.months,
                                                    pack.slots):
            continue
        out.append(SlotValue("times hit", "number", sent.source, format_range(q.low, q.high, True, 0), q.low, q.high,
                             sent.text))
    return out


def _figure_again(sent: Sentence, counted: list[SlotValue]) -> list[SlotValue]:
    """The sentence's counts, and a figure that restates the one count before it under another
    source ("The company said 1,200 jobs would be lost, while the union put the figure at 2,000",
    the pack's `slots.figure_again`): a second value of that count's slot. Only where the sentence
    counted one slot (two would leave "the figure" ambiguous) and no count already reads it."""
    pack = pack_for(sent.language)
    if len({v.slot for v in counted}) != 1:
        return counted
    out = list(counted)
    for m in pack.slots.figure_again.finditer(sent.text):
        q = read_quantity(tokens(m.group("n")), 0, pack.quantities)
        if q is None or any(v.low == q.low and v.high == q.high for v in counted):
            continue
        out.append(replace(counted[0], value=m.group("n").lower(), low=q.low, high=q.high, partial=False, group=""))
    return out


def _shots_fired(sent: Sentence, when: EventDate) -> list[SlotValue]:
    """How many shots were fired (the pack's `slots.shots_fired`), hedged or not ("at least 12"
    against "nine" is a clash); not the bullets that struck someone (`_hits`)."""
    pack = pack_for(sent.language)
    words = tokens(sent.text)
    out = []
    for m in pack.slots.shots_fired.finditer(sent.text):
        q = read_quantity(tokens(m.group("a") or m.group("b")), 0, pack.quantities)
        if q is None or other_event(words, 0, 0, when, sent.text, pack.slots.months, pack.slots):
            continue
        out.append(SlotValue(pack.slots.shots_fired_slot, "number", sent.source,
                             format_range(q.low, q.high, q.exact, 0), q.low, q.high, sent.text))
    return out


def _power_out(sent: Sentence, when: EventDate) -> list[SlotValue]:
    """How many homes or customers are without power (the pack's `slots.power_out`)."""
    pack = pack_for(sent.language)
    out = []
    for m in pack.slots.power_out.finditer(sent.text):
        figure = (m.group("n") or m.group("m")).strip()
        q = read_quantity(tokens(figure), 0, pack.quantities)
        if q is None or other_event(tokens(sent.text), 0, 0, when, sent.text, pack.slots.months, pack.slots):
            continue
        out.append(SlotValue(pack.slots.power_out_slot, "number", sent.source, figure.lower(), q.low, q.high,
                             sent.text))
    return out
