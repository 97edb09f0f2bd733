"""Embedders side by side: speed, load time, memory, and whether quality holds (issue 14).

For each embedder (default: `minilm` fp32 PyTorch, `minilm-onnx` fp32 ONNX Runtime,
`minilm-int8`), in one run:

- **throughput** (texts/s) on real text — ECB+ dev documents in full and as the clustering's
  title+lead, the seed reports' sentences as the comparison splits them — and on title+lead
  texts of the synthetic ingest pages (benchmarks/ingest.py's generator). Each embedder runs in
  a fresh process of its own, as the pipeline runs it; the embedders take turns, round after
  round, and each keeps its best round, so a burst of load from other work on the machine hurts
  every embedder alike; the ratio to `minilm` is from the same run;
- **agreement**: cosine of each vector to the fp32 `minilm` vector of the same text;
- **load time and peak memory**, each embedder in its own fresh process (load = import, model
  ready, one text embedded; the ONNX build is counted apart: it happens once per version);
- **clustering quality** on ECB+ through the real clustering (`recluster`, the pipeline's path,
  with functions of benchmarks/cluster_quality.py): BCubed F1 on train and dev at the shipped
  threshold, and with the threshold re-tuned on train for that embedder;
- **comparisons**: the seed event and the demo's events compared with each embedder; facts,
  wording changes, conflicts and derivations that differ from `minilm`'s are printed in full so
  each change can be judged.

    .venv/bin/python benchmarks/embed.py [--rounds 3] [--sample 120] [--only speed|quality]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import ecbplus  # noqa: E402  (benchmarks/, the script's own folder)

from aggregator.config.settings import Settings  # noqa: E402
from aggregator.events.embed import get_embedder  # noqa: E402

SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "ban-2026-01-06"
DEMO = ROOT / "aggregator" / "data" / "demo"
BASELINE = "minilm"
DEFAULT_EMBEDDERS = ("minilm", "minilm-onnx", "minilm-int8")
# Synthetic pages embedded per round: enough for a stable rate, few enough that fp32 takes ~15 s.
SYNTHETIC_PAGES = 300
# The shipped int8 runs one text per run, as many runs at once as cores; this is it one run at a
# time on all cores (the configuration shipped before), to show what the parallel runs add.
INT8_SERIAL = "int8 serial"


def peak_rss_mb() -> float:
    """This process's peak resident memory. /proc's VmHWM, because ru_maxrss survives exec: a
    child started by a large parent would report the parent's peak."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- texts -------------------------------------------------------------------------------
def ecb_rows() -> list[dict]:
    return list(ecbplus.documents())


def article(aid: str, title: str, text: str, source: str = "bench"):
    from aggregator.models import Article

    now = datetime(2026, 1, 6, tzinfo=UTC)
    return Article(id=aid, url=f"urn:{aid}", canonical_url=f"urn:{aid}", source=source, title=title,
                   text=text, published=now, fetched_at=now, language="en", content_hash=aid)


def corpora() -> dict[str, list[str]]:
    """Named lists of texts, each as the pipeline would embed it."""
    from cluster_quality import import_split
    from ingest import body_paragraphs

    from aggregator.compare.segment import split_sentences
    from aggregator.events.cluster import cluster_text
    from aggregator.ingest.imports import import_paths
    from aggregator.store.sqlite import Store

    out: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        if ecbplus.available():
            dev = [r for r in ecb_rows() if r["split"] == "dev"]
            out["ECB+ dev documents (full text)"] = [r["text"] for r in dev]
            # As clustering embeds them: imported (the title is the first sentence), then cut.
            split = import_split(dev, "dev", Path(tmp))
            out["ECB+ dev title+lead"] = [cluster_text(a) for a in Store(split.db).articles()]
        if SEED.is_dir():
            store = Store(Path(tmp) / "seed.db")
            import_paths(store, [SEED])
            out["seed sentences"] = [s for a in store.articles() for s in split_sentences(a.text, a.language)]
    rng = random.Random(14)
    synthetic = []
    for i in range(SYNTHETIC_PAGES):
        paragraphs = body_paragraphs(rng, rng.randint(4, 9))
        title = paragraphs[0].split(",")[0] + f" (Outlet {i % 10:02d} News, story {i})"
        synthetic.append(cluster_text(article(f"s{i}", title, "\n".join(paragraphs))))
    out["synthetic ingest pages title+lead"] = synthetic
    return out


