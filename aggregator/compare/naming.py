"""Naming phrases: how one outlet names a referent, found by a rule chunker checked by a tagger.

The labels (compare/labels.py) are built from what this finds, each `Naming` saying which way
(`method`):

- against a name several outlets share: the descriptor written before it ("perennial party girl
  Tara Reid", "Japan's Prime Minister Sanae Takaichi"), its appositive ("Taiwan, a self-ruled
  island …"), "Name is a …", or the head noun it carries ("China's Taiwan region"; not "the
  Nixon administration", which names a government);
- in aligned facts: two sentences of one fact are aligned token by token (difflib on stemmed
  words); a changed span that lies inside one noun phrase on each side, with shared words on both
  sides of it, names the same thing in the same place of the same statement ("exports of dual-use
  goods to Japan" / "export of dual-use items to Japan").

Noun phrases come from a small rule chunker over the closed word lists of the event's language
pack (`NamingWords`; English: `lexicon`, section "Naming") and the event's own text (a word that
follows "he", "she", "they", "has" or a modal anywhere in the event's reports is a verb); the
pack's tagger (English: Pattern's Brill tagger; `phrases`; a pack without one gets no descriptors
of names) then checks each descriptor of a name: a noun phrase with a noun head and no finite
verb, written before a name of two words or more and starting after the last word that cannot be
inside a noun phrase ("or threaten China's …" gives nothing), or in apposition. Candidates are
dropped when they hold a verb, are longer than `LABEL_MAX_WORDS`, are a pronoun, a bare name, an
adjective or a number, or come from a headline (no closing punctuation, title case). `same_naming`
(naming_phrases.py) says when two phrases differ only by inflection, case, spelling or a figure.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ..models import Fact, Sentence
from . import phrases
from .descriptor_tags import (
    ADJECTIVE_METHOD,
    OWNER_METHOD,
    PLACE_KIND_METHOD,
    STANCE_METHOD,
    adjectives_before,
    firm_title,
    nominal_adjective,
    owner_before,
    tag_checked,
    takes_a_side,
)
from .group_names import MEMBERS_METHOD, SUBJECT_METHOD, first_word, group_noun_after, group_subjects, members_before
from .language import ENGLISH, LanguagePack, NamingWords
from .lexicon import is_date_word
from .name_runs import Tok, known_suffix, name_keys, name_runs, name_text, tokenize, untitled
from .naming_phrases import head_word, names_differ, same_naming, telling
from .params import (
    APPOSITIVE_MAX_TOKENS,
    LABEL_MAX_WORDS,
    LABEL_MIN_OUTLETS,
    LABEL_NAME_SHARE,
    LABEL_PAIR_PARTNERS,
)
from .speaker_heads import agent_word


@dataclass(frozen=True)
class Naming:
    """One outlet's phrase for a referent, with where it was found and how."""

    referent: str  # the key the rows of one referent share (a name's key, or an aligned pair's)
    display: str  # what the rows are headed by
    source: str
    phrase: str
    sentence: Sentence
    start: int
    end: int
    method: str


def headline(text: str, pack: LanguagePack = ENGLISH) -> bool:
    """A headline or fragment, not a story sentence: no closing punctuation, or title case (no
    lower-case word of four letters or more that is not a function word: "China Bans Exports Of
    Dual-Use Goods To Japan"; a sentence full of names still has its verb in lower case), by the
    sentence ends and title-case rule of `pack` (`NamingWords`)."""
    nw = pack.naming
    stripped = text.rstrip()
    if not stripped.endswith(nw.sentence_ends):
        return True
    if not nw.title_case_headlines:
        return False
    words = nw.headline_word.findall(stripped)
    lower = [w for w in words if w[:1].islower() and len(w) >= 4 and w.lower() not in nw.closed]
    return len(words) >= 4 and not lower


def adjectival(word: str, nw: NamingWords = ENGLISH.naming) -> bool:
    """A word that cannot head a naming phrase: an adjective by list or ending, a participle, a
    figure ("annual", "popular", "first-time", "least-watched", "26-year-old")."""
    low = word.lower().replace("’", "'")
    last = low.rsplit("-", 1)[-1]
    return (low in nw.adjectives or last in nw.adjectives or any(ch.isdigit() for ch in last)
            or (last.endswith(nw.adjective_endings) and low not in nw.title_words and last not in nw.title_words))


