"""Word lists the comparison uses, in one place so they can be read, cited and extended.

Loaded terms live in `data/loaded_terms.yaml` (see the README for where they come from);
these shorter closed lists are grammatical rather than evaluative.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Verbs of saying, from neutral to distancing. "said" vs "claimed" is the classic framing move:
# journalism style guides (AP Stylebook, Reuters Handbook) treat "said" as the neutral default.
ATTRIBUTION_VERBS = frozenset("""
said says say saying stated states state told tells added adds noted notes announced announces
claimed claims claim alleged alleges allege accused accuses accuse asserted asserts insisted insists
maintained maintains argued argues contended contends admitted admits acknowledged acknowledges
denied denies warned warns stressed stresses emphasized emphasised emphasizes emphasises
pointed declared declares charged charges complained complains slammed slams blasted criticized
criticised condemned reported reports revealed suggested suggests confirmed confirms
""".split())
NEUTRAL_ATTRIBUTION = frozenset("said says say stated told added noted announced reported".split())

HEDGES = frozenset("""
may might could would reportedly allegedly apparently possibly perhaps likely unlikely appears
appear seems seem seemingly purportedly supposedly so-called reported suspected probable probably
""".split())
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
NUMBER_WORDS = frozenset("""
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
thousand million billion trillion dozen dozens half twice
""".split())

TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def is_number(token: str) -> bool:
    return any(ch.isdigit() for ch in token) or token.lower() in NUMBER_WORDS


def is_date_word(token: str) -> bool:
    return token.lower() in MONTHS or token.lower() in WEEKDAYS or token.lower() in RELATIVE_DAYS


def has_date(span: list[str], other: Sequence[str] = ()) -> bool:
    """Whether a changed span names a date. `other` is the other side of the change.

    Months that are also common words ("may" the hedge, "march" the noun) count only next to
    a figure ("May 5", "5 May", "March 2026") or when the other side names a month too
    ("May" → "June"), so a hedge added or dropped is not reported as a date change.
    """
    for i, token in enumerate(span):
        low = token.lower()
        if low not in AMBIGUOUS_MONTHS:
            if is_date_word(token):
                return True
            continue
        beside = span[max(i - 1, 0):i] + span[i + 1:i + 2]
        if any(is_number(t) and any(ch.isdigit() for ch in t) for t in beside):
            return True
        if token[:1].isupper() and any(t.lower() in MONTHS for t in other):
            return True
    return False


# --- Voice: who is speaking in a sentence (compare/voice.py) ---------------------------------
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
asks reads testified testifies
""".split())
# Verbs that report speech only with a clause ("announced that …"); with a plain object they
# state an act ("announced a ban", "confirmed the toll" is the outlet's own statement).
THAT_ONLY_VERBS = frozenset("""
announced announces confirmed confirms reported reports revealed reveals estimated estimates
assessed assesses predicted predicts described describes promised promises pledged pledges
vowed vows demanded demands replied replies responded responds explained explains wrote writes
hinted hints admitted admits acknowledged acknowledges calls called notes states
""".split())
# Verbs whose object is the speaker's characterisation ("slammed Japan's 'provocations'").
OBJECT_VIEW_VERBS = frozenset("""
slammed slams blasted criticized criticised condemned condemns denied denies praised praises
dismissed dismisses rejected rejects defended defends
""".split())
# Verbs after which an object precedes the reported content ("accused Japan of …", "urged X to").
OBJECT_FRAME_VERBS = frozenset("accused accuses urged urges called calls told tells warned warns".split())
# Views reported with an object: "Experts see the move as …", "critics view it as …".
VIEW_VERBS = frozenset("see sees saw view views viewed regard regards regarded consider considers".split())
SPEAKER_PRONOUNS = frozenset("he she it they we i".split())
# Opening and closing quotation marks: straight, curly, guillemets, CJK corner brackets.
QUOTE_PAIRS = {"“": "”", "«": "»", "「": "」", "『": "』", "„": "“", "‹": "›"}
# Role words before a person's name in a speaker phrase ("Troy Police Chief Charles Craft",
# "Genesee County Undersheriff James Gage"): the name after them is the speaker.
ROLE_WORDS = frozenset("""
chief undersheriff sheriff deputy lt lt. lieutenant sgt sgt. sergeant capt capt. captain officer
commissioner detective inspector judge justice gov gov. governor spokeswoman spokesman spokesperson
minister president premier secretary director head chairman chairwoman chair mayor ambassador
prosecutor attorney ada da coach manager executive ceo founder professor dr dr. mr mr. ms ms. mrs
mrs. sen sen. senator rep rep. representative leader commander general admiral colonel col col.
major maj analyst fellow researcher economist reporter correspondent editor
""".split())
