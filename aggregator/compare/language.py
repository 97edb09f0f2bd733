"""Comparison language packs: the word lists and rules the comparison needs for one language.

Adding a language used to mean finding every `language == "en"` and every English list across
compare/. A pack gathers them: how sentences are split, which furniture rules apply, how a
fragment is measured, whether the general evaluative lexicons (English) run, the closed lists
of each step, and the stemmer, part-of-speech tagger and stop words. Packs are registered in the
`aggregator.language_packs` entry points under their ISO 639-1 code; English, Chinese, Japanese
and Korean are registered by aggregator itself (pyproject.toml), a new language by its own
package (docs/extending.md).

A language no pack is registered for gets `generic(code)`: no English-only rules, words counted
as words, and the English lists and tools (a sentence in another language rarely matches them,
so its changes are mostly `word choice`) — what the comparison did for every such language
before packs existed.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from .. import plugins
from . import lexicon as en
from .lexicon import ATTRIBUTION_VERBS, HEDGES, INTENSIFIERS
from .names import name_sex
from .stems import stem
from .tagger import lexicon_tag, tags

logger = logging.getLogger(__name__)


# The closed lists of each comparison step, grouped by the step that reads them. Every group's
# defaults are the English lists of `lexicon` (one definition): a pack that gives no group of its
# own is read with the English lists, which is what the comparison did for every language before
# packs held them (a sentence in another language rarely matches them).


@dataclass(frozen=True)
class VoiceWords:
    """Who is speaking in a sentence (compare/voice.py): the frame of reported speech."""

    reporting_verbs: frozenset[str] = en.REPORTING_VERBS  # introduce reported speech or a view
    that_only_verbs: frozenset[str] = en.THAT_ONLY_VERBS  # report speech only with a clause
    object_view_verbs: frozenset[str] = en.OBJECT_VIEW_VERBS  # object is the speaker's view
    participle_views: frozenset[str] = en.PARTICIPLE_VIEWS  # "hailed by X as …": the agent's view
    designating_verbs: frozenset[str] = en.DESIGNATING_VERBS  # "X, designated a … by Y,": Y's name
    inner_clause_words: frozenset[str] = en.INNER_CLAUSE_WORDS  # "as someone who …": a clause inside a view
    speech_object_nouns: frozenset[str] = en.SPEECH_OBJECT_NOUNS  # "denied the accusations": a view object
    object_frame_verbs: frozenset[str] = en.OBJECT_FRAME_VERBS  # object before the content
    request_verbs: frozenset[str] = en.REQUEST_VERBS  # "asked X to …": the request after "to"
    body_nouns: Mapping[str, str] = field(default_factory=lambda: en.BODY_NOUNS, hash=False)  # "the agency": IRNA
    body_heads: Mapping[str, str] = field(default_factory=lambda: en.BODY_HEADS, hash=False)  # "… Administration"
    document_nouns: frozenset[str] = en.DOCUMENT_NOUNS  # "her official biography": never "he" or "she"
    person_nouns: frozenset[str] = en.PERSON_NOUNS  # "one woman told …": a speaker as a phrase's head only
    number_signs: frozenset[str] = en.NUMBER_SIGNS  # "Juror No. 8": the full stop ends no speaker
    passive_before_to: frozenset[str] = en.PASSIVE_BEFORE_TO  # "a man said to have been …": a participle
    telling_verbs: frozenset[str] = en.TELLING_VERBS  # "told reporters the ship sank": no "that"
    object_only_verbs: frozenset[str] = en.OBJECT_ONLY_VERBS  # "assured that …" (no one told) ensures
    act_prepositions: Mapping[str, frozenset[str]] = field(  # "countered with a spurt": no report
        default_factory=lambda: en.ACT_PREPOSITIONS, hash=False)
    warning_verbs: frozenset[str] = en.WARNING_VERBS  # "warned the economy would shrink": no object
    view_verbs: frozenset[str] = en.VIEW_VERBS  # "experts see the move as …"
    view_prepositions: Mapping[str, str] = field(default_factory=lambda: en.VIEW_PREPOSITIONS, hash=False)  # "on"
    describing_verbs: frozenset[str] = en.DESCRIBING_VERBS  # "described a chaotic scene": theirs
    expressing_verbs: frozenset[str] = en.EXPRESSING_VERBS  # "expressed hope that …" (compare/expressed.py)
    expressed_nouns: frozenset[str] = en.EXPRESSED_NOUNS  # … the noun of what is said before "that"
    nameless_passive_verbs: frozenset[str] = en.NAMELESS_PASSIVE_VERBS  # "it was reported that …"
    estimate_verbs: frozenset[str] = en.ESTIMATE_VERBS  # "put the toll at 30" (compare/estimates.py)
    finding_verbs: frozenset[str] = en.FINDING_VERBS  # "the autopsy found that …": only with "that"
    perception_gerunds: frozenset[str] = en.PERCEPTION_GERUNDS  # "reported feeling the quake": their account
    duration_for: str = en.DURATION_FOR  # "urged drivers for hours to …": a span of time, not what is urged
    foretelling_verbs: frozenset[str] = en.FORETELLING_VERBS  # "…, as analysts had predicted": it came true
    estimate_at: str = en.ESTIMATE_AT  # … the word before the figure
    nameless_subject: str = en.NAMELESS_SUBJECT  # the empty subject of those passives
    speaker_pronouns: frozenset[str] = en.SPEAKER_PRONOUNS
    addressee_pronouns: frozenset[str] = en.ADDRESSEE_PRONOUNS  # "you think …": nobody named
    negated_before: frozenset[str] = en.NEGATED_BEFORE  # "without really saying": nobody said it
    conditionals: frozenset[str] = en.CONDITIONALS  # "if he thinks …": a condition, nobody said it
    negated_subjects: frozenset[str] = en.NEGATED_SUBJECTS  # "neither X nor Y claimed …": nobody said it
    coordinated_verbs: frozenset[str] = en.COORDINATED_VERBS  # "X made the announcement … and said"
    verb_coordinators: frozenset[str] = en.VERB_COORDINATORS  # "… but said that": the clause's subject speaks
    place_before_name: frozenset[str] = en.PLACE_BEFORE_NAME  # "at North Carolina": no person
    what: str = en.WHAT  # "what they say"
    first_person: frozenset[str] = en.FIRST_PERSON
    first_person_forms: frozenset[str] = en.FIRST_PERSON_FORMS  # "me", "our": a speaker's words
    second_person_forms: frozenset[str] = en.SECOND_PERSON_FORMS  # "you", "your": spoken to someone
    reflexives: frozenset[str] = en.REFLEXIVE_PRONOUNS  # "DeGeneres herself": the name speaks
    person_pronouns: frozenset[str] = en.PERSON_PRONOUNS
    pronoun_sex: Mapping[str, str] = field(default_factory=lambda: en.PRONOUN_SEX, hash=False)  # "she": f
    possessive_sex: Mapping[str, str] = field(default_factory=lambda: en.POSSESSIVE_SEX, hash=False)  # "her": f
    plural_pronouns: frozenset[str] = en.PLURAL_PRONOUNS  # "they": several people or a body
    plural_bodies: frozenset[str] = en.PLURAL_BODIES  # "Police saw the car. They …": "they" is the police
    group_anaphors: frozenset[str] = en.GROUP_ANAPHORS  # "the pair said": the several who spoke last
    quote_marks: tuple[str, ...] = en.QUOTE_MARKS
    quote_pairs: Mapping[str, str] = field(default_factory=lambda: en.QUOTE_PAIRS, hash=False)  # opening → closing mark
    role_words: frozenset[str] = en.ROLE_WORDS  # role words before a speaker's name
    capitals_only_roles: frozenset[str] = en.CAPITALS_ONLY_ROLES  # "DA", not "da Silva" nor "Ada Moor"
    agent_endings: tuple[str, ...] = en.AGENT_ENDINGS  # "comedian", "singer": a role noun by its ending
    science_trades: tuple[str, ...] = en.SCIENCE_TRADES  # "seismologist": a role the tagger's lexicon lacks
    title_words: frozenset[str] = en.TITLE_WORDS
    boundary_words: frozenset[str] = en.BOUNDARY_WORDS  # end a speaker phrase read backwards
    relative_pronouns: frozenset[str] = en.RELATIVE_PRONOUNS  # "the officer who … says": read past
    object_relatives: frozenset[str] = en.OBJECT_RELATIVES  # "a democracy that Beijing claims, …"
    be_forms: frozenset[str] = en.BE_FORMS  # "was charged with": a passive, no speaker
    progressive_verbs: frozenset[str] = en.PROGRESSIVE_VERBS  # "THR is reporting that …"
    expletives: frozenset[str] = en.EXPLETIVES  # "It was discovered …": a subject that names no one
    passive_adverbs: frozenset[str] = en.PASSIVE_ADVERBS
    time_leads: frozenset[str] = en.TIME_LEADS  # "Dusek on Friday denied …": not the holder's words
    question_auxiliaries: frozenset[str] = en.QUESTION_AUXILIARIES  # "What do you think …?"
    credit_settings: frozenset[str] = en.CREDIT_SETTINGS  # "according to X on the company blog": X
    credit_joiners: frozenset[str] = en.CREDIT_JOINERS  # "according to the Ministry of Commerce and …"
    clause_openers: frozenset[str] = en.CLAUSE_OPENERS  # "While X claims …, Y": the claim ends at the comma
    main_clause_openers: frozenset[str] = en.MAIN_CLAUSE_OPENERS
    leading_noise: frozenset[str] = en.LEADING_NOISE  # dropped from a speaker phrase's front
    paraphrase_verbs: frozenset[str] = en.PARAPHRASE_VERBS  # a lone quotation after one is its speaker's
    time_words: frozenset[str] = en.TIME_WORDS  # time adverbials between speaker and verb
    speaker_nouns: frozenset[str] = en.SPEAKER_NOUNS  # lower-case heads of a speaker phrase
    body_voices: frozenset[str] = en.BODY_VOICES  # "a representative of Acme said": Acme speaks
    noun_forms: frozenset[str] = en.NOUN_FORMS  # verbs of saying that are also plural nouns
    tagged_noun_forms: frozenset[str] = en.TAGGED_NOUN_FORMS  # "market fears that …": a noun, by the tagger
    inverting: frozenset[str] = en.INVERTING  # verbs that may come before their speaker
    praise_verbs: frozenset[str] = en.PRAISE_VERBS  # "X lauded Y." then '"…"': X's words
    quotation_verbs: frozenset[str] = en.QUOTATION_VERBS  # '"…," Williams fumed': only right after a quotation
    writing_verbs: frozenset[str] = en.WRITING_VERBS  # "…, wrote a letter": the letter is written, not a speaker
    tally_verbs: frozenset[str] = en.TALLY_VERBS  # "added 101 yards": a tally, not a report
    trailing_starts: frozenset[str] = en.TRAILING_STARTS  # what may follow a trailing frame
    elapsed_units: frozenset[str] = en.ELAPSED_UNITS  # "… she said years later": when, not what
    elapsed_ends: frozenset[str] = en.ELAPSED_ENDS
    elapsed_counts: frozenset[str] = en.ELAPSED_COUNTS
    empty_objects: frozenset[str] = en.EMPTY_OBJECTS  # "said nothing": no words reported
    connectors: frozenset[str] = en.CONNECTORS  # lower-case words inside a speaker's name
    according_to: tuple[str, str] = en.ACCORDING_TO  # "according to X, …": the credit is X's
    opening_credits: frozenset[str] = en.OPENING_CREDITS  # "Per THR, …": a credit opening a sentence
    not_credited: frozenset[str] = en.NOT_CREDITED  # "according to law": no credit
    verb_particles: str = en.VERB_PARTICLES  # shown with a frame's verb ("according to"): alternation
    what_calls: str = en.WHAT_CALLS  # "what X calls …", with one of `calling_verbs`
    calling_verbs: frozenset[str] = en.CALLING_VERBS
    quoted_as_saying: tuple[str, str, str] = en.QUOTED_AS_SAYING  # "X was quoted as saying …"
    reported_as: frozenset[str] = en.REPORTED_AS  # "X was reported as saying …": X speaks
    quoting_verbs: frozenset[str] = en.QUOTING_VERBS  # "X quotes Y confirming …"
    regarded_by_as: re.Pattern = en.REGARDED_BY_AS  # 'treated by police as "…"': the agent's words
    sign_reading: re.Pattern = en.SIGN_READING  # 'banners reading "…"': written, nobody's words
    had_to_say: str = en.HAD_TO_SAY  # "X had this to say": read as "X said"
    own_words_lead: str = en.OWN_WORDS_LEAD  # "His exact words:": read as "He said:"
    possessive_subjects: Mapping[str, str] = field(default_factory=lambda: en.POSSESSIVE_SUBJECTS, hash=False)
    utterance_nouns: frozenset[str] = en.UTTERANCE_NOUNS  # "released a response: "…"": whose words follow
    object_pronouns: Mapping[str, str] = field(default_factory=lambda: en.OBJECT_PRONOUNS, hash=False)  # "quoted him"
    phrasal_reporting: Mapping[tuple[str, str], str] = field(  # "pointed out" reads as "notes"
        default_factory=lambda: en.PHRASAL_REPORTING, hash=False)
    name_abbreviations: frozenset[str] = en.NAME_ABBREVIATIONS  # "St.", "Jr.": the name goes on
    no_speaker_before: frozenset[str] = en.NO_SPEAKER_BEFORE  # "to say", "was said": no speaker
    causative_verbs: frozenset[str] = en.CAUSATIVE_VERBS  # "led critics to argue that …": the critics'
    carrying_on: tuple[tuple[str, ...], ...] = en.CARRYING_ON  # "went on to say": the subject's saying
    possessive_determiners: frozenset[str] = en.POSSESSIVE_DETERMINERS  # "his alleged victim": no frame
    pronoun_of_possessive: Mapping[str, str] = field(default_factory=lambda: en.PRONOUN_OF_POSSESSIVE, hash=False)
    attributive_before: frozenset[str] = en.ATTRIBUTIVE_BEFORE  # "other alleged Bloods": no frame
    no_speaker_endings: tuple[str, ...] = en.NO_SPEAKER_ENDINGS  # "couldn't say"
    noun_form_before: frozenset[str] = en.NOUN_FORM_BEFORE  # "previous reports": a noun
    complementizers: frozenset[str] = en.COMPLEMENTIZERS  # "said that …"
    reporting_prepositions: frozenset[str] = en.REPORTING_PREPOSITIONS  # "asked whether …"
    trailing_verbs: frozenset[str] = en.TRAILING_VERBS  # "…, he told reporters"
    object_frame_prepositions: frozenset[str] = en.OBJECT_FRAME_PREPOSITIONS  # "accused Japan of …"
    view_as: str = en.VIEW_AS  # "see the move as …"
    in_the_words_of: tuple[str, ...] = en.IN_THE_WORDS_OF  # "In the words of one analyst, …"
    put_it: tuple[frozenset[str], str] = en.PUT_IT  # "As one resident put it, …"
    obtained_participles: frozenset[str] = en.OBTAINED_PARTICIPLES  # "a report obtained by the AP": the report
    view_agent: str = en.VIEW_AGENT  # "portrayed by the government as …": the view is the agent's
    participle_people: str = en.PARTICIPLE_PEOPLE  # "60 percent of those polled said": people speak
    frame_tail_stops: frozenset[str] = en.FRAME_TAIL_STOPS  # "… argued after …", "said as he …"
    absolute_with: str = en.ABSOLUTE_WITH  # "…, with most residents saying": the residents speak
    naming_verbs: frozenset[str] = en.NAMING_VERBS  # "called the mechanic a hero": the complement is theirs
    naming_participles: frozenset[str] = en.NAMING_PARTICIPLES  # "calling it …": naming only with a complement
    adverb_endings: tuple[str, ...] = en.ADVERB_ENDINGS_BEFORE_VERB  # skipped before the verb …
    not_adverbs: frozenset[str] = en.NOT_ADVERBS  # … unless one of these
    before_verb: frozenset[str] = en.BEFORE_VERB  # "further", "have": skipped before the verb
    time_fillers: frozenset[str] = en.TIME_FILLERS  # around `time_words`: "that same day"
    speakers_and: str = en.SPEAKERS_AND  # "officials and state media said"
    place_prepositions: frozenset[str] = en.SPEAKER_PLACE_PREPOSITIONS  # "Survey in Golden": a place
    place_nouns: frozenset[str] = en.SPEAKER_PLACE_NOUNS  # "residents at the village of Gavarzin"
    place_noun_prepositions: frozenset[str] = en.SPEAKER_PLACE_NOUN_PREPOSITIONS
    inverted_ends: frozenset[str] = en.INVERTED_SPEAKER_ENDS  # "said X in a statement": X ends there
    source_prepositions: frozenset[str] = en.SPEAKER_SOURCE_PREPOSITIONS  # "a statement from Waitrose"
    speaker_articles: frozenset[str] = en.SPEAKER_ARTICLES  # dropped from a speaker phrase's front
    request_after: frozenset[str] = en.REQUEST_AFTER  # "who asked not to be named": a request, no frame
    new_referent: frozenset[str] = en.NEW_REFERENT_WORDS  # "a spokesman": nobody named before
    quantifiers: frozenset[str] = en.QUANTIFIERS  # "many say", "some claim": a subject, not an adjective
    counted: frozenset[str] = en.COUNTED  # "…," said one witness / another resident / two officials
    one_of: frozenset[str] = en.ONE_OF  # '"…," says one.': one of the group that spoke last
    # disputes.py: a verb that makes what it reports a claim; words besides the pack's verbs of
    # saying that make a sentence someone else's claim
    claim_verbs: re.Pattern = en.CLAIM_VERB
    accuse_verb: re.Pattern = en.ACCUSE_VERB  # "accused X of C": C, a gerund, is a claim too
    not_own_words: frozenset[str] = en.NOT_OWN_WORDS
    accusation_words: frozenset[str] = en.ACCUSATION_WORDS  # "charged with C": the charge holds C
    denial: re.Pattern = en.DENIAL  # "X denied that C", "X rejects claims of C": verb and claim groups
    denied_reports: frozenset[str] = en.DENIED_REPORTS  # "denied a report that C": another outlet's story
    denied_as_false: re.Pattern = en.DENIED_AS_FALSE  # "reports that C were untrue": claim and verb groups
    denial_as_tail: re.Pattern = en.DENIAL_AS_TAIL  # "dismissed reports that C as lies": not part of C
    denial_as_verbs: tuple[str, ...] = en.DENIAL_AS_VERBS  # the verbs that take it
    falsity_words: tuple[str, ...] = en.FALSITY_WORDS  # "untrue", "baseless": a claim called false
    denied_aside: re.Pattern = en.DENIED_ASIDE  # "…, an allegation the minister denied": the aside
    opposite_prefixes: tuple[str, ...] = en.OPPOSITE_PREFIXES  # "unarmed" against "armed"
    not_a_claim: frozenset[str] = en.NOT_A_CLAIM  # words a denied claim cannot start with
    figure_denial: re.Pattern = en.FIGURE_DENIAL  # "less than the $184 million reported by …"
    # a source's negated statement ("said patient data had not been stolen") denies a claim only as
    # a plain statement: one of these anywhere in it makes it a correction, a contrast or a condition
    negated_report_breaks: frozenset[str] = en.NEGATED_REPORT_BREAKS
    droppable_negations: frozenset[str] = en.DROPPABLE_NEGATIONS  # dropped, they leave the claim ("not")
    contracted_negations: Mapping[str, str] = field(default_factory=lambda: en.CONTRACTED_NEGATIONS,
                                                    hash=False)  # "won't": "will"; else the word less "n't"


@dataclass(frozen=True)
class SourceWords:
    """Sources: agencies, organisations, unnamed speakers, governments (compare/quotes.py)."""

    agencies: tuple[str, ...] = en.AGENCIES
    agency_aliases: Mapping[str, str] = field(default_factory=lambda: en.AGENCY_ALIASES, hash=False)  # derivation.py
    org_words: frozenset[str] = en.ORG_WORDS
    unnamed_heads: frozenset[str] = en.UNNAMED_HEADS
    governments: frozenset[str] = en.GOVERNMENTS
    pronouns: frozenset[str] = en.PRONOUNS  # a pronoun left unresolved is not a source
    role_words: frozenset[str] = en.ROLE_WORDS
    capitals_only_roles: frozenset[str] = en.CAPITALS_ONLY_ROLES  # "ADA Fairman", not "Ada Moor"
    head_ends: frozenset[str] = en.CITED_HEAD_ENDS  # "Ann Field of the Union …": who, then where from
    numbered: re.Pattern = en.NUMBERED_SOURCE  # "Juror No. 8": known by a number, unnamed
    document_nouns: frozenset[str] = en.DOCUMENT_NOUNS  # "a 1997 article in Ebony": a text …
    published_in: frozenset[str] = en.PUBLISHED_IN  # … in a publication, which is the source
    sent_from: str = en.SENT_FROM  # "a report from X": X, unless X is a person
    body_documents: frozenset[str] = en.BODY_DOCUMENTS  # "an NYPD release": the body speaks
    statement_nouns: frozenset[str] = en.STATEMENT_NOUNS  # "a statement" … "the release said": one
    own_documents: frozenset[str] = en.OWN_DOCUMENTS  # "Willoughby's letter": its writer speaks
    obtained_words: frozenset[str] = en.OBTAINED_WORDS  # "records obtained by AP": not AP's own words
    person_possessives: frozenset[str] = en.PERSON_POSSESSIVES  # "her spokesman": a person's, unnamed
    # a credit to an agency, as regular-expression alternations around its name: the words before
    # it ("according to"), an article it may take, words after it ("news agency"), the verbs
    # after it ("reported"), a credit line's opening ("According to AFP, Reuters") and the word
    # joining that line's last two names
    credit_before: str = en.CREDIT_BEFORE
    credit_article: str = en.CREDIT_ARTICLE
    credit_agency_words: str = en.CREDIT_AGENCY_WORDS
    credit_after: str = en.CREDIT_AFTER
    credit_line: str = en.CREDIT_LINE
    credit_line_and: str = en.CREDIT_LINE_AND
    photo_credit: re.Pattern = en.PHOTO_CREDIT  # a dropped line crediting a picture, not the story
    agency_article: re.Pattern = en.AGENCY_ARTICLE  # "the AP" is "AP" (derivation.py)
    speaker_joiner: re.Pattern = en.SPEAKER_JOINER  # splits "officials and state media"
    pair_openers: frozenset[str] = en.PAIR_OPENERS  # "both X and Y": "both" is neither's
    name_list_prepositions: frozenset[str] = en.NAME_LIST_PREPOSITIONS  # "Ministry of Trade and Industry"
    agency_name: re.Pattern = en.AGENCY_NAME  # a name with this is an agency's ("… news agency")
    government_articles: frozenset[str] = en.GOVERNMENT_ARTICLES  # "the Philippines" said
    name_article: str = en.NAME_ARTICLE  # "The Global Times" and "Global Times" are one
    short_form_articles: re.Pattern = en.SHORT_FORM_ARTICLES  # dropped before resolving a short form
    vessel_prefixes: frozenset[str] = en.VESSEL_PREFIXES  # "MV Gibe said": a ship speaks for its owner
    web_name: re.Pattern = en.WEB_NAME  # "TMZ.com", "MyFoxHouston.com": a site, an organisation
    body_named_as: str = en.BODY_NAMED_AS  # "a group calling itself Black Tide": a body's name
    pronoun_contraction: re.Pattern = en.PRONOUN_CONTRACTION  # "They're" said: a pronoun, no source
    its: str = en.ITS  # "Microsoft says its update …": the possessive of a thing, not of a person
    same: str = en.SAME_REFERENT  # "the same source said": the source cited last
    it: str = en.IT  # "… which it said …": a speaker resolved from "it" is a thing, not a person
    media_short_forms: frozenset[str] = en.MEDIA_SHORT_FORMS  # "the paper said": the last medium cited
    press_verbs: frozenset[str] = en.PRESS_VERBS  # "Newsday reported", and no other verb: a paper
    agency_short_forms: frozenset[str] = en.AGENCY_SHORT_FORMS  # "the agency said": the last agency cited
    news_agency_modifiers: frozenset[str] = en.NEWS_AGENCY_MODIFIERS  # "the state news agency"; not "disaster"
    company_short_forms: frozenset[str] = en.COMPANY_SHORT_FORMS  # "the company said": the last firm cited
    organisation_short_forms: frozenset[str] = en.ORGANISATION_SHORT_FORMS  # "the rights group said"
    new_referent_articles: frozenset[str] = en.NEW_REFERENT_ARTICLES  # "an anti-piracy watchdog said": a new one
    unowned_voices: frozenset[str] = en.UNOWNED_VOICES  # "a spokesman said": the body cited just before
    media_name_words: frozenset[str] = en.MEDIA_NAME_WORDS  # words of a medium's name
    not_company_words: frozenset[str] = en.NOT_COMPANY_WORDS  # "the company" is never "the police"
    body_attributes: frozenset[str] = en.BODY_ATTRIBUTE_NOUNS  # "a Waitrose spokeswoman": a body's
    spokesperson_for: re.Pattern = en.SPOKESPERSON_FOR  # "a spokesman for the Bureau": the bureau
    corporate_suffixes: frozenset[str] = en.CORPORATE_SUFFIXES  # "Microsoft Corp.": a company
    plural_demonym_endings: tuple[str, ...] = en.PLURAL_DEMONYM_ENDINGS  # "Brooklynites": a people
    publication_heads: frozenset[str] = en.PUBLICATION_HEADS  # "The Hollywood Reporter": a publication
    company_name_words: frozenset[str] = en.COMPANY_NAME_WORDS  # "Summit Entertainment": a body
    body_name_joiners: frozenset[str] = en.BODY_NAME_JOINERS  # "Doctors Without Borders": a body
    workplace_prepositions: frozenset[str] = en.WORKPLACE_PREPOSITIONS  # "an executive at Corvex": a body


@dataclass(frozen=True)
class QuantityWords:
    """Quantities as news writes them (compare/numbers.py)."""

    units_words: Mapping[str, int] = field(default_factory=lambda: en.UNITS_WORDS, hash=False)
    scales: Mapping[str, int] = field(default_factory=lambda: en.SCALES, hash=False)
    vague: Mapping[tuple[str, ...], tuple[int, int]] = field(default_factory=lambda: en.VAGUE, hash=False)
    qualifiers: Mapping[tuple[str, ...], str] = field(default_factory=lambda: en.QUALIFIERS, hash=False)
    vague_before_scale: frozenset[tuple[str, ...]] = en.VAGUE_BEFORE_SCALE  # "several thousand"
    range_start: str = en.RANGE_START  # "between 60 and 100"
    range_and: str = en.RANGE_AND
    range_words: frozenset[str] = en.RANGE_WORDS  # "60-100", "140 to 150"
    not_alone: frozenset[str] = en.NOT_ALONE  # number words that are no figure alone ("a")
    article_numbers: frozenset[str] = en.ARTICLE_NUMBERS  # a figure before one of `round_scales`
    round_scales: frozenset[str] = en.ROUND_SCALES
    unchained_scales: frozenset[str] = en.UNCHAINED_SCALES  # do not multiply the scale before them


@dataclass(frozen=True)
class SlotWords:
    """What a figure counts (compare/slots.py) and the dates around it (conflicts.py)."""

    count_slots: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: en.COUNT_SLOTS, hash=False)
    phrasal_slot_verbs: Mapping[tuple[str, str], str] = field(default_factory=lambda: en.PHRASAL_SLOT_VERBS,
                                                               hash=False)  # "laying off 11,000 employees"
    gathering_slots: frozenset[str] = en.GATHERING_SLOTS  # counted after the figure, or "a crowd of N"
    gathering_prepositions: frozenset[str] = en.GATHERING_PREPOSITIONS
    slot_suffixes: tuple[str, ...] = en.SLOT_SUFFIXES  # endings a slot stem may take ("kill" → "killed")
    directions: Mapping[str, str] = field(default_factory=lambda: en.DIRECTIONS, hash=False)
    currencies: Mapping[str, str] = field(default_factory=lambda: en.CURRENCIES, hash=False)
    currency_prefixes: Mapping[str, str] = field(default_factory=lambda: en.CURRENCY_PREFIXES, hash=False)  # "R26m"
    measures: Mapping[tuple[str, ...], tuple[str, float]] = field(default_factory=lambda: en.MEASURES, hash=False)
    money_heads: Mapping[str, str] = field(default_factory=lambda: en.MONEY_HEADS, hash=False)
    count_followers: frozenset[str] = en.COUNT_FOLLOWERS
    state_before_slot: frozenset[str] = en.STATE_BEFORE_SLOT  # "found dead", "remain missing" (slots.py)
    prenominal_not_count_slots: frozenset[str] = en.PRENOMINAL_NOT_COUNT_SLOTS  # "freed 12 trapped miners"
    building_nouns: frozenset[str] = en.BUILDING_NOUNS  # what the building slots count ("40 homes")
    building_slots: frozenset[str] = en.BUILDING_SLOTS
    noun_counted_slots: frozenset[str] = en.NOUN_COUNTED_SLOTS  # count only before a plural noun
    naming_only_slots: frozenset[str] = en.NAMING_ONLY_SLOTS  # read for labels, never compared
    subject_only_slots: frozenset[str] = en.SUBJECT_ONLY_SLOTS  # never count their verb's object
    noun_keyed_slots: frozenset[str] = en.NOUN_KEYED_SLOTS  # "affected customers"
    directive_verbs: frozenset[str] = en.DIRECTIVE_VERBS  # "were ordered to evacuate"
    directed_slot_verbs: Mapping[tuple[str, str], str] = field(default_factory=lambda: en.DIRECTED_SLOT_VERBS,
                                                   hash=False)  # "ordered to leave": evacuated
    # "were taken to hospital": a verb of care, a preposition, a filler at most, a hospital (CARE_SLOT)
    care_phrase: tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]] = (
        en.CARE_VERBS, en.CARE_PREPOSITIONS, en.CARE_FILLERS, en.CARE_PLACES)
    care_slot: str = en.CARE_SLOT
    data_nouns: frozenset[str] = en.DATA_NOUNS  # "the data of 1.2 million customers": affected
    data_owner_links: tuple[tuple[str, ...], ...] = en.DATA_OWNER_LINKS  # "of", "belonging to"
    data_slot: str = en.DATA_SLOT  # the slot those figures count
    subcount_before: tuple[str, ...] = en.SUBCOUNT_BEFORE
    people_nouns: frozenset[str] = en.PEOPLE_NOUNS
    subset_nouns: frozenset[str] = en.SUBSET_NOUNS
    place_before_count: frozenset[str] = en.PLACE_BEFORE_COUNT  # "29 people in nine states": no count
    whole_group_slots: frozenset[str] = en.WHOLE_GROUP_SLOTS  # "abducted 60 students": the whole count
    increment_after: tuple[str, ...] = en.INCREMENT_AFTER
    increment_before: tuple[str, ...] = en.INCREMENT_BEFORE
    rest_before: str = en.REST_BEFORE  # "the other three men": the rest of a group, after "the"
    months: tuple[str, ...] = tuple(en.MONTHS)
    weekdays: tuple[str, ...] = tuple(en.WEEKDAYS)
    relative_days: tuple[str, ...] = tuple(en.RELATIVE_DAYS)  # "yesterday" (wording.py: a date change)
    identifying_verbs: frozenset[str] = en.IDENTIFYING_VERBS  # "identified the victim on Thursday": that day's act
    relative_markers: frozenset[str] = en.RELATIVE_MARKERS  # "last" in "last night" (a date change too)
    relative_periods: frozenset[str] = en.RELATIVE_PERIODS  # "night" in "last night"
    date_modifiers: frozenset[str] = en.DATE_MODIFIERS  # "early" in "early Tuesday morning"
    year_prepositions: frozenset[str] = en.YEAR_PREPOSITIONS  # "in 2009": a year that says when
    ambiguous_months: frozenset[str] = en.AMBIGUOUS_MONTHS  # months that are also common words
    number_words: frozenset[str] = en.NUMBER_WORDS  # a change with one is a `number` change
    shared_roles: frozenset[str] = en.SHARED_ROLES  # roles many hold at once (conflicts.py)
    time_frames: re.Pattern = en.TIME_FRAMES  # a figure's own time frame (timeline.py)
    past_holder: re.Pattern = en.PAST_HOLDER  # a role's holder at another time (conflicts.py)
    # the figures' context (slots.py): words that make a count something else, or another's
    not_second_followers: frozenset[str] = en.NOT_SECOND_FOLLOWERS  # not "bank" in "three bank workers"
    not_count_after: frozenset[str] = en.NOT_COUNT_AFTER  # "10 years", "5 percent": not counts
    not_count_before: frozenset[str] = en.NOT_COUNT_BEFORE  # "at age 95", "Route 52": not counts
    age_after_name: re.Pattern = en.AGE_AFTER_NAME  # "Smith, 63,": its one matched group the age
    age_late: re.Pattern = en.AGE_LATE  # "…, aged 79.": the age of the person the sentence opens with
    age_pronoun: re.Pattern = en.AGE_PRONOUN  # "She was 78.": the age of the person the sentence before opens with
    age_opening: re.Pattern = en.AGE_OPENING  # "The 23-year-old leaves …": the one person the sentence before names
    # "the 63-year-old Smith": group 2 the age, 1 a past marker, 3 the words between
    age_before_name: re.Pattern = en.AGE_BEFORE_NAME
    age_past: frozenset[str] = en.AGE_PAST  # "then-15-year-old": another time's age
    age_place_before: frozenset[str] = en.AGE_PLACE_BEFORE  # before a name: a place's, not a person's
    age_between_tags: frozenset[str] = en.AGE_BETWEEN_TAGS  # tags of the words between an age and a name
    generation_suffixes: frozenset[str] = en.GENERATION_SUFFIXES  # "III": no surname
    speculative_before: frozenset[str] = en.SPECULATIVE_BEFORE  # "might have been two killed": a guess
    reported_future: frozenset[str] = en.REPORTED_FUTURE  # "said it would cut …": a plan, no guess
    reported_future_before: frozenset[str] = en.REPORTED_FUTURE_BEFORE
    generic_openers: frozenset[str] = en.GENERIC_OPENERS  # "When one is killed …": any case, not this one
    present_be: frozenset[str] = en.PRESENT_BE
    kin_nouns: frozenset[str] = en.KIN_NOUNS  # "father to two boys": a family, not a count
    kin_joiners: frozenset[str] = en.KIN_JOINERS
    slot_breaks: frozenset[str] = en.SLOT_BREAKS  # end the search for a slot word backwards
    total_verbs: frozenset[str] = en.TOTAL_VERBS  # "has risen to 140": the subject's total
    total_prepositions: frozenset[str] = en.TOTAL_PREPOSITIONS
    total_cause_verbs: frozenset[str] = en.TOTAL_CAUSE_VERBS  # "raising the death toll … to 11"
    rise_verbs: frozenset[str] = en.RISE_VERBS  # "has risen to 19": a total's newer value
    total_nouns: Mapping[str, str] = field(default_factory=lambda: en.TOTAL_NOUNS, hash=False)  # noun → slot
    tally_nouns: frozenset[str] = en.TALLY_NOUNS  # "the number of people killed … rose to 52"
    percent_after: frozenset[str] = en.PERCENT_AFTER  # shares.py: "61%", "61 percent"
    turnout_words: frozenset[str] = en.TURNOUT_WORDS
    share_verbs: frozenset[str] = en.SHARE_VERBS  # "took 36%"
    share_of: frozenset[str] = en.SHARE_OF  # "58% of the vote"
    share_for: frozenset[str] = en.SHARE_FOR  # "45.8% for Irina Mavet"
    share_won: frozenset[str] = en.SHARE_WON  # "received 33%." in a sentence of no election word
    election_words: frozenset[str] = en.ELECTION_WORDS  # a sentence of an election
    share_earlier: frozenset[str] = en.SHARE_EARLIER  # "down from 70%": another time's
    share_counting: frozenset[str] = en.SHARE_COUNTING  # "of the votes counted": no one's share
    share_so_far: frozenset[str] = en.SHARE_SO_FAR  # "turnout of 40% by noon": a partial figure
    harm_verbs: frozenset[str] = en.HARM_VERBS  # with `object_start` after: the figure is the agent
    accused_of: frozenset[tuple[str, str]] = en.ACCUSED_OF  # "two men accused of murdering …": the accused
    object_start: frozenset[str] = en.OBJECT_START
    month_prepositions: frozenset[str] = en.MONTH_PREPOSITIONS  # "in February": a date
    month_capital_prepositions: str = en.MONTH_CAPITAL_PREPOSITIONS  # "in May", not "may": alternation
    weekday_name: re.Pattern = en.WEEKDAY_NAME  # the weekday a report names (group 1)
    event_words: re.Pattern = en.EVENT_WORDS  # a sentence of the event happening: its times count
    other_time: re.Pattern = en.OTHER_TIME  # the sentence's figures are another event's past
    other_event: re.Pattern = en.OTHER_EVENT  # near a figure: an aftershock's, a record's
    continues: re.Pattern = en.CONTINUES  # a sentence continuing the previous one's subject
    generic_statement: re.Pattern = en.GENERIC_STATEMENT  # "… can cause": not this event's
    amount_dimensions: frozenset[str] = en.AMOUNT_DIMENSIONS  # "2.4 tonnes of cocaine": an amount's slot
    per_period: re.Pattern = en.PER_PERIOD  # after an amount's thing: a rate ("… a year")
    magnitude_words: frozenset[str] = en.MAGNITUDE_WORDS  # before or just after a magnitude
    magnitude_after: frozenset[str] = en.MAGNITUDE_AFTER  # after it ("richter")
    magnitude_verbs: frozenset[str] = en.MAGNITUDE_VERBS  # "the quake measured 6.6"
    duration_verbs: frozenset[str] = en.DURATION_VERBS  # "an outage lasting nearly five hours"
    duration_units: Mapping[str, float] = field(default_factory=lambda: en.DURATION_UNITS, hash=False)  # in hours
    quake_words: frozenset[str] = en.QUAKE_WORDS  # … named before the verb
    depth_words: frozenset[str] = en.DEPTH_WORDS  # before a depth or after its unit
    depth_after: frozenset[str] = en.DEPTH_AFTER  # right after its unit ("10 km deep")
    place_prepositions: frozenset[str] = en.PLACE_PREPOSITIONS  # "58 km south-west of Tehran"
    place_articles: frozenset[str] = en.PLACE_ARTICLES  # before the place's name
    lengths_km: Mapping[str, float] = field(default_factory=lambda: en.LENGTH_KM, hash=False)  # unit → km
    clock_time: re.Pattern = en.CLOCK_TIME  # groups: hour, minute, a.m./p.m.; h, m; hhmm
    zones: Mapping[str, int] = field(default_factory=lambda: en.ZONES, hash=False)  # zone → minutes from UTC
    local_time: str = en.LOCAL_TIME  # after a time: the place's own
    time_range: re.Pattern = en.TIME_RANGE_JOINER  # between two times: one range
    hits: re.Pattern = en.HITS  # bullets that struck someone (groups a, b, c: the count)
    shots_fired: re.Pattern = en.SHOTS_FIRED  # shots fired (groups a, b: the count, maybe hedged)
    shots_fired_slot: str = en.SHOTS_FIRED_SLOT
    figure_again: re.Pattern = en.FIGURE_AGAIN  # "put the figure at 2,000": the sentence's counted slot (group n)
    power_out: re.Pattern = en.POWER_OUT  # homes or customers without electricity (groups n, m)
    power_out_slot: str = en.POWER_OUT_SLOT
    prison_term: re.Pattern = en.PRISON_TERM  # "sentenced to seven years" (groups n, u or n2, u2)
    past_term_words: frozenset[str] = en.PAST_TERM_WORDS  # "had been jailed": a term from the past
    past_season: re.Pattern = en.PAST_SEASON  # "signed a one-year deal last season": a past length
    prison_term_slot: str = en.PRISON_TERM_SLOT
    minimum_term: re.Pattern = en.MINIMUM_TERM  # "a minimum term of 22 years" (same groups)
    minimum_term_slot: str = en.MINIMUM_TERM_SLOT
    contract_term: re.Pattern = en.CONTRACT_TERM  # "a five-year contract" (same groups)
    contract_term_slot: str = en.CONTRACT_TERM_SLOT
    contract_made: frozenset[str] = en.CONTRACT_MADE  # a contract's length counts with one of these
    ban_term: re.Pattern = en.BAN_TERM  # "banned for four years", "a four-year ban" (same groups)
    ban_term_slot: str = en.BAN_TERM_SLOT
    verdict_counts: re.Pattern = en.VERDICT_COUNTS  # "convicted on four of six counts" (compare/tallies.py)
    verdict_acquittal: frozenset[str] = en.VERDICT_ACQUITTAL
    convicted_counts_slot: str = en.CONVICTED_COUNTS_SLOT
    acquitted_counts_slot: str = en.ACQUITTED_COUNTS_SLOT
    plea_words: frozenset[str] = en.PLEA_WORDS  # "pleaded guilty to …": a plea, no verdict
    count_nouns: frozenset[str] = en.COUNT_NOUNS  # "counts", "charges"
    charge_ends: frozenset[str] = en.CHARGE_ENDS  # end a charge's name ("of murder on Friday")
    vote_tally: re.Pattern = en.VOTE_TALLY  # "voted 52-48", "a 5-4 decision" (groups a, b; a1, b1; …)
    vote_tally_slot: str = en.VOTE_TALLY_SLOT
    vote_share_of: re.Pattern = en.VOTE_SHARE_OF  # "seven of the nine members voted for …" (groups n, of)
    policy_rate: re.Pattern = en.POLICY_RATE  # "raised its key rate … to 5.25%" (groups mid, n; compare/rates.py)
    rate_not_policy: frozenset[str] = en.RATE_NOT_POLICY  # in `mid`: another rate, or one guessed
    policy_rate_slot: str = en.POLICY_RATE_SLOT
    rate_since: str = en.RATE_SINCE
    indicator_rate: re.Pattern = en.INDICATOR_RATE  # "inflation slowed to 6.1%" (groups mod, what, mid, n)
    indicator_slots: Mapping[str, str] = field(default_factory=lambda: en.INDICATOR_SLOTS, hash=False)
    indicator_fall_verbs: frozenset[str] = en.INDICATOR_FALL_VERBS  # "shrank 0.4%": -0.4%
    output_owners: frozenset[str] = en.OUTPUT_OWNERS  # "economic output", not "manufacturing output"
    indicator_keep_modifiers: frozenset[str] = en.INDICATOR_KEEP_MODIFIERS  # "core inflation" is its own figure
    indicator_not: frozenset[str] = en.INDICATOR_NOT  # a figure expected or targeted
    money: re.Pattern = en.MONEY  # groups: symbol, figure, scale; figure, scale, currency word
    money_scales: Mapping[str, float] = field(default_factory=lambda: en.MONEY_SCALES, hash=False)
    money_conversion: frozenset[str] = en.MONEY_CONVERSION  # between two sums: a conversion
    money_earlier: re.Pattern = en.MONEY_EARLIER  # with `money_earlier_noun` before: an earlier sum
    money_earlier_noun: str = en.MONEY_EARLIER_NOUN


@dataclass(frozen=True)
class TenseWords:
    """Whether a day a sentence names is past (compare/intext.py): a report without a time is
    bounded by the days its text names as past. Read with the pack's `tagger` (Penn Treebank
    tags: VBD, VBN). Unlike the other groups, a pack holds none unless it gives it
    (`LanguagePack.tense`): a wrong reading of tense would bound a report's time wrongly."""

    clause_break: re.Pattern = en.TENSE_CLAUSE_BREAK  # a clause ends at these (punctuation, conjunctions)
    future: re.Pattern = en.FUTURE_WORDS  # in the day's clause: not past ("will", "expected", "next")
    modal: re.Pattern = en.MODALS  # … nor with these ("may", "could")
    not_past_before: frozenset[str] = en.NOT_PAST_BEFORE  # just before the day: a deadline, a start
    day_prepositions: frozenset[str] = en.DAY_PREPOSITIONS  # skipped before the day ("until on")
    weekday_preposition: str = en.WEEKDAY_PREPOSITION  # part of a weekday's mention ("on Saturday")
    past_auxiliaries: frozenset[str] = en.PAST_AUXILIARIES  # a verb after one is past ("was shot")
    present_auxiliaries: frozenset[str] = en.PRESENT_AUXILIARIES  # a participle after one is not
    stamp: re.Pattern = en.REPORT_STAMP  # the report's own stamp before the day ("Updated on")
    # how a sentence names a day: (pattern, "date" or "month"), groups mon/month, day, year
    date_mentions: tuple[tuple[re.Pattern, str], ...] = en.DATE_MENTIONS


