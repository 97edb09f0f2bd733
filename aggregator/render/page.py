"""The visual event page: one self-contained HTML file (no network, works from `file://`).

Built from the JSON report (`as_json.to_dict`, as cached by `cached.py`) rather than from the
`Comparison` object, so every section the JSON gains shows up here too: sections this module
does not know are drawn as plain tables at the end. What the JSON lacks and the page needs
(keywords, every article of the event with its edits for the timeline, the outlets the database
knows, for "who did not cover it") comes in an `EventExtras`.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime

from ..compare.groups import short_text
from ..compare.params import CITATION_SHOW, EVALUATIVE_SHOW, WORDING_SHOW
from ..models import Comparison, StoredSource
from ..store.contract import StoreContract
from .as_json import grouped_changes
from .cached import SUMMARY_KEY, digest_of, main_differences, page_data
from .charts import TimelineItem, bar_chart, timeline
from .escape import safe_url
from .sidebyside import default_pair, pair_diffs, segments
from .templating import render, slug

logger = logging.getLogger(__name__)

# Sections of the JSON report this page draws itself; any other key is shown as a table.
KNOWN_KEYS = {"event", "outlets", "facts", "additions", "near_additions", "omissions", "wording_changes", "labels",
              "conflicts", "sources", "loaded_terms", "derivation", "main_differences", SUMMARY_KEY, "by_group"}
MAX_ABSENT_OUTLETS = 40  # "not covered by": beyond this the list says how many more
GENERIC_ROWS = 200  # rows of an unknown section shown before "… more"
# Past this many outlets the grid's columns are affiliation groups (sources.yaml), each cell the
# number of the group's outlets that carry the fact (issue 23): a column per outlet made the grid
# of a 300-outlet event 3.5 MB of its 8.5 MB page (benchmarks/big_event.py), and no screen shows
# 300 columns. Forty columns still fit a wide screen with short names.
GRID_MAX_OUTLETS = 40


@dataclass(frozen=True)
class EventExtras:
    """What the event page needs from the database beyond the comparison."""

    keywords: tuple[str, ...] = ()
    articles: tuple[TimelineItem, ...] = ()
    known_outlets: tuple[StoredSource, ...] = ()


def event_extras(store: StoreContract, event_id: str,
                 known: tuple[StoredSource, ...] | None = None) -> EventExtras:
    """Keywords, every member article (with the times its edits were seen), every known outlet
    (`known`, when the caller has read them already)."""
    view = store.event_view(event_id)
    edits = store.version_times(a.id for a in view.articles)
    fetched = {a.id: a.fetched_at for a in store.articles_by_id(a.id for a in view.articles)}
    items = tuple(TimelineItem(a.id, a.outlet, a.title, a.url, a.published, fetched.get(a.id),
                               tuple(edits.get(a.id, ()))) for a in view.articles)
    if known is None:
        known = tuple(sorted(store.stored_sources(), key=lambda s: s.name))
    return EventExtras(view.event.keywords, items, known)


_ABBR_SKIP = {"the", "of", "and", "a", "an", "for", "on", "in", "&"}
SHORT_CHARS = 14  # an outlet name this long or shorter is its own short name


def abbreviate(name: str) -> str:
    """A generated short name for a grid column: the name without "The" and a parenthesis
    when that is short, else the initials of its words ("Tokyo Morning Post" → "TMP")."""
    base = re.sub(r"\s*\([^)]*\)\s*", " ", name).strip() or name
    base = re.sub(r"^the\s+", "", base, flags=re.IGNORECASE)
    if len(base) <= SHORT_CHARS:
        return base
    words = [w for w in re.split(r"[\s\-]+", base) if w and w.lower() not in _ABBR_SKIP]
    initials = "".join(w[0].upper() for w in words if w[0].isalnum())
    return initials if len(initials) >= 2 else base[:SHORT_CHARS - 1] + "…"


def short_names(names: list[str], known: tuple[StoredSource, ...] = ()) -> dict[str, str]:
    """Each outlet's short name: `short_name` from sources.yaml, else `abbreviate`; unique."""
    given = {k.name: getattr(k, "short_name", "") for k in known}
    out: dict[str, str] = {}
    for n in names:
        short = given.get(n) or abbreviate(n)
        taken = set(out.values())
        k, candidate = 2, short
        while candidate in taken:
            candidate, k = f"{short}{k}", k + 1
        out[n] = candidate
    return out