# --- speed -------------------------------------------------------------------------------
def _embedder(name: str):
    from aggregator.events.embed import Int8MiniLMEmbedder

    return Int8MiniLMEmbedder(runs_at_once=1) if name == INT8_SERIAL else get_embedder(name)


def speed_child(name: str, texts_file: Path, out_file: Path) -> None:
    """Child process: one embedder alone, as the pipeline runs it (the ONNX paths never import
    torch; two runtimes' thread pools in one process would slow each other). Embeds each corpus
    once after a warm-up and saves seconds, CPU seconds and the vectors."""
    texts: dict[str, list[str]] = json.loads(texts_file.read_text(encoding="utf-8"))
    embedder = _embedder(name)
    embedder.embed(["warm up: load the model and its kernels"])
    times, arrays = {}, {}
    for i, (corpus, items) in enumerate(texts.items()):
        start, cpu = time.perf_counter(), time.process_time()
        arrays[f"c{i}"] = embedder.embed(items)
        times[corpus] = (time.perf_counter() - start, time.process_time() - cpu)
    np.savez(out_file, **arrays)
    out_file.with_suffix(".json").write_text(json.dumps(times), encoding="utf-8")


def speed(names: list[str], texts: dict[str, list[str]], rounds: int) -> dict[str, dict[str, np.ndarray]]:
    """Best-of-`rounds` texts/s per embedder and corpus. Each round runs every embedder in a
    fresh process of its own, in alternating order, so load from other work hurts all alike."""
    if "minilm-int8" in names:
        names = [*names, INT8_SERIAL]
    best: dict[tuple[str, str], float] = {}
    cpu_best: dict[tuple[str, str], float] = {}  # CPU seconds (all threads): less hostage to others' load
    vectors: dict[str, dict[str, np.ndarray]] = {name: {} for name in names}
    with tempfile.TemporaryDirectory() as tmp:
        texts_file = Path(tmp) / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        for r in range(rounds):
            for name in names if r % 2 == 0 else names[::-1]:
                out = Path(tmp) / "vectors.npz"
                subprocess.run([sys.executable, __file__, "--speed-child", name, str(texts_file), str(out)],
                               check=True, capture_output=True, text=True)
                times = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
                with np.load(out) as saved:
                    for i, corpus in enumerate(texts):
                        vectors[name][corpus] = saved[f"c{i}"]
                        seconds, cpu = times[corpus]
                        best[name, corpus] = min(best.get((name, corpus), seconds), seconds)
                        cpu_best[name, corpus] = min(cpu_best.get((name, corpus), cpu), cpu)
            rates = "; ".join(f"{c}: " + ", ".join(f"{n} {len(texts[c]) / best[n, c]:.1f}" for n in names)
                              for c in texts)
            print(f"  round {r + 1}/{rounds} done, load average {os.getloadavg()[0]:.2f} (best so far /s: {rates})",
                  flush=True)
    print(f"\n{'corpus':36} {'texts':>5} " + " ".join(f"{n + ' /s':>16} {'×':>5}" for n in names))
    for corpus, items in texts.items():
        base = best[BASELINE, corpus]
        cells = " ".join(f"{len(items) / best[n, corpus]:>16.1f} {base / best[n, corpus]:>5.2f}" for n in names)
        print(f"{corpus:36} {len(items):>5} {cells}")
    print(f"\nCPU ms per text (all threads; spinning worker threads count too), × = {BASELINE}'s / this")
    for corpus, items in texts.items():
        base = cpu_best[BASELINE, corpus]
        cells = " ".join(f"{1000 * cpu_best[n, corpus] / len(items):>16.1f} {base / cpu_best[n, corpus]:>5.2f}"
                         for n in names)
        print(f"{corpus:36} {len(items):>5} {cells}")
    print(f"\ncosine to {BASELINE} (min / mean)")
    for corpus in texts:
        ref = vectors[BASELINE][corpus]
        cells = " ".join(f"{n}: {(ref * vectors[n][corpus]).sum(1).min():.4f} / "
                         f"{(ref * vectors[n][corpus]).sum(1).mean():.4f}" for n in names if n != BASELINE)
        print(f"{corpus:36} {cells}")
    return vectors