@dataclass(frozen=True)
class PolarityWords:
    """Negation and denial (compare/align.py): an odd count in the main clause says the opposite."""

    negations: frozenset[str] = en.NEGATIONS
    prohibitive: frozenset[str] = en.PROHIBITIVE  # verbs of prohibition
    negating_phrases: re.Pattern = en.NEGATING_PHRASES  # negate without a negation word
    not_negating: re.Pattern = en.NOT_NEGATING  # phrases with a negation word that negate nothing
    subordinators: frozenset[str] = en.SUBORDINATORS  # open a leading clause whose negation is not the claim's
    relative_openers: frozenset[str] = en.RELATIVE_OPENERS  # open a relative clause (align.main_clause)
    # a verb's negation alone, for the word-change kind "negation" (compare/change_spans.py)
    particles: frozenset[str] = en.NEGATION_PARTICLES
    # "it's" / "it is": one wording (compare/change_spans.py)
    contractions: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: en.CONTRACTION_ENDINGS, hash=False)
    suffixes: tuple[str, ...] = en.NEGATION_SUFFIXES  # "weren't"
    determiners: frozenset[str] = en.NEGATION_DETERMINERS  # "No gun has been recovered"
    do_support: frozenset[str] = en.DO_SUPPORT  # "didn't feel" / "feel"
    contracted_bases: Mapping[str, str] = field(default_factory=lambda: en.CONTRACTED_BASES, hash=False)


