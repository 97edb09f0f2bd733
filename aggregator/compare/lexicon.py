"""Word lists the comparison uses, in one place so they can be read, cited and extended.

Loaded terms live in `data/loaded_terms.yaml` (see its header and docs/comparison.md for where they come from);
these shorter closed lists are grammatical rather than evaluative. Every closed list of words
a comparison step reads is here, in a section named after the step, as the English values of
the language packs' groups (`language.py`; the steps read them through `pack_for`, never from
here), the regular expressions written with English words too (the event title's datelines and
time words, the credit phrases around an agency's name, the event verbs of `slots`) and the
units and time zones `slots` converts. Left with their readers: language codes, the kinds a
change or a conflict is classified into, and the inline words docs/extending.md lists as still
English for every language. Numeric thresholds are in `params`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .language import SlotWords

# Verbs of saying, from neutral to distancing. "said" vs "claimed" is the classic framing move:
# journalism style guides (AP Stylebook, Reuters Handbook) treat "said" as the neutral default.
ATTRIBUTION_VERBS = frozenset("""
said says say saying stated states state told tells added adds noted notes announced announces
claimed claims claim alleged alleges allege accused accuses accuse asserted asserts insisted insists
maintained maintains argued argues contended contends admitted admits acknowledged acknowledges
denied denies warned warns stressed stresses emphasized emphasised emphasizes emphasises
pointed declared declares charged charges complained complains slammed slams blasted criticized
criticised condemned reported reports revealed suggested suggests confirmed confirms
explained explains wrote writes recalled recalls testified testifies replied replies responded responds
""".split())
NEUTRAL_ATTRIBUTION = frozenset("said says say stated told added noted announced reported".split())

HEDGES = frozenset("""
may might could would reportedly allegedly apparently possibly perhaps likely unlikely appears
appear seems seem seemingly purportedly supposedly so-called reported suspected probable probably
""".split())
# Words for "per cent" that the word changes compare as "%" ("80 percent" / "80%": one figure).
PERCENT_WORDS = frozenset({"percent", "pct", "pct."})
INTENSIFIERS = frozenset("""
very extremely seriously significantly gravely strongly highly blatantly openly grossly deeply
severely sharply fiercely totally completely utterly absolutely entirely immediately resolutely
firmly flagrantly brazenly egregiously increasingly heightened
""".split())

MONTHS = ("january february march april may june july august september october november december "
          "jan feb mar apr jun jul aug sep sept oct nov dec").split()
# Month names that are also frequent English words: months only in a date context (`has_date`).
AMBIGUOUS_MONTHS = frozenset({"may", "march"})
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
RELATIVE_DAYS = "today yesterday tomorrow tonight".split()
# Verbs by which the authorities name someone after the event ("Police identified the victim on
# Thursday as …", "named the man Friday"): the day after their object is the day of the naming.
IDENTIFYING_VERBS = frozenset("identified identifies named names".split())
# "last night", "this morning", "earlier this week": a marker before a period says when, as a day does
RELATIVE_MARKERS = frozenset("last this next".split())
RELATIVE_PERIODS = frozenset("night morning afternoon evening week weekend month year".split())
# Words that narrow a day inside a date phrase ("early Tuesday morning", "late Friday").
DATE_MODIFIERS = frozenset("early late".split())
# "in 2009", "since 1997": a year after one of these says when
YEAR_PREPOSITIONS = frozenset("in since until by from before after during".split())
NUMBER_WORDS = frozenset("""
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
thousand million billion trillion dozen dozens half twice
""".split())

TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def is_number(token: str, words: SlotWords | None = None) -> bool:
    """A figure, or a number word of `words` (a language pack's `slots`; English when None)."""
    return any(ch.isdigit() for ch in token) or token.lower() in (words.number_words if words else NUMBER_WORDS)


def is_date_word(token: str, words: SlotWords | None = None, relative: bool = True) -> bool:
    """A month, weekday or (with `relative`) relative day ("yesterday") of `words` (English when None);
    an abbreviation's full stop does not count ("Aug.")."""
    low = token.lower().removesuffix(".")
    if words is None:
        return low in MONTHS or low in WEEKDAYS or relative and low in RELATIVE_DAYS
    return low in words.months or low in words.weekdays or relative and low in words.relative_days


def has_date(span: list[str], other: Sequence[str] = (), words: SlotWords | None = None) -> bool:
    """Whether a changed span names a date. `other` is the other side of the change; `words` the
    language pack's month, weekday and number words (English when None).

    Months that are also common words ("may" the hedge, "march" the noun) count only next to
    a figure ("May 5", "5 May", "March 2026") or when the other side names a month too
    ("May" → "June"), so a hedge added or dropped is not reported as a date change. A period
    after a relative marker ("last night", "this morning") is a date too.
    """
    ambiguous = words.ambiguous_months if words else AMBIGUOUS_MONTHS
    months = words.months if words else MONTHS
    markers, periods = (words.relative_markers, words.relative_periods) if words else (RELATIVE_MARKERS,
                                                                                       RELATIVE_PERIODS)
    for i, token in enumerate(span):
        low = token.lower()
        if low in markers and i + 1 < len(span) and span[i + 1].lower().removesuffix("'s") in periods:
            return True  # "last night", "this morning", "this year's"
        if re.fullmatch(r"(?:19|20)\d\d", token) and i > 0 and span[i - 1].lower() in (
                words.year_prepositions if words else YEAR_PREPOSITIONS) \
                and sum(1 for t in span if t[:1].isalnum()) <= 3:
            return True  # "in 2009", "since 1997" (a short span: a clause that holds a year is a clause)
        if low not in ambiguous:
            if is_date_word(token, words):
                return True
            continue
        beside = span[max(i - 1, 0):i] + span[i + 1:i + 2]
        if any(is_number(t, words) and any(ch.isdigit() for ch in t) for t in beside):
            return True
        if token[:1].isupper() and any(t.lower() in months for t in other):
            return True
    return False


# --- Page furniture (compare/clean.py) -------------------------------------------------------------
# Lines that are not story text: datelines and stamps, links, photo lines, bylines; a dateline's
# words; an update stamp at the start of a line (cut where the pack's `strip_stamps` is set).
_MONTH_NAMES = "|".join(m for m in MONTHS)
_DAY_NAMES = "|".join(WEEKDAYS)
DATE_TOKEN = re.compile(
    rf"^(?:{_MONTH_NAMES}|{_DAY_NAMES}|\d{{1,4}}(?:st|nd|rd|th)?|am|pm|a\.m|p\.m|gmt|utc|bst|est|edt|pst|pdt|cet|cest|"
    r"ist|jst|et|pt|ct|at|on|of|the|by|posted|updated|published|last|first|date|modified|\d{1,2}:\d{2}(?::\d{2})?)$",
    re.IGNORECASE)
FURNITURE = re.compile(
    r"^(?:more from\b|read more\b|read also\b|see also\b|related\b|recommended\b|click here\b|"
    r"share this\b|follow us\b|sign up\b|subscribe\b|advertisement\b|photo\b|photos\b|image\b|"
    r"images\b|picture\b|pictures\b|slideshow\b|gallery\b|video\b|watch\b|listen\b|audio\b|"
    r"\(?(?:photo|image|file photo|picture)\s*:|copyright\b|©|all rights reserved|"
    r"(?:posted|updated|published|last updated|first posted)\b[^.]{0,60}\d|"
    r"by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*(?:,|$))",
    re.IGNORECASE)
# A stamp opening a line ("Updated: 10:32 GMT Power was …", "Published: 02:31 GMT, 12 March 2013 The
# storm …"); its time zone is one of `_ZONES`, upper case whatever the pattern's case ("The" or "US"
# after it is the story's).
_ZONES = r"(?-i:GMT|UTC|BST|CET|CEST|IST|EST|EDT|CST|CDT|PST|PDT|ET|PT)"
LEADING_STAMP = re.compile(
    r"^\s*(?:date\s+\d{4}-\d{2}-\d{2}|(?:posted|updated|published|last updated)\s*:?\s*[^A-Za-z]{0,40}"
    rf"(?:(?:am|pm|a\.m\.|p\.m\.)\s*)?(?:{_ZONES}\b,?)?\s*"
    rf"(?:(?:\d{{1,2}}\s+)?(?:{_MONTH_NAMES})[a-z]*\.?\s*[\d,\s:]*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:{_ZONES}\b)?)?)"
    r"\s+(?=[A-Z])",
    re.IGNORECASE)
# A live blog's time before an entry ("10:05 Storm Orla has made landfall …", "3:15 p.m. Police say
# …"), cut with the stamps: case-sensitive, so that a figure opening a sentence ("2.75 million people
# …", "12.50 percent of voters …") is never read as a time.
LIVE_TIME = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.m\.|[ap]m|GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT)?"
                       r"\s+(?=[A-Z][a-z])")
# A list's marker opening a line ("• One man was killed …", "- About 250,000 homes …"): cut in every
# language, the line kept.
LIST_MARKER = re.compile(r"^\s*(?:[•·▪►◦‣]|[*–—-](?=\s))\s*")
# Pieces pysbd cuts after an abbreviation that does not end the sentence.
BAD_END = re.compile(r"(?:\b[ap]\.m\.|\b[A-Z]\.|\b(?:St|Mt|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Dr|Mr|Mrs|Ms|No|Jr|Sr|"
                     r"Inc|Co|Corp|Ltd|vs|U\.S|U\.N|U\.K|Ch|Rt|Rte|Hwy|Apt|Ste|Nos|Vol)\.)$")
# ("Ch." and the like only ever come before a number: "WCCO-TV, Ch. 4", "Rte. 9", "Apt. 3B")
# Titles pysbd ends a sentence after although a name follows ("police spokesman Const. Tim
# Fanning said", "Insp. John Wu", "asked Msgr. John Smith", "Fr. Tom Burke"): a piece ending in one
# joins the capitalised piece after it.
TITLE_ABBREVIATIONS = frozenset("const cpl det insp supt cmdr adm maj pvt prof rev hon atty dist asst msgr fr "
                                "brig".split())
# "Mt." too: a mountain's name follows ("the Aoraki-Mt. Cook National Park").
TITLE_END = re.compile(rf"\b(?:{'|'.join(sorted(w.capitalize() for w in TITLE_ABBREVIATIONS | {'mt'}))})\.$")


# --- Voice: who is speaking in a sentence (compare/voice.py) ---------------------------------
# Verbs of saying that report only with a clause after them ("lamented that …", "speculates the deal
# is worth …"; "lamented the loss" is an act): in REPORTING_VERBS and THAT_ONLY_VERBS both.
CLAUSE_SAYING_VERBS = frozenset("""
lamented laments bemoaned bemoans cautioned cautions countered counters disclosed discloses affirmed affirms
reaffirmed reaffirms retorted retorts speculated speculates clarified clarifies confided confides opined opines
mused muses surmised theorized theorised posited reckoned boasted boasts informed informs signaled signalled
feared fears fear hoped hopes
""".split())
# Verbs of a finding ("The autopsy found that he drowned", "The panel concluded that …"): the "that"
# clause is the finder's, and only a "that" clause ("found the car", "found him dead" are acts;
# compare/unframed.act_only). Not "showed"/"indicates": their subject is more often a fact the
# writer reads ("Felt's role showed that …", "the positive response indicates that …").
FINDING_VERBS = frozenset("""
found finds concluded concludes determined determines
""".split())
DURATION_FOR = "for"  # "for hours", "for two weeks": a span of time after an object (clauses.past_duration)
# Gerunds of perception after a verb that reports only a clause ("Residents reported feeling the
# quake", "Witnesses described hearing two blasts"): what the speakers perceived is their account,
# as a clause would be (compare/clauses.zero_that_clause).
PERCEPTION_GERUNDS = frozenset("seeing hearing feeling smelling witnessing noticing".split())
# Verbs of foretelling: after ", as X had …" the clause before is the writer's report that it came
# true ("Prices rose, as analysts had predicted", "The troops left, as he had promised"), not X's
# words, as it is after ", as X said" (compare/credits.as_frame_at_end).
FORETELLING_VERBS = frozenset("""
predicted predicts forecast forecasts warned warns feared fears hoped hopes expected anticipated projected
promised promises vowed vows pledged pledges
""".split())
# Verbs that introduce reported speech or a reported view. The frame verb itself is the outlet's
# own choice ("claimed" is the outlet's word); what it introduces is the speaker's.
REPORTING_VERBS = frozenset("""
said says say saying told tells stated states added adds noted notes announced announces
claimed claims alleged alleges asserted asserts insisted insists maintained maintains argued
argues contended contends admitted admits acknowledged acknowledges denied denies warned warns
stressed stresses emphasized emphasised emphasizes emphasises declared declares charged
complained complains slammed slams blasted criticized criticised condemned condemns reported
reports revealed reveals suggested suggests confirmed confirms urged urges believes believe
believed thinks think estimated estimates assessed assesses explained explains wrote writes
described describes called calls accused accuses hinted hints predicted predicts vowed vows
promised promises pledged pledges demanded demands replied replies responded responds asked
asks read reads testified testifies recalled recalls conceded concedes reiterated reiterates echoed
remarked quipped joked commented observed recounted recounts answered answers tweeted tweets writing tweeting
ruled assured assures reassured reassures
claim allege assert insist maintain argue contend admit acknowledge deny warn stress emphasize
emphasise declare complain confirm suggest estimate explain predict tell accuse urge
""".split()) | CLAUSE_SAYING_VERBS | FINDING_VERBS
# The plain present forms above ("the officers claim …", "residents insist …") read as verbs only
# after a speaker; "the claim", "his claim" are nouns (NO_SPEAKER_BEFORE, NOUN_FORMS).
# Verbs that report speech only with a clause ("announced that …"); with a plain object they
# state an act ("announced a ban", "confirmed the toll" is the outlet's own statement).
THAT_ONLY_VERBS = frozenset("""
announced announces confirmed confirms reported reports revealed reveals estimated estimates
assessed assesses predicted predicts described describes promised promises pledged pledges
vowed vows demanded demands replied replies responded responds explained explains wrote writes
hinted hints admitted admits acknowledged acknowledges calls called call notes states charged charges
admit acknowledge confirm estimate explain predict recalled recalls conceded concedes reiterated
reiterates echoed observed recounted recounts answered answers considered deemed deems deem tweeted tweets
read writing tweeting ruled maintained maintains maintain declared declares declare
""".split()) | CLAUSE_SAYING_VERBS | FINDING_VERBS
# Verbs whose object is the speaker's characterisation ("slammed Japan's 'provocations'").
OBJECT_VIEW_VERBS = frozenset("""
slammed slams blasted criticized criticised condemned condemns denied denies praised praises
dismissed dismisses rejected rejects defended defends welcomed welcomes denounced denounces decried decries
derided derides ridiculed ridicules lambasted lambasts
""".split())
# … but only an object that carries a view: a quotation, "as …", a clause, or one of these words
# for what others said ("denied the accusations", "rejected calls to …", "dismissed concerns").
# Any other object is an act the outlet reports ("defended his heavyweight crown", "blasted a
# sluggish Rahman", "criticized the proposal"), and words in it are the outlet's own.
SPEECH_OBJECT_NOUNS = frozenset("""
report reports claim claims allegation allegations accusation accusations suggestion suggestions
charge charges call calls concern concerns rumor rumors rumour rumours speculation criticism
criticisms statement statements assertion assertions notion idea ideas
""".split())
# Verbs after which an object precedes the reported content ("accused Japan of …", "urged X to").
OBJECT_FRAME_VERBS = frozenset("accused accuses accuse urged urges urge called calls told tells tell warned warns warn "
                               "assured assures reassured reassures".split())
# Verbs of asking: with an object and "to" ("asked Dr. Gupta to serve as …") they report a request,
# whose object is the outlet's words; otherwise ("asked whether …") they frame what follows.
REQUEST_VERBS = frozenset("asked asks".split())
# Of those, the verbs of telling that may report a clause with no "that" after their object
# ("told reporters the ship sank"), and of these the ones whose object may be left out ("warned
# the economy would shrink").
# A body a report names with one of these nouns before its name ("news agency IRNA", "the daily
# Eleftherotypia") is what the bare noun stands for when it speaks later ("the agency reported",
# "the paper said"); each noun → its kind, so "the paper" finds "daily Eleftherotypia" and "the
# company" finds "retailer ShopMax" or "cloud provider Nimbus".
BODY_NOUNS = {"agency": "agency", "paper": "newspaper", "newspaper": "newspaper", "daily": "newspaper",
              "broadcaster": "broadcaster", "network": "broadcaster", "channel": "broadcaster",
              "company": "company", "firm": "company", "operator": "company", "union": "union",
              "publication": "newspaper", "magazine": "newspaper", "organization": "organisation",
              "organisation": "organisation", "group": "organisation", "foundation": "organisation",
              "institute": "organisation", "charity": "organisation", "association": "organisation",
              **dict.fromkeys("retailer carmaker automaker drugmaker chipmaker airline manufacturer conglomerate "
                              "giant".split(), "company")}  # (not "insurer", "provider": a person may be one)
# The last word of a body's name that says its kind ("Food and Drug Administration" is what "the
# agency" stands for; "Sage Therapeutics Company" what "the company" does).
BODY_HEADS = {"administration": "agency", "agency": "agency", "authority": "agency", "bureau": "agency",
              "commission": "agency", "company": "company", "corporation": "company", "foundation": "organisation",
              "institute": "organisation", "association": "organisation", "union": "union"}
TELLING_VERBS = frozenset("told tells tell warned warns warn assured assures reassured reassures".split())
WARNING_VERBS = frozenset("warned warns warn".split())
# Verbs of telling that report only with whom they tell: "assured reporters (that) …" reports,
# "assured that the three would stay" ensures it.
OBJECT_ONLY_VERBS = frozenset("assured assures reassured reassures".split())
# Verbs that name their object with the subject's word: "Police called the mechanic a hero", "LaRue
# called Magruder a 'congenital liar'", "critics branded him a traitor" (the complement is the
# subject's words; "called police to …", "called 911" name nothing).
# Their participles ("an inside source calling it 'a terrible experience'") name only with a
# complement ("activists calling for roads to be blocked" names nothing).
NAMING_PARTICIPLES = frozenset("calling branding dubbing labelling labeling terming".split())
NAMING_VERBS = frozenset("called calls call branded brands brand dubbed dubs dub labelled labeled labels label "
                         "termed terms considered deemed deems deem designated declared declares declare".split()) \
    | NAMING_PARTICIPLES  # ("declared the vote a sham" names; "declared an emergency" is an act: THAT_ONLY_VERBS)
# Of those, participles that give a name only with their agent, set off by commas ("The group, designated
# a terrorist organisation by the United States, …"); elsewhere they are adjectives ("designated hitter").
DESIGNATING_VERBS = frozenset({"designated"})
# Verbs of expressing and the nouns of what is said they take before a "that" clause ("expressed
# hope that …", "issued a warning that …", "offered the explanation that …"): the clause is the
# subject's words (compare/expressed.py). Not "rejected", "denied", "disputed": their clause is
# what the subject refuses; nor "gave", "raised": "it gives hope that …", "the deal raised fears
# that …" cause the hope or the fear, nobody voices it.
EXPRESSING_VERBS = frozenset("""
express expressed expresses voice voiced voices issue issued issues make made makes offer offered offers
repeat repeated repeats reiterate reiterated reiterates air aired airs renew renewed renews
""".split())
EXPRESSED_NOUNS = frozenset("""
explanation hope hopes concern concerns fear fears warning warnings statement claim claims assurance
assurances belief view argument allegation allegations suggestion promise pledge complaint complaints
prediction announcement reminder worry worries insistence
""".split())
# Verbs that give their subject's figure for something with "at" ("Officials put the death toll at
# 30", "the survey placed the damage at $2 million", "police estimated the crowd at 5,000"): the
# figure is the subject's estimate, reported (compare/estimates.py); the preposition that brings it.
ESTIMATE_VERBS = frozenset("put puts placed places pegged pegs estimated estimates".split())
ESTIMATE_AT = "at"
# Passives of saying with an empty "it" and no agent: "It was reported that …", "It is believed the
# gunman fled", "…, it was reported Wednesday": someone's words, nobody named (compare/credits.py).
NAMELESS_PASSIVE_VERBS = frozenset("reported said believed thought understood alleged claimed rumoured rumored "
                                   "confirmed announced feared".split())
