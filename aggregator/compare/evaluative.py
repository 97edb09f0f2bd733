"""Evaluative wording: words that judge rather than report, found from maintained lexicons plus
the grammar around them, each with a score, the method that found it, and its voice.

Sources (docs/comparison.md, "Loaded wording"):

- `lexicon:vader` — VADER's sentiment lexicon (Hutto & Gilbert 2014, MIT; `vader_lexicon.txt`
  read from the vaderSentiment wheel): 7,500 words rated −4…+4 by ten raters each;
- `lexicon:subjectivity` — Pattern's subjectivity lexicon of English adjectives (De Smedt &
  Daelemans 2012, PDDL; `en-sentiment.xml` read from the textblob wheel), subjectivity 0…1;
- `rule:doubt-verb` — verbs of saying that cast doubt or colour ("claimed", "insisted",
  "admitted", "boasted", "slammed"): the verb is the outlet's choice, so it is its own voice;
- `rule:hedge` — hedge adverbs ("reportedly", below the display threshold) and distancing
  modifiers ("so-called", "self-styled");
- `rule:intensifier` — an intensifier before an evaluative word joins it and raises its score;
- `rule:scare-quote` — one to three words in quotation marks without a sentence around them:
  the words are someone else's (voice `quoted`), the marks are the outlet's distance from them;
- `rule:partial-quote` — the same inside what a frame of saying reports ('the ministry said it
  will take "several days"'): the speaker's own words, quoted in part, not held at a distance;
- `domain-list` — `aggregator/data/loaded_terms.yaml` and `AGGREGATOR_LOADED_TERMS` (loaded.py).

Context: part of speech from Pattern's Brill tagger (its lexicon and rules ship in the textblob
wheel: no NLTK data, nothing downloaded), lemmas from lemminflect, and how common a word is from
wordfreq: sentiment words common in news ("killed", "support", "crisis") mostly report, rare
ones ("draconian", "grifters") mostly judge. Names (capitalised inside a sentence) never count.
The score is in [0, 1]; reports show terms at `params.EVALUATIVE_SHOW` or above, JSON all.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.metadata import version

from . import params as P
from .clauses import mandative, object_gap, passive, reports_a_clause
from .language import ENGLISH, LanguagePack
from .lexicon import CONCEDING, OPPOSING_PREFIXES
from .phrases import tags as phrase_tags
from .tagger import lexicon_tag
from .unframed import object_act
from .voice import ATTRIBUTED, OWN, QUOTED, SentenceVoice, sentence_voice

TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_UPOS = {"JJ": "ADJ", "RB": "ADV", "VB": "VERB", "NN": "NOUN"}


@dataclass(frozen=True)
class Evaluative:
    """One evaluative term: characters [start, end) of its sentence."""

    start: int
    end: int
    term: str
    score: float
    method: str  # "lexicon:vader", "lexicon:subjectivity", "rule:…"; "+rule:intensifier" when boosted
    category: str
    voice: str = OWN
    speaker: str = ""


def resource_versions() -> str:
    """The versions of the lexicons read, for the comparison cache's fingerprint."""
    return ";".join(f"{p} {version(p)}" for p in ("vaderSentiment", "textblob", "lemminflect", "wordfreq"))


@lru_cache(maxsize=1)
def vader_lexicon() -> dict[str, float]:
    """Word → mean valence (−4…+4), from the vaderSentiment wheel."""
    out = {}
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].replace("-", "").replace("'", "").isalpha():
            out[parts[0].lower()] = float(parts[1])
    return out


@lru_cache(maxsize=1)
def subjectivity_lexicon() -> dict[str, tuple[float, float]]:
    """Adjective → (mean subjectivity 0…1, mean polarity −1…1) over its senses, from textblob's
    copy of Pattern's en-sentiment.xml."""
    senses: dict[str, list[tuple[float, float]]] = defaultdict(list)
    data = resources.files("textblob").joinpath("en/en-sentiment.xml").read_bytes()
    for w in ET.fromstring(data).iter("word"):
        if w.get("pos") == "JJ":
            senses[(w.get("form") or "").lower()].append((float(w.get("subjectivity") or 0),
                                                          float(w.get("polarity") or 0)))
    return {k: (sum(s for s, _ in v) / len(v), sum(p for _, p in v) / len(v)) for k, v in senses.items()}