def sentence_anchor(article_id: object, index: object) -> str:
    return f"s-{article_id}-{index}"


def event_context(data: dict, extras: EventExtras, digest: dict | None = None, *, live: bool = False,
                  root: str = "../", site: bool = True) -> dict:
    """Everything the `event.html` template draws, from the JSON report and the extras."""
    digest = digest if digest is not None else digest_of(data)
    voices = digest.get("voices", {})
    outlets = data.get("outlets", [])
    names = [o["outlet"] for o in outlets]
    urls = {o["outlet"]: safe_url(o.get("url")) for o in outlets}
    anchors = {n: f"o-{slug(n)}" for n in names}

    reports: dict[str, list[dict]] = defaultdict(list)
    by_text: dict[tuple[str, str], str] = {}
    for fact in data.get("facts", []):
        for outlet, s in fact.get("sentences", {}).items():
            anchor = sentence_anchor(s.get("article_id"), s.get("index"))
            reports[outlet].append({"index": s.get("index", 0), "text": s.get("text", ""), "anchor": anchor,
                                    "fact": fact["id"], "shared": len(fact.get("outlets", [])) > 1})
            by_text.setdefault((outlet, s.get("text", "")), anchor)
    for rows in reports.values():
        rows.sort(key=lambda r: r["index"])

    def link(outlet: str, text: str) -> dict:
        """A statement with the anchor of its sentence (when the comparison kept it) and URL."""
        anchor = by_text.get((outlet, text)) or next(
            (a for (o, t), a in by_text.items() if o == outlet and text and (text in t or t in text)), "")
        return {"text": text, "anchor": anchor, "url": urls.get(outlet, "")}

    omitted = {(o, i.get("fact_id")) for o, items in (data.get("omissions") or {}).items() for i in items}
    related = {(f["id"], r.get("outlet")): r for f in data.get("facts", []) for r in reversed(f.get("related", []))}
    facts = sorted(data.get("facts", []), key=lambda f: (-len(f.get("outlets", [])),
                                                          _first_outlet_rank(f, names), f["id"]))
    grid = []
    short = short_names(names, extras.known_outlets)
    columns = _columns(outlets, short, grouped=len(names) > GRID_MAX_OUTLETS)
    for fact in facts:
        cells = []
        for col in columns:
            carrying = [n for n in col["outlets"] if n in fact.get("sentences", {})]
            s = fact["sentences"][carrying[0]] if carrying else None
            if s:
                anchor = sentence_anchor(s.get("article_id"), s.get("index"))
                cells.append({"anchor": anchor, "text": s.get("text", ""), "omitted": False, "outlet": carrying[0],
                              "count": len(carrying), "related": False,
                              "voice": voices.get(f"{s.get('article_id')}-{s.get('index')}", "own")})
            elif not col["of"] and (r := related.get((fact["id"], col["name"]))):
                # only near the fact: shown as such, so an empty cell means nothing near it
                cells.append({"anchor": sentence_anchor(r.get("article_id"), r.get("index")), "text": r.get("text", ""),
                              "voice": "", "outlet": col["name"], "count": 0, "omitted": False, "related": True})
            else:
                cells.append({"anchor": "", "text": "", "voice": "", "outlet": col["name"], "count": 0,
                              "related": False, "omitted": not col["of"] and (col["name"], fact["id"]) in omitted})
        first: dict = next(iter(fact.get("sentences", {}).values()), {})
        grid.append({"id": fact["id"], "n": len(fact.get("outlets", [])), "cells": cells,
                     "short": short_text(first.get("text", "")),
                     "only": fact.get("outlets", [""])[0] if len(fact.get("outlets", [])) == 1 else ""})

    pair = default_pair(data)
    # a big event keeps word highlights and copied paragraphs for the pair shown first only: for
    # every pair they were 2.4 MB of a 300-outlet page; other pairs show their sentences plain
    trim = len(names) > GRID_MAX_OUTLETS and pair is not None
    first_pair = {f"{pair[0]}|{pair[1]}", f"{pair[1]}|{pair[0]}"} if pair else set()
    diffs = pair_diffs({**data, "wording_changes": [
        w for w in data.get("wording_changes", [])
        if not trim or f"{w.get('from_outlet')}|{w.get('to_outlet')}" in first_pair]})
    derived = {}
    for d in data.get("derivation", []):
        if trim and f"{d.get('original')}|{d.get('derived')}" not in first_pair:
            continue
        entry = {"statement": d.get("statement", ""), "relation": d.get("relation", "copy"),
                 "dropped": [x.get("text", "") for x in d.get("dropped", [])],
                 "added": [x.get("text", "") for x in d.get("added", [])]}
        derived[f"{d.get('original')}|{d.get('derived')}"] = {**entry, "left_is": "original"}
        derived[f"{d.get('derived')}|{d.get('original')}"] = {**entry, "left_is": "copy"}
    shared = [f for f in facts if len(f.get("outlets", [])) > 1]
    side = {"outlets": names, "pair": list(pair) if pair else [], "diffs": diffs, "derived": derived, "trim": trim,
            "facts": [{"id": f["id"], "s": {o: [s.get("text", ""), sentence_anchor(s.get("article_id"), s.get("index")),
                                                s.get("index", 0)]
                                            for o, s in f.get("sentences", {}).items()}} for f in shared]}
    default_rows = _pair_rows(shared, pair, diffs) if pair else []

    items = list(extras.articles) or [TimelineItem(str(o.get("article_id", "")), o["outlet"], o.get("title", ""),
                                                   o.get("url", ""), _when(o.get("published")), None)
                                      for o in outlets]
    countries = Counter(o.get("country") or "unknown" for o in outlets)
    affiliations = Counter(o.get("affiliation") or "unknown" for o in outlets)
    known = extras.known_outlets
    absent = [k for k in known if k.name not in names]
    ev = data.get("event", {})
    return {
        "root": root, "live": live, "site": site, "event": ev, "keywords": list(extras.keywords), "outlets": outlets,
        "names": names, "anchors": anchors, "urls": urls,
        "n_articles": len(ev.get("article_ids", [])) or len(extras.articles),
        "country_chart": bar_chart("countries", "Outlets by country", sorted(countries.items())),
        "affiliation_chart": bar_chart("affiliations", "Outlets by affiliation", sorted(affiliations.items())),
        "groups_absent": {"countries": sorted({k.country for k in absent if k.country} - set(countries)),
                          "affiliations": sorted({k.affiliation for k in absent if k.affiliation} - set(affiliations))},
        "absent_outlets": [k.name for k in absent][:MAX_ABSENT_OUTLETS],
        "absent_more": max(0, len(absent) - MAX_ABSENT_OUTLETS),
        "timeline": timeline(items, anchors),
        "short": short, "grid_columns": columns, "grid_grouped": len(names) > GRID_MAX_OUTLETS,
        "by_group": _by_group(data.get("by_group") or {}, link),
        "main_differences": main_differences(data),
        "grid": grid, "side": side, "pair": pair, "default_rows": default_rows,
        "default_derived": derived.get(f"{pair[0]}|{pair[1]}") if pair else None,
        "wording": [dict(zip(("fact_id", "from_outlet", "to_outlet", "kind", "before", "after"), row))
                    for row in grouped_changes([(w.get("fact_id", ""), w.get("from_outlet", ""), w.get("to_outlet", ""),
                                                 w.get("kind", ""), w.get("before", ""), w.get("after", ""))
                                                for w in data.get("wording_changes", [])
                                                if w.get("kind") != "spelling"
                                                and w.get("confidence", 1.0) >= WORDING_SHOW])],
        "conflicts": _conflicts(data, names, link),
        "citations": _by_outlet([c for c in data.get("sources", []) if c.get("confidence", 1.0) >= CITATION_SHOW],
                                names,
                                lambda c: {**c, "links": [link(c["outlet"], t) for t in c.get("sentences", [])]}),
        "loaded": _loaded(data, names, link),
        "loaded_below": sum(1 for t in data.get("loaded_terms", []) if t.get("score", 1.0) < EVALUATIVE_SHOW),
        "loaded_show": EVALUATIVE_SHOW,
        "labels": _labels(data, link),
        "derivations": [d.get("statement", "") for d in data.get("derivation", [])],
        "additions": data.get("additions") or {}, "omissions": data.get("omissions") or {},
        "reports": [(o, reports.get(o["outlet"], [])) for o in outlets],
        "extra_sections": _extra_sections(data),
    }


