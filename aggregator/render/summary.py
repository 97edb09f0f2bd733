"""The main differences of a comparison: at most `MAX_POINTS` short sentences, most telling first.

A reader stops after three wrong bullets, so every candidate carries a confidence (from the
claim it summarises) and only those at `MAIN_THRESHOLD` or above are listed, in this order,
each naming the section that holds its evidence:

1. disputes: a claim one outlet asserts and another denies or only attributes;
2. contradictions between reports close in time (never values that merely differ, never updates);
3. updates: outlets still carrying an old figure after a newer one was out;
4. selective omissions of what most other outlets carry;
5. copies and shared agency text;
6. labels: one referent named by outlets apart, one of them in its own voice with a word that
   judges ("Jamaat al-Nur terrorists" / "Rebel fighters of Jamaat al-Nur");
7. wording: loaded terms in an outlet's *own* voice.

When the evidence is thin fewer are listed, and "No notable differences found." is a valid
answer. Everything else stays in the detail sections. Shared by the Markdown and HTML reports.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import datetime

from ..compare.derivation import copy_families
from ..compare.descriptor_tags import OWNER_METHOD, STANCE_METHOD
from ..compare.labels import judging
from ..compare.language import ENGLISH
from ..compare.lexicon import ATTRIBUTION_VERBS, NEUTRAL_ATTRIBUTION
from ..compare.numbers import read_quantity, tokens
from ..compare.params import (
    EVALUATIVE_SHOW,
    MAIN_OMISSION_MIN_OUTLETS,
    MAIN_OMISSION_SHARE,
    MAIN_POINTS,
    MAIN_THRESHOLD,
)
from ..compare.timeline import precise
from ..models import Comparison
from .as_json import shown_citations, shown_wording

FRAMING_KINDS = ("attribution verb", "attribution dropped", "attribution added", "hedge", "intensifier", "negation",
                 "clause dropped", "clause added",
                 "descriptor dropped", "descriptor added", "number", "date")
MAX_POINTS = MAIN_POINTS  # the cap: a summary, not a second report
NOTHING = "No notable differences found."
MAX_CONFLICTS = 4  # conflict bullets; the rest are in the Conflicts section
MAX_DISPUTES = 3
MAX_LOADED_OUTLETS = 3  # outlets with own-voice loaded wording named here
# Terms quoted per outlet in its loaded-wording bullet, so the bullet stays one sentence; the
# Loaded wording section lists every term. A reading choice, not measured.
MAX_LOADED_TERMS = 6
# Attribution-verb edits named per copy ("writes 'claimed' where AP writes 'said'"): two show
# the pattern; the Word changes section lists them all.
MAX_VERB_EDITS = 2
# An omission is worth a bullet when MAIN_OMISSION_SHARE of the other outlets (and at least
# MAIN_OMISSION_MIN_OUTLETS of them) carry the fact (compare/params.py, beside OMISSION_MIN_OUTLETS).
MAX_OMISSIONS = 2
MAX_SPEAKERS = 4  # speakers named per outlet in the "Who speaks" bullet, most cited first
SNIPPET = 90  # characters of a sentence quoted in a bullet
# Confidence of the bullets whose claims carry none: own-voice loaded wording is a fact about the
# text (the lexicon and the voice decide it) but the weakest of differences; who speaks is
# context, shown in its section only.
LOADED_CONFIDENCE = 0.6
# … and when none of the outlet's own terms is from the curated list, only general evaluative
# words ("fatal", "striking", "difficult" on the looked-at ECB+ events of claims_gold.yaml): a
# weak difference, below the threshold.
GENERIC_LOADED_CONFIDENCE = 0.5
SPEAKERS_CONFIDENCE = 0.5
# A referent named apart, one outlet's naming judging it in its own voice: a fact about the texts,
# as own-voice wording from the curated list is (LOADED_CONFIDENCE), ranked just before it. Rows are
# the Labels section's (each at least LABEL_MIN_CONFIDENCE). A reading choice, not measured.
LABEL_POINT_CONFIDENCE = 0.6
MAX_LABEL_POINTS = 2
MAX_LABEL_OUTLETS = 4  # outlets' namings quoted in one bullet; the section lists them all


def summary_points(comp: Comparison, threshold: float = MAIN_THRESHOLD) -> list[str]:
    """The bullets at or above `threshold`, in the order of the module docstring."""
    scored = (_disputes(comp) + _conflicts(comp) + _updates(comp) + _omissions(comp) + _copies(comp)
              + _labels(comp) + _loaded(comp) + _speakers(comp))
    points = [f"{text[:-2]}, confidence {conf:.2f})." for conf, text in scored if conf >= threshold]
    return points[:MAX_POINTS] or [NOTHING]


def _disputes(comp: Comparison) -> list[tuple[float, str]]:
    out = []
    for d in sorted(comp.disputes, key=lambda d: -d.confidence)[:MAX_DISPUTES]:
        held = [s for s in d.sides if s.stance != "denies"]
        denied = [s for s in d.sides if s.stance == "denies"]
        if denied:
            text = (f"Disputed: {_who(held)} state{'s' if len(held) == 1 else ''} "
                    f"\u201c{_cut(d.claim)}\u201d; {_who(denied)} den{'ies' if len(denied) == 1 else 'y'} it "
                    "(Disputes).")
        else:
            own = [s for s in held if s.stance == "asserts"]
            other = [s for s in held if s.stance != "asserts"]
            text = (f"{_who(own)} state{'s' if len(own) == 1 else ''} in its own voice what {_who(other)} "
                    f"only attribute{'s' if len(other) == 1 else ''}: \u201c{_cut(d.claim)}\u201d (Disputes).")
        out.append((d.confidence, text))
    return out


def _who(sides, most: int = 4) -> str:
    """Outlets with the holder when it is not the outlet itself; the first `most`, then how many more."""
    names = [s.source if s.holder == "own voice" else f"{s.source} ({s.holder})" for s in sides]
    more = f" and {len(names) - most} more" if len(names) > most else ""
    return ", ".join(names[:most]) + more


def _listed(names: list[str]) -> str:
    """Names as a reader lists them: "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" and {names[-1]}"


