"""Labels: how each outlet names the same referent — "militants" / "fighters", "ban" / "export controls".

A label is a noun phrase, never a clause or a headline fragment, found in one of two ways, and
each row says which (`method`):

- against a name several outlets share: the descriptor written before it ("perennial party girl
  Tara Reid", "Japan's Prime Minister Sanae Takaichi"), its appositive ("Taiwan, a self-ruled
  island …"), "Name is a …", or the head noun it carries ("China's Taiwan region");
- in aligned facts: two sentences of one fact are aligned token by token (difflib on stemmed
  words); a changed span that lies inside one noun phrase on each side, with shared words on both
  sides of it, names the same thing in the same place of the same statement ("exports of dual-use
  goods to Japan" / "export of dual-use items to Japan").

Noun phrases come from a small rule chunker over closed word lists (`lexicon`, section "Naming")
and the event's own text (a word that follows "he", "she", "they", "has" or a modal anywhere in
the event's reports is a verb); Pattern's Brill tagger (`phrases`) then checks each descriptor of
a name: a noun phrase with a noun head and no finite verb, written before a name of two words or
more and starting after the last word that cannot be inside a noun phrase ("or threaten China's
…" gives nothing), or in apposition. Candidates are dropped when they hold a verb, are longer than
`LABEL_MAX_WORDS`, are a pronoun, a bare name, an adjective or a number, come from a headline (no
closing punctuation, title case), lie inside a quotation nobody is named as saying, or differ
from the other outlet's only by inflection, case, spelling or a figure. Identical namings are not
listed. Each label carries the voice of its span: a quoted "China's Taiwan region" is the
speaker's naming, not the outlet's.

Precision first: each outlet gets one row per referent (the naming it uses most), and a row's
`confidence` is what its method measured on the labels benchmark, lower when no other outlet's
naming of the referent shares its head noun (a stray phrase of one outlet would pair with every
other row). Rows under `LABEL_MIN_CONFIDENCE` are not reported; "nothing notable" is an answer.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from ..models import Fact, Label, Sentence
from . import phrases
from .lexicon import (
    ADJECTIVE_ENDINGS,
    ADJECTIVES,
    ADVERBS,
    APPOSITIVE_HEADS_TO_SKIP,
    AUXILIARIES,
    CONJUNCTIONS,
    DEMONYMS,
    DETERMINERS,
    EMPTY_HEADS,
    HEAD_NOUNS,
    HONORIFICS,
    LY_NOUNS,
    ORDINALS,
    PERSON_TITLES,
    PREPOSITIONS,
    PRONOUNS_ALL,
    REPORTING_VERBS,
    SPEAKER_NOUNS,
    SPELLING,
    STARTERS,
    STOP_CAPS,
    TITLE_WORDS,
    VERB_CUES,
    VERB_WORDS,
    is_date_word,
)
from .overlap import stem
from .params import (
    APPOSITIVE_MAX_TOKENS,
    CONFIDENCE,
    CONFIDENCE_ALONE,
    LABEL_MAX_ROWS,
    LABEL_MAX_WORDS,
    LABEL_MIN_CONFIDENCE,
    LABEL_MIN_OUTLETS,
    LABEL_NAME_SHARE,
    LABEL_PAIR_PARTNERS,
    SPELLING_RATIO,
)
from .phrases import Mention, named_mentions  # noqa: F401  (quotes, conflicts and voice import them from here)

log = logging.getLogger(__name__)
_WORD_TOKEN = re.compile(r"\w+(?:[-’'.&]\w+)*|[^\w\s]")
_CLOSED = DETERMINERS | PRONOUNS_ALL | PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | ADVERBS
_END = ('.', '!', '?', '"', '”', '’', "'", ')')
_RELATIVE = frozenset("who which whose that whom where".split())
_ARTICLES = frozenset("a an the his her its their our my your".split())


@dataclass(frozen=True)
class Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum()


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


def naming_labels(sentences: list[Sentence], facts: list[Fact], voices: dict | None = None,
                  min_outlets: int = LABEL_MIN_OUTLETS, min_confidence: float = LABEL_MIN_CONFIDENCE) -> list[Label]:
    """Labels of every referent that at least `min_outlets` outlets name differently, each row at
    least `min_confidence` sure. `voices`: (article id, index) → SentenceVoice."""
    usable = [s for s in sentences if not headline(s.text)]
    grammar = Grammar.of(usable)
    by_ref: dict[str, list[tuple[Naming, str, str]]] = defaultdict(list)
    for n in grammar.name_descriptors(usable) + grammar.aligned_namings(facts):
        voice = (voices or {}).get((n.sentence.article_id, n.sentence.index))
        who, speaker = voice.at(n.start, n.end) if voice else ("own", "")
        if who == "quoted" and not speaker:
            continue  # a quotation nobody is named as saying: whose naming is it?
        by_ref[n.referent].append((n, who, speaker))
    out: list[Label] = []
    for items in by_ref.values():
        namings = [n for n, _, _ in items]
        rows = [(n, who, speaker, row_confidence(n, namings)) for n, who, speaker in _outlet_rows(items)]
        rows = [r for r in rows if r[3] >= min_confidence]
        if len({r[0].source for r in rows}) < min_outlets or len({_plain(r[0].phrase) for r in rows}) < 2:
            continue  # one outlet, or every outlet names it alike
        for n, who, speaker, confidence in rows[:LABEL_MAX_ROWS]:
            out.append(Label(entity=n.display, source=n.source, label=n.phrase, sentence=n.sentence.text,
                             voice=who, speaker=speaker, method=n.method, confidence=confidence))
    log.debug("labels: %d rows of %d referents", len(out), len(by_ref))
    return out


def row_confidence(n: Naming, namings: list[Naming]) -> float:
    """How sure a row is: its method's measured precision, lower when no other outlet's naming of
    the referent shares its head noun (one outlet's stray word pairs with every other row)."""
    head = stem(_head(n.phrase))
    shared = any(m.source != n.source and stem(_head(m.phrase)) == head for m in namings)
    return CONFIDENCE[n.method] if shared else CONFIDENCE_ALONE[n.method]


def _outlet_rows(items: list[tuple[Naming, str, str]]) -> list[tuple[Naming, str, str]]:
    """One row per outlet: the naming it uses most often for the referent (then the surer method,
    then the earlier sentence), so a stray phrase of one outlet stands beside one of its own at most."""
    rows = []
    for source in sorted({n.source for n, _, _ in items}):
        mine = sorted((it for it in items if it[0].source == source),
                      key=lambda it: (-CONFIDENCE[it[0].method], it[0].sentence.index))
        count = Counter(next(_plain(m.phrase) for m, _, _ in mine if same_naming(m.phrase, n.phrase))
                        for n, _, _ in mine)
        best = max(mine, key=lambda it: count[next(_plain(m.phrase) for m, _, _ in mine
                                                   if same_naming(m.phrase, it[0].phrase))])
        rows.append(best)
    return sorted(rows, key=lambda it: (it[0].source, it[0].sentence.index))


def headline(text: str) -> bool:
    """A headline or fragment, not a story sentence: no closing punctuation, or title case (no
    lower-case word of four letters or more that is not a function word: "China Bans Exports Of
    Dual-Use Goods To Japan"; a sentence full of names still has its verb in lower case)."""
    stripped = text.rstrip()
    words = re.findall(r"[A-Za-z][\w’'-]*", stripped)
    lower = [w for w in words if w[:1].islower() and len(w) >= 4 and w.lower() not in _CLOSED]
    return not stripped.endswith(_END) or (len(words) >= 4 and not lower)


def tokenize(text: str) -> list[Tok]:
    return [Tok(m.group(0), m.start(), m.end()) for m in _WORD_TOKEN.finditer(text)]


def adjectival(word: str) -> bool:
    """A word that cannot head a naming phrase: an adjective by list or ending, a participle, a
    figure ("annual", "popular", "first-time", "least-watched", "26-year-old")."""
    low = word.lower().replace("’", "'")
    last = low.rsplit("-", 1)[-1]
    return (low in ADJECTIVES or last in ADJECTIVES or any(ch.isdigit() for ch in last)
            or (last.endswith(ADJECTIVE_ENDINGS) and low not in TITLE_WORDS and last not in TITLE_WORDS))


@dataclass(frozen=True)
class Grammar:
    """The closed lists plus the verbs of one event's reports (words seen after a subject
    pronoun, a modal or "has"), so "replace", "hire" and "felt" end a phrase."""

    verbs: frozenset[str]
    nouns: frozenset[str] = frozenset()  # words seen after a determiner

    @classmethod
    def of(cls, sentences: list[Sentence]) -> Grammar:
        seen: set[str] = set()
        nouns: set[str] = set()
        for s in sentences:
            toks = [t.low for t in tokenize(s.text)]
            seen.update(b for a, b in zip(toks, toks[1:]) if a in VERB_CUES and b.isalpha() and b not in _CLOSED)
            nouns.update(b for a, b in zip(toks, toks[1:]) if a in DETERMINERS)
        return cls(frozenset(seen - nouns), frozenset(nouns))  # "her party life": "party" is no verb here

    # --- noun phrases ----------------------------------------------------------------------

    def verb_like(self, toks: list[Tok], i: int) -> bool:
        """A verb, told by list, by the event's text and by position: an -ed/-ing word is a
        modifier only inside a phrase ("a self-ruled island", "the deadlocked jury",
        "internationally renowned movie star"), before a lower-case word."""
        low = toks[i].low
        if low in VERB_WORDS or low in REPORTING_VERBS or (low in self.verbs and not toks[i].text[:1].isupper()):
            return True
        prev = toks[i - 1].low if i > 0 else ""
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if prev == "to" and nxt is not None and nxt.word and low not in self.nouns and not adjectival(low):
            return True  # "to enhance military strength"
        if prev.endswith("ly") and prev not in LY_NOUNS and not low.endswith(("ed", "ing")) and nxt is not None \
                and (nxt.text[:1].isupper() or nxt.low in DETERMINERS):
            return True  # "openly challenge China's …"
        if nxt is not None and (nxt.low in DETERMINERS | PRONOUNS_ALL or nxt.text[:1].isupper()) and (
                prev == "to" or i > 1 and (toks[i - 1].text[:1].isupper() or prev in PRONOUNS_ALL)
                and toks[i].text[:1].islower()
                and low.endswith("s") and not low.endswith(("ss", "us", "is"))):
            return True  # "to replace Cheeks", "to reveal her reason", "Stefanski moves Cheeks"
        if not low.endswith(("ed", "ing")) or len(low) < 5 or "-" in low:
            return False
        if nxt is None or not nxt.word or not nxt.text[:1].islower() or nxt.low in _CLOSED:
            return True
        if i == 0 or prev in _ARTICLES or prev.endswith(("'s", "ly")):
            return False  # "the deadlocked jury", "internationally renowned movie star"
        if low.endswith("ing"):
            return True  # "after hiring former lawyer …"
        # an -ed word before a noun is a verb after its subject ("76ers fired coach", "has fired",
        # "she signed", "that signed forward"), a modifier after anything else ("how convicted
        # rapist …", ", convicted rapist …", "into court-mandated rehab")
        return prev in AUXILIARIES or prev in PRONOUNS_ALL or prev in VERB_CUES or self.np_token_plain(toks, i - 1)

    def np_token_plain(self, toks: list[Tok], i: int) -> bool:
        """A word that can be part of a noun phrase by the lists alone (no look at its neighbours)."""
        t = toks[i]
        return t.word and t.low not in _CLOSED and not is_date_word(t.text) and t.low not in VERB_WORDS

    def np_token(self, toks: list[Tok], i: int) -> bool:
        t = toks[i]
        adverb = t.low.endswith("ly") and len(t.low) > 4 and t.low not in LY_NOUNS and t.text[:1].islower()
        return t.word and t.low not in _CLOSED and re.sub(r"'s$", "", t.low) not in _CLOSED and not adverb \
            and not self.verb_like(toks, i) and not is_date_word(t.text)

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
        """The descriptor each outlet writes with a name that at least two outlets use."""
        counts: Counter = Counter()
        for s in sentences:
            counts.update(_name_text(run) for run in _name_runs(tokenize(s.text)))
        keys = _name_keys(counts)
        forms: dict[str, Counter] = defaultdict(Counter)
        outlets: dict[str, set[str]] = defaultdict(set)
        for s in sentences:
            for run in _name_runs(tokenize(s.text)):
                name = _name_text(run)
                forms[keys[name]][name] += 1
                outlets[keys[name]].add(s.source)
        need = max(LABEL_MIN_OUTLETS, math.ceil(LABEL_NAME_SHARE * len({s.source for s in sentences})))
        usual = {key: max(c, key=lambda f: (c[f] >= 2, len(f.split()) if c[f] >= 2 else c[f]))
                 for key, c in forms.items()}  # the fullest form written twice: "Tara Reid", not "Reid"
        out: list[Naming] = []
        for s in sentences:
            toks = tokenize(s.text)
            for run in _name_runs(toks):
                key = keys[_name_text(run)]
                if len(outlets[key]) < need or key.lower() in DEMONYMS or key.endswith(("ian", "ese")):
                    continue  # a side character (few outlets name them), or a demonym
                a, b = toks.index(run[0]), toks.index(run[-1]) + 1
                if a == next(i for i, t in enumerate(toks) if t.word):
                    a = toks.index(run[-_known_suffix(run, counts)])  # "Actress Tara Reid" opening a sentence
                if " " in key and _name_text(run) != key and _name_text(run).endswith(" " + key):
                    a = toks.index(run[-len(key.split())])  # "Superior Court Judge James Bodiford": the last two
                if b < len(toks) - 1 and toks[b].low == "and" and toks[a - 1].low.endswith("s"):
                    continue  # "young stars Andre Iguodala and Thaddeus Young": two people
                for (x, y), method in self._around(toks, a, b):
                    checked = _tag_checked(toks, x, y, a, method, " " in key)
                    if checked is None:
                        continue
                    x = checked
                    phrase = s.text[toks[x].start:toks[y - 1].end]
                    bare = phrase.replace(s.text[toks[a].start:toks[b - 1].end], " ")
                    if telling(bare) and not self.clause_or_long(phrase):
                        out.append(Naming(key, usual[key], s.source, phrase, s, toks[x].start, toks[y - 1].end,
                                          method))
        return out

    def _around(self, toks: list[Tok], a: int, b: int) -> list[tuple[tuple[int, int], str]]:
        """Descriptor spans of the name toks[a:b]: before it, its appositive, "is a …", a head noun."""
        out: list[tuple[tuple[int, int], str]] = []
        possessor = toks[b - 1].low.endswith("'s")  # "Reid's rep": what follows is not hers
        modifier = possessor or b < len(toks) and toks[b].word and toks[b].text[:1].islower() \
            and self.np_token(toks, b) and (toks[b].low in self.nouns | HEAD_NOUNS)  # "Oscar party", not "Miller spoke"
        x = a
        while x > 0 and a - x < LABEL_MAX_WORDS and (toks[x - 1].low not in STARTERS and (
                self.np_token(toks, x - 1) or toks[x - 1].low in TITLE_WORDS)
                or toks[x - 1].low == "and" and x > 1 and x < a and self.np_token(toks, x - 2)
                and toks[x].text[:1].islower()):
            x -= 1  # "American Pie actress and former travel reporter Tara Reid"
        if x < a and (possessor or not modifier) and not adjectival(toks[a - 1].text) \
                and (not toks[a - 1].low.endswith("s") or toks[a - 1].low.endswith("ss")) \
                and not toks[a - 1].low.endswith("'s"):
            out.append(((x, a), "title before a name"))
        if modifier and not possessor and toks[b].low in HEAD_NOUNS:
            whose = a - 1 if a > 0 and toks[a - 1].low.endswith("'s") and toks[a - 1].text[:1].isupper() else a
            out.append(((whose, b + 1), "name with a head noun"))  # "China's Taiwan region"
        k = b
        if k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].text[:1].isdigit() and toks[k + 2].text == ",":
            k += 2  # "Reid, 33, …"
        if not possessor and k + 1 < len(toks) and toks[k].text == "," \
                and (toks[k + 1].low in ("a", "an", "the") or k > b):
            span = self._phrase_after(toks, k + 1)
            if span and toks[span[0]].low not in APPOSITIVE_HEADS_TO_SKIP:
                out.append((span, "appositive of a name"))
        if not possessor and b + 1 < len(toks) and toks[b].low in ("is", "was") \
                and toks[b + 1].low in ("a", "an", "the"):
            span = self._phrase_after(toks, b + 1)
            if span:
                out.append((span, "name is a …"))
        return out

    def _phrase_after(self, toks: list[Tok], k: int) -> tuple[int, int] | None:
        """The noun phrase starting at k (after an article), joined over "and"/"of", ending where a
        comma, a relative word or a participle follows: "the 1950s pinup and bondage model who …"."""
        if k < len(toks) and toks[k].low in ("a", "an", "the"):
            k += 1
        if k >= len(toks) or not self.np_token(toks, k):
            return None
        end = k
        while end < len(toks) and end - k < APPOSITIVE_MAX_TOKENS:
            if self.np_token(toks, end) and not (end > k and _case_break(toks[end - 1], toks[end])):
                end += 1
            elif toks[end].low in ("and", "of") and end + 1 < len(toks) and self.np_token(toks, end + 1) \
                    and toks[end + 1].text[:1].islower():
                end += 2
            elif toks[end].low == "of" and end + 2 < len(toks) and toks[end + 1].low in _ARTICLES \
                    and self.np_token(toks, end + 2):
                end += 3
            else:
                break
        after = toks[end] if end < len(toks) else None
        if after is not None and after.word and after.low not in _RELATIVE | PREPOSITIONS | CONJUNCTIONS \
                and not after.text[:1].isupper() \
                and not after.low.endswith(("ed", "en")) and after.low not in VERB_WORDS:
            return None  # the phrase runs on into a clause: not an appositive
        if adjectival(toks[end - 1].text):
            return None
        return k, end

    # --- naming differences in aligned sentences -----------------------------------------------

    def aligned_namings(self, facts: list[Fact]) -> list[Naming]:
        """Pairs of noun phrases in corresponding places of two sentences of one fact, or of two
        reports' first story sentences (each names the event's main act: "ban" / "export controls")."""
        out: list[Naming] = []
        firsts: dict[str, Sentence] = {}
        for s in sorted((s for f in facts for s in f.sentences if not headline(s.text)), key=lambda s: s.index):
            firsts.setdefault(s.source, s)
        for fact in [*facts, Fact(id="lead", sentences=tuple(firsts.values()))]:
            sents = [s for s in fact.sentences if not headline(s.text)]
            for i, sa in enumerate(sents):
                for sb in sents[i + 1:i + 1 + LABEL_PAIR_PARTNERS]:
                    if sa.source != sb.source:
                        out += self._pair_namings(fact.id, sa, sb)
        return out

    def _pair_namings(self, fact_id: str, sa: Sentence, sb: Sentence) -> list[Naming]:
        if sa.text == sb.text:
            return []  # copies: no word differs (issue 23: most pairs of a big event's facts)
        (toks_a, keys_a), (toks_b, keys_b) = _keyed(sa.text), _keyed(sb.text)
        ta, tb = list(toks_a), list(toks_b)
        out: list[Naming] = []
        ops = SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes()
        for n, (op, i1, i2, j1, j2) in enumerate(ops):
            if op != "replace" or n == 0 or n + 1 == len(ops):
                continue
            if not (_content(keys_a[i1 - 1]) or _content(keys_a[i2])):
                continue  # not between shared content words: the sentences go separate ways here
            pa, pb = self._np_over(ta, i1, i2), self._np_over(tb, j1, j2)
            if not pa or not pb:
                pa, pb = self._np_sharing(ta, tb, i1, i2, j1, j2)
            if not pa or not pb:
                continue
            phrase_a = sa.text[ta[pa[0]].start:ta[pa[1] - 1].end]
            phrase_b = sb.text[tb[pb[0]].start:tb[pb[1] - 1].end]
            head_a, head_b = _head(phrase_a), _head(phrase_b)
            if stem(head_a) == stem(head_b) or adjectival(head_a) or adjectival(head_b) \
                    or same_naming(phrase_a, phrase_b) \
                    or not (telling(phrase_a) and telling(phrase_b)) or _names_differ(phrase_a, phrase_b) \
                    or self.clause_or_long(phrase_a) or self.clause_or_long(phrase_b):
                continue
            ref = f"{fact_id}:{head_a}"
            display = f"{head_a} / {head_b}"
            method = "aligned sentences"
            out.append(Naming(ref, display, sa.source, phrase_a, sa, ta[pa[0]].start, ta[pa[1] - 1].end, method))
            out.append(Naming(ref, display, sb.source, phrase_b, sb, tb[pb[0]].start, tb[pb[1] - 1].end, method))
        return out

    def _np_sharing(self, ta: list[Tok], tb: list[Tok], i1: int, i2: int, j1: int, j2: int) -> tuple:
        """Phrases that hold a shared word next to the change on both sides: "dual-use goods that
        can serve …" / "dual-use items" meet on "dual-use", so the changed head is a naming."""
        for a, b, inside in ((i1, j1, (i1 - 1, j1 - 1)), (i2 - 1, j2 - 1, (i2, j2))):
            pa, pb = self.np_at(ta, a), self.np_at(tb, b)
            if pa and pb and pa[0] <= inside[0] < pa[1] and pb[0] <= inside[1] < pb[1] \
                    and ta[inside[0]].text[:1].islower() and pa[1] - pa[0] == pb[1] - pb[0] == 2:
                return pa, pb  # one shared modifier, two heads
        return None, None

    def _np_over(self, toks: list[Tok], i1: int, i2: int) -> tuple[int, int] | None:
        """The one noun phrase covering the changed tokens [i1, i2); None when the change runs
        over a phrase's edge."""
        span = self.np_at(toks, i1)
        if span is None or not (span[0] <= i1 and i2 <= span[1]):
            return None
        return span


