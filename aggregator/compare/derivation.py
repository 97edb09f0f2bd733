"""Derivation: which report reuses another's text, and in which direction.

Sentences are compared by word-trigram containment (the share of a sentence's trigrams found
in the other sentence) through an inverted index, so the cost grows with shared trigrams rather
than with all sentence pairs. A sentence is reused when some sentence of the other report
contains at least `threshold` (`REUSE_CONTAINMENT`) of it: an edited copy ("said" → "claimed", a dropped clause)
still counts, a paraphrase does not. Direction needs evidence: publication times that differ by
more than a margin (`DERIVATION_TIME_MARGIN_HOURS`, whole days for datelines); else a credit in
one report naming the other outlet, or a wire service's text in a non-wire outlet; else the pair
is `shared text` with its direction unknown. Two reports that both credit one agency share a
source: neither copied the other. Two reports whose shared sentences are all words both quote
(a press statement, a tweet) are `shared quotations`: two reports of one statement, not a copy;
one sentence of the outlet's own words in common keeps them `shared text` (an interview a wire
service did, carried with its frame).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from ..models import Derivation, OutletReport, Sentence
from ..text import shingles
from .language import ENGLISH, SourceWords, pack_for
from .params import (
    DERIVATION_DATE_MARGIN_DAYS,
    DERIVATION_TIME_MARGIN_HOURS,
    MIN_DERIVED_SHARE,
    MIN_OWN_WORDS,
    MIN_PASSAGE_SENTENCES,
    MIN_PASSAGE_WORDS,
    MIN_REUSED_SENTENCES,
    REUSE_CONTAINMENT,
    SHINGLE_WORDS,
)

# Confidence of a direction by its basis: times are the strongest evidence, a credit naming the
# other outlet next, a wire service's text in a non-wire outlet last.
# A dateline ("Posted on November 15, 2011") is the report's own date stamp, as strong as metadata.
# Relations that do not make two reports one text: each quotes one statement, or both run a
# few wire paragraphs among their own (outlets stay apart when counted; no agency is looked for)
NOT_ONE_TEXT = ("shared quotations", "shared passages")
MAX_PASSAGE_EVIDENCE = 5  # shared passages: the reused sentences kept as evidence
BASIS_CONFIDENCE = {"publication time": 0.9, "dateline": 0.9, "agency credit": 0.85, "wire affiliation": 0.75}


def reused_sentences(sentences: list[Sentence], threshold: float = REUSE_CONTAINMENT) -> dict[tuple[str, str], int]:
    """(x, y) → how many of x's sentences have a near-verbatim match in y."""
    return {pair: len(found) for pair, found in matches(sentences, threshold).items()}


def matches(sentences: list[Sentence], threshold: float = REUSE_CONTAINMENT,
            own_words: Sequence[str] | None = None) -> dict[tuple[str, str], set[int]]:
    """(x, y) → positions (in `sentences`) of x's sentences that y reuses near-verbatim: some
    sentence of y contains `threshold` of its trigrams, or it contains `threshold` of one of
    y's (a copy that cut a clause still reuses the sentence).

    `own_words`, when given, is each sentence without its quoted words (`SentenceVoice.
    outside_quotes`), and sentences are compared on it; a sentence that is little but a quotation
    (fewer than `MIN_OWN_WORDS` words of its own) takes no part. `derivations` uses it to tell two
    outlets that quote one statement from two that share a text."""
    if own_words is None:
        sets = [shingles(s.text, SHINGLE_WORDS) for s in sentences]
    else:
        sets = [shingles(own, SHINGLE_WORDS) if own == s.text or len(own.split()) >= MIN_OWN_WORDS
                else frozenset() for s, own in zip(sentences, own_words)]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, sh in enumerate(sets):
        for g in sh:
            index[g].append(i)
    found: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, sh in enumerate(sets):
        if not sh:
            continue
        overlap: dict[int, int] = defaultdict(int)
        for g in sh:
            for j in index[g]:
                if sentences[j].source != sentences[i].source:
                    overlap[j] += 1
        for j, common in overlap.items():
            if common / len(sh) >= threshold or (sets[j] and common / len(sets[j]) >= threshold):
                found[(sentences[i].source, sentences[j].source)].add(i)
    return found