def _when(time: datetime, basis: str, hour: bool) -> str:
    """A point's day, with its hour (UTC) when `hour` and the time is a publication's to the minute
    (`timeline.precise`: not a date-only stamp at midnight or noon)."""
    to_minute = hour and basis == "publication" and precise(time)
    return f"{time:%Y-%m-%d %H:%M} UTC" if to_minute else f"{time:%Y-%m-%d}"


def _at_earliest(basis: str) -> str:
    """"not before " for a time that is only a lower bound (a date the report's text names)."""
    return "not before " if basis.startswith("in-text") else ""


def _same_figure(a: str, b: str) -> bool:
    """Whether two shown values give one figure in one unit ("3,000" / "some 3,000"): a step of a
    bullet repeats nothing the step before said; the Updates section lists every report. A floor
    ("at least 14") holds every higher figure: after "19" it repeats it, but "19" after it is the
    toll's rise, one figure with it only at the floor itself."""
    wa, wb = tokens(a), tokens(b)
    qa, qb = read_quantity(wa, 0, ENGLISH.quantities), read_quantity(wb, 0, ENGLISH.quantities)
    return qa is not None and qb is not None and wa[qa.end:] == wb[qb.end:] and qa.overlaps(qb) \
        and (qa.low == qb.low or math.isfinite(qa.high))


