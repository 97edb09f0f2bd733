"""The benchmarks whose gold is a sample of the comparison's own rows judged by hand: word
changes (`wording.py`) and sources cited (`citations.py`).

Each draws its sample once by a fixed seed from the rows the comparison gives on the 66 ECB+
train/dev subtopics and the seed event, stratified by kind, alternately into two parts judged by
two helpers who saw neither the rules nor the other part: `calibrate` (its precision per kind is
the rows' confidence, in `compare/params.py`) and `held-out` (only scored). Precision is what a
sample of a system's output can measure; recall needs gold written from the text, which the other
benchmarks have. Run alone, this script scores both from one comparison of each event:

    .venv/bin/python benchmarks/judging.py              # word changes and sources cited, both parts
"""

from __future__ import annotations

import argparse
import logging
import platform
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import ecbplus  # noqa: E402  (benchmarks/, the script's own folder)
from compare_quality import NOW, _article, seed_articles  # noqa: E402

from aggregator.compare import compare_event  # noqa: E402
from aggregator.compare.params import CITATION_SHOW, WORDING_SHOW  # noqa: E402
from aggregator.models import Comparison, Event  # noqa: E402

PARTS = ("calibrate", "held-out")
ANCHOR_WORDS = 8
BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01))
HERE = Path(__file__).resolve().parent


def anchor(text: str) -> str:
    """A sentence as the gold stores it: its first words, not the text."""
    return " ".join(text.split()[:ANCHOR_WORDS])


@dataclass(frozen=True)
class Judged:
    """One judged-row benchmark: which rows of a comparison, how a row is written for its
    annotator and keyed in the gold, and the sample's size and seed."""

    name: str
    gold: Path
    rows_of: Callable[[Comparison], Iterable]  # the comparison's rows of this kind
    as_row: Callable[[str, object], dict]  # event id, row → what the annotator's sheet shows
    anchored: Callable[[dict], None]  # a sheet row's sentences cut to anchors for the gold
    key: Callable[[str, object], tuple]  # event id, row → its key in the gold
    gold_key: Callable[[dict], tuple]
    show: float
    per_kind: int
    seed: int


WORDING = Judged(
    "word changes", HERE / "wording_gold.yaml", lambda c: c.wording_changes,
    lambda e, w: {"event": e, "kind": w.kind, "from": w.source_a, "to": w.source_b, "before": w.before,
                  "after": w.after, "sentence_from": w.sentence_a, "sentence_to": w.sentence_b},
    lambda r: r.update(sentence_from=anchor(r["sentence_from"]), sentence_to=anchor(r["sentence_to"])),
    lambda e, w: (e, w.source_a, w.source_b, w.before, w.after, w.kind),
    lambda g: (g["event"], g["from"], g["to"], g["before"], g["after"], g["kind"]),
    WORDING_SHOW, per_kind=28, seed=67)
SENTENCES_SHOWN = 3  # of a source's sentences, the first ones go on the annotator's sheet
CITATIONS = Judged(
    "sources cited", HERE / "citations_gold.yaml", lambda c: c.citations,
    lambda e, c: {"event": e, "kind": c.kind, "outlet": c.source, "cited": c.cited, "verbs": list(c.verbs),
                  "sentences": list(c.sentences[:SENTENCES_SHOWN])},
    lambda r: r.update(sentences=[anchor(s) for s in r["sentences"]]),
    lambda e, c: (e, c.source, c.cited, c.kind),
    lambda g: (g["event"], g["outlet"], g["cited"], g["kind"]),
    CITATION_SHOW, per_kind=40, seed=671)


def events() -> list[str]:
    ids = sorted({d["subtopic"] for d in ecbplus.documents()}, key=lambda s: (int(s.split("_")[0]), s))
    return [*ids, "seed"]


def compare(event_id: str, embedder) -> Comparison:
    if event_id == "seed":
        arts = seed_articles()
    else:
        arts = [_article(d["doc_id"], d["doc_id"], d["text"], d.get("url") or "") for d in ecbplus.subtopic(event_id)]
    ev = Event(id=event_id, label=event_id, first_seen=NOW, last_seen=NOW, article_ids=tuple(a.id for a in arts))
    return compare_event(ev, arts, embedder)


def draw(rows: list[dict], per_kind: int, seed: int) -> list[dict]:
    """Up to `per_kind` rows of each kind, alternately into the two parts, then shuffled."""
    rng = random.Random(seed)
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_kind[row["kind"]].append(row)
    out = []
    for kind in sorted(by_kind):
        drawn = rng.sample(by_kind[kind], min(per_kind, len(by_kind[kind])))
        out += [{**row, "part": PARTS[n % 2], "verdict": None} for n, row in enumerate(drawn)]
    rng.shuffle(out)
    return out


