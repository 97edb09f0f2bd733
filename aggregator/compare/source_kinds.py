"""The kind of a cited source: person, organisation, government, unnamed or agency.

From the name's own words (`kind_of`: "Lt. Gregg Hastings of the Oregon State Police" is a
person, "Church officials" unnamed, "MWEB Operations" a body's), then, for a name those leave a
person, from how the outlet writes it elsewhere (`one_word_kind`, `named_thing`,
`a_body_elsewhere`: "Microsoft says its …", "the Pentagon said", "the websites of Axxess").
Split from quotes.py, which finds the sources and merges their forms.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .language import ENGLISH, LanguagePack, SourceWords
from .lexicon import SURNAME_PREFIXES, is_date_word
from .names import is_given_name
from .params import BODY_APPOSITIVE_WORDS


def one_word_kind(cited: str, pack: LanguagePack, sentences: list[str] | tuple[str, ...] = ()) -> str:
    """A one-word source that `kind_of` leaves a person: a web address is a site ("TMZ.com"); a
    plural common noun by the tagger's lexicon ("Prosecutors", "Relatives"; surnames such as
    "Jones" are not in it), a plural proper noun ("Greeks", "Democrats": a people or a party), a
    quantifier ("Many") and a plural demonym ("Brooklynites") are unnamed; a brand written as one
    word of two capitalised ones ("RussiaToday") and a name the outlet refers back to with "its" are
    no person's."""
    if pack.sources.web_name.search(cited) or brand(cited):
        return "organisation"  # "TMZ.com"; "RussiaToday", "TallGrass" (not "McDonald", "DeGeneres", "LaRue")
    low = cited.lower()
    if low in pack.voice.quantifiers or pack.word_tag is not None and (
            pack.word_tag(low) == "NNS" or pack.word_tag(cited) == "NNPS"):
        return "unnamed"
    if low.endswith(pack.sources.plural_demonym_endings):
        return "unnamed"  # "Brooklynites", "Parisians": the people of a place
    its = re.compile(rf"\b{re.escape(cited)}\s+(?:\S+\s+){{0,2}}?{re.escape(pack.sources.its)}\b")
    if any(its.search(text) for text in sentences):
        return "organisation"  # "Microsoft says its update …": a person's would be "his" or "her"
    return "person"