@dataclass(frozen=True)
class Grammar:
    """The closed lists of a language pack (`pack.naming`, and `pack.voice` for the verbs of
    saying and speaker nouns) plus the verbs of one event's reports (words seen after a subject
    pronoun, a modal or "has"), so "replace", "hire" and "felt" end a phrase."""

    verbs: frozenset[str]
    nouns: frozenset[str] = frozenset()  # words seen after a determiner
    pack: LanguagePack = ENGLISH
    # each sentence's tokens and keys, once per sentence, not per pair (issue 23: 24 of 70 s at 300 reports)
    keyed: dict[str, tuple[tuple[Tok, ...], tuple[str, ...]]] = field(default_factory=dict, compare=False,
                                                                      hash=False, repr=False)

    @classmethod
    def of(cls, sentences: list[Sentence], pack: LanguagePack = ENGLISH) -> Grammar:
        nw = pack.naming
        seen: set[str] = set()
        nouns: set[str] = set()
        for s in sentences:
            toks = [t.low for t in tokenize(s.text)]
            seen.update(b for a, b in zip(toks, toks[1:]) if a in nw.verb_cues and b.isalpha() and b not in nw.closed)
            nouns.update(b for a, b in zip(toks, toks[1:]) if a in nw.determiners)
        return cls(frozenset(seen - nouns), frozenset(nouns), pack)  # "her party life": "party" is no verb here

    # --- noun phrases ----------------------------------------------------------------------

    def verb_like(self, toks: list[Tok], i: int) -> bool:
        """A verb, told by list, by the event's text and by position: an -ed/-ing word is a
        modifier only inside a phrase ("a self-ruled island", "the deadlocked jury",
        "internationally renowned movie star"), before a lower-case word."""
        nw = self.pack.naming
        low = toks[i].low
        if low in nw.verb_words or low in self.pack.voice.reporting_verbs \
                or (low in self.verbs and not toks[i].text[:1].isupper()):
            return True
        prev = toks[i - 1].low if i > 0 else ""
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if prev == nw.to_word and nxt is not None and nxt.word and low not in self.nouns and not adjectival(low, nw) \
                and not (self.pack.word_tag is not None and self.pack.word_tag(low) == "JJ"):
            return True  # "to enhance military strength" (not "an offer to free agent first baseman …")
        if prev.endswith(nw.adverb_endings) and prev not in nw.ly_nouns and not low.endswith(nw.participle_endings) \
                and nxt is not None and (nxt.text[:1].isupper() or nxt.low in nw.determiners):
            return True  # "openly challenge China's …"
        if nxt is not None and (nxt.low in nw.determiners or nxt.low in nw.pronouns or nxt.text[:1].isupper()) and (
                prev == nw.to_word or i > 1 and (toks[i - 1].text[:1].isupper() or prev in nw.pronouns)
                and toks[i].text[:1].islower()
                and low.endswith(nw.verb_endings) and not low.endswith(nw.not_verb_endings)):
            return True  # "to replace Cheeks", "to reveal her reason", "Stefanski moves Cheeks"
        if not low.endswith(nw.participle_endings) or len(low) < 5 or "-" in low:
            return False
        if nxt is None or not nxt.word or not nxt.text[:1].islower() or nxt.low in nw.closed:
            return True
        if i == 0 or prev in nw.articles or prev.endswith("'s") or prev.endswith(nw.adverb_endings):
            return False  # "the deadlocked jury", "internationally renowned movie star"
        if low.endswith(nw.gerund_endings):  # "after hiring former lawyer …", not "a former mining engineer"
            return not (self.pack.word_tag is not None and "JJ" in (self.pack.word_tag(prev),
                                                                     self.pack.word_tag(toks[i - 1].text))
                        and (i == 1 or toks[i - 2].low in nw.articles))  # "British housing minister"
        # an -ed word before a noun is a verb after its subject ("76ers fired coach", "has fired",
        # "she signed", "that signed forward"), a modifier after anything else ("how convicted
        # rapist …", ", convicted rapist …", "into court-mandated rehab")
        return prev in nw.auxiliaries or prev in nw.pronouns or prev in nw.verb_cues or self.np_token_plain(toks, i - 1)

    def np_token_plain(self, toks: list[Tok], i: int) -> bool:
        """A word that can be part of a noun phrase by the lists alone (no look at its neighbours)."""
        t = toks[i]
        return t.word and t.low not in self.pack.naming.closed and not is_date_word(t.text, self.pack.slots) \
            and t.low not in self.pack.naming.verb_words

    def np_token(self, toks: list[Tok], i: int) -> bool:
        t, nw = toks[i], self.pack.naming
        closed = nw.closed
        if t.low in nw.superlative_adverbs and 0 < i < len(toks) - 1 and toks[i + 1].word \
                and toks[i + 1].text[:1].islower() and toks[i + 1].low not in closed \
                and (toks[i - 1].low in nw.articles or toks[i - 1].low.endswith(("'s", "’s"))):
            return True  # "the country's most popular opposition figure": a superlative inside the phrase
        adverb = t.low.endswith(nw.adverb_endings) and len(t.low) > 4 and t.low not in nw.ly_nouns \
            and t.text[:1].islower()
        return t.word and t.low not in closed and re.sub(r"'s$", "", t.low) not in closed and not adverb \
            and not self.verb_like(toks, i) and not is_date_word(t.text, self.pack.slots)

    def np_at(self, toks: list[Tok], i: int) -> tuple[int, int] | None:
        """The noun phrase [a, b) holding token i (determiners left out), or None when i is not in
        one. A phrase breaks where a lower-case word meets a capitalised one ("island Beijing claims")."""
        if i >= len(toks) or not self.np_token(toks, i):
            return None
        a = i
        while a > 0 and self.np_token(toks, a - 1) and not _case_break(toks[a - 1], toks[a]):
            a -= 1
        b = i + 1
        while b < len(toks) and self.np_token(toks, b) and not _case_break(toks[b - 1], toks[b]):
            b += 1
        return a, b

    def clause_or_long(self, phrase: str) -> bool:
        toks = tokenize(phrase)
        words = [t for t in toks if t.word]
        return len(words) > LABEL_MAX_WORDS or any(self.verb_like(toks, k) for k in range(len(toks)) if toks[k].word)

    # --- descriptors of shared names ---------------------------------------------------------

    def name_descriptors(self, sentences: list[Sentence]) -> list[Naming]:
        """The descriptor each outlet writes with a name that at least two outlets use; none when
        the pack has no tagger to check them (precision first)."""
        nw = self.pack.naming
        if self.pack.tagger is None:
            return []
        counts: Counter = Counter()
        for s in sentences:
            counts.update(name_text(run) for run in name_runs(tokenize(s.text), nw))
        keys = name_keys(counts, nw)
        forms: dict[str, Counter] = defaultdict(Counter)
        outlets: dict[str, set[str]] = defaultdict(set)
        for s in sentences:
            for run in name_runs(tokenize(s.text), nw):
                name = name_text(run)
                forms[keys[name]][name] += 1
                outlets[keys[name]].add(s.source)
        need = max(LABEL_MIN_OUTLETS, math.ceil(LABEL_NAME_SHARE * len({s.source for s in sentences})))
        # the commonest form of two words or more: "Tara Reid", not "Reid", nor a film's "Notorious
        # Bettie Page" that two reports mention
        usual = {key: untitled(max(c, key=lambda f: (c[f] >= 2, " " in f, c[f], len(f.split()))), self.pack)
                 for key, c in forms.items()}
        out: list[Naming] = []
        for s in sentences:
            toks = tokenize(s.text)
            for run in name_runs(toks, nw):
                key = keys[name_text(run)]
                if len(outlets[key]) < need or key.lower() in nw.demonyms or key.endswith(nw.demonym_endings):
                    continue  # a side character (few outlets name them), or a demonym
                a, b = toks.index(run[0]), toks.index(run[-1]) + 1
                first = next(i for i, t in enumerate(toks) if t.word)
                if a == first:
                    a = toks.index(run[-known_suffix(run, counts)])  # "Actress Tara Reid" opening a sentence
                if " " in key and name_text(run) != key and name_text(run).endswith(" " + key):
                    a = toks.index(run[-len(key.split())])  # "Superior Court Judge James Bodiford": the last two
                if b < len(toks) - 1 and toks[b].low == nw.and_word and toks[a - 1].low.endswith(nw.plural_endings):
                    continue  # "young stars Andre Iguodala and Thaddeus Young": two people
                for (x, y), method in self._around(toks, a, b):
                    checked = tag_checked(toks, x, y, a, method, " " in key, self.pack)
                    if checked is None:
                        continue
                    x = checked
                    phrase = s.text[toks[x].start:toks[y - 1].end]
                    bare = phrase.replace(s.text[toks[a].start:toks[b - 1].end], " ")
                    if x == first and toks[x].text[1:].islower() and self.pack.word_tag is not None \
                            and (self.pack.word_tag(toks[x].low) or b - a >= 2
                                 and toks[x].low.endswith(self.pack.voice.agent_endings)) \
                            and phrases.common_noun(toks[x].text, "NNP", self.pack.tagger, nw):
                        bare = bare.replace(toks[x].text, toks[x].low, 1)  # "Suspect Karim Vell" opening it;
                        # "Rapper Jay Kane": an agent's noun the lexicon lacks, before a full name
                    measured = phrase if method != MEMBERS_METHOD else bare.replace("  ", " Name ")  # name: a word
                    if (telling(bare, self.pack) or method == OWNER_METHOD) and (
                            method in ("modifier before a name", OWNER_METHOD)  # one word of a form ("occupied")
                            or not self.clause_or_long(measured)):
                        out.append(Naming(key, usual[key], s.source, phrase, s, toks[x].start, toks[y - 1].end,
                                          method))
        return out

    def _around(self, toks: list[Tok], a: int, b: int) -> list[tuple[tuple[int, int], str]]:
        """Descriptor spans of the name toks[a:b]: before it, its appositive, "is a …", a head noun."""
        nw = self.pack.naming
        out: list[tuple[tuple[int, int], str]] = []
        possessor = toks[b - 1].low.endswith("'s")  # "Reid's rep": what follows is not hers
        modifier = possessor or b < len(toks) and toks[b].word and toks[b].text[:1].islower() \
            and self.np_token(toks, b) and (toks[b].low in self.nouns or toks[b].low in nw.head_nouns)
        # "Oscar party", not "Miller spoke"
        x = a
        while x > 0 and a - x < LABEL_MAX_WORDS and (toks[x - 1].low not in nw.starters and (
                self.np_token(toks, x - 1) or toks[x - 1].low in nw.title_words)
                or toks[x - 1].low == nw.and_word and x > 1 and x < a and self.np_token(toks, x - 2)
                and toks[x].text[:1].islower()
                and (toks[x - 2].low in nw.title_words or self._role_noun(toks[x - 2].low))):
            x -= 1  # "American Pie actress and former travel reporter Tara Reid"; not "LaRue and deputy …",
            # "over the weekend and coach Sean Payton said"
        if x < a - 1 and toks[x].text in nw.time_nouns:
            x += 1  # "and this time referee Sam Williams stopped it": "this time" says when
        if x < a and (possessor or not modifier) and (not self._adjective_head(toks[a - 1].text)
                                                      or firm_title(toks[a - 1].low, nw)) \
                and (not toks[a - 1].low.endswith(nw.plural_endings) or toks[a - 1].low.endswith(nw.singular_endings)) \
                and not toks[a - 1].low.endswith("'s"):
            out.append(((x, a), "title before a name"))
        if a > 2 and toks[a - 1].low == nw.of_word and toks[a - 2].low in nw.place_kind_nouns:
            start = a - 2
            while start > 0 and a - 1 - start < LABEL_MAX_WORDS and toks[start - 1].text[:1].islower() and (
                    self.np_token(toks, start - 1) or toks[start - 1].low.endswith(nw.adverb_endings)
                    and toks[start].low.endswith(nw.past_participle_endings)):  # "temporarily occupied"
                start -= 1
            status = any(t.low in nw.place_status_words or t.low.endswith(nw.place_status_endings)
                         for t in toks[start:a - 2])
            if start < a - 2 and toks[start - 1].low in nw.appositive_articles and status:
                out.append(((start, a - 1), PLACE_KIND_METHOD))  # "the temporarily occupied city of Lorva"
        if a > 0 and (nw.name_modifier.fullmatch(toks[a - 1].text)
                      or nw.status_before_name.fullmatch(toks[a - 1].text)):
            out.append(((a - 1, a), "modifier before a name"))  # "Russian-occupied Crimea", "Iran-backed Houthis",
            # "occupied Sarn"
        if owner_before(toks, a, b, nw):
            out.append(((a - 1, b), OWNER_METHOD))  # "Ostmark's Selin Islands"
        if adjectives_before(toks, x, a, b, self.pack):
            out.append(((x, a), ADJECTIVE_METHOD))  # "the far-right Homeland Party"
        if modifier and not possessor and toks[b].low in nw.classifier_nouns \
                and not (b + 2 < len(toks) and toks[b + 1].low == nw.of_word and toks[b + 2].text[:1].isupper()) \
                and not (a > 0 and toks[a - 1].low in nw.appositive_articles - {nw.definite_article}):
            # (not "the Persian Gulf island of Qeshm", whose island is Qeshm, nor "a Gulf island", one of many)
            whose = a - 1 if a > 0 and toks[a - 1].low.endswith("'s") and toks[a - 1].text[:1].isupper() else a
            out.append(((whose, b + 1), "name with a head noun"))  # "China's Taiwan region"
        opens = x == first_word(toks) or toks[x - 1].low in nw.prepositions | {nw.definite_article, nw.and_word} \
            or toks[x - 1].text[:1].isdigit()  # "the Houthi rebels", "Kavar Front insurgents captured", "12 Hamas …",
        # "between the army and Kavar Front insurgents", "attacked by Hamas militants"
        group = group_noun_after(self, toks, b) if not possessor and opens else None
        if group is not None:
            out.append(((x, group + 1), "name with a head noun"))  # "the terrorist Rapid Support Forces militia"
        members = members_before(self, toks, a)
        if members is not None and not possessor:
            out.append(((members, b), MEMBERS_METHOD))  # "Fighters of the Kavar Liberation Front"
        k = b
        if k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].text[:1].isdigit() and toks[k + 2].text == ",":
            k += 2  # "Reid, 33, …"
        before = a
        while before > 0 and (toks[before - 1].low.rstrip(".") in nw.honorifics
                              or toks[before - 1].low in nw.title_words or toks[before - 1].text == "."):
            before -= 1  # "For Mr. Gigante": the preposition is before the honorific
        first = next((i for i in range(before) if toks[i].word), None)
        fronted = before > 0 and toks[before - 1].low in nw.prepositions \
            and (before == 1 or toks[before - 2].text in ",;:") \
            or first is not None and (toks[first].low in nw.prepositions or tuple(
                t.low for t in toks[first:first + 2]) == self.pack.voice.according_to) \
            and not any(t.text in ",;:" for t in toks[first:before])  # "On sighting the ship and Mysore, the boats …",
        # "According to fire chief Tomas Varga, the fire started …"
        possessive = _possessor_opens(toks, k + 1)  # "Scott Boras, Teixeira's agent, …"
        if not possessor and k + 1 < len(toks) and toks[k].text == "," \
                and (toks[k + 1].low in nw.appositive_articles or k > b or possessive
                     or toks[k + 1].low in self.pack.voice.role_words and k + 2 < len(toks)
                     and toks[k + 2].low in nw.prepositions):  # "Ismail Haniyeh, head of the …," (not "…, coach Roy")
            span = self._phrase_after(toks, k + 1)
            after = toks[span[1]] if span and span[1] < len(toks) else None
            if span and possessive and not (after is not None and (after.text == "," or after.low in nw.prepositions)):
                span = None  # "the Gulf of Aden, Yemen's official news agency SABA reported": no appositive
            if span and toks[span[0]].low not in nw.appositive_heads_to_skip \
                    and not (after and after.low in self.pack.voice.reporting_verbs
                             and not (span[1] + 1 < len(toks) and toks[span[1] + 1].low == nw.of_word)) \
                    and not (fronted and not self._closed(toks, span[1])):
                # not "… by the Red Sox, a source said" (a speaker; "a politician accused of …" is
                # one's participle), nor "For Mr. Gigante, the guise
                # that he adopted …" (the subject after a fronted phrase); "In New Moon, the second
                # novel in the series, Bella …" is closed by its comma
                out.append((span, "appositive of a name"))
        if (span := self._set_off_after(toks, a, b)) is not None:
            out.append((span, "appositive of a name"))  # "A former nurse, Helen Crane, was …"
        if not possessor and b + 1 < len(toks) and toks[b].low in nw.copulas \
                and toks[b + 1].low in nw.appositive_articles:
            span = self._phrase_after(toks, b + 1)
            if span:
                out.append((span, "name is a …"))
        return out

    def _adjective_head(self, word: str) -> bool:
        """A word before a name that cannot head its title: adjectival by list or ending, unless the
        pack's tagger lexicon has it as a noun ("appliance giant Norvale", "a defendant": -ant is an
        adjective's ending in "significant", a noun's there)."""
        if not adjectival(word, self.pack.naming):
            return False
        low = word.lower()
        return low in self.pack.naming.adjectives or self.pack.word_tag is None or self.pack.word_tag(low) != "NN"

    def _role_noun(self, word: str) -> bool:
        """A noun of a person's role or trade, the first of two joined before a name ("actress and
        singer Jo Park"): a role word or a common noun with an agent ending ("comedian", "reporter";
        `speaker_heads.agent_word`, as a speaker's head is read); not a time noun ("over the summer
        and coach …")."""
        return agent_word(word, self.pack) and word not in self.pack.naming.time_nouns

    def _closed(self, toks: list[Tok], k: int) -> bool:
        """Whether a comma comes after toks[k:] before any finite verb (by the pack's tagger): an
        appositive closes ("In New Moon, the second novel in the series, Bella …"), a subject
        goes on to its verb ("For Mr. Gigante, the guise that he adopted … took …")."""
        end = next((i for i in range(k, len(toks)) if toks[i].text == ","), None)
        if end is None or self.pack.tagger is None:
            return False
        words = tuple(t.text for t in toks[k:end])
        return not any(tag in phrases.FINITE and w[:1].islower() for w, tag in zip(words, self.pack.tagger(words)))

    def _phrase_after(self, toks: list[Tok], k: int) -> tuple[int, int] | None:
        """The noun phrase starting at k (after an article), joined over "and"/"of", ending where a
        comma, a relative word or a participle follows: "the 1950s pinup and bondage model who …"."""
        nw = self.pack.naming
        article = k < len(toks) and toks[k].low in nw.appositive_articles
        k += article
        if k >= len(toks) or not self.np_token(toks, k):
            return None
        end = k
        while end < len(toks) and end - k < APPOSITIVE_MAX_TOKENS:
            if self.np_token(toks, end) and not (end > k and _case_break(toks[end - 1], toks[end])
                                                 and toks[end].low not in nw.affiliations):  # "a devout Catholic"
                end += 1
            elif end > k and all(t.low != nw.of_word for t in toks[k:end]) \
                    and (noun := self._name_inside(toks, end)) is not None:
                end = noun + 1  # "the onetime Silicon Valley wunderkind,", not "leader of the breakaway Dorsk region,"
            elif toks[end].low in (nw.and_word, nw.of_word) and end + 1 < len(toks) and self.np_token(toks, end + 1) \
                    and toks[end + 1].text[:1].islower():
                end += 2
            elif toks[end].low == nw.of_word and end + 2 < len(toks) and toks[end + 1].low in nw.articles \
                    and self.np_token(toks, end + 2):
                end += 3
            else:
                break
        if end + 1 < len(toks) and toks[end].low == nw.of_word and toks[end + 1].low in nw.articles:
            return None  # "the creator of the “Family Guy” show": "creator" alone is cut from what it is of
            # (not "the home church of Alaska Gov. Sarah Palin": a name after "of" says whose)
        ofs = [i for i in range(k + 1, end) if toks[i].low == nw.of_word]
        if ofs and end < len(toks) and toks[end].word and toks[end].text[:1].isupper():
            run = end
            while run < len(toks) and toks[run].word and toks[run].text[:1].isupper():
                run += 1
            if run - end <= 3 and (run == len(toks) or not toks[run].word):
                end = run  # "the leader of the nationalist Homeland Party,": the name ends the phrase
            else:
                end = ofs[-1]  # "the self-proclaimed leader of the breakaway Dorsk region": not "… of the breakaway"
        after = toks[end] if end < len(toks) else None
        if after is not None and after.word and after.low not in nw.relatives and after.low not in nw.prepositions \
                and after.low not in nw.conjunctions and not after.text[:1].isupper() \
                and not after.low.endswith(nw.past_participle_endings) and after.low not in nw.verb_words:
            return None  # the phrase runs on into a clause: not an appositive
        head = self._head_tag(toks[k:end])
        nominal = (head in ("JJ", "NN", "NNS") or toks[end - 1].low in nw.affiliations) \
            and nominal_adjective(toks, k, end, article)  # "a hardline conservative,", "a devout Catholic,"
        if (adjectival(toks[end - 1].text, nw) or head.startswith("JJ")) and not nominal:
            return None  # "found Orozco, 29, guilty of …", "X, the youngest, …": an adjective, no naming
        return k, end

    def _set_off_after(self, toks: list[Tok], a: int, b: int) -> tuple[int, int] | None:
        """The noun phrase a name between commas stands after, when it opens the sentence or
        follows a verb of saying: "A former nurse, Helen Crane, was …", "…, said his lawyer, Ellen
        Broder." Not "After the meeting, John Smith, …" (a phrase after a preposition)."""
        nw = self.pack.naming
        if a < 3 or toks[a - 1].text != "," or b >= len(toks) or toks[b].text not in (",", "."):
            return None
        start = a - 1
        while start > 0 and (self.np_token(toks, start - 1) and not _case_break(toks[start - 1], toks[start])
                             or _plural_possessive(toks, start - 1) and self.np_token(toks, start - 2)):
            start -= 1  # "The rebels' leader, Anton Ruslan, …": the apostrophe is a token of its own
        det = start - 1  # a name's possessive may be the determiner: "Orvania's leader, Mira Tal, said"
        det = start if toks[start].text[:1].isupper() and toks[start].low.endswith(("'s", "’s")) and start < a - 2 \
            else det
        if det < 0 or start == a - 1 or a - 1 - start > LABEL_MAX_WORDS or not (det == start or
                toks[det].low in nw.appositive_articles or toks[det].low in self.pack.voice.possessive_determiners) \
                or not (det == 0 or toks[det - 1].low in self.pack.voice.reporting_verbs) \
                or self._head_tag(toks[det:a - 1]) not in ("NN", "NNS") or adjectival(toks[a - 2].text, nw):
            return None
        return start, a - 1

    def _name_inside(self, toks: list[Tok], i: int) -> int | None:
        """Where the head noun is when a capitalised run at i modifies it and the phrase ends right
        after it (a comma, a relative word, the sentence's end): "onetime Silicon Valley wunderkind,".
        Not "island Beijing claims as …", where the word after the name runs on into a clause."""
        nw, tag = self.pack.naming, self.pack.word_tag
        c = i
        while c < len(toks) and toks[c].word and toks[c].text[:1].isupper() and self.np_token(toks, c):
            c += 1
        if c == i or c >= len(toks) or tag is None or not self.np_token(toks, c) or not toks[c].text[:1].islower() \
                or tag(toks[c].low) not in ("NN", "NNS", None):  # (a word the lexicon lacks is most often a noun)
            return None
        after = toks[c + 1] if c + 1 < len(toks) else None
        return c if after is None or after.text in ",;." or after.low in nw.relatives else None

    def _head_tag(self, phrase: list[Tok]) -> str:
        """The pack's tagger's tag of the head of a phrase (its last word before "of"; "" without a
        tagger): an adjective's ("guilty of murder") names nothing."""
        head = next((i for i, t in enumerate(phrase) if t.low == self.pack.naming.of_word), len(phrase))
        if self.pack.tagger is None or not head:
            return ""
        return self.pack.tagger(tuple(t.text for t in phrase[:head]))[-1]

    # --- naming differences in aligned sentences -----------------------------------------------

    def aligned_namings(self, facts: list[Fact]) -> list[Naming]:
        """Pairs of noun phrases in corresponding places of two sentences of one fact, or of two
        reports' first story sentences (each names the event's main act: "ban" / "export controls")."""
        out: list[Naming] = []
        firsts: dict[str, Sentence] = {}
        lead = (s for f in facts for s in f.sentences if not headline(s.text, self.pack))
        for s in sorted(lead, key=lambda s: s.index):
            firsts.setdefault(s.source, s)
        for fact in [*facts, Fact(id="lead", sentences=tuple(firsts.values()))]:
            sents = [s for s in fact.sentences if not headline(s.text, self.pack)]
            for i, sa in enumerate(sents):
                for sb in sents[i + 1:i + 1 + LABEL_PAIR_PARTNERS]:
                    if sa.source != sb.source:
                        out += self._pair_namings(fact.id, sa, sb)
        return out

    def _pair_namings(self, fact_id: str, sa: Sentence, sb: Sentence) -> list[Naming]:
        if sa.text == sb.text:
            return []  # copies: no word differs (issue 23: most pairs of a big event's facts)
        (toks_a, keys_a), (toks_b, keys_b) = self._keyed(sa.text), self._keyed(sb.text)
        pack, nw = self.pack, self.pack.naming
        ta, tb = list(toks_a), list(toks_b)
        out: list[Naming] = self._subjects(fact_id, sa, sb, (ta, keys_a), (tb, keys_b))
        ops = SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes()
        for n, (op, i1, i2, j1, j2) in enumerate(ops):
            if op != "replace" or n + 1 == len(ops):
                continue
            if not (n > 0 and _content(keys_a[i1 - 1], nw) or _content(keys_a[i2], nw)):
                continue  # not between shared content words: the sentences go separate ways here
            pa, pb = self._np_over(ta, i1, i2), self._np_over(tb, j1, j2)
            if not pa or not pb:
                pa, pb = self._np_sharing(ta, tb, i1, i2, j1, j2)
            if not pa or not pb:
                continue
            phrase_a = sa.text[ta[pa[0]].start:ta[pa[1] - 1].end]
            phrase_b = sb.text[tb[pb[0]].start:tb[pb[1] - 1].end]
            head_a, head_b = head_word(phrase_a), head_word(phrase_b)
            one_head = pack.stemmer(head_a) == pack.stemmer(head_b)
            stance = one_head and takes_a_side(phrase_a, phrase_b, nw)
            # one head, or a change opening the sentence: a label only when a modifier takes a side
            if (one_head or n == 0) and not stance \
                    or adjectival(head_a, nw) or adjectival(head_b, nw) \
                    or same_naming(phrase_a, phrase_b, pack) \
                    or not (telling(phrase_a, pack) and telling(phrase_b, pack)) or names_differ(phrase_a, phrase_b) \
                    or self.clause_or_long(phrase_a) or self.clause_or_long(phrase_b):
                continue
            ref = f"{fact_id}:{head_a}"
            display = head_a if stance else f"{head_a} / {head_b}"
            method = STANCE_METHOD if stance else "aligned sentences"
            out.append(Naming(ref, display, sa.source, phrase_a, sa, ta[pa[0]].start, ta[pa[1] - 1].end, method))
            out.append(Naming(ref, display, sb.source, phrase_b, sb, tb[pb[0]].start, tb[pb[1] - 1].end, method))
        return out

    def _subjects(self, fact_id: str, sa: Sentence, sb: Sentence, a: tuple[list[Tok], tuple[str, ...]],
                  b: tuple[list[Tok], tuple[str, ...]]) -> list[Naming]:
        """The group each sentence opens with, when both do and name it apart ("Islamist militants" /
        "Rebel fighters"): one group doing one thing. Only where the sentences share at least two
        content words besides the phrases (the place, the day). `a`, `b`: each sentence's tokens
        and keys (`_keyed`)."""
        (ta, keys_a), (tb, keys_b) = a, b
        spans = group_subjects(self, ta, tb)
        if spans is None:
            return []
        pa, pb = spans
        phrase_a = sa.text[ta[pa[0]].start:ta[pa[1] - 1].end]
        phrase_b = sb.text[tb[pb[0]].start:tb[pb[1] - 1].end]
        rest_a = {k for k in keys_a[pa[1]:] if _content(k, self.pack.naming)}
        rest_b = {k for k in keys_b[pb[1]:] if _content(k, self.pack.naming)}
        if same_naming(phrase_a, phrase_b, self.pack) or len(rest_a & rest_b) < 2:
            return []
        ref = f"{fact_id}:{SUBJECT_METHOD}"
        display = "the group the leads open with" if fact_id == "lead" else f"the group {fact_id} opens with"
        return [Naming(ref, display, sa.source, phrase_a, sa, ta[pa[0]].start, ta[pa[1] - 1].end, SUBJECT_METHOD),
                Naming(ref, display, sb.source, phrase_b, sb, tb[pb[0]].start, tb[pb[1] - 1].end, SUBJECT_METHOD)]

    def _keyed(self, text: str) -> tuple[tuple[Tok, ...], tuple[str, ...]]:
        if text not in self.keyed:
            toks = tuple(tokenize(text))
            self.keyed[text] = (toks, tuple(_key(t, self.pack) for t in toks))
        return self.keyed[text]

    def _np_sharing(self, ta: list[Tok], tb: list[Tok], i1: int, i2: int, j1: int, j2: int) -> tuple:
        """Phrases that hold a shared word next to the change on both sides: "dual-use goods that
        can serve …" / "dual-use items" meet on "dual-use", so the changed head is a naming."""
        for a, b, inside in ((i1, j1, (i1 - 1, j1 - 1)), (i2 - 1, j2 - 1, (i2, j2))):
            pa, pb = self.np_at(ta, a), self.np_at(tb, b)
            if pa and pb and pa[0] <= inside[0] < pa[1] and pb[0] <= inside[1] < pb[1] \
                    and ta[inside[0]].text[:1].islower() and pa[1] - pa[0] == pb[1] - pb[0] == 2:
                return pa, pb  # one shared modifier, two heads
            if pa and pb and inside == (pa[1] - 1, pb[1] - 1) and pa[0] < inside[0] and pb[0] < inside[1]:
                return pa, pb  # one shared head, modifiers apart: a label only when one takes a side
        return None, None

    def _np_over(self, toks: list[Tok], i1: int, i2: int) -> tuple[int, int] | None:
        """The one noun phrase covering the changed tokens [i1, i2); None when the change runs
        over a phrase's edge."""
        span = self.np_at(toks, i1)
        if span is None or not (span[0] <= i1 and i2 <= span[1]):
            return None
        return span