def _updates(comp: Comparison) -> list[tuple[float, str]]:
    out = []
    for u in comp.updates:
        dated: list[tuple] = []
        for p in u.points:
            if p.time is not None and not (dated and not p.stale and _same_figure(dated[-1][0].value, p.value)):
                dated.append((p, p.time))
        if len(dated) < 2:
            continue  # every dated figure gives one figure: nothing changed to tell in a bullet
        same_day = len({time.date() for _, time in dated}) < len(dated)  # then the hour tells them apart
        steps = " → ".join(f"{p.value} ({p.source}, {_at_earliest(p.time_basis)}{_when(time, p.time_basis, same_day)})"
                           for p, time in dated)
        stale = f"; still the old figure after the new one was out: {', '.join(u.stale)}" if u.stale else ""
        out.append((u.confidence, f"{u.slot} changed over time: {steps}{stale} (Updates)."))
    return out


def _conflicts(comp: Comparison) -> list[tuple[float, str]]:
    """Contradictions only: values that merely differ (a report's time unknown) stay in Conflicts."""
    out: list[tuple[float, str]] = []
    contradict = [c for c in comp.conflicts if c.status == "contradict"]
    for c in sorted(contradict, key=lambda c: (-c.confidence, -c.disagreeing))[:MAX_CONFLICTS]:
        if c.kind == "contradiction":
            yes, no = c.values[0], c.values[1]
            out.append((c.confidence, f"{yes.source} and {no.source} state opposite things: "
                        f"\u201c{_cut(yes.sentence)}\u201d / \u201c{_cut(no.sentence)}\u201d (Conflicts)."))
            continue
        by_value: dict[str, list[str]] = defaultdict(list)
        for v in c.values:
            by_value[v.value].append(v.source)
        parts = "; ".join(f"{', '.join(srcs)}: {value}"
                          for value, srcs in sorted(by_value.items(), key=lambda x: -len(x[1])))
        where = f", {c.fact_id}" if c.fact_id else ""
        if c.kind == "sources":  # one report gives the count two ways, each from its source
            out.append((c.confidence, f"Sources disagree on {c.slot}: {parts} (Conflicts)."))
            continue
        out.append((c.confidence, f"Outlets contradict each other on {c.slot}: {parts} (Conflicts{where})."))
    return out


def _labels(comp: Comparison) -> list[tuple[float, str]]:
    """One bullet per referent (at most `MAX_LABEL_POINTS`) whose shown labels differ and where at
    least one outlet names it in its own voice with a word that judges (`labels.judging`: VADER or
    the packaged loaded terms, "terrorists") or by a side taken ("an anti-Israel encampment"; two
    owners given one place, "Dravia's Selin Islands" / "Ostmark's Selin Islands"): how the outlets
    frame it. Neutral namings ("group" / "movement") stay in the Labels section."""
    by_entity: dict[str, list] = defaultdict(list)
    for lab in comp.labels:
        by_entity[lab.entity].append(lab)
    out = []
    for entity, rows in by_entity.items():
        owners = {lab.label.split()[0].lower() for lab in rows if lab.method == OWNER_METHOD}
        judged = [lab for lab in rows if lab.voice == "own" and (judging(lab.label) or lab.method == STANCE_METHOD
                                                                 or lab.method == OWNER_METHOD and len(owners) > 1)]
        if not judged or len({lab.label.lower() for lab in rows}) < 2:
            continue
        ordered = judged + [lab for lab in rows if lab not in judged]
        named = "; ".join(f"{lab.source} \u201c{lab.label}\u201d" for lab in ordered[:MAX_LABEL_OUTLETS])
        more = f" and {len(ordered) - MAX_LABEL_OUTLETS} more" if len(ordered) > MAX_LABEL_OUTLETS else ""
        out.append((LABEL_POINT_CONFIDENCE, f"Outlets name {entity} apart: {named}{more} "
                    "(How each outlet names the same thing)."))
    return out[:MAX_LABEL_POINTS]


