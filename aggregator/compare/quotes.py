"""Sources: who each outlet lets speak, typed, with the verbs it uses and the sentences.

A source is a *speaker*: the subject of a frame of saying ("Mao Ning said", "…, police said",
"according to the ministry", "what China calls"), the owner of a quotation, or an agency the
outlet credits ("told AFP", "(Reuters)", "According to AFP, Reuters" in a credit line). People
who are only talked about — victims, the accused — are never sources: they are not speakers.

Kinds: `person`, `organisation`, `government` (a country or capital "said"), `unnamed`
("experts", "officials", "state media"), `agency` (news agencies). Short forms are resolved to
the full name the report used earlier: "the institute" → "Nomura Research Institute", "Xiang"
→ "Xiang Haoyu", "Alishvandi" → "Heidar Alishvandi". Each source carries its kind's measured
precision as its confidence (`params.CITATION_CONFIDENCE`).
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import replace
from functools import cache

from ..models import Citation, Sentence
from .full_names import fuller_name, person_name
from .issuers import (
    affiliation,
    another_document,
    appositive_role,
    body_cited_before,
    documents_issued,
    issuer_named,
    name_with_org_head,
    not_people,
    role_word_before,
    same_as_last,
    short_form_body,
    sole_body,
    titled_role,
    voice_of_last_body,
)
from .language import ENGLISH, LanguagePack, SourceWords, pack_for
from .lexicon import is_date_word
from .names import is_given_name
from .params import CITATION_CONFIDENCE, CITATION_CONFIDENCE_OTHER
from .phrases import MIDDLE_INITIAL, named_mentions
from .source_kinds import (
    a_body_elsewhere,
    called_an_agency,
    capitalised_inside,
    company_words,
    kind_of,
    named_thing,
    no_persons_name,
    one_word_kind,
    reports_only,
)
from .speaker_names import AGE_NOUN, role_before_name
from .speaker_words import heads_at
from .voice import QUOTED, SentenceVoice, sentence_voice

log = logging.getLogger(__name__)



@cache
def _agency_patterns(agencies: tuple[str, ...], before: str = ENGLISH.sources.credit_before,
                     article: str = ENGLISH.sources.credit_article,
                     agency_words: str = ENGLISH.sources.credit_agency_words,
                     after: str = ENGLISH.sources.credit_after, line: str = ENGLISH.sources.credit_line,
                     line_and: str = ENGLISH.sources.credit_line_and) -> tuple[re.Pattern, re.Pattern]:
    """(a credit to one of `agencies`, an agency's name). The credit's words are regular-expression
    alternations, a pack's `sources` (`credit_before`: "according to", `credit_after`: "reported" …)."""
    names = "|".join(re.escape(a) for a in sorted(agencies, key=len, reverse=True))
    credit = re.compile(
        rf"(?:{before})\s+(?:(?:{article})\s+)?({names})"
        rf"(?:\s+(?:{agency_words}))?\b|\(({names})\)|\b({names})(?:\s+(?:{agency_words}))?\s+(?:{after})\b"
        rf"|\b(?:{line})\s+(?:{names})(?:\s*,\s*(?:(?:{line_and})\s+)?(?:{names}|[A-Z][\w ]+?))*")
    return credit, re.compile(rf"\b({names})\b")


def credited_agencies(sentences: list[Sentence], credits: dict[str, tuple[str, ...]] | None = None,
                      dropped: dict[str, tuple[str, ...]] | None = None,
                      outlets: Collection[str] = ()) -> dict[str, dict[str, str]]:
    """outlet → {agency: evidence}: agencies credited in its text, its credit lines and the
    lines dropped from its text as furniture (bylines "(According to AFP, Reuters)"). `outlets`:
    the event's outlets by name; a credit to another of them ("…, according to Agence Nord", "the
    Daily Ledger reported") counts as one to an agency, since it says whose text the report carries."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    language: dict[str, str] = {}  # outlet → its sentences' language, for its dropped lines
    named = _names_pattern(tuple(sorted(set(outlets)))) if outlets else None  # (read once per sentence)
    for sent in sentences:
        language.setdefault(sent.source, sent.language)
        words = pack_for(sent.language).sources
        others = tuple(sorted({o for o in (named.findall(sent.text) if named else ())
                               if o != sent.source and o.lower() not in sent.source.lower()}))
        for agency in _agencies_in(sent.text, words) + (_agencies_in(sent.text, replace(words, agencies=others))
                                                         if others else []):
            out[sent.source].setdefault(agency, sent.text)
    for source, lines in (dropped or {}).items():
        words = pack_for(language.get(source, "")).sources
        for line in lines:
            if words.photo_credit.match(line):
                continue  # a photo credit says who took the picture, not who wrote the story
            for agency in _agencies_in(line, words):
                out[source].setdefault(agency, f"(credit line) {line}")
    for source, names in (credits or {}).items():
        for name in names:
            out[source].setdefault(name, f"(credit line) {name}")
    return out


@cache
def _names_pattern(names: tuple[str, ...]) -> re.Pattern:
    """Any of the event's outlet names, longest first: which of them a sentence names at all, so the
    credit patterns are built for those few (an event may have hundreds of outlets)."""
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")


def _agencies_in(text: str, words: SourceWords = ENGLISH.sources) -> list[str]:
    credit, name = _agency_patterns(words.agencies, words.credit_before, words.credit_article,
                                    words.credit_agency_words, words.credit_after, words.credit_line,
                                    words.credit_line_and)
    found = []
    for match in credit.finditer(text):
        found += name.findall(match.group(0))
    return list(dict.fromkeys(found))


def _speakers_of(parts: list[str], names: list[str], pack: LanguagePack,
                 sex: str | None = None, recent: frozenset[str] = frozenset()) -> list[tuple[str, bool]]:
    """Who a speaker phrase cites, one by one, each with whether a spokesperson spoke for it (a
    body, then): each of its `parts` ("officials and state media", `speaker_parts`), each resolved
    (a surname to the fuller name, "they" to the last speakers) and split again ("they" after
    "Locke and Salazar said" is both); "spokesman for the Bureau of …" is the bureau, one source
    with its own statements. `sex` ("m", "f": the "he" or "she" the frame was written with) picks
    among several people of one surname ("Mr. Gigante" … "Rita Gigante" … "he had acknowledged");
    `recent` were cited in the sentence before (`full_names.fuller_name`)."""
    out = []
    for part in parts:
        told = sex or (pack.name_sex(part) if pack.name_sex is not None else None)
        resolved = fuller_name(person_name(part, pack.sources), names, pack.sources, pack.name_sex, told, recent)
        for who in (person_name(p, pack.sources) for p in speaker_parts(resolved, pack)):
            m = pack.sources.spokesperson_for.match(who)
            out.append((m.group("body"), True) if m else (who, False))
    return out


def speaker_parts(speaker: str, pack: LanguagePack = ENGLISH) -> list[str]:
    """The speakers a phrase joins with "and" ("officials and state media"), except where the
    "and" is inside one name or one head:
    - a body's name that lists its fields: "the Central Commission for Elections and Referenda
      of Turkmenistan" is one commission (a body's word, "for"/"of" and capitalised words before
      "and"; capitalised words with no role after it);
    - a modifier sharing the head after it: "Democratic and network officials" are officials
      (one word before "and" that is no plural noun, a lower-case head after it);
    - two roles of one person: "Millom resident and witness Ann Field";
    - two names sharing a body's plural noun: "Officials at the Interior and Commerce departments";
    - a body's name of capitalised common words around "and": "the Food and Drug Administration"."""
    words = pack.sources
    parts = [_bare_name(p, pack) for p in words.speaker_joiner.split(speaker.strip(QUOTE_MARKS))]
    out = [parts[0]]
    for part in parts[1:]:
        left, right = out[-1].split(), part.split()
        lead = next((i for i in range(len(left) - 1, 0, -1) if left[i] in words.name_list_prepositions), None)
        roles = words.role_words
        listed = lead is not None and {left[lead - 1].lower(), left[lead - 1].lower().removesuffix("s")} \
            & words.org_words and left[lead - 1][:1].isupper() \
            and all(w[:1].isupper() for w in left[lead + 1:]) and 0 < len(left) - lead - 1 <= 3 \
            and right and right[0][:1].isupper() and not {w.lower() for w in right} & roles
        shared_head = len(left) == 1 and len(right) >= 2 and right[-1][:1].islower() \
            and _modifier(left[0], right[0], pack)
        two_roles = bool(left and right) and left[-1].lower() in roles and right[0].lower() in roles
        # "the Interior and Commerce departments": two names sharing a body's plural noun
        shared_body = len(right) == 2 and bool(left) and left[-1][:1].isupper() and right[0][:1].isupper() \
            and right[1].endswith("s") and right[1].removesuffix("s") in words.org_words
        # "… at Surrey Fire and Rescue Service": a body's name of capitalised words around "and",
        # after a preposition that says where the person works
        where = next((i for i in range(len(left) - 1, 0, -1) if left[i] in pack.naming.prepositions), None)
        one_body = where is not None and where < len(left) - 1 and 0 < len(right) <= 3 \
            and all(w[:1].isupper() for w in right + left[where + 1:]) and right[-1].lower() in words.org_words
        # "the Food and Drug Administration", "the Fish and Wildlife Service": common words capitalised
        # before "and" and a body's head after it (not "Microsoft and Google Inc": a name before "and")
        common_words = bool(left) and len(left) <= 2 and 0 < len(right) <= 3 and right[-1].lower() in words.org_words \
            and all(w[:1].isupper() and pack.word_tag is not None and pack.word_tag(w.lower()) in ("NN", "NNS", "JJ")
                    for w in left + right[:-1])
        if listed or shared_head or two_roles or shared_body or one_body or common_words:
            out[-1] = f"{out[-1]} and {part}"
        else:
            out.append(part)
    first = out[0].split()
    if len(out) > 1 and len(first) > 1 and first[0].lower() in words.pair_openers:
        out[0] = " ".join(first[1:])
    return out