def derivations(sentences: list[Sentence], outlets: list[OutletReport],
                credits: Mapping[str, Collection[str]] | None = None, min_share: float = MIN_DERIVED_SHARE,
                min_sentences: int = MIN_REUSED_SENTENCES, threshold: float = REUSE_CONTAINMENT,
                times: Mapping[str, tuple[datetime | None, bool]] | None = None,
                datelined: Collection[str] = (), own_words: Sequence[str] | None = None) -> list[Derivation]:
    """Derived pairs with what the copy dropped and added, and whether it is a copy of the
    other report or both carry one agency's text (`credits`: agencies each outlet credits;
    `datelined`: outlets whose time in `times` is their text's dateline, not metadata, so a
    direction from it is said to come from the dateline; `own_words`: see `matches`)."""
    totals: dict[str, int] = defaultdict(int)
    for s in sentences:
        totals[s.source] += 1
    meta = {o.source: o for o in outlets}
    # agency names as each outlet's language shortens them ("AP" / "Associated Press")
    aliases = {s.source: pack_for(s.language).sources for s in sentences}
    found = matches(sentences, threshold)
    # the same, on each sentence's words outside quotation marks
    own_found = matches(sentences, threshold, own_words) if own_words is not None else found
    counts = {pair: len(idx) for pair, idx in found.items()}
    out = []
    done: set[frozenset[str]] = set()
    for (x, y) in sorted(counts):
        pair = frozenset((x, y))
        if pair in done:
            continue
        done.add(pair)
        share = {x: counts[(x, y)] / totals[x], y: counts.get((y, x), 0) / totals[y]}
        derived, basis = _direction(meta.get(x), meta.get(y), share, credits or {}, times, aliases)
        if basis == "publication time" and {x, y} & set(datelined):
            basis = "dateline"
        original = y if derived == x else x
        matched = counts.get((derived, original), 0)
        if not (matched >= min_sentences and share[derived] >= min_share):
            passages = _passages(sentences, own_found, own_words, x, y, share, totals)
            if passages:
                out.append(passages)
            continue
        kept = found.get((original, derived), set())
        used = found.get((derived, original), set())
        dropped = tuple(s.text for i, s in enumerate(sentences) if s.source == original and i not in kept)
        added = tuple(s.text for i, s in enumerate(sentences) if s.source == derived and i not in used)
        reused = tuple(s.text for i, s in enumerate(sentences) if s.source == derived and i in used)
        relation = "shared text" if basis == "direction unknown" else "copy"
        if not own_found.get((derived, original)):
            relation, basis = "shared quotations", "quotations of one statement"
        confidence = min(0.95, 0.5 + share[derived] / 2) * BASIS_CONFIDENCE.get(basis, 1.0)
        out.append(Derivation(derived=derived, original=original, share=round(share[derived], 3),
                              matched=matched, total=totals[derived], basis=basis, relation=relation,
                              dropped=dropped, added=added, confidence=round(confidence, 2),
                              evidence=reused[:3]))
    return sorted(_relations(out, meta, credits or {}, aliases), key=lambda d: -d.share)


def _passages(sentences: list[Sentence], own_found: dict[tuple[str, str], set[int]], own_words: Sequence[str] | None,
              x: str, y: str, share: dict[str, float], totals: Mapping[str, int]) -> Derivation | None:
    """Reports below the share bar that still run the same passages: `MIN_PASSAGE_SENTENCES` or
    more long sentences (`MIN_PASSAGE_WORDS` words outside quotation marks) of one reused by the
    other. No direction is judged (the shared paragraphs most often come from a wire both use),
    nothing is said dropped or added, and the pair joins no copy family."""
    words = own_words if own_words is not None else [s.text for s in sentences]

    def long_reused(a: str, b: str) -> list[int]:
        return sorted(i for i in own_found.get((a, b), ()) if len(words[i].split()) >= MIN_PASSAGE_WORDS)

    by = {x: long_reused(x, y), y: long_reused(y, x)}
    derived = max((x, y), key=lambda o: (len(by[o]), share[o]))
    original = y if derived == x else x
    if len(by[derived]) < MIN_PASSAGE_SENTENCES:
        return None
    confidence = min(0.9, 0.55 + 0.05 * len(by[derived]))
    return Derivation(derived=derived, original=original, share=round(share[derived], 3),
                      matched=len(by[derived]), total=totals[derived], basis="direction not judged",
                      relation="shared passages", confidence=round(confidence, 2),
                      evidence=tuple(sentences[i].text for i in by[derived][:MAX_PASSAGE_EVIDENCE]))


def copy_families(outlets: Collection[str], found: Collection[Derivation]) -> dict[str, str]:
    """Each outlet → the first (sorted) outlet of its family: the outlets joined by shared text,
    whatever the direction, but not two that only quote one statement (two reports). A wire
    story run by three outlets is one report told three times, so counting "how many outlets
    carry a fact" counts each family once."""
    parent = {o: o for o in outlets}
    found = [d for d in found if d.relation not in NOT_ONE_TEXT]

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for d in found:
        a, b = sorted((root(d.derived), root(d.original)))
        parent[b] = a
    return {o: root(o) for o in sorted(parent)}


