"""Loaded wording: evaluative or loaded terms per outlet, each with its sentence, voice, score
and the method that found it.

Two sources: evaluative wording from the general lexicons and rules of `evaluative` (VADER,
Pattern's subjectivity lexicon, doubt-casting verbs of saying, hedges, intensifiers, scare
quotes), and the domain terms of `aggregator/data/loaded_terms.yaml` (its header says how to
extend it; method `domain-list`, scored at least `params.DOMAIN_SCORE`, or its category's own
`score`). The `loaded_terms` setting (`AGGREGATOR_LOADED_TERMS`) may name an extra file of the
same shape (`extra_terms_path`): the pipeline's check before a run, the comparison and the
comparison cache's fingerprint all see the same file.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..config.settings import Settings
from ..errors import ConfigError
from ..models import LoadedTerm, Sentence
from ..yamlfile import parse_yaml, read_yaml
from .clauses import reports_a_clause
from .evaluative import Evaluative, evaluative_spans, fixed_term_spans, in_fixed_term, lemma, names_a_nickname
from .language import LanguagePack, language_pack
from .lexicon import OPPOSING_PREFIXES
from .params import DOMAIN_SCORE
from .unframed import object_act
from .voice import SentenceVoice, sentence_voice

Voices = dict[tuple[str, int], SentenceVoice]  # (article_id, sentence index) → its voice
LOADED_TERMS_ENV = "AGGREGATOR_LOADED_TERMS"  # the `loaded_terms` setting's environment variable


def extra_terms_path() -> str:
    """The extra loaded-terms file of the `loaded_terms` setting, or "" for none."""
    return Settings.load().loaded_terms


Lexicon = tuple[tuple[str, str, re.Pattern, float], ...]  # (category, term, pattern, score)


@lru_cache(maxsize=4)
def load_lexicon(extra: str = "") -> Lexicon:
    """(category, term, pattern, score) for every term of the packaged lexicon plus an extra file.
    A category is a list of terms, scored `DOMAIN_SCORE` (always shown), or a mapping with
    `terms` and its own `score` (below `EVALUATIVE_SHOW`: kept in the JSON, shown only where the
    general lexicons rate the word that high themselves)."""
    text = resources.files("aggregator").joinpath("data/loaded_terms.yaml").read_text(encoding="utf-8")
    packaged = parse_yaml(text, "aggregator/data/loaded_terms.yaml")
    if not isinstance(packaged, dict):
        raise ConfigError("aggregator/data/loaded_terms.yaml: expected a mapping of category to a list of terms")
    entries = [("aggregator/data/loaded_terms.yaml", packaged)]
    if extra:
        more = read_yaml(extra)
        if not isinstance(more, dict):
            raise ConfigError(f"{extra}: expected a mapping of category to a list of terms")
        entries.append((extra, more))
    terms_of: dict[str, list] = {}
    score_of: dict[str, float] = {}
    for where, data in entries:
        for category, value in data.items():
            terms, score = _category(where, str(category), value)
            terms_of.setdefault(str(category), []).extend(terms)
            if score is not None:
                score_of[str(category)] = score
    return tuple((category, str(term), _pattern(str(term)), score_of.get(category, DOMAIN_SCORE))
                 for category, terms in terms_of.items() for term in terms)


def _category(where: str, category: str, value) -> tuple[list, float | None]:
    """A category's terms and its own score (None: the default), or a one-line ConfigError."""
    if isinstance(value, list):
        return value, None
    if isinstance(value, dict) and isinstance(value.get("terms"), list) and set(value) <= {"terms", "score"}:
        score = value.get("score", DOMAIN_SCORE)
        if isinstance(score, bool) or not isinstance(score, int | float) or not 0 <= score <= 1:
            raise ConfigError(f"{where}: category {category!r}: score must be a number from 0 to 1")
        return value["terms"], float(score)
    raise ConfigError(f"{where}: category {category!r} must be a list of terms, or a mapping of 'terms' "
                      "(a list) and 'score' (0 to 1)")


def _pattern(term: str) -> re.Pattern:
    """The term as whole words; it may also head a compound after a hyphen ("eco-zealots"), which
    `sentence_terms` keeps unless the compound opposes it ("anti-thug")."""
    parts = [re.escape(p).replace(r"\*", r"[\w-]*") for p in term.lower().split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?![\w-])", re.IGNORECASE)


def _opposed_or_inside(text: str, start: int) -> bool:
    """A match after a hyphen that is no compound's head: after an opposing prefix ("anti-",
    "counter-"), or after a hyphen with no word before it."""
    if text[start - 1:start] != "-":
        return False
    before = re.search(r"([\w-]+)-$", text[:start])
    return before is None or before.group(1).lower().rsplit("-", 1)[-1] in OPPOSING_PREFIXES


