"""Sentence segmentation for news text, with pysbd.

pysbd's rules handle what naive splitting gets wrong in news copy: abbreviations ("U.S.",
"Gen."), initials, decimal numbers, and quotes that close after the full stop. Paragraph
breaks are always sentence breaks.
"""

from __future__ import annotations

from functools import cache

import pysbd

from .language import language_pack

SUPPORTED = {"en", "zh", "ja", "de", "fr", "es", "it", "ru", "ar", "nl", "pl", "da", "el",
             "fa", "hi", "hy", "am", "bg", "mr", "my", "sk", "ur", "kk"}


@cache
def _segmenter(language: str) -> pysbd.Segmenter:
    code = language_pack(language).segmenter
    return pysbd.Segmenter(language=code if code in SUPPORTED else "en", clean=False)


def split_sentences(text: str, language: str = "en") -> list[str]:
    """Sentences of `text` in order, stripped, without empty ones."""
    seg = _segmenter(language)
    out: list[str] = []
    for paragraph in text.split("\n"):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        out.extend(s.strip() for s in seg.segment(paragraph) if s.strip())
    return out
