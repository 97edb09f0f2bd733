"""The Markdown report: readable on its own, the main differences first, then the evidence."""

from __future__ import annotations

from collections import defaultdict

from ..compare.params import CITATION_SHOW, EVALUATIVE_SHOW, WORDING_SHOW
from ..models import Comparison
from . import as_json, by_group
from .as_json import derivation_lines, derivation_statement, grouped_wording, near_note, shown_citations, shown_wording
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
        f"# {_md(as_json.event_title(comp))}", "",
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
        out += ["_No fact is carried by more than one outlet._", ""]
    for fact in shared:
        out += [f"### {fact.id} — {len(fact.sentences)} of {len(names)} outlets (confidence {fact.confidence:.2f})", ""]
        out += [f"- **{_md(s.source)}**: {_md(s.text)}" for s in fact.sentences]
        out += [f"- _related, not the same claim_ — **{_md(s.source)}**: {_md(s.text)}" for s in fact.related]
        present = set(fact.sources) | {s.source for s in fact.related}
        missing = [n for n in names if n not in present]  # a related sentence is shown above, so not "missing"
        if missing:
            out.append(f"- _nothing near it from_: {_md(', '.join(missing))}")
        out.append("")
    out += ["## What each outlet adds", ""]
    if not names:
        out += ["_No outlet reported this event._", ""]
    for name in names:
        adds, others_near = comp.additions.get(name, ()), comp.near_additions.get(name, ())
        out += [f"### {_md(name)} ({len(adds)})", ""]
        out += [f"- {_md(f.sentences[0].text)}" for f in adds] or ([] if others_near else ["_Nothing of its own._"])
        if others_near:
            out += [""] * bool(adds) + [f"_{near_note(len(others_near))}_"]
        out.append("")
    out += ["## What each outlet leaves out", ""]
    for name in names:
        omits = comp.omissions.get(name, ())
        if omits:
            out += [f"### {_md(name)} ({len(omits)})", ""]
            for f in omits:
                out.append(f"- {_md(f.example.text)} _({_md(', '.join(f.sources))})_")
                near = f.closest_of(name)
                if near:
                    out.append(f"  - closest it writes: {_md(near.text)}")
            out.append("")
    if not any(comp.omissions.get(name) for name in names):
        out += ["_No outlet leaves out a fact most of the others carry._", ""]
    out += _wording(comp) + _labels(comp) + _conflicts(comp) + _updates(comp) + _disputes(comp) + _uncompared(comp)
    out += _sources(comp) + _loaded(comp) + by_group.markdown(as_json.by_group(comp))
    out += ["## Who copied whom", ""]
    for d in comp.derivations:
        out.append(f"- {_md(derivation_statement(d))} (confidence {d.confidence:.2f}).")
        out += [f"  - {_md(line)}" for line in derivation_lines(d)]
    if not comp.derivations:
        out.append("_No report reuses another's sentences near-verbatim._")
    return "\n".join(out).rstrip() + "\n"


def _section(title: str, body: list[str], empty: str) -> list[str]:
    """A detail section: its heading, then its body, or one line saying it found nothing (so a
    reader knows the step ran)."""
    return [f"## {title}", "", *(body or [empty, ""])]


def _wording(comp: Comparison) -> list[str]:
    shown = shown_wording(comp.wording_changes)
    changes = [w for w in shown if w.kind in FRAMING_KINDS or w.kind == "word choice"]
    minor, unsure = len(shown) - len(changes), len(comp.wording_changes) - len(shown)
    body = []
    if changes:
        body = ["| Fact | From → to | Kind | Before | After |", "|---|---|---|---|---|"]
        rows = grouped_wording(changes)
        body += [f"| {fact} | {_cell(a)} → {_cell(b)} | {_cell(kind)} | {_cell(before) or '—'} | "
                 f"{_cell(after) or '—'} |" for fact, a, b, kind, before, after in rows]
        body.append("")
    if minor:
        body += [f"_{minor} spelling variants not shown._", ""]
    if unsure:
        body += [f"_{unsure} word changes below the confidence threshold ({WORDING_SHOW}) are in the JSON only._", ""]
    return _section("Word changes in the same sentence", body, "_No aligned sentences differ in wording._")


def _labels(comp: Comparison) -> list[str]:
    by_entity: dict[str, list] = defaultdict(list)
    for lab in comp.labels:
        by_entity[lab.entity].append(lab)
    body = []
    for entity, labels in by_entity.items():
        body += [f"### {_md(entity)}", "", "| Outlet | Label | Voice | Found by |", "|---|---|---|---|"]
        body += [f"| {_cell(lab.source)} | {_cell(lab.label)} | {_voice(lab.voice, lab.speaker)} | "
                 f"{_cell(lab.method or '–')} |" for lab in labels]
        body.append("")
    return _section("How each outlet names the same thing", body, "_No differences in naming found._")