NAMELESS_SUBJECT = "it"
# Of those, the verbs of describing: without "as", an adjective in their object is the
# describer's ("Officers described a chaotic scene": the chaos is their word).
DESCRIBING_VERBS = frozenset("""
describe describes described portray portrays portrayed depict depicts depicted characterize characterizes
characterized characterise characterises characterised
""".split())
# Views reported with an object: "Experts see the move as …", "critics view it as …", "Fowler
# described conditions as unacceptable" (the words after "as" are the subject's).
VIEW_VERBS = frozenset("""
see sees saw view views viewed regard regards regarded consider considers describe describes described
characterize characterizes characterized characterise characterises characterised portray portrays portrayed
depict depicts depicted labelled labeled labels branded brands hail hails hailed
tout touts touted paint paints painted frame frames framed pitch pitches pitched bill bills billed
blamed blames blame
""".split())  # (the last ones only with "as": "touted the deal as a win", "painted him as a villain")
# View verbs whose view follows another word than "as": "Officials blamed the fire on faulty
# wiring" (the cause is the officials' view, not the outlet's).
VIEW_PREPOSITIONS = {"blamed": "on", "blames": "on", "blame": "on"}
# Words that open a clause inside a view or a name given as "X as …" / "what X calls …" ("as someone
# who lived for police work and was …", "the murder of workers killed when the building they were
# in was torched"): a verb after them belongs to that clause, and ends neither.
INNER_CLAUSE_WORDS = frozenset("who whom whose which that when where if".split())
# The participles of VIEW_VERBS and OBJECT_VIEW_VERBS before "by": "an election hailed by the government as …",
# "dismissed by critics as a sham" (the words after "as" are the agent's view).
PARTICIPLE_VIEWS = frozenset(w for w in OBJECT_VIEW_VERBS | VIEW_VERBS if w.endswith("ed"))
SPEAKER_PRONOUNS = frozenset("he she it they we i".split())
# The pronoun of whoever is addressed: "'You think this is a prank,'" names no speaker.
ADDRESSEE_PRONOUNS = frozenset({"you"})
# A subject these open says nobody said it: "Neither Perlo nor his co-counsel ever claimed …",
# "villagers said no official had warned them".
NEGATED_SUBJECTS = frozenset("neither nobody none anyone anybody no".split())  # "how anyone believed …": no one
# Verbs by which a speaker says something in words of its own; a quotation that stands alone after
# a sentence framed by one goes on in that speaker's words ("Dorsey said the shooting was hard on
# everyone." then "“We're like family here.”"; compare/quotation.py).
PARAPHRASE_VERBS = frozenset("""
said says told tells added adds noted notes explained explains stated states insisted insists argued argues
denied denies recalled recalls warned warns acknowledged acknowledges admitted admits conceded concedes
testified testifies complained complains urged urges stressed stresses emphasised emphasized
emphasises emphasizes
""".split())
# Verbs of praise or blame, said in words: a quotation alone right after a sentence whose subject does
# one is that subject's ("Obama lauded Dr. Collins' experience in the announcement." then '"Dr. Collins
# is one of the top scientists …"'; compare/lead_ins.py).
PRAISE_VERBS = frozenset("""
praised praises lauded lauds hailed hails thanked thanks applauded applauds commended commends welcomed
welcomes criticized criticised criticizes criticises condemned condemns blasted blasts slammed slams
blamed blames
""".split())
# Verbs of saying that a subject may share with an earlier verb ("DeGeneres made the announcement
# on Twitter and said: …", "Experts warned … and said …"); others after "and" frame nothing.
COORDINATED_VERBS = frozenset("said says say added adds warned argued noted stated insisted claimed claims denied "
                              "admitted acknowledged".split())
# Words joining a verb of saying to the clause before it, whose subject then speaks ("confessed
# to the killings but said that …").
VERB_COORDINATORS = frozenset("and but".split())
# A name after one of these is a place or a team's, not a person's ("at North Carolina", "in Ohio").
PLACE_BEFORE_NAME = frozenset("in at from on".split())
# "what they say": a pronoun after it is no speaker phrase's subject (the clause names what is said).
WHAT = "what"
# Of those, the writer's own (outside a quotation no name in the sentence is theirs).
FIRST_PERSON = frozenset("we i".split())
# Every form of the first person: the words of a speaker, not of a report ("I saw", "told me").
FIRST_PERSON_FORMS = frozenset("i me my mine myself we us our ours ourselves i'm i've i'd i'll we're we've we'd "
                               "we'll".split())
# … and of the person spoken to: with these a printed turn speaks too ("Reporter: Will you …?").
SECOND_PERSON_FORMS = frozenset("you your yours yourself yourselves".split())
# "DeGeneres herself announced …": the name speaks; the pronoun only stresses it.
REFLEXIVE_PRONOUNS = frozenset("himself herself itself themselves myself ourselves yourself".split())
PERSON_PRONOUNS = frozenset("he she".split())  # … and those that stand for a person
PRONOUN_SEX = {"he": "m", "she": "f"}  # a person's pronoun stands for no one a first name says is the other
POSSESSIVE_SEX = {"his": "m", "her": "f"}  # "her publicist said" … "she": the woman the "her" stands for
PLURAL_PRONOUNS = frozenset({"they"})  # … and the one that stands for several, or a body
# Nouns that, as a speaker, stand for the several people who spoke last ("said Laurence Mark and
# Bill Condon" … "the pair said"), as "they" does.
GROUP_ANAPHORS = frozenset("pair duo trio couple".split())
# Straight and curly double quotation marks: a pronoun after an odd number of them is inside a quotation.
QUOTE_MARKS = ('"', "“", "”")
# A sentence opening with these puts a frame of saying in a subordinate clause that ends at a
# comma ("While the firm claims X, it appears that Y": Y is the outlet's own).
CLAUSE_OPENERS = frozenset("while although though whereas because unless".split())
# Words that open the main clause after such a comma ("…, it appears", "…, the report says").
MAIN_CLAUSE_OPENERS = frozenset("it he she they we i there this that these those the a an its his her their "
                                "our".split())
# Opening and closing quotation marks: straight, curly, guillemets, CJK corner brackets.
QUOTE_PAIRS = {"“": "”", "«": "»", "「": "」", "『": "』", "„": "“", "‹": "›"}
# Role words that are roles only in capitals ("DA Jo Park", "ADA Fairman"): "da" is a name's
# particle ("Lula da Silva", "Leonardo da Vinci"), "Ada" a given name ("Ada Moor").
CAPITALS_ONLY_ROLES = frozenset("da ada mp mep msp mla".split())
# Capitalised words inside a name that no person's name holds: a body's ("Doctors Without
# Borders", "Mothers Against Drunk Driving", "Reporters Sans Frontieres").
BODY_NAME_JOINERS = frozenset("without against sans".split())
# Role words before a person's name in a speaker phrase ("Troy Police Chief Charles Craft",
# "Genesee County Undersheriff James Gage"): the name after them is the speaker.
ROLE_WORDS = frozenset("""
chief undersheriff sheriff deputy lt lt. lieutenant sgt sgt. sergeant capt capt. captain officer
commissioner detective inspector judge justice gov gov. governor spokeswoman spokesman spokesperson
minister president premier secretary director head chairman chairwoman chair mayor ambassador
prosecutor attorney ada da coach manager executive ceo founder professor dr dr. mr mr. ms ms. mrs
mrs. sen sen. senator rep rep. representative leader commander general gen gen. admiral colonel col col.
major maj analyst fellow researcher economist reporter correspondent editor agent owner aide
adviser advisor investigator doctor teacher constable superintendent trooper marshal clerk witness
resident publicist lawyer journalist columnist blogger businessman businesswoman historian author
councilman councilwoman councillor councilor alderman assemblyman assemblywoman congressman
congresswoman legislator lawmaker chancellor cto cfo coo gm pastor reverend bishop archbishop cardinal monsignor
priest rabbi imam producer producers examiner coroner member mp mep msp mla
striker midfielder defender goalkeeper winger quarterback linebacker pitcher
""".split()) | {v for w in TITLE_ABBREVIATIONS - {"dist", "hon", "maj"} for v in (w, f"{w}.")}  # "Atty.", "Cpl."
# a role someone has been chosen for ("President-elect Barack Obama", "governor-elect") is a role too
ROLE_WORDS |= {f"{w}-elect" for w in ROLE_WORDS if w.isalpha()}


# Endings of nouns of a person's trade or role ("comedian", "novelist", "singer", "actor",
# "actress"): such a noun before a name of two words or more is a role, not part of the name.
AGENT_ENDINGS = ("ian", "ist", "er", "or", "ess")
# Endings of a science's or craft's practitioner ("seismologist", "volcanologist", "choreographer"),
# a role even where the tagger's lexicon lacks the word: no given name ends so.
SCIENCE_TRADES = ("ologist", "ographer", "ometrist", "iatrist")


# --- Polarity: negation and denial (compare/align.py) ---------------------------------------------
# Negation and denial: a sentence with an odd number of these says the opposite of one without.
NEGATIONS = frozenset("not no never nor neither none cannot n't denied denies deny denying rejected "
                      "rejects refused refuses acquitted innocent".split())
# The particles that negate a verb, for the word-change kind "negation" (compare/change_spans.py):
# "we weren't executing" / "we were executing", "didn't feel" / "feel". A contraction ending in
# "n't" is one of them too; "do", "does" and "did" are the support such a negation brings.
NEGATION_PARTICLES = frozenset("not never cannot".split())
# Words that negate a noun phrase: "No gun has been recovered" / "The gun has not been recovered"
# negate alike, so the "not" added there is no negation kind.
NEGATION_DETERMINERS = frozenset("no none neither nor".split())
NEGATION_SUFFIXES = ("n't", "n’t")
DO_SUPPORT = frozenset("do does did".split())
CONTRACTED_BASES = {"ca": "can", "wo": "will", "sha": "shall"}  # "can't" → "can", "won't" → "will"
# Contracted endings and what they stand for: "it's" / "it is" (or "it has") is one wording, written
# two ways (compare/change_spans.py `contracted`).
CONTRACTION_ENDINGS = {"n't": ("not",), "'re": ("are",), "'ll": ("will",), "'ve": ("have",), "'m": ("am",),
                       "'s": ("is", "has"), "'d": ("would", "had")}
# Verbs of prohibition state a negation in the affirmative ("banned X" = "X may not be …").
PROHIBITIVE = frozenset("ban bans banned banning prohibit prohibits prohibited forbid forbids forbidden "
                        "bar bars barred outlaw outlawed halt halted suspend suspended".split())
# Phrases that negate without a negation word ("had yet to regain consciousness", "ruled out
# calling an early election": there will be no election; "had been unaware of the cheating": he did
# not know, as "had not known about the cheating" says, but only after a verb of being: "photographed
# …, apparently unaware that the strap had fallen" still states the photograph, ECB+ 1_ecb).
NEGATING_PHRASES = re.compile(r"\b(?:yet to|fail(?:ed|ing|s)? to|declined to|unable to|no longer|"
                              r"(?:am|is|are|was|were|be|been|remain(?:s|ed)?) unaware|rul(?:e|es|ed|ing) out)\b")
# A negation word that negates nothing: "whether or not consultation occurs" (ECB+ 9_ecb: one
# outlet's "… regardless of whether consultation occurs or not" set against another's same
# quotation without it, as affirmed and denied). "No." before a figure is "number": "the No. 2
# official at the FBI", "the No. 5 seed" (ECB+ 28_ecb, 29_ecb: same-claim sentences kept apart
# as if one were negated).
NOT_NEGATING = re.compile(r"\b(?:or not|no matter|not only|no doubt|no\. ?\d+)\b")
# Words that open a relative clause after a noun; a negation inside one, when the clause holds one
# finite verb and ends at a comma or the sentence's end, qualifies the noun, not the claim ("… deport
# 2,000 migrants whose asylum claims were rejected, …": the deportation is affirmed). Not "that",
# which also opens a reported claim ("said that no one was hurt").
RELATIVE_OPENERS = frozenset("who whose whom which".split())
# A negation inside a leading subordinate clause does not negate the sentence's claim: a clause
# opened by one of these words, or by a participle, up to its comma ("After telling People she
# didn't need to, Tara Reid checked into …", "Denying he was a gangster, Gigante would wander …",
# "Though the newspaper doesn't cite its source, it stated …"). Trailing clauses were tried too
# ("…, although no one was hurt") and left out: read over the 66 ECB+ events, "…, though no
# injuries have been reported" split from "…, and no injuries were reported", and a "but" clause
# often is the claim ("has addressed the rule change, but has not formally overturned it").
SUBORDINATORS = frozenset("after although though despite while whilst before since because unless once "
                          "whereas".split())


# --- Time frames (compare/timeline.py) ------------------------------------------------------------
# Words that put a figure in a time frame of its own: a weekday, a part of a day, a running total
# ("so far", "over the past week"). Two figures in different frames are not one claim (ECB+ 19:
# "86 arrested on Saturday" and "more than 400 detained over the unrest").
TIME_FRAMES = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
                         r"(?:this|last) (?:week|month|year|night|morning)|so far|in total|overall|since|"
                         r"over the (?:past|last|unrest|weekend)|(?:first|second|third|fourth) (?:night|day))\b",
                         re.I)


# --- In-text dates: the days a report names as past (compare/intext.py) ---------------------------
# A report without a time is bounded by the days its sentences name as past; these words tell a
# past day from a future, possible, recurring or deadline one.
# A clause ends at punctuation other than a comma or a point (sentences are split already; "a.m."
# and "20:49" do not end one), and at a conjunction or relative word.
TENSE_CLAUSE_BREAK = re.compile(r"[;()\[\]\"“”|]|:(?!\d)|\b(?:and|but|while|whereas|that|which|who|whom|when|"
                                r"where|as|because|although|though|if|unless)\b", re.I)
# Words of the future or of a plan: a day in their clause is not named as past ("will meet on
# Friday", "is expected", "until Monday", "next month").
FUTURE_WORDS = re.compile(r"\b(?:will|won't|would|wouldn't|shall|'ll|going to|expect|expects|expected|expecting|"
                          r"schedule|schedules|scheduled|plan|plans|planned|planning|due|set to|set for|slated|next|"
                          r"upcoming|coming|later|until|till|tomorrow|(?:is|are|was|were) to|to be|await|awaits|"
                          r"awaited|hope|hopes|hoped|intend|intends|intended|aim|aims|promise|promised|vow|vowed|"
                          r"pledge|pledged|announce[sd]? (?:plans|rallies|a rally|a march|a protest|a strike))\b",
                          re.I)
# … and of a possibility; lower case only: "May" is a month.
MODALS = re.compile(r"\b(?:may|might|could|should|must|can)\b")
# Words of mood and of what is yet to be: one side of a word change that adds or drops one of them
# beside the same verb says something else ("would become" / "became", "has released" / "was to
# release"), no mere inflection.
MOOD_WORDS = frozenset("would will shall may might could should must can to".split())
# The word just before a mention (or before its "on") that makes it a deadline, a start, a
# recurring or an ambiguous day rather than a past one.
NOT_PAST_BEFORE = frozenset("to until till by for before from next this coming every each through "
                            "starting beginning".split())
# Skipped just before a day when looking for those words ("until on Monday" is "until").
DAY_PREPOSITIONS = frozenset({"on", "of"})
# Part of a weekday's mention when just before it ("on Saturday").
WEEKDAY_PREPOSITION = "on"
# Before a participle, these make it past ("was shot", "has been closed"; the tagger reads "was
# shot" as VBG) …
PAST_AUXILIARIES = frozenset("was were had has have been".split())
# … and these make a participle present ("the election is held on Sunday").
PRESENT_AUXILIARIES = frozenset("is are am be being 's".split())
# A report's own stamp before a day: "PUBLISHED: 02:31 GMT, 12 March 2013", "Updated on 12 March".
REPORT_STAMP = re.compile(r"\b(?:published|updated|posted)\s*:?\s*(?:on\s+)?(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*"
                          r"(?:[a-z]{2,4})?\s*,?\s*)?$", re.I)
