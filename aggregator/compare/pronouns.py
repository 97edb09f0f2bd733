"""Pronouns and people: whom "he", "she", "they" or "it" stands for in a frame of saying.

"he"/"she" is the person the report last spoke of or the nearest person named before it whose
name does not say the other sex; "they" the last group that spoke; "it" a body named before.
Also whether a speaker is one person (`one_person`, `a_named_person`), the report's surnames
with their fuller names (`people_surnames`) and the person a sentence opens with
(`opening_person`). Split from speakers.py, which reads the speaker phrase itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .language import LanguagePack
from .names import is_given_name
from .params import LEAD_WORDS, POSSESSED_WORDS
from .phrases import Mention, named_mentions


def one_person(name: str, lp: LanguagePack) -> bool:
    """Whether a speaker can be "he" or "she": its head (the last word before "of"/"for"/…) is a
    name or a singular noun of a person, not a body ("police", "ministry") or a plural ("few
    researchers of the scandal")."""
    words = name.split()
    for i, w in enumerate(words):
        if i and w in lp.sources.head_ends:
            words = words[:i]
            break
    head = re.sub(r"['’]s$", "", words[-1]) if words else ""
    low = head.lower()
    if low in lp.sources.role_words:
        return True  # "Navy spokesperson", "spokeswoman"
    if not head or low in lp.sources.org_words or low in lp.voice.document_nouns or low in lp.voice.quantifiers:
        return False  # … nor "Some", "Many": how many, not who
    if len(words) == 1 and len(head) >= 2 and head.isupper():
        return False  # "CNA", "NYPD", "ISNA": an acronym names a body, never "he"
    tag = lp.word_tag(low) if lp.word_tag is not None else None
    if head[:1].isupper():
        return not (len(words) == 1 and tag == "NNS")  # "Witnesses", "Sources" opening a sentence: a plural
    return tag != "NNS" and not (tag is None and low.endswith("s"))


def a_named_person(name: str, lp: LanguagePack) -> bool:
    """A speaker named as one person: two capitalised words or more and no body's word ("Peter
    Lynch"), or one capitalised word the word lexicon knows as no plural ("Howard"; not
    "Witnesses")."""
    words = name.split()
    if len(words) == 1:
        tag = lp.word_tag(words[0].lower()) if lp.word_tag is not None else None
        return words[0][:1].isupper() and tag not in ("NNS", "NNPS") and one_person(name, lp)
    return _named_person(name, lp)


def _named_person(name: str, lp: LanguagePack) -> bool:
    """A person by name: two capitalised words or more, none of them a body's ("George Bergeles",
    not "Vancouver Police" or "Greek Government")."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) \
        and not {w.lower() for w in words} & lp.sources.org_words


def _unquoted(text: str, lp: LanguagePack) -> str:
    """`text` with what stands between quotation marks blanked: names in a quotation are not the
    names of who speaks it."""
    marks = "".join(re.escape(q) for q in lp.voice.quote_marks)
    return re.sub(rf"[{marks}][^{marks}]*(?:[{marks}]|$)", " ", text)


def people_surnames(texts: list[str], found: list[list[Mention]], lp: LanguagePack) -> dict[str, str]:
    """The last words of the report's names of two words or more that it also writes alone
    ("Vincent Gigante" … "Gigante"): how news refers to a person after the first mention; each
    with its first fuller name (whose given name may tell the person's sex). `found`: each text's
    named mentions."""
    mentions = [m.full for ms in found for m in ms]
    alone = {m for m in mentions if " " not in m}
    joined = " ".join(texts)
    places = "|".join(sorted(lp.voice.place_before_name))
    out: dict[str, str] = {}
    for m in dict.fromkeys(mentions):
        if " " in m and m.split()[-1] in alone and not {w.lower() for w in m.split()} & lp.sources.org_words \
                and not re.search(rf"\b(?:{places})\s+(?:the\s+)?{re.escape(m)}\b(?!['’])", joined):
            # (not a place: "in North Carolina"; "in Stephenie Meyer's books" names a person)
            out.setdefault(m.split()[-1], m)
    return out


def _sex_fits(name: str, pronoun: str, lp: LanguagePack) -> bool:
    """Whether "he"/"she" may stand for `name`: unless its title or given name says the person is
    of the other sex (`lp.name_sex`: "she" is no Mark Roesler)."""
    want = lp.voice.pronoun_sex.get(pronoun)
    sex = lp.name_sex(name) if want and lp.name_sex is not None else None
    return sex is None or sex == want


def other_sexes(one: str, other: str, people: Mapping[str, str], lp: LanguagePack) -> bool:
    """Whether two people's given names or titles say they are of different sexes ("Page" for
    Bettie Page and Mark Roesler), so a "she" or "he" can stand for only one of them."""
    if lp.name_sex is None or not one or not other:
        return False
    sexes = [lp.name_sex(people.get(name, name)) for name in (one, other)]
    if sexes[0] is not None and other.split()[-1] in lp.voice.document_nouns:  # (not "the Post")
        return True  # "according to her official biography", then "…, she said": a text is no "she"
    return None not in sexes and sexes[0] != sexes[1]


def opening_person(text: str, found: list[Mention], surnames: Mapping[str, str], lp: LanguagePack) -> str:
    """The person a sentence opens with as its subject ("Gigante calmly pleaded guilty …", "Mr.
    Gigante was jailed …", after a short lead: "In 2005, Felt revealed …"), known as a person by a
    title or by being one of `surnames`; or "".
    `found`: the sentence's named mentions (a demonym is none: "German Chancellor Angela Merkel
    addressed parliament" opens with Angela Merkel)."""
    found = [m for m in found if m.full.lower() not in lp.naming.demonyms]
    if not found:
        return ""
    body = text.lstrip("\"“‘'( ")
    person = _subject_person(body, found[0], surnames, lp, quoted=body != text.lstrip("( "))
    lead = body.split(",", 1)
    words = lead[0].split()
    if person or len(lead) < 2 or not words or all(w[:1].isupper() for w in words):
        return person  # (a lead of capitalised words is a list's first name: "Antawn Jamison, Michael Jordan and …")
    if words[0].lower() in lp.naming.conjunctions:  # "And that's why, even though she could have left …,
        segments = body.split(",")[1:]  # Regina Benjamin returned …": the subject after any later comma
    elif len(words) <= LEAD_WORDS:  # "While Watergate was seething, Felt authorized …", "Then 67, Felt
        segments = [lead[1]]  # celebrated …", "Reached by telephone, O'Brien declined …": after a short lead
    else:
        return ""
    return next((who for after in segments for m in found if (who := _subject_person(after.lstrip(), m, surnames, lp))),
                "")


def _subject_person(body: str, first: Mention, surnames: Mapping[str, str], lp: LanguagePack,
                    quoted: bool = False) -> str:
    """`first`'s name when `body` opens with it (past titles), known as a person (by a title, as a
    surname the report uses alone, or by a given name that tells a sex); or ""."""
    name = first.full.split()
    while len(name) > 1 and name[0].lower() in lp.naming.closed:
        name = name[1:]  # "Then Hansbrough said": a function word opening the sentence is no name
    titled = first.titled
    while len(name) > 2 and name[0].lower().rstrip(".") in lp.naming.title_words | lp.voice.role_words:
        name, titled = name[1:], True  # "Mayor Ana Ruiz spoke …": a title opening the sentence is in the run
    full = " ".join(name)
    if full.lower() in lp.voice.speaker_pronouns or full in lp.naming.stop_caps:
        return ""  # "We have two assumptions."
    if any(w.lower().rstrip(".") in lp.sources.corporate_suffixes for w in name[1:]) \
            or len(name) > 1 and name[-1].lower() in lp.sources.org_words:
        return ""  # "Warner Bros. entrusted …", "Fox News is": a body, though "Warner" is a given name
    words = body.split()
    if not quoted:
        while len(words) > 1 and words[0].lower() in lp.naming.conjunctions and words[1][:1].isupper():
            words = words[1:]  # "But Ross will argue …": a conjunction first (not inside a quotation)
    while words and (words[0].lower().rstrip(".") in lp.naming.title_words | lp.voice.role_words
                     or words[0].lower() in lp.naming.demonyms and len(words) > 1 and words[1][:1].isupper()):
        words = words[1:]  # "Mr. Gigante", "President Obama", "German Chancellor Angela Merkel"
    rest = " ".join(words)
    opening = next((n for n in (first.full, full) if rest.startswith(n)), "")  # "Then Hansbrough" or "Ross"
    if not opening:
        return ""
    if re.match(r"[’']", rest[len(opening):]):  # a possessor: "Mr. LaRue's main argument was …" speaks
        if any(w.strip(",.").lower() in lp.people_nouns for w in rest[len(opening):].split()[1:POSSESSED_WORDS + 1]):
            return ""  # of him; "Timmons' 16 year-old best friend took the stand": the friend is the subject
    given = len(name) >= 2 and lp.name_sex is not None and lp.name_sex(full) is not None  # "Bill de Blasio"
    if given and not titled and name[-1] not in surnames:
        while len(name) > 2 and not is_given_name(name[0]):
            name = name[1:]  # "Public Advocate Bill de Blasio": the person from the given name on
        return " ".join(name)
    return full if titled or name[-1] in surnames else ""


def resolve(who: str, text: str, toks, k: int, last_speaker: str, lp: LanguagePack, last_person: str = "",
            last_group: str | None = None, people: Mapping[str, str] | None = None) -> str:
    """A pronoun speaker becomes the last named speaker ("he"/"she": `last_person`, the person
    last spoken of, when given); else, from the names before it in the
    sentence: "he"/"she" the nearest person's name (titled or of two words or more: "coroner
    Gary Hargrove said he believed …"), "it"/"they" the first name ("Microsoft … which it said
    …"), "I"/"we" the first name only inside a quotation (outside one they are the writer's).
    Capitalised function words opening the sentence ("Our plan …", "What I feel …") and the names
    of a dateline ("TOKYO (Harbour Wire) — Japan said … what it called …") name nobody.
    `people`: the report's surnames of people with their fuller names ("MacFarlane": "Seth
    MacFarlane"): a surname alone is a person, and the fuller name tells the sex ("DeGeneres"
    is no "he" where the report named Ellen DeGeneres)."""
    people = people or {}
    low = who.lower()
    if low in lp.voice.group_anaphors:  # "the pair said", after two people spoke together
        group = last_group or last_speaker
        return group if group and f" {lp.voice.speakers_and} " in group else who
    if low in lp.voice.one_of:  # '"…," says one.', "One said …": one of the group last cited ("Two
        # witnesses said"), or of a source named by no name ("a source tells THR"), else an unnamed one
        def a_body(name: str) -> bool:  # one of a body is no one of it: "the District Attorney's office has
            return bool({w.strip("'’").lower() for w in name.split()} & lp.sources.org_words)  # asked … One …"
        if last_group and not one_person(last_group, lp) and not a_body(last_group) \
                and last_group.split()[-1].lower() not in lp.voice.plural_bodies:
            return last_group  # (not one of "Police": a body, whose one is no person in it)
        return last_speaker if last_speaker and not a_named_person(last_speaker, lp) \
            and last_speaker.lower() not in lp.voice.speaker_pronouns and not a_body(last_speaker) else who
    if low not in lp.voice.speaker_pronouns:
        return who
    at = toks[k][1] if k < len(toks) else len(text)
    subject_at = next((toks[j][1] for j in range(k - 1, max(-1, k - 3), -1) if toks[j][0].lower() == low), None)
    if subject_at is not None and low not in lp.voice.person_pronouns | lp.voice.first_person \
            and (led := _led_by_clause(text[:subject_at], lp)):
        return led  # "although the Ministry of Commerce did not list them, it stated …": the ministry
    named = people
    pronoun_at = next((j for j in range(k - 1, max(-1, k - 3), -1) if toks[j][0].lower() == low), None)
    after = toks[k + 1][0].lower() if k + 1 < len(toks) else "."
    if pronoun_at and toks[pronoun_at - 1][0] in (",", "”", '"', "’") and after in lp.voice.trailing_starts:
        named = {}  # "…when Orozco was taken into custody, he added": the source, not the man in what he says
    closed = lp.naming.closed
    dateline = lp.headline.dateline.match(text)  # "TOKYO (Harbour Wire) —": a place and a credit, no antecedent
    start = dateline.end() if dateline and dateline.end() <= at else 0

    def named_before(part: str, whole_word: bool = True) -> list:
        return [m for m in named_mentions(part, lp.naming) if m.full.lower() not in closed
                and (not whole_word or re.split(r"['’]", m.full.lower())[0] not in closed)]

    if last_person and low in lp.voice.person_pronouns:
        # a person named before it in the sentence ("Kenneth Dorsey, and he said"), else the person
        # the report last spoke of, as a speaker or as a sentence's subject
        part = text[start:at]
        quoted = any(q in part for q in lp.voice.quote_marks)
        outside = named_before(_unquoted(part, lp), whole_word=False) if quoted else named_before(part)
        person = _nearest_person(outside, low, lp, named)  # not "guys like Kyle Korver," he said
        if person or _sex_fits(people.get(last_person, last_person), low, lp):
            return person or last_person
        if not other_sexes(last_person, last_speaker, people, lp):
            return who  # else the last speaker, whose name says the pronoun's sex ("she" is Page, "he" Roesler)
    if low in lp.voice.plural_pronouns and (last_speaker or last_group):
        # "they" is not one named person ("… said Jo Park. … a system they see as corrupt", "Hiller"), nor a
        # speaker several sentences back (`last_group`, when given: voice.THEY_WINDOW)
        group = last_speaker if last_group is None else last_group
        return who if not group or _named_person(group, lp) or a_named_person(group, lp) else group
    if low == lp.sources.it and pronoun_at and toks[pronoun_at - 1][0][:1].isalpha() \
            and (body := _body_before(text[start:at], named_before(text[start:at]), lp)):
        return body  # "Shares in the company fell after it warned that …": the company, not "Shares"
    if last_speaker:
        if low in lp.voice.person_pronouns:
            # a person named before it in the sentence (outside quotation marks) whose given name or
            # title says the pronoun's sex, before the last speaker ("Homicide Detective Dominic
            # Mangoni … said he asked …"); a name that says no sex may be a body's ("the New York
            # Knicks", "Crowley Maritime Corp.") or the other sex's ("Dr. Benjamin")
            part = _unquoted(text[start:at], lp)
            want = lp.voice.pronoun_sex.get(low)
            sexed = [m for m in named_before(part) if want and lp.name_sex is not None
                     and lp.name_sex(named.get(m.full, m.phrase)) == want]
            if sexed:
                same = last_speaker.split()[-1] == sexed[-1].full.split()[-1]  # "Gilford T. Monrose"
                return last_speaker if same else sexed[-1].full
        thing = low not in lp.voice.person_pronouns | lp.voice.first_person  # "it"
        by_name = _named_person(last_speaker, lp) and is_given_name(last_speaker.split()[0])  # not "France Telecom"
        if low not in lp.voice.person_pronouns and not (thing and by_name) \
                or low in lp.voice.person_pronouns and one_person(last_speaker, lp) \
                and _sex_fits(people.get(last_speaker, last_speaker), low, lp) \
                and lp.voice.possessive_sex.get(last_speaker.split()[0].lower()) != lp.voice.pronoun_sex.get(low):
            return last_speaker  # "he"/"she" only for one person: not "few researchers", "the police";
            # "it" never for a person by name ('"…," said Christopher Budd.' then "It also says …"); "she"
            # after "her publicist confirmed" is more likely the woman the "her" stands for
    before = named_before(text[start:at])
    if low in lp.voice.first_person:
        inside = sum(text[:at].count(q) for q in lp.voice.quote_marks) % 2 == 1
        return before[0].full if inside and before else who
    if low in lp.voice.person_pronouns:
        return _nearest_person(before, low, lp, named) or _role_subject(text[start:at], lp) or who
    return before[0].full if before else who


def _body_before(part: str, names: list, lp: LanguagePack) -> str:
    """The body an "it" inside a clause stands for when the sentence names one before it nearer
    than any name: an article and a body noun, with up to two lower-case words between ("the
    company", "the central bank"; the pack's `body_nouns` and `org_words`), or ""."""
    nouns = set(lp.voice.body_nouns) | lp.sources.org_words
    words = list(re.finditer(r"[A-Za-z-]+", part))
    found: tuple[int, str] = (-1, "")
    for i, w in enumerate(words):
        if w.group(0).lower() not in lp.naming.articles:
            continue
        for j in range(i + 1, min(len(words), i + 4)):
            if not words[j].group(0).islower() or words[j].group(0) in lp.naming.closed:
                break
            if words[j].group(0) in nouns:
                found = (w.start(), part[words[i + 1].start():words[j].end()])
                break
    if not found[1] or any(part.rfind(n.full) > found[0] for n in names):
        return ""
    return found[1]


def _role_subject(before: str, lp: LanguagePack) -> str:
    """The role a sentence opens with as its subject, before the pronoun and with nobody named
    ("The Greek prime minister has denounced what he called …": "Greek prime minister"), or ""."""
    words = before.split()
    if len(words) < 3 or words[0].lower() not in lp.naming.articles:
        return ""
    for i in range(1, min(len(words) - 1, 5)):
        if not words[i].isalpha():
            return ""
        if words[i] in lp.voice.role_words:
            return " ".join(words[1:i + 1]) if words[i + 1][:1].islower() else ""
    return ""


def _led_by_clause(before: str, lp: LanguagePack) -> str:
    """The name that opens a subordinate clause right before the pronoun ("although the Ministry of
    Commerce did not list the products, it stated …": the ministry), the clause's subject and the
    pronoun's antecedent; "" when the words before the pronoun are not such a clause and its comma."""
    if not before.rstrip().endswith(","):
        return ""
    clause = before.rstrip()[:-1]
    words = list(re.finditer(r"[\w'’.-]+|,", clause))
    opener = next((i for i in range(len(words) - 1, -1, -1)
                   if words[i].group(0).lower() in lp.polarity.subordinators or words[i].group(0) == ","), None)
    if opener is None or words[opener].group(0) == ",":
        return ""
    rest = clause[words[opener].end():].lstrip()
    article = lp.naming.definite_article
    if rest.lower().startswith(article + " "):
        rest = rest[len(article) + 1:]
    named = named_mentions(rest, lp.naming)
    return named[0].full if named and rest.startswith(named[0].phrase) else ""


def _nearest_person(mentions: list, pronoun: str, lp: LanguagePack, people: Mapping[str, str] | None = None) -> str:
    """The last of `mentions` that can be a person `pronoun` stands for (titled, of two words or
    more, or a surname of `people`, the report's; of the pronoun's sex or of none known), one whose
    given name or title says the pronoun's sex first ("Stanley Perlo said … the state Supreme
    Court, which he described as …") and a name before one in the possessive ("Nichols stole
    Wilhelm's truck, where he said …"); "" if none."""
    people = people or {}
    found = [m for m in mentions if (m.titled or " " in m.full or m.full in people)
             and _sex_fits(people.get(m.full, m.full), pronoun, lp)]
    want = lp.voice.pronoun_sex.get(pronoun)
    sexed = [m for m in found if want and lp.name_sex is not None and lp.name_sex(people.get(m.full, m.phrase)) == want]
    ranked = sexed or found
    whole = [m for m in ranked if not POSSESSIVE.search(m.phrase)]  # "Nichols stole Wilhelm's truck, where he …"
    return (whole or ranked)[-1].full if ranked else ""


POSSESSIVE = re.compile(r"['’]s?$")


def they_group(found: list[tuple[int, int, str, int]], last_group: str | None, lp: LanguagePack) -> str | None:
    """Whom "they" stands for at this point of a sentence: the named speaker of its latest frame
    ("Authorities said they believe …"), else `last_group`."""
    return next((w for _, _, w, _ in reversed(found) if w and w.lower() not in lp.voice.speaker_pronouns),
                last_group)