def sample(bench: Judged, rows: list[tuple[str, Any]], sheets: str | None) -> None:
    """Draw the gold once (each change judged once, however many facts list it), with each part's
    rows and whole sentences in `sheets` for its annotator (not committed)."""
    if bench.gold.exists():
        raise SystemExit(f"Error: {bench.gold.name} exists; the sample is drawn once")
    unique = {bench.key(e, x): (e, x) for e, x in rows}
    drawn = draw([bench.as_row(e, x) for e, x in unique.values()], bench.per_kind, bench.seed)
    if sheets:
        Path(sheets).mkdir(parents=True, exist_ok=True)
        for part in PARTS:
            (Path(sheets) / f"{part}.yaml").write_text(yaml.safe_dump(
                {"rows": [dict(r, id=n) for n, r in enumerate(drawn) if r["part"] == part]},
                sort_keys=False, allow_unicode=True, width=200))
    for r in drawn:
        bench.anchored(r)
    bench.gold.write_text(yaml.safe_dump({"rows": drawn}, sort_keys=False, allow_unicode=True, width=200))
    print(f"wrote {len(drawn)} rows to {bench.gold.name}")


def score(bench: Judged, rows: list[tuple[str, Any]]) -> None:
    """Precision per part and kind of the rows found again in the gold (each key once), of those
    at or above the show threshold, and per band of confidence."""
    if not bench.gold.exists():
        raise SystemExit(f"Error: {bench.gold.name} is missing (run with --sample once)")
    gold: dict[Hashable, dict] = {bench.gold_key(g): g for g in yaml.safe_load(bench.gold.read_text())["rows"]}
    found = list({bench.key(e, x): (bench.key(e, x), x.kind, x.confidence) for e, x in rows}.values())
    print(f"## {bench.name}: {len(rows)} rows")
    for part in PARTS:
        judged = [(kind, conf, gold[key]["verdict"] == "right") for key, kind, conf in found
                  if key in gold and gold[key]["part"] == part and gold[key]["verdict"] in ("right", "wrong")]
        pool = sum(1 for g in gold.values() if g["part"] == part and g["verdict"] in ("right", "wrong"))
        if not judged:
            print(f"{part:<10} no judged rows")
            continue
        right = sum(ok for _, _, ok in judged)
        shown = [ok for _, conf, ok in judged if conf >= bench.show]
        print(f"{part:<10} {len(judged)} of its {pool} judged rows found again · precision {right / len(judged):.3f}"
              f" · shown (confidence >= {bench.show}): {sum(shown)}/{len(shown)}"
              + (f" = {sum(shown) / len(shown):.3f}" if shown else ""))
        by_kind: dict[str, list[tuple[float, bool]]] = defaultdict(list)
        for kind, conf, ok in judged:
            by_kind[kind].append((conf, ok))
        for kind, kinds in sorted(by_kind.items()):
            oks = [ok for _, ok in kinds]
            print(f"  {kind:<22} {sum(oks):>3}/{len(oks):<3} {sum(oks) / len(oks):.2f}"
                  f"   mean confidence {sum(c for c, _ in kinds) / len(kinds):.2f}")
        for low, high in BANDS:
            band = [ok for _, conf, ok in judged if low <= conf < high]
            if band:
                print(f"  confidence {low:.2f}-{min(high, 1.0):.2f}: {sum(band)}/{len(band)} right "
                      f"({sum(band) / len(band):.2f})")


def main(benches: tuple[Judged, ...] = (WORDING, CITATIONS), doc: str | None = None) -> None:
    parser = argparse.ArgumentParser(description=(doc or __doc__ or "").split("\n")[0])
    if len(benches) == 1:
        parser.add_argument("--sample", action="store_true", help="draw the sample and write the gold (once)")
        parser.add_argument("--sheets", help="with --sample: a folder for each part's rows with whole sentences")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    from aggregator.events.embed import get_embedder

    started = time.perf_counter()
    embedder = get_embedder("minilm")
    comparisons = [(e, compare(e, embedder)) for e in events()]
    print(f"judged rows · {datetime.now():%Y-%m-%d} · {platform.machine()} · {len(comparisons)} events")
    for bench in benches:
        rows = [(e, x) for e, comp in comparisons for x in bench.rows_of(comp)]
        if getattr(args, "sample", False):
            sample(bench, rows, args.sheets)
        else:
            score(bench, rows)
    print(f"{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