# Quotation marks a speaker phrase may carry from the quotation it follows ("'…,' Craft said").
QUOTE_MARKS = " '\"‘’“”«»"




def _bare_name(part: str, pack: LanguagePack) -> str:
    """A name without the lower-case adjectives or ages before it (the tagger's JJ or VBG, or a
    word it does not know: "a tearful Charlie Kafoury" is Charlie Kafoury, "40-year-old Tsikala
    Stephania" is Tsikala Stephania): only before a name of two or more capitalised words, so
    "senior Hamas official" and "a senior Democrat" stay as they are."""
    words = part.split()
    k = 0
    while k < len(words) - 1 and not words[k][:1].isupper() and pack.word_tag is not None \
            and pack.word_tag(words[k]) in ("JJ", "VBG", None) and words[k].lower() not in pack.sources.role_words:
        k += 1
    name = words[k:]
    if k and len(name) >= 2 and all(w[:1].isupper() for w in name):
        return " ".join(name)
    if k and len(name) == 1 and name[0][:1].isupper() and all(AGE_NOUN.fullmatch(w) for w in words[:k]):
        return name[0]  # "36-year-old Klitschko said": an age describes; the surname is resolved after
    # "Kraft Food's Susan Davison", "KYW's Pat Loeb": where a person works, then the person (a
    # given name first)
    owner = next((i for i, w in enumerate(words) if re.search(r"['’]s$|s['’]$", w)), None)
    if owner is not None and len(words) - owner - 1 >= 2 and pack.name_sex is not None \
            and all(w[:1].isupper() for w in words) and (
                pack.name_sex(" ".join(words[owner + 1:])) is not None
                or kind_of(re.sub(r"['’]s?$", "", " ".join(words[:owner + 1])), False, pack.sources) != "person"):
        return " ".join(words[owner + 1:])  # (a person's name after a body's: "MASN Sports' Roch Kubatko")
    # "Bob Woodward of The Washington Post", "Sgt. Marty Earley with the Bloomington Police
    # Department": a person (a given name or a title first) and where they work
    of = next((i for i, w in enumerate(words) if w in pack.sources.head_ends), None)
    where = [w for w in words[of + 1:] if w not in pack.naming.articles] if of is not None else []
    if of is not None and 2 <= of <= 4 and where and pack.name_sex is not None \
            and all(w[:1].isupper() for w in words[:of] + where):
        titled = words[0].lower().rstrip(".") in pack.sources.role_words | pack.naming.title_words and of >= 3
        if titled or pack.name_sex(" ".join(words[:of])) is not None:
            return " ".join(words[1 if titled else 0:of])
    return part