@lru_cache(maxsize=8)
def _boosters(intensifiers: frozenset[str]) -> frozenset[str]:
    """VADER's boosters (English, as its lexicon) and the pack's intensifiers."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT

    return frozenset(k for k, v in BOOSTER_DICT.items() if v > 0 and " " not in k) | intensifiers


def _tags(words: list[str]) -> list[str]:
    """Pattern's Brill tagger with its contextual rules (`phrases.tags`): textblob's own
    `parser.find_tags` leaves them out and tags "would question" as a noun. A word in -ing after
    "and" / "or" that the tagger calls an adjective is a gerund when a gerund opens the first
    conjunct of its clause ("injuring five people and damaging buildings": an act, not a
    "damaging" judgement). A word in lower case is no name, though the tagger calls a word before
    a name one ("the notorious Genovese family", "the terrorist Rapid Support Forces militia"):
    it takes its lexicon tag, or a past verb's after a pronoun ("that he troubled Wladimir"). A
    capitalised first word the lexicon knows only as an adjective, before a word in lower case that
    is no verb, is that adjective ("Corrupt ex-minister Olen jailed", "Corrupt minister pocketed …", which the tagger
    calls a common noun; not "Young said")."""
    tags = list(phrase_tags(tuple(words)))
    if len(words) > 1 and tags[0] in ("NNP", "NN") and words[1][:1].islower() and not tags[1].startswith("VB") \
            and lexicon_tag(words[0].lower()) == "JJ":
        tags[0] = "JJ"
    for k, word in enumerate(words):
        if tags[k].startswith("NNP") and word[:1].islower():
            tags[k] = lexicon_tag(word) or "NN"
            if k > 0 and tags[k - 1] == "PRP" and word.endswith("ed"):
                tags[k] = "VBD"  # "that he troubled Wladimir": a verb after its subject
    for k in range(2, len(words)):
        if tags[k] == "JJ" and words[k].lower().endswith("ing") and tags[k - 1] == "CC":
            j = k - 2
            while j >= 0 and tags[j] not in (",", ":") and not tags[j].startswith("VB"):
                j -= 1
            if j >= 0 and tags[j] == "VBG":
                tags[k] = "VBG"
    return tags


@lru_cache(maxsize=65536)
def lemma(word: str, tag: str) -> str:
    """The word's lemma for its Penn tag (lemminflect), the word itself where it has none."""
    from lemminflect import getLemma

    upos = _UPOS.get(tag[:2])
    found = getLemma(word, upos) if upos else ()
    return found[0].lower() if found else word


@lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def _adjective_of(adverb: str) -> list[str]:
    """Adjectives an -ly adverb may come from ("radically" → "radical", "angrily" → "angry",
    "terribly" → "terrible", "basically" → "basic")."""
    if not adverb.endswith("ly") or len(adverb) < 5:
        return []
    out = [adverb[:-2]]
    if adverb.endswith("bly"):
        out.append(adverb[:-1] + "e")
    if adverb.endswith("ily"):
        out.append(adverb[:-3] + "y")
    if adverb.endswith("ically"):
        out.append(adverb[:-4])
    return out


def _rarity(word: str) -> float:
    """1 for a word rarer than `EVALUATIVE_RARE_ZIPF`, 0 for one as common as `…_COMMON_ZIPF`."""
    z = _zipf(word)
    span = P.EVALUATIVE_COMMON_ZIPF - P.EVALUATIVE_RARE_ZIPF
    return min(1.0, max(0.0, (P.EVALUATIVE_COMMON_ZIPF - z) / span))