@dataclass(frozen=True)
class EvaluativeWords:
    """The rules around the general lexicons (compare/evaluative.py); intensifiers are the pack's."""

    doubt_verbs: Mapping[str, str] = field(default_factory=lambda: en.DOUBT_VERBS, hash=False)  # lemma → category
    doubt_nouns: frozenset[str] = en.DOUBT_NOUNS  # the doubt verbs whose noun keeps the doubt ("his claims")
    money_claim_modifiers: frozenset[str] = en.MONEY_CLAIM_MODIFIERS  # "expense claims": a demand for money
    money_claim_after: re.Pattern = en.MONEY_CLAIM_AFTER  # "claims of £40,000"
    # the doubt verbs that, with an object instead of a clause, report nothing ("claimed the life of")
    doubt_other_senses: frozenset[str] = en.DOUBT_OTHER_SENSES
    legal_allegers: frozenset[str] = en.LEGAL_ALLEGERS  # "the complaint alleged …": plain legal usage
    legal_verbs: frozenset[str] = en.LEGAL_VERBS  # the verbs they use so ("allege", "contend")
    # the doubt verbs whose passive is another sense ("was admitted to hospital")
    passive_other_senses: frozenset[str] = en.PASSIVE_OTHER_SENSES
    preposition_senses: Mapping[str, frozenset[str]] = field(default_factory=lambda: en.DOUBT_PREPOSITION_SENSES,
                                                             hash=False)  # "insisted on …": a demand
    have_senses: frozenset[str] = en.DOUBT_HAVE_SENSES  # "the warehouse boasted a porch"
    mandative: frozenset[str] = en.DOUBT_MANDATIVE  # "insisted his identity be kept secret": a demand
    hedges: frozenset[str] = en.EVALUATIVE_HEDGES
    hedge_passives: frozenset[str] = en.HEDGE_PASSIVES  # "were said to have been rescued": a hedge
    name_introducers: re.Pattern = en.NAME_INTRODUCERS  # "known as", "dubbed": a quotation after them is a name
    distancing_modifiers: frozenset[str] = en.DISTANCING_MODIFIERS
    not_evaluative: frozenset[str] = en.NOT_EVALUATIVE
    fixed_terms: re.Pattern = en.FIXED_TERMS  # "pleaded guilty", "crude oil": terms, not judgement
    motion_particles: frozenset[str] = en.MOTION_PARTICLES  # "slammed into a tree": a motion, not a judgement