def _relations(found: list[Derivation], meta: dict[str, OutletReport], credits: Mapping[str, Collection[str]],
               aliases: Mapping[str, SourceWords] | None = None) -> list[Derivation]:
    """A pair is a `shared source` when both credit one agency that neither is, or both reuse
    a wire service's text among the reports (an outlet marked a wire, or one another outlet credits):
    each took the agency copy, neither copied the other."""
    out = []
    # event outlets another outlet credits as its source ("…, according to the Associated Press"):
    # wires of this event, as an outlet marked a wire is
    credited = {o for o in meta for x, cs in credits.items() if x != o
                for c in cs if _same_agency(c, o, (aliases or {}).get(x, ENGLISH.sources))}
    for d in found:
        if d.relation in NOT_ONE_TEXT:
            out.append(d)
            continue
        agency = ""
        names = (aliases or {}).get(d.derived, ENGLISH.sources)  # the crediting outlet's
        original_is_agency = _is_wire(meta.get(d.original)) or any(
            _same_agency(a, d.original, names) for a in credits.get(d.derived, ()))
        if not original_is_agency:
            common = {a for a in credits.get(d.derived, ()) for b in credits.get(d.original, ())
                      if _same_agency(a, b, names)}
            wires = {w.original for w in found if _is_wire(meta.get(w.original)) or w.original in credited} \
                - {d.derived, d.original}
            shared_wire = sorted(w for w in wires if all(any(x.original == w and x.derived == o for x in found)
                                                         for o in (d.derived, d.original)))
            agency = sorted(common)[0] if common else (shared_wire[0] if shared_wire else "")
        out.append(replace(d, relation="shared source", source_agency=agency, basis="both credit the agency",
                           confidence=round(min(0.95, 0.5 + d.share / 2), 2)) if agency else d)
    return out


def _same_agency(a: str, b: str, words: SourceWords = ENGLISH.sources) -> bool:
    """"AP" and "Associated Press", "Xinhua" and "Xinhua News Agency" are one agency (`words`: the
    crediting outlet's pack's `sources`, its `agency_aliases` and `agency_article`)."""
    def norm(x: str) -> str:
        x = words.agency_article.sub("", x.lower().strip())
        return words.agency_aliases.get(x, x)
    na, nb = norm(a), norm(b)
    return na == nb or na in nb or nb in na


def _direction(a: OutletReport | None, b: OutletReport | None, share: dict[str, float],
               credits: Mapping[str, Collection[str]],
               times: Mapping[str, tuple[datetime | None, bool]] | None,
               aliases: Mapping[str, SourceWords] | None = None) -> tuple[str, str]:
    """(derived, basis): by publication times far enough apart; else by a credit one report gives
    the other outlet, or a wire's text in a non-wire outlet; else "direction unknown" (the more
    fully contained report is listed as `derived`)."""
    x, y = list(share)
    (ta, pa), (tb, pb) = _when(a, times), _when(b, times)
    if ta and tb:
        if pa and pb:
            apart = abs(ta - tb) > timedelta(hours=DERIVATION_TIME_MARGIN_HOURS)
        else:
            apart = abs((ta.date() - tb.date()).days) >= DERIVATION_DATE_MARGIN_DAYS
        if apart:
            return (x, "publication time") if ta > tb else (y, "publication time")
    names = aliases or {}
    default = ENGLISH.sources
    credits_b = any(_same_agency(c, y, names.get(x, default)) for c in credits.get(x, ()))  # x credits outlet y
    credits_a = any(_same_agency(c, x, names.get(y, default)) for c in credits.get(y, ()))
    if credits_b != credits_a:
        return (x, "agency credit") if credits_b else (y, "agency credit")
    wire_a, wire_b = _is_wire(a), _is_wire(b)
    if wire_a != wire_b:
        return (y, "wire affiliation") if wire_a else (x, "wire affiliation")
    return (x, "direction unknown") if share[x] >= share[y] else (y, "direction unknown")


def _when(o: OutletReport | None, times: Mapping[str, tuple[datetime | None, bool]] | None
          ) -> tuple[datetime | None, bool]:
    """The report's time and whether it is precise: from `times` (publication, else dateline)
    when given, else the publication time (midnight and noon stamps count as a day's date)."""
    if o is None:
        return None, False
    if times is not None and o.source in times:
        return times[o.source]
    when = o.published
    return when, bool(when and (when.hour, when.minute, when.second) not in ((0, 0, 0), (12, 0, 0)))


def _is_wire(o: OutletReport | None) -> bool:
    return bool(o and "wire" in (o.affiliation or "").lower())