def a_body_elsewhere(cited: str, text: str, pack: LanguagePack) -> bool:
    """Whether the outlet writes the name as a body's somewhere: with a corporate suffix
    ("Microsoft Corp.") or a noun of a body after it ("Vanity Fair magazine"), after a noun of a
    body ("security firm Trend Micro") or of its texts ("the websites of Axxess"), with such a
    noun in apposition ("MyBroadband, the largest IT website"), after "its" in the clause before
    it ("On its Twitter account, Etisalat Misr said"), before a role and a person's name ("Cisco
    chief security researcher Patrick Peterson") or after one and "at" ("a senior executive at
    Corvex"), or after an article before a noun only a body has ("the Waitrose store", "a France
    Telecom spokeswoman")."""
    suffixes = pack.sources.corporate_suffixes
    if any(w.lower() in suffixes or w.lower() + "." in suffixes for w in cited.split()[1:]):
        return True  # "Norvex Corp", "Kraft Foods Inc"
    name = re.escape(cited)
    for m in re.finditer(rf"\b{name}\s+([\w.]+)", text):
        if m.group(1).lower() in pack.sources.corporate_suffixes or m.group(1) in pack.voice.body_nouns:
            return True  # "Vanity Fair magazine", "the Press Democrat newspaper", "Acme company"
    articles = "|".join(sorted(pack.voice.speaker_articles))  # the pack's "the", "a", "an"
    if any(m.group(1) in pack.voice.body_nouns
           for m in re.finditer(rf"\b(?i:{articles})\s+{name}\s+[a-z]+\s+([a-z]+)\b", text)):
        return True  # "the Orvia hospital group", "a Norvik steel company": a body of some trade
    if any(m.group(1) in pack.voice.body_nouns
           for m in re.finditer(rf"\b([a-z]+)\s+(?:{pack.sources.body_named_as}\s+)?{name}\b", text)):
        return True  # "security firm Trend Micro", "the daily Eleftherotypia", "a group calling itself Black Tide"
    things = set(pack.voice.body_nouns) | pack.voice.document_nouns
    if any(m.group(1) in pack.voice.document_nouns or m.group(1).endswith("s") and m.group(1)[:-1] in things
           for m in re.finditer(
            rf"\b([a-z]+)\s+(?:{'|'.join(sorted(pack.sources.head_ends))})\s+(?:[\w.&-]+\s+and\s+)?{name}\b", text)):
        return True  # "the websites of Axxess", "a statement from Waitrose" (not "the publication of Page's photos")
    # "Jo Park of the Union of Concerned Scientists, an activist group": the appositive is the union's
    of_a_body = any(w in pack.sources.head_ends for w in cited.split())
    for m in () if of_a_body else re.finditer(rf"\b{name},\s+(?i:{articles})\s+([^,.;:]+)", text):
        words = m.group(1).split()
        cut = next((i for i, w in enumerate(words) if w in pack.naming.prepositions), len(words))
        if 0 < cut <= BODY_APPOSITIVE_WORDS and words[cut - 1] in things:
            return True  # "MyBroadband, the largest IT website in …": the appositive's head is a body's
    for m in re.finditer(rf"\b[A-Z]\w*\s+{re.escape(pack.sources.its)}\s+((?:[\w-]+\s+){{0,3}}?[\w-]+),\s+{name}\b",
                         text):
        if not {w.lower() for w in m.group(1).split()} & pack.sources.role_words:
            return True  # "On its Twitter account, Etisalat Misr said …" (not "by its president, Robert …")
    at = "|".join(sorted(pack.sources.workplace_prepositions))
    if at and any(_role_phrase([w.removesuffix("s") for w in m.group(1).split()], pack)
                  for m in re.finditer(rf"\b((?:[a-z]+\s+){{1,3}})(?:{at})\s+{name}\b", text)):
        return True  # "a senior executive at Corvex", "analysts at Morgan Stanley": a workplace
    before_a_name = re.finditer(rf"\b{name}\s+((?:[a-z]+\s+){{1,4}})[A-Z]", text)
    if any(_role_phrase(m.group(1).split(), pack) for m in before_a_name):
        return True  # "Cisco chief security researcher Patrick Peterson": a person's employer
    return any(m.group(1).lower() in pack.sources.body_attributes
               for m in re.finditer(rf"\b(?i:{articles})\s+{name}\s+([a-z]+)", text))


def _role_phrase(words: list[str], pack: LanguagePack) -> bool:
    """Lower-case words that are a role before a name: a role word among nouns and adjectives
    only ("chief security researcher"; not "and assistant coach", "said the")."""
    roles = pack.sources.role_words
    return bool(set(words) & roles) and pack.word_tag is not None \
        and all(w in roles or pack.word_tag(w) in ("NN", "JJ") for w in words)


def _all_titles(words: list[str], pack: LanguagePack) -> bool:
    """A title with no name in it: it opens with a role or title word and every word between is a
    common word by the tagger's lexicon ("Chief Public Relations Officer"; not "Cpl. Janice Leader")."""
    first = words[0].lower()
    if first not in pack.sources.role_words and first not in pack.naming.title_words or pack.word_tag is None:
        return False
    return all(w.lower() in pack.sources.role_words or pack.word_tag(w.lower()) in ("NN", "NNS", "JJ")
               for w in words[1:-1])


