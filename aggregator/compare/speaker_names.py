"""Speaker names: the words of a speaker phrase made into the speaker's name.

Split from `compare/speakers.py`, which finds the phrase a frame of saying points at; this module
trims it to who speaks: quotation marks, articles and an opening function word off, a trailing
date or adverb off ("Joe Coffey Monday", "… jointly"), a role or trade before a name off
("Comedian Ellen DeGeneres"), a name inside titles kept ("Troy Police Chief Charles Craft" →
"Charles Craft").
"""

from __future__ import annotations

import re
from functools import cache

from .clause_subjects import clause_subject
from .language import LanguagePack
from .lexicon import is_date_word
from .names import is_given_name
from .params import LEAD_WORDS
from .phrases import named_mentions
from .speaker_heads import agent_word, plural_group
from .speakers import adverb, name_word, short_name


def role_before_name(words: list[str], lp: LanguagePack) -> bool:
    """Whether the first word is a noun of a role or trade (a role word, or a noun by the tagger's
    lexicon with an agent ending: "Comedian", "attorney", "Linebacker") before a name of two
    capitalised words or more. Given names the lexicon knows as nouns ("John", "Mark") have no
    such ending."""
    first = words[0].lower().split("-")[-1] if words else ""  # "Super-agent Scott Boras": an agent
    if not (len(words) >= 3 and words[0][1:].islower() and lp.word_tag is not None
            and all(w[:1].isupper() for w in words[1:3])):
        return False
    tag = lp.word_tag(first)
    return tag == "NN" and (first in lp.voice.role_words or first.endswith(lp.voice.agent_endings)) \
        or tag is None and first.endswith(lp.voice.science_trades)  # "Seismologist Petra Lunde": a trade the
    # lexicon lacks, by an ending no given name has


QUOTE_TOKENS = frozenset("'‘’\"“”«»")