def _loaded(comp: Comparison) -> list[tuple[float, str]]:
    own: dict[str, list[str]] = defaultdict(list)
    curated: dict[str, bool] = defaultdict(bool)
    shown = [t for t in comp.loaded_terms if t.score >= EVALUATIVE_SHOW]
    for t in sorted(shown, key=lambda t: -t.score):  # the surest first
        if t.voice == "own" and t.term.lower() not in [x.lower() for x in own[t.source]]:
            own[t.source].append(t.term)
            curated[t.source] |= t.method == "domain-list"
    # outlets writing the same words (copies of one wire story) share one bullet
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for source, terms in own.items():
        groups[tuple(t.lower() for t in terms[:MAX_LOADED_TERMS])].append(source)
    ranked = sorted(groups.values(), key=lambda srcs: (-len(own[srcs[0]]), srcs))[:MAX_LOADED_OUTLETS]
    quoted = Counter(t.source for t in shown if t.voice != "own")
    out = []
    for sources in ranked:
        terms = own[sources[0]]
        words = "\u201c" + "\u201d, \u201c".join(terms[:MAX_LOADED_TERMS]) + "\u201d"
        confidence = LOADED_CONFIDENCE if any(curated[s] for s in sources) else GENERIC_LOADED_CONFIDENCE
        if len(sources) == 1:
            also = f"; {quoted[sources[0]]} more are words it quotes or reports" if quoted[sources[0]] else ""
            out.append((confidence, f"In its own words {sources[0]} writes {words}{also} (Loaded wording)."))
        else:
            out.append((confidence, f"In their own words {_listed(sources)} write {words} (Loaded wording)."))
    return out


def _copies(comp: Comparison) -> list[tuple[float, str]]:
    out: list[tuple[float, str]] = _shared(comp)
    copies: dict[str, list] = defaultdict(list)
    shown = shown_wording(comp.wording_changes)  # as the Word changes section
    for d in comp.derivations:
        if d.relation == "copy":
            copies[d.derived].append(d)
    for found in copies.values():
        # one bullet per report that reuses others' text: its main original, the rest named
        d, *more = sorted(found, key=lambda x: (-x.share, -x.confidence))
        edits = []
        if d.dropped:
            edits.append(f"drops {len(d.dropped)} of its sentences (first: \u201c{_cut(d.dropped[0])}\u201d)")
        if d.added:
            edits.append(f"adds {len(d.added)}")
        verbs = [w for w in shown if w.kind == "attribution verb"
                 and {w.source_a, w.source_b} == {d.derived, d.original}
                 and _distancing(w.before) != _distancing(w.after)]
        edits += [f"writes \u201c{w.after if w.source_b == d.derived else w.before}\u201d where {d.original} writes "
                  f"\u201c{w.before if w.source_b == d.derived else w.after}\u201d ({w.fact_id})"
                  for w in verbs[:MAX_VERB_EDITS]]
        unattributed = [w.before or w.after for w in shown  # the frames the copy left out
                        if {w.source_a, w.source_b} == {d.derived, d.original} and (w.kind, w.source_b)
                        in (("attribution dropped", d.derived), ("attribution added", d.original))]
        edits += [f"states without “{span}” what {d.original} attributes"
                  for span in list(dict.fromkeys(unattributed))[:MAX_VERB_EDITS]]
        if more:
            edits.append(f"also reuses text of {_listed([x.original for x in more])}")
        tail = ": it " + ", ".join(edits) if edits else ""
        out.append((d.confidence, f"{d.derived} reuses {d.original}'s text ({round(d.share * 100)}% of its "
                    f"sentences, direction by {d.basis}){tail} (Who copied whom)."))
    return out