# How a sentence names a day: (pattern, kind); groups `mon` (a capitalised word, a month when
# the pack's `months` has it) or `month` (a number), `day`, `year`; a "month" mention is its first day.
_MON = r"(?P<mon>[A-Z][a-z]{2,8}\.?)"
DATE_MENTIONS = (
    (re.compile(rf"\b{_MON}\s+(?P<day>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?\b(?![:.]\d)"
                r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"), "date"),  # March 13 / March 13, 2013
    (re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?![a-z])"
                r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"), "date"),  # 13 March / 13 March 2013
    (re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?!\d)"), "date"),  # 2013-03-13
    (re.compile(rf"\b(?i:in|since|early|late|mid|last)[\s-]+{_MON}(?![a-z])(?!\.?\s+\d{{1,2}}(?!\d))"
                r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"), "month"),  # in January / in January 2013
)

# --- Roles (compare/conflicts.py) -----------------------------------------------------------------
# Roles many people hold at once: two outlets naming two spokeswomen do not disagree.
SHARED_ROLES = frozenset("""
spokesperson spokesman spokeswoman official analyst fellow professor director research senior
deputy vice mr mr. ms ms. mrs mrs. dr dr. sen. rep. general admiral ambassador head
""".split())


# --- News agencies' names (compare/derivation.py) -------------------------------------------------
# Short and long names of one agency ("AP" credited, "Associated Press" in the outlet list).
AGENCY_ALIASES = {"ap": "associated press", "afp": "agence france-presse", "reuters": "reuters",
                  "xinhua": "xinhua news agency", "kyodo": "kyodo news"}


# --- Names and the phrases around them (compare/naming.py) ----------------------------------------
# Abbreviated titles written with their full stop ("Const. Tim Fanning"); "Dist." is a district's.
DOTTED_TITLES = frozenset(f"{w}." for w in TITLE_ABBREVIATIONS - {"dist"})
# Words that open a title ("former vice presidential candidate"): a lower-case noun right before
# one ends another phrase ("the church former vice presidential candidate Sarah Palin attends").
TITLE_OPENERS = frozenset("former then late ex erstwhile outgoing incoming acting interim current".split())
# Last parts of a hyphenated compound that places a party or group on a side ("far-right",
# "centre-left", "left-wing", "hard-line"): before a name such a compound is a label (the tagger
# guesses it a name's word); other compounds there ("most-watched", "all-time") place nothing.
PLACING_ENDS = frozenset("right left wing line".split())
# Words that make the "to" after them a preposition ("according to fire chief Tomas Varga"): the word
# after it heads a noun phrase, not an infinitive ("to fire coach X").
TO_PREPOSITION_LEADS = frozenset("according due owing thanks".split())
# Words of a title before a name ("Japan's former Prime Minister"), people's and offices'.
TITLE_WORDS = frozenset("""
former late prime minister president premier leader chancellor king queen emperor foreign defence defense
commerce trade finance chief cabinet secretary spokesperson spokesman spokeswoman ambassador
general admiral chairman chairwoman vice deputy senior research fellow professor analyst
director head mr mr. ms ms. mrs mrs. dr dr. sen. rep. gov. minister's leader's
""".split()) | DOTTED_TITLES
# Titles that make the name after them a person's (a role for `conflicts.role_conflicts`).
PERSON_TITLES = frozenset("""
prime minister president premier leader chancellor king queen emperor secretary spokesperson
spokesman spokeswoman ambassador general admiral chairman chairwoman fellow professor analyst
director mr mr. ms ms. mrs mrs. dr dr. sen. rep. gov.
""".split()) | DOTTED_TITLES
# Nouns after a name that belong to its phrase ("China's Taiwan region", "Taiwan authorities").
HEAD_NOUNS = frozenset("""
region island province authorities authority issue question strait straits side administration
""".split())
# Of those, the ones whose phrase is still a naming of the named thing, as a label of it ("China's
# Taiwan region", "the Taiwan question", "Taiwan authorities", "the Japanese side"). Not
# "administration": "the Nixon administration" is a government, not Nixon (over the 66 ECB+
# events 21 of the 23 labels found by a head noun were "X administration", all wrong).
CLASSIFIER_NOUNS = HEAD_NOUNS - {"administration"}
# Nouns of a kind of place that a name after "of" is ("the temporarily occupied city of Lorva", "the
# breakaway region of East Dalmar", "the Greek island of Tessa"): the phrase before "of" names the
# place, as an appositive does. Not "capital" or "territory" ("the capital of Dalmar" is Dalmar's).
PLACE_KIND_NOUNS = frozenset("city town village region province district island port republic enclave".split())
# Lower-case heads after a one-word name that make it a political body's ("the nationalist Homeland
# party", "the far-right Volk movement"): adjectives before such a name place the body as the outlet
# sees it, as before a name of two words (compare/descriptor_tags.py `adjectives_before`).
POLITICAL_BODY_HEADS = frozenset("party movement alliance front coalition bloc league".split())
# The last word of a place's name that makes a country's possessive before it the place's owner as an
# outlet gives it ("Ostmark's Selin Islands" / "Dravia's Selin Islands", "Israel's Golan Heights"):
# outlets that differ on the owner name the place apart (compare/descriptor_tags.py `owner_before`).
# Not a person ("Britain's Prince Harry") or a firm ("Apple's Tim Cook"): their possessor is no owner.
OWNED_PLACE_NOUNS = frozenset("island islands islets isles atoll archipelago reef reefs shoal strait straits sea "
                              "gulf heights peninsula region province territory territories waters".split())
# … and only with a word of the place's status among its modifiers: a participle ("occupied",
# "annexed", "besieged", "rebel-held") or one of these. Where and how big a place is ("the southern
# town of X", "the major port city of X") is description, not a naming outlets choose between.
PLACE_STATUS_WORDS = frozenset("""breakaway separatist rebel renegade autonomous independent so-called self-declared
self-proclaimed restive war-torn""".split())
PLACE_STATUS_ENDINGS = ("ed",)  # the participle's ending ("occupied", "annexed"; "rebel-held" ends so too)
# Nouns after an organisation's name that say what kind of group it is, with the words between
# ("the Hamas militant group", "the terrorist Rapid Support Forces militia", "the Houthi rebels"):
# how an outlet classes the group is its label. Not "regime", "government", "administration":
# "the Assad regime" is a government, not Assad.
GROUP_NOUNS = frozenset("""
group groups militia militias movement organisation organization faction gang cartel network outfit
rebels militants fighters insurgents guerrillas paramilitaries
terrorists extremists jihadists separatists gunmen radicals
""".split())
# Words that start a clause, so a capitalised word after them is not a qualifier of the name.
STARTERS = frozenset("""
since as after before when while but and however meanwhile then also the a an in on at by for
""".split())
DEMONYMS = {  # qualifiers name the same country whether adjective or possessive
    "japanese": "Japan", "chinese": "China", "south korean": "South Korea", "korean": "Korea",
    "north korean": "North Korea", "american": "United States", "us": "United States",
    "u.s.": "United States", "british": "Britain", "uk": "Britain", "vietnamese": "Vietnam",
    "taiwanese": "Taiwan", "russian": "Russia", "indian": "India", "french": "France",
    "german": "Germany", "philippine": "Philippines", "filipino": "Philippines",
}
# Capitalised words that are not names (sentence openers, weekdays, months, demonyms).
STOP_CAPS = frozenset("""
The A An In On At For But And However Under According While Despite Such This That These Those It
Its If As After Before During When Where Any All Some Last Further Once Regarding Please Tuesday's
Mr Ms Mrs Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
May June July August September October November December Chinese Japanese
Neither Either Both Each Every Many Most Several Few Nobody None
""".split())
# Head words of the measure at the heart of an event (a regular-expression alternation).
MEASURE_HEADS = (r"(?:ban|bans|banned|banning|prohibition|prohibits?|prohibited|embargo|export controls?|controls|"
                 r"curbs?|restrictions?|restricts?|restricted|suspension|suspends?|suspended|sanctions?|tariffs?|"
                 r"halt(?:s|ed)?)")
# Words that do not make two labels different ("Mr Xi" / "Xi").
HONORIFICS = frozenset("mr mr. ms ms. mrs mrs. dr dr. the".split())
# Ship prefixes, written in capitals before a vessel's name (motor vessel, motor ship, navies' own):
# "MS Columbus" is a ship, not "Ms. Columbus"; a ship that "said" speaks for its owner or crew, an
# organisation. The common prefixes of merchant and naval vessels (Wikipedia "Ship prefix").
VESSEL_PREFIXES = frozenset("MV MS MT MY SS RMS RV FV USS USNS HMS HMAS HMCS HMNZS INS PNS".split())
# US/UK spellings and gendered forms that name the same thing in a label.
# British and American spellings of one word, as rewrites of a British ending: a word and another
# that rewrite to one form are one word spelt two ways ("centre"/"center", "labour"/"labor",
# "organised"/"organized", "travelled"/"traveled"), a spelling variant, not a word change.
SPELLING_VARIANTS = tuple((re.compile(pattern), repl) for pattern, repl in (
    (r"tre(s?)$", r"ter\1"), (r"our(s|ed|ing|ite|ites)?$", r"or\1"), (r"ogue(s?)$", r"og\1"),
    (r"is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1"), (r"ys(e|es|ed|ing)$", r"yz\1"),
    (r"ll(ed|ing|er|ers)$", r"l\1"), (r"ence$", r"ense")))
# Whole words spelt two ways that no ending rule reaches ("fibre"/"fiber", "grey"/"gray",
# "tyre"/"tire", "aluminium"/"aluminum"): breame's dictionary of British and American spellings
# (Apache-2.0, about 1,700 pairs each way), read only when two sentences of one fact differ by
# such a word, so "tire" the verb never meets "tyre".
def _both_ways() -> dict[str, str]:
    from breame.data.spelling_constants import AMERICAN_ENGLISH_SPELLINGS, BRITISH_ENGLISH_SPELLINGS
    return {**AMERICAN_ENGLISH_SPELLINGS, **BRITISH_ENGLISH_SPELLINGS}


SPELLING_PAIRS: dict[str, str] = _both_ways()
SPELLING = {"defense": "defence", "organization": "organisation", "spokeswoman": "spokesperson",
            "spokesman": "spokesperson"}
# ", a move …" after a name describes the event, not the name; ", a name borrowed from …", ", a
# term coined by …" describe the name as a word, not what it names.
APPOSITIVE_HEADS_TO_SKIP = frozenset("""move step decision development sign signal day week
name nickname moniker term phrase word""".split())
# Lower-case words that join two capitalised runs into one name ("Ministry of Commerce",
# "Institute for Strategic Studies"), as written.
NAME_JOINERS = frozenset("of for".split())
# Lower-case particles inside a person's name, between capitalised parts ("Osama bin Laden",
# "Ursula von der Leyen", "Rafael van der Vaart", "Luiz Inácio Lula da Silva"), and the article
# prefixes of Arabic surnames written onto them ("Mahmoud al-Goweiny", "Abdel Fattah el-Sisi").
NAME_PARTICLES = frozenset("bin ibn bint abu al el van von der den de del della da di du dos das ter ten".split())
NAME_PREFIX = re.compile(r"(?:al|el|ad|an|as|ash|at|az|ul|ur)-[A-Z]\w")
# Articles before a title that belong to the naming phrase ("the Prime Minister Sanae Takaichi").
TITLE_ARTICLES = frozenset({"the"})
# Spellings a person's role is written in, whole or inside a title word ("defense minister" and
# "defence minister" are one role; `conflicts.role_conflicts`).
ROLE_SPELLING = {"defense": "defence"}

# --- Naming: a small noun-phrase chunker (compare/naming.py) --------------------------------------
# Closed-class words end a noun phrase: determiners, pronouns, prepositions, conjunctions,
# relatives, auxiliaries and modals, negations and frequent adverbs. A phrase holding none of them
# (nor a finite verb) is a noun phrase; "of" may join two ("star of the romantic epic").
DETERMINERS = frozenset("the a an this that these those its his her their our my your some any each every "
                        "no another such both all".split())
PRONOUNS_ALL = frozenset("i you he she it we they me him her us them myself himself herself itself "
                         "themselves who whom whose which what that this these those one".split())
PREPOSITIONS = frozenset("""
of in on at by for with from to into onto about as than like over under after before during since
until through across against among between within without toward towards around near behind amid
amidst upon via per despite including following regarding off out up down beyond along outside inside
beside
""".split())
CONJUNCTIONS = frozenset("and or but nor so yet while because although though if when where whereas "
                         "whether then why how".split())
AUXILIARIES = frozenset("""
is are was were be been being am has have had having do does did will would shall should can could
may might must 's ’s
""".split())
# Finite verbs that do not end in -ed (irregular pasts, frequent presents): a phrase with one is a
# clause. Regular verbs are told by position (`naming.Grammar.verb_like`).
VERB_WORDS = frozenset("""
said says say told tells tell made makes left leaves took takes ran runs held holds won wins got gets
began begins gave gives came comes went goes became becomes kept keeps led leads met meets saw sees
found finds brought brings thought thinks knew knows stood stands sang sings hit hits put puts set
sets quit shot struck fled flees caught catches sent sends spent spends paid pays lost loses told
wants needs seems looks calls remains returns starts joins felt feels given born known drove
drives taken written seen done gone shown grown chosen broken fallen stolen thrown worn won't
""".split())
# Words after which the next word is a verb ("she replaced", "has hosted", "will host"): the
# event's own text then lists its verbs, base forms included ("to hire", "felt").
VERB_CUES = frozenset("""
he she they we i who will would could should can may might must did didn't does doesn't do don't
has have had hasn't haven't not never
""".split())
# Adjectives: a naming phrase never ends in one ("popular Ellen DeGeneres" is not a label).
ADJECTIVES = frozenset("""
own new old big top good great best young first last late next former annual recent popular strong
lanky main major many much few several other same such whole real true fellow
""".split())
# Ordinals are figures: "the fifth coach" and "the coach" name alike.
ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
# Nouns ending in -ly (other such words are adverbs and end a phrase: "openly challenge").
LY_NOUNS = frozenset("family ally rally supply assembly monopoly daily weekly monthly anomaly".split())
ADJECTIVE_ENDINGS = ("al", "ous", "ive", "ful", "ic", "able", "ible", "less", "ish", "est", "ed", "ing",
                     "ant", "ary", "old", "time", "ly")
# Endings of nouns of a person the tagger reads as adjectives ("terrorist", "separatist",
# "nationalist"): right before a person's full name such a word is a title-like noun.
PERSON_NOUN_ENDINGS = ("ist",)
# The chunker's suffix rules. Participles: an -ed or -ing word is a verb, unless it modifies a
# noun inside a phrase ("the deadlocked jury", "internationally renowned movie star"); one with a
# gerund ending is a verb after anything but an article ("after hiring former lawyer …").
PARTICIPLE_ENDINGS = ("ed", "ing")
GERUND_ENDINGS = ("ing",)
# A word with one of these endings after a noun phrase carries on a clause, so the phrase is an
# appositive ("…, a woman known as …").
PAST_PARTICIPLE_ENDINGS = ("ed", "en")
# Adverbs by ending ("openly challenge China's …"; the nouns among them are `LY_NOUNS`).
ADVERB_ENDINGS = ("ly",)
# Plural nouns by ending, less the singulars that end alike ("stars", not "boss"): a descriptor
# before a name is singular ("young stars Andre Iguodala and Thaddeus Young" name two people).
PLURAL_ENDINGS = ("s",)
SINGULAR_ENDINGS = ("ss",)
# Present-tense verbs by ending, less the nouns that end alike ("Stefanski moves Cheeks", not
# "status", "crisis").
VERB_ENDINGS = ("s",)
NOT_VERB_ENDINGS = ("ss", "us", "is")
# Demonyms by ending, besides `DEMONYMS` ("Egyptian", "Japanese"): a nationality, not a referent.
DEMONYM_ENDINGS = ("ian", "ese")
# A capitalised word joined to a participle, before a name: a modifier that places or ranks the named
# thing, not part of its name ("Russian-occupied Crimea", "Iran-backed Houthis", "Saudi-led
# coalition", "London-based", "Top-ranked North Carolina", "New Zealand-born Rait").
NAME_MODIFIER = re.compile(r"[A-Z][\w’']*-(?:[a-z]+ed|held|led|run|born|built|made|speaking|owned)")
# A place's status written right before its name in lower case ("occupied Sarn", "annexed Crimea",
# "liberated Kherson", "rebel-held Idlib", "war-torn Sudan"): the same kind of label as "Russian-occupied
# Crimea", and as the status among the modifiers of "the occupied city of X" (`PLACE_STATUS_WORDS`).
STATUS_BEFORE_NAME = re.compile(r"occupied|annexed|besieged|disputed|liberated|contested|breakaway|war-torn|"
                                r"self-(?:declared|proclaimed)|[a-z]+-(?:held|controlled|occupied|run)")
# A modifier that takes a side, by its form: "pro-" before anything ("pro-democracy", "pro-life",
# "pro-Palestinian"), "anti-" before a name ("anti-Israel", "anti-Kremlin"; not "anti-riot police" or
# "anti-tank missiles", which say what a thing is for). Two outlets that set different modifiers
# before one head, one of them such a word, name the thing by a side ("a pro-Palestinian
# encampment" / "an anti-Israel encampment" / "the Gaza solidarity encampment"): a label.
STANCE_PREFIX = re.compile(r"pro-\w{3,}|anti-[A-Z]\w+")
# Capitalised common nouns of a party, a faith or a creed: a label however written ("Governor X, a
# Republican, …" against "X, a hardline conservative, …"; "a devout Catholic"), singular and plural.
AFFILIATIONS = frozenset(
    f"{w}{s}" for w in "republican democrat conservative liberal socialist communist tory catholic protestant "
    "evangelical christian muslim jew hindu buddhist sikh mormon baptist methodist anglican sunni shiite "
    "islamist jihadist marxist maoist leninist trotskyist zionist nazi neo-nazi fascist libertarian "
    "monarchist royalist loyalist unionist nationalist".split() for s in ("", "s")) \
    | frozenset("labour tories shia".split())
# Plural demonyms by ending ("Parisians", "Brooklynites"): a people, an unnamed source. Only plurals:
# a name may end in "ite" ("White").
PLURAL_DEMONYM_ENDINGS = ("ians", "ites")
# The headline test: a line that does not end with one of these is a headline, a byline or a
# fragment, and so is one in title case (`TITLE_CASE_HEADLINES`: four words or more of
# `HEADLINE_WORD` and none of four letters or more in lower case outside the closed classes:
# "China Bans Exports Of Dual-Use Goods To Japan"). A language that does not write headlines in
# title case, or capitalises every noun, turns the title-case test off.
SENTENCE_ENDS = ('.', '!', '?', '"', '”', '’', "'", ')')
TITLE_CASE_HEADLINES = True
HEADLINE_WORD = re.compile(r"[A-Za-z][\w’'-]*")
ADVERBS = frozenset("""
not never also just only even still already now then today yesterday tomorrow tonight recently finally
again later earlier soon very too more most less least well reportedly allegedly apparently however
there here ago back away late early
""".split())
# Degree adverbs of a superlative inside a noun phrase: after an article or a possessive and
# before a lower-case word they stay in the phrase ("the country's most popular opposition figure",
# "the least known of …" is cut at "of" as any phrase is).
SUPERLATIVE_ADVERBS = frozenset("most least".split())
# Words that open a relative clause: a phrase followed by one ends there ("the 1950s pinup
# and bondage model who …").
RELATIVES = frozenset("who which whose that whom where".split())
# Articles and possessive determiners: an -ed or -ing word after one is a modifier ("the
# deadlocked jury"); "of" followed by one joins two phrases ("co-producer of the Oscars telecast").
ARTICLES = frozenset("a an the his her its their our my your".split())
# Articles that open an appositive (", a self-ruled island") or the complement of "is a …".
APPOSITIVE_ARTICLES = frozenset("a an the".split())
# The article the tagger reads a capitalised word after to tell a common noun ("the judge").
DEFINITE_ARTICLE = "the"
# Copulas of "Name is a …".
COPULAS = frozenset("is was".split())
# The words that join two noun phrases into one descriptor ("actress and champion swimmer",
# "star of the romantic epic"), and the infinitive marker ("to replace Cheeks": a verb follows).
AND_WORD, OF_WORD, TO_WORD = "and", "of", "to"
# Suffixes written after a name that belong to it ("Ken Griffey Jr").
NAME_SUFFIXES = frozenset("Jr Jr.".split())
NAME_SUFFIXES_DROPPED = frozenset("Jr Sr".split())  # left out when a name is keyed by its last word
# Nouns that do not name anything on their own: a label needs a more telling word than these.
EMPTY_HEADS = frozenset("""
thing things way time times part kind lot number people person one ones something someone anyone
year years day days week weeks month months percent course la woman man
""".split())


# --- Sources: agencies, organisations, unnamed speakers, governments (compare/quotes.py) ----------
# News agencies, as outlets credit them.
AGENCIES = ("Associated Press", "AP", "Reuters", "AFP", "Agence France-Presse", "Xinhua", "Kyodo",
            "Kyodo News", "Yonhap", "NHK", "Bloomberg", "Bloomberg News", "TASS", "Jiji", "Bernama", "ANI",
            "PTI", "dpa", "EFE", "ANSA", "Global Times", "China Daily", "CGTN", "People's Daily", "IRNA", "ISNA",
            "Fars", "Mehr", "UPI", "PA", "CNA", "Interfax", "RIA Novosti", "Anadolu", "ANP", "APA",
            "Dimsum Daily")
# Words of newspapers' names in other languages ("Le Monde", "Asahi Shimbun", "La Stampa"): a body's
# word (`ORG_WORDS`) and a medium's (`MEDIA_NAME_WORDS`).
FOREIGN_MEDIA_WORDS = frozenset("""
monde mundo welt zeitung shimbun corriere stampa repubblica figaro parisien spiegel tageblatt allgemeine
""".split())
# Words that make a speaker an organisation ("the ministry", "Nomura Research Institute").
ORG_WORDS = frozenset("""
ministry government navy army military institute agency office commission council embassy authorities authority
police court department committee association university news network times daily survey center centre
company corporation bank group party union organisation organization service services administration
television tv radio media newspaper station agency bureau foundation board federation club team hospital
spokesperson spokesman spokeswoman center fire department headquarters
post herald tribune journal gazette chronicle telegraph guardian observer academy society church school
studio studios firm firms unit division subsidiary
watch maker manufacturer provider retailer insurer lender broadcaster giant brigade squad airline prison campaign
carmaker automaker drugmaker chipmaker steelmaker planemaker conglomerate utility
gang cartel syndicate militia regulator watchdog
international forces coalition alliance movement fund programme program initiative
""".split()) | FOREIGN_MEDIA_WORDS  # "watch": a monitoring group ("Human Rights Watch", "a neighbourhood watch")
# Heads of unnamed speakers ("experts", "officials", "a source").
# In a cited name, these end who it is; the rest says where from ("Francesca Grifo of the Union
# of Concerned Scientists", "Lt. Gregg Hastings of the Oregon State Police": people).
CITED_HEAD_ENDS = frozenset("of for at with from near outside inside beside".split())
# "an article in Ebony", "a post on Facebook", "a report from WCCO-TV": a text in a publication, or
# from a body, cites the publication or the body.
PUBLISHED_IN = frozenset("in on from".split())
SENT_FROM = "from"  # … but "a letter from Jo Park" is a person's (a given name after it)
UNNAMED_HEADS = frozenset("""
experts expert analysts analyst observers sources source officials official critics insiders diplomats
scholars commentators witnesses witness residents resident people authorities investigators
reports firefighters firemen leaders members man men woman women person boy girl teen teenager
one another
""".split())
# Words that open a clause after a comma (compare/change_spans.py): a credit, a participle, a
# relative pronoun. One side's changed span that goes on past a comma into such a clause is a word
# change and a clause added ("said" / "claimed, according to X"); after any other comma the span
# stays whole: a place ("Bern, Switzerland"), a date ("Tuesday, July 27"), a list ("smart,
# sustainable policies"), an aside ("Subryan, 23,").
CLAUSE_AFTER_COMMA = re.compile(r"(?:according|citing|which|who|whom|whose|[a-z]{3,}ing)$")
# Countries and capitals that speak for a government ("Beijing said").
GOVERNMENTS = frozenset("""
China Japan Beijing Tokyo Taipei Taiwan Seoul Washington Hanoi Vietnam Moscow Russia London Britain
Manila Philippines Pyongyang Delhi India Canberra Australia Paris France Berlin Germany Brussels
Iran Tehran Greece Athens Israel Jerusalem Ukraine Kyiv Kiev Turkey Ankara Pakistan Islamabad
""".split())
PRONOUNS = frozenset("he she it they we i you".split())  # a pronoun left unresolved is not a source
# Credits to an agency (quotes.py), as regular-expression alternations around the agency's name:
# the words before it ("according to AFP", "told Reuters"), an article it may take ("the"), the
# words that may follow it ("Xinhua news agency"), the verbs after it ("Reuters reported"), a
# credit line's opening ("According to AFP, Reuters") and the word joining its last two names.
CREDIT_BEFORE = r"according to|via|citing|reported by|quoted by|told|speaking to|interview with"
CREDIT_ARTICLE = r"[Tt]he"
CREDIT_AGENCY_WORDS = r"news agency"
CREDIT_AFTER = r"reported|quoted|said|says|cited"
CREDIT_LINE = r"according to|via"
CREDIT_LINE_AND = r"and"
# A dropped line crediting a picture, not the story ("Photo: AFP", "(File image: Reuters)").
PHOTO_CREDIT = re.compile(r"\s*\(?(?:photo|image|picture|file)", re.I)
# An article before an agency's name that does not make it another agency ("the AP"; derivation.py).
AGENCY_ARTICLE = re.compile(r"^the\s+")
# The words around a speaker's name (quotes.py): what joins two speakers ("officials and state
# media"), what names an agency ("Xinhua news agency"), an article a government may take ("the
# Philippines"), the article two spellings of one agency differ by, and the
# articles a short form loses before it is resolved ("the institute" → "Nomura Research Institute").
SPEAKER_JOINER = re.compile(r"\s+and\s+")
# The word that opens a pair of speakers, no part of the first: "according to both Microsoft and
# numerous security firms".
PAIR_OPENERS = frozenset({"both", "either"})
# A body's name that lists its fields keeps its "and": "Central Commission for Elections and
# Referenda", "Ministry of Trade and Industry" (the left part ends in one of ORG_WORDS, this
# preposition and capitalised words; the right part is capitalised words without a role).
NAME_LIST_PREPOSITIONS = frozenset({"of", "for", "on"})
AGENCY_NAME = re.compile(r"\bnews agency\b", re.I)
GOVERNMENT_ARTICLES = frozenset({"the"})
NAME_ARTICLE = "the "
SHORT_FORM_ARTICLES = re.compile(r"^(?:the|a|an)\s+", re.I)


# --- Quantities as news writes them (compare/numbers.py) ------------------------------------------
# Number words and their values, then scale words ("three hundred", "2.5bn").
UNITS_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
               "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
               "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
               "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "single": 1}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000,
          "k": 1_000}
# Vague amounts as intervals. "several" is read as 3–9 (Longman: "more than a few but not very
# many"), so "several dozen" is 36–108 less the top that "about 100" would claim: 36–84.
VAGUE = {("several", "dozen"): (36, 84), ("a", "few", "dozen"): (24, 60), ("dozens",): (24, 99),
         ("scores",): (40, 99), ("hundreds",): (200, 999), ("thousands",): (2_000, 9_999),
         ("a", "dozen"): (12, 12), ("several",): (3, 9), ("a", "few"): (2, 5), ("a", "handful"): (2, 6),
         ("tens", "of", "thousands"): (20_000, 99_999), ("half", "a", "million"): (500_000, 500_000)}
# Hedges before a figure and the interval they make of n ("about": ABOUT, "nearly": NEARLY_LOW,
# both in `params`).
QUALIFIERS = {
    ("at", "least"): "min", ("more", "than"): "min", ("over",): "min", ("above",): "min",
    ("in", "excess", "of"): "min", ("upwards", "of"): "min", ("no", "fewer", "than"): "min",
    ("about",): "about", ("around",): "about", ("approximately",): "about", ("roughly",): "about",
    ("some",): "about", ("an", "estimated"): "about", ("estimated",): "about", ("nearly",): "near",
    ("almost",): "near", ("close", "to"): "near", ("up", "to"): "max", ("as", "many", "as"): "max",
    ("fewer", "than"): "max", ("less", "than"): "max", ("under",): "max", ("at", "most"): "max",
}
# Vague amounts that are a multiplier before a scale word ("several thousand" is read as a figure).
VAGUE_BEFORE_SCALE = frozenset({("several",), ("a", "few"), ("a",)})
# A range: "between 60 and 100", "60-100", "140 to 150".
RANGE_START = "between"
RANGE_AND = "and"
RANGE_WORDS = frozenset({"-", "–", "to"})
# Number words that are a figure only before a scale ("a hundred", not "a man"), and the scales
# they may come before; abbreviated scales that do not multiply another ("5 m" is not 5 million k).
NOT_ALONE = frozenset("a an single".split())
ARTICLE_NUMBERS = frozenset("a an".split())
ROUND_SCALES = frozenset("hundred thousand million billion".split())
UNCHAINED_SCALES = frozenset("m k".split())


# --- Typed slots: what a figure counts (compare/slots.py) -----------------------------------------
# Slot words, by slot: stems, each matched as a whole token or with one of `SLOT_SUFFIXES`
# ("kill" → "killed", "injur" → "injuries"; not "dead" → "deadlock", "die" → "Diego").
SLOT_SUFFIXES = ("", "e", "s", "es", "d", "ed", "ing", "y", "ies", "ees", "ity", "ion", "ions")
COUNT_SLOTS = {
    "killed": ("kill", "dead", "death", "died", "die", "dies", "dying", "fatalit", "lives", "bodies", "toll",
               "murdered", "murdering", "drown", "perish", "martyr", "slain"),  # not "charged with murder", "two
    # murder charges", "eight murders"; "12 migrants drowned", "30 perished"; one side's word for its
    # fallen ("four soldiers were martyred": the toll its outlets give) and "three slain officers"
    "injured": ("injur", "wound", "hurt"),
    # people taken to or treated in hospital: the figure accident and outbreak reports give beside or
    # instead of the injured ("Twelve people were taken to hospital", "hospitalised 30 people"); the
    # phrases are `CARE_VERBS` + `CARE_PLACES`
    "hospitalised": ("hospitalis", "hospitaliz", "hospitalisation", "hospitalization"),
    "missing": ("missing", "unaccounted"),
    "trapped": ("trapped",),  # miners, passengers, residents still trapped: a count that falls as they are freed
    "arrested": ("arrest", "detain", "detention"),
    "evacuated": ("evacuat",),
    "rescued": ("rescu",),  # "rescued 190 people", "180 were rescued" (not "rescuers": no suffix "ers")
    "displaced": ("displac", "homeless"),
    # people a state sends away ("will deport about 2,000 migrants", "2,000 asylum seekers face
    # deportation", "expelled 20 diplomats") and people set free ("freed 40 hostages", "released
    # 90 prisoners"): counts outlets give of one group, often named apart
    "deported": ("deport", "deportation", "deportations", "expel", "expelled", "expulsion", "expulsions"),
    "freed": ("freed", "releas"),
    # people kidnapped ("gunmen abducted 60 students", "87 pupils were kidnapped", "the abduction of
    # 30 villagers"): a count police, schools and officials give apart, revised as the missing are
    # counted; not "kidnappers" (no suffix "ers")
    "kidnapped": ("kidnap", "kidnapped", "kidnapping", "kidnappings", "abduct"),
    # animals killed to stop an outbreak ("ordered the culling of 120,000 chickens", "150,000 birds
    # to be culled"): a count of one herd or flock that outlets give apart
    "culled": ("cull", "culling"),
    "jobs": ("job", "layoff", "redundanc", "axe", "axing", "sacked", "sacking"),  # "to axe 3,000 jobs", "axes
    # 11,000 staff", "is sacking 1,200 workers" (not "sack": "500 sacks of flour")
    "infected": ("infect", "sicken"),  # an outbreak's count ("sickened more than 1,200"); not "cases"
    # homes and other buildings a fire, storm or quake destroyed or damaged: counted only before
    # one of `BUILDING_NOUNS` ("destroyed 40 homes", "61 houses were damaged")
    "destroyed": ("destroy", "razed", "flattened", "gutted"),
    "damaged": ("damaged",),
    # how many a breach, an outage or a recall reached: counted by the noun it counts
    # (`NOUN_KEYED_SLOTS`: "affected 3.4 million customers" is not "affected 40,000 accounts")
    "affected": ("affect",),
    # how many products a maker calls back ("is recalling 120,000 cars", "a recall of 150,000
    # vehicles"): keyed and counted by the noun, as "affected" is ("recalled 20 years" is memory)
    "recalled": ("recall",),
    # how many joined a protest, a march or a rally: the figure police and organisers give apart
    # ("Police said 38,000 …, organisers put the number at 150,000"). Only words of the gathering
    # itself: a noun of its people ("protesters", "marchers") counts them after a figure and would
    # take "12 protesters were arrested" from the arrests.
    "took part": ("protest", "demonstration", "rally", "rallies", "rallied", "marched", "crowd", "participated",
                  "attended"),
}
# Slot verbs of two words, the verb and its particle ("laying off 11,000 employees"): read as one
# slot word wherever either word stands (compare/slots.py).
PHRASAL_SLOT_VERBS = {("lay", "off"): "jobs", ("lays", "off"): "jobs", ("laying", "off"): "jobs",
                      ("laid", "off"): "jobs",
                      # "About 12,000 people took part, police said": the slot's own name
                      ("took", "part"): "took part", ("take", "part"): "took part", ("taking", "part"): "took part",
                      ("takes", "part"): "took part",
                      # "29 people had fallen ill", "more fell ill": the sick of an outbreak
                      ("fell", "ill"): "infected", ("fallen", "ill"): "infected", ("falling", "ill"): "infected",
                      # "Forty prisoners walked free"
                      ("walked", "free"): "freed", ("walk", "free"): "freed", ("walks", "free"): "freed"}
# A gathering's word counts a figure before it ("38,000 joined a protest"), or after it only
# through one of these right before the figure ("a crowd of 150,000", "a march by 2,000 farmers"):
# a gathering named further back is where another count happened ("arrests since the start of
# the protests reached 90").
GATHERING_SLOTS = frozenset({"took part"})
GATHERING_PREPOSITIONS = frozenset("of by".split())
# Verbs of an order that a slot verb follows after "to" ("3,000 residents were ordered to
# evacuate"): the figure counts the slot's, past them (compare/slots.py).
DIRECTIVE_VERBS = frozenset("ordered ordering told telling forced forcing compelled compelling".split())
# Verbs that name a slot only as what such an order tells people to do ("More than 6,000 people have
# been ordered to leave their homes", "forced 3,000 residents to flee"): alone they say nothing of a
# count ("plans to leave", "fled the scene").
DIRECTED_SLOT_VERBS = {("to", "leave"): "evacuated", ("to", "flee"): "evacuated"}
# A verb of care before "to", "in" or "at" and (after at most one of `CARE_FILLERS`) a hospital
# names the "hospitalised" slot ("were taken to hospital", "were treated at a nearby hospital",
# "rushed to the hospital"); not "remain in hospital" (a count that falls, not those taken) or
# "died in hospital" (the dead, by the nearer "died").
CARE_VERBS = frozenset("taken rushed admitted treated airlifted flown brought transported".split())
CARE_PREPOSITIONS = frozenset("to in at".split())
CARE_FILLERS = frozenset("the a local nearby area".split())
CARE_PLACES = frozenset("hospital hospitals".split())
CARE_SLOT = "hospitalised"
# Slots whose key names the plural noun they count ("affected customers").
NOUN_KEYED_SLOTS = frozenset({"affected", "recalled"})
# A figure right after one of these and "of" counts those a breach reached ("the personal data of
# 1.2 million customers", "records of 500,000 patients", "the names and email addresses of about 2
# million customers", "passwords of 8 million users"): the "affected" slot. Not "names" alone ("the
# names of 12 victims" are published, not stolen).
DATA_NOUNS = frozenset("data records details information addresses passwords".split())
# The words between a data noun and the figure of its owners: "the data of 3 million customers",
# "data belonging to 3 million customers".
DATA_OWNER_LINKS = (("of",), ("belonging", "to"))
DATA_SLOT = "affected"
# The buildings the "destroyed" and "damaged" slots count; a count of them is no count of people
# ("500 homes were evacuated" is not 500 evacuated).
BUILDING_NOUNS = frozenset("homes houses buildings structures residences dwellings apartments".split())
BUILDING_SLOTS = frozenset({"destroyed", "damaged"})
# Slots whose verbs also take things ("released a report on Oct. 23", "the patch released Dec. 9",
# "expelled from school"): a figure counts them only before a plural noun ("released 90 prisoners",
# "2,000 asylum seekers face deportation") or after the slot's noun and "of" ("the release of 40
# hostages"), never before a bare comma or stop as the toll slots do ("killing 12.").
NOUN_COUNTED_SLOTS = frozenset({"deported", "freed", "culled", "recalled"})
# Slots read for labels only (compare/counted.py), never compared as figures: a swap frees two
# groups ("released 40 hostages in exchange for 120 prisoners") and expulsions answer expulsions
# ("expelled 20 diplomats after Moscow expelled 35"), so two figures of the slot are often two
# groups, not a conflict or an update. One figure two outlets give still names one group.
NAMING_ONLY_SLOTS = frozenset({"deported", "freed"})
# Verbs of a state found or still held, between a count's subject and its slot word ("Four miners
# have been found dead", "Two climbers are feared dead", "15 remain missing", "19 still trapped"):
# the figure counts the slot's, as after "were" alone.
STATE_BEFORE_SLOT = frozenset("found feared reported confirmed believed presumed listed remain remains remained "
                              "still face faces facing".split())  # "2,000 asylum seekers face deportation"
# Slots whose word before a plural noun describes rather than counts: "freed 12 trapped miners"
# counts miners no longer trapped ("leaving 19 trapped" and "19 miners remain trapped" count).
PRENOMINAL_NOT_COUNT_SLOTS = frozenset({"trapped"})
# Prepositions of place before a figure: what it counts is where the slot's count was, not the count
# ("29 people in nine states had fallen ill", "arrests across 12 cities").
PLACE_BEFORE_COUNT = frozenset("in across throughout at from".split())
# Slots whose words never take what they count as an object: "missing four games" is no count.
SUBJECT_ONLY_SLOTS = frozenset({"missing", "jobs"})
# Compass directions of a distance ("58 km south-west of Tehran"), normalised.
DIRECTIONS = {"north": "N", "south": "S", "east": "E", "west": "W", "northeast": "NE", "northwest": "NW",
              "southeast": "SE", "southwest": "SW", "north-east": "NE", "north-west": "NW",
              "south-east": "SE", "south-west": "SW"}
# Currency words and symbols, to ISO codes: sums in different currencies are different slots.
CURRENCIES = {"$": "USD", "us$": "USD", "dollars": "USD", "€": "EUR", "euros": "EUR", "euro": "EUR",
              "e": "EUR", "£": "GBP", "pounds": "GBP", "¥": "JPY", "yen": "JPY", "yuan": "CNY", "rupees": "INR"}
# Letters written onto a figure that make it a sum ("R26 million", "Dh472.72bn", "e75m"): read
# only where they touch the figure (compare/wording.py: a sum in two currencies is a conversion).
CURRENCY_PREFIXES = {"r": "ZAR", "dh": "AED", "rs": "INR", "rp": "IDR", "e": "EUR", "us$": "USD"}
# Units of measure a figure may carry, to one base unit per dimension: the word changes read
# "2,000ft" / "600m" and "193km/h" / "120 mph" as one figure converted, not a changed figure
# (compare/wording.py). Multi-word units are tuples of lower-cased tokens; "m" is metres only
# where the figure is no sum ("£88m" is millions).
MEASURES = {
    ("m",): ("length", 1.0), ("metres",): ("length", 1.0), ("meters",): ("length", 1.0),
    ("metre",): ("length", 1.0), ("meter",): ("length", 1.0), ("km",): ("length", 1000.0),
    ("kilometres",): ("length", 1000.0), ("kilometers",): ("length", 1000.0),
    ("kilometre",): ("length", 1000.0), ("kilometer",): ("length", 1000.0),
    ("ft",): ("length", 0.3048), ("feet",): ("length", 0.3048), ("foot",): ("length", 0.3048),
    ("yards",): ("length", 0.9144), ("yard",): ("length", 0.9144), ("mi",): ("length", 1609.344),
    ("miles",): ("length", 1609.344), ("mile",): ("length", 1609.344),
    ("km", "/", "h"): ("speed", 1 / 3.6), ("kmh",): ("speed", 1 / 3.6), ("kph",): ("speed", 1 / 3.6),
    ("mph",): ("speed", 0.44704), ("miles", "per", "hour"): ("speed", 0.44704),
    ("kilometres", "per", "hour"): ("speed", 1 / 3.6), ("kilometers", "per", "hour"): ("speed", 1 / 3.6),
    ("square", "metres"): ("area", 1.0), ("square", "meters"): ("area", 1.0), ("square", "metre"): ("area", 1.0),
    ("square", "meter"): ("area", 1.0), ("sq", "m"): ("area", 1.0), ("square", "feet"): ("area", 0.09290304),
    ("square", "foot"): ("area", 0.09290304), ("sq", "ft"): ("area", 0.09290304),
    ("hectares",): ("area", 10_000.0), ("acres",): ("area", 4046.8564224),
    ("square", "kilometres"): ("area", 1e6), ("square", "kilometers"): ("area", 1e6), ("sq", "km"): ("area", 1e6),
    ("square", "miles"): ("area", 2_589_988.110336), ("sq", "mi"): ("area", 2_589_988.110336),
    ("kg",): ("mass", 1.0), ("kilograms",): ("mass", 1.0), ("kilos",): ("mass", 1.0), ("lb",): ("mass", 0.45359237),
    ("lbs",): ("mass", 0.45359237), ("tonnes",): ("mass", 1000.0), ("tons",): ("mass", 907.18474),
    ("litres",): ("volume", 1.0), ("liters",): ("volume", 1.0), ("gallons",): ("volume", 3.785411784),
    ("barrels",): ("volume", 158.987294928),
}
# Slots of an amount ("2.4 tonnes of cocaine", "6,000 barrels of oil"): the dimensions of
# `MEASURES` read as "<figure> <unit> of <thing>" (compare/measures.py `amounts`), and the words
# after the thing that make it a rate, not this event's amount ("2 million tonnes of wheat a year").
AMOUNT_DIMENSIONS = frozenset({"mass", "volume"})
PER_PERIOD = re.compile(r"^(?:(?:per|a|an|each|every)\s+(?:year|month|week|day|hour|season)|annually|yearly|"
                        r"daily|monthly|weekly)\b")
# What a sum is for: the nearest of these words names the money slot (two sums for different
# things are never compared); a sum with none of them near is left out. "worth" is none: "contracts
# worth 120 million euros" and "a deal worth $5 billion" are no theft; a haul's sum has a word of
# theft near it ("jewellery worth £1.7m has been stolen", "thieves made off with watches worth …").
MONEY_HEADS = {"stole": "stolen", "stolen": "stolen", "steal": "stolen", "haul": "stolen", "booty": "stolen",
               "loot": "stolen", "heist": "stolen", "robbery": "stolen", "theft": "stolen", "thieves": "stolen",
               "robbers": "stolen", "contract": "contract", "contracts": "contract", "deal": "contract",
               "deals": "contract", "offer": "contract",
               # a takeover's price is the deal's sum ("agreed to buy Telmar for $12 billion" / "a $13
               # billion megadeal", "agreed to be bought by Norvik for $6.5 billion"): a slot of its own, as
               # one buyer's price for one firm clashes, where offers and contracts have several parties
               "megadeal": "takeover", "buy": "takeover", "acquire": "takeover", "acquisition": "takeover",
               "takeover": "takeover", "bought": "takeover", "purchase": "takeover",
               "offered": "contract", "bail": "bail", "fine": "fine", "fined": "fine", "damage": "damage",
               "ransom": "ransom", "bailout": "bailout", "loan": "bailout", "reward": "reward",
               "settlement": "settlement",  # not "settled a debt": the debt is the sum
               # sums of a financial crime: "took bribes worth 300,000 euros in exchange for state
               # contracts" is a bribe, not a contract's price
               "bribe": "bribe", "bribes": "bribe", "bribery": "bribe", "kickback": "bribe", "kickbacks": "bribe",
               "embezzled": "embezzled", "embezzling": "embezzled", "embezzlement": "embezzled",
               "laundered": "laundered", "laundering": "laundered", "defrauded": "fraud", "fraud": "fraud",
               # box-office takings: a figure that grows day by day (an update, not a conflict)
               "grossed": "gross", "grossing": "gross", "gross": "gross", "till": "gross",
               "accumulated": "gross", "takings": "gross"}
# After a count, what makes it a count of people: a person noun, a slot word, a verb or the
# clause's end. "seven villages", "two helicopters" are not casualties.
COUNT_FOLLOWERS = frozenset("""
people persons person civilians children adults women men police policemen officers soldiers troops
students workers employees staff staffers residents passengers tourists villagers pilgrims protesters demonstrators
miners fishermen sailors crew members others were are was is have had has died dead more
, . ; : and in on at when after during as including since
""".split())
# Bodies a later "they" stands for ("Bloomington Police saw the car. They tried …"), as it does
# for a plural noun.
PLURAL_BODIES = frozenset("police".split())
# Words before a count that make it part of another ("including two children").
SUBCOUNT_BEFORE = ("including", "among", "of")
# Holders that make a distance a person's whereabouts, not the event's ("a motorist 50 miles
# north of X" is not where the quake struck).
PEOPLE_NOUNS = frozenset("motorist driver man woman witness witnesses resident residents police officer "
                         "officers troops soldiers he she they".split())
# Nouns that make a count a part of a larger one when the report also gives a larger figure.
SUBSET_NOUNS = frozenset("woman man child girl boy women men children girls boys babies infants teenagers "
                         "foreigners tourists students officers policemen soldiers civilians fighters militants "
                         "combatants".split())
# Slots whose count is of one group, so a noun of `SUBSET_NOUNS` names the whole of it, not a part
# ("gunmen abducted 60 students" against "kidnapped 87 pupils": one count given two ways), as it is
# of a toll ("two students were among the dead").
WHOLE_GROUP_SLOTS = frozenset({"kidnapped"})
# Words after a count that make it an increment ("two more"), not a total.
INCREMENT_AFTER = ("more", "other", "additional", "further")
# Words before a count that make it an increment or the rest of a group ("another five people";
# "the other three men" after the definite article only: "wounding other 70" counts 70 others).
INCREMENT_BEFORE = ("another",)
REST_BEFORE = "other"
# After a count, words that are not the second word of "three bank workers" (a count of workers).
# Only a noun can stand between: "24 hours after his death" is no count of the dead.
NOT_SECOND_FOLLOWERS = frozenset("and in on at as when after during including more is are was were have had has "
                                 "died dead".split())
# Words right after a count that make it an age, a share, a distance, a duration, a frequency
# ("arrested four times") or a clock time ("12:45 p.m.", "2 a.m."), not a count.
NOT_COUNT_AFTER = frozenset("years year percent % km miles hours hour minutes days weeks months times : a p am pm "
                            "a.m. p.m.".split())
# Words right before a count that make it an age or a route number ("died at age 95", "Route 52").
NOT_COUNT_BEFORE = frozenset("age aged route highway interstate no number".split())
# A person's age beside their name, the slot `age of <name>` (compare/slots.py): right after the
# name ("Robert Buckley, 32,", "Smith, aged 63;", "… and his son, Tom Smith, 12.", "Smith (63)",
# "Smith, who is 63,"),
# or "32-year-old" before it with at most two lower-case words between ("the 36-year-old Duncan
# Rait"). `AGE_PAST` before the figure makes it another time's age ("then-15-year-old Timmons");
# a name followed by a common noun is a modifier, not the person ("a 38-year-old Troy resident").
AGE_AFTER_NAME = re.compile(r"^(?:\s*\([^()]{1,25}\))?"  # a nickname: "Kimani (Kiki) Gray"
                            r"(?:,\s*(?:aged\s+)?(\d{1,3})(?:\s*,(?!\s*\d)|\s*;|\s+[-–—]\s|\.?\s*$)|\s*\((\d{1,3})\)"
                            r"|,\s*who\s+is\s+(\d{1,3})\s*[,;])")  # "Ferrand, who is 23, scored …"
# An age late in a sentence, of the person it opens with ("Lena Marsh has been found dead at her
# home, aged 79.", "… died on Sunday at the age of 79"), and an age by pronoun right after a sentence
# that opens with the person ("She was 78.", "He was 95 and lived in Santa Rosa."); "has died aged
# 83" and "dead aged 83" need no comma before "aged" (an obituary's own words).
AGE_LATE = re.compile(r"(?:,\s*aged|\b(?:died|dies|dead)\s+aged|\bat the age of|\bat age)\s+(\d{1,3})\s*(?:[.;]\s*$|,)")
AGE_PRONOUN = re.compile(r"^(?:He|She) was (\d{1,3})(?: years old)?\s*(?:[.;,]|and\b|when\b)")
# "The 23-year-old leaves after four seasons": an age opening a sentence, of the one person the
# sentence before names (compare/ages.py `lone_person`).
AGE_OPENING = re.compile(r"^The (\d{1,3})-year-old\b")
AGE_BEFORE_NAME = re.compile(r"(?<![\w-])(\w+[- ]\s*)?(\d{1,3})-year-old\s+((?:[a-z]+\s+){0,2})$")
# The parts of speech the words between "32-year-old" and a name may have ("the 32-year-old
# climber Robert Buckley", "former"); a preposition between makes the name another's ("a
# 61-year-old man in Canada").
AGE_BETWEEN_TAGS = frozenset("JJ NN VBN".split())
AGE_PAST = frozenset({"then"})
# A name right after one of these is a place or a body, whoever the age is of ("died in Los
# Angeles, aged 85").
AGE_PLACE_BEFORE = frozenset("in at near from".split())
# Capitalised words that end a name but are not its surname ("Anthony LaCalamita III").
GENERATION_SUFFIXES = frozenset("Jr Jr. Sr Sr. II III IV".split())
# A figure after one of these in its clause is a guess, not a report ("There might have been two
# people killed", "could have killed dozens"): not a value of its slot.
SPECULATIVE_BEFORE = frozenset("might could would".split())
# … but not after one of these and a subject: "said it would cut 4,000 jobs" reports a plan.
REPORTED_FUTURE = frozenset({"would"})
REPORTED_FUTURE_BEFORE = frozenset("said says announced added told warned confirmed".split())
# A figure after one of `GENERIC_OPENERS` and before a present form of "be" speaks of any case, not
# this one ("When one is killed, all of us lose"); a figure after a kin noun and "of"/"to" counts
# someone's family ("father to two boys died").
GENERIC_OPENERS = frozenset("when if whenever".split())
PRESENT_BE = frozenset("is are".split())
KIN_NOUNS = frozenset("father mother parent dad mom grandfather grandmother grandparent".split())
KIN_JOINERS = frozenset("of to".split())
# Words that end the search for a figure's slot word backwards (a clause break).
SLOT_BREAKS = frozenset(", ; . and".split())
# "The death toll from Sunday's earthquake in the province has risen to 140": a figure a verb of a
# total's change gives (with "to"/"at" after it, or alone), whose subject names the slot further
# back than `SLOT_WINDOW`; the subject's nouns of a total, by slot.
TOTAL_VERBS = frozenset("rose risen climbed jumped increased soared grew stood stands reached topped passed "
                        "exceeded".split())
TOTAL_PREPOSITIONS = frozenset("to at".split())
# Of those and the cause verbs below, the ones that say a total grew ("has risen to 19", "raising
# the toll to 19"): the figure is the same count's newer value, whatever names its sentence gives
# (compare/timeline.py).
RISE_VERBS = frozenset("rose risen rises rising climbed climbs jumped increased soared grew grown raising raised "
                       "bringing brought pushing pushed lifting lifted".split())
# "…, raising the death toll from Friday's collapse to 11", "bringing the number of dead to 40": a verb
# that makes a total its object, the total named at most four words after it, the figure after "to".
TOTAL_CAUSE_VERBS = frozenset("raising raised raises bringing brought brings pushing pushed pushes taking took "
                              "takes lifting lifted lifts".split())
# The count slots whose figures count people (compare/counted.py: "110 rioters" / "110 people"
# arrested name one group); not "destroyed" or "damaged", which count buildings.
COUNTED_GROUP_SLOTS = frozenset("killed injured hospitalised infected missing trapped arrested evacuated rescued "
                                 "displaced deported freed".split())
# Plural nouns that count people in general: a group all outlets count so ("10 people", "10
# persons") is named alike; "others" names no group at all ("wounding two others").
GENERIC_PEOPLE = frozenset("people persons individuals lives".split())  # "cost 12 lives": a toll's unit
NOT_NAMINGS = frozenset("others".split())
TOTAL_NOUNS = {"toll": "killed", "dead": "killed", "deaths": "killed", "fatalities": "killed",
               "injuries": "injured", "injured": "injured", "wounded": "injured", "missing": "missing",
               "arrests": "arrested"}
# Nouns of a tally whose "of" phrase names the slot by its verb ("The number of people killed in the
# sinking rose to 52"): the slot word within three words after one of these is the total's.
TALLY_NOUNS = frozenset("number total tally count".split())
# Shares in per cent an election report gives (compare/shares.py): the words for "per cent" after a
# figure; the words of a turnout; verbs of winning a share ("took 36%"); what a share of the vote
# is "of"; words that make a sentence an election's ("results", "ballots"); words before a figure
# that is another time's ("down from 70%"); words after "… of the vote" that make it a share counted
# so far, not won ("with 90% of the votes counted"); words after a turnout that make it the
# turnout so far ("by 4 p.m.", "so far", "as of noon"), a partial figure.
PERCENT_AFTER = frozenset({"%", "percent", "pct"})
TURNOUT_WORDS = frozenset({"turnout", "participation"})
SHARE_VERBS = frozenset("won win wins winning took take takes taking received receiving got getting secured securing "
                        "garnered garnering polled polling gained gaining captured capturing with on".split())
SHARE_OF = frozenset("vote votes ballots".split())
SHARE_FOR = frozenset({"for"})  # "45.8% for Irina Mavet": the name after the figure
SHARE_WON = frozenset("won took received got polled garnered secured".split())  # with no word of an election
ELECTION_WORDS = frozenset("vote votes voters ballots ballot election elections poll polls runoff results".split())
SHARE_EARLIER = frozenset("from than".split())
SHARE_COUNTING = frozenset("counted reporting tallied processed".split())
SHARE_SO_FAR = frozenset("by so as".split())
# Active verbs of harm: "two officers shot and killed a 16-year-old" counts officers, not the
# dead, when one of `OBJECT_START` follows the verb.
HARM_VERBS = frozenset("killed wounded injured kill kills".split())
OBJECT_START = frozenset("a an the him her them his their one".split())
# After a figure's noun (and "were"), these and a preposition make it the accused, not the harmed:
# "one of the two men accused of murdering a mother of 12" counts the men.
ACCUSED_OF = frozenset({("accused", "of"), ("suspected", "of"), ("charged", "with"), ("convicted", "of")})
# Words after which a month name is a date ("in February"), and those of them after which "may"
# and "march" are months only when capitalised (a regular-expression alternation).
MONTH_PREPOSITIONS = frozenset("in since last early late mid of until by".split())
MONTH_CAPITAL_PREPOSITIONS = r"in|since|of|by|until"
# Weekdays as a report names them (the event's weekday; a time on another day is another step).
WEEKDAY_NAME = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# Verbs and nouns of an event happening: a sentence without one gives no time of the event.
EVENT_WORDS = re.compile(r"\b(?:struck|strikes?|hit|hits|occurred|happened|exploded|erupted|began|started|"
                         r"quake|earthquake|tremor|blast|explosion|attack|fire|crash|collapsed|opened fire)\b", re.I)
# Said anywhere in a sentence, these put its figures in another event's past.
OTHER_TIME = re.compile(r"\b(?:last year|(?:years?|decades?) ago|previous|"
                        r"earlier (?:quake|earthquake|attack)|in the past|since \d{4}|history|"
                        r"(?:years?|decades?) (?:after|before|earlier))\b", re.I)
# Near a figure, these make it another event's (an aftershock's magnitude, a record toll).
OTHER_EVENT = re.compile(r"\b(?:aftershocks?|record|worst|deadliest)\b", re.I)
# A sentence opening like this continues the previous one's subject ("It killed 612 people").
CONTINUES = re.compile(r"^(?:It|That|This|The (?:quake|earthquake|attack|blast|disaster|fire))\b")
# A generic statement after a figure ("a magnitude-6 quake can cause …"): not this event's.
GENERIC_STATEMENT = re.compile(r"\b(?:can|could|would|may)\s+(?:cause|do|be)\b", re.I)
# Measures: the words of a magnitude, before or after it, and after it only; of a depth, before
# it or after its unit, and right after its unit; the words
# between a distance and its place ("58 km south-west of Tehran") and articles before the place.
MAGNITUDE_WORDS = frozenset({"magnitude"})
MAGNITUDE_AFTER = frozenset({"richter"})
# "The quake measured 6.6", "a tremor registering 5.1": a figure with no unit right after one of
# these verbs, in a sentence that names a quake before it, is its magnitude.
MAGNITUDE_VERBS = frozenset("measured measuring registered registering".split())
QUAKE_WORDS = frozenset("quake earthquake tremor quakes earthquakes tremors".split())
DEPTH_WORDS = frozenset({"depth"})
DEPTH_AFTER = frozenset({"deep"})
# How long an event lasted: a figure and one of these units (in hours) right after one of these
# verbs, "for" between allowed ("an outage lasting nearly five hours", "lasted for three days").
DURATION_VERBS = frozenset("lasted lasting lasts".split())
DURATION_UNITS = {"minute": 1 / 60, "minutes": 1 / 60, "hour": 1.0, "hours": 1.0, "day": 24.0, "days": 24.0,
                  "week": 168.0, "weeks": 168.0, "month": 730.0, "months": 730.0}
# Prefixes a surname joins to its capitalised rest ("MacDonald", "VanDyke", "DelBene"): such a
# word is no brand written as one word ("SkyFreight"), by general usage of surnames.
SURNAME_PREFIXES = frozenset("mac van von del der des dos das den ter ten".split())
PLACE_PREPOSITIONS = frozenset("of from".split())
PLACE_ARTICLES = frozenset({"the"})
# Units of length, to kilometres.
LENGTH_KM = {"km": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometer": 1.0,
             "mi": 1.609344, "miles": 1.609344, "mile": 1.609344, "m": 0.001, "metres": 0.001,
             "meters": 0.001}
# Clock times ("10:23 a.m.", "1353 (1023 GMT)") and time zones' offsets from UTC, in minutes; a
# time followed by `LOCAL_TIME` is the place's local time.
CLOCK_TIME = re.compile(r"\b(\d{1,2})(?::|\.)?(\d{2})?\s*(a\.m\.|p\.m\.|am|pm)(?!\w)|\b(\d{1,2}):(\d{2})\b|"
                        r"\b([01]\d|2[0-3])([0-5]\d)\b"
                        r"(?=\s*(?:\(|gmt|utc|local|hrs|hours|[a-z]{2,4}t\b))", re.I)
ZONES = {"gmt": 0, "utc": 0, "bst": 60, "cet": 60, "cest": 120, "est": -300, "edt": -240, "cst": -360,
         "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "ist": 330, "jst": 540,
         "aest": 600, "wib": 420, "sgt": 480, "hkt": 480, "msk": 180, "irst": 210,
         "coordinated universal time": 0, "greenwich mean time": 0}
LOCAL_TIME = "local"
# Between two clock times, these make them one range ("between 07:28 and 08:06 UTC", "10-11 a.m.").
TIME_RANGE_JOINER = re.compile(r"\s*(?:and|to|until|-|–)\s*$", re.I)
# How many bullets struck someone ("was shot 11 times", "hit by seven bullets", "seven bullets
# entered his body"): a figure that a later autopsy often changes. Shots *fired* are another slot.
HITS = re.compile(r"\b(?:shot|struck|hit)\s+(?P<a>[\w-]+)\s+times\b|\bhit\s+by\s+(?P<b>[\w-]+)\s+bullets\b|"
                  r"\b(?P<c>[\w-]+)\s+bullets\s+(?:hit|struck|entered)\b", re.I)
# How many shots were fired ("officers fired nine shots", "fired at least 12 rounds", "fired 41
# times", "nine shots were fired"; group a or b: the figure, which may start with a hedge): an
# early count that witnesses and a later inquiry often put otherwise. Not "warning shots".
SHOTS_FIRED = re.compile(
    r"\b(?:fired|fire|fires|firing|discharged)\s+(?:a\s+total\s+of\s+)?(?P<a>(?:(?:more|fewer)\s+than|at\s+least|"
    r"about|around|nearly|almost|some|up\s+to|over)?\s*[\w,-]+)\s+(?:shots|rounds|bullets|times)\b"
    r"|\b(?P<b>(?:(?:more|fewer)\s+than|at\s+least|about|around|nearly|almost|some|over)?\s*[\w,-]+)\s+"
    r"(?:shots|rounds|bullets)\s+(?:were|was|had\s+been|have\s+been)\s+fired\b", re.I)
SHOTS_FIRED_SLOT = "shots fired"
# A figure that restates the one before it under another source ("The company said 1,200 jobs
# would be lost, while the union put the figure at 2,000", "officials say 12 died; residents say
# the real number is higher than 30"): it counts what the sentence's one counted slot counts
# (group n: the figure, which may start with a hedge).
FIGURE_AGAIN = re.compile(
    r"\b(?:the|that|this|its|their)\s+(?:real\s+|true\s+|actual\s+|final\s+)?(?:figure|number|total|tally|count)"
    r"\s+(?:at|as|was|is|to|of)\s+(?P<n>(?:(?:more|fewer|less|higher|lower)\s+than|at\s+least|about|around|"
    r"nearly|almost|some|over|close\s+to)?\s*[\d,.]+(?:\s+(?:million|thousand))?|[a-z]+(?:-[a-z]+)?)\b", re.I)
# Homes or customers left without electricity ("left 200,000 homes without power", "more than
# 50,000 customers lost power", "power was cut to 12,000 households", "knocking out power to more
# than 200,000 homes"; group n: the figure, which
# may start with a hedge): a count that grows and shrinks as a storm passes and power comes back.
POWER_OUT = re.compile(
    r"\b(?P<n>(?:(?:more|fewer|less)\s+than|about|around|nearly|almost|some|over|at\s+least)?\s*[\d,.]+"
    r"(?:\s+(?:million|thousand))?)\s+(?:homes|customers|households|people|residents|businesses|properties)"
    r"(?:\s+(?!and\b|but\b)[\w-]+){0,5}?\s+(?:without|lost|lose|losing|had\s+no|have\s+no)\s+(?:power|electricity)\b"
    r"|\b(?:power\s+(?:was|has\s+been|had\s+been)\s+(?:cut|knocked\s+out)"
    r"|(?:knock(?:s|ed|ing)?\s+out|cut(?:s|ting)?)\s+(?:the\s+)?(?:power|electricity))\s+(?:to|for)\s+"
    r"(?P<m>(?:(?:more|fewer|less)\s+than|about|around|nearly|some|over)?\s*[\d,.]+(?:\s+(?:million|thousand))?)\b",
    re.I)
POWER_OUT_SLOT = "without power"
# A prison term a court gave (groups n: the figure, u: its unit): "sentenced on Thursday to seven
# years", "sentenced him to 18 months", "sentenced the former mayor of Rockport, Dana Whitlow, to
# six years" (up to eight words between, commas too), "a seven-year prison sentence", "jailed for eight years";
# not "faces up to 20 years" (what the law allows), which no pattern reads. Only in a sentence that
# dates it to the event's days (a weekday, "today"): bios recall earlier terms ("He was sentenced to
# 12 years in 1997"), and a range ("one to three years") is no one term (compare/slots.py).
PRISON_TERM = re.compile(
    r"\b(?:sentenced\s+(?:[\w'’-]+,?\s+){0,8}?to|jailed\s+for)\s+(?P<n>[\w-]+)\s+(?P<u>years?|months?)\b"
    r"|(?<![\w/-])(?P<n2>[\w]+)-(?P<u2>year|month)\s+(?:prison|jail)\s+(?:sentence|term)\b", re.I)
PRISON_TERM_SLOT = "prison term (years)"
# In an event where some report dates a term, a term in a sentence that names no day is read too
# ("was jailed for 12 years and fined"), unless one of these words puts it in the person's past
# ("had been jailed for three years", "previously served", "was once sentenced").
PAST_TERM_WORDS = frozenset("had previously earlier once already before prior".split())
# A season past: a ban's or a contract's length in a sentence with it is the person's past ("signed
# a one-year deal last season"); an age beside it stays ("Ferrand, who is 23, scored 31 goals last
# season"), so it is no `OTHER_TIME`.
PAST_SEASON = re.compile(r"\blast (?:season|summer|winter|spring|autumn)\b", re.I)
# The least a life (or long) sentence must run before release can be considered: "a life sentence
# with a minimum term of 22 years", "must serve at least 22 years", "will spend at least 25 years
# behind bars" (same groups as the prison term; decided, never an update).
MINIMUM_TERM = re.compile(
    r"\bminimum\s+(?:term|tariff|sentence)\s+of\s+(?P<n>[\w-]+)\s+(?P<u>years?)\b"
    r"|\b(?:serve|spend(?=\s+(?:a\s+minimum\s+of|at\s+least)\s+[\w-]+\s+years?\s+(?:behind\s+bars|in\s+(?:prison|jail))))"
    r"\s+(?:a\s+minimum\s+of|at\s+least)\s+(?P<n2>[\w-]+)\s+(?P<u2>years?)\b", re.I)  # ("spend" only in prison)
MINIMUM_TERM_SLOT = "prison term, minimum (years)"
# A ban's or a suspension's length, read the same way ("banned for four years", "suspended from
# competition for three years", "a four-year ban"): outlets that write three and four years disagree.
# Not in a sentence that names a year (a past ban: "was banned for two years in 2015").
BAN_TERM = re.compile(
    r"\b(?:banned|suspended)\s+(?:[\w'’-]+\s+){0,4}?for\s+(?P<n>[\w-]+)\s+(?P<u>years?|months?)\b"
    r"|(?<![\w/-])(?P<n2>[\w]+)-(?P<u2>year|month)\s+(?:ban|suspension)\b", re.I)
BAN_TERM_SLOT = "ban (years)"
# A contract's length, read the same way ("signed a five-year contract", "a four-year deal",
# "signed for five years"): outlets that write four and five years disagree.
CONTRACT_TERM = re.compile(
    r"\bsigned\s+(?:[\w'’-]+\s+){0,4}?for\s+(?P<n>[\w-]+)\s+(?P<u>years?|months?)\b"
    r"|(?<![\w/-])(?P<n2>[\w]+)-(?P<u2>year|month)\s+(?:contract|deal|extension|lease)\b", re.I)
CONTRACT_TERM_SLOT = "contract (years)"
# A contract's length counts only in a sentence with one of these words: one made, not one sought
# or offered ("seeking a 10-year contract", "offered Teixeira a seven-year deal": ECB+ 10, several
# bidders' offers to one player).
CONTRACT_MADE = frozenset("signed signs agreed agrees inked penned".split())
# The counts of a verdict: "convicted on four of six counts", "found him guilty of two counts of
# murder", "found not guilty on all three charges", "acquitted on two counts" (groups: `not`,
# `verdict`, `all`, `n`, `of`); a plea ("pleaded guilty to …") is no verdict and does not match.
# Outlets that give three and four counts of one verdict disagree (compare/tallies.py).
VERDICT_COUNTS = re.compile(
    r"\b(?P<not>not\s+)?(?P<verdict>convicted|guilty|acquitted|cleared)\s+(?:[\w-]+\s+){0,3}?(?:on|of)\s+"
    r"(?:(?P<all>all)\s+)?(?P<n>[\w-]+)(?:\s+of\s+(?:the\s+)?(?P<of>[\w-]+))?\s+(?:[\w-]+\s+)?(?:counts?|charges?)\b",
    re.I)
VERDICT_ACQUITTAL = frozenset({"acquitted", "cleared"})  # a verdict word that clears (and "not guilty")
CONVICTED_COUNTS_SLOT = "counts convicted on"
ACQUITTED_COUNTS_SLOT = "counts acquitted on"
PLEA_WORDS = frozenset({"pleaded", "pleads", "plead", "pled", "pleading"})  # before "guilty": a plea
COUNT_NOUNS = frozenset({"count", "counts", "charge", "charges"})  # a second one: counts of another charge
# Words that end a charge's name after "counts of" ("of murder on Friday", "of fraud and …").
CHARGE_ENDS = frozenset({"on", "in", "at", "after", "and", "or", "but", "for", "by", "with", "from", "the", "a",
                         "an", "to", "while", "as", "last", "this"})
# A vote's tally: "voted 52-48", "passed 231 to 198", "a 5-4 decision", "by a vote of 7-2", "by
# 312 votes to 270", "the jury deadlocked at 9-3" (groups a, b; a1, b1; …). A sports score ("beat
# the Bears 31-24") or a record ("a 9-14 start") is no vote and does not match.
VOTE_TALLY = re.compile(
    r"\b(?:voted|voting|passed|approved|adopted|rejected|confirmed|ruled|ruling|split|deadlocked\s+at)\s+(?P<a>\d{1,4})\s*"
    r"(?:-|–|to)\s*(?P<b>\d{1,4})(?![\d-])"
    r"|\b(?:a|an|the)\s+(?P<a1>\d{1,4})\s*(?:-|–|to)\s*(?P<b1>\d{1,4})\s+(?:vote|decision|ruling|majority|deadlock|split)\b"
    r"|\bvote\s+of\s+(?P<a2>\d{1,4})\s*(?:-|–|to)\s*(?P<b2>\d{1,4})(?![\d-])"
    r"|\bby\s+(?P<a3>\d{1,4})\s+votes?\s+to\s+(?P<b3>\d{1,4})\b", re.I)
VOTE_TALLY_SLOT = "vote tally"
# "Seven of the nine members of the committee voted for the increase": a tally of those for and the
# rest (groups `n`, `of`; number words read by the pack's quantities).
VOTE_SHARE_OF = re.compile(
    r"\b(?P<n>[\w-]+)\s+of\s+(?:the\s+|its\s+)?(?P<of>[\w-]+)\s+(?:[\w-]+\s+){0,6}?voted\s+"
    r"(?:for|in\s+favou?r|to\s+(?:raise|cut|approve|pass|adopt|back|convict|impeach|confirm|accept))\b", re.I)
# A central bank's policy rate set to a level: "raised its benchmark interest rate by a quarter
# point to 5.25%", "takes the key rate to 5.5%", "held rates at 4%" (groups `mid`, the words between
# the rate and the level, and `n`). Not a rate of mortgages or savings, nor one expected
# (`RATE_NOT_POLICY` in `mid`), nor a level "from" which it moved (compare/rates.py).
POLICY_RATE = re.compile(
    r"\b(?:(?:benchmark|key|policy|base|main|lending|refinancing|overnight|cash|repo)\s+(?:interest\s+)?rates?"
    r"|interest\s+rates?|rates)\b(?P<mid>(?:[^.;:]|\.(?=\d)){0,80}?)(?<!from)\s+(?:to|at)\s+(?:a\s+|an\s+)?(?:new\s+|record\s+)?"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)", re.I)
RATE_NOT_POLICY = frozenset({"mortgage", "mortgages", "loan", "loans", "savings", "card", "cards", "deposit",
                             "deposits", "bond", "bonds", "yield", "yields", "expected", "forecast", "could",
                             "may", "might", "would", "will", "likely", "predict", "predicted", "unemployment",
                             "jobless", "inflation", "tax", "vacancy", "growth", "mortality", "rent", "rents"})
POLICY_RATE_SLOT = "policy interest rate"
# A published indicator's level: "Annual inflation slowed to 6.1% in October from 7.4%", "the
# unemployment rate rose to 4.1%", "the economy grew 2.3% in the third quarter" (groups `what`, `mid`,
# `n`): the indicator, at most a few words (no "from" right before the figure), the figure in per
# cent. Its slot is the indicator's name, with a measure's modifier kept ("core inflation" and "food
# inflation" are other figures than inflation); a figure someone expects or targets is none
# (`INDICATOR_NOT`, anywhere in the sentence).
INDICATOR_RATE = re.compile(
    r"\b(?P<mod>(?:core|food|energy|services|wage|house|housing|producer|headline|annual|consumer\s+price|"
    r"monthly|year-on-year)\s+)?(?P<what>inflation|unemployment(?:\s+rate)?|jobless\s+rate|joblessness|"
    r"(?:economy|gdp|gross\s+domestic\s+product|output)\s+(?:grew|expanded|shrank|contracted|fell|rose|declined))"
    r"(?P<mid>(?:[^.;:]|\.(?=\d)){0,60}?)(?<!from)(?<!from\s)\s+(?:by\s+|at\s+|to\s+|of\s+)?"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)", re.I)
INDICATOR_SLOTS = {"inflation": "inflation rate", "unemployment": "unemployment rate",
                   "unemployment rate": "unemployment rate", "jobless rate": "unemployment rate",
                   "joblessness": "unemployment rate",
                   "economy": "economic growth", "gdp": "economic growth", "gross": "economic growth",
                   "output": "economic growth"}
# Growth is signed: "the economy shrank 0.4%" and "grew 0.4%" are opposite figures (-0.4% and 0.4%).
INDICATOR_FALL_VERBS = frozenset("shrank contracted fell declined".split())
# "output" is the economy's only after one of these ("economic output", "Velmar's output"); after
# another word it is a sector's ("Manufacturing output fell 2.1 percent").
OUTPUT_OWNERS = frozenset("economic national total overall".split())
INDICATOR_KEEP_MODIFIERS = frozenset("core food energy services wage house housing producer monthly".split())
INDICATOR_NOT = frozenset("expected expects expect forecast forecasts forecasting predicted predicts target "
                          "targets projected projects estimate estimates could may might would will likely "
                          "poll polled consensus".split())
RATE_SINCE = "since"  # before a year after the level: a comparison ("its highest since 2011"), not its date
# Sums: a currency symbol then a figure and scale, or a figure, scale and currency word (groups 1
# to 6: symbol, figure, scale, figure, scale, word); the scales' values; what between two sums
# makes the second a conversion ("110 billion euros ($143 billion)"); a sum after these words
# with `MONEY_EARLIER_NOUN` in its sentence's start is an earlier one ("after two months …").
# A figure after a symbol may carry a space after its thousands comma ("$430, 000": every such
# figure of the ECB+ texts is a sum, the space a leftover of their tokenisation).
MONEY = re.compile(r"(US\$|\$|€|£|¥|\be)\s?(\d(?:[\d,]*\d)?(?:,\s\d{3}(?!\d))?(?:\.\d+)?)"
                   r"(?:-(?=million|billion)|\s*)(million|billion|bn|m|thousand)?|"  # "$137-million" too
                   r"(\d[\d,]*(?:\.\d+)?)\s*(million|billion|bn|m|thousand)?\s+(dollars|euros|pounds|yen|yuan|rupees)",
                   re.I)
MONEY_SCALES = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3, "": 1}
MONEY_CONVERSION = frozenset({"(", "or", "about", "(about", "or about"})
MONEY_EARLIER = re.compile(r"\b(?:after|before|since)\b[^.]{0,40}$")
MONEY_EARLIER_NOUN = "month"


# --- Event titles (compare/headline.py) -----------------------------------------------------------
# A dateline before a headline or a sentence ("BEIJING, Jan. 6 (Xinhua) --", "TOKYO (Reuters) -",
# "HANOI, Jan 6 —", "WASHINGTON:"), relative time words a title loses ("today", "on Tuesday",
# "this morning"; a bare weekday only at a clause's end: "said Monday"), and the words the
# headlines' overlap does not count.
_TITLE_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
TITLE_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][A-Za-z .'-]{0,30})?"
    rf"(?:,?\s*{_TITLE_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?"
    r"\s*(?:\([^)]{1,40}\))?\s*(?:--|[-–—:])\s+")
_TITLE_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
TITLE_RELATIVE_TIME = re.compile(
    rf"\s*,?\b(?:(?:on|this|last|next|late|early)\s+{_TITLE_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|{_TITLE_WEEKDAY}(?=\s*(?:[,.;:!?]|$))"
    r"|today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening|week|weekend|month|year)"
    r"|last\s+(?:night|week|weekend|month|year)|next\s+(?:week|month|year)"
    r"|(?:earlier|later)\s+(?:today|this\s+week)|hours?\s+ago|days?\s+ago)\b",
    re.IGNORECASE)
TITLE_STOP_WORDS = frozenset("a an and are as at be by for from has have in is it its of on or that the this to "
                             "was were will with after over says said".split())


# --- Voice: the grammar around a frame of saying (compare/voice.py) -------------------------------
# Words that end a speaker phrase read backwards from a verb of saying (a clause starts there).
BOUNDARY_WORDS = frozenset("that which who whom whose and but while because although though if when "
                           "after before since as where whereas so how why whether".split())
# Content words scikit-learn's English stop-word list holds (its documentation lists "known
# issues" with that list): kept as content words, so "a fire at the supermarket" and "the bill
# passed" share "fire" and "bill" with their paraphrases (compare/overlap.py).
STOP_WORDS_KEPT = frozenset("""
fire bill computer system interest mill cry thick thin sincere detail amount serious bottom front
describe
""".split())
# Relative pronouns after which a speaker's noun phrase is read further back ("the officer who
# fired the shot says …": the speaker is "the officer").
RELATIVE_PRONOUNS = frozenset("who".split())
# Relative pronouns that may stand for an object ("a democracy that Beijing claims").
OBJECT_RELATIVES = frozenset("that which".split())
# Words dropped from the front of a speaker phrase ("Meanwhile the ministry said").
LEADING_NOISE = frozenset("the a an on in at last this that earlier later meanwhile also however "
                          "then but and yet still separately both now".split())
# Time adverbials between a speaker and its verb ("Japan on Tuesday said").
TIME_WORDS = frozenset("day monday tuesday wednesday thursday friday saturday sunday today yesterday "
                       "tonight week month year morning evening night afternoon time weekend summer winter autumn "
                       "season".split())
# Lower-case nouns that can head a speaker phrase ("officials said", "the ministry said").
# Texts carried in a street ('"…," said one leaflet'): documents that speak (both lists below).
SIGN_NOUNS = frozenset("leaflet leaflets banner banners placard placards flyer flyers poster posters".split())
# Nouns of texts, not people: a speaker headed by one is never "he" or "she" ("her official
# biography", "the statement").
DOCUMENT_NOUNS = frozenset("""
statement notice report biography release website site letter memo memorandum filing document complaint
study survey poll record account blog post obituary book article affidavit indictment transcript
""".split()) | SIGN_NOUNS
SPEAKER_NOUNS = frozenset("""
spokesperson spokesman spokeswoman official officials minister ministry government police
experts expert analysts analyst observers critics sources source authorities agency agencies
officer officers witnesses witness residents resident governor mayor president premier
spokespeople statement notice report reports media television tv radio newspaper paper
scientists researchers reporter reporters journalist journalists correspondent lawyer lawyers
prosecutors prosecutor judge court commission committee
institute council embassy navy army military department office company firm team coach club
survey centre center union group leader leaders people person persons diplomats diplomat scholars scholar
senator senators lawmaker lawmakers legislator legislators congressman congresswoman chairman
chairwoman secretary sheriff chief director executive ceo
family families relatives parents mother father wife husband son daughter brother sister friends
friend neighbours neighbors victims survivors protesters activists campaigners environmentalists
organisers organizers supporters opponents opposition doctors doctor attorneys attorney investigators
investigator detectives detective firefighters rescuers regulators economists citizens voters
workers employees owner owners manager managers aides aide advisers advisors insiders students
teachers spokespersons administration agent agents network networks broadcaster broadcasters studio
channel website websites site blog letter memo document documents filing filings complaint affidavit
indictment records release representative representatives bystander
bystanders eyewitness eyewitnesses onlooker onlookers passerby passersby neighbor neighbour
magazine magazines newspapers tabloid tabloids publication publications outlet outlets journal
station stations newsletter
nephew nephews niece nieces cousin cousins uncle aunt grandson granddaughter grandmother grandfather
grandparents girlfriend boyfriend fiance fiancee fiancé fiancée widow widower parent stepfather stepmother
colleague colleagues co-worker co-workers coworker coworkers classmate classmates roommate partner partners
giant monitor monitors watchdog watchdogs cop cops troopers trooper deputies deputy
""".split()) | SIGN_NOUNS
# Nouns of people who speak for the body after their preposition ("a representative of Acme
# said": Acme speaks), unlike other people so placed ("Residents near the plant of Acme say").
BODY_VOICES = frozenset("representative representatives".split())
# What a body issues in its own words: after the body's name they cite the body ("according to an
# NYPD release", "a Navy statement said"); not "survey", "post" or "site", which end names.
BODY_DOCUMENTS = frozenset("""
statement statements release releases memo filing article articles report reports tweet tweets update updates
announcement editorial editorials
""".split())
# Of those, the nouns one statement goes by: "the military said in a statement" then "the release
# said" is that statement (not "the report said", which may be another's).
STATEMENT_NOUNS = frozenset("statement release announcement communique".split())
# What a person writes in their own words: after a possessive name they cite its owner ("Willoughby's
# letter continued": Matthew Willoughby); not "biography", "obituary" or "record", written by others.
OWN_DOCUMENTS = frozenset("letter letters memo e-mail email blog tweet tweets post affidavit diary".split())
# Verbs of saying that, right after a noun and before "to" and a verb, are a passive participle:
# "a man said to have been released", "a man believed to be her husband" report nobody's words.
PASSIVE_BEFORE_TO = frozenset("said believed thought reported understood rumored rumoured reputed considered "
                              "deemed".split())
# Nouns of people in general: a speaker only as the head of a phrase without a verb ("one woman
# told NY1", "said a man wearing ski goggles"; not "her party girl image", "what young men said").
PERSON_NOUNS = frozenset("man men woman women person boy boys girl girls teen teens teenager teenagers "
                         "star stars suspect suspects victim victims plaintiff plaintiffs defendant "
                         "defendants".split())
# Verbs of saying that are also plural nouns: after "media", "news", "his"… they are nouns
# ("previous reports", "his claims"), not a frame of saying.
NOUN_FORMS = frozenset("reports claims calls notes states says charges estimates demands claim estimate terms labels "
                       "brands fears hopes fear hope".split())
# Of those, the plural nouns a noun or adjective before makes no verb ("calm market fears that …",
# "title hopes"; "The family hopes he …" is one): a verb only where the pack's tagger, reading the
# whole sentence, tags it one (compare/unframed.a_noun_form).
TAGGED_NOUN_FORMS = frozenset("fears hopes".split())
# Verbs of a manner of speaking that frame only a quotation just before them ('"…," Williams
# fumed on Twitter', '"…!" Papandreou thundered'): elsewhere they tell a mood or a sound, and a
# paraphrase with one ("X lamented the loss") gives no owner to the quotations around it.
QUOTATION_VERBS = frozenset("""
fumed fumes shouted shouts yelled yells screamed screams exclaimed exclaims cried cries thundered thunders
snapped snaps scoffed scoffs gushed gushes marveled marvelled marvels sighed sighs laughed laughs
lamented laments muttered mutters whispered whispers raged rages bellowed bellows sobbed sobs
continued continues mused muses wondered wonders pondered ponders chuckled chuckles grumbled grumbles
chanted chants
""".split())
# Verbs that may come before their speaker ("…, said the minister").
INVERTING = frozenset("said says added asked wrote continued explained according recalled conceded echoed "
                       "quipped joked remarked replied answered".split())
# Inverting verbs whose object may be a text: "…, wrote a heartfelt letter" names what was written.
WRITING_VERBS = frozenset("wrote writes".split())
# Verbs of saying that also count: before a figure with no finite verb after it they tally, not
# report ("Peyton Hillis added 101 yards", "Smith added 15 points and 12 rebounds").
TALLY_VERBS = frozenset("add adds added".split())
# What may follow a trailing frame of saying ("…, police said on Tuesday").
TRAILING_STARTS = frozenset("in on at during to after before last this yesterday today late early "
                            "earlier later when while once through via citing , . ; ) ” \" ’ : monday tuesday "
                            "wednesday thursday friday saturday sunday tonight".split())
# "… she said years later", "… he said two days ago": a span of time and one of these after a
# verb of saying is when it was said, as a trailing start is (`TRAILING_STARTS`).
ELAPSED_UNITS = frozenset("""
second seconds minute minutes hour hours day days week weeks month months year years decade decades
moment moments
""".split())
ELAPSED_ENDS = frozenset("later ago earlier afterwards".split())
ELAPSED_COUNTS = NUMBER_WORDS | frozenset("a an few several many some".split())
# An object that says nothing was said ("LaCalamita said nothing after officers surrounded him"),
# unless a verb follows it as a clause's subject ("police said nothing was stolen").
EMPTY_OBJECTS = frozenset({"nothing"})
# Lower-case words allowed inside a speaker's name ("Ministry of Commerce", "the Minister for Trade").
CONNECTORS = frozenset("of for at with the and 's ’s de".split())
# The frames read word by word: "according to X" (the credit is X's), "what X calls …", "X was
# quoted as saying …".
ACCORDING_TO = ("according", "to")
# A credit that opens a sentence with one word before a comma, as "according to" does: "Per THR,
# the talks are …" (only there: "$5 per share", "per cent" credit nobody).
OPENING_CREDITS = frozenset({"per"})
# "According to" these is "in keeping with", not a credit: "will be punished according to law",
# "the launch went according to plan", the head of the phrase too ("according to the Turkmen
# constitution").
NOT_CREDITED = frozenset("law laws plan plans schedule regulations rules procedure procedures tradition "
                         "custom protocol constitution statute statutes".split())
# A word shown with the verb of a frame ("according to"), as a regular-expression alternation.
VERB_PARTICLES = r"to"
WHAT_CALLS = "what"
CALLING_VERBS = frozenset("calls called describes termed terms".split())
QUOTED_AS_SAYING = ("quoted", "as", "saying")
# Participles that, after "was" and before "as saying", make the subject the speaker as "quoted" does:
# "Hugh Hefner was reported as saying about Page: …", "he was heard as saying".
REPORTED_AS = frozenset("reported cited heard overheard recorded".split())
# … and without "as", before a participle of saying: "The Oregonian quotes a federal spokesman
# confirming that …", "Reuters quoted a witness saying …".
QUOTING_VERBS = frozenset({"quoted", "quotes"})
# "banners reading "…"", "signs reading "…"": the words written on a thing, nobody's speech (not the
# next sentence's speaker's).
SIGN_READING = re.compile(r"\breading\s*:?\s*$", re.IGNORECASE)
# "a fire treated by police as "potentially suspicious"", "described by colleagues as "…"": a
# participle of regarding or naming, its agent after "by", then "as" and a quotation: the agent's
# words (not "photos taken by Irving Klaw as "obscene"": taking names nothing).
REGARDED_BY_AS = re.compile(
    r"\b(?:treated|regarded|viewed|seen|known|described|labell?ed|branded|characteri[sz]ed|classified|"
    r"considered|dismissed|denounced|hailed|called|condemned|praised|critici[sz]ed|billed|touted|"
    r"portrayed|painted|referred\s+to)\s+by\s+(?:the\s+)?([^,;:()\"“”‘’]{1,40}?)\s+as\s*$", re.IGNORECASE)
# Nouns of words given out that, as the object before a colon and a quotation, say whose words
# follow ("The company released a statement: "…"", "she posted a jokey response: "…"").
UTTERANCE_NOUNS = frozenset("response reply message tweet note remarks comment comments answer".split())
# "His exact words:", "In her own words:", "Gates' statement:" — a lead-in before a quotation that
# names whose words follow and has no verb (read as "He said:", "Gates said:"); the owner's group.
OWN_WORDS_LEAD = (r"^(?:[Ii]n\s+)?(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*['’]s?)\s+"
                  r"(?:own\s+|exact\s+|full\s+)?(?:words|statement|remarks|response|reply|message|comments)$")
# The subject pronoun of each possessive determiner ("His exact words:" is what he said).
POSSESSIVE_SUBJECTS = {"his": "He", "her": "She", "their": "They"}
# "Coach Smith had this to say:" — a frame with no verb of saying of its own (read as "said")
HAD_TO_SAY = (r"\b(?:had|has|have)\s+(?:this|the following|these words|something|plenty|a lot|more|much|little)\s+"
              r"to\s+say\b")  # (with its object only: "I have to say …" is a duty)
# A pronoun as an object, as the subject it stands for ("People quoted him as saying": he).
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "me": "I", "us": "we"}
# Phrasal verbs of saying, each read as the one-word verb it means ("Keehan pointed out that …"
# frames the clause as "notes" would, which reports only a clause: "pointed out the window" reports nothing).
PHRASAL_REPORTING = {("pointed", "out"): "notes", ("points", "out"): "notes", ("pointing", "out"): "noting"}
# Abbreviations a full stop inside a speaker's name ends (besides the role words): "St.", "Jr.",
# and the titles above ("said Dist. Atty. Steve Cooley").
NAME_ABBREVIATIONS = frozenset("st mt jr sr".split()) | TITLE_ABBREVIATIONS
# Capitalised abbreviations whose full stop belongs to them ("Mr. Pinder", "Troy, Mich."): the
# word changes keep the stop with the word (compare/wording.py). Titles, the AP Stylebook's
# abbreviations of US states, and of months ("on Aug. 29" added is one date, not "on Aug" and "29").
# Abbreviations of "number" before a figure ("Juror No. 8", "the No. 2 official"): no full stop.
NUMBER_SIGNS = frozenset("no nos".split())
# A source known by a number, not a name ("Juror No. 8", "Witness No. 2"): unnamed.
NUMBERED_SOURCE = re.compile(r"\bNos?\.\s*\d+$")
DOTTED_ABBREVIATIONS = NAME_ABBREVIATIONS | frozenset("""
mr mrs ms dr gen gov sen rep lt col sgt capt inc co corp ltd
ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
okla ore pa tenn vt va wash wis wyo
""".split()) | frozenset(m for m in MONTHS if len(m) <= 4 and m not in ("june", "july"))
# Before a verb of saying, these leave it without a speaker ("to say", "was said", "couldn't say"),
# and so does a word ending in one of `NO_SPEAKER_ENDINGS`; before a verb that is also a plural
# noun, these make it the noun ("previous reports", "media reports").
NO_SPEAKER_BEFORE = frozenset("to be been being the a was were is are could would did not cannot can won't "
                              "will may might than and or an never".split())