def lexicon_strength(word: str, tag: str) -> tuple[float, str, float, bool]:
    """(strength 0…1, method, polarity, whether the lexicons agree on its sign) of one word in
    context, from the two lexicons."""
    low = word.lower()
    forms = [low, lemma(low, tag)]
    vader, subj = vader_lexicon(), subjectivity_lexicon()
    tails: list[str] = []
    if "-" in low and low.split("-")[0] not in OPPOSING_PREFIXES:  # not "anti-racism": it opposes no judgement
        # "fear-mongering", "tone-deaf"; not the participle of "coal-fired", "bomb-damaged"
        tails = [p for p in low.split("-")[1:] if len(p) > 3 and (not p.endswith("ed") or p in subj)]
        forms += tails
    best: tuple[float, str, float] = (0.0, "", 0.0)
    factors = P.EVALUATIVE_POS_FACTOR
    factor = factors.get(tag, factors.get(tag[:2], factors["other"]))

    def share(form: str) -> float:
        """The participle after a hyphen is a verb with its object ("password-stealing",
        "cost-cutting" malware and plan): it names what the thing does, as a verb does."""
        return min(1.0, factors["VB"] / factor) if form in tails and form.endswith("ing") else 1.0

    for form in forms:
        if form in vader:
            v = vader[form]
            best = max(best, (min(1.0, abs(v) / P.EVALUATIVE_VADER_FULL) * share(form), "lexicon:vader", v))
    adjectives = forms if tag.startswith("JJ") else [a for f in forms for a in _adjective_of(f)] \
        if tag.startswith("RB") else []
    for form in adjectives:
        if form in subj:
            s, pol = subj[form]
            strength = s * (P.EVALUATIVE_SUBJ_BASE + (1 - P.EVALUATIVE_SUBJ_BASE) * min(1.0, 2 * abs(pol)))
            best = max(best, (strength * share(form), "lexicon:subjectivity", pol))
    # Nouns and verbs with sentiment mostly name events ("attack", "killed"), comparatives and
    # superlatives compare ("stronger", "latest"): both judge less than a plain adjective.
    signs = {vader[f] > 0 for f in forms if vader.get(f)} | \
        {subj[f][1] > 0 for f in adjectives if f in subj and subj[f][1]}
    # the lexicons disagree on the direction ("controversial": VADER −0.8, Pattern +0.55): a
    # judgement of no sure sign, named "evaluative" (the score still takes the stronger entry's)
    return (best[0] * factor, best[1], best[2], len(signs) < 2)


def _category(polarity: float) -> str:
    return "negative evaluation" if polarity < 0 else "positive evaluation" if polarity > 0 else "evaluative"