def _modifier(word: str, after: str, pack: LanguagePack) -> bool:
    """Whether `word` before "and" modifies the head of the phrase after it, by the tagger's
    lexicon: an adjective or a singular noun ("Democratic and network officials", "Industry and
    business representatives"), not a head of its own (a plural, a body's or a role's word:
    "Developers and business groups", "police and state media"), and the phrase after it opens
    with no determiner ("police and the woman's friend", "Howard and some state leaders")."""
    if pack.word_tag is None:
        return False
    low = word.lower()
    if low in pack.sources.org_words | pack.sources.role_words | pack.sources.unnamed_heads:
        return False
    return pack.word_tag(low) in ("JJ", "NN") and pack.word_tag(after.lower()) not in ("DT", "PRP$", "CD")


def citations(sentences: list[Sentence], credits: dict[str, tuple[str, ...]] | None = None,
              voices: dict[tuple[str, int], SentenceVoice] | None = None,
              dropped: dict[str, tuple[str, ...]] | None = None, outlets: Collection[str] = ()) -> list[Citation]:
    """Everyone each outlet lets speak, with the verbs it uses for them and the sentences
    (`outlets`: the event's outlets, whose credits to each other count as agency credits)."""
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    verbs: dict[tuple[str, str], list[str]] = defaultdict(list)
    names_so_far: dict[str, list[str]] = defaultdict(list)  # per outlet, names in reading order
    cited_before: dict[str, frozenset[str]] = {}  # per outlet, whom its previous sentence cited
    bodies_so_far: dict[str, list[str]] = defaultdict(list)  # per outlet, named bodies cited so far
    roles_so_far: dict[str, dict[str, str]] = defaultdict(dict)  # per outlet, role → who it titled last
    titles: dict[str, list[tuple[list[str], str]]] = defaultdict(list)  # per outlet, each title's words and whom
    issued: dict[str, dict[str, str]] = defaultdict(dict)  # per outlet, document noun → who issued it last
    packs: dict[str, LanguagePack] = {}  # outlet → its language's pack
    pronoun_of: dict[tuple[str, str], set[str]] = defaultdict(set)  # the pronouns a name stood for
    bodies: set[tuple[str, str]] = set()  # names a spokesperson spoke for
    issuers: set[tuple[str, str]] = set()  # names a report, statement or article came from
    partners: dict[tuple[str, str], set[str]] = defaultdict(set)  # who spoke in one phrase with whom
    last_cited: dict[str, str] = {}  # per outlet, the source it cited last
    maybe_bodies: dict[str, list[str]] = defaultdict(list)  # per outlet, bodies and one-word names no person's
    read_so_far: dict[str, str] = defaultdict(str)  # per outlet, its text up to this sentence
    affiliations: dict[str, set[str]] = defaultdict(set)  # per outlet, bodies named only as whom a speaker is of
    sex_told: dict[str, dict[str, str]] = defaultdict(dict)  # per outlet, the last sentence's speakers' sexes
    for sent in sentences:
        pack = packs.setdefault(sent.source, pack_for(sent.language))
        voice = (voices or {}).get((sent.article_id, sent.index)) or sentence_voice(sent.text, sent.language)
        in_text = named_mentions(sent.text, pack.naming)
        mentions = [_opening_word_off(m.full, pack) for m in in_text]
        for m in in_text:  # each title with whom it titled, lower case: "district attorney" → "Steve Cooley"
            untitled = person_name(m.full, pack.sources)
            if m.role and m.titled:
                roles_so_far[sent.source][m.role.split()[-1]] = m.full
                titles[sent.source].append((m.role.lower().split(), m.full))
            elif untitled != m.full:  # "Queens District Attorney Richard Brown": a capitalised title
                titles[sent.source].append((m.full[:-len(untitled)].lower().split(), untitled))
            elif role_word := role_word_before(sent.text, m.full, pack) or appositive_role(m.phrase, pack):
                # "the star's rep Jack Ketsoyan", "Abdolreza Sheikholeslami, the governor of …"
                roles_so_far[sent.source].setdefault(role_word, m.full)
                titles[sent.source].append(([role_word], m.full))
        names_so_far[sent.source] += mentions
        read_so_far[sent.source] += " " + sent.text
        cited_here: list[str] = []
        parts = [speaker_parts(span.speaker or "", pack) for span in voice.spans]
        names_so_far[sent.source] += [p for ps in parts for p in ps if " " in p and p[:1].isupper()]
        sexes = dict(sex_told[sent.source])  # "he said" tells the sex of the speaker of the quotation, here
        sexes.update({span.speaker: sex for span in voice.spans  # and in the quotation's next sentences
                      if (sex := pack.voice.pronoun_sex.get(_pronoun_before(sent.text, span.verb, pack)))})
        sex_told[sent.source] = {w: x for w, x in sexes.items() if any(s.speaker == w for s in voice.spans)}
        for span, span_parts in zip(voice.spans, parts):
            speakers = _speakers_of(span_parts, names_so_far[sent.source], pack, sexes.get(span.speaker),
                                    cited_before.get(sent.source, frozenset()))
            together = [who for who, _ in speakers if who]
            for one in together:  # "The Hollywood Reporter and Collider are reporting": each other's partner
                partners[(sent.source, one)].update(w for w in together if w != one)
            for who, spoken_for in speakers:
                if not who or not_a_source(who, pack):
                    continue
                if spoken_for:
                    bodies.add((sent.source, who))
                issuing = issuer_named(who, pack)  # "a report from WCCO-TV Channel 4": the station
                if issuing:
                    who = issuing
                    issuers.add((sent.source, who))
                body = body_cited_before(who, bodies_so_far[sent.source], pack.sources, pack.naming.demonyms,
                                         sent.text) \
                    or issued[sent.source].get(who.lower(), "") \
                    or another_document(who, issued[sent.source], pack) \
                    or titled_role(who, titles[sent.source], pack, sent.text)
                body = body or voice_of_last_body(who, last_cited.get(sent.source, ""), pack) \
                    or same_as_last(who, last_cited.get(sent.source, ""), pack)
                named = [n for n in names_so_far[sent.source] if n not in affiliations[sent.source]]
                if not body and (body := short_form_body(who, not_people(sent.source, maybe_bodies, pronoun_of,
                                                                          titles, pack), named, pack, sent.text)):
                    bodies.add((sent.source, body))  # "Norvex said …" then "the company said": a body
                # "the statement said": whose statement it was; "the director denied …": the person
                # the outlet last titled so ("Hunger Games director Gary Ross")
                if body:
                    who = body  # "France Telecom said … The company said …": France Telecom
                elif (sent.source, who) in issuers \
                        or who[:1].isupper() and kind_of(who, False, pack.sources) in ("organisation", "agency"):
                    bodies_so_far[sent.source].append(who)
                    maybe_bodies[sent.source].append(who)
                elif no_persons_name(who, read_so_far[sent.source], pack.naming.closed):
                    maybe_bodies[sent.source].append(who)  # "Microsoft said …" then "the company said": the
                    # one-word name, typed at the end (a person's surname has a fuller name before it)
                affiliations[sent.source] |= affiliation(who, pack)  # "Analysts at Brightline Securities"
                cited_here.append(who)
                last_cited[sent.source] = who
                key = (sent.source, who)
                if sent.text not in found[key]:
                    found[key].append(sent.text)
                own = bool(span.verb) and _speakers_own_verb(span.verb, voice, pack)  # "I think" in a quotation
                verbs[key].append("quoted" if own or not span.verb else span.verb)
                said = _pronoun_before(sent.text, span.verb, pack)
                if said:
                    pronoun_of[key].add(said)
        cited_before[sent.source] = frozenset(cited_here)
        for noun, by in documents_issued(sent.text, cited_here, mentions, pack.sources).items():
            issued[sent.source].pop(noun, None)  # (the last issued comes last: `another_document`)
            issued[sent.source][noun] = by
    credited: set[tuple[str, str]] = set()
    for source, agencies in credited_agencies(sentences, credits, dropped, outlets).items():
        for agency, evidence in agencies.items():
            if agency.lower() in source.lower():
                continue  # "told the Global Times" in the Global Times' own report
            key = (source, agency)
            credited.add(key)
            if evidence not in found[key]:
                found[key].append(evidence)
    for key in [k for k in found if k[1][:1].isupper() and (k[0], k[1][:1].lower() + k[1][1:]) in found]:
        # "Police said …" opening a sentence and "…, police said": one source, written as the
        # outlet writes it inside a sentence
        into = (key[0], key[1][:1].lower() + key[1][1:])
        _move(found, verbs, key, into)
        pronoun_of[into] |= pronoun_of.pop(key, set())
    for key in [k for k in found if re.search(r"\w['’]s ", k[1])]:
        plain = (key[0], re.sub(r"(?<=\w)['’]s ", " ", key[1]))  # "CNN's management" beside "CNN management"
        if plain in found:
            _move(found, verbs, key, plain)
    _merge_short_forms(found, verbs, {o: p.sources for o, p in packs.items()})
    for key in list(found):
        pack = packs.get(key[0], ENGLISH)
        unowned, people = pack.sources.unowned_voices, pack.people_nouns
        if key not in found or key[1] not in unowned | people | pack.sources.org_words:
            continue
        heads = {0} if key[1] in unowned else {0, 1, 2} if key[1] in people else {-1}
        fuller = [k for k in found if k[0] == key[0] and k != key and k[1][:1].islower() and len(k[1].split()) > 1
                  and any(heads_at(k[1].split(), i, key[1], pack) for i in heads)]
        if len(fuller) == 1:  # "a spokesman for the facility" then "the spokesman": one source; so "the office"
            _move(found, verbs, key, fuller[0])  # after "the prosecutor's office", "the people" after "three people …"
    for key in list(found):  # "The company said …" before "Microsoft said …", the one company it cites
        pack = packs.get(key[0], ENGLISH)
        credit_only = pack.sources.press_verbs | {" ".join(pack.voice.according_to), QUOTED}
        speaking = [b for b in maybe_bodies[key[0]] if not set(verbs.get((key[0], b), [])) <= credit_only]
        sole = sole_body(key[1], speaking, pack, " ".join(found[key]))  # (not "according to the BBC": no company)
        if sole and (key[0], sole) in found:
            _move(found, verbs, key, (key[0], sole))
    for key in list(found):  # "State police said" beside "Oregon State Police": the name's last words
        tail = [w.lower() for w in key[1].split()]
        fuller = [k for k in found if k[0] == key[0] and k[1][:1].isupper() and len(k[1].split()) > len(tail) > 1
                  and [w.lower() for w in k[1].split()[-len(tail):]] == tail
                  and k[1].split()[-len(tail) - 1][:1].isupper()]  # not "Larry Waldie of the sheriff's department"
        if len(fuller) == 1:
            _move(found, verbs, key, fuller[0])
    outlet_text: dict[str, str] = defaultdict(str)
    for sent in sentences:
        outlet_text[sent.source] += " " + sent.text
    for key in [k for k in found if _ACRONYM.fullmatch(k[1])]:
        the = packs.get(key[0], ENGLISH).naming.definite_article.capitalize()  # "THR": "The Hollywood Reporter"
        spelled = [k for k in found if k[0] == key[0] and k != key and (_initials(k[1]) == key[1] or (
            _initials(f"{the} {k[1]}") == key[1] and f"{the} {k[1]}" in outlet_text[key[0]]))] or [
            k for k in found if k[0] == key[0] and k != key and f"{k[1]} ({key[1]})" in outlet_text[key[0]]]
        if len(spelled) == 1:
            _move(found, verbs, key, spelled[0])  # "USGS" beside "U.S. Geological Survey": one body; so
            # "MOFCOM" where the outlet writes "the Ministry of Commerce (MOFCOM)"
    for key in list(found):
        named = key[1].split()
        issuer = (key[0], re.sub(r"['’]s?$", "", " ".join(named[:-1])))  # "Seacom's tweet": Seacom
        lang = packs.get(key[0], ENGLISH).sources
        if len(named) > 1 and named[-1] in lang.body_documents and issuer in found:
            _move(found, verbs, key, issuer)  # "the Defence Ministry statement" beside "the Defence Ministry said"
        elif len(named) > 1 and named[-1] in lang.body_documents | lang.own_documents and issuer[1][:1].isupper() \
                and re.search(r"['’]s?$", named[-2]):  # "President Obama's announcement noted": Barack Obama
            _move(found, verbs, key, (key[0], fuller_name(person_name(issuer[1], lang), names_so_far[key[0]], lang)))
        elif len(named) > 1 and named[-1] in lang.body_documents and named[-2][:1].isupper() \
                and kind_of(issuer[1], False, lang, packs.get(key[0], ENGLISH).word_tag) in _BODIES:
            _move(found, verbs, key, issuer)  # "a Defence Ministry statement said", "an NYPD release": the
            # body cited by its name, as where the outlet also cites it so ("the Ministry said")
    for key in list(found):  # "her spokesman said" where the outlet titles "spokesman Harlan Boll" elsewhere
        role = key[1].split()
        pack = packs.get(key[0], ENGLISH)
        titled = roles_so_far[key[0]].get(role[-1].lower(), "") if len(role) == 2 \
            and role[0].lower() in pack.sources.person_possessives | {pack.naming.definite_article} else ""
        if titled and (key[0], titled) in found:
            _move(found, verbs, key, (key[0], titled))
    for key in list(found):  # "The official IRNA news agency and … said" beside "IRNA reported": one body
        alone = name_with_org_head(key[1], {k[1] for k in found if k[0] == key[0]}, packs.get(key[0], ENGLISH))
        if alone:
            _move(found, verbs, key, (key[0], alone))
    for key in [k for k in found if role_before_name(k[1].split(), packs.get(k[0], ENGLISH))]:
        # shown by the name alone ("Comedian Ellen DeGeneres", "Judge Jack Weinstein"); the role
        # stayed until here so that "the judge" could find the fuller name
        _move(found, verbs, key, (key[0], key[1].split(" ", 1)[1]))
    out = []
    for (source, cited), texts in found.items():
        words = packs.get(source, ENGLISH).sources
        kind = kind_of(cited, (source, cited) in credited, words, packs.get(source, ENGLISH).word_tag)
        if kind == "person" and (source, cited) in issuers:
            kind = "organisation"  # "a 1997 article in Ebony", "a report from WCCO-TV Channel 4": a body
        if kind == "unnamed" and capitalised_inside(cited, outlet_text.get(source, "")):
            kind = "person"  # "…, Morales said" (not "Employees said", which opens a sentence)
        if kind == "person" and " " not in cited:
            kind = one_word_kind(cited, packs.get(source, ENGLISH), texts)
        if kind == "person":
            kind = named_thing(cited, packs.get(source, ENGLISH), texts)
        if (kind == "person" or kind == "unnamed" and all(w[:1].isupper() for w in cited.split())) \
                and a_body_elsewhere(cited, outlet_text.get(source, ""), packs.get(source, ENGLISH)):
            kind = "organisation"  # "A statement from Waitrose said …" where "the Waitrose store" burned;
            # "The Angels … said" where "Angels spokesman Tim Mead" speaks for them: a team, not a group
        if kind == "person" and (" " not in cited and pronoun_of.get((source, cited)) == {words.it}
                                 or (source, cited) in bodies):
            kind = "organisation"  # "Seacom … which it said …" ("it", never "he" or "she"); "a
            # spokesperson for Interoute said"
        if kind == "person" and reports_only(cited, verbs.get((source, cited), ()), outlet_text.get(source, ""),
                                             packs.get(source, ENGLISH)):
            kind = "organisation"  # "Newsday reported": a paper
        if kind != "agency" and called_an_agency(cited, outlet_text.get(source, ""), words):
            kind = "agency"  # "Yemen's official news agency SABA reported", "the Kyodo news agency said"
        out.append(Citation(source=source, cited=cited, kind=kind,
                            sentences=tuple(texts), verbs=tuple(dict.fromkeys(verbs.get((source, cited), ())))))
    kinds = {(c.source, c.cited): c.kind for c in out}
    out = [replace(c, kind="organisation") if c.kind == "person" and " " not in c.cited and _beside_a_body(
        c.cited, {kinds.get((c.source, p), "") for p in partners.get((c.source, c.cited), set())},
        outlet_text.get(c.source, "")) else c for c in out]  # "The Hollywood Reporter and Collider are reporting"
    return sorted((replace(c, confidence=CITATION_CONFIDENCE.get(c.kind, CITATION_CONFIDENCE_OTHER))
                   for c in _one_kind_per_name(out, pronoun_of, packs)), key=lambda c: (c.source, -c.count, c.cited))