# "The ruling led critics to argue that …": the object of one of these before "to" and a verb of
# saying is who says it (the causing happened, so the saying did; not "urged them to say").
CAUSATIVE_VERBS = frozenset("led leading prompted prompting caused causing spurred spurring forced forcing "
                            "compelled compelling".split())
# … and these, with adverbs between them and the verb: "without really saying", "did not actually say".
NEGATED_BEFORE = frozenset("not never without cannot".split())
# A verb of saying whose subject follows one of these reports a condition, not a statement: "if
# he thinks more money is coming", "If the minister says the plan is dead, it is dead".
CONDITIONALS = frozenset("if unless".split())
# A verb of saying right after one of these is an adjective or a noun ("his alleged victim",
# "their claim"): nobody speaks there.
POSSESSIVE_DETERMINERS = frozenset("his her its their our my your".split())
# A possessive determiner's personal pronoun: "his claim that …" is what "he" said.
PRONOUN_OF_POSSESSIVE = {"his": "he", "her": "she", "their": "they", "its": "it", "my": "i", "our": "we"}
# Words that cannot be a subject alone: a verb of saying right after one is an adjective ("other
# alleged Bloods", "a fellow accused officer").
ATTRIBUTIVE_BEFORE = frozenset("other another such fellow".split())
# Participles after a document that name who holds it, not who wrote it ("records obtained by The
# Associated Press", "a memo seen by Reuters").
OBTAINED_WORDS = frozenset("obtained seen reviewed acquired".split())
# Of these, the ones whose owner is a person: "her spokesman" speaks for her, not for a body.
PERSON_POSSESSIVES = frozenset("his her my".split())
# The -ing forms of verbs of saying that frame reported speech after a form of "be" ("THR is
# reporting that …", "police are now saying the man …"); they need "that" or a clause after them.
# Subjects that name no one ("It was discovered that …").
EXPLETIVES = frozenset("it there".split())
PROGRESSIVE_VERBS = frozenset("""
saying reporting claiming alleging insisting maintaining arguing contending suggesting warning
telling stating denying admitting acknowledging confirming predicting estimating testifying
asserting noting explaining adding complaining declaring stressing emphasizing emphasising
writing tweeting revealing announcing disclosing conceding recalling cautioning lamenting
""".split())
# Forms of "be" before a verb of saying make it passive ("was charged with", "is said to"), with
# these adverbs between them.
BE_FORMS = frozenset("is are was were be been being am".split())
PASSIVE_ADVERBS = frozenset("now often also not never still just already since formally".split())
# Words that lead a time frame (`TIME_FRAMES`) between a denial's holder and its verb ("Karel Dusek on
# Friday denied …", "the company late on Monday rejected …"): the holder ends before them.
TIME_LEADS = frozenset("on late early".split())
# Lower-case words inside a credited name ("according to the University of the Witwatersrand",
# "Ministry of Commerce and Industry"); any other lower-case word after a name ends the credit.
# Prepositions that, before a lower-case word or a date, end a credit's source: where or when it
# said so, not who ("according to researcher Rahul Mohandas on the McAfee blog", "according to
# Finjan's blog on November 27"; not "the Committee on Foreign Relations", "officials in Baghdad").
CREDIT_SETTINGS = frozenset("on in".split())
CREDIT_JOINERS = frozenset("of and for de 's ’s".split())
# "do" before a verb of saying asks a question ("What do you think …?", "Did I say …?").
QUESTION_AUXILIARIES = frozenset("do does did".split())
NO_SPEAKER_ENDINGS = ("n't",)
NOUN_FORM_BEFORE = frozenset("previous media news his her its their of these those such new".split())
# Words that open the reported clause ("said that …").
COMPLEMENTIZERS = frozenset({"that"})
# Prepositions that open what a verb of saying reports ("asked whether …", "said if …"); any
# other preposition after a trailing frame tells where, when or how it was said ('"…," Brown
# said from Miami', "… said of her son", "… said as he left court"), as `TRAILING_STARTS` do.
REPORTING_PREPOSITIONS = frozenset("that if whether".split())
# Verbs of saying that trail what they report with any word after them ("…, he told reporters").
TRAILING_VERBS = frozenset("told tells assured assures".split())
# After an object-framing verb, the words that open what it reports ("accused Japan of …",
# "urged Tokyo to …"); after a view verb, the word that does ("see the move as …").
OBJECT_FRAME_PREPOSITIONS = frozenset("of to for".split())
# Participles whose agent got hold of a document, not wrote it: "a report obtained by the AP"
# is the report's word (compare/credits.py).
OBTAINED_PARTICIPLES = frozenset("obtained seen reviewed viewed acquired examined".split())
# "In the words of X, …" credits X as "according to X" does; "As X put it, …" reports as "As X said".
IN_THE_WORDS_OF = ("in", "the", "words", "of")
PUT_IT = (frozenset({"put", "puts"}), "it")
VIEW_AS = "as"
# A view verb as a participle with its agent after this word: "elections portrayed by the
# government as a step towards democracy" (the view is the government's).
VIEW_AGENT = "by"
# A participle's own subject after this word, in an absolute clause: "put disapproval at 68
# percent, with 60 percent of those polled saying …" (the 60 percent say it, not the survey).
ABSOLUTE_WITH = "with"
# A trailing frame's own words after its verb tell to whom, where or how it was said ("… told the
# magazine exclusively for their Web site."), up to a comma or one of these, which open a clause
# of its own ("… argued after a prosecutor objected to …", "said as he stood alone …").
FRAME_TAIL_STOPS = frozenset("as when where who which that".split())
# The people a participle after this word names: "those polled", "those asked" ("60 percent of
# those polled said": a share of the people polled speaks).
PARTICIPLE_PEOPLE = "those"
# Between a speaker and the verb: adverbs by ending (less the words that only look like one),
# auxiliaries and frequent adverbs ("MOFCOM further stressed", "officials have said"), and the
# words of a time adverbial around `TIME_WORDS` ("a spokesperson that same day criticized").
ADVERB_ENDINGS_BEFORE_VERB = ("ly",)
NOT_ADVERBS = frozenset("only italy july".split())
BEFORE_VERB = frozenset("also further again then later earlier had has have once previously repeatedly reportedly "
                        "would will".split())
