"""The main differences of a comparison, as short plain sentences, most telling first.

Shared by the Markdown and HTML reports so both open with the same summary.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..compare.lexicon import ATTRIBUTION_VERBS, NEUTRAL_ATTRIBUTION
from ..models import Comparison
from .as_json import derivation_statement

FRAMING_KINDS = ("attribution verb", "hedge", "intensifier", "clause dropped", "clause added",
                 "descriptor dropped", "descriptor added", "number", "date")


def summary_points(comp: Comparison) -> list[str]:
    names = [o.source for o in comp.outlets]
    points: list[str] = []
    for d in comp.derivations:
        points.append(derivation_statement(d) + ".")
    for c in comp.conflicts:
        by_value: dict[str, list[str]] = defaultdict(list)
        for v in c.values:
            by_value[v.value].append(v.source)
        parts = "; ".join(f"{', '.join(srcs)}: {value}" for value, srcs in by_value.items())
        where = f" ({c.fact_id})" if c.fact_id else ""
        points.append(f"Conflict over {c.slot}{where}: {parts}.")
    for w in comp.wording_changes:
        if w.kind == "attribution verb" and _distancing(w.before) != _distancing(w.after):
            points.append(f"{w.source_a} writes \u201c{w.before}\u201d where {w.source_b} writes "
                          f"\u201c{w.after}\u201d in the same sentence ({w.fact_id}).")
    measure = [lab for lab in comp.labels if lab.entity == "the measure"]
    if len({lab.label.lower() for lab in measure}) > 1:
        points.append("The measure is called: " + "; ".join(f"{lab.source}: \u201c{lab.label}\u201d"
                                                            for lab in measure) + ".")
    by_entity: dict[str, list[str]] = defaultdict(list)
    for lab in comp.labels:
        if lab.entity != "the measure":
            by_entity[lab.entity].append(f"{lab.source}: \u201c{lab.label}\u201d")
    for entity, labels in by_entity.items():
        points.append(f"{entity} is described as " + "; ".join(labels[:6]) + ".")
    unnamed = Counter(c.source for c in comp.citations if c.kind == "unnamed")
    for source, n in unnamed.items():
        points.append(f"{source} cites unnamed voices ({n} kind{'s' if n > 1 else ''}: "
                      + ", ".join(c.cited for c in comp.citations if c.source == source and c.kind == "unnamed")
                      + ").")
    loaded = defaultdict(list)
    for t in comp.loaded_terms:
        if t.term.lower() not in [x.lower() for x in loaded[t.source]]:
            loaded[t.source].append(t.term)
    for source in names:
        if loaded.get(source):
            points.append(f"Loaded wording in {source}: " + ", ".join(loaded[source][:8]) + ".")
    for source in names:
        adds, omits = comp.additions.get(source, ()), comp.omissions.get(source, ())
        points.append(f"{source} carries {len(adds)} facts no other outlet has and leaves out "
                      f"{len(omits)} that most others carry.")
    return points


def _distancing(span: str) -> bool:
    """A non-neutral verb of saying ("claimed", "insisted") rather than "said"/"told"."""
    words = {w.strip(".,").lower() for w in span.split()}
    return bool(words & ATTRIBUTION_VERBS) and not words & NEUTRAL_ATTRIBUTION


def change_counts(comp: Comparison) -> Counter:
    return Counter(w.kind for w in comp.wording_changes)
