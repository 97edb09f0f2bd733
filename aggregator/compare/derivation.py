"""Derivation: which report reuses another's text, and in which direction.

Sentences are compared by word-trigram containment (the share of a sentence's trigrams found
in the other sentence) through an inverted index, so the cost grows with shared trigrams rather
than with all sentence pairs. A sentence is reused when some sentence of the other report
contains at least `threshold` of it: an edited copy ("said" → "claimed", a dropped clause)
still counts, a paraphrase does not. Direction comes from publication times when they differ;
when they do not, a wire service is taken as the original; otherwise the report more fully
contained in the other is taken as derived.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import datetime

from ..models import Derivation, OutletReport, Sentence

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 3) -> frozenset[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < n:
        return frozenset([tuple(words)]) if words else frozenset()
    return frozenset(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def reused_sentences(sentences: list[Sentence], threshold: float = 0.6) -> dict[tuple[str, str], int]:
    """(x, y) → how many of x's sentences have a near-verbatim match in y."""
    sets = [shingles(s.text) for s in sentences]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, sh in enumerate(sets):
        for g in sh:
            index[g].append(i)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for i, sh in enumerate(sets):
        if not sh:
            continue
        overlap: dict[int, int] = defaultdict(int)
        for g in sh:
            for j in index[g]:
                if sentences[j].source != sentences[i].source:
                    overlap[j] += 1
        matched_in: set[str] = set()
        for j, common in overlap.items():
            if common / len(sh) >= threshold:
                matched_in.add(sentences[j].source)
        for source in matched_in:
            counts[(sentences[i].source, source)] += 1
    return counts


def derivations(sentences: list[Sentence], outlets: list[OutletReport], credits=None, min_share: float = 0.3,
                min_sentences: int = 2, threshold: float = 0.6) -> list[Derivation]:
    totals: dict[str, int] = defaultdict(int)
    for s in sentences:
        totals[s.source] += 1
    meta = {o.source: o for o in outlets}
    counts = reused_sentences(sentences, threshold)
    out = []
    done: set[frozenset[str]] = set()
    for (x, y) in sorted(counts):
        pair = frozenset((x, y))
        if pair in done:
            continue
        done.add(pair)
        share = {x: counts[(x, y)] / totals[x], y: counts.get((y, x), 0) / totals[y]}
        derived, basis = _direction(meta.get(x), meta.get(y), share)
        original = y if derived == x else x
        matched = counts.get((derived, original), 0)
        if matched >= min_sentences and share[derived] >= min_share:
            out.append(Derivation(derived=derived, original=original, share=round(share[derived], 3),
                                  matched=matched, total=totals[derived], basis=basis))
    return sorted(out, key=lambda d: -d.share)


def _direction(a: OutletReport | None, b: OutletReport | None, share: dict[str, float]) -> tuple[str, str]:
    x, y = list(share)
    ta, tb = _time(a), _time(b)
    if ta and tb and ta != tb:
        return (x, "publication time") if ta > tb else (y, "publication time")
    wire_a, wire_b = _is_wire(a), _is_wire(b)
    if wire_a != wire_b:
        return (y, "wire affiliation") if wire_a else (x, "wire affiliation")
    return (x, "containment") if share[x] >= share[y] else (y, "containment")


def _time(o: OutletReport | None) -> datetime | None:
    return o.published if o else None


def _is_wire(o: OutletReport | None) -> bool:
    return bool(o and "wire" in (o.affiliation or "").lower())