def sentence_terms(text: str, lexicon: Lexicon,
                   voice: SentenceVoice | None = None, language: str = "en") -> list[Evaluative]:
    """The loaded terms of one sentence: domain-list terms (longest first), then the evaluative
    terms of `evaluative` that no domain term covers; a domain term takes the higher score.
    The lexicons are English: other languages get the domain list only."""
    voice = voice or sentence_voice(text, language)
    pack = language_pack(language)
    general = evaluative_spans(text, voice, pack) if pack.general_lexicons else []
    out: list[Evaluative] = []
    acts = _acts(text, pack)
    fixed = fixed_term_spans(text, pack)  # "listed as threatened"
    for category, _term, pattern, domain_score in sorted(lexicon, key=lambda x: -len(x[1])):
        for match in pattern.finditer(text):
            if any(t.start < match.end() and match.start() < t.end for t in out):
                continue  # a longer term already covers this span
            if match.start() in acts:
                continue  # "… that claimed the life of …": a verb of saying with an object reports nothing
            if _opposed_or_inside(text, match.start()):
                continue  # "anti-thug laws": the compound opposes the word
            after, before = text[match.end():].split(maxsplit=1), text[:match.start()].split()[-1:]
            if after and after[0].lower() in pack.evaluative.motion_particles \
                    and not (before and before[0].lower() in pack.naming.determiners):
                continue  # "he was slammed into a car": a motion, not the outlet's judgement (not "a tirade against")
            if in_fixed_term(match.start(), match.end(), fixed):
                continue  # a word of a fixed term ("species listed as threatened"), not the outlet's framing
            if pack.evaluative.name_introducers.search(match.group(0)) and names_a_nickname(text, match.end()):
                continue  # 'the so-called "Teflon Don"': a nickname introduced, no claim denied
            if _in_proper_name(text, match.start(), match.end()):
                continue  # "the War of Resistance Against Japanese Aggression": a name, not a choice of word
            who, speaker = voice.at(match.start(), match.end())
            score = max([domain_score] + [t.score for t in general
                                          if t.start < match.end() and match.start() < t.end])
            out.append(Evaluative(match.start(), match.end(), match.group(0), score, "domain-list", category,
                                  who, speaker))
    out += [t for t in general if not any(d.start < t.end and t.start < d.end for d in out)]
    return sorted(out, key=lambda t: t.start)


def _in_proper_name(text: str, start: int, end: int) -> bool:
    """The match is written capitalised inside a run of capitalised words (a title or a name:
    "Japanese Aggression", "Threat Intelligence Center"), not at the start of the sentence. The
    general lexicons skip capitalised words the same way (`evaluative.evaluative_spans`)."""
    if not text[start:start + 1].isupper():
        return False
    before = re.search(r"([\w'’-]+)[^\w.!?;:]*$", text[:start])
    after = re.match(r"[^\w.!?;:]*([\w'’-]+)", text[end:])
    if before is None:
        return False
    return before.group(1)[:1].isupper() or (after is not None and after.group(1)[:1].isupper())


def _acts(text: str, pack: LanguagePack) -> set[int]:
    """Where a doubt verb with another sense (the pack's `evaluative.doubt_other_senses`:
    "claimed"), used as a finite verb, a perfect or a gerund, takes an object instead of a clause
    ("the shooting claimed the life of …", "have claimed another coach", "claiming the lives of"),
    or is a passive participle with its agent (" … but claimed by Dravia": a thing claimed, not
    words): the word's offsets. Other verbs stay ("slammed the decision"), and so does an attributive
    participle ("the claimed link") and "it was claimed by officials that …"."""
    if pack.tagger is None:
        return set()
    doubt = pack.evaluative.doubt_other_senses
    words = list(re.finditer(r"[\w'’-]+", text))
    verbs = [k for k, m in enumerate(words) if m.group(0).lower() in pack.voice.reporting_verbs
             and lemma(m.group(0).lower(), "VB") in doubt]  # claimed, claims
    if not verbs:
        return set()
    tags = pack.tagger(tuple(m.group(0) for m in words))
    def finite_or_perfect(k: int) -> bool:  # "the standings have claimed another coach"
        return tags[k] in ("VBD", "VBZ", "VBP", "VBG") \
            or (tags[k] == "VBN" and k > 0 and words[k - 1].group(0).lower() in pack.naming.auxiliaries)
    lows = [m.group(0).lower() for m in words]

    def held_by(k: int) -> bool:  # "islands controlled by Ostmark but claimed by Dravia": a thing claimed
        return tags[k] == "VBN" and k + 1 < len(lows) and lows[k + 1] == pack.voice.view_agent \
            and not (k > 1 and lows[k - 2] == pack.voice.nameless_subject)  # not "it was claimed by X that …"
    return {words[k].start() for k in verbs if held_by(k) or finite_or_perfect(k) and (
        object_act(lows, tags, k, pack)
        or not reports_a_clause(text[words[k].end():].split(";", 1)[0], pack, adverbial_ends=True))}
    # (a clause after a semicolon is another statement: "No group has claimed responsibility; last month …")


def loaded_terms(sentences: list[Sentence], extra: str | None = None,
                 voices: Voices | None = None) -> list[LoadedTerm]:
    """Every loaded term in every sentence, with the voice it is written in (see `voice`), its
    score and how it was found."""
    lexicon = load_lexicon(extra if extra is not None else extra_terms_path())
    out = []
    for sent in sentences:
        voice = (voices or {}).get((sent.article_id, sent.index)) or sentence_voice(sent.text, sent.language)
        for t in sentence_terms(sent.text, lexicon, voice, sent.language):
            out.append(LoadedTerm(source=sent.source, term=t.term, category=t.category, sentence=sent.text,
                                  voice=t.voice, speaker=t.speaker, score=t.score, method=t.method))
    return out