def _shared(comp: Comparison) -> list[tuple[float, str]]:
    """One bullet per group of reports that share text with no known direction (or carry one
    agency's text): four syndicated copies of one wire story are one finding, not six pairs."""
    groups: dict[tuple[str, str], list] = defaultdict(list)
    for d in comp.derivations:
        if d.relation == "shared source":
            groups[("source", d.source_agency or "one agency")].append(d)
        elif d.relation == "shared text":
            groups[("text", "")].append(d)
    out: list[tuple[float, str]] = []
    for (relation, agency), pairs in groups.items():
        for part in _components(pairs):
            if len(part) == 1:
                d = part[0]
                share = f"{round(d.share * 100)}% of {d.derived}'s sentences"
                who = f"{d.derived} and {d.original}"
            else:
                names = sorted({x for d in part for x in (d.derived, d.original)})
                low, high = min(d.share for d in part), max(d.share for d in part)
                share = (f"{round(high * 100)}%" if round(low * 100) == round(high * 100)
                         else f"{round(low * 100)}–{round(high * 100)}%") + " of a report's sentences, pair by pair"
                who = _listed(names)
            confidence = max(d.confidence for d in part)
            if relation == "source":
                verb = "both carry" if len(part) == 1 else "all carry"
                out.append((confidence, f"{who} {verb} {agency}'s text ({share}); none copied another "
                            "(Who copied whom)."))
            else:
                out.append((confidence, f"{who} share text ({share}); which copied which is unknown "
                            "(Who copied whom)."))
    return out


def _components(pairs: list) -> list[list]:
    """The pairs grouped by the reports they connect (connected components), strongest first."""
    family = copy_families({x for d in pairs for x in (d.derived, d.original)}, pairs)
    parts: dict[str, list] = defaultdict(list)
    for d in pairs:
        parts[family[d.derived]].append(d)
    return sorted(parts.values(), key=lambda part: -max(d.confidence for d in part))


def _omissions(comp: Comparison) -> list[tuple[float, str]]:
    names = [o.source for o in comp.outlets]
    families = copy_families(names, comp.derivations)
    others = len(names) - 1
    need = _main_need(others)
    found = []
    for source in names:
        other_families = set(families.values()) - {families[source]}
        for fact in comp.omissions.get(source, ()):
            carriers = {families[s] for s in fact.sources}
            if len(fact.sentences) >= need and len(carriers - {families[source]}) >= _main_need(len(other_families)):
                found.append((len(fact.sentences), source, fact, len(carriers) < len(fact.sentences)))
    out = []
    for carried, source, fact, copies in sorted(found, key=lambda x: -x[0])[:MAX_OMISSIONS]:
        out.append((round(0.55 + 0.2 * carried / max(1, others), 2),
                    f"{source} leaves out what {carried} of {others} other outlets carry"
                    f"{' (some of them share text)' if copies else ''}: "
                    f"\u201c{_cut(fact.example.text)}\u201d ({fact.id})."))
    return out


def _main_need(others: int) -> int:
    """How many of `others` outlets (or families of outlets sharing text) must carry a fact for
    its omission to be a main difference."""
    return max(MAIN_OMISSION_MIN_OUTLETS, int(MAIN_OMISSION_SHARE * others + 0.999))


def _speakers(comp: Comparison) -> list[tuple[float, str]]:
    by_outlet: dict[str, list[str]] = defaultdict(list)
    for c in sorted(shown_citations(comp), key=lambda c: -c.count):
        if c.kind != "agency":
            verbs = [v for v in c.verbs if v != "quoted"]
            by_outlet[c.source].append(c.cited + (f" ({verbs[0]})" if verbs else ""))
    if len(by_outlet) < 2:
        return []
    parts = "; ".join(f"{source}: {', '.join(who[:MAX_SPEAKERS])}" for source, who in by_outlet.items())
    return [(SPEAKERS_CONFIDENCE, f"Who speaks: {parts} (Who is quoted or cited).")]


def _cut(text: str) -> str:
    return text if len(text) <= SNIPPET else text[:SNIPPET].rsplit(" ", 1)[0] + "…"


def _distancing(span: str) -> bool:
    """A non-neutral verb of saying ("claimed", "insisted") rather than "said"/"told"."""
    words = {w.strip(".,").lower() for w in span.split()}
    return bool(words & ATTRIBUTION_VERBS) and not words & NEUTRAL_ATTRIBUTION