@dataclass(frozen=True)
class NamingWords:
    """Names and the phrases around them, and the noun-phrase chunker (compare/phrases.py,
    compare/naming.py)."""

    title_words: frozenset[str] = en.TITLE_WORDS  # a title before a name
    title_openers: frozenset[str] = en.TITLE_OPENERS  # "former": a noun before it is another phrase's
    to_preposition_leads: frozenset[str] = en.TO_PREPOSITION_LEADS  # "according to fire chief X": no infinitive
    placing_ends: frozenset[str] = en.PLACING_ENDS  # "far-right", "left-wing": a compound that places a party
    person_titles: frozenset[str] = en.PERSON_TITLES  # titles that make the name a person's
    mood_words: frozenset[str] = en.MOOD_WORDS  # "would", "to": one verb with them added is no inflection
    head_nouns: frozenset[str] = en.HEAD_NOUNS  # nouns after a name that belong to its phrase
    counted_group_slots: frozenset[str] = en.COUNTED_GROUP_SLOTS  # slots that count people (counted.py)
    generic_people: frozenset[str] = en.GENERIC_PEOPLE  # "people", "persons": one naming (counted.py)
    not_namings: frozenset[str] = en.NOT_NAMINGS  # "two others": no naming of a group
    classifier_nouns: frozenset[str] = en.CLASSIFIER_NOUNS  # … that name the named thing itself: a label
    place_kind_nouns: frozenset[str] = en.PLACE_KIND_NOUNS  # "the occupied city of Lorva"
    owned_place_nouns: frozenset[str] = en.OWNED_PLACE_NOUNS  # "Ostmark's Selin Islands": an owner given
    political_body_heads: frozenset[str] = en.POLITICAL_BODY_HEADS  # "the nationalist Homeland party"
    firm_title_heads: frozenset[str] = en.FIRM_TITLE_HEADS  # "Food giant Kestrel": a firm's title
    firm_title_ending: str = en.FIRM_TITLE_ENDING  # "chipmaker Nvidia"
    place_status_words: frozenset[str] = en.PLACE_STATUS_WORDS  # … a modifier of status needed
    place_status_endings: tuple[str, ...] = en.PLACE_STATUS_ENDINGS  # … or a participle ("occupied")
    group_nouns: frozenset[str] = en.GROUP_NOUNS  # "the Hamas militant group": what kind of group a name is
    starters: frozenset[str] = en.STARTERS  # words that start a clause
    time_nouns: frozenset[str] = en.TIME_WORDS  # "this time referee Sam Williams": an adverbial, no title
    demonyms: Mapping[str, str] = field(default_factory=lambda: en.DEMONYMS, hash=False)
    stop_caps: frozenset[str] = en.STOP_CAPS  # capitalised words that are not names
    appositive_heads_to_skip: frozenset[str] = en.APPOSITIVE_HEADS_TO_SKIP
    honorifics: frozenset[str] = en.HONORIFICS
    vessel_prefixes: frozenset[str] = en.VESSEL_PREFIXES  # "MS Columbus": a ship, no "Ms." (case kept)
    spelling: Mapping[str, str] = field(default_factory=lambda: en.SPELLING, hash=False)
    determiners: frozenset[str] = en.DETERMINERS
    pronouns: frozenset[str] = en.PRONOUNS_ALL
    prepositions: frozenset[str] = en.PREPOSITIONS
    conjunctions: frozenset[str] = en.CONJUNCTIONS
    auxiliaries: frozenset[str] = en.AUXILIARIES
    verb_words: frozenset[str] = en.VERB_WORDS
    verb_cues: frozenset[str] = en.VERB_CUES
    adjectives: frozenset[str] = en.ADJECTIVES
    ordinals: frozenset[str] = en.ORDINALS
    ly_nouns: frozenset[str] = en.LY_NOUNS
    adjective_endings: tuple[str, ...] = en.ADJECTIVE_ENDINGS
    person_noun_endings: tuple[str, ...] = en.PERSON_NOUN_ENDINGS  # "terrorist Karim Vell": a noun
    adverbs: frozenset[str] = en.ADVERBS
    superlative_adverbs: frozenset[str] = en.SUPERLATIVE_ADVERBS  # "the country's most popular …"
    empty_heads: frozenset[str] = en.EMPTY_HEADS
    relatives: frozenset[str] = en.RELATIVES  # open a relative clause: a phrase ends before one
    articles: frozenset[str] = en.ARTICLES  # articles and possessive determiners
    appositive_articles: frozenset[str] = en.APPOSITIVE_ARTICLES  # ", a …" and "is a …"
    definite_article: str = en.DEFINITE_ARTICLE
    copulas: frozenset[str] = en.COPULAS  # "Name is a …"
    and_word: str = en.AND_WORD  # joins two descriptors
    of_word: str = en.OF_WORD  # joins two noun phrases
    to_word: str = en.TO_WORD  # infinitive marker: a verb follows
    name_suffixes: frozenset[str] = en.NAME_SUFFIXES  # part of the name before them
    name_suffixes_dropped: frozenset[str] = en.NAME_SUFFIXES_DROPPED  # not a name's last word
    name_joiners: frozenset[str] = en.NAME_JOINERS  # "Ministry of Commerce" is one name
    name_particles: frozenset[str] = en.NAME_PARTICLES  # "Osama bin Laden", "von der Leyen"
    name_prefix: re.Pattern = en.NAME_PREFIX  # "al-Goweiny", "el-Sisi": a surname with its article
    title_articles: frozenset[str] = en.TITLE_ARTICLES  # "the Prime Minister …": in the phrase
    role_spelling: Mapping[str, str] = field(default_factory=lambda: en.ROLE_SPELLING, hash=False)  # one role
    # the chunker's suffix rules (tuples for str.endswith)
    participle_endings: tuple[str, ...] = en.PARTICIPLE_ENDINGS  # a verb unless inside a phrase
    gerund_endings: tuple[str, ...] = en.GERUND_ENDINGS  # a verb after anything but an article
    past_participle_endings: tuple[str, ...] = en.PAST_PARTICIPLE_ENDINGS  # carry on a clause
    adverb_endings: tuple[str, ...] = en.ADVERB_ENDINGS  # less `ly_nouns`
    plural_endings: tuple[str, ...] = en.PLURAL_ENDINGS
    singular_endings: tuple[str, ...] = en.SINGULAR_ENDINGS  # end like a plural, are not one
    verb_endings: tuple[str, ...] = en.VERB_ENDINGS  # present tense after a name or pronoun
    not_verb_endings: tuple[str, ...] = en.NOT_VERB_ENDINGS  # end like one, are nouns
    demonym_endings: tuple[str, ...] = en.DEMONYM_ENDINGS  # besides `demonyms`
    affiliations: frozenset[str] = en.AFFILIATIONS  # "a Republican", "a devout Catholic": a label
    name_modifier: re.Pattern = en.NAME_MODIFIER  # "Russian-occupied Crimea": no part of the name
    status_before_name: re.Pattern = en.STATUS_BEFORE_NAME  # "occupied Sarn", "rebel-held Idlib"
    stance_prefix: re.Pattern = en.STANCE_PREFIX  # "pro-Palestinian", "anti-Israel": a side taken
    # the headline test: a line not ending in one of `sentence_ends` is a headline, and so is one
    # in title case when `title_case_headlines` (words: `headline_word`)
    sentence_ends: tuple[str, ...] = en.SENTENCE_ENDS
    title_case_headlines: bool = en.TITLE_CASE_HEADLINES
    headline_word: re.Pattern = en.HEADLINE_WORD

    @cached_property
    def closed(self) -> frozenset[str]:
        """The closed classes that end a noun phrase (naming.py)."""
        return self.determiners | self.pronouns | self.prepositions | self.conjunctions | self.auxiliaries \
            | self.adverbs


