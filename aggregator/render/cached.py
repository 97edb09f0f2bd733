"""Comparisons kept in the database (table `comparison_cache`, migration m010) for the site and
`aggregator serve`.

A comparison costs from a tenth of a second to seconds (embeddings, alignment) and needs the
models loaded; a page must answer in well under a second. So the JSON of each comparison is
stored with the event version it was computed from (`events.updated_at`) and a fingerprint of
the code and word lists that produced it (computed by render/fingerprint.py): a row is valid
while both match, and is rebuilt by the next `run` (or `aggregator site`) when the event changes
or the comparison code does.

Besides the comparison, each row keeps a small per-outlet digest (additions, omissions, own
loaded wording, copying) so the outlet pages can be built from every event without parsing
every comparison.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..compare.params import EVALUATIVE_SHOW
from ..config.settings import Settings
from ..models import Comparison, Event
from ..store.contract import StoreContract
from ..store.rows import iso
from .as_json import to_dict, to_json
from .fingerprint import code_fingerprint
from .summary import summary_points

logger = logging.getLogger(__name__)

SUMMARY_KEY = "summary_points"  # main differences, added when the JSON writer gives none
FEED_POINTS = 3  # main differences kept in the digest for the Atom feed's summaries


@dataclass(frozen=True)
class CachedComparison:
    """A comparison as the pages read it: the JSON report (plus main differences) and the digest."""

    event_id: str
    data: dict
    digest: dict
    fresh: bool  # computed from the event's current version with the current code


def fingerprint(settings: Settings) -> str:
    """A short hash of everything besides the event that a comparison depends on: the code and
    data (render/fingerprint.py, computed from what the comparison imports), the embedders and
    the extra loaded-terms file the settings choose, and the cap on reports compared."""
    return _fingerprint(settings.embedder, settings.multilingual_embedder, settings.loaded_terms,
                        settings.compare_max_reports)


@lru_cache(maxsize=8)
def _fingerprint(embedder: str, multilingual: str, extra: str, max_reports: int = 0) -> str:
    digest = hashlib.sha1(code_fingerprint().encode())
    if extra and Path(extra).is_file():
        digest.update(Path(extra).read_bytes())
    digest.update(f"{embedder}|{multilingual}".encode())
    if max_reports:  # a cap changes the comparison of an event that has more reports
        digest.update(f"|max_reports={max_reports}".encode())
    return digest.hexdigest()[:16]


def page_data(comp: Comparison) -> dict:
    """The JSON report of `comp`, with the main differences when the JSON writer has none."""
    data = to_dict(comp)
    if not any(key in data for key in ("main_differences", SUMMARY_KEY)):
        data[SUMMARY_KEY] = summary_points(comp)
    return data


def digest_of(data: dict) -> dict:
    """What the pages need besides the JSON report: the per-outlet digest and the voice of every
    sentence of a fact (the grid marks quoting apart from own voice; reading it costs ~1 ms a
    sentence, too much to repeat on every page view)."""
    from ..compare.voice import sentence_voice

    voices: dict[str, str] = {}
    for fact in data.get("facts", []):
        for s in fact.get("sentences", {}).values():
            found = {span.voice for span in sentence_voice(s.get("text", "")).spans}
            if found:
                voices[f"{s.get('article_id')}-{s.get('index')}"] = "quoted" if "quoted" in found else "attributed"
    return {"outlets": outlet_digest(data), "voices": voices, "main": main_differences(data)[:FEED_POINTS],
            "title": data.get("event", {}).get("label", "")}


def main_differences(data: dict) -> list[str]:
    """The main differences as plain sentences, whichever key the JSON writer gives them under."""
    out = []
    for item in data.get("main_differences", data.get(SUMMARY_KEY, [])) or []:
        if isinstance(item, dict):
            out.append(str(item.get("text") or item.get("statement") or item.get("summary") or
                           "; ".join(f"{k}: {v}" for k, v in item.items())))
        else:
            out.append(str(item))
    return out


def outlet_digest(data: dict) -> dict:
    """Per outlet of one comparison: its report, how many facts it adds and leaves out, its own
    loaded wording, and whom it copies / who copies it (for the outlet pages)."""
    out: dict[str, dict] = {}
    for o in data.get("outlets", []):
        out[o["outlet"]] = {"article_id": o.get("article_id"), "title": o.get("title", ""), "url": o.get("url", ""),
                            "published": o.get("published"), "additions": [], "omissions": [],
                            "loaded_own": [], "copies": [], "copied_by": []}
    for name, items in (data.get("additions") or {}).items():
        if name in out:
            out[name]["additions"] = [i.get("text", "") for i in items]
    others = max(0, len(out) - 1)
    for name, items in (data.get("omissions") or {}).items():
        if name in out:
            out[name]["omissions"] = [i.get("example", "") for i in items]
            # how widely each left-out fact was carried: the outlet page ranks them by it
            out[name]["omission_carriers"] = [[len(i.get("carried_by", [])), others] for i in items]
    for t in data.get("loaded_terms", []):
        if t.get("outlet") in out and t.get("voice", "own") == "own" and t.get("score", 1.0) >= EVALUATIVE_SHOW:
            terms = out[t["outlet"]]["loaded_own"]
            if t.get("term") not in [x["term"] for x in terms]:
                terms.append({"term": t.get("term", ""), "category": t.get("category", "")})
    for d in data.get("derivation", []):
        entry = {"relation": d.get("relation", "copy"), "share": d.get("share")}
        if d.get("derived") in out:
            out[d["derived"]]["copies"].append({"outlet": d.get("original"), **entry})
        if d.get("original") in out:
            out[d["original"]]["copied_by"].append({"outlet": d.get("derived"), **entry})
    return out


def store_comparison(store: StoreContract, event: Event, comp: Comparison, settings: Settings,
                     stamp: str | None = None) -> CachedComparison:
    """Cache `comp` as the comparison of `event` at its current version."""
    data = page_data(comp)
    digest = digest_of(data)
    store.cache_comparison(event.id, event.updated_at, stamp or fingerprint(settings),
                           json.dumps(data, ensure_ascii=False), json.dumps(digest, ensure_ascii=False))
    return CachedComparison(event.id, data, digest, True)


def cached(store: StoreContract, event: Event, stamp: str) -> CachedComparison | None:
    """The cached comparison of `event` (fresh or not), or None when there is none."""
    row = store.cached_comparison(event.id)
    if row is None:
        return None
    fresh = row.event_updated == iso(event.updated_at) and row.fingerprint == stamp
    try:
        return CachedComparison(event.id, json.loads(row.comparison), json.loads(row.digest), fresh)
    except json.JSONDecodeError as exc:  # a row cut short by hand editing: rebuild it
        logger.warning("comparison cache of %s unreadable (%s); rebuilding", event.id, exc)
        return None


def ensure_comparison(store: StoreContract, event: Event, settings: Settings,
                      stamp: str | None = None) -> CachedComparison:
    """The fresh comparison of `event`: from the cache, or computed now and cached."""
    stamp = stamp or fingerprint(settings)
    found = cached(store, event, stamp)
    if found is not None and found.fresh:
        return found
    from ..compare.stored import compare  # the models load only when a comparison must be computed

    logger.info("comparing %s for the cache", event.id)
    return store_comparison(store, event, compare(store, event.id, settings), settings, stamp)


def json_report(data: dict) -> str:
    """`data` as the JSON report text (the same escaping as `aggregator compare --format json`)."""
    from .escape import json_safe

    return json_safe(json.dumps(data, ensure_ascii=False, indent=2))


__all__ = ["CachedComparison", "fingerprint", "page_data", "outlet_digest", "digest_of", "store_comparison", "cached",
           "ensure_comparison", "json_report", "to_json"]