def speaker_text(phrase, lp: LanguagePack) -> str:
    words = [t for t, _, _ in phrase]
    while words and words[0] in QUOTE_TOKENS:
        words = words[1:]  # "…,' the Daily News reported"
    while words and words[-1] in QUOTE_TOKENS:
        words = words[:-1]  # 'According to "The Hollywood Reporter",'
    if len(words) > 1 and words[-1].lower() in lp.voice.reflexives:
        words = words[:-1]  # "DeGeneres herself"
    while words and (words[0].lower() in lp.voice.speaker_articles
                     or len(words) > 1 and words[0].lower() in lp.naming.closed and words[1][:1].isupper()
                     and words[0][:1].isupper() and not words[0].isupper()):  # not "US President-elect"
        words = words[1:]  # "the police", "Then Hansbrough said": an article, or a function word opening
        # the sentence, is no name (a lower-case one may be a pack's article: German "der Minister")
    if len(words) > 2 and AGE_NOUN.fullmatch(words[0]) and words[1][:1].isupper():
        words = words[1:]  # "said 61-year-old Anargyros Bizianis": the name, not its age
    for i, w in enumerate(words[1:], start=1):
        if w.lower() in lp.voice.relative_pronouns and words[i - 1][:1].isupper():
            words = words[:i]  # "according to Charanjit who translated for Singh": who, not what they did
            break
    text = re.sub(r"\s*\( [^()]{1,30} \)", "", " ".join(words))  # "Adam (Pacman) Jones", "Rahall (D)": asides
    text = re.sub(r"\s+([,.’'])", r"\1", text).strip(" ,.")
    text = re.sub(r"([’'])\s+s\b", r"\1s", text)  # "D.A.' s office": the tokens of "D.A.'s" rejoined
    text = re.sub(r"[’'](?:s|ll|d|ve|re)$", "", text)  # "Reid's", "He'll contend": the name or the pronoun
    while len(parts := text.split()) > 1 and parts[-2].lower() not in lp.naming.prepositions and (
            is_date_word(parts[-1], lp.slots, relative=False)
            or parts[-1].islower() and is_date_word(parts[-1], lp.slots)):
        text = text.rsplit(" ", 1)[0]  # "Joe Coffey Monday", "Lawrence yesterday": when, not who ("USA Today" stays)
    parts = text.split()
    while len(parts) > 1 and parts[-1].islower() and adverb(parts[-1], lp):
        parts = parts[:-1]  # '"…," said Zadan and Meron jointly': how they said it
    ship = next((i for i, w in enumerate(parts[:-1]) if w in lp.naming.vessel_prefixes and parts[i + 1][:1].isupper()),
                None)
    if ship is not None:
        return " ".join(parts[ship:])  # "the German cruise liner MS Columbus": the ship, no "Ms." Columbus
    if role_before_name(parts, lp):
        parts = parts[1:]  # "Comedian Ellen DeGeneres", "attorney Kassie Siegel": a role, not the name
    titles = lp.voice.role_words | lp.naming.title_words
    compound = [i for i, w in enumerate(parts[:-2]) if "-" in w and all(p in titles for p in w.lower().split("-"))]
    if compound:
        parts = parts[compound[-1] + 1:]  # "UN Secretary-General Antonio Guterres": a title of two title words
    office = _name_after_office(parts, titles, lp)
    if office:
        return office  # "Head of the Republic Oleg Banin", "Minister of Defence Ana Ruiz": the person
    text = " ".join(parts)
    if _kin_of_named(parts, lp):
        return text  # "the owner of the tanker Marisol", "the mother of the singer Mara Lenz": not the one named
    titled = [m for m in named_mentions(text, lp.naming) if m.titled]
    parts = text.split()
    surname_title = len(parts) > 1 and parts[-1].lower() in lp.naming.title_words and parts[-1][:1].isupper() \
        and parts[-2][:1].isupper() and parts[-2].lower() not in lp.naming.title_words
    if titled and len(titled[-1].full.split()) >= 2 and not surname_title \
            and titled[-1].full.split()[-1].lower() not in lp.voice.role_words \
            and not re.search(r"['’]s$", titled[-1].phrase):  # "Chief Medical Examiner": a role; "Prime
        # Minister Ilsa Moreno's office": the office speaks, not the person it belongs to
        full = titled[-1].full.split()
        while len(full) > 2 and full[0].lower().rstrip(".") in titles:
            full = full[1:]  # "General Manager Ed Stefanski": "General" read as the title, "Manager" is one too
        return " ".join(full)  # not "Manager Billy" from "General Manager Billy King": a title ends no name
    at = len(parts)
    while at > 0 and name_word(parts, at - 1, lp):
        at -= 1  # back over the name, its particles too ("Osama bin Laden")
    if 0 < at < len(parts) and parts[at - 1].isalpha() and parts[at - 1].islower() and lp.word_tag is not None \
            and (lp.word_tag(parts[at - 1]) == "NN" or lp.word_tag(parts[at - 1]) is None and len(parts) - at >= 2
                 and at >= 2 and parts[at - 2][:1].isupper()) \
            and parts[at - 1] not in lp.naming.prepositions:  # "… Group prexy Paul Lee": trade slang is a role too
        name = parts[at:]
        while len(name) > 1 and (name[0].lower().rstrip(".") in titles
                                 or name[0].lower() in lp.voice.speaker_articles):
            name = name[1:]  # "Troy police Lt. Gerry Scherlinck": the person; "magazine The Hollywood Reporter"
        of = parts.index(lp.naming.of_word) if lp.naming.of_word in parts[:at - 1] else 0
        if of and short_name(parts[:of], lp):
            return " ".join([*parts[:of + 1], *name])  # "Pia Lund of the group Clean Coast": she, of it
        return " ".join(name)  # "Iran's official news agency IRNA", "Brooklyn resident Joe Ruiz": the name
    for size in (3, 2, 1):  # "Troy Police Chief Charles Craft" → "Charles Craft", "ADA Fairman" → "Fairman"
        name = parts[-size:-1] if surname_title and size > 1 else parts[-size:]  # "Cpl. Jo Leader"
        role = parts[-size - 1] if len(parts) > size else ""
        capitals = role.isupper() or role.lower() not in lp.voice.capitals_only_roles  # "DA", not "da Silva"
        if role.lower() in lp.voice.role_words and capitals and all(
                p[:1].isupper() and p.replace(".", "").isalpha() and p.lower() not in lp.voice.role_words
                for p in name) and parts[-1][:1].isupper():  # "A.J. Smith" too
            return " ".join(parts[-size:])
    return text