def _conflicts(comp: Comparison) -> list[str]:
    body = []
    for c in comp.conflicts:
        where = f" in {c.fact_id}" if c.fact_id else ""
        status = "contradict" if c.status == "contradict" else \
            "differ (a report's time unknown, the reports too far apart, or their sentences name different times)"
        if c.kind == "sources":
            head = f"sources disagree: {c.disagreeing} report(s) give both sides, each figure with its source"
        else:
            head = f"{c.kind}{where}, {c.disagreeing} outlet(s) off the most common value"
        body += [f"### {_md(c.slot)} ({_md(head)})", "", f"_{status}; confidence {c.confidence:.2f}_", ""]
        body += [f"- **{_md(v.source)}**: {_md(v.value)} — “{_md(v.sentence)}”" for v in c.values]
        body.append("")
    return _section("Conflicts", body, "_No conflicting names, numbers or dates found._")


def _updates(comp: Comparison) -> list[str]:
    """Each changing figure as a timeline: value, outlet, time; stale reports marked."""
    body = []
    for u in comp.updates:
        body += [f"### {_md(u.slot)} (confidence {u.confidence:.2f})", "", "| Time | Outlet | Value | Sentence |",
                 "|---|---|---|---|"]
        for p in u.points:
            when = f"{p.time:%Y-%m-%d %H:%M} ({p.time_basis})" if p.time else "unknown"
            stale = " **(still the old figure)**" if p.stale else ""
            body.append(f"| {_cell(when)} | {_cell(p.source)} | {_cell(p.value)}{stale} | {_cell(p.sentence)} |")
        body.append("")
    return _section("Updates", body, "_No figure changes between reports published at different times._")


def _disputes(comp: Comparison) -> list[str]:
    """Each disputed claim with both sides, who holds each, and the sentences."""
    body = []
    for d in comp.disputes:
        body += [f"### \u201c{_md(d.claim)}\u201d ({_md(d.kind)}, confidence {d.confidence:.2f})", ""]
        body += [f"- **{_md(s.source)}** {_md(s.stance)} ({_md(s.holder)}): {_md(s.sentence)}" for s in d.sides]
        body.append("")
    return _section("Disputes", body, "_No claim is asserted by one outlet and denied or only attributed by another._")


def _uncompared(comp: Comparison) -> list[str]:
    if not comp.uncompared:
        return []
    return ["## What could not be compared", "", *[f"- {_md(n)}" for n in comp.uncompared], ""]


def _sources(comp: Comparison) -> list[str]:
    body = []
    shown = shown_citations(comp)
    if shown:
        body = ["| Outlet | Cited | Kind | Times | Verbs |", "|---|---|---|---|---|"]
        body += [f"| {_cell(c.source)} | {_cell(c.cited)} | {_cell(c.kind)} | {c.count} | "
                 f"{_cell(', '.join(c.verbs))} |" for c in shown]
        body.append("")
    if len(shown) < len(comp.citations):
        body += [f"_{len(comp.citations) - len(shown)} sources below the confidence threshold ({CITATION_SHOW}) "
                 "are in the JSON only._", ""]
    return _section("Who is quoted or cited", body, "_No one is quoted or cited._")


def _loaded(comp: Comparison) -> list[str]:
    """The outlet's own loaded words apart from the ones it quotes or reports: the terms scored at
    `EVALUATIVE_SHOW` or above (the JSON has every term, with its score and method)."""
    body = []
    shown = [t for t in comp.loaded_terms if t.score >= EVALUATIVE_SHOW]
    if shown:
        own = [t for t in shown if t.voice == "own"]
        other = [t for t in shown if t.voice != "own"]
        body = ["### In the outlet's own words", ""]
        if own:
            body += ["| Outlet | Term | Category | Score | Found by | Sentence |", "|---|---|---|---|---|---|"]
            body += [f"| {_cell(t.source)} | {_cell(t.term)} | {_cell(t.category)} | {t.score:.2f} | "
                     f"{_cell(t.method)} | {_cell(t.sentence)} |" for t in own]
        else:
            body.append("_None: every loaded term is someone else's words._")
        body += ["", "### Words it quotes or reports", ""]
        if other:
            body += ["| Outlet | Term | Category | Voice | Score | Found by | Sentence |",
                     "|---|---|---|---|---|---|---|"]
            body += [f"| {_cell(t.source)} | {_cell(t.term)} | {_cell(t.category)} | {_voice(t.voice, t.speaker)} | "
                     f"{t.score:.2f} | {_cell(t.method)} | {_cell(t.sentence)} |" for t in other]
        else:
            body.append("_None._")
        hidden = len(comp.loaded_terms) - len(shown)
        if hidden:
            body += ["", f"_{hidden} more scored below {EVALUATIVE_SHOW} are in the JSON report._"]
        body.append("")
    elif comp.loaded_terms:  # every term below the threshold: say so, not that none occurs
        body = [f"_No term scored {EVALUATIVE_SHOW} or more; {len(comp.loaded_terms)} scored below it are in the "
                "JSON report._", ""]
    return _section("Loaded wording", body, "_No term of the loaded-wording lexicon occurs._")


def _voice(voice: str, speaker: str) -> str:
    return _cell(voice + (f" ({speaker})" if speaker else ""))

