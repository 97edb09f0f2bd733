"""A named person's age as a typed slot ("Robert Buckley, 32" / "31-year-old Robert Buckley"):
one figure two outlets give for one person that cannot both be right. Split from slots.py, which
reads every other slot; keyed by the person's name (`AGE_SLOT` + name)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..models import Sentence
from .event_date import EventDate, other_event
from .language import LanguagePack, pack_for
from .names import is_given_name
from .numbers import tokens
from .slot_value import SlotValue

# A run of capitalised words, with middle initials ("Dirk A. Kempthorne"): a name's candidate.
_NAME_RUN = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+)*")
AGE_SLOT = "age of "


def _person_key(run: str, pack: LanguagePack) -> str:
    """A person's name as an age slot keys it: the surname and the given name before it, less
    title and role words and generation suffixes ("Police Inspector Dave Gaskin" → "Dave Gaskin",
    "Englishman Robert Buckley" → "Robert Buckley", "Deputy Ortiz" → "Ortiz"); "" for a
    possessive or a word that is no name (a month, "The")."""
    words = [w for w in run.split() if w not in pack.slots.generation_suffixes and not re.fullmatch(r"\w\.", w)]
    if not words or words[-1].endswith(("’s", "'s", "'", "’")) or any(c.isdigit() for c in run):
        return ""
    titles = pack.naming.title_words | pack.sources.role_words
    keep: list[str] = []
    for w in reversed(words):
        if len(keep) == 2 or w.lower().rstrip(".") in titles or w.lower() in titles:
            break
        keep.insert(0, w)
    if not keep or any(w in pack.naming.stop_caps or w.lower() in pack.slots.months
                       or w.lower() in pack.slots.weekdays for w in keep):
        return ""
    return " ".join(keep)


def ages(sent: Sentence, when: EventDate, pronoun_of: str = "") -> list[SlotValue]:
    """A named person's age (`slots.age_after_name`, `slots.age_before_name`), keyed by the name:
    the one figure two outlets give for one person that cannot both be right ("Robert Buckley,
    32" / "31-year-old Robert Buckley", ECB+ 23_ecbplus); a late "…, aged 79." or "at the age of
    79" is the age of the sentence's subject, and "She was 78." the age of `pronoun_of`, the person
    the sentence before named as its subject (`subject_name`). Another time's age
    ("then-15-year-old") and an age in a sentence about another year or another event are left out,
    as for every slot; another month is not another time for an age ("Karl Benn, 34, was jailed … for
    the murder of Anna Roe, who was stabbed … last June": the age is the sentencing's)."""
    pack = pack_for(sent.language)
    lang = pack.slots
    text = sent.text
    when = replace(when, month=None)
    tag = pack.word_tag or (lambda word: None)
    words = tokens(text)
    out = []
    for m in _NAME_RUN.finditer(text):
        after = lang.age_after_name.match(text[m.end():])
        before = lang.age_before_name.search(text[:m.start()]) if not after else None
        if before is not None:
            marker = (before.group(1) or "").strip(" -").lower()
            following = re.match(r"\s+([a-z]+)", text[m.end():])
            if marker in lang.age_past or (following and tag(following.group(1)) in ("NN", "NNS")) \
                    or any(tag(w) not in lang.age_between_tags for w in before.group(3).split() if tag(w)):
                continue  # "then-15-year-old", "a 38-year-old Troy resident", "a 61-year-old man in Canada"
        figure = next((g for g in after.groups() if g), None) if after else before.group(2) if before else None
        preceding = re.search(r"(\w+)\s+$", text[:m.start()])
        if figure is None or preceding and preceding.group(1).lower() in lang.age_place_before:
            continue
        age = int(figure)
        key = _person_key(m.group(0), pack)
        at = len(tokens(text[:m.start()]))
        if not key or not 0 < age < 120 or other_event(words, at, at + 1, when, text, lang.months, lang):
            continue
        out.append(SlotValue(AGE_SLOT + key, "number", sent.source, str(age), age, age, text))
    if out:
        return out
    late = lang.age_late.search(text)
    lows = {w.lower() for w in tokens(text[:late.start()])} if late else set()
    if late and (lows & pack.attribution_verbs or lows & (lang.kin_nouns | {k + "s" for k in lang.kin_nouns})):
        late = None  # "Lena Marsh said her mother had died, aged 99": another's words, or a relative's age;
        # a frame after the age is the source of the subject's age ("… has died at the age of 84, his family said")
    subject = _subject_key(text, pack) if late else ""
    if late and subject and not other_event(words, 0, len(words), when, text, lang.months, lang):
        out.append(SlotValue(AGE_SLOT + subject, "number", sent.source, late.group(1), int(late.group(1)),
                             int(late.group(1)), text))  # "Lena Marsh has been found dead …, aged 79."
    said = lang.age_pronoun.match(text) or lang.age_opening.match(text)
    if said and pronoun_of and 0 < int(said.group(1)) < 120:
        out.append(SlotValue(AGE_SLOT + pronoun_of, "number", sent.source, said.group(1), int(said.group(1)),
                             int(said.group(1)), text))  # "She was 78."
    return out


def _subject_key(text: str, pack: LanguagePack) -> str:
    """The person a sentence opens with as its subject ("Lena Marsh has died", "Troubled soul queen
    Lena Marsh has been found dead": titles and descriptors before the name aside), keyed as
    `_person_key` keys it; "" when the sentence opens otherwise, or with a possessive ("Marsh's
    mother died …")."""
    tag = pack.word_tag or (lambda word: None)
    for m in _NAME_RUN.finditer(text):
        before = text[:m.start()].split()
        if any(w[:1].isupper() and not (i == 0 and tag(w.lower())) or not w.isalpha() for i, w in enumerate(before)) \
                or len(before) > 3 or any(w.lower() in pack.naming.prepositions for w in before):
            # ("The son of Lena Marsh died, aged 50": the son's age)
            return ""  # another name, a figure or a mark first: not the sentence's subject
        run = m.group(0)
        if m.start() == 0 and " " not in run and tag(run.lower()):
            continue  # "Troubled" opening the sentence: a word of the lexicon, not a name
        if m.start() == 0 and tag(run.split()[0].lower()) and len(run.split()) > 2:
            run = run.split(" ", 1)[1]  # "Singer Lena Marsh": the role word capitalised by the sentence
        rest = text[m.end():]
        if rest.startswith(("'s", "’s", "'", "’")):
            return ""
        return _person_key(run, pack)
    return ""


def subject_name(previous: Sentence | None, sent: Sentence) -> str:
    """The person the sentence right before `sent` in the same report opens with, when `sent` gives
    an age by pronoun ("Lena Marsh … has died at her home. She was 78."), or the one person it
    names when `sent` opens with an age ("Real Sarno have sold Luis Ortega to Calder City. The
    23-year-old leaves …": `lone_person`); "" otherwise."""
    if previous is None or previous.article_id != sent.article_id or previous.index != sent.index - 1:
        return ""
    pack = pack_for(sent.language)
    if pack.slots.age_opening.match(sent.text):
        return lone_person(previous.text, sent.text, pack)
    if not pack.slots.age_pronoun.match(sent.text):
        return ""
    return _subject_key(previous.text, pack)


def lone_person(previous: str, text: str, pack: LanguagePack) -> str:
    """The one person `previous` names, a given name then a surname ("Luis Ortega"; clubs, firms and
    places are no given names), keyed as `_person_key` keys it; "" when it names none or several,
    or `text` names anyone past its opening (the age may be theirs)."""
    if any(m.start() > 0 for m in _NAME_RUN.finditer(text)):
        return ""
    people = {key for m in _NAME_RUN.finditer(previous)
              if len((key := _person_key(m.group(0), pack)).split()) == 2 and is_given_name(key.split()[0])}
    return people.pop() if len(people) == 1 else ""


def ages_by_full_name(values: list[SlotValue], sentences: list[Sentence]) -> list[SlotValue]:
    """Age slots keyed by a surname alone ("Orozco, 27") joined to the one two-word name of the
    event that ends with it ("Jose Luis Orozco, 29"); dropped when several do (a deputy and his
    son, "Ortiz, 35" and "Jeremy Ortiz, 17"), since the figure could be either's, and when none
    does, since a lone capitalised word may be no person at all."""
    found = [v for v in values if v.slot.startswith(AGE_SLOT)]
    if not found:
        return values
    full: set[str] = set()
    for sent in sentences:
        pack = pack_for(sent.language)
        for m in _NAME_RUN.finditer(sent.text):
            key = _person_key(m.group(0), pack)
            if len(key.split()) == 2:
                full.add(key)
    out = [v for v in values if not v.slot.startswith(AGE_SLOT)]
    for v in found:
        name = v.slot[len(AGE_SLOT):]
        if len(name.split()) == 1:
            fits = sorted(f for f in full if f.split()[-1] == name)
            if len(fits) != 1:
                continue  # one word that ends no full name may be a place or a nationality ("the 41-year-old American")
            v = SlotValue(AGE_SLOT + fits[0], v.kind, v.source, v.value, v.low, v.high, v.sentence)
        out.append(v)
    return out