def _beside_a_body(cited: str, partner_kinds: set[str], text: str) -> bool:
    """Whether a one-word name no person's fuller name in the outlet ends with spoke in one phrase
    with a body (`partner_kinds`: the kinds of those it spoke with; "The Hollywood Reporter and
    Collider"): a body too, not a person by surname ("Obama and Microsoft said" where the outlet
    wrote "Barack Obama" stays a person)."""
    return bool(partner_kinds & {"organisation", "agency"}) and no_persons_name(cited, text)


def _one_kind_per_name(found: list[Citation], pronoun_of: dict[tuple[str, str], set[str]],
                       packs: dict[str, LanguagePack]) -> list[Citation]:
    """A one-word name that one outlet shows to be a body ("Microsoft says its …"; compared
    case-blind: "MWEB" makes "Mweb" a body), a longer one another outlet writes with a corporate
    suffix ("Reliance Globalcom Ltd"), or the first word of a company's name whose other words are
    a company's ("Nimbus" beside "Nimbus Systems"), is that body in every
    outlet of the event, unless an outlet calls it "he" or "she": a person is only the fallback for
    a capitalised word, and the reports of one event name one Microsoft."""
    bodies = {c.cited.lower() for c in found if " " not in c.cited and c.kind == "organisation"}
    # a longer name another outlet gives a corporate suffix: "Reliance Globalcom" beside
    # "Reliance Globalcom Ltd" (compared case-blind: "Reliance GlobalCom")
    suffixed = {" ".join(c.cited.lower().split()[:-1]) for c in found if " " in c.cited and c.kind == "organisation"
                and c.cited.split()[-1].lower() in packs.get(c.source, ENGLISH).sources.corporate_suffixes}
    # the short form of a company's name: "Nimbus" beside "Nimbus Systems", "Orbis" beside "Orbis Motors Inc"
    suffixed |= {c.cited.lower().split()[0] for c in found if " " in c.cited and c.kind == "organisation"
                 and company_words(c.cited.split()[1:], packs.get(c.source, ENGLISH).sources)}
    out = []
    for c in found:
        people = packs.get(c.source, ENGLISH).voice.person_pronouns
        if c.kind == "person" and (c.cited.lower() in bodies or c.cited.lower() in suffixed) \
                and not pronoun_of.get((c.source, c.cited), set()) & people:
            c = replace(c, kind="organisation")
        out.append(c)
    return out