def named_thing(cited: str, pack: LanguagePack, sentences: list[str] | tuple[str, ...] = ()) -> str:
    """A source `kind_of` leaves a person, read again in the outlet's sentences: a name the outlet
    writes after a definite article is no person's ("the Pentagon said", "The Hollywood Reporter
    says", "the California Highway Patrol"), unless it ends in a role ("the District Attorney
    said", "Chief Public Relations Officer": a person by role, unnamed)."""
    words = cited.split()
    article = pack.naming.definite_article
    named = re.compile(rf"\b(?i:{re.escape(article)})\s+{re.escape(cited)}\b(?!\s+[A-Z])")  # not "the White House"
    after_article = any(named.search(text) for text in sentences)
    roles = pack.sources.role_words
    head = words[-1].lower().rstrip(".").split("-")[0]  # "President-elect"
    if head in pack.sources.publication_heads:
        return "organisation" if after_article else "person"  # "The Hollywood Reporter"
    if head in roles and (after_article or len(words) > 1 and _all_titles(words, pack)):
        return "unnamed"
    if after_article and cited[:1].isupper() and not re.search(r"['’]s?\b", cited):
        return "organisation"  # "the BBC's Frances Harrison" and "the 36-year-old Klitschko" stay people
    return "person"


def _capitals_word(words: list[str]) -> bool:
    """A name of capitalised words one of which is three capitals or more ("MWEB Operations", "USA
    Today"), not a Roman numeral ("John Smith III") and with no possessive ("MASN Sports' Roch
    Kubatko" is a person): a body's initials or brand. ("NCAA report", "SAG leaders": a common noun
    heads them, read after.)"""
    return len(words) > 1 and all(w[:1].isupper() and not re.search(r"['’]s?$", w) for w in words) \
        and any(len(w) >= 3 and w.isalpha() and w.isupper() and not ROMAN.fullmatch(w) for w in words)


ROMAN = re.compile(r"[IVXLC]+")
# One word joining two capitalised words, the first of three letters or more: a brand
# ("SkyFreight", "PayPal", "BlackRock"), unless the first is a surname's prefix (`SURNAME_PREFIXES`:
# "MacDonald", "VanDyke"; "Mc", "De", "La" are too short to match).
BRAND = re.compile(r"([A-Z][a-z]{2,})[A-Z][a-z]")


def brand(word: str) -> bool:
    m = BRAND.match(word)
    return m is not None and m.group(1).lower() not in SURNAME_PREFIXES


