"""The Markdown report: readable on its own, the main differences first, then the evidence."""

from __future__ import annotations

from collections import defaultdict

from ..models import Comparison
from .as_json import derivation_statement
from .escape import md_cell as _cell
from .escape import md_link
from .escape import md_text as _md
from .summary import FRAMING_KINDS, summary_points


def to_markdown(comp: Comparison) -> str:
    ev = comp.event
    names = [o.source for o in comp.outlets]
    shared = comp.shared_facts
    everyone = [f for f in shared if len(f.sentences) == len(names)]
    out = [
        f"# {_md(ev.label)}", "",
        f"Event `{ev.id}` · {ev.first_seen:%Y-%m-%d} to {ev.last_seen:%Y-%m-%d} · "
        f"{len(comp.outlets)} outlets · {len(ev.article_ids)} articles · {len(comp.facts)} facts, "
        f"{len(shared)} shared by two or more outlets, {len(everyone)} by all", "",
        "## Main differences", "",
    ]
    out += [f"- {_md(p)}" for p in summary_points(comp)]
    out += ["", "## Outlets", "", "| Outlet | Country | Affiliation | Published | Headline |",
            "|---|---|---|---|---|"]
    for o in comp.outlets:
        published = f"{o.published:%Y-%m-%d %H:%M}" if o.published else "?"
        out.append(f"| {_cell(o.source)} | {_cell(o.country)} | {_cell(o.affiliation)} | {published} | "
                   f"{md_link(o.title, o.url)} |")
    left = [o for o in comp.outlets if o.untranslated]
    if left:
        out += [""] + [f"Left untranslated by {_md(o.source)} (machine translation?): "
                       f"{_md(', '.join(o.untranslated))}" for o in left]
    out += ["", "## Facts carried by several outlets", ""]
    if not shared:
        out.append("_No fact is carried by more than one outlet._")
    for fact in shared:
        out += [f"### {fact.id} — {len(fact.sentences)} of {len(names)} outlets", ""]
        out += [f"- **{_md(s.source)}**: {_md(s.text)}" for s in fact.sentences]
        missing = [n for n in names if n not in fact.sources]
        if missing:
            out.append(f"- _not in_: {_md(', '.join(missing))}")
        out.append("")
    out += ["## What each outlet adds", ""]
    for name in names:
        adds = comp.additions.get(name, ())
        out += [f"### {_md(name)} ({len(adds)})", ""]
        out += [f"- {_md(f.sentences[0].text)}" for f in adds] or ["_Nothing of its own._"]
        out.append("")
    out += ["## What each outlet leaves out", ""]
    for name in names:
        omits = comp.omissions.get(name, ())
        if omits:
            out += [f"### {_md(name)} ({len(omits)})", ""]
            out += [f"- {_md(f.sentences[0].text)} _({_md(', '.join(f.sources))})_" for f in omits]
            out.append("")
    out += _wording(comp) + _labels(comp) + _conflicts(comp) + _sources(comp) + _loaded(comp)
    out += ["## Who copied whom", ""]
    for d in comp.derivations:
        out.append(f"- {_md(derivation_statement(d))}.")
        out += [f"  - dropped: {_md(t)}" for t in d.dropped] + [f"  - added: {_md(t)}" for t in d.added]
    if not comp.derivations:
        out.append("_No report reuses another's sentences near-verbatim._")
    return "\n".join(out).rstrip() + "\n"


def _wording(comp: Comparison) -> list[str]:
    out = ["## Word changes in the same sentence", ""]
    changes = [w for w in comp.wording_changes if w.kind in FRAMING_KINDS or w.kind == "word choice"]
    if not changes:
        return out + ["_No aligned sentences differ in wording._", ""]
    out += ["| Fact | From → to | Kind | Before | After |", "|---|---|---|---|---|"]
    for w in changes:
        out.append(f"| {w.fact_id} | {_cell(w.source_a)} → {_cell(w.source_b)} | {_cell(w.kind)} | "
                   f"{_cell(w.before) or '—'} | {_cell(w.after) or '—'} |")
    minor = len(comp.wording_changes) - len(changes)
    if minor:
        out += ["", f"_{minor} spelling variants not shown._"]
    return out + [""]


def _labels(comp: Comparison) -> list[str]:
    out = ["## How each outlet names the same thing", ""]
    by_entity: dict[str, list] = defaultdict(list)
    for lab in comp.labels:
        by_entity[lab.entity].append(lab)
    if not by_entity:
        return out + ["_No differences in naming found._", ""]
    for entity, labels in by_entity.items():
        out += [f"### {_md(entity)}", "", "| Outlet | Label | Voice |", "|---|---|---|"]
        out += [f"| {_cell(lab.source)} | {_cell(lab.label)} | {_voice(lab.voice, lab.speaker)} |" for lab in labels]
        out.append("")
    return out


def _conflicts(comp: Comparison) -> list[str]:
    out = ["## Conflicts", ""]
    if not comp.conflicts:
        return out + ["_No conflicting names, numbers or dates found._", ""]
    for c in comp.conflicts:
        where = f" in {c.fact_id}" if c.fact_id else ""
        out += [f"### {_md(c.slot)} ({_md(c.kind)}{where}, {c.disagreeing} outlet(s) off the most common value)", ""]
        out += [f"- **{_md(v.source)}**: {_md(v.value)} — “{_md(v.sentence)}”" for v in c.values]
        out.append("")
    return out


def _sources(comp: Comparison) -> list[str]:
    out = ["## Who is quoted or cited", ""]
    if not comp.citations:
        return out + ["_No one is quoted or cited._", ""]
    out += ["| Outlet | Cited | Kind | Times | Verbs |", "|---|---|---|---|---|"]
    out += [f"| {_cell(c.source)} | {_cell(c.cited)} | {_cell(c.kind)} | {c.count} | {_cell(', '.join(c.verbs))} |"
            for c in comp.citations]
    return out + [""]


def _loaded(comp: Comparison) -> list[str]:
    """The outlet's own loaded words apart from the ones it quotes or reports."""
    out = ["## Loaded wording", ""]
    if not comp.loaded_terms:
        return out + ["_No term of the loaded-wording lexicon occurs._", ""]
    own = [t for t in comp.loaded_terms if t.voice == "own"]
    other = [t for t in comp.loaded_terms if t.voice != "own"]
    out += ["### In the outlet's own words", ""]
    if own:
        out += ["| Outlet | Term | Category | Sentence |", "|---|---|---|---|"]
        out += [f"| {_cell(t.source)} | {_cell(t.term)} | {_cell(t.category)} | {_cell(t.sentence)} |" for t in own]
    else:
        out.append("_None: every loaded term is someone else's words._")
    out += ["", "### Words it quotes or reports", ""]
    if other:
        out += ["| Outlet | Term | Category | Voice | Sentence |", "|---|---|---|---|---|"]
        out += [f"| {_cell(t.source)} | {_cell(t.term)} | {_cell(t.category)} | {_voice(t.voice, t.speaker)} | "
                f"{_cell(t.sentence)} |" for t in other]
    else:
        out.append("_None._")
    return out + [""]


def _voice(voice: str, speaker: str) -> str:
    return _cell(voice + (f" ({speaker})" if speaker else ""))

