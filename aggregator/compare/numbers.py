"""Read quantities as news writes them: figures, number words, and their hedges.

"at least 10", "more than 26,000", "about 100", "several dozen", "Ten", "two-thirds" … each
becomes an interval [low, high] so two reports are compared by whether their intervals can
both be true ("at least three" and "10" can; "about 100" and "several dozen" cannot), never by
string equality.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .language import ENGLISH, QuantityWords
from .lexicon import MONTHS
from .params import ABOUT, NEARLY_LOW

_FIGURE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


@dataclass(frozen=True)
class Quantity:
    """A quantity read from tokens [start, end): its interval and how it was written."""

    low: float
    high: float
    text: str
    start: int
    end: int
    exact: bool  # a figure with no hedge

    def overlaps(self, other: Quantity, tolerance: float = 0.0) -> bool:
        slack = tolerance * max(abs(self.high), abs(other.high), 1e-9) if tolerance else 0.0
        return self.low <= other.high + slack and other.low <= self.high + slack

    def scaled(self, factor: float) -> Quantity:
        return Quantity(self.low * factor, self.high * factor, self.text, self.start, self.end, self.exact)


def each_quantity(words: list[str], lang: QuantityWords = ENGLISH.quantities) -> Iterator[Quantity]:
    """Every quantity of a token list, left to right, the words of one never read again as the
    start of another ("more than 5,000": one quantity, not also "5,000")."""
    i = 0
    while i < len(words):
        q = read_quantity(words, i, lang)
        if q is None:
            i += 1
            continue
        i = max(q.end, i + 1)
        yield q


def read_quantity(words: list[str], i: int, lang: QuantityWords = ENGLISH.quantities) -> Quantity | None:
    """The quantity starting at words[i] (lower-cased tokens), with any hedge before the figure;
    `lang`: the number words, scales, vague amounts and qualifiers of the sentence's language."""
    scales = lang.scales
    kind, j = "exact", i
    qualifiers, vague = _longest_first(lang)
    for phrase, q in qualifiers:
        if tuple(words[i:i + len(phrase)]) == phrase:
            kind, j = q, i + len(phrase)
            break
    for phrase, (lo, hi) in vague:
        if tuple(words[j:j + len(phrase)]) == phrase:
            if phrase in lang.vague_before_scale and j + len(phrase) < len(words) \
                    and words[j + len(phrase)] in scales:
                continue  # "several thousand" is read below
            return _hedge(lo, hi, kind, words, i, j + len(phrase), exact=False)
    if kind == "exact" and j < len(words) and words[j] == lang.range_start:  # "between 60 and 100"
        low, k = _number(words, j + 1, lang)
        if low is not None and k < len(words) and words[k] == lang.range_and:
            high, end = _number(words, k + 1, lang)
            if high is not None and high > low:
                if words[end - 1] in scales and words[k - 1] not in scales:
                    low *= scales[words[end - 1]]  # "between 2 and 3 million"
                return Quantity(low, high, " ".join(words[i:end]), i, end, False)
    value, end = _number(words, j, lang)
    if value is None:
        return None
    if kind == "exact" and end + 1 < len(words) and words[end] in lang.range_words:  # "60-100", "140 to 150"
        high, stop = _number(words, end + 1, lang)
        if high is not None and high > value and not (end + 1 < len(words) and words[end + 1][:1].isalpha()
                                                       and words[end] == "-"):
            if words[stop - 1] in scales and words[end - 1] not in scales:
                value *= scales[words[stop - 1]]  # "140 to 150 million": both in millions
            return Quantity(value, high, " ".join(words[i:stop]), i, stop, False)
    return _hedge(value, value, kind, words, i, end, exact=kind == "exact")


@cache
def _longest_first(lang: QuantityWords) -> tuple[list, list]:
    """The pack's qualifiers and vague amounts, longest phrase first (sorted once per pack, not
    once per word: issue 23, 77,000 calls at 300 reports)."""
    return (sorted(lang.qualifiers.items(), key=lambda x: -len(x[0])),
            sorted(lang.vague.items(), key=lambda x: -len(x[0])))