def _plural_possessive(toks: list[Tok], k: int) -> bool:
    """Whether toks[k] is the apostrophe of a plural possessive ("rebels' leader"), not a closing
    quotation mark: right after a word in -s, before a lower-case word, and no single quotation
    mark opens earlier in the sentence."""
    return 0 < k < len(toks) - 1 and toks[k].text in ("'", "’") and toks[k - 1].low.endswith("s") \
        and toks[k - 1].word and toks[k + 1].text[:1].islower() \
        and not any(t.text in ("'", "‘") for t in toks[:k - 1])


def _possessor_opens(toks: list[Tok], k: int) -> bool:
    """A name's possessive opening an appositive, a lower-case word after it ("Viktor Orban,
    Hungary's nationalist prime minister, …"): the possessive is the appositive's determiner."""
    return k + 1 < len(toks) and toks[k].text[:1].isupper() and toks[k].low.endswith(("'s", "’s")) \
        and toks[k + 1].text[:1].islower()


def _case_break(left: Tok, right: Tok) -> bool:
    return left.text[:1].islower() and right.text[:1].isupper() and not right.low.endswith("'s")


def _key(t: Tok, pack: LanguagePack = ENGLISH) -> str:
    low = re.sub(r"'s$", "", t.low)
    return pack.stemmer(pack.naming.spelling.get(low, low))


def _content(key: str, nw: NamingWords = ENGLISH.naming) -> bool:
    return key not in nw.closed and len(key) > 2 and key[:1].isalnum()