def _opening_word_off(name: str, pack: LanguagePack) -> str:
    """A name without a capitalised word the tagger's lexicon knows as no noun or name, which only
    the start of a sentence capitalised ("Having Jackman host …", "Then Hansbrough said"), or an
    adjective before a given name ("Notorious Bettie Page"; not "Frank Lloyd Wright")."""
    words = name.split()
    first = words[0].lower()
    if len(words) > 1 and pack.word_tag is not None and (  # "Had Woodward …", not "Will Ferrell"
            first in pack.naming.auxiliaries and pack.word_tag(first) != "MD"
            or pack.word_tag(first) in ("VBG", "NNS", "RB", "IN", "DT", "CC", "WRB", "WDT", "PRP$")):
        return " ".join(words[1:])
    if len(words) >= 3 and pack.word_tag is not None and pack.word_tag(first) == "JJ" \
            and not is_given_name(words[0]) and is_given_name(words[1]):
        return " ".join(words[1:])  # "Notorious Bettie Page": an adjective before a given name
    return name


def _speakers_own_verb(verb: str, voice: SentenceVoice, pack: LanguagePack) -> bool:
    """Whether every use of `verb` in the sentence is the quoted speaker's own, in the first person
    and inside a quotation ("I think", "we saw"): words the outlet quotes, not a verb it cites with."""
    quoted = [(s.start, s.end) for s in voice.spans if s.voice == QUOTED]
    firsts = "|".join(sorted(pack.voice.first_person))
    uses = list(re.finditer(rf"\b(?:({firsts})\s+(?:[\w']+\s+){{0,2}})?{re.escape(verb)}\b", voice.text, re.I))
    # (up to two words between: "I think", "we never saw", "We should stop saying")
    return bool(uses) and all(m.group(1) and any(a <= m.start() < b for a, b in quoted) for m in uses)


