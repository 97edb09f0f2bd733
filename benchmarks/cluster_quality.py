"""Event clustering quality on ECB+ (../shared/data/ecbplus): BCubed and pairwise scores.

Each split is imported through the CLI (`aggregator import split.jsonl`) and clustered through
the CLI (`aggregator cluster`), exactly as a user would; the threshold is tuned on train only
(`recluster` with each candidate, through the library: the same code path without restarting
the model) and the chosen settings are then run on dev. Beside it, in the same run:

- signal ablations with the same pipeline: embeddings alone, full-text TF-IDF alone, names alone;
- the baseline the issue names: TF-IDF + scikit-learn agglomerative clustering (average
  linkage, cosine), its distance threshold tuned on train.

    .venv/bin/python benchmarks/cluster_quality.py [--data ../shared/data/ecbplus/train_dev.jsonl]
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
from collections import defaultdict
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from aggregator.config import Settings
from aggregator.pipeline import recluster
from aggregator.store import Store

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "ecbplus" / "train_dev.jsonl"
THRESHOLDS = [round(x, 2) for x in np.arange(0.16, 0.50, 0.02)]


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    clusters, events = defaultdict(set), defaultdict(set)
    for doc, c in pred.items():
        clusters[c].add(doc)
    for doc, g in gold.items():
        events[g].add(doc)
    p = sum(len(clusters[pred[d]] & events[gold[d]]) / len(clusters[pred[d]]) for d in gold) / len(gold)
    r = sum(len(clusters[pred[d]] & events[gold[d]]) / len(events[gold[d]]) for d in gold) / len(gold)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


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


def import_split(rows: list[dict], split: str, tmp: Path) -> tuple[Path, dict[str, str]]:
    """Import one split through the CLI; returns the database and gold (article id → event)."""
    path = tmp / f"{split}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            host = urlparse(row["url"]).hostname if row["url"] else None
            handle.write(json.dumps({"url": row["url"] or f"urn:ecbplus:{row['doc_id']}",
                                     "outlet": (host or "unknown outlet").removeprefix("www."),
                                     "text": row["text"], "language": "en"}) + "\n")
    db = tmp / f"{split}.db"
    cli(db, "import", str(path), "--json")
    store = Store(db)
    by_url = {a.url: a.id for a in store.articles()}
    gold = {by_url[r["url"] or f"urn:ecbplus:{r['doc_id']}"]: r["subtopic"] for r in rows}
    return db, gold


def predicted(db: Path) -> dict[str, str]:
    return {aid: ev.id for ev in Store(db).events() for aid in ev.article_ids}


def sweep(db: Path, gold: dict[str, str], settings: Settings) -> list[tuple[float, float, float, float]]:
    out = []
    for t in THRESHOLDS:
        recluster(Store(db), replace(settings, cluster_threshold=t))
        out.append((t, *bcubed(predicted(db), gold)))
    return out


def tfidf_baseline(rows: list[dict], threshold: float) -> dict[str, str]:
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform([r["text"] for r in rows])
    labels = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                     distance_threshold=threshold).fit_predict(matrix.toarray())
    return {r["doc_id"]: str(label) for r, label in zip(rows, labels)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    if not args.data.is_file():
        raise SystemExit(f"{args.data}: not found (ECB+ lives in ../shared/data/ecbplus)")
    rows = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    split = {s: [r for r in rows if r["split"] == s] for s in ("train", "dev")}
    base = Settings.load()
    print(f"# cluster quality on ECB+, {datetime.now():%Y-%m-%d}, {platform.processor() or platform.machine()}, "
          f"embedder {base.embedder}; train {len(split['train'])} docs, dev {len(split['dev'])} docs")
    variants = {
        "ours (embedding 0.2 + TF-IDF 0.4 + names 0.4, time)": {},
        "embedding alone (MiniLM)": dict(cluster_tfidf_weight=0.0, cluster_names_weight=0.0, cluster_embedding_weight=1.0),
        "full-text TF-IDF alone": dict(cluster_embedding_weight=0.0, cluster_names_weight=0.0, cluster_tfidf_weight=1.0),
        "names TF-IDF alone": dict(cluster_embedding_weight=0.0, cluster_tfidf_weight=0.0, cluster_names_weight=1.0),
        "embedding 0.5 + TF-IDF 0.5 (previous default)": dict(cluster_names_weight=0.0, cluster_embedding_weight=0.5,
                                                               cluster_tfidf_weight=0.5),
    }
    with tempfile.TemporaryDirectory() as tmp:
        dbs = {s: import_split(split[s], s, Path(tmp)) for s in ("train", "dev")}
        print(f"{'variant':50} {'t (train)':>9} {'train F1':>8} {'dev P':>6} {'dev R':>6} {'dev F1':>6} {'dev pairF1':>10}")
        for name, overrides in variants.items():
            settings = replace(base, **overrides)
            train = sweep(*dbs["train"], settings)
            t = max(train, key=lambda x: x[3])[0]
            db, gold = dbs["dev"]
            if not overrides:  # the product path, end to end through the CLI
                Store(db).clear_events()
                start = time.perf_counter()
                cli(db, "cluster", "--json", env={"AGGREGATOR_CLUSTER_THRESHOLD": str(t)})
                seconds = time.perf_counter() - start
            else:
                recluster(Store(db), replace(settings, cluster_threshold=t))
            pred = predicted(db)
            p, r, f = bcubed(pred, gold)
            print(f"{name:50} {t:>9.2f} {max(x[3] for x in train):>8.3f} {p:>6.3f} {r:>6.3f} {f:>6.3f} "
                  f"{pairwise_f1(pred, gold):>10.3f}")
        print(f"(ours on dev through `aggregator cluster`: {seconds:.1f} s including model load)")
        best = None
        gold_train = {r["doc_id"]: r["subtopic"] for r in split["train"]}
        for d in np.arange(0.5, 0.96, 0.01):
            f = bcubed(tfidf_baseline(split["train"], d), gold_train)[2]
            best = max(best or (f, d), (f, d))
        gold_dev = {r["doc_id"]: r["subtopic"] for r in split["dev"]}
        pred = tfidf_baseline(split["dev"], best[1])
        p, r, f = bcubed(pred, gold_dev)
        print(f"{'baseline: TF-IDF + agglomerative (sklearn)':50} {1 - best[1]:>9.2f} {best[0]:>8.3f} {p:>6.3f} "
              f"{r:>6.3f} {f:>6.3f} {pairwise_f1(pred, gold_dev):>10.3f}")


if __name__ == "__main__":
    main()
