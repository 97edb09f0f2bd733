"""The 'By group' section of the Markdown and HTML reports, from the JSON report's `by_group`
(as_json.by_group, computed by compare/groups.py): what a group of outlets carried that
another left out, each group's own wording and labels, and whom each group quotes, every
statement with its sentences. The event page draws the same data from its template."""

from __future__ import annotations

import logging

from .escape import html_text as escape
from .escape import md_text as _md

logger = logging.getLogger(__name__)

MAX_EVIDENCE = 3  # sentences shown under one statement in Markdown/HTML; the JSON has them all


def blindspot_statement(b: dict) -> str:
    carried = ", ".join(g["name"] for g in b.get("carried_by", []))
    missing = b.get("missing", {})
    return (f"{b.get('fact_id')}: carried by {carried} ({len(b.get('carriers', []))} outlets in all), "
            f"not by any of the {missing.get('name', '')} ({', '.join(missing.get('outlets', []))}): "
            f"“{b.get('text', '')}”")


def voice_lines(v: dict) -> list[str]:
    """One group's distinctive wording, labels and sources as plain statements."""
    out = []
    several = len(v.get("outlets", [])) > 1  # a one-outlet group: its outlet is named already

    def who(outlets: list[str]) -> str:
        return f" ({', '.join(outlets)})" if several else ""

    if v.get("terms"):
        out.append("Own-voice wording no outlet outside uses: " + "; ".join(
            f"“{t['term']}”{who(t['outlets'])}" for t in v["terms"]))
    for lab in v.get("labels", []):
        others = "; ".join(e["text"].split(":", 1)[0] + f" ({e['outlet']})" for e in lab.get("others", [])[:4])
        out.append(f"Names {lab['entity']} “{lab['label']}”{who(lab['outlets'])}; others: {others}")
    if v.get("cited"):
        out.append("Quotes or cites: " + "; ".join(
            f"{c['cited']}{'' if c.get('only_this_group') else ' (others too)'}{who(c['outlets'])}"
            for c in v["cited"]))
    return out


def markdown(bg: dict | None) -> list[str]:
    """The 'By group' section as Markdown lines."""
    out = ["## By group", ""]
    if not bg or not bg.get("groups"):
        return out + ["_No outlet has an affiliation or a country to group it by._", ""]
    groups = [g for g in bg["groups"] if len(g["outlets"]) > 1]
    out.append("Groups of outlets: " + ("; ".join(f"{_md(g['name'])} ({_md(', '.join(g['outlets']))})"
                                                    for g in groups) or "_every group has one outlet_") + ".")
    out += ["", "### Facts one group carried and another did not", ""]
    for b in bg.get("blindspots", []):
        out.append(f"- {_md(blindspot_statement(b))}")
        out += [f"  - {_md(e['outlet'])}: {_md(e['text'])}" for e in b.get("evidence", [])[:MAX_EVIDENCE]]
    if not bg.get("blindspots"):
        out.append("_None: no group of two or more outlets left out a fact three or more others carried._")
    out += ["", "### Each group's own wording and sources", ""]
    for v in bg.get("voices", []):
        out.append(f"- **{_md(v['name'])}**" + (f" ({_md(', '.join(v['outlets']))})" if len(v["outlets"]) > 1 else ""))
        out += [f"  - {_md(line)}" for line in voice_lines(v)]
    if not bg.get("voices"):
        out.append("_Nothing sets one group's wording or sources apart._")
    return out + [""]


def html(bg: dict | None) -> str:
    """The 'By group' section as HTML (every text escaped)."""
    parts = ["<h2>By group</h2>"]
    if not bg or not bg.get("groups"):
        return parts[0] + "<p class='muted'>No outlet has an affiliation or a country to group it by.</p>"
    parts.append("<h3>Facts one group carried and another did not</h3><ul>")
    for b in bg.get("blindspots", []):
        ev = "".join(f"<li>{escape(e['outlet'])}: {escape(e['text'])}</li>"
                     for e in b.get("evidence", [])[:MAX_EVIDENCE])
        parts.append(f"<li>{escape(blindspot_statement(b))}<ul>{ev}</ul></li>")
    if not bg.get("blindspots"):
        parts.append("<li class='muted'>None.</li>")
    parts.append("</ul><h3>Each group's own wording and sources</h3><ul>")
    for v in bg.get("voices", []):
        lines = "".join(f"<li>{escape(line)}</li>" for line in voice_lines(v))
        parts.append(f"<li><strong>{escape(v['name'])}</strong><ul>{lines}</ul></li>")
    parts.append("</ul>")
    return "".join(parts)


__all__ = ["markdown", "html", "blindspot_statement", "voice_lines"]