def probe(name: str) -> None:
    """Child process: load one embedder, embed the ECB+ dev documents, report time and memory."""
    start = time.perf_counter()
    embedder = get_embedder(name)
    embedder.embed(["load the model"])
    load = time.perf_counter() - start
    loaded_rss = peak_rss_mb()
    texts = [r["text"] for r in ecb_rows() if r["split"] == "dev"] if ecbplus.available() else ["x"]
    embedder.embed(texts)
    print(json.dumps({"load_s": load, "rss_after_load_mb": loaded_rss, "peak_rss_mb": peak_rss_mb()}))


def load_and_memory(names: list[str]) -> None:
    print(f"\n{'embedder':14} {'load s':>7} {'RSS after load MB':>18} {'peak RSS MB (ECB+ dev)':>23}")
    for name in names:
        out = subprocess.run([sys.executable, __file__, "--probe", name], capture_output=True, text=True, check=True)
        row = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{name:14} {row['load_s']:>7.2f} {row['rss_after_load_mb']:>18.0f} {row['peak_rss_mb']:>23.0f}")


def build_models() -> None:
    """Build the ONNX files now (once per version), so later timings are of use, not build."""
    from aggregator.events.embed_onnx import VARIANTS, cache_dir, ensure_model, model_file_name

    for variant in VARIANTS:
        cached = (cache_dir() / model_file_name(variant)).is_file()
        start = time.perf_counter()
        path = ensure_model(variant)
        took = "cached" if cached else f"built in {time.perf_counter() - start:.1f} s"
        print(f"  {variant}: {path} ({path.stat().st_size / 1e6:.1f} MB, {took})")


# --- quality -----------------------------------------------------------------------------
def clustering(names: list[str]) -> None:
    """ECB+ BCubed through `recluster`: shipped threshold, and threshold re-tuned on train."""
    from cluster_quality import THRESHOLDS, import_split, predicted, score

    from aggregator.pipeline import recluster
    from aggregator.store.sqlite import Store

    if not ecbplus.available():
        print(f"  skipped: {ecbplus.ECB} not found")
        return
    rows = ecb_rows()
    base = Settings.load()
    with tempfile.TemporaryDirectory() as tmp:
        splits = {s: import_split([r for r in rows if r["split"] == s], s, Path(tmp)) for s in ("train", "dev")}

        def run(split: str, settings: Settings):
            recluster(Store(splits[split].db), settings)
            return score(predicted(splits[split].db), splits[split].gold)

        print(f"{'embedder':14} {'t':>5} {'train F1':>8} {'dev P':>6} {'dev R':>6} {'dev F1':>6} {'dev pairF1':>10}"
              f"   {'t tuned':>7} {'train F1':>8} {'dev F1':>6}")
        for name in names:
            settings = replace(base, embedder=name)
            train, dev = run("train", settings), run("dev", settings)
            tuned = max(THRESHOLDS, key=lambda t: run("train", replace(settings, cluster_threshold=t)).f1)
            tuned_train = run("train", replace(settings, cluster_threshold=tuned)).f1
            tuned_dev = run("dev", replace(settings, cluster_threshold=tuned)).f1
            print(f"{name:14} {settings.cluster_threshold:>5.2f} {train.f1:>8.3f} {dev.p:>6.3f} {dev.r:>6.3f} "
                  f"{dev.f1:>6.3f} {dev.pair_f1:>10.3f}   {tuned:>7.2f} {tuned_train:>8.3f} {tuned_dev:>6.3f}",
                  flush=True)


