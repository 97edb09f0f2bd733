"""One big event served: the event page and /api/events/{id}/comparison of a cached comparison
of 300 reports (issue 23 point 4).

The reports are benchmarks/compare.py's (ECB+ documents, the seed captures, the demo's ban
reports, then reworded variants), stored in a fresh SQLite database under outlets with a
country and an affiliation, grouped into one event and compared once into the comparison cache
(`ensure_comparison`, the settings' embedder; `compare_max_reports` is lifted so all of them are
compared). Then `aggregator serve`'s app runs under uvicorn and each URL is fetched `--repeat`
times after a first request: bytes, first, median and worst time.

    .venv/bin/python benchmarks/big_event.py [--reports 300] [--embedder minilm-int8] [--repeat 10]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from compare import reports  # noqa: E402

from aggregator.config.settings import Settings  # noqa: E402
from aggregator.models import Event, Source  # noqa: E402
from aggregator.render.cached import ensure_comparison  # noqa: E402
from aggregator.store.sqlite import Store  # noqa: E402
from tests.sitekit import serving  # noqa: E402

COUNTRIES = ["US", "GB", "IN", "DE", "FR", "JP", "BR", "ZA", "AU", "CA"]
AFFILIATIONS = ["wire", "commercial", "state media", "public broadcaster", "partisan", "nonprofit"]
LIMIT_BYTES = 5_000_000  # issue 23: no single page over 5 MB


def build(folder: Path, n: int, embedder: str, topics: list[int]) -> tuple[Settings, str, float]:
    settings = Settings.load(db_path=folder / "big.db", reports_dir=folder / "reports", embedder=embedder,
                             multilingual_embedder="", compare_max_reports=0, compare_timeout=0.0)
    store = Store(settings.db_path)
    arts = reports(n, topics)
    store.sync_sources([Source(a.source, f"o{k}.example", COUNTRIES[k % len(COUNTRIES)], ("en",),
                               AFFILIATIONS[k % len(AFFILIATIONS)], ()) for k, a in enumerate(arts)])
    with store.atomic():
        for a in arts:
            store.save_article(a)
        event = Event(id="big", label="One story, many outlets", first_seen=arts[0].when, last_seen=arts[-1].when,
                      article_ids=tuple(a.id for a in arts), outlets=tuple(a.source for a in arts))
        store.save_event(event, embedder, {a.id: 0.5 for a in arts})
    started = time.perf_counter()
    ensure_comparison(store, store.event("big"), settings)
    return settings, "big", time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=300)
    parser.add_argument("--embedder", default=Settings().embedder)
    parser.add_argument("--topics", type=int, nargs="+", default=[1, 12, 13])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--save", type=Path, help="a folder to write each response to, for a look at what is big")
    args = parser.parse_args()
    print(f"# big event, {platform.processor() or platform.machine()}, {args.reports} reports, "
          f"embedder {args.embedder}")
    with tempfile.TemporaryDirectory() as tmp:
        settings, event_id, took = build(Path(tmp), args.reports, args.embedder, args.topics)
        print(f"comparison computed and cached: {took:.1f} s")
        urls = {"event page": f"/events/{event_id}.html", "api comparison": f"/api/events/{event_id}/comparison"}
        print("| URL | bytes | bytes sent (gzip) | first ms | median ms | worst ms |\n|---|---:|---:|---:|---:|---:|")
        sizes = {}
        with serving(settings) as base, httpx.Client(base_url=base, timeout=120) as client:
            for name, url in urls.items():
                started = time.perf_counter()
                first = client.get(url)
                cold = time.perf_counter() - started
                first.raise_for_status()
                times = []
                for _ in range(args.repeat):
                    started = time.perf_counter()
                    client.get(url).raise_for_status()
                    times.append(time.perf_counter() - started)
                sizes[name] = len(first.content)
                if args.save:
                    args.save.mkdir(parents=True, exist_ok=True)
                    (args.save / url.strip("/").replace("/", "_")).write_bytes(first.content)
                print(f"| {name} | {len(first.content):,} | {first.num_bytes_downloaded:,} | {cold * 1000:.0f} | "
                      f"{statistics.median(times) * 1000:.0f} | {max(times) * 1000:.0f} |")
        page = sizes["event page"]
        print(f"event page {page / 1e6:.2f} MB ({'under' if page < LIMIT_BYTES else 'OVER'} 5 MB); "
              f"the API's JSON {sizes['api comparison'] / 1e6:.2f} MB (data, not a page)")


if __name__ == "__main__":
    main()