def _pronoun_before(text: str, verb: str, pack: LanguagePack) -> str:
    """The subject pronoun right before a verb of saying in `text` ("which it said", "she has
    said"), lower case, or "" (the speaker was named)."""
    if not verb or " " in verb:
        return ""
    pronouns = "|".join(sorted(pack.voice.speaker_pronouns))
    m = re.search(rf"\b({pronouns})\s+(?:\w+\s+)?{re.escape(verb)}\b", text, re.I)
    return m.group(1).lower() if m else ""


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_BODIES = ("organisation", "government", "agency")  # kinds that issue statements in their own name


def _initials(name: str) -> str:
    """The capitals a name is shortened to: "U.S. Geological Survey" → "USGS", "National
    Transportation Safety Board" → "NTSB" (its capitalised words only; "of", "the" are skipped)."""
    out = ""
    for word in name.split():
        if re.fullmatch(r"(?:[A-Z]\.)+", word):
            out += word.replace(".", "")  # "U.S."
        elif word[:1].isupper():
            out += word[0]
    return out


def not_a_source(who: str, pack: LanguagePack = ENGLISH) -> bool:
    """A speaker phrase that names nobody: a pronoun left unresolved, alone or with a contraction
    ("he", "They're"), a function word ("His", "What"; not an acronym, "US"; a quantifier such as
    "Many" is an unnamed source), a day or month ("Tuesday")."""
    if who.lower() in pack.sources.pronouns:
        return True
    if " " in who:
        return False
    low = who.lower().rstrip(".")
    return (low in pack.naming.closed and low not in pack.voice.quantifiers and not who.isupper()) \
        or bool(pack.sources.pronoun_contraction.match(who)) or is_date_word(who, pack.slots)