@dataclass(frozen=True)
class FurnitureRules:
    """Lines that are not story text and sentence splits to mend (compare/clean.py)."""

    furniture: re.Pattern = en.FURNITURE  # "Read more", "Photo:", "By Jane Doe,", "Updated … 9"
    date_token: re.Pattern = en.DATE_TOKEN  # a line of these words only is a dateline
    leading_stamp: re.Pattern = en.LEADING_STAMP  # cut where `strip_stamps` is set
    live_time: re.Pattern = en.LIVE_TIME  # "10:05 Storm …": cut where `strip_stamps` is set
    list_marker: re.Pattern = en.LIST_MARKER  # "• ", "- " opening a line: always cut
    bad_end: re.Pattern = en.BAD_END  # an abbreviation pysbd wrongly ends a sentence after
    title_end: re.Pattern = en.TITLE_END  # a title before a name pysbd ends a sentence after


@dataclass(frozen=True)
class HeadlineRules:
    """What a headline loses to become the event's title (compare/headline.py), and the words
    the headlines' overlap does not count; the dateline is also dropped from short sentences
    (compare/groups.py)."""

    dateline: re.Pattern = en.TITLE_DATELINE  # "BEIJING, Jan. 6 (Xinhua) --"
    relative_time: re.Pattern = en.TITLE_RELATIVE_TIME  # "today", "on Tuesday", "this morning"
    stop_words: frozenset[str] = en.TITLE_STOP_WORDS


