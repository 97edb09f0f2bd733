"""The main differences of a comparison: at most `MAX_POINTS` short sentences, most telling first.

A reader stops after three wrong bullets, so only what survives these filters is here, in this
order, each naming the section that holds its evidence:

1. conflicts several outlets disagree on (ranked by how many disagree);
2. loaded wording in an outlet's *own* voice (never words it quotes or reports);
3. edits of a copy (what a derived report dropped, added, or reworded: "said" → "claimed");
4. omissions of what most other outlets carry;
5. who each outlet lets speak.

Everything else stays in the detail sections. Shared by the Markdown and HTML reports.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..compare.lexicon import ATTRIBUTION_VERBS, NEUTRAL_ATTRIBUTION
from ..compare.params import EVALUATIVE_SHOW, MAIN_OMISSION_MIN_OUTLETS, MAIN_OMISSION_SHARE
from ..models import Comparison

FRAMING_KINDS = ("attribution verb", "hedge", "intensifier", "clause dropped", "clause added",
                 "descriptor dropped", "descriptor added", "number", "date")
MAX_POINTS = 12  # the cap: a summary, not a second report
MAX_CONFLICTS = 4  # conflict bullets; the rest are in the Conflicts section
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


def summary_points(comp: Comparison) -> list[str]:
    points = _conflicts(comp) + _loaded(comp) + _copies(comp) + _omissions(comp) + _speakers(comp)
    return points[:MAX_POINTS]


def _conflicts(comp: Comparison) -> list[str]:
    out = []
    for c in sorted(comp.conflicts, key=lambda c: -c.disagreeing)[:MAX_CONFLICTS]:
        if c.kind == "contradiction":
            yes, no = c.values[0], c.values[1]
            out.append(f"{yes.source} and {no.source} state opposite things: \u201c{_cut(yes.sentence)}\u201d / "
                       f"\u201c{_cut(no.sentence)}\u201d (Conflicts).")
            continue
        by_value: dict[str, list[str]] = defaultdict(list)
        for v in c.values:
            by_value[v.value].append(v.source)
        parts = "; ".join(f"{', '.join(srcs)}: {value}"
                          for value, srcs in sorted(by_value.items(), key=lambda x: -len(x[1])))
        where = f", {c.fact_id}" if c.fact_id else ""
        out.append(f"Outlets disagree on {c.slot}: {parts} (Conflicts{where}).")
    return out


def _loaded(comp: Comparison) -> list[str]:
    own: dict[str, list[str]] = defaultdict(list)
    shown = [t for t in comp.loaded_terms if t.score >= EVALUATIVE_SHOW]
    for t in sorted(shown, key=lambda t: -t.score):  # the surest first
        if t.voice == "own" and t.term.lower() not in [x.lower() for x in own[t.source]]:
            own[t.source].append(t.term)
    ranked = sorted(own.items(), key=lambda x: -len(x[1]))[:MAX_LOADED_OUTLETS]
    quoted = Counter(t.source for t in shown if t.voice != "own")
    out = []
    for source, terms in ranked:
        also = f"; {quoted[source]} more are words it quotes or reports" if quoted[source] else ""
        out.append(f"In its own words {source} writes \u201c" + "\u201d, \u201c".join(terms[:MAX_LOADED_TERMS])
                   + f"\u201d{also} (Loaded wording).")
    return out


def _copies(comp: Comparison) -> list[str]:
    out = []
    for d in comp.derivations:
        if d.relation == "shared source":
            via = d.source_agency or "one agency"
            out.append(f"{d.derived} and {d.original} both carry {via}'s text "
                       f"({round(d.share * 100)}% of {d.derived}'s sentences); neither copied the other "
                       "(Who copied whom).")
            continue
        edits = []
        if d.dropped:
            edits.append(f"drops {len(d.dropped)} of its sentences (first: \u201c{_cut(d.dropped[0])}\u201d)")
        if d.added:
            edits.append(f"adds {len(d.added)}")
        verbs = [w for w in comp.wording_changes if w.kind == "attribution verb"
                 and {w.source_a, w.source_b} == {d.derived, d.original}
                 and _distancing(w.before) != _distancing(w.after)]
        edits += [f"writes \u201c{w.after if w.source_b == d.derived else w.before}\u201d where {d.original} writes "
                  f"\u201c{w.before if w.source_b == d.derived else w.after}\u201d ({w.fact_id})"
                  for w in verbs[:MAX_VERB_EDITS]]
        tail = ": it " + ", ".join(edits) if edits else ""
        out.append(f"{d.derived} reuses {d.original}'s text ({round(d.share * 100)}% of its sentences, "
                   f"direction by {d.basis}){tail} (Who copied whom).")
    return out


def _omissions(comp: Comparison) -> list[str]:
    names = [o.source for o in comp.outlets]
    others = len(names) - 1
    need = max(MAIN_OMISSION_MIN_OUTLETS, int(MAIN_OMISSION_SHARE * others + 0.999))
    found = []
    for source in names:
        for fact in comp.omissions.get(source, ()):
            if len(fact.sentences) >= need:
                found.append((len(fact.sentences), source, fact))
    out = []
    for carried, source, fact in sorted(found, key=lambda x: -x[0])[:MAX_OMISSIONS]:
        out.append(f"{source} leaves out what {carried} of {others} other outlets carry: "
                   f"\u201c{_cut(fact.sentences[0].text)}\u201d ({fact.id}).")
    return out


def _speakers(comp: Comparison) -> list[str]:
    by_outlet: dict[str, list[str]] = defaultdict(list)
    for c in sorted(comp.citations, key=lambda c: -c.count):
        if c.kind != "agency":
            verbs = [v for v in c.verbs if v != "quoted"]
            by_outlet[c.source].append(c.cited + (f" ({verbs[0]})" if verbs else ""))
    if len(by_outlet) < 2:
        return []
    parts = "; ".join(f"{source}: {', '.join(who[:MAX_SPEAKERS])}" for source, who in by_outlet.items())
    return [f"Who speaks: {parts} (Who is quoted or cited)."]


def _cut(text: str) -> str:
    return text if len(text) <= SNIPPET else text[:SNIPPET].rsplit(" ", 1)[0] + "…"


def _distancing(span: str) -> bool:
    """A non-neutral verb of saying ("claimed", "insisted") rather than "said"/"told"."""
    words = {w.strip(".,").lower() for w in span.split()}
    return bool(words & ATTRIBUTION_VERBS) and not words & NEUTRAL_ATTRIBUTION