def _columns(outlets: list[dict], short: dict[str, str], grouped: bool) -> list[dict]:
    """The grid's columns: one per outlet (`of` 0), or past `GRID_MAX_OUTLETS` one per
    affiliation, largest first (`of`: its number of outlets)."""
    if not grouped:
        return [{"name": o["outlet"], "short": short[o["outlet"]], "outlets": [o["outlet"]], "of": 0} for o in outlets]
    groups: dict[str, list[str]] = defaultdict(list)
    for o in outlets:
        groups[o.get("affiliation") or "unknown"].append(o["outlet"])
    return [{"name": g, "short": g, "outlets": members, "of": len(members)}
            for g, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))]


def _when(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _first_outlet_rank(fact: dict, names: list[str]) -> int:
    ranks = [names.index(o) for o in fact.get("outlets", []) if o in names]
    return min(ranks) if ranks else len(names)


def _pair_rows(shared: list[dict], pair: tuple[str, str], diffs: dict) -> list[dict]:
    a, b = pair
    rows = []
    for f in shared:
        sa, sb = f.get("sentences", {}).get(a), f.get("sentences", {}).get(b)
        if not (sa and sb):
            continue
        found = diffs.get(f"{f['id']}|{a}|{b}")
        left, right = found if found else ([("=", sa.get("text", ""), "")], [("=", sb.get("text", ""), "")])
        rows.append({"id": f["id"], "left": left, "right": right, "diffed": bool(found),
                     "left_anchor": sentence_anchor(sa.get("article_id"), sa.get("index")),
                     "right_anchor": sentence_anchor(sb.get("article_id"), sb.get("index")),
                     "order": sa.get("index", 0)})
    return sorted(rows, key=lambda r: r["order"])  # in the order the left report tells it


def _conflicts(data: dict, names: list[str], link) -> list[dict]:
    rows = []
    for c in data.get("conflicts", []):
        values = c.get("values", [])
        common = Counter(v.get("value") for v in values).most_common(1)
        majority = common[0][0] if common and common[0][1] > 1 else None
        cells: dict[str, list] = {}
        for v in values:
            cells.setdefault(v.get("outlet"), []).append(
                {**link(v.get("outlet", ""), v.get("sentence", "")), "value": v.get("value", ""),
                 "differs": majority is not None and v.get("value") != majority})
        status = c.get("status", "contradict")  # "differ": a report's time unknown, no contradiction claimed
        kind = c.get("kind", "") + ("" if status == "contradict" else ", values differ: a time unknown or far apart")
        rows.append({"slot": c.get("slot", ""), "kind": kind, "fact_id": c.get("fact_id"),
                     "cells": [cells.get(n, []) for n in names]})
    return rows


def _by_outlet(items: list[dict], names: list[str], shape) -> list[tuple[str, list[dict]]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        grouped[item.get("outlet", "")].append(shape(item))
    return [(n, grouped[n]) for n in names if grouped.get(n)] + [
        (n, v) for n, v in grouped.items() if n not in names]


def _loaded(data: dict, names: list[str], link) -> list[dict]:
    rows = []
    shown = [t for t in data.get("loaded_terms", []) if t.get("score", 1.0) >= EVALUATIVE_SHOW]
    for name, items in _by_outlet(shown, names, lambda t: t):
        shaped = [{**t, **link(name, t.get("sentence", "")), "sentence": t.get("sentence", "")} for t in items]
        rows.append({"outlet": name, "own": [t for t in shaped if t.get("voice", "own") == "own"],
                     "other": [t for t in shaped if t.get("voice", "own") != "own"]})
    return rows


def _labels(data: dict, link) -> list[tuple[str, list[dict]]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for lab in data.get("labels", []):
        grouped[lab.get("entity", "")].append({**lab, **link(lab.get("outlet", ""), lab.get("sentence", "")),
                                               "sentence": lab.get("sentence", "")})
    return list(grouped.items())


def _by_group(bg: dict, link) -> dict:
    """The JSON's `by_group` with a link to the sentence behind every statement."""
    def links(items: list[dict]) -> list[dict]:
        return [{**link(e.get("outlet", ""), e.get("text", "")), "outlet": e.get("outlet", "")} for e in items]

    return {"groups": [g for g in bg.get("groups", []) if len(g.get("outlets", [])) > 1],
            "blindspots": [{**b, "links": links(b.get("evidence", [])), "closest_links": links(b.get("closest", []))}
                           for b in bg.get("blindspots", [])],
            "voices": [{**v, "terms": [{**t, "links": links(t.get("evidence", []))} for t in v.get("terms", [])],
                        "labels": [{**lab, "links": links(lab.get("evidence", []))} for lab in v.get("labels", [])],
                        "cited": [{**c, "links": links(c.get("evidence", []))} for c in v.get("cited", [])]}
                       for v in bg.get("voices", [])]}


def _extra_sections(data: dict) -> list[dict]:
    """Sections of the JSON this page does not know: shown as tables of their fields."""
    out = []
    for key, value in data.items():
        if key in KNOWN_KEYS or not value:
            continue
        rows = value if isinstance(value, list) else (
            [{"outlet": k, **v} if isinstance(v, dict) else {"key": k, "value": v} for k, v in value.items()]
            if isinstance(value, dict) else [{"value": value}])
        rows = [r if isinstance(r, dict) else {"value": r} for r in rows]
        columns = list(dict.fromkeys(k for r in rows[:GENERIC_ROWS] for k in r))
        out.append({"title": key.replace("_", " ").capitalize(), "columns": columns,
                    "rows": [[_plain(r.get(c)) for c in columns] for r in rows[:GENERIC_ROWS]],
                    "more": max(0, len(rows) - GENERIC_ROWS)})
    return out


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_plain(v)}" for k, v in value.items())
    return str(value)


def event_page(data: dict, extras: EventExtras, digest: dict | None = None, *, live: bool = False,
               root: str = "../", site: bool = True) -> str:
    """The event page as HTML text."""
    return render("event.html", **event_context(data, extras, digest, live=live, root=root, site=site))


def to_page(comp: Comparison, extras: EventExtras | None = None) -> str:
    """The event page of a comparison on its own (no site around it: links stay on the page)."""
    extras = extras or EventExtras(keywords=comp.event.keywords)
    return event_page(page_data(comp), extras, root="", site=False)


__all__ = ["EventExtras", "event_extras", "event_context", "event_page", "to_page",
           "segments", "sentence_anchor"]