# Words before "to" and a verb of saying that carry the subject's saying on ("Smith went on to say
# …", "He continued to insist that …", "was quick to add"): the subject speaks, where "to say"
# alone has no speaker ("declined to say", "refused to say").
CARRYING_ON = (("went", "on"), ("goes", "on"), ("go", "on"), ("going", "on"), ("continued",), ("continues",),
               ("continue",), ("was", "quick"), ("were", "quick"), ("is", "quick"), ("are", "quick"))
TIME_FILLERS = frozenset("on that same the last this earlier later".split())
# Joins two speakers ("officials and state media said").
SPEAKERS_AND = "and"
# "the U.S. Geological Survey in Golden, Colo.": the place after these is where the speaker is.
SPEAKER_PLACE_PREPOSITIONS = frozenset("in from on along near".split())  # "Brooklynites on Twitter",
# "Residents along 117th Street"
# … and, with "at", before an article and a place noun: "residents at the village of Gavarzin",
# "people in the town of Millom" are the residents and the people, not the place.
SPEAKER_PLACE_NOUN_PREPOSITIONS = SPEAKER_PLACE_PREPOSITIONS | {"at"}
SPEAKER_PLACE_NOUNS = frozenset("""
village villages town towns city cities area areas region district neighbourhood neighborhood
province county country island street square camp scene site
""".split())
# After a name that follows its verb, these start where or when it was said, not who said it
# ("…, said General Manager A.J. Smith in a news release", "…, said Mao Ning at a briefing").
INVERTED_SPEAKER_ENDS = frozenset("in at on during".split())
# Of those, the ones that name whose words a speaker noun carries ("a statement from Waitrose").
SPEAKER_SOURCE_PREPOSITIONS = frozenset({"from"})
# Articles dropped from a speaker phrase's front.
SPEAKER_ARTICLES = frozenset("the a an".split())
# Words after a verb of saying that make it a request, no speech reported: "a spokeswoman who asked
# not to be named said", "who asked to remain anonymous": the relative clause, not a frame.
REQUEST_AFTER = frozenset("not to".split())
# Words before a noun that bring in someone not met before: "a police spokesman said" is nobody the
# report named, though it named "police spokesman Paul Browne" (the definite "the judge" may be).
NEW_REFERENT_WORDS = frozenset("a an another one".split())
# Words the tagger reads as adjectives that stand as a subject before a verb of saying ("many say").
QUANTIFIERS = frozenset("many most some few several all both others more fewer".split())
# Words that count the speakers a noun after them names, as an article would ('"…," said one
# witness', 'said another resident', 'said two officials').
COUNTED = QUANTIFIERS | NUMBER_WORDS | {"another"}
# A speaker that is one of a group just cited ('"…," says one.', 'said another').
ONE_OF = frozenset("one another".split())
# A cited name that is a web address names a site (an organisation), not a person.
WEB_NAME = re.compile(r"\w\.(?:com|org|net|gov|edu|co\.uk|co|tv|info|news|ca|au|in)$", re.IGNORECASE)
# Words that give a body's name after a noun of a body ("a group calling itself Black Tide", "a
# company called Norvex", "an organisation known as Hope"): the name is the body's.
BODY_NAMED_AS = r"(?:calling itself|calls itself|called|named|known as)"
# A pronoun with a contraction ("They're", "He'll") is a pronoun: no source.
PRONOUN_CONTRACTION = re.compile(r"^(?:he|she|it|they|we|i|you)['’](?:s|re|ll|ve|d|m)$", re.IGNORECASE)
# The possessive a report uses for a thing, not a person: a source it follows is an organisation.
ITS = "its"
# "…, the same source said": the source the outlet cited last, when its head noun is the same.
SAME_REFERENT = "same"
IT = "it"  # "Seacom … which it said was caused …": the subject pronoun of a thing
# Lower-case nouns a report uses for a body it cited by name before ("France Telecom said … The
# company said …", "IRNA reported … the agency said"): the short form is that body. Each names a
# body of its kind only: a medium ("the paper" is no police force), an agency, or a company
# (neither of those, nor police or a government).
MEDIA_SHORT_FORMS = frozenset("newspaper paper magazine station network channel broadcaster".split())
# A one-word name cited only with these ("Newsday reported") is a paper or a site, not a person by
# surname, whose fuller name the outlet would have written.
PRESS_VERBS = frozenset("reported reports reporting".split())
AGENCY_SHORT_FORMS = frozenset({"agency"})
# The only lower-case words before "agency" in a short form of a news agency ("the same agency", "the state news
# agency", "the official agency"); any other names a body of its own ("the national disaster
# agency", "the space agency"), not the wire cited before.
NEWS_AGENCY_MODIFIERS = frozenset("same news wire press state state-run state-owned official semi-official "
                                  "government-run national international".split())