def _acronym(words: list[str]) -> bool:
    """One word of mostly capitals ("TsKVPR", "CeBIT"): a body's initials. A surname has two at
    most ("McDonald", "DeGeneres")."""
    if len(words) != 1:
        return False
    letters = [c for c in words[0] if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return upper >= 3 and 3 * upper >= 2 * len(letters)


def kind_of(cited: str, credited: bool = False, lang: SourceWords = ENGLISH.sources,
            word_tag: Callable[[str], str | None] | None = None) -> str:
    """person / organisation / government / unnamed / agency, from the name's own words (`lang`:
    the citing outlet's language's agencies, governments, organisation words, unnamed heads;
    `word_tag`: its tagger's lexicon, which knows "Employees" for a plural common noun)."""
    governments, org_words, unnamed = lang.governments, lang.org_words, lang.unnamed_heads
    words = cited.replace("’", "'").split()
    low = {re.sub(r"'s$", "", w.lower()) for w in words}
    if credited or any(same(cited, a, lang.name_article) for a in lang.agencies) or lang.agency_name.search(cited):
        return "agency"
    if cited in governments or (len(words) <= 2 and words and words[-1] in governments
                                and words[0] in lang.government_articles):
        return "government"
    if len(words) == 1 and words[0][:1].isupper() and words[0][1:].islower() and word_tag is not None \
            and word_tag(words[0].lower()) == "NNS":
        return kind_of(words[0].lower(), credited, lang, word_tag)  # "Unions say …" opening a sentence: "unions"
    if len(words) >= 2 and words[0][:1].isupper() and all(w.islower() for w in words[1:]) \
            and word_tag is not None and word_tag(words[0].lower()) in ("JJ", "DT", "NN", "NNS", "RB") \
            and words[0].lower() not in lang.role_words:
        # capitalised only as the sentence's first word: "Various reports", "Early reports" are
        # "various reports", unnamed, as "Media reports" are
        return kind_of(" ".join([words[0].lower(), *words[1:]]), credited, lang, word_tag)
    if any(w in lang.vessel_prefixes and words[i + 1][:1].isupper() for i, w in enumerate(words[:-1])):
        return "organisation"  # "the Ethiopian-flagged MV Gibe", "MS Columbus": a ship speaks for its owner
    if len(words) == 1 and lang.web_name.search(cited):
        return "organisation"  # "washingtonpost.com", "TMZ.com": a site, however it is written
    if len(words) == 1 and words[0][1:].islower() and words[0].lower() in unnamed:
        return "unnamed"  # "Authorities say …" opening a sentence is "authorities", not a name
    if len(words) == 1 and words[0].isupper() and words[0].lower() in lang.role_words:
        return "unnamed"  # "the DA said", "the CEO said": a person by a role in capitals, not a body's initials
    if lang.numbered.search(cited):
        return "unnamed"  # "Juror No. 8": a person known by a number
    if any(w in lang.document_nouns and words[i + 1] in lang.published_in and words[i + 2][:1].isupper()
           and not (words[i + 1] == lang.sent_from and is_given_name(words[i + 2]))  # not "a letter from Jo Park"
           for i, w in enumerate(words[:-2])):
        return "organisation"  # "a 1997 article in Ebony", "a post on Facebook": the publication
    if _titled_name(words, lang):
        return "person"  # "Police Constable Tim Fanning", "Foreign Ministry spokeswoman Hua Chunying"
    if words and words[0][:1].islower() and any(
            w.lower().removesuffix("s") in lang.document_nouns and words[i + 1].lower() in lang.obtained_words
            for i, w in enumerate(words[:-1])):
        return "unnamed"  # "real estate records obtained by The Associated Press": whoever wrote them is unnamed
    if len(words) >= 2 and words[-1] in lang.body_documents and words[-2][:1].isupper() \
            and words[-2].lower() not in lang.person_possessives:  # "Her report" opening a sentence
        owner = re.sub(r"'s?$", "", words[-2])
        if owner == words[-2]:
            return "organisation"  # "an NYPD release", "the Navy statement": a body's own words
        return kind_of(" ".join([*words[:-2], owner]), False, lang, word_tag)  # "the NYPD's statement": its owner's
    if _heads_a_body(head_of(words, lang.head_ends), lang):
        return "unnamed"  # "the head of Microsoft's security team", "chief of the police": a person, by role
    if words and not any(w[:1].isupper() for w in words):
        # "experts", "a government official", "previous reports" are unnamed; "the ministry"
        # left unresolved is an organisation: the head noun (the last word) decides
        pre = head_of(words, lang.head_ends)  # the head before "of", "at" …: "doctors at the regional hospital",
        # "the ministry of health" (a document's is its source's: "a statement from her office")
        head = re.sub(r"'s$", "", (pre if pre and pre[-1].lower() not in lang.document_nouns else words)[-1].lower())
        if words[0].lower() in lang.person_possessives:
            return "unnamed"  # "her spokesman" speaks for a person, not a body
        return "organisation" if head in org_words - unnamed else "unnamed"
    if len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower() in lang.document_nouns \
            and words[-2][:1].isupper() and not is_given_name(words[-2].removesuffix("'s")):
        return "organisation"  # "Nat Fleischer's Ring Record Book", "the Harbour Report": a publication
        # (not "Emily Post": a given name before it)
    who = head_of(words, lang.head_ends) or next(
        (words[i + 1:] for i in range(len(words) - 1, -1, -1) if re.search(r"'s$", words[i])), [])
    while len(who) > 1 and who[-1][:1].islower() and word_tag is not None and word_tag(who[-1]) in ("VBG", "VBN"):
        who = who[:-1]  # "independent experts acting for the family": the experts
    if who:  # "… of the Oregon State Police", or after a possessive: "Washington Post's Howard Kurtz"
        who_low = {re.sub(r"'s$", "", w.lower().rstrip(".")) for w in who}
        named = [w for w in who if w[:1].isupper() and w.lower().rstrip(".") not in lang.role_words]
        if not who_low & org_words and who[-1].lower() not in unnamed and (
                who_low & lang.role_words and named or len(named) >= 2):
            return "person"  # "Lt. Gregg Hastings of the Oregon State Police", "Judge Ann Field of Superior Court"
    if who and who[-1].lower() in unnamed:
        return "unnamed"  # "Officials at the Interior Ministry": unnamed people of a named body
    head = re.sub(r"'s$", "", words[-1]) if words else ""
    if head[:1].islower() and (head in unnamed or head in lang.role_words - org_words):
        return "unnamed"  # "Church officials", "Central Mat-Su fire chief": people of a body, by role
    if (low | {w.removesuffix("s") for w in low}) & org_words or cited.isupper() or _acronym(words) \
            or _capitals_word(words) \
            or head[:1].isupper() and {w.lower() for w in words if w[:1].isupper()} & lang.company_name_words \
            and not {w.lower().rstrip(".") for w in words} & lang.role_words:  # "Secretary of State Jo Park"
        return "organisation"  # "… Commerce departments" too; "TsKVPR", a transliterated acronym
    if len(words) >= 3 and all(w[:1].isupper() for w in words) \
            and any(w.lower() in lang.body_name_joiners for w in words[1:-1]):
        return "organisation"  # "Doctors Without Borders": a word no person's name holds
    if words and words[-1].lower() in unnamed:
        return "unnamed"  # "Chinese experts", "Western diplomats"
    if _common_head(who or words, word_tag):
        # a common noun heads the phrase, as in an all-lower-case one: "Marion County deputies",
        # "Another elderly man", "Employees of the building", "Reid's rep" name nobody
        head = re.sub(r"['’]s?$", "", (who or words)[-1]).lower()
        return "organisation" if head in org_words - unnamed else "unnamed"
    first = words[0].lower() if words else ""
    if words and words[0][:1].islower() and word_tag is not None and word_tag(first) in ("NN", "NNS") \
            and first not in lang.role_words:
        return "unnamed"  # "information received from Telstra": a common noun heads it, not the name after it
    if len(words) == 2 and words[0].islower() and word_tag is not None and word_tag(words[0]) == "JJ" \
            and words[1][:1].isupper() and word_tag(words[1].lower()) in ("NN", "JJ"):
        return "unnamed"  # "a senior Democrat", "a leading Conservative": a member, by party, not a name
    return "person"


def _heads_a_body(who: list[str], lang: SourceWords) -> bool:
    """Whether the words before "of" ("for", "at" …) of a cited phrase are a lower-case role that
    leads a body ("the head", "chief", "director"): that person is cited, by role. One who speaks
    for the body ("a spokesman for the ministry", "an employee of") cites the body, as before."""
    if not who or any(w[:1].isupper() for w in who):
        return False
    role = who[-1].lower()
    return role in lang.role_words and role not in lang.body_attributes \
        and not lang.spokesperson_for.match(f"{role} for X")


def _titled_name(words: list[str], lang: SourceWords) -> bool:
    """Whether the phrase ends in a name right after a role word: the capitalised words after the
    last role word ("Constable", "spokeswoman", "Capt.") are none of them role or body words. A
    body word before the role says whose the person is, not that the source is a body."""
    roles, bodies = lang.role_words, lang.org_words
    last = max((i for i, w in enumerate(words) if w.lower() in roles), default=-1)
    name = words[last + 1:]
    return last >= 0 and bool(name) and all(
        w[:1].isupper() and w.lower().rstrip(".") not in roles | bodies and w.lower() not in roles for w in name)


def _common_head(words: list[str], word_tag: Callable[[str], str | None] | None) -> bool:
    """Whether a phrase ends in a common noun: a lower-case word the tagger's lexicon knows as a
    noun or does not know ("execs"), not an adverb ("jointly") or a time word ("yesterday"); or a
    phrase of one word that opens the sentence and is a plural noun there ("Employees"), or a
    plural proper noun alone or after an adjective ("Democrats"). "Gates" and "Storms" in a name
    stay a surname, "Kraft Foods" a name."""
    if not words:
        return False
    head = re.sub(r"['’]s?$", "", words[-1])
    low = head.lower()
    tag = word_tag(low) if word_tag is not None else None
    if re.match(r"[a-z]{1,3}-[A-Z]", head):
        return False  # "Mahmoud al-Goweiny": a surname with its article is a name
    if head[:1].islower():
        # a base-form verb after another word is a noun here ("an MWEB update", "a police report"):
        # the speaker phrase ends before its verb of saying
        return tag in ("NN", "NNS") and not is_date_word(low) or tag is None and not low.endswith("ly") \
            or tag in ("VB", "VBP") and len(words) > 1
    if re.fullmatch(r"[A-Z]{2,}s", head):
        return True  # "Indian ISPs", "NGOs": a plural of an acronym is a group
    if word_tag is None:
        return False
    plural = tag == "NNS" or tag is None and low.endswith("s") and word_tag(low[:-1]) == "NN"  # "Acquaintances"
    return len(words) == 1 and plural or word_tag(head) == "NNPS" and (
        len(words) == 1 or word_tag(words[-2].lower()) == "JJ")  # "Congressional Democrats", not "Kraft Foods"


def capitalised_inside(cited: str, text: str) -> bool:
    """Whether a one-word name the kinds read as a plural noun ("Morales", "Williams": "morale",
    "william") is written capitalised inside a sentence of the outlet ("…, Morales said"): a surname,
    where "Employees said" opening a sentence is a plural noun."""
    return " " not in cited and cited[:1].isupper() \
        and re.search(rf"(?<=[a-z,;:] ){re.escape(cited)}\b", text) is not None


def head_of(words: list[str], ends: frozenset[str]) -> list[str]:
    """The words of a cited name before its first `ends` word ("of", "for" …): who it is, the
    rest saying where from ("Francesca Grifo of the Union of Concerned Scientists"); [] when
    there is no such word."""
    return next((words[:i] for i, w in enumerate(words) if i and w in ends), [])


def called_an_agency(cited: str, text: str, lang: SourceWords = ENGLISH.sources) -> bool:
    """Whether the text calls the name a news agency right before or after it ("official news
    agency SABA", "the Kyodo news agency"): an agency the pack's list does not know."""
    agency, name = lang.agency_name.pattern, re.escape(cited)
    return bool(re.search(rf"{agency}\s+{name}\b|\b{name}\s+{agency}", text, lang.agency_name.flags))


def same(a: str, b: str, article: str = ENGLISH.sources.name_article) -> bool:
    return a.lower().replace(article, "") == b.lower().replace(article, "")


def reports_only(cited: str, verbs: Iterable[str], text: str, pack: LanguagePack) -> bool:
    """Whether a one-word name is a paper or a site by how the outlet cites it: only with a verb of
    the press ("Newsday reported"; "quoted" aside), not a given name, and never after another
    capitalised word in `text` (the outlet's words), as a person's surname would be ("Mike Lynch")."""
    said = [v for v in verbs if v != "quoted"]
    return bool(said) and all(v in pack.sources.press_verbs for v in said) \
        and no_persons_name(cited, text, pack.naming.closed)


def no_persons_name(cited: str, text: str, closed: frozenset[str] = frozenset()) -> bool:
    """Whether a one-word capitalised name may be a body's: not a given name, and never after
    another capitalised word in `text` (the outlet's words so far), as a person's surname is
    ("Tim Fanning" before "Fanning said"), other than a closed-class word opening a sentence
    (`closed`: "While Microsoft claims …")."""
    return " " not in cited and cited[:1].isupper() and not is_given_name(cited) \
        and not any(m.group(1).lower() not in closed
                    for m in re.finditer(rf"\b([A-Z][\w.'-]+)\s+{re.escape(cited)}\b", text))


def company_words(words: list[str], sources: SourceWords) -> bool:
    """Whether every word is a company's ("Systems", "Motors", "Inc"): the words after a company's
    own name, which alone is then the company."""
    company = sources.company_name_words | sources.corporate_suffixes
    return all(w.lower() in company for w in words)