def past_qualifier(words: list[str], i: int, lang: QuantityWords = ENGLISH.quantities) -> int:
    """The index after a qualifier that starts at words[i] ("about", "at least", "more than"),
    longest first, or i when none does."""
    return next((i + len(phrase) for phrase, _ in _longest_first(lang)[0]
                 if tuple(words[i:i + len(phrase)]) == phrase), i)


def _hedge(lo: float, hi: float, kind: str, words, start, end, exact: bool) -> Quantity:
    if kind == "min":
        hi = float("inf")
    elif kind == "max":
        lo = 0.0
    elif kind == "about":
        lo, hi = lo * (1 - ABOUT), hi * (1 + ABOUT)
    elif kind == "near":
        lo = lo * NEARLY_LOW
    return Quantity(lo, hi, " ".join(words[start:end]), start, end, exact)


def _number(words: list[str], j: int, lang: QuantityWords) -> tuple[float | None, int]:
    """A figure ("1,500", "2.6") or number words ("twenty-five", "three hundred"), then a scale."""
    scales, units = lang.scales, lang.units_words
    if j >= len(words):
        return None, j
    word = words[j]
    value: float | None = None
    if _FIGURE.match(word):
        value, j = float(word.replace(",", "")), j + 1
    elif scaled := re.fullmatch(r"(\d+(?:\.\d+)?)(m|mn|bn|k)", word):
        number, scale = scaled.groups()
        return float(number) * scales[scale], j + 1
    else:
        parts = word.split("-")
        if parts and all(p in units for p in parts) and word not in lang.not_alone:
            value, j = float(sum(units[p] for p in parts)), j + 1
        elif word in lang.article_numbers and j + 1 < len(words) and words[j + 1] in lang.round_scales:
            value, j = 1.0, j + 1
    if value is None:
        return None, j
    while j < len(words) and words[j] in scales and words[j] not in lang.unchained_scales:
        value, j = value * scales[words[j]], j + 1
    return value, j


# A figure whose thousands a tokeniser split off ("$430, 000", "about 2, 000ft": text rebuilt from
# tokens, as corpora are): one to three digits, a comma and a space, three digits. Not after a
# month ("May 5, 200 people") or another such group ("1, 2, 300"), not a year ("In 2009, 100 …").
_SPLIT_THOUSANDS = re.compile(r"(?<![\d,.])(\d{1,3}), (\d{3})(?![\d,])")
_MONTH_BEFORE = re.compile(rf"\b(?:{'|'.join(MONTHS)})\.?\s*$|\d,\s*$", re.I)


def _thousands_joined(text: str) -> str:
    return _SPLIT_THOUSANDS.sub(
        lambda m: m.group(0) if _MONTH_BEFORE.search(text[:m.start()]) else f"{m.group(1)},{m.group(2)}", text)


def tokens(text: str, keep_case: bool = False) -> list[str]:
    """Lower-cased word tokens with figures kept whole ("1,500", "5.9", "58km" → "58", "km"; "$430,
    000" as a tokeniser left it → "430,000"); `keep_case`: the same tokens as written."""
    text = re.sub(r"(\d)(km|mi|m|kg|ft)\b", r"\1 \2", _thousands_joined(text))
    found = re.findall(r"\d[\d,]*(?:\.\d+)?(?:m|mn|bn|k)?\b|[^\W\d_]+(?:-[^\W\d_]+)*|[^\w\s]", text)
    return found if keep_case else [t.lower() for t in found]


def rounding_share(text: str, value: float) -> float:
    """How far, as a share of `value`, a figure written as `text` may lie from what it rounds:
    half a unit of its last written digit ("58" stands for 57.5–58.5, "54.2" for 54.15–54.25).
    Two per cent figures then agree when one is the other rounded ("58%" / "58.3%") and clash when
    both are written as precisely and differ ("54.2%" / "53.9%": a preliminary count and a final one)."""
    digits = re.search(r"\d+(?:[.,](\d+))?", text)
    decimals = len(digits.group(1) or "") if digits else 0
    return 0.5 * 10 ** -decimals / abs(value) if value else 0.0

