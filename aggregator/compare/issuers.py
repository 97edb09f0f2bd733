"""Whose words a text or a short form carries: the body a credit to a text names ("a report from
WCCO-TV": the station), the body a short form stands for ("the company said": the firm cited
last), whose statement "the statement said" is, the body an unowned "a spokesman said" speaks
for, the person a bare role names ("the DA said": the district attorney titled before) and the
source "the same source" is. Split from quotes.py, which gathers each outlet's citations and asks
these.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .language import LanguagePack, SourceWords
from .lexicon import is_date_word
from .names import is_given_name
from .params import MAX_SPEAKER_TOKENS
from .source_kinds import head_of, kind_of


def documents_issued(text: str, cited: list[str], mentions: list[str], words: SourceWords) -> dict[str, str]:
    """The singular body documents ("statement", "release") a sentence names, each with who issued
    it: the sentence's first source that is no document ("Kraft said in a statement"), else the
    name that opens the sentence ("Gordon Advisors issued a statement Tuesday"). A later
    sentence's "the statement said" is theirs. A sentence a document itself speaks in ("…, the
    release said") issues none."""
    out: dict[str, str] = {}
    if any(c.lower() in words.body_documents for c in cited):
        return out
    opening = words.short_form_articles.sub("", text)  # "The Kestrel Company issued …"
    for match in re.finditer(r"[\w'’]+", text):
        noun = match.group(0).lower()
        if noun not in words.body_documents or noun.endswith("s"):
            continue
        who = next((c for c in cited if c.lower() not in words.body_documents), "")
        if not who:
            who = next((m for m in mentions if opening.startswith(m) and text.find(m) < match.start()), "")
        if who:
            out[noun] = who
    return out


def another_document(who: str, issued: Mapping[str, str], pack: LanguagePack) -> str:
    """Who issued the statement the outlet named last, for "the release said" where it named no
    release but "the military said in a statement" (one statement, two nouns for it), or ""."""
    nouns = pack.sources.statement_nouns
    if who.lower() not in nouns or not issued or list(issued)[-1] not in nouns:
        return ""
    return list(issued.values())[-1]


def issuer_named(who: str, pack: LanguagePack) -> str:
    """The body named after a text it issued or carried ("a report from WCCO-TV Channel 4", "a
    1997 article in Ebony", "initial reports by the New York Daily News": the station, the
    magazine, the paper), so a credit to the text cites whoever wrote it, as "an NYPD release"
    does; "" when nothing capitalised follows, when a name comes before the text ("the NYPD
    report"), or when a plural text comes from or in a place ("reports from Ashgabat")."""
    words = who.split()
    heads = pack.sources.body_documents
    at = next((i for i, w in enumerate(words[:-1]) if w.lower() in heads), None)
    if at is None or any(w[:1].isupper() for w in words[:at]):
        return ""
    prep = words[at + 1].lower()
    plural = words[at].lower().endswith(pack.naming.plural_endings)
    if not (prep == pack.voice.view_agent or prep in pack.sources.published_in and not plural):
        return ""
    name = words[at + 2:]
    if name and name[0].lower() in pack.voice.speaker_articles and len(name) > 1:
        name = name[1:]
    lead = next((i for i, w in enumerate(name) if not w.islower()), 0)
    if lead and name[lead - 1] in pack.voice.body_nouns:
        name = name[lead:]  # "an editorial in the conservative daily Eleftheros Typos": the daily
    end = next((i for i, w in enumerate(name) if not (w[:1].isupper() or w[:1].isdigit() and i > 0)), len(name))
    if end < len(name) and not name[end].lower().endswith(pack.naming.past_participle_endings):
        return ""  # "a statement from the Indian government": a demonym, no name
    name = name[:end]  # "… TMZ published this week": the name
    if not name or not name[0][:1].isupper() or is_date_word(name[0], pack.slots):
        return ""  # "a report in March"
    return " ".join(name)


