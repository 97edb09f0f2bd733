"""Comparison language packs: the word lists and rules the comparison needs for one language.

Adding a language used to mean finding every `language == "en"` and every English list across
compare/. A pack gathers them: how sentences are split, which furniture rules apply, how a
fragment is measured, whether the general evaluative lexicons (English) run, and the closed
lists that classify word changes. Packs are registered in the `aggregator.language_packs` entry
points under their ISO 639-1 code; English, Chinese, Japanese and Korean are registered by
aggregator itself (pyproject.toml), a new language by its own package (docs/extending.md).

A language no pack is registered for gets `generic(code)`: no English-only rules, words counted
as words, and the English word-change lists (a sentence in another language rarely matches them,
so its changes are mostly `word choice`) — what the comparison did for every such language
before packs existed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache

from .. import plugins
from .lexicon import ATTRIBUTION_VERBS, HEDGES, INTENSIFIERS

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LanguagePack:
    """Everything language-specific the comparison reads, for one language."""

    code: str  # ISO 639-1, the key articles' `language` is matched on ("en-GB" uses "en")
    name: str
    # pysbd's language for sentence splitting (its rules for abbreviations, quotes); a language
    # pysbd lacks is split by its English rules
    segmenter: str
    # verbs of saying, hedges and intensifiers: a word change between two of them is classified
    # as `attribution verb`, `hedge` or `intensifier` (compare/wording.py)
    attribution_verbs: frozenset[str]
    hedges: frozenset[str]
    intensifiers: frozenset[str]
    # "Updated: 3 March 2014 09:12 IST" stamps at the start of a line are cut (compare/clean.py)
    strip_stamps: bool = False
    # a short line without closing punctuation is a heading or byline, not story text
    drop_unpunctuated_headings: bool = False
    # a fragment is measured in characters (no spaces between words), not in words
    count_characters: bool = False
    # VADER and Pattern's subjectivity lexicon score the outlet's own words (compare/evaluative.py)
    general_lexicons: bool = False


ENGLISH = LanguagePack(
    code="en", name="English", segmenter="en", attribution_verbs=ATTRIBUTION_VERBS, hedges=HEDGES,
    intensifiers=INTENSIFIERS, strip_stamps=True, drop_unpunctuated_headings=True, general_lexicons=True)
# No Chinese, Japanese or Korean word lists exist yet: the packs carry the splitting and
# fragment rules; word changes use the English lists, as before packs.
CHINESE = LanguagePack(code="zh", name="Chinese", segmenter="zh", attribution_verbs=ATTRIBUTION_VERBS,
                       hedges=HEDGES, intensifiers=INTENSIFIERS, count_characters=True)
JAPANESE = LanguagePack(code="ja", name="Japanese", segmenter="ja", attribution_verbs=ATTRIBUTION_VERBS,
                        hedges=HEDGES, intensifiers=INTENSIFIERS, count_characters=True)
KOREAN = LanguagePack(code="ko", name="Korean", segmenter="ko", attribution_verbs=ATTRIBUTION_VERBS,
                      hedges=HEDGES, intensifiers=INTENSIFIERS, count_characters=True)


def generic(code: str) -> LanguagePack:
    """The pack of a language nobody registered: no language-specific rules."""
    return LanguagePack(code=code, name=code, segmenter=code, attribution_verbs=ATTRIBUTION_VERBS,
                        hedges=HEDGES, intensifiers=INTENSIFIERS)


@cache
def language_pack(language: str) -> LanguagePack:
    """The registered pack for `language` ("" is English, "en-GB" is "en"), else `generic`."""
    code = (language or "en").lower().replace("_", "-").split("-")[0]
    if code not in plugins.names(plugins.LANGUAGE_PACKS):
        return generic(code)
    pack = plugins.load(plugins.LANGUAGE_PACKS, code)
    if not isinstance(pack, LanguagePack):
        logger.warning("language pack %r is %r, not a LanguagePack; using the generic rules", code, pack)
        return generic(code)
    return pack


def refresh() -> None:
    """Forget the packs looked up (tests that install one into a running process)."""
    language_pack.cache_clear()