@dataclass(frozen=True)
class LanguagePack:
    """Everything language-specific the comparison reads, for one language."""

    code: str  # ISO 639-1, the key articles' `language` is matched on ("en-GB" uses "en")
    name: str
    # pysbd's language for sentence splitting (its rules for abbreviations, quotes); a language
    # pysbd lacks is split by its English rules
    segmenter: str
    # verbs of saying, hedges and intensifiers: a word change between two of them is classified
    # as `attribution verb`, `hedge` or `intensifier` (compare/change_spans.py)
    attribution_verbs: frozenset[str]
    hedges: frozenset[str]
    intensifiers: frozenset[str]
    # the plain verbs of saying: one of them for another ("added" / "said", "told Reuters" / "said")
    # is no change of attribution verb
    neutral_attribution: frozenset[str] = en.NEUTRAL_ATTRIBUTION
    # what opens a clause after a comma that ends one side's changed span ("claimed, according to
    # X", "fired at him, hitting"): that clause is an addition of its own (compare/change_spans.py)
    clause_after_comma: re.Pattern = en.CLAUSE_AFTER_COMMA
    # "Updated: 3 March 2014 09:12 IST" stamps at the start of a line are cut (compare/clean.py)
    strip_stamps: bool = False
    # a short line without closing punctuation is a heading or byline, not story text
    drop_unpunctuated_headings: bool = False
    # a fragment is measured in characters (no spaces between words), not in words
    count_characters: bool = False
    # British and American spellings of one word (compare/change_spans.py: "centre"/"center" is spelling)
    spelling_variants: tuple[tuple[re.Pattern, str], ...] = ()
    # whole words spelt two ways, each way round ("fibre" → "fiber", "fiber" → "fibre")
    spelling_pairs: Mapping[str, str] = field(default_factory=dict, hash=False)
    # VADER and Pattern's subjectivity lexicon score the outlet's own words (compare/evaluative.py)
    general_lexicons: bool = False
    # word → stem: the content words of the alignment overlap and the disputes' shared stems
    # (compare/overlap.py) are its stems, the labels key words by it (compare/naming.py), and
    # contradictions match the word after a negation by it (compare/align.py); English: a light
    # suffix stripper (compare/stems.py)
    stemmer: Callable[[str], str] = stem
    # words (a tuple) → one Penn Treebank tag each, checking the labels' descriptors of names
    # (compare/naming.py, compare/phrases.py). None: no tagger, and the labels that need one (a
    # name's descriptor) are not produced; the aligned-sentence labels, which need none, still are.
    # English: Pattern's Brill tagger (compare/tagger.py)
    tagger: Callable[[tuple[str, ...]], tuple[str, ...]] | None = tags
    # The tag a word has on its own in the tagger's lexicon, or None (compare/quotes.py: a cited
    # "Prosecutors" is a plural common noun, unnamed). None for a pack without a lexicon.
    word_tag: Callable[[str], str | None] | None = lexicon_tag
    # A person's sex by their name's title or given name ("f", "m", None: unknown), so "she" never
    # stands for a man's name (compare/pronouns.py). English: US birth records (compare/names.py)
    name_sex: Callable[[str], str | None] | None = name_sex
    # not content words (compare/overlap.py), and skipped when contradictions look for the word a
    # negation applies to (compare/align.py); English: scikit-learn's, less the content words it
    # holds (lexicon.STOP_WORDS_KEPT)
    stop_words: frozenset[str] = ENGLISH_STOP_WORDS - en.STOP_WORDS_KEPT
    # the closed lists of the other steps, English unless the pack gives its own
    voice: VoiceWords = field(default_factory=VoiceWords)
    sources: SourceWords = field(default_factory=SourceWords)
    quantities: QuantityWords = field(default_factory=QuantityWords)
    slots: SlotWords = field(default_factory=SlotWords)
    naming: NamingWords = field(default_factory=NamingWords)
    furniture: FurnitureRules = field(default_factory=FurnitureRules)
    polarity: PolarityWords = field(default_factory=PolarityWords)
    evaluative: EvaluativeWords = field(default_factory=EvaluativeWords)
    headline: HeadlineRules = field(default_factory=HeadlineRules)
    # the days a report's text names as past (compare/intext.py); None: not read, so a report
    # without a time gets no bound from its text. English only so far (it needs the `tagger` too)
    tense: TenseWords | None = None

    @cached_property
    def people_nouns(self) -> frozenset[str]:
        """Speaker nouns of people, not of a body, its texts or its representatives ("residents",
        "friend"; not "police", "statement", "representative"): compare/speakers.py and
        compare/pronouns.py."""
        return self.voice.speaker_nouns - self.voice.document_nouns - self.voice.body_voices - self.sources.org_words