def _tag_checked(toks: list[Tok], x: int, y: int, a: int, method: str, full_name: bool) -> int | None:
    """The descriptor's start once the tagger has checked it (None: rejected). Before a name: a
    run of noun-phrase words ending in a common noun or a title, next to a name of two words or
    more that the tagger reads as a proper noun; an appositive or "is a …": a noun phrase with a
    noun head and no finite verb; a head noun after a name: a common noun."""
    words = tuple(t.text for t in toks)
    tagged = phrases.tags(words)
    if method == "title before a name":
        x = phrases.descriptor_start(words, tagged, x, a)
        head = toks[a - 1].low
        ok = x < a and full_name and tagged[y] in ("NNP", "NNPS") \
            and (phrases.common_noun(head, tagged[a - 1]) or head in TITLE_WORDS or head in PERSON_TITLES)
        return x if ok else None
    if method == "name with a head noun":
        return x if tagged[y - 1] in ("NN", "NNS") else None
    return x if phrases.noun_phrase(tagged[x:y]) else None


def _case_break(left: Tok, right: Tok) -> bool:
    return left.text[:1].islower() and right.text[:1].isupper() and not right.low.endswith("'s")


def telling(phrase: str) -> bool:
    """A label says something: a lower-case content word or a title, not only a name, a pronoun,
    a number or an empty noun ("part", "people")."""
    words = [w.strip(",;:") for w in phrase.split()]
    content = [w for w in words if w and w.lower() not in _CLOSED and not any(ch.isdigit() for ch in w)
               and w.lower() not in EMPTY_HEADS and w.lower() not in HONORIFICS and w.lower() not in ORDINALS
               and (w[:1].islower() or w.lower() in TITLE_WORDS or w.lower() in SPEAKER_NOUNS)]
    return bool(content)


