"""Turn a `Comparison` into a report: JSON for programs, Markdown for people.

The JSON is the contract (documented in the README); the Markdown is written to be read on
its own: a summary of the main differences first, then the evidence.
"""

from __future__ import annotations

import json
from datetime import datetime

from .models import Comparison, Fact

FORMATS = ("md", "json")


def to_dict(comp: Comparison) -> dict:
    ev = comp.event
    return {
        "event": {
            "id": ev.id,
            "label": ev.label,
            "first_seen": _iso(ev.first_seen),
            "last_seen": _iso(ev.last_seen),
            "article_ids": list(ev.article_ids),
            "generated_at": _iso(comp.generated_at),
        },
        "outlets": [
            {"source": o.source, "article_id": o.article_id, "title": o.title, "url": o.url,
             "published": _iso(o.published), "country": o.country, "affiliation": o.affiliation,
             "sentences": o.n_sentences}
            for o in comp.outlets
        ],
        "facts": [_fact(f) for f in comp.facts],
        "additions": {k: [f.id for f in v] for k, v in comp.additions.items()},
        "omissions": {k: [f.id for f in v] for k, v in comp.omissions.items()},
    }


def to_json(comp: Comparison) -> str:
    return json.dumps(to_dict(comp), ensure_ascii=False, indent=2)


def _fact(f: Fact) -> dict:
    return {
        "id": f.id,
        "outlets": list(f.sources),
        "sentences": {s.source: {"article_id": s.article_id, "index": s.index, "text": s.text}
                      for s in f.sentences},
    }


def to_markdown(comp: Comparison) -> str:
    ev = comp.event
    names = [o.source for o in comp.outlets]
    shared = comp.shared_facts
    everyone = [f for f in shared if len(f.sentences) == len(names)]
    lines = [
        f"# {ev.label}",
        "",
        f"Event `{ev.id}` · {ev.first_seen:%Y-%m-%d} to {ev.last_seen:%Y-%m-%d} · "
        f"{len(comp.outlets)} outlets · {len(ev.article_ids)} articles",
        "",
        "## Summary",
        "",
        f"- {len(comp.facts)} distinct facts; {len(shared)} carried by two or more outlets, "
        f"{len(everyone)} by all {len(names)}.",
    ]
    for name in names:
        adds, omits = comp.additions.get(name, ()), comp.omissions.get(name, ())
        lines.append(f"- **{name}**: {len(adds)} facts no other outlet carries; "
                     f"leaves out {len(omits)} that most others carry.")
    lines += ["", "## Outlets", "", "| Outlet | Country | Affiliation | Published | Headline |",
              "|---|---|---|---|---|"]
    for o in comp.outlets:
        published = f"{o.published:%Y-%m-%d %H:%M}" if o.published else "?"
        lines.append(f"| {_cell(o.source)} | {o.country} | {o.affiliation} | {published} | "
                     f"[{_cell(o.title)}]({o.url}) |")
    lines += ["", "## Facts carried by several outlets", ""]
    if not shared:
        lines.append("_No fact is carried by more than one outlet._")
    for fact in shared:
        lines.append(f"### {fact.id} — {len(fact.sentences)} of {len(names)} outlets")
        lines.append("")
        for s in fact.sentences:
            lines.append(f"- **{s.source}**: {s.text}")
        missing = [n for n in names if n not in fact.sources]
        if missing:
            lines.append(f"- _not in_: {', '.join(missing)}")
        lines.append("")
    lines += ["## What each outlet adds", ""]
    for name in names:
        adds = comp.additions.get(name, ())
        lines.append(f"### {name} ({len(adds)})")
        lines.append("")
        lines += [f"- {f.sentences[0].text}" for f in adds] or ["_Nothing of its own._"]
        lines.append("")
    lines += ["## What each outlet leaves out", ""]
    for name in names:
        omits = comp.omissions.get(name, ())
        if omits:
            lines.append(f"### {name} ({len(omits)})")
            lines.append("")
            for f in omits:
                example = f.sentences[0]
                lines.append(f"- {example.text} _({', '.join(f.sources)})_")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def render(comp: Comparison, fmt: str) -> str:
    if fmt == "json":
        return to_json(comp)
    if fmt == "md":
        return to_markdown(comp)
    raise ValueError(f"unknown format {fmt!r}")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None