def _move(found: dict[tuple[str, str], list[str]], verbs: dict[tuple[str, str], list[str]],
          key: tuple[str, str], into: tuple[str, str]) -> None:
    """One cited name's sentences and verbs counted under another's (its fuller form)."""
    for text in found.pop(key):
        if text not in found[into]:
            found[into].append(text)
    verbs[into] += verbs.pop(key, [])


def _merge_short_forms(found: dict[tuple[str, str], list[str]], verbs: dict[tuple[str, str], list[str]],
                       langs: dict[str, SourceWords] | None = None) -> None:
    """"Wang said" after "Foreign Minister Wang Yi said", "Chief Craft" after "Charles Craft",
    "Interoute's Wright" beside "Jonathan Wright", "Gilford Monrose" beside "Gilford T. Monrose",
    "France Telecom" beside "France Telecom SA": one source, counted once (`langs`: each
    outlet's language's role words)."""
    def bare(name: str) -> list[str]:
        return [w for w in name.split() if not MIDDLE_INITIAL.fullmatch(w)]

    for key in list(found):
        source, cited = key
        role_words = (langs or {}).get(source, ENGLISH.sources).role_words
        words = cited.split()
        # the same name with its middle initial, with a first given name before it or a middle one
        # inside ("Gilford T. Monrose", "William Mark Felt" beside "Mark Felt", "Bettie Mae Page")
        initials = [k for k in found if k[0] == source and k[1] != cited and (bare(k[1]) == words or len(words) > 1
                    and len(bare(k[1])) > len(words) and (bare(k[1])[-len(words):] == words
                    and all(is_given_name(w) for w in bare(k[1])[:-len(words)])
                    or len(words) == 2 and bare(k[1])[0] == words[0] and bare(k[1])[-1] == words[-1]
                    and all(is_given_name(w) for w in bare(k[1])[1:-1])))]
        if len(words) > 1 and len(initials) == 1:  # the same name with its middle initial
            _move(found, verbs, key, initials[0])
            continue
        suffixes = (langs or {}).get(source, ENGLISH.sources).corporate_suffixes
        suffixed = [k for k in found if k[0] == source and len(k[1].split()) == len(words) + 1
                    and k[1].split()[:-1] == words
                    and {k[1].split()[-1].lower(), k[1].split()[-1].lower().rstrip(".")} & suffixes]
        if len(suffixed) == 1:  # "France Telecom" beside "France Telecom SA": one company
            _move(found, verbs, key, suffixed[0])
            continue
        employer = len(words) > 1 and bool(re.search(r"['’]s$", words[-2])) \
            and all(w[:1].isupper() for w in words)  # "Interoute's Wright", "the Hastings Center's Murray"
        if len(words) > 1 and not employer and not all(w.lower().rstrip(".") in role_words or w.lower() in role_words
                                                       for w in words[:-1]):
            continue  # (a role, or where the person works, beside "Jonathan Wright")
        fuller = [k for k in found if k[0] == source and k[1] != cited and len(k[1].split()) > 1
                  and k[1].split()[-1] == words[-1] and k[1].split()[0].lower() not in role_words
                  and k[1].split()[-2].lower() not in (langs or {}).get(source, ENGLISH.sources).head_ends]
        # ("the source" is "a police source"; "Corvex" is not "a senior executive at Corvex")
        if len(fuller) == 1:
            _move(found, verbs, key, fuller[0])