def _names_differ(a: str, b: str) -> bool:
    """Both phrases hold names and the names differ: two referents ("Tokyo police" / "Osaka police")."""
    na = {w for w in re.findall(r"[\w-]+", a) if w[:1].isupper()}
    nb = {w for w in re.findall(r"[\w-]+", b) if w[:1].isupper()}
    return bool(na and nb and not na & nb)


def _name_runs(toks: list[Tok]) -> list[list[Tok]]:
    """Runs of capitalised words that are names: not pronouns, sentence openers, titles or weekdays."""
    first = next((i for i, t in enumerate(toks) if t.word), 0)
    out: list[list[Tok]] = []
    run: list[Tok] = []
    for i, t in enumerate(toks):
        bare = re.sub(r"['’]s$", "", t.text)
        is_name = (bare[:1].isupper() and t.text not in STOP_CAPS and bare not in STOP_CAPS and not bare.isupper()
                   and t.low not in PERSON_TITLES and bare.lower() not in PRONOUNS_ALL
                   and not (i == first and bare.lower() in _CLOSED | VERB_WORDS)) or (run and bare in ("Jr", "Jr."))
        initial = run and re.fullmatch(r"[A-Z]", t.text) and i + 2 < len(toks) and toks[i + 1].text == "." \
            and toks[i + 2].text[:1].isupper()
        if initial or run and t.text == "." and re.fullmatch(r"[A-Z]", toks[i - 1].text):
            continue  # a middle initial: "Brian G. Nichols" is one run, written "Brian Nichols"
        if is_name:
            run.append(t)
            if t.low.endswith("'s"):
                out.append(run)
                run = []
            continue
        if run:
            out.append(run)
        run = []
    if run:
        out.append(run)
    return out