def _comparison_view(data: dict) -> dict[str, set]:
    """What a reader sees of a comparison, with ids and scores left out."""
    facts = {frozenset((o, s["text"]) for o, s in f["sentences"].items()) for f in data["facts"]}
    return {
        "facts": facts,
        "wording changes": {(w["from_outlet"], w["to_outlet"], w["before"], w["after"], w["kind"])
                            for w in data["wording_changes"]},
        "conflicts": {(c["kind"], c["slot"], frozenset((v["outlet"], v["value"]) for v in c["values"]))
                      for c in data["conflicts"]},
        "derivation": {(d["derived"], d["original"]) for d in data["derivation"]},
        "additions": {(o, a["text"]) for o, items in data["additions"].items() for a in items},
    }


def comparisons(names: list[str]) -> None:
    """Seed and demo events compared with each embedder; every difference from `minilm` shown."""
    from aggregator.demo import run_demo
    from aggregator.ingest.imports import import_paths
    from aggregator.pipeline import cluster, compare
    from aggregator.render import to_dict
    from aggregator.store.sqlite import Store

    views: dict[str, dict[str, dict]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            settings = Settings.load(db_path=Path(tmp) / f"{name}-demo.db", reports_dir=Path(tmp) / name,
                                     embedder=name)
            out: dict[str, dict] = {}
            demo = run_demo(settings)
            store = Store(settings.db_path)
            for event in demo.events:
                if len(set(event.outlets)) < 2:
                    continue
                key = "demo: " + " | ".join(sorted(store.article(a).title[:40] for a in event.article_ids))
                out[key] = to_dict(compare(store, event.id, settings))
            if SEED.is_dir():
                seed_settings = replace(settings, db_path=Path(tmp) / f"{name}-seed.db")
                store = Store(seed_settings.db_path)
                import_paths(store, [SEED])
                for event_id in cluster(store, seed_settings).events_touched:
                    out["seed event"] = to_dict(compare(store, event_id, seed_settings))
            views[name] = {k: _comparison_view(v) for k, v in out.items()}
    base = views[BASELINE]
    for name in names:
        if name == BASELINE:
            continue
        print(f"\n{name} against {BASELINE}:")
        for key in sorted(set(base) | set(views[name])):
            if key not in base or key not in views[name]:
                print(f"  {key[:100]}: event only under {'minilm' if key in base else name}")
                continue
            for part, ours in views[name][key].items():
                theirs = base[key][part]
                same = len(ours & theirs)
                line = f"  {key[:70]:70} {part:16} same {same:>3}, only {BASELINE} {len(theirs - ours):>2}, " \
                       f"only {name} {len(ours - theirs):>2}"
                print(line)
                for label, items in ((f"only {BASELINE}", theirs - ours), (f"only {name}", ours - theirs)):
                    for item in sorted(items, key=str):
                        print(f"      {label}: {_show(item)}")


def _show(item: object) -> str:
    if isinstance(item, frozenset):
        return " || ".join(f"[{o}] {t}" for o, t in sorted(item, key=str))
    return str(item)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embedders", default=",".join(DEFAULT_EMBEDDERS))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sample", type=int, default=120, help="texts per corpus in the speed runs")
    parser.add_argument("--only", choices=("speed", "quality", "clustering"))
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    parser.add_argument("--speed-child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        return probe(args.probe)
    if args.speed_child:
        name, texts_file, out_file = args.speed_child
        return speed_child(name, Path(texts_file), Path(out_file))
    names = args.embedders.split(",")
    if BASELINE not in names and args.only != "clustering":
        raise SystemExit(f"--embedders must include {BASELINE}, the baseline of every ratio")
    print(f"# embedders, {datetime.now():%Y-%m-%d %H:%M}, {platform.machine()}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f}")
    if any(n.startswith("minilm-") for n in names):
        print("ONNX models:")
        build_models()
    if args.only in (None, "speed"):
        texts = {name: items[:args.sample] for name, items in corpora().items()}
        speed(names, texts, args.rounds)
        load_and_memory(names)
    if args.only in (None, "quality", "clustering"):
        print("\nECB+ clustering (recluster, the pipeline's path)")
        clustering(names)
    if args.only in (None, "quality"):
        print("\ncomparisons (seed event, demo events)")
        comparisons(names)


if __name__ == "__main__":
    main()