COMPANY_SHORT_FORMS = frozenset("company firm operator carrier giant maker manufacturer lender bank retailer airline "
                                "automaker carmaker chain utility insurer".split())
# Heads of a title before a one-word name that make the name a firm's ("Food giant Kestrel",
# "struggling rival Orvane", "chipmaker Nvidia": a word ending in "maker" too): a label, though
# a title before a one-word name is otherwise none (a person's surname alone is no referent).
FIRM_TITLE_HEADS = COMPANY_SHORT_FORMS | frozenset("rival competitor startup conglomerate".split())
FIRM_TITLE_ENDING = "maker"
# "Civic Watch said …" then "the rights group said", "the watchdog said": the last organisation
# cited by name (not a medium, an agency, nor one of NOT_COMPANY_WORDS: "an anti-piracy watchdog"
# is no "Indian Navy" cited before it).
ORGANISATION_SHORT_FORMS = frozenset("group organisation organization charity watchdog".split())
# Written after one of these, such a noun brings in a new one ("an anti-piracy watchdog later said"),
# no short form of a body cited before.
NEW_REFERENT_ARTICLES = frozenset("a an another".split())
# "a spokesman said", "a statement said" with no body named: the words of the organisation or
# government the outlet cited just before ("France Telecom said … a statement said").
UNOWNED_VOICES = frozenset("spokesman spokeswoman spokesperson statement".split())
# After "the/a NAME", these make NAME a body, not a person ("a Waitrose spokeswoman", "the Kraft
# Foods plant"); after a name, these suffixes make it a company ("Microsoft Corp.").
# "a spokesman for the Bureau of …", "a spokeswoman for Beaumont Hospital": the body speaks (one
# source with the body's own statements).
SPOKESPERSON_FOR = re.compile(r"^(?:spokes(?:man|woman|person)|representative)\s+(?:for|of)\s+(?:[Tt]he\s+)?"
                              r"(?P<body>[A-Z].*)$")
