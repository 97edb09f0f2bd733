"""Clustering cost as the archive grows: daily batches of ~1,000 articles up to 100,000.

Synthetic news: each day brings ~200 events of 1–9 reports each (events run for up to three
days), with event-specific names and numbers in generated text, and precomputed embedding
vectors (an event centre plus noise) put in the embedding cache as the embedder would have, so
the figures measure clustering, not the model (which never loads). Each
batch goes through `pipeline.cluster`, the path a cron run takes: live events (within the
window) are loaded from SQLite and compared as summed vectors; older events are never touched.

Prints time and peak memory per batch at 10k, 50k and 100k articles, the share of batch time
spent clustering versus storing, and how well the synthetic events were recovered. Then
embedding throughput: MiniLM through the pipeline's cached embedder vs the bare model.

    .venv/bin/python benchmarks/cluster_scale.py [--total 100000] [--per-day 1000]
"""

from __future__ import annotations

import argparse
import platform
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from aggregator.config.settings import Settings
from aggregator.events.cluster import cluster_text
from aggregator.events.embed import get_embedder
from aggregator.models import Article
from aggregator.pipeline import cluster
from aggregator.store.rows import article_id
from aggregator.store.sqlite import Store
from aggregator.text import content_hash

DIM = 384
START = datetime(2026, 1, 1, tzinfo=UTC)
SURNAMES = ["Okafor", "Lindqvist", "Tanaka", "Moreau", "Castillo", "Novak", "Haddad", "Kowalski", "Nguyen",
            "Abernathy", "Petrov", "Sato", "Mensah", "Oliveira", "Fischer", "Rahman", "Costa", "Byrne"]
PLACES = ["Eastmouth", "Norhaven", "Port Ilse", "Calder Bay", "Westfell", "Ardmoor", "Sellick", "Brunholt",
          "Kestrel Point", "Marrow Vale", "Tidewater", "Ashgrove"]
WHAT = ["a ferry ran aground", "the council approved a budget", "a factory fire broke out", "a strike was called",
        "a bridge was closed", "an election result was challenged", "a trade deal was signed", "floods hit farms",
        "a minister resigned", "a court ruled on pensions", "a port was blockaded", "a hospital wing opened"]
FILLER = ["Officials said more details would follow.", "Residents described the scene to reporters.",
          "The company did not respond to requests for comment.", "Analysts expect the issue to return.",
          "Police asked witnesses to come forward.", "The opposition called for an inquiry."]