def _known_suffix(run: list[Tok], forms: Counter) -> int:
    """How many tokens of the run are the name: the longest ending of it written more than once
    (a capitalised word before a name opening a sentence is usually a descriptor)."""
    for k in range(1, len(run)):
        if forms[_name_text(run[k:])] >= 2 and forms[_name_text(run)] < 2:
            return len(run) - k
    return len(run)


def _name_text(run: list[Tok]) -> str:
    """The name as written, without a possessive (middle initials are left out of runs)."""
    return re.sub(r"['’]s$", "", " ".join(t.text for t in run))


def _name_keys(counts: Counter) -> dict[str, str]:
    """Each name form → its referent: a full name is its own; a one-word form ("Reid") joins the
    one full name ending in it ("Tara Reid"), and stays apart when several do ("Page": Bettie, Jack)."""
    def last(name: str) -> str:
        parts = [p.rstrip(".") for p in name.split() if p.rstrip(".") not in ("Jr", "Sr")] or name.split()
        return parts[-1]
    full: dict[str, set[str]] = defaultdict(set)
    for name in counts:
        if " " in name:
            full[last(name)].add(name)
    keys = {}
    for name in counts:
        if " " in name:
            inner = [f for f in full[last(name)] if name.endswith(" " + f) and counts[f] >= 2]
            keys[name] = min(inner, key=len) if inner else name  # "Judge James Bodiford" → "James Bodiford"
        else:
            owners = full.get(last(name), set())
            keys[name] = max(owners, key=lambda f: counts[f]) if len(owners) == 1 or owners and len(
                {f.split()[0] for f in owners if counts[f] >= 2}) == 1 else name
    return keys