ENGLISH = LanguagePack(
    code="en", name="English", segmenter="en", attribution_verbs=ATTRIBUTION_VERBS, hedges=HEDGES,
    intensifiers=INTENSIFIERS, strip_stamps=True, drop_unpunctuated_headings=True, general_lexicons=True,
    tense=TenseWords(), spelling_variants=en.SPELLING_VARIANTS, spelling_pairs=en.SPELLING_PAIRS)
# No Chinese, Japanese or Korean word lists exist yet: the packs carry the splitting and
# fragment rules; word changes use the English lists, stemmer and tagger, as before packs.
CHINESE = LanguagePack(code="zh", name="Chinese", segmenter="zh", attribution_verbs=ATTRIBUTION_VERBS,
                       hedges=HEDGES, intensifiers=INTENSIFIERS, count_characters=True)
JAPANESE = LanguagePack(code="ja", name="Japanese", segmenter="ja", attribution_verbs=ATTRIBUTION_VERBS,
                        hedges=HEDGES, intensifiers=INTENSIFIERS, count_characters=True)
KOREAN = LanguagePack(code="ko", name="Korean", segmenter="ko", attribution_verbs=ATTRIBUTION_VERBS,
                      hedges=HEDGES, intensifiers=INTENSIFIERS, count_characters=True)