def _name_after_office(parts: list[str], titles: frozenset[str], lp: LanguagePack) -> str:
    """The person's name after a capitalised office written with "of" ("Head of the Republic Oleg
    Banin", "Minister of Foreign Affairs Ana Ruiz"): from the first given name after the office's
    first word (the English table of given names, where the pack knows given names at all), else
    the last two of three words after "of" (one word of the office); "" when the phrase is no such
    office and name (every word after "of" capitalised but articles) or where the name starts is
    unknown ("Secretary of State Hillary Rodham Clinton": "Hillary" is no one sex's given name, so
    the phrase is left whole)."""
    if len(parts) < 5 or parts[0].lower().rstrip(".") not in titles or parts[1] != lp.naming.of_word:
        return ""
    k = 2 + (parts[2].lower() in lp.naming.articles)
    rest = parts[k:]
    if len(rest) < 3 or not all(w[:1].isupper() and w.replace(".", "").replace("-", "").isalpha() for w in rest):
        return ""
    if lp.name_sex is not None:  # the pack knows given names (English: US birth records)
        given = next((i for i in range(1, len(rest) - 1) if is_given_name(rest[i])), None)
        if given is not None:
            return " ".join(rest[given:])
    return " ".join(rest[-2:]) if len(rest) == 3 else ""  # one word of the office, a name of two


def _kin_of_named(parts: list[str], lp: LanguagePack) -> bool:
    """Whether the phrase is a person "of" someone or something named with a common noun ("owner
    of the tanker Marisol", "mother of the singer Mara Lenz", "lawyer for the family of victim Ann
    Field"): the person before "of" speaks, not the one named. Not a title's "of" ("Secretary of
    State Hillary Clinton", "spokesman of the ministry"), nor a body named after "of" ("head of the
    agency Frontex" speaks for Frontex)."""
    of = next((i for i in range(1, len(parts) - 2) if parts[i] == lp.naming.of_word), None)
    if of is None:
        return False
    head = parts[of - 1]
    people = (lp.people_nouns | lp.voice.speaker_nouns | lp.voice.role_words) - lp.voice.title_words
    if not (head.islower() and head in people):
        return False
    at = len(parts)
    while at > of + 1 and name_word(parts, at - 1, lp):
        at -= 1
    noun = parts[at - 1]
    return of + 1 < at < len(parts) and noun.isalpha() and noun.islower() and noun not in lp.naming.prepositions \
        and noun not in lp.sources.org_words | lp.sources.company_name_words | set(lp.voice.body_nouns)


def named_bodies(found: list[tuple[int, int, str, int]], texts: list[str], lp: LanguagePack,
                 report: tuple[list[str], list[str]] = ([], [])) -> list[tuple[int, int, str, int]]:
    """Frames whose speaker is a bare body noun ("the agency reported") given the body the report
    last named with a noun of its kind before its name ("Iran's official news agency IRNA said",
    in `texts`: the last sentences up to this one) or with a head of its kind ("the Food and Drug
    Administration" for "the agency"; the pack's `body_heads`); a bare noun with none stays as it is. A bare
    noun of a person ("the comedian added") is the one person the report names with it
    (`report`: its sentences up to this one, and all of them)."""
    kinds = lp.voice.body_nouns
    found = [(s, e, _named_person(who, *report, lp) or who, at) for s, e, who, at in found]
    if not any(who.lower() in kinds for _, _, who, _ in found):
        return found
    named: dict[str, str] = {}
    for text in texts:
        for m in _headed(lp.voice.credit_joiners, lp.naming.definite_article).finditer(text):  # "the Food and Drug
            if m.group(1).lower() in lp.voice.body_heads:  # Administration": an agency by its own head
                named[lp.voice.body_heads[m.group(1).lower()]] = m.group(0).strip()
        for m in re.finditer(r"\b([a-z]+)\s+((?:[A-Z][\w&’'-]*\.?\s?){1,4})", text):
            if m.group(1) in kinds and m.group(2).split()[0].lower() not in lp.voice.role_words:
                named[kinds[m.group(1)]] = m.group(2).strip()
    return [(s, e, named.get(kinds.get(who.lower(), ""), who), at) for s, e, who, at in found]


@cache
def _headed(joiners: frozenset[str], article: str) -> re.Pattern:
    """A capitalised name ending in its head word ("Food and Drug Administration", "Federal
    Aviation Administration"; group 1 the head, which says what kind of body the bare noun, "the
    agency", stands for), its words joined by the pack's `credit_joiners`, the article left out."""
    joined = "|".join(sorted(re.escape(w) for w in joiners if w.isalpha()))
    return re.compile(rf"\b(?:(?!{re.escape(article.capitalize())}\b)[A-Z][\w&’'-]*\s+(?:(?:{joined})\s+)?){{1,5}}"
                      rf"([A-Z][a-z]+)\b")