@lru_cache(maxsize=1 << 14)
def _keyed(text: str) -> tuple[tuple[Tok, ...], tuple[str, ...]]:
    """A sentence's tokens and their keys, once per sentence rather than once per pair (issue 23:
    keying was 24 of 70 s at 300 reports)."""
    toks = tuple(tokenize(text))
    return toks, tuple(_key(t) for t in toks)


def _key(t: Tok) -> str:
    low = re.sub(r"'s$", "", t.low)
    return stem(SPELLING.get(low, low))


def _content(key: str) -> bool:
    return key not in _CLOSED and len(key) > 2 and key[:1].isalnum()


def _head(phrase: str) -> str:
    words = re.findall(r"[\w’'-]+", phrase)
    return re.sub(r"['’]s$", "", words[-1]).lower() if words else phrase


def same_naming(a: str, b: str) -> bool:
    """Two phrases name alike: equal once case, possessives, determiners, figures, spelling and
    inflection are set aside ("dual-use item" / "Dual-use items", "33-year-old actress" /
    "actress", "centre" / "center")."""
    ka, kb = _norm_words(a), _norm_words(b)
    if ka == kb:
        return True
    if len(ka) == len(kb):
        return all(x == y or SequenceMatcher(None, x, y).ratio() >= SPELLING_RATIO for x, y in zip(ka, kb))
    return False


def _norm_words(phrase: str) -> list[str]:
    words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w’'-]+", phrase.lower())]
    return [stem(SPELLING.get(w, w)) for w in words
            if w not in DETERMINERS and w not in HONORIFICS and w not in ORDINALS and w not in DEMONYMS
            and not any(ch.isdigit() for ch in w)]


def _plain(phrase: str) -> str:
    """Compare labels without case, curly quotes, possessives, a leading 'the' or US/UK spelling."""
    return " ".join(_norm_words(phrase))
