"""Time the framing comparison of one event with 5, 20 and 50 reports.

Reports: the demo corpus's ban event (extracted from its HTML pages) plus, when ../shared is
present, the five seed captures; beyond that, variants of them (every k-th sentence dropped,
paragraph order rotated) under new outlet names, as happens with syndicated copies. Prints
wall time with a cold embedding cache (every sentence embedded) and a warm one.

    .venv/bin/python benchmarks/compare.py [--sizes 5 20 50]
"""

from __future__ import annotations

import argparse
import platform
import resource
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import yaml

from aggregator.compare import compare_event
from aggregator.demo import render_pages
from aggregator.events.embed import CachingEmbedder, get_embedder
from aggregator.ingest.extract import extract_page
from aggregator.ingest.furniture import clean_capture
from aggregator.models import Article, Event
from aggregator.text import content_hash, normalize_text

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "aggregator" / "data" / "demo"
SEED = ROOT.parent / "shared" / "corpus" / "ban-2026-01-06"
NOW = datetime(2026, 1, 7, tzinfo=UTC)


class MemoryCache:
    def __init__(self):
        self.vectors: dict[tuple[str, str], np.ndarray] = {}

    def get_embeddings(self, model, hashes):
        return {h: self.vectors[(model, h)] for h in hashes if (model, h) in self.vectors}

    def put_embeddings(self, model, vectors):
        self.vectors.update({(model, h): v for h, v in vectors.items()})


def base_reports() -> list[tuple[str, str]]:
    out = []
    manifest = yaml.safe_load((DEMO / "MANIFEST.yaml").read_text(encoding="utf-8"))
    pages = render_pages(DEMO)
    for item in manifest["articles"]:
        if item["event"] == "ban" and item["language"] == "en":
            html = pages[item["path"]]
            out.append((item["outlet"], extract_page(html, "http://demo.test/" + item["path"]).text))
    if SEED.is_dir():
        seed = yaml.safe_load((SEED / "MANIFEST.yaml").read_text(encoding="utf-8"))
        for item in seed["articles"]:
            out.append((item["outlet"], normalize_text(clean_capture((SEED / item["file"]).read_text()).text)))
    return out


def reports(n: int) -> list[Article]:
    pool = base_reports()
    arts = []
    for k in range(n):
        outlet, text = pool[k % len(pool)]
        variant = k // len(pool)
        if variant:
            paragraphs = text.split("\n")
            paragraphs = paragraphs[variant % len(paragraphs):] + paragraphs[:variant % len(paragraphs)]
            paragraphs = [p for i, p in enumerate(paragraphs) if (i + 1) % (variant + 2)]
            text, outlet = "\n".join(paragraphs), f"{outlet} (copy {variant})"
        arts.append(Article(id=f"a{k}", url=f"http://bench.test/{k}", canonical_url=f"http://bench.test/{k}",
                            source=outlet, title=text.split(".")[0][:100], text=text, published=NOW,
                            fetched_at=NOW, language="en", content_hash=content_hash(text)))
    return arts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 20, 50])
    parser.add_argument("--embedder", default="minilm")
    args = parser.parse_args()
    model = get_embedder(args.embedder)
    model.embed(["warm up the model"])
    print(f"# compare benchmark, {datetime.now():%Y-%m-%d}, {platform.processor() or platform.machine()}, "
          f"embedder {args.embedder}")
    print(f"{'reports':>7} {'sentences':>9} {'facts':>6} {'cold s':>7} {'warm s':>7} {'peak RSS MB':>11}")
    for n in args.sizes:
        arts = reports(n)
        event = Event(id="bench", label="bench", first_seen=NOW, last_seen=NOW,
                      article_ids=tuple(a.id for a in arts), outlets=tuple(a.source for a in arts))
        embedder = CachingEmbedder(model, MemoryCache())
        start = time.perf_counter()
        comp = compare_event(event, arts, embedder)
        cold = time.perf_counter() - start
        start = time.perf_counter()
        compare_event(event, arts, embedder)
        warm = time.perf_counter() - start
        sentences = sum(o.n_sentences for o in comp.outlets)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{n:>7} {sentences:>9} {len(comp.facts):>6} {cold:>7.2f} {warm:>7.2f} {rss:>11.0f}")


if __name__ == "__main__":
    main()