def body_cited_before(short: str, bodies: list[str], words: SourceWords,
                       demonyms: Mapping[str, str] | frozenset[str] = frozenset(), text: str = "") -> str:
    """The body a short form ("the company", "the paper", "the agency", "the French firm", "a US
    software giant") stands for: the latest body of its kind the outlet cited by name before, or ""
    (a medium for "the paper", an agency for "the agency", any other organisation but police and
    governments for "the company", an organisation for "the group" or "the watchdog"). Words before
    the head may be lower case, a demonym (`demonyms`) or capitals ("US"); another capitalised word
    makes a name ("Harbour Company"). A group's noun that `text` (the sentence) writes after "a" or
    "an" brings in a new group ("an anti-piracy watchdog later said"); "the national disaster
    agency" is a body of its own, not the news agency cited before (`news_agency_modifiers`)."""
    def medium(name: str) -> bool:
        return _medium(name, words)

    def agency(name: str) -> bool:
        return kind_of(name, False, words) == "agency" or "agency" in name.lower()
    head = short.split()[-1] if short else ""
    if " " in short and (len(short.split()) > MAX_SPEAKER_TOKENS or any(
            w[:1].isupper() and w.lower() not in demonyms and not w.isupper() for w in short.split()[:-1])):
        return ""  # "Harbour Company" is a name; "the French firm", "a US software giant" are short forms
    own_body = any(w.islower() and w not in words.news_agency_modifiers for w in short.split()[:-1])
    fresh = bool(text) and re.search(r"\b(?:" + "|".join(sorted(words.new_referent_articles)) + r")\s+"
                                     + re.escape(short) + r"\b", text, re.I) is not None
    short = head
    for name in reversed(bodies):
        low = {w.lower() for w in name.split()}
        if short in words.media_short_forms and (medium(name) or agency(name)) \
                or short in words.agency_short_forms and not own_body and agency(name) \
                or short in words.company_short_forms and not (medium(name) or agency(name)) \
                and not low & (words.unnamed_heads | words.not_company_words) \
                and any(ch.isupper() for ch in name.split()[-1]) \
                or short in words.organisation_short_forms and not fresh and not (medium(name) or agency(name)) \
                and not low & (words.unnamed_heads | words.not_company_words) \
                and kind_of(name, False, words) == "organisation" and name[:1].isupper():
            return name  # (a name, "eBay", not "Environmental groups"; "the rights group": "Civic Watch")
    return ""


def voice_of_last_body(who: str, last: str, pack: LanguagePack) -> str:
    """The source an unowned "a spokesman said" or "a statement said" speaks for: the one the
    outlet cited just before (`last`) when it is an organisation or a government and not a medium
    ("France Telecom said … a statement said, while a spokesman said …"); "" after a person (whose
    spokesman it may be), an agency or a paper, which report rather than issue statements."""
    if who.lower() not in pack.sources.unowned_voices or not last or _medium(last, pack.sources):
        return ""
    return last if kind_of(last, False, pack.sources, pack.word_tag) in ("organisation", "government") else ""


def short_form_body(who: str, maybe_bodies: list[str], named: list[str], pack: LanguagePack, text: str = "") -> str:
    """The body a short form stands for when no body of its kind was cited by name: the last of
    `maybe_bodies` (bodies and one-word names no person's, cited before: "Microsoft said …" then
    "the company said"), else the last body of its kind `named` at all: a medium for a medium's
    short form ("The Detroit Free Press identified them as …" then "the newspaper reported"), an
    organisation for a company's or a group's ("A Skyline Air jet …, the airline said"); "" when none."""
    found = body_cited_before(who, maybe_bodies, pack.sources, pack.naming.demonyms, text)
    head = who.split()[-1].lower() if who else ""
    if not found and head in pack.sources.media_short_forms:
        found = body_cited_before(who, named, pack.sources)
    elif not found and head in pack.sources.company_short_forms | pack.sources.organisation_short_forms:
        # "A Skyline Air jet … made an emergency landing, the airline said": the organisation the
        # report named, though it cited no one by that name
        bodies = [n for n in named if len(n.split()) > 1  # (not "Union" opening "Union leader Maria Stoyan")
                  and kind_of(n, False, pack.sources, pack.word_tag) == "organisation"]
        found = body_cited_before(who, bodies, pack.sources, pack.naming.demonyms, text)
    return found


def sole_body(short: str, cited: list[str], pack: LanguagePack, text: str = "") -> str:
    """The body a short form left unresolved stands for when the outlet cites exactly one body of
    its kind anywhere in the report ("The company said …" before "Microsoft said …", with no other
    company cited: Microsoft; `cited`: its bodies and one-word names no person's, in the order
    cited; `text`: the sentences it speaks in); "" when it cites none or several, or the short form
    is a name."""
    if short[:1].isupper():
        return ""
    kinds = {body for body in cited if body_cited_before(short, [body], pack.sources, pack.naming.demonyms, text)
             and kind_of(body, False, pack.sources, pack.word_tag) != "unnamed"}  # not "the Softies", a people
    return kinds.pop() if len(kinds) == 1 else ""


def _medium(name: str, words: SourceWords) -> bool:
    """Whether a name is a medium's by its words ("WCCO-TV", "The Harbour Daily News")."""
    return bool({w.lower().strip(".,'’") for w in re.split(r"[\s-]+", name)} & words.media_name_words)


def same_as_last(who: str, last: str, pack: LanguagePack) -> str:
    """The source last cited, for "the same X" when X is that source's head noun ("…, a court
    source said." then "…, the same source said"), or ""."""
    words = who.lower().split()
    if len(words) == 2 and words[0] == pack.sources.same and last and last.lower().split()[-1] == words[1]:
        return last
    return ""