def evaluative_spans(text: str, voice: SentenceVoice | None = None, pack: LanguagePack = ENGLISH) -> list[Evaluative]:
    """Every evaluative term of one sentence, with its score, method and voice; the rules' words
    (doubt verbs, hedges, distancing modifiers, words that are not evaluative, intensifiers,
    quotation marks) are `pack`'s."""
    words = pack.evaluative
    voice = voice or sentence_voice(text, pack.code)
    toks = [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(text)]
    lows = [t.lower() for t, _, _ in toks]
    tags = _tags([t for t, _, _ in toks])
    found: list[Evaluative] = []
    boosters = _boosters(pack.intensifiers)

    def add(a: int, b: int, score: float, method: str, category: str) -> None:
        who, speaker = voice.at(toks[a][1], toks[b][2])
        found.append(Evaluative(toks[a][1], toks[b][2], text[toks[a][1]:toks[b][2]], round(min(1.0, score), 3),
                                method, category, who, speaker))

    for k, ((word, _, _), tag) in enumerate(zip(toks, tags)):
        low = word.lower()
        if not word[:1].isalpha() or (k > 0 and word[:1].isupper() and not _sentence_start(toks, k, pack)) \
                or tag.startswith("NNP") or low in words.not_evaluative:
            continue
        base = lemma(low, tag)
        if tag == "NNS" and k > 0 and tags[k - 1] in ("NNP", "NNPS", "PRP") and base in words.doubt_verbs \
                and not lows[k - 1].endswith(("'s", "’s")):  # "Tokyo's claims" stays a noun
            tag = "VBZ"  # "an island that Beijing claims as its territory": a verb after its subject
        if tag == "NNS" and base in words.doubt_other_senses and k + 2 < len(toks) and tags[k + 1] == "CD" \
                and tags[k + 2].startswith("NN"):
            continue  # "Scorching heat claims 38 lives": a verb the tagger read as a noun, a toll
        noun = tag.startswith("NN") and base in words.doubt_nouns
        if noun and (k > 0 and lows[k - 1] in words.money_claim_modifiers
                     or words.money_claim_after.match(text, toks[k][2])):
            continue  # "expense claims of 40,000 pounds": a demand for money, not a contested word
        if base in words.doubt_other_senses and tag.startswith("VB") \
                and (not reports_a_clause(text[toks[k][2]:], pack, adverbial_ends=True) or object_gap(toks, k, pack)
                     or k + 1 < len(toks) and tags[k + 1] == "NN" or object_act(lows, tags, k, pack)):
            continue  # "the crash claimed two lives", "a democracy that Beijing claims, …", "to maintain
            # market share" (a bare singular noun is an object): an act, not a report
        after = lows[k + 1] if k + 1 < len(toks) else ""
        if after in words.preposition_senses.get(base, ()) or base in words.have_senses and tag.startswith("VB") \
                and k + 1 < len(toks) and tags[k + 1] in ("DT", "CD", "PRP$"):
            continue  # "insisted on remaining anonymous", "the warehouse boasted a porch": no one's words
        if base in words.mandative and tag.startswith("VB") and mandative([t[0] for t in toks], tags, k, pack):
            continue  # "Felt insisted his alter ego be kept secret": a demand, not a claim
        if base in words.passive_other_senses and tag == "VBN" and passive(lows, k, pack) \
                and (k + 1 >= len(toks) or lows[k + 1] not in pack.voice.complementizers):
            continue  # "was admitted to hospital": no one's words are reported ("it is admitted that …" are)
        attributive = base in words.doubt_verbs and tag in ("VBN", "VBD", "JJ") and 0 < k < len(toks) - 1 \
            and (tags[k - 1] in ("DT", "PRP$", "JJ", "CD", "CC") or lows[k - 1].endswith(("'s", "’s"))
                 or tags[k - 1] == "IN" and lows[k - 1] not in pack.voice.complementizers  # "over alleged abuse"
                 or tags[k - 1] == "," and tags[k + 1] in ("NN", "NNS")) \
            and (tags[k + 1].startswith("NN") or tags[k + 1] in ("JJ", "CD"))  # "the alleged gunman", "X, alleged boss"
        legal = base in words.legal_verbs and tag.startswith("VB") and (  # "the complaint alleged …", "it was alleged"
            any(w in words.legal_allegers for w in lows[max(0, k - 3):k])
            or k > 0 and lows[k - 1] in pack.voice.be_forms)
        if attributive or legal:
            add(k, k, P.HEDGE_SCORE, "rule:hedge", "hedge")  # the legal register's hedge, not a frame of saying
            continue
        if base in words.doubt_verbs and (tag.startswith("VB") or noun):
            category = words.doubt_verbs[base]
            verb_score = P.CONCEDING_VERB_SCORE if category == CONCEDING else P.DOUBT_VERB_SCORE
            add(k, k, verb_score * (1.0 if tag.startswith("VB") else P.DOUBT_NOUN_FACTOR), "rule:doubt-verb", category)
            continue
        if low in words.distancing_modifiers and names_a_nickname(text, toks[k][2]):
            continue  # 'the so-called "Teflon Don"': it introduces a nickname, it does not deny a claim
        if low in words.hedges or low in words.distancing_modifiers:
            distancing = low in words.distancing_modifiers
            add(k, k, P.DISTANCING_SCORE if distancing else P.HEDGE_SCORE, "rule:hedge",
                "distancing modifier" if distancing else "hedge")
            continue
        strength, method, polarity, sure = lexicon_strength(word, tag)
        if strength <= 0:
            continue
        if any(w in words.distancing_modifiers for w in lows[max(0, k - 2):k]):
            continue  # "so-called immoral activities": others' word, held at a distance ("so-called" is the term)
        score = strength * (P.EVALUATIVE_RARITY_BASE + (1 - P.EVALUATIVE_RARITY_BASE) * _rarity(low))
        if polarity > 0:
            score *= P.EVALUATIVE_POSITIVE_FACTOR  # praise in news mostly describes (params.py)
        start = k
        if k > 0 and toks[k - 1][0].lower() in boosters and tags[k - 1][:2] in ("RB", "JJ"):
            start, score, method = k - 1, score + P.INTENSIFIER_BOOST, method + "+rule:intensifier"
        add(start, k, score, method, _category(polarity if sure else 0.0))
    found += _scare_quotes(text, toks, voice, pack.evaluative.name_introducers)
    fixed = fixed_term_spans(text, pack)
    return _dedupe([t for t in found if not in_fixed_term(t.start, t.end, fixed)])


def fixed_term_spans(text: str, pack: LanguagePack = ENGLISH) -> list[tuple[int, int]]:
    """Where the pack's fixed terms of news ("pleaded not guilty", "crude oil") stand in `text`."""
    return [m.span() for m in pack.evaluative.fixed_terms.finditer(text)]


