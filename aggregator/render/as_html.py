"""A self-contained HTML report (no external assets). All article text is escaped (`escape.py`)."""

from __future__ import annotations

from ..compare.params import EVALUATIVE_SHOW
from ..models import Comparison
from . import as_json, by_group
from .as_json import derivation_lines, derivation_statement, grouped_wording, near_note, shown_citations, shown_wording
from .escape import html_text as escape
from .summary import summary_points

STYLE = """
body{font:16px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .5rem;
vertical-align:top;text-align:left}th{background:#f3f3f3}h1{font-size:1.6rem}.muted{color:#777}
"""


def to_html(comp: Comparison) -> str:
    ev = comp.event
    names = [o.source for o in comp.outlets]
    title = as_json.event_title(comp)
    parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}</title>"
             f"<style>{STYLE}</style></head><body>",
             f"<h1>{escape(title)}</h1><p class='muted'>Event {escape(ev.id)} · "
             f"{len(names)} outlets · {len(ev.article_ids)} articles</p>",
             "<h2>Main differences</h2><ul>",
             *[f"<li>{escape(p)}</li>" for p in summary_points(comp)], "</ul>",
             "<h2>Outlets</h2>",
             _table(["Outlet", "Country", "Affiliation", "Published", "Headline"],
                    [[o.source, o.country, o.affiliation,
                      o.published.strftime("%Y-%m-%d %H:%M") if o.published else "?", o.title]
                     for o in comp.outlets]),
             *[f"<p>Left untranslated by {escape(o.source)} (machine translation?): "
               f"{escape(', '.join(o.untranslated))}</p>" for o in comp.outlets if o.untranslated],
             "<h2>Facts × outlets</h2>",
             _table(["Fact", *names],
                    [[f.id, *[(s.text if (s := f.sentence_of(n)) else
                               f"(related, not the same claim) {r.text}" if (r := f.related_of(n)) else "—")
                              for n in names]]
                     for f in comp.shared_facts]),
             "<h2>What each outlet adds</h2>",
             *([_additions(comp, n) for n in names] or ["<p class='muted'>No outlet reported this event.</p>"]),
             "<h2>What each outlet leaves out</h2>",
             *([_list(f"{n} ({len(comp.omissions.get(n, ()))})",
                     [f"{f.example.text} ({f.id}: {', '.join(f.sources)})"
                      + (f" — closest it writes: {near.text}" if (near := f.closest_of(n)) else "")
                      for f in comp.omissions.get(n, ())],
                     "Leaves out nothing most others carry.")
               for n in names] or ["<p class='muted'>No outlet reported this event.</p>"]),
             "<h2>Word changes in the same sentence</h2>",
             _table(["Fact", "From", "To", "Kind", "Before", "After"],
                    [list(row) for row in grouped_wording(w for w in shown_wording(comp.wording_changes)
                                                          if w.kind != "spelling")]),
             "<h2>Labels</h2>",
             _table(["Entity", "Outlet", "Label", "Voice", "Speaker"],
                    [[lab.entity, lab.source, lab.label, lab.voice, lab.speaker] for lab in comp.labels]),
             "<h2>Conflicts</h2>",
             _table(["Slot", "Kind", "Status", "Confidence", "Outlets disagreeing", "Outlet", "Value", "Sentence"],
                    [[c.slot, c.kind, c.status, f"{c.confidence:.2f}", str(c.disagreeing), v.source, v.value,
                      v.sentence] for c in comp.conflicts for v in c.values]),
             "<h2>Updates</h2>",
             _table(["Slot", "Confidence", "Time", "Outlet", "Value", "Stale", "Sentence"],
                    [[u.slot, f"{u.confidence:.2f}",
                      f"{p.time:%Y-%m-%d %H:%M} ({p.time_basis})" if p.time else "unknown", p.source,
                      p.value, "still the old figure" if p.stale else "", p.sentence]
                     for u in comp.updates for p in u.points]),
             "<h2>Disputes</h2>",
             _table(["Claim", "Kind", "Confidence", "Outlet", "Stance", "Held by", "Sentence"],
                    [[d.claim, d.kind, f"{d.confidence:.2f}", s.source, s.stance, s.holder, s.sentence]
                     for d in comp.disputes for s in d.sides]),
             *([_list("What could not be compared", list(comp.uncompared), "")] if comp.uncompared else []),
             "<h2>Who is quoted or cited</h2>",
             _table(["Outlet", "Cited", "Kind", "Times", "Verbs"],
                    [[c.source, c.cited, c.kind, str(c.count), ", ".join(c.verbs)] for c in shown_citations(comp)]),
             "<h2>Loaded wording in the outlet's own words</h2>",
             _table(["Outlet", "Term", "Category", "Score", "Found by", "Sentence"],
                    [[t.source, t.term, t.category, f"{t.score:.2f}", t.method, t.sentence]
                     for t in comp.loaded_terms if t.voice == "own" and t.score >= EVALUATIVE_SHOW]),
             "<h2>Loaded wording it quotes or reports</h2>",
             _table(["Outlet", "Term", "Category", "Voice", "Speaker", "Score", "Found by", "Sentence"],
                    [[t.source, t.term, t.category, t.voice, t.speaker, f"{t.score:.2f}", t.method, t.sentence]
                     for t in comp.loaded_terms if t.voice != "own" and t.score >= EVALUATIVE_SHOW]),
             by_group.html(as_json.by_group(comp)),
             "<h2>Who copied whom</h2>",
             *([_list(f"{derivation_statement(d)} (confidence {d.confidence:.2f})",
                      derivation_lines(d),
                      "No sentence dropped or added.") for d in comp.derivations]
               or ["<p class='muted'>No report reuses another's sentences near-verbatim.</p>"]),
             "</body></html>"]
    return "\n".join(parts) + "\n"


def _list(title: str, items: list[str], empty: str) -> str:
    body = "".join(f"<li>{escape(i)}</li>" for i in items) or f"<li class='muted'>{escape(empty)}</li>"
    return f"<h3>{escape(title)}</h3><ul>{body}</ul>"


def _additions(comp: Comparison, name: str) -> str:
    """An outlet's additions, and a line for its sentences only near what others wrote."""
    adds, near = comp.additions.get(name, ()), comp.near_additions.get(name, ())
    if not adds and not near:
        return _list(f"{name} (0)", [], "Nothing of its own.")
    items = "".join(f"<li>{escape(f.sentences[0].text)}</li>" for f in adds)
    return f"<h3>{escape(f'{name} ({len(adds)})')}</h3>" + (f"<ul>{items}</ul>" if items else "") \
        + (f"<p class='muted'>{escape(near_note(len(near)))}</p>" if near else "")


def _table(header: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return "<p class='muted'>None found.</p>"
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