AGE_NOUN = re.compile(r"(\d{1,3})-year-old")  # "the 29-year-old", "40-year-old Tsikala Stephania"


def _named_person(who: str, before: list[str], whole: list[str], lp: LanguagePack) -> str:
    """The person the report names right after the role a lower-case speaker is ("Comedian Ellen
    DeGeneres will …", then '"…," the comedian added'; each noun of "the comedian and talk show
    host"): named so `before` (the sentences up to this one), and the only one so named in the
    `whole` report ("Judge Rowland Barnes" killed, "Judge James Bodiford" sentencing: neither is
    "the judge"); "" when none is, when the sentence brings the speaker in anew ("a police
    spokesman said"), or the speaker is no singular noun of a person ("police", "officials" are
    bodies and groups)."""
    words = who.split()
    if before and re.search(rf"\b(?:{'|'.join(lp.voice.new_referent)})\s+{re.escape(who)}\b", before[-1], re.I):
        return ""  # "a police spokesman said": someone not named before
    if age := AGE_NOUN.fullmatch(who):  # "said the 29-year-old": the one person the report gives that age
        aged = {m.group(1) or m.group(2) for text in whole for m in re.finditer(
            rf"((?:[A-Z][\w’'-]+\s){{0,2}}[A-Z][\w’'-]+),\s+{age.group(1)}\b(?=[,)])"
            rf"|\b{age.group(1)}-year-old\s+((?:[A-Z][\w’'-]+\s?){{2,3}})", text) if m.group(1) or m.group(2)}
        if len(aged) == 1:
            return aged.pop().strip()
        just_named = {m.full for m in named_mentions(before[-2], lp.naming) if len(m.full.split()) >= 2
                      and is_given_name(m.full.split()[0])} if len(before) > 1 and not aged else set()
        return just_named.pop() if len(just_named) == 1 else ""  # the age given nowhere: the one person the
        # sentence before names ("champion Trevor Immelman has …" then "said the 29-year-old")
    if not words or not all(w.replace("-", "").isalpha() and w.islower() for w in words):
        return ""
    parts = [part.split() for part in " ".join(words).split(f" {lp.voice.speakers_and} ") if part]
    heads = {part[-1]: part[-2] if len(part) > 1 else "" for part in parts}  # head: the word before it
    if any(h in lp.voice.body_nouns or h in lp.sources.unnamed_heads or not agent_word(h, lp) for h in heads):
        return ""
    def named(texts: list[str]) -> set[str]:  # "the housing minister" is not "Prime Minister Lena Dorsk"
        return {re.sub(r"[’']s?$", "", m.group(2).strip()) for text in texts for h, modifier in heads.items()
                for m in re.finditer(rf"(?:\b([A-Z][\w-]*)\s+)?\b(?i:{re.escape(h)})\s+((?:[A-Z][\w’'-]+\s?){{2,3}})",
                                     text)
                if not (modifier and m.group(1) and m.group(1).lower() != modifier)}
    names = named(whole)
    return names.pop() if len(names) == 1 and named(before) else ""


def opening_group(toks, lp: LanguagePack) -> str:
    """The group a sentence opens with as its subject, past a short lead ("Minutes later,
    Bloomington Police saw the car …", "Mark and Condon have axed …", "Fire crews fought …"):
    names joined by "and", a plural noun's phrase or a police force; "" for anyone else. A
    "they" in the next sentence may stand for it (voice.py)."""
    found = clause_subject(toks, len(toks), lp)
    comma = next((i for i, t in enumerate(toks[:LEAD_WORDS + 1]) if t[0] == ","), None)
    if not found and comma is not None:  # "Minutes later, Bloomington Police saw …": past a short lead
        found = clause_subject(toks[comma + 1:], len(toks) - comma - 1, lp)
    if not found:
        return ""
    phrase = found[0]
    words = [t for t, _, _ in phrase]
    joined = lp.voice.speakers_and in words and words[0][:1].isupper() and words[-1][:1].isupper()
    if joined or plural_group(phrase, lp) or words[-1].lower() in lp.voice.plural_bodies:
        return speaker_text(phrase, lp)
    return ""