def in_fixed_term(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) lies inside one of `spans`: a word of a fixed term, not evaluation."""
    return any(a <= start and end <= b for a, b in spans)


def _sentence_start(toks: list[tuple[str, int, int]], k: int, pack: LanguagePack = ENGLISH) -> bool:
    return k == 0 or toks[k - 1][0] in (".", "!", "?", ":", '"', "‘", "(") or toks[k - 1][0] in pack.voice.quote_pairs


# The marks that close each opening quotation mark.
CLOSING_MARKS = {'"': '"', "“": "”\"", "‘": "’", "«": "»"}


def names_a_nickname(text: str, end: int) -> bool:
    """Whether a quotation of capitalised words follows `end` ('the so-called "Teflon Don"',
    'so-called “Deep Throat”'): a nickname it introduces."""
    m = re.match(r"\s*(?:the\s+)?[\"“‘']([^\"”’']{1,40})[\"”’']", text[end:])
    return m is not None and all(w[:1].isupper() or not w[:1].isalpha() for w in m.group(1).split())


def _scare_quotes(text: str, toks: list[tuple[str, int, int]], voice: SentenceVoice,
                  introducers: re.Pattern) -> list[Evaluative]:
    """Short quotations inside a sentence: one to `SCARE_QUOTE_MAX_WORDS` words between marks,
    no sentence punctuation inside, the sentence going on around them. Not the words between two
    quotations ('"Bathing Beauty," "Take Me Out …" and "Million …"': a straight mark after an odd
    number of them closes), nor a title or a name in quotation marks (every word capitalised), nor
    a nickname after the pack's `introducers` ('known as the "bagman"')."""
    out = []
    found = []  # (start, end, inner start, inner end, opening mark)
    for m in re.finditer(r"([\"“‘«])([^\"”’»“«.!?,;:]{1,60}?)([\"”»]|’(?!\w))", text):
        if m.group(3) in CLOSING_MARKS[m.group(1)]:  # not “it doesn’t …”: an apostrophe closes nothing
            found.append((m.start(), m.end(), m.start(2), m.end(2), m.group(1)))
    # straight single marks ('party girl'), as the voice paired them (an apostrophe pairs with nothing)
    found += [(q.start, q.end, q.start + 1, q.end - 1, "'") for q in voice.spans if q.voice == QUOTED
              and text[q.start:q.start + 1] == "'" and text[q.end - 1:q.end] == "'" and q.end - q.start <= 62
              and not re.search(r"[.!?,;:]", text[q.start + 1:q.end - 1])]
    for start, end, inner_start, inner_end, opener in sorted(found):
        raw = text[inner_start:inner_end]
        inner = raw.strip()
        words = inner.split()
        if not words or len(words) > P.SCARE_QUOTE_MAX_WORDS or not inner[:1].isalpha() or len(inner) < 2:
            continue
        if raw != inner or (opener == '"' and text.count('"', 0, start) % 2 == 1):
            continue  # the gap between a closing and an opening mark
        if all(w[:1].isupper() or w[:1].isdigit() for w in words):
            continue  # a title or a name ("Secret Man", "Teflon Don", "Ekawat Nava 5"), not a word held at a distance
        if start == 0 or end >= len(text.rstrip(" .!?")) or (opener == "‘" and "’" in inner):
            continue  # a quotation that opens or ends the sentence is a quotation, not scare quotes
        if introducers.search(text[:start]):
            continue  # 'known as the "bagman"', 'dubbed "the Oddfather"': a nickname, not a word held at a distance
        if words[0][:1].isupper() and re.search(r"\b[A-Z][\w.'’-]*\s$", text[:start]) \
                and re.match(r"\s[A-Z]", text[end:]):
            continue  # 'Salvatore "Sammy the Bull" Gravano': a nickname between a name's parts
        who, speaker = voice.at(inner_start, inner_end)
        if any(s.voice == ATTRIBUTED and s.start <= start and end <= s.end for s in voice.spans):
            # 'the ministry said it will take "several days"', 'called Magruder a "congenital liar"':
            # the speaker's own words, quoted in part; the marks hold nobody at a distance
            out.append(Evaluative(start, end, text[start:end], P.SCARE_QUOTE_SCORE, "rule:partial-quote",
                                  "partial quotation", who, speaker))
            continue
        out.append(Evaluative(start, end, text[start:end], P.SCARE_QUOTE_SCORE, "rule:scare-quote",
                              "scare quotes", who, speaker))
    return out


def _dedupe(found: list[Evaluative]) -> list[Evaluative]:
    """Overlapping terms: the higher score keeps its span."""
    out: list[Evaluative] = []
    for t in sorted(found, key=lambda t: (-t.score, t.start)):
        if not any(o.start < t.end and t.start < o.end for o in out):
            out.append(t)
    return sorted(out, key=lambda t: t.start)