BODY_ATTRIBUTE_NOUNS = frozenset("""
spokesman spokeswoman spokesperson employee employees worker workers staff store stores supermarket
plant factory branch headquarters website site shareholders executive executives
""".split())
CORPORATE_SUFFIXES = frozenset("inc inc. corp corp. ltd ltd. co. plc llc llp gmbh ag s.a. sa spa s.p.a. nv bv ab "
                               "pty pte limited incorporated corporation bros bros.".split())  # "Warner Bros."
# Words of a body that "the company" never stands for.
NOT_COMPANY_WORDS = frozenset("police government authorities ministry army navy military court union party parliament "
                              "council university hospital church".split())
# Words in a medium's name ("Anchorage Daily News", "Standard-Times", "Eleftherotypia" has none).
MEDIA_NAME_WORDS = frozenset("""
news times post daily herald journal gazette tribune chronicle telegraph guardian observer tv
television radio media newspaper network station magazine press standard-times reporter sun star
inquirer advocate examiner courier record globe mail channel
""".split()) | FOREIGN_MEDIA_WORDS
# Where a person works: "a senior executive at Corvex" makes Corvex a body.
WORKPLACE_PREPOSITIONS = frozenset({"at"})
# Capitalised words of a company's or a publication's name ("Summit Entertainment", "Entertainment
# Weekly", "Delta Air Lines"; "Ohio State", "Islamic State"): a name with one is a body, not a
# person, unless a role stands in it ("Secretary of State Jo Park"). Common heads of company
# names in English business writing; lower-case ("energy experts") they mark nothing.
COMPANY_NAME_WORDS = frozenset("""
entertainment studios pictures films records communications systems technologies technology
industries holdings partners airlines airways motors pharmaceuticals laboratories labs software
electronics foods brands resorts hotels insurance securities investments ventures solutions
enterprises weekly monthly distribution telecom telecoms wireless broadband petroleum mining
state magazine advisors advisers associates consultants consulting capital mv m/v products
chemicals energy steel logistics shipping railways utilities construction engineering materials metals oil
aerospace automotive semiconductor semiconductors biotech pharma electric water resources minerals mines
air freight cargo power
""".split())  # "MV Gibe": a merchant vessel's prefix (not "MS", which is also a courtesy title)
# Role words that end a publication's name when capitalised after "the" ("The Hollywood Reporter").
PUBLICATION_HEADS = frozenset({"reporter"})

