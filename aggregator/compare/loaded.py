"""Loaded wording: evaluative or loaded terms per outlet, each with its sentence.

The lexicon is `aggregator/data/loaded_terms.yaml` (its header says where it comes from and
how to extend it); `AGGREGATOR_LOADED_TERMS` may name an extra file of the same shape,
read here only (`extra_terms_path`): the pipeline's check before a run, the comparison and
the comparison cache's fingerprint all see the same file.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from importlib import resources

from ..errors import ConfigError
from ..models import LoadedTerm, Sentence
from ..yamlfile import parse_yaml, read_yaml
from .voice import SentenceVoice, sentence_voice

Voices = dict[tuple[str, int], SentenceVoice]  # (article_id, sentence index) → its voice
LOADED_TERMS_ENV = "AGGREGATOR_LOADED_TERMS"  # names an extra loaded-terms file


def extra_terms_path() -> str:
    """The extra loaded-terms file the environment names, or "" for none."""
    return os.environ.get(LOADED_TERMS_ENV, "")


@lru_cache(maxsize=4)
def load_lexicon(extra: str = "") -> tuple[tuple[str, str, re.Pattern], ...]:
    """(category, term, pattern) for every term of the packaged lexicon plus an extra file."""
    text = resources.files("aggregator").joinpath("data/loaded_terms.yaml").read_text(encoding="utf-8")
    packaged = parse_yaml(text, "aggregator/data/loaded_terms.yaml")
    if not isinstance(packaged, dict):
        raise ConfigError("aggregator/data/loaded_terms.yaml: expected a mapping of category to a list of terms")
    data: dict = dict(packaged)
    if extra:
        more = read_yaml(extra)
        if not isinstance(more, dict):
            raise ConfigError(f"{extra}: expected a mapping of category to a list of terms")
        for category, terms in more.items():
            data.setdefault(category, []).extend(terms or [])
    out = []
    for category, terms in data.items():
        if not isinstance(terms, list):
            raise ConfigError(f"loaded terms: category {category!r} must be a list")
        for term in terms:
            out.append((category, str(term), _pattern(str(term))))
    return tuple(out)


def _pattern(term: str) -> re.Pattern:
    parts = [re.escape(p).replace(r"\*", r"[\w-]*") for p in term.lower().split()]
    return re.compile(r"(?<![\w-])" + r"\s+".join(parts) + r"(?![\w-])", re.IGNORECASE)


def loaded_terms(sentences: list[Sentence], extra: str | None = None,
                 voices: Voices | None = None) -> list[LoadedTerm]:
    """Every lexicon term in every sentence, with the voice it is written in (see `voice`)."""
    lexicon = load_lexicon(extra if extra is not None else extra_terms_path())
    out = []
    for sent in sentences:
        voice = (voices or {}).get((sent.article_id, sent.index)) or sentence_voice(sent.text)
        taken: list[tuple[int, int]] = []
        for category, _term, pattern in sorted(lexicon, key=lambda x: -len(x[1])):
            for match in pattern.finditer(sent.text):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue  # a longer term already covers this span
                taken.append((match.start(), match.end()))
                who, speaker = voice.at(match.start(), match.end())
                out.append(LoadedTerm(source=sent.source, term=match.group(0), category=category,
                                      sentence=sent.text, voice=who, speaker=speaker))
    return out