class Generator:
    """Events with their own names, numbers and embedding centre; reports drawn from them."""

    def __init__(self, seed: int = 7):
        self.rng = random.Random(seed)
        self.np = np.random.default_rng(seed)
        self.events: list[dict] = []  # open events only, so the generator's memory stays flat
        self.count = 0

    def new_event(self, day: int) -> dict:
        rng = self.rng
        self.count += 1
        event = {"id": self.count, "day": day, "what": rng.choice(WHAT), "place": rng.choice(PLACES),
                 "who": f"{rng.choice(['Anna', 'Tom', 'Ines', 'Kofi', 'Mei', 'Lars'])} {rng.choice(SURNAMES)}",
                 "number": rng.randint(3, 9999), "centre": self._unit(self.np.normal(size=DIM)),
                 "code": "".join(rng.choice("bdgklmnprstvz") + rng.choice("aeiou") for _ in range(3)).title(),
                 "left": rng.randint(1, 9)}
        self.events.append(event)
        return event

    def _unit(self, v: np.ndarray) -> np.ndarray:
        return (v / np.linalg.norm(v)).astype(np.float32)

    def day(self, day: int, per_day: int) -> tuple[list[Article], dict[str, np.ndarray], dict[str, int]]:
        self.events = [e for e in self.events if e["left"] > 0 and day - e["day"] <= 2]  # finished: dropped
        live = list(self.events)
        arts, vectors, gold = [], {}, {}
        while len(arts) < per_day:
            event = self.rng.choice(live) if live and self.rng.random() < 0.5 else self.new_event(day)
            if event not in live:
                live.append(event)
            event["left"] -= 1
            if event["left"] <= 0:
                live.remove(event)
            n = len(arts)
            when = START + timedelta(days=day, minutes=self.rng.randint(0, 1439))
            url = f"https://outlet{n % 40}.example/{day}/{n}"
            lead = (f"In {event['place']}, {event['what']} near {event['code']}, {event['who']} said on "
                    f"{when:%A}, with {event['number']} people affected.")
            text = "\n".join([lead, *self.rng.sample(FILLER, 3),
                              f"{event['who'].split()[1]} added that the {event['place']} case was unusual."])
            art = Article(id=article_id(url), url=url, canonical_url=url, source=f"Outlet {n % 40}",
                          title=f"{event['place']}: {event['what']} at {event['code']}", text=text, published=when, fetched_at=when,
                          language="en", content_hash=content_hash(text))
            arts.append(art)
            # same-event cosine about 0.7, as MiniLM gives for two reports of one story
            vectors[art.id] = self._unit(event["centre"] + 0.65 * self.np.normal(size=DIM) / np.sqrt(DIM))
            gold[art.id] = event["id"]
        return arts, vectors, gold


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def embedding_throughput(n: int = 1000) -> tuple[float, float]:
    from aggregator.events.embed import CachingEmbedder, get_embedder

    gen = Generator(11)
    arts, _, _ = gen.day(0, n)
    texts = [cluster_text(a) for a in arts]
    model = get_embedder("minilm")
    model.embed(texts[:32])  # load
    start = time.perf_counter()
    model._load().encode(texts, batch_size=32, normalize_embeddings=True)
    bare = n / (time.perf_counter() - start)
    with tempfile.TemporaryDirectory() as tmp:
        cached = CachingEmbedder(get_embedder("minilm"), Store(Path(tmp) / "e.db"))
        cached.inner = model
        start = time.perf_counter()
        cached.embed(texts)
        ours = n / (time.perf_counter() - start)
    return ours, bare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--total", type=int, default=100_000)
    parser.add_argument("--per-day", type=int, default=1_000)
    parser.add_argument("--no-embedding", action="store_true", help="skip the embedding throughput part")
    parser.add_argument("--verbose", action="store_true", help="print every batch")
    args = parser.parse_args()
    print(f"# cluster scale, {datetime.now():%Y-%m-%d}, {platform.processor() or platform.machine()}, "
          f"{args.per_day} articles/day, window 7 days, precomputed {DIM}-d vectors")
    print(f"{'archive':>8} {'events':>7} {'live ev':>7} {'store s':>7} {'cluster s':>9} {'RSS MB':>7} "
          f"{'peak MB':>7} {'BCubed F1 (day)':>15}")
    gen = Generator()
    milestones = {10_000, 50_000, 100_000, args.total}
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.load(db_path=Path(tmp) / "scale.db")
        store = Store(settings.db_path)
        done, day, times = 0, 0, []
        model_id = get_embedder(settings.embedder).model_id
        while done < args.total:
            arts, vectors, gold = gen.day(day, args.per_day)
            start = time.perf_counter()
            with store.db.atomic():
                for art in arts:
                    store.save_article(art)
            # The vectors go where the embedder would have cached them (model, text hash):
            # live members then come from SQLite, as in a cron run; the model never loads.
            store.put_embeddings(model_id, {content_hash(cluster_text(a)): vectors[a.id] for a in arts})
            stored = time.perf_counter() - start
            start = time.perf_counter()
            cluster(store, settings)
            clustered = time.perf_counter() - start
            done += len(arts)
            times.append(clustered)
            if args.verbose:
                print(f"  day {day}: store {stored:.2f} s, cluster {clustered:.2f} s", flush=True)
            if done in milestones or day < 1:
                since = START + timedelta(days=day - settings.cluster_window_days)
                live = len(store.events(since=since))
                pred = {aid: ev.id for ev in store.events(since=START + timedelta(days=day - 3))
                        for aid in ev.article_ids}
                f1 = day_bcubed(pred, gold)
                print(f"{done:>8} {store.db['events'].count:>7} {live:>7} {stored:>7.2f} {clustered:>9.2f} "
                      f"{current_rss_mb():>7.0f} {rss_mb():>7.0f} {f1:>15.3f}")
            day += 1
        first, last = np.mean(times[7:17]), np.mean(times[-10:])
        print(f"cluster time per batch, days 8-17 vs last 10: {first:.2f} s vs {last:.2f} s; "
              f"model loaded: {'torch' in sys.modules}")
    if not args.no_embedding:
        ours, bare = embedding_throughput()
        print(f"embedding (MiniLM, CPU): {ours:.0f} articles/s through CachingEmbedder, {bare:.0f}/s bare model")


def day_bcubed(pred: dict[str, str], gold: dict[str, int]) -> float:
    """BCubed F1 of the last day's articles against their generated events."""
    from collections import defaultdict

    clusters, events = defaultdict(set), defaultdict(set)
    docs = [d for d in gold if d in pred]
    for d in docs:
        clusters[pred[d]].add(d)
        events[gold[d]].add(d)
    p = sum(len(clusters[pred[d]] & events[gold[d]]) / len(clusters[pred[d]]) for d in docs) / len(docs)
    r = sum(len(clusters[pred[d]] & events[gold[d]]) / len(events[gold[d]]) for d in docs) / len(docs)
    return 2 * p * r / (p + r)


if __name__ == "__main__":
    main()