# --- Disputes: whose claim a sentence states (compare/disputes.py) --------------------------------
# A verb of saying that makes what it reports a claim ("the officers claim …").
CLAIM_VERB = re.compile(r"\b(?:claim(?:s|ed)?|alleg(?:e|es|ed))\b", re.I)
# A verb of accusing: what it reports after "of" ("accused the minister of lying to parliament")
# is the accuser's claim, as a claim verb's clause is.
ACCUSE_VERB = re.compile(r"\baccus(?:e|es|ed|ing)\b", re.I)
# Besides the verbs of saying (`ATTRIBUTION_VERBS`), words that make a sentence someone else's
# claim even where the voice step found no frame ("is believed to", "reportedly", "found true
# the allegations").
NOT_OWN_WORDS = frozenset("believed reportedly allegedly according apparently suspected thought expected allegation "
                           "allegations accusation accusations".split())
# Words of a charge or a suspicion: a claim after one ("was charged with arson", "arrested on
# suspicion of murder") is what the charge holds, not what the outlet states (disputes.py).
ACCUSATION_WORDS = frozenset("charged accused indicted suspected suspicion arrested".split())


# --- Evaluative wording: the rules around the lexicons (compare/evaluative.py) --------------------
# General English, not fitted to any event or data set. The lexicons themselves are read from
# their wheels (VADER, Pattern's subjectivity lexicon); the packaged domain terms are in
# data/loaded_terms.yaml.
# Verbs of saying that cast doubt on what they report or colour the speaker (lemma → category);
# "said" is the neutral default (AP Stylebook, Reuters Handbook: "said", not "claimed").
# Doubt verbs with a sense that reports nothing, which they take with an object instead of a
# clause: "claimed the life of", "claimed victory", "maintained the road", "contend with".
DOUBT_OTHER_SENSES = frozenset("claim maintain contend".split())
# Verbs of saying that with this word right after them never report ("Drake countered with a 9-2
# spurt that got …", "contended with injuries that …", "police responded with tear gas that left …"),
# however a "that" follows.
ACT_PREPOSITIONS = {"counter": frozenset({"with"}), "contend": frozenset({"with"}), "respond": frozenset({"with"}),
                    "answer": frozenset({"with"}), "repl": frozenset({"with"})}
# "Allege" is the legal register's plain verb when a charge or a court paper does it ("the complaint
# alleged …", "prosecutors allege …", "it was alleged …"), or the police who bring the charge
# ("Police allege the man opened fire …": the wording style guides ask for before a conviction):
# the outlet casts no doubt by it.
LEGAL_VERBS = frozenset({"allege", "contend"})  # "prosecutors contended Nichols ambushed …": court usage
LEGAL_ALLEGERS = frozenset("""
complaint complaints indictment indictments lawsuit lawsuits suit suits prosecutors prosecution
prosecutor charges charge affidavit affidavits petition filing filings documents court warrant
police investigators detectives constable officers
""".split())
# Verbs that grant a point ("admitted he lied", "confessed to the killing", "acknowledged the
# flaw"): the plain verb for a confession in news, a doubt cast only now and then (scored lower:
# compare/params.py CONCEDING_VERB_SCORE).
CONCEDING = "conceding verb of saying"
DOUBT_VERBS = {
    **dict.fromkeys("claim allege purport insist contend maintain".split(), "doubt-casting verb of saying"),
    **dict.fromkeys("admit concede confess acknowledge".split(), CONCEDING),
    **dict.fromkeys("boast brag tout gloat trumpet crow".split(), "doubt-casting verb of saying"),
    **dict.fromkeys("slam blast lambaste lambast rail rant fume scoff sneer whine bemoan decry deride "
                    "berate assail excoriate blister spew spout parrot".split(), "loaded verb of saying"),
}
# The doubt verbs whose noun keeps the doubt ("his claims", "a boast"); "rail", "blast", "crow" or
# "trumpet" as nouns are something else ("France's rail operator").
DOUBT_NOUNS = frozenset("claim boast rant brag".split())
# A claim for money or a status is no one's contested word: after one of these nouns ("expense
# claims", "insurance claims", "a pay claim", "asylum claims were rejected") or before a sum ("claims
# of £40,000", "a claim for $3m").
MONEY_CLAIM_MODIFIERS = frozenset("expense expenses insurance compensation pay wage benefit benefits damages tax "
                                  "refund pension warranty asylum refugee visa injury disability unemployment "
                                  "welfare".split())
MONEY_CLAIM_AFTER = re.compile(r"\s*(?:of|for|worth|totall?ing)\s+(?:about\s+|nearly\s+|more\s+than\s+)?"
                               r"[£$€¥]?\s?\d", re.I)
# After a verb of criticism these make it a motion ("the car slammed into a tree", "blasted
# through the wall"), not a judgement ("slammed the decision").
MOTION_PARTICLES = frozenset("into onto against through shut open off".split())
# Verbs of saying with a preposition that makes them another sense: "insisted on remaining
# anonymous", "the measures insisted upon by the EU" (a demand), "conceded to the occasional public
# event" (gave way), "slammed into a car" (a motion), "police responded to the call" (an act: "…,"
# Park responded to reporters' after a quotation, and "responded that …", still report), "the
# Surgeon General reports to the Assistant Secretary" (answers to: "reported to police that …"
# still reports); lemma → prepositions.
DOUBT_PREPOSITION_SENSES = {"insist": frozenset({"on", "upon"}), "concede": frozenset({"to"}),
                            "slam": MOTION_PARTICLES, "blast": MOTION_PARTICLES, "respond": frozenset({"to"}),
                            "reply": frozenset({"to"}), "report": frozenset({"to"})}
# Doubt verbs that, before a clause whose verb is a bare base form (the mandative subjunctive),
# demand rather than claim: "Felt insisted his alter ego be kept secret", "the judge insisted that
# Gigante wear a suit" ("insisted he was innocent" still reports a claim).
DOUBT_MANDATIVE = frozenset({"insist"})
# Doubt verbs that mean "have" before a determiner or a figure: "the warehouse boasted a porch",
# "the team boasts a 20-point lead" ("bragged about the raid", "boasted that …" still report).
DOUBT_HAVE_SENSES = frozenset({"boast"})
# Doubt verbs whose passive participle is another sense: "was admitted to hospital", "terms
# were insisted upon" (no one's words are reported); "is touted as" keeps its colour.
PASSIVE_OTHER_SENSES = frozenset("admit insist".split())
# Adverbs that distance the writer from what follows (news uses them to report a doubt, too).
# Words that introduce a name or a nickname: a quotation right after them is that name, not words
# held at a distance ("known as the "bagman"", "earned him the title "the Oddfather"").
NAME_INTRODUCERS = re.compile(r"\b(?:known as|dubbed|nicknamed|termed|titled|the (?:nick)?name|the title|"
                              r"the term|the phrase|so[- ]called)(?:\s+(?:the|a|an))?\s*$", re.I)
# Passive verbs that hedge a claim with "to" ("were said to have been rescued", "is believed to
# be", "is thought to have"): the word-change kind `hedge` (compare/change_spans.py).
HEDGE_PASSIVES = frozenset("said believed thought reported understood alleged rumoured rumored".split())
EVALUATIVE_HEDGES = frozenset("allegedly purportedly supposedly reportedly apparently seemingly ostensibly".split())
# Modifiers that deny a name its claim ("the so-called reforms", "a self-styled expert").
DISTANCING_MODIFIERS = frozenset("so-called would-be self-styled self-proclaimed".split())
# Words VADER rates that in news prose are grammar, politeness or plain report, not evaluation
# ("fatally shot" states how someone was shot; its -ly form lifted it over the display floor;
# "fatal" names the harm too: all 25 uses over the 66 ECB+ events are "fatal shooting",
# "fatal hit-and-run", "fatal stabbing", "fatal accident"; so does "deadly": 4 of its 5
# own-voice uses there, "a deadly office party shooting", and BABE's annotators marked it in 2 of
# the 8 look-half sentences that hold it). "ill" alone is "sick" ("her ill patients", "the ill
# employee": unmarked in BABE's look half; its compounds, "ill-conceived", are words of their own).
# "violent" says what kind of protest, crime or group it was ("violent protests", "violent
# clashes", "violent mood swings", "a violent gang": every own-voice use over the 66 ECB+ events;
# BABE's look half: marked in 1 of the 17 own-voice sentences it was shown in).
NOT_EVALUATIVE = frozenset("""
no yes ok okay please like likes liked well want wants wanted agree agreed agrees help helps helped
share shared shares care cares cared join joined joins united party parties fine justice god
own latest main certain particular
fatally fatal deadly ill violent
""".split())


# Prefixes that set a compound against what its later part names ("anti-racism", "anti-riot
# police", "counter-terrorism"): the lexicons rate that part, but opposing a harm does not judge
# (BABE's look half: 0 of 8 such own-voice terms marked; "pro-fascist", which backs one, was).
OPPOSING_PREFIXES = frozenset("anti counter".split())


# Fixed terms of news whose words a lexicon rates but which name a thing, a status or a legal step
# rather than judge it: verdicts and pleas, weapons, commodities, offences, conservation
# statuses, labour action, damages a court awards, a police warning ("armed and dangerous"), a
# court's name and a claim on a policy ("the court of claims", "an insurance claim"), a made
# thing's name ("artificial intelligence", "artificial turf").
# A lexicon or domain term inside one is not evaluation.
FIXED_TERMS = re.compile(
    r"\b(?:(?:plead|pleads|pleaded|pled|pleading|been|was|were)\s+(?:not\s+)?guilty"
    r"|(?:found|find|finds|finding)\s+(?:\w+\s+){0,3}?(?:not\s+)?guilty"
    r"|not\s+guilty|guilty\s+(?:pleas?|verdicts?)|deadly\s+(?:weapons?|force)|crude(?:\s+oil|\s+prices?)"
    r"|drunk(?:en)?[\s-]+(?:[\w-]+\s+)?driv(?:ing|er|ers)|driv(?:e|es|ing|en|ers?)\s+(?:while\s+)?drunk(?:en)?"
    r"|ill\s+health|bomb\s+threats?|threatening\s+(?:(?:phone|telephone)\s+)?(?:calls?|letters?|messages?|notes?)"
    r"|repuls(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}(?:attacks?|assaults?|attempts?|raids?|offensives?|advances?)"
    r"|(?:listed|list|listing)\s+as\s+(?:threatened|endangered)|threatened\s+(?:and|or)\s+endangered"
    r"|endangered\s+(?:and|or)\s+threatened|threatened\s+(?:species|status|with\s+extinction)"
    r"|striking\s+(?:workers|protesters|protestors|employees|miners|teachers|staff|union\s+members)"
    r"|punitive\s+damages|armed\s+and\s+dangerous"
    r"|artificial\s+(?:general\s+)?(?:intelligence|sweeteners?|turf|limbs?|insemination|hearts?|islands?|reefs?)"
    r"|cult\s+(?:status|following|figure|favou?rites?|classics?|hits?|films?|movies?|heroe?s?|icons?)"
    r"|personality\s+cults?|cults?\s+of\s+personality"  # praise or an established term, no label
    r"|court\s+of\s+(?:federal\s+)?claims|claims\s+court|small[\s-]+claims|insurance\s+claims?"  # a court, a policy
    r"|pass\s+interference|interference\s+(?:penalty|penalties|call|calls|flag)"  # a foul in football
    r"|(?:went|go|goes|going|gone|declared|declare|declares|was|were|been|be|is)\s+bankrupt"  # a financial status
    r"|financially\s+(?:troubled|distressed|strapped|struggling)"  # (as is "financially troubled countries")
    r"|needless\s+to\s+say"  # a formula that opens a sentence, no judgement
    r"|organi[sz]ed[\s-]+crimes?"  # a branch of crime and of policing ("organized-crime experts")
    r"|(?:terminally|critically|seriously|gravely|chronically|mentally)\s+ill"  # a medical state
    r"|(?:substance|drug|alcohol|child|sexual|domestic|elder|opioid)[\s-]+abuse"  # a named harm or a
    r"|domestic\s+violence"  # policy's subject ("the NFL's substance-abuse policy")
    r"|reckless\s+(?:driving|endangerment|homicide|conduct)|(?:causing\s+)?unnecessary\s+suffering)\b",  # offences
    re.IGNORECASE)


# --- Disputes and role holders (compare/disputes.py, compare/conflicts.py) ---------------------------
# A denial and the claim it denies: "the family deny that he was carrying a weapon", "denied arson".
# Nouns of a published story a denial may name ("denied a report that it was in talks to buy …"):
# such a denial answers one outlet's story, so fewer shared words tie it to that story
# (compare/disputes.py `DENIED_MIN_PREDICATE`).
DENIED_REPORTS = frozenset("report reports story stories article articles".split())
DENIAL = re.compile(
    r"(?<!been )(?<!was )(?<!were )(?<!be )(?<!is )\b(?P<verb>den(?:y|ies|ied)|reject(?:s|ed)?|disput(?:e|es|ed)|"
    r"contest(?:s|ed)?|refut(?:e|es|ed)|dismiss(?:es|ed)?)\b\s+"
    r"(?:(?:\w+\s+)?(?:reports?|claims?|allegations?|accusations?|suggestions?|charges?)\s+(?:that\s+|of\s+)?|"
    r"that\s+|(?=\w+ing\b)|(?=[a-z]+\b(?:\s+(?:following|after|over|in|at|on|and)\b|[.,;]|$)))"
    r"(?P<claim>[^;]+)", re.I)
# "dismissed reports that C as lies", "rejected the claim as politically motivated": what a verb of
# dismissing calls the claim closes it, and is no part of the claim, when it judges (a word of
# FALSITY_WORDS or of the evaluative lexicons; not "denied reports that he would step down as chair").
DENIAL_AS_TAIL = re.compile(r"\s+as\s+(?:[\w-]+\s+){0,3}[\w-]+\W*$", re.I)
DENIAL_AS_VERBS = ("dismiss", "reject")
# "reports that C were untrue", "claims that C are baseless": a denial with no verb of denying; the
# claim is C, the verb the word that calls it false.
FALSITY_WORDS = ("untrue", "false", "baseless", "unfounded", "groundless", "inaccurate", "fabricated", "fake",
                 "wrong", "nonsense", "lies")
DENIED_AS_FALSE = re.compile(
    r"\b(?:reports?|claims?|allegations?|accusations?|suggestions?|rumou?rs?|speculation)\s+(?:that|of)\s+"
    r"(?P<claim>[^;]+?),?\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    rf"(?P<verb>{'|'.join(w for w in FALSITY_WORDS if w != 'lies')})\b", re.I)
# "…, an allegation the minister denied", "…, a charge he denies", "…, which the company rejects": an
# aside closing a sentence that denies what the sentence reports; the rest is the report alone.
# Groups: `holder`, the words before the verb ("the company has"), `by`, a passive's agent.
DENIED_ASIDE = re.compile(
    r",\s+(?:(?:an?|the)\s+(?:\w+\s+)?(?:allegations?|accusations?|charges?|claims?|suggestions?)|which|something)\s+"
    r"(?:that\s+)?(?P<holder>[^,;]*?)\s*\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|disput(?:es|ed)|refut(?:es|ed))\b"
    r"(?:\s+by\s+(?P<by>[^,;.]+))?[^,;]*$", re.I)
# Words that keep a source's negated statement from denying a claim (compare/disputes.py): a
# contrast or a correction ("had not approved it, but …", "was not one person, but several", "a .32
# revolver, not a .45"), a concession ("had not bought it, although there were plans to"), a
# condition or a mood ("would not have placed him on reserve if …"). Read over the 66 ECB+ events:
# without them each such statement was set against an outlet's plain report of the other clause.
NEGATED_REPORT_BREAKS = frozenset("but although though while whereas instead rather if unless would could might may "
                                  "should".split())
# The negations compare/disputes.py drops from a source's negated statement to state the claim it
# denies ("had not been stolen": had been stolen), with any word in "n't"; "no", "none" and the verbs
# of denying leave no claim behind ("there was no evidence that …"). Contractions whose verb is not
# the word less "n't":
DROPPABLE_NEGATIONS = frozenset({"not", "never"})
CONTRACTED_NEGATIONS = {"won't": "will", "can't": "can", "shan't": "shall"}
# Prefixes that make an adjective its opposite ("unarmed", "unlawful", "illegal", "non-violent"): one
# outlet's "was unarmed" against another's "was armed" is a disputed claim (compare/disputes.py; a
# hyphen after one is dropped: "non-violent" is read as "nonviolent").
OPPOSITE_PREFIXES = ("non", "un", "in", "il", "ir", "im")
# Words a denied claim cannot open with: a pronoun or an article alone ("deny it the protections",
# "dismissed the idea" are other senses), and, after "denied the charges" with no clause, a
# conjunction or preposition that starts the rest of the sentence ("denied the charges and his lawyer
# said he would appeal", "denied the allegations in a statement"): nothing of the charges is said, so
# there is no claim to match.
NOT_A_CLAIM = frozenset("it him her them me us you the a an this that these those any "
                        "and but or nor against as in on at by for with from over to into".split())
# "less than the $184 million reported by WCVB": a source rejects a figure another outlet carries.
FIGURE_DENIAL = re.compile(r"\b(?:less|lower|fewer|more|higher|smaller|larger) than the (?P<fig>[$€£]?\s?\d[\d,.]*"
                           r"(?:\s?(?:million|billion|m|bn))?)\s+(?:\w+\s+)?(?:reported|claimed|cited|given|"
                           r"stated)\s+by\b", re.I)
# "former President X", "then-Governor Y", "the late Senator Z", "ex-minister": a past holder
# ("later President Reagan's secretary of State": a later one); and a
# holder named for a time ("under President X", "X's term", "the X administration", "at the
# time"): background, not the role's holder at the time of the event (conflicts.role_conflicts).
PAST_HOLDER = re.compile(r"\b(?i:former|then|late|ex|erstwhile|outgoing|previous|later|future|eventual)\b[\s-]+[A-Z]"
                         r"|\bunder\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+)*[A-Z][\w-]+"
                         r"|\b[A-Z][\w-]+['’]s\s+(?:\w+\s+)?(?:term|administration|tenure|presidency|era|reign)\b"
                         r"|\b[A-Z][\w-]+\s+(?:administration|era|presidency)\b|\b(?i:at the time)\b")