def role_word_before(text: str, name: str, pack: LanguagePack) -> str:
    """The pack's lower-case role word right before a name, or before it and a comma ("the star's
    rep Jack Ketsoyan", "her agent, Mark Roesler"), which no title list holds; "" if none. The
    outlet's "her rep said" is that person where the outlet cites them too."""
    found = re.search(r"\b(\w+),? " + re.escape(name) + r"\b", text)
    word = found.group(1) if found else ""
    return word if word.islower() and word in pack.sources.role_words else ""


def appositive_role(phrase: str, pack: LanguagePack) -> str:
    """The role word heading the appositive of a name's phrase ("Abdolreza Sheikholeslami, the
    governor of Hormozgan Province": "governor"), which names whom "the governor said" stands for;
    "" when the appositive has none before its "of" or "for"."""
    if ", " not in phrase:
        return ""
    words = phrase.split(", ", 1)[1].lower().split()
    stop = next((i for i, w in enumerate(words) if w in pack.naming.prepositions), len(words))
    head = words[:stop][-1:] if words[:1] and words[0] in pack.naming.appositive_articles else []
    return head[0] if head and head[0] in pack.sources.role_words else ""


def name_with_org_head(cited: str, names: set[str], pack: LanguagePack) -> str:
    """The name a cited phrase is, less lower-case words around it and a body's head noun ("the
    official IRNA news agency": IRNA, where the outlet cites "IRNA" alone too), or "". A role head
    makes another person ("Obama aide"), so it is no body's."""
    words = cited.split()
    caps = [i for i, w in enumerate(words) if not w.islower()]
    if not caps or caps != list(range(caps[0], caps[-1] + 1)) or caps[-1] == len(words) - 1:
        return ""
    name = " ".join(words[caps[0]:caps[-1] + 1])
    head = words[-1].lower()
    return name if name in names and head in pack.sources.org_words and head not in pack.sources.role_words else ""


def titled_role(who: str, titles: list[tuple[list[str], str]], pack: LanguagePack, text: str = "") -> str:
    """The person an outlet last titled with the role `who` names ("the director" after "Hunger
    Games director Gary Ross", "the District Attorney" after "District Attorney Steve Cooley",
    "the DA" by the title's initials), or "". In `text` (the sentence), "the shamed minister" is
    the one person titled minister, where "a police spokesman" may be another than the one named."""
    words = who.lower().split()
    acronym = len(words) == 1 and who.isupper() and len(who) > 1
    if not words or not acronym and (words[-1] not in pack.sources.role_words or len(words) > 3
                                     or any(is_given_name(w) for w in who.split())):
        return ""
    for role, name in reversed(titles):
        if acronym and len(role) >= len(who) and "".join(w[0] for w in role[-len(who):]).upper() == who \
                or not acronym and role[-len(words):] == words:
            return name
    nw = pack.naming
    definite = re.search(rf"\b{nw.definite_article}\s+{re.escape(who)}\b", text, re.I)
    if definite and len(words) == 2 and who.split()[0].islower() and words[0] not in nw.title_words \
            and words[0] not in nw.title_openers:
        # "the shamed minister said" after "Greedy minister Clara Webb": a word that only describes
        # before the role, when one person alone was titled with it (not "the foreign minister",
        # whose first word is a title's)
        named = {name for role, name in titles if role[-1:] == words[-1:]}
        if len(named) == 1:
            return named.pop()
    return ""


def not_people(source: str, maybe_bodies: dict[str, list[str]], pronoun_of: dict[tuple[str, str], set[str]],
                titles: dict[str, list[tuple[list[str], str]]], pack: LanguagePack) -> list[str]:
    """The outlet's one-word names that may be bodies, less those it has shown to be people: called
    "he" or "she", or titled with a person's role ("Markova, the embattled governor, insisted …" then
    "the bank said": the bank speaks, not Markova)."""
    people = pack.voice.person_pronouns
    roles = pack.people_nouns | pack.voice.person_nouns | pack.voice.title_words
    titled = {name for words, name in titles.get(source, []) if words and words[-1] in roles}
    return [b for b in maybe_bodies[source] if b not in titled and not pronoun_of.get((source, b), set()) & people]


def affiliation(who: str, pack: LanguagePack) -> set[str]:
    """The body an unnamed speaker's people are of ("Analysts at Brightline Securities"): named there
    only to say whose people spoke, it is no body a later short form stands for ("The company said
    …" is the story's company, not the analysts' firm). A spokesman's body is not one ("a spokesman
    for Norvik" speaks for Norvik: `kind_of` types the phrase an organisation's)."""
    words = who.split()
    head = head_of(words, pack.sources.head_ends)
    if not head or kind_of(" ".join(head), False, pack.sources, pack.word_tag) != "unnamed":
        return set()
    rest = words[len(head) + 1:]
    while rest and not rest[0][:1].isupper():
        rest = rest[1:]  # "the"
    return {" ".join(rest)} if rest else set()