def generic(code: str) -> LanguagePack:
    """The pack of a language nobody registered: no language-specific rules."""
    return LanguagePack(code=code, name=code, segmenter=code, attribution_verbs=ATTRIBUTION_VERBS,
                        hedges=HEDGES, intensifiers=INTENSIFIERS)


@cache
def pack_for(language: str | None) -> LanguagePack:
    """The registered pack for `language` ("" is English, "en-GB" is "en"), else `generic`."""
    code = (language or "en").lower().replace("_", "-").split("-")[0]
    if code not in plugins.names(plugins.LANGUAGE_PACKS):
        return generic(code)
    pack = plugins.load(plugins.LANGUAGE_PACKS, code)
    if not isinstance(pack, LanguagePack):
        logger.warning("language pack %r is %r, not a LanguagePack; using the generic rules", code, pack)
        return generic(code)
    return pack


language_pack = pack_for  # the name clean, segment, loaded and wording use


def majority_pack(languages: Iterable[str]) -> LanguagePack:
    """The pack of the language most often in `languages` (the first seen of a tie; English when
    there is none): the labels chunk one event with one pack."""
    counts = Counter(languages)
    return pack_for(counts.most_common(1)[0][0] if counts else "en")


_FORGET: list[Callable[[], None]] = []  # clear caches kept by language code (overlap's content words)


def forget_on_refresh(clear: Callable[[], None]) -> None:
    """Have `refresh` call `clear`: for a cache of what a pack computed, kept by language code."""
    _FORGET.append(clear)


def refresh() -> None:
    """Forget the packs looked up (tests that install one into a running process), and what the
    caches kept by language code hold."""
    pack_for.cache_clear()
    for clear in _FORGET:
        clear()
