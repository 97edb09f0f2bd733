"""The JSON report: every section of a comparison, outlets named by `outlet`."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

from ..compare.groups import Evidence, Group, group_framing
from ..compare.headline import representative_title
from ..compare.language import majority_pack
from ..compare.params import CITATION_SHOW, WORDING_SHOW
from ..models import Citation, Comparison, Derivation, Fact, WordingChange
from .escape import json_safe


def to_json(comp: Comparison) -> str:
    return json_safe(json.dumps(to_dict(comp), ensure_ascii=False, indent=2))


def to_dict(comp: Comparison) -> dict:
    ev = comp.event
    return {
        "event": {"id": ev.id, "label": event_title(comp), "first_seen": _iso(ev.first_seen),
                  "last_seen": _iso(ev.last_seen), "article_ids": list(ev.article_ids),
                  "generated_at": _iso(comp.generated_at)},
        "outlets": [
            {"outlet": o.source, "article_id": o.article_id, "title": o.title, "url": o.url,
             "published": _iso(o.published), "country": o.country, "affiliation": o.affiliation,
             "sentences": o.n_sentences, "untranslated": list(o.untranslated)}
            for o in comp.outlets
        ],
        "facts": [_fact(f) for f in comp.facts],
        "additions": {name: [{"fact_id": f.id, "text": f.sentences[0].text} for f in facts]
                      for name, facts in comp.additions.items()},
        "near_additions": {name: [{"fact_id": f.id, "text": f.sentences[0].text,
                                   "near": [{"outlet": r.source, "text": r.text} for r in f.related]}
                                  for f in facts]
                           for name, facts in comp.near_additions.items()},
        "omissions": {name: [{"fact_id": f.id, "carried_by": list(f.sources),
                              "example": f.example.text, "confidence": f.confidence,
                              "closest": _closest(f, name)} for f in facts]
                      for name, facts in comp.omissions.items()},
        "wording_changes": [
            {"fact_id": c.fact_id, "from_outlet": c.source_a, "to_outlet": c.source_b,
             "before": c.before, "after": c.after, "kind": c.kind, "confidence": c.confidence,
             "sentence_from": c.sentence_a, "sentence_to": c.sentence_b}
            for c in comp.wording_changes
        ],
        "labels": [{"entity": lab.entity, "outlet": lab.source, "label": lab.label, "sentence": lab.sentence,
                    "voice": lab.voice, "speaker": lab.speaker or None, "method": lab.method or None,
                    "confidence": lab.confidence or None}
                   for lab in comp.labels],
        "conflicts": [
            {"kind": c.kind, "slot": c.slot, "fact_id": c.fact_id or None, "disagreeing": c.disagreeing,
             "values": [{"outlet": v.source, "value": v.value, "sentence": v.sentence} for v in c.values],
             "status": c.status, "confidence": c.confidence, "evidence": list(c.evidence)}
            for c in comp.conflicts
        ],
        "sources": [{"outlet": c.source, "cited": c.cited, "kind": c.kind, "count": c.count,
                     "verbs": list(c.verbs), "sentences": list(c.sentences), "confidence": c.confidence}
                    for c in comp.citations],
        "loaded_terms": [{"outlet": t.source, "term": t.term, "category": t.category, "sentence": t.sentence,
                          "voice": t.voice, "speaker": t.speaker or None, "score": t.score, "method": t.method}
                         for t in comp.loaded_terms],
        "derivation": [{"derived": d.derived, "original": d.original, "share": d.share,
                        "matched": d.matched, "total": d.total, "basis": d.basis, "relation": d.relation,
                        "agency": d.source_agency or None,
                        "dropped": [{"text": t} for t in d.dropped], "added": [{"text": t} for t in d.added],
                        "statement": derivation_statement(d), "confidence": d.confidence,
                        "evidence": list(d.evidence)} for d in comp.derivations],
        "updates": [{"slot": u.slot, "confidence": u.confidence, "stale": list(u.stale),
                     "timeline": [{"outlet": p.source, "value": p.value, "time": _iso(p.time),
                                   "time_basis": p.time_basis or None, "stale": p.stale, "sentence": p.sentence}
                                  for p in u.points],
                     "evidence": list(u.evidence)} for u in comp.updates],
        "disputes": [{"claim": d.claim, "kind": d.kind, "confidence": d.confidence,
                      "sides": [{"outlet": s.source, "stance": s.stance, "holder": s.holder, "sentence": s.sentence}
                                for s in d.sides],
                      "evidence": list(d.evidence)} for d in comp.disputes],
        "uncompared": list(comp.uncompared),
        "by_group": by_group(comp),
    }


def event_title(comp: Comparison) -> str:
    """The event's title: its most representative headline, without datelines or relative time words
    (the rules of the language most of the event's sentences are in)."""
    pack = majority_pack(s.language for f in comp.facts for s in f.sentences)
    return representative_title([o.title for o in comp.outlets], comp.event.label, pack)


def by_group(comp: Comparison) -> dict:
    """Framing by affiliation and country (compare.groups): blindspots at the level of facts,
    each group's distinctive own-voice wording and labels, whom each group quotes."""
    framing = group_framing(comp)

    def ev(items: tuple[Evidence, ...]) -> list[dict]:
        return [{"outlet": e.outlet, "text": e.text} for e in items]

    def grp(g: Group) -> dict:
        return {"kind": g.kind, "value": g.value, "name": g.name, "outlets": list(g.outlets)}

    return {
        "groups": [grp(g) for g in framing.groups],
        "blindspots": [{"kind": b.kind, "fact_id": b.fact_id, "text": b.text,
                        "carried_by": [grp(g) for g in b.carried_by], "missing": grp(b.missing),
                        "carriers": list(b.carriers), "evidence": ev(b.evidence), "closest": ev(b.closest)}
                       for b in framing.blindspots],
        "voices": [{**grp(v.group),
                    "terms": [{"term": t.term, "category": t.category, "outlets": list(t.outlets),
                               "evidence": ev(t.evidence)} for t in v.terms],
                    "labels": [{"entity": lab.entity, "label": lab.label, "outlets": list(lab.outlets),
                                "others": ev(lab.others), "evidence": ev(lab.evidence)} for lab in v.labels],
                    "cited": [{"cited": c.cited, "kind": c.kind, "outlets": list(c.outlets), "count": c.count,
                               "only_this_group": c.only_this_group, "evidence": ev(c.evidence)} for c in v.cited]}
                   for v in framing.voices],
    }


def derivation_statement(d: Derivation) -> str:
    if d.relation == "shared text":
        return (f"{d.derived} and {d.original} share text: {round(d.share * 100)}% of {d.derived}'s sentences "
                f"({d.matched} of {d.total}) match near-verbatim; direction unknown (no publication times far "
                "enough apart, no credit naming the other)")
    if d.relation == "shared quotations":
        return (f"{d.derived} and {d.original} quote the same words: {round(d.share * 100)}% of {d.derived}'s "
                f"sentences ({d.matched} of {d.total}) match near-verbatim, all of them quoted words (a "
                "statement both carry); neither need have copied the other")
    if d.relation == "shared passages":
        return (f"{d.derived} and {d.original} run the same passages: {d.matched} of {d.derived}'s {d.total} "
                "sentences, each long and in the outlet's own words, match near-verbatim (too few to call one "
                "a copy of the other; most often paragraphs of a wire story both use); direction not judged")
    if d.relation == "shared source":
        via = f" ({d.source_agency})" if d.source_agency else ""
        return (f"{d.derived} and {d.original} carry the same agency text{via}: {round(d.share * 100)}% of "
                f"{d.derived}'s sentences ({d.matched} of {d.total}) match; neither need have copied the other")
    edits = f"; it drops {len(d.dropped)} of the original's sentences and adds {len(d.added)}" \
        if d.dropped or d.added else ""
    return (f"{d.derived} appears derived from {d.original}, {round(d.share * 100)}% of "
            f"{d.derived}'s sentences ({d.matched} of {d.total}); direction by {d.basis}{edits}")


def _fact(f: Fact) -> dict:
    return {"id": f.id, "outlets": list(f.sources),
            "sentences": {s.source: {"article_id": s.article_id, "index": s.index, "text": s.text}
                          for s in f.sentences},
            "confidence": f.confidence,
            "related": [{"outlet": s.source, "article_id": s.article_id, "index": s.index, "text": s.text}
                        for s in f.related]}


MAX_EDIT_LINES = 5  # dropped and added sentences listed under a derivation in Markdown/HTML; the JSON has all


def derivation_lines(d: Derivation) -> list[str]:
    """The lines under a derivation in Markdown and HTML: the sentences both carry (its evidence),
    then at most `MAX_EDIT_LINES` of what the derived report dropped and of what it added, and how
    many more there are. A 30-sentence report that shares two sentences with a short one would
    otherwise list 28 dropped sentences and hide the two that matter."""
    lines = [f"shared: {t}" for t in d.evidence]
    for label, texts in (("dropped", d.dropped), ("added", d.added)):
        lines += [f"{label}: {t}" for t in texts[:MAX_EDIT_LINES]]
        if len(texts) > MAX_EDIT_LINES:
            lines.append(f"{label}: … {len(texts) - MAX_EDIT_LINES} more (in the JSON)")
    return lines


def near_note(count: int) -> str:
    """The line under an outlet's additions for the sentences left off them: only that outlet
    carries the claim, but another outlet writes something near it ("related, not the same
    claim"). Read over eight ECB+ events, about half of such sentences were a claim the others
    carry in other words (BENCHMARKS.md, stop 37), so they are not called the outlet's own."""
    where = "near a sentence of another outlet (the JSON's near_additions)"
    return f"Not listed: 1 more of its sentences, {where}." if count == 1 else \
        f"Not listed: {count} more of its sentences, each {where}."


def _closest(f: Fact, outlet: str) -> str | None:
    """The sentence `outlet` wrote closest to a fact it leaves out, so a reader can judge."""
    s = f.closest_of(outlet)
    return s.text if s else None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def shown_citations(comp: Comparison) -> list[Citation]:
    """The sources cited that reports list: those at or above `CITATION_SHOW` (the rest are in the JSON)."""
    return [c for c in comp.citations if c.confidence >= CITATION_SHOW]


def shown_wording(changes: Iterable[WordingChange]) -> list[WordingChange]:
    """The word changes reports show: those at or above `WORDING_SHOW` (the rest are in the JSON)."""
    return [w for w in changes if w.confidence >= WORDING_SHOW]


def grouped_wording(changes: Iterable[WordingChange]) -> list[tuple[str, str, str, str, str, str]]:
    """`grouped_changes` of a comparison's word changes (the Markdown and HTML tables)."""
    return grouped_changes([(w.fact_id, w.source_a, w.source_b, w.kind, w.before, w.after) for w in changes])


def grouped_changes(rows: list[tuple[str, str, str, str, str, str]]) -> list[tuple[str, str, str, str, str, str]]:
    """Word changes (fact, from outlet, to outlet, kind, before, after) as the tables show them:
    one row for one change that several pairs of outlets make, "A, B → C, D" where each of A and
    B goes to each of C and D. Near-copies of one text would otherwise repeat a change pair by
    pair (seven copies of one agency lead: dozens of rows of "retain → keep a hold on"). The same
    change read the other way ("keep a hold on → retain", an addition for a drop) joins it too."""
    def flipped(kind: str) -> str:
        return kind.replace("added", "\0").replace("dropped", "added").replace("\0", "dropped")

    groups: dict[tuple[str, str, str, str], dict[str, list[str]]] = {}
    shown: dict[tuple[str, str, str, str], tuple[str, str]] = {}
    for fact, a, b, kind, before, after in rows:
        key = (fact, kind, before.lower(), after.lower())
        back = (fact, flipped(kind), after.lower(), before.lower())
        if key not in groups and back in groups:
            key, a, b = back, b, a
        shown.setdefault(key, (before, after) if key[2] == before.lower() else (after, before))
        tos = groups.setdefault(key, {}).setdefault(a, [])
        if b not in tos:
            tos.append(b)
    out = []
    for key, by_from in groups.items():
        by_tos: dict[tuple[str, ...], list[str]] = {}
        for a, to_list in by_from.items():
            by_tos.setdefault(tuple(sorted(to_list)), []).append(a)
        for to_set, froms in by_tos.items():
            out.append((key[0], ", ".join(sorted(froms)), ", ".join(to_set), key[1], *shown[key]))
    return out
