"""Word changes (the comparison's "Word changes in the same sentence") on real events, against hand-judged rows.

Every word change is a finding a reader may act on ("AP wrote *said*, Morning Star *claimed*"),
so each carries a confidence (`WordingChange.confidence`, from `compare.params.WORDING_CONFIDENCE`)
and the reports show only those at or above `WORDING_SHOW`. This script measures both.

The gold (`benchmarks/wording_gold.yaml`) is a sample of the rows the comparison gave on the 66
ECB+ train/dev subtopics and the seed event, drawn once by a fixed seed (`--sample`), stratified
by kind, and split into two parts before anyone judged them:

- `calibrate`: judged by a helper who saw neither the rules nor the other part; the confidences
  are this part's precision per kind (and per nearness of the two sentences);
- `held-out`: judged by a second helper the same way; only scored here, never read to set anything.

A row is judged `right` when the two sentences state the same claim, `before` and `after` are the
words that differ at one place of them (a side may be empty: added or dropped), and the kind names
the difference (word choice, a descriptor or clause added or dropped, an attribution frame added,
dropped or its verb changed, a date, a spelling, a figure, a hedge). Rows are matched to the gold
by event, outlets, both sides and kind; rows the gold does not hold are counted as not judged.

    .venv/bin/python benchmarks/wording.py              # score both parts
    .venv/bin/python benchmarks/wording.py --sample     # draw the sample (writes the gold; run once)

Sentences are stored by anchors (their first words), not copied.
"""

from __future__ import annotations

import argparse
import logging
import platform
import random
import sys
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import ecbplus  # noqa: E402  (benchmarks/, the script's own folder)
from compare_quality import NOW, _article, seed_articles  # noqa: E402

from aggregator.compare import compare_event  # noqa: E402
from aggregator.compare.params import WORDING_SHOW  # noqa: E402
from aggregator.models import Comparison, Event, WordingChange  # noqa: E402

GOLD = Path(__file__).with_name("wording_gold.yaml")
PER_KIND = 28  # rows drawn per kind (half to each part); a kind with fewer gives all of its rows
SEED_NUMBER = 67
ANCHOR_WORDS = 8
log = logging.getLogger(__name__)


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


def anchor(text: str) -> str:
    return " ".join(text.split()[:ANCHOR_WORDS])


def key(event_id: str, w: WordingChange) -> tuple[str, ...]:
    return (event_id, w.source_a, w.source_b, w.before, w.after, w.kind)


def all_rows(embedder) -> list[tuple[str, WordingChange]]:
    out = []
    for event_id in events():
        out += [(event_id, w) for w in compare(event_id, embedder).wording_changes]
    return out


def sample(rows: list[tuple[str, WordingChange]]) -> list[dict]:
    rng = random.Random(SEED_NUMBER)
    by_kind: dict[str, list[tuple[str, WordingChange]]] = defaultdict(list)
    seen = set()
    for event_id, w in rows:
        if key(event_id, w) not in seen:  # a change listed twice (two facts) is judged once
            seen.add(key(event_id, w))
            by_kind[w.kind].append((event_id, w))
    out = []
    for kind in sorted(by_kind):
        drawn = rng.sample(by_kind[kind], min(PER_KIND, len(by_kind[kind])))
        for n, (event_id, w) in enumerate(drawn):
            out.append({"event": event_id, "part": "calibrate" if n % 2 == 0 else "held-out", "kind": w.kind,
                        "from": w.source_a, "to": w.source_b, "before": w.before, "after": w.after,
                        "sentence_from": w.sentence_a, "sentence_to": w.sentence_b, "verdict": None})
    rng.shuffle(out)
    return out


def score(rows: list[tuple[str, WordingChange]], gold: list[dict]) -> None:
    verdicts = {(g["event"], g["from"], g["to"], g["before"], g["after"], g["kind"]): g for g in gold}
    rows = list({key(e, w): (e, w) for e, w in rows}.values())  # a change listed twice (two facts) counts once
    for part in ("calibrate", "held-out"):
        judged = [(w, verdicts[key(e, w)]["verdict"] == "right") for e, w in rows
                  if key(e, w) in verdicts and verdicts[key(e, w)]["part"] == part
                  and verdicts[key(e, w)]["verdict"] in ("right", "wrong")]
        pool = sum(1 for g in gold if g["part"] == part and g["verdict"] in ("right", "wrong"))
        if not judged:
            print(f"{part:<10} no judged rows")
            continue
        right = sum(ok for _, ok in judged)
        shown = [(w, ok) for w, ok in judged if w.confidence >= WORDING_SHOW]
        print(f"{part:<10} judged {len(judged)} of {pool} gold rows found again · precision {right / len(judged):.3f}"
              f" · shown (confidence >= {WORDING_SHOW}): {sum(ok for _, ok in shown)}/{len(shown)}"
              + (f" = {sum(ok for _, ok in shown) / len(shown):.3f}" if shown else ""))
        by_kind: dict[str, list[bool]] = defaultdict(list)
        for w, ok in judged:
            by_kind[w.kind].append(ok)
        for kind, oks in sorted(by_kind.items()):
            conf = [w.confidence for w, _ in judged if w.kind == kind]
            print(f"  {kind:<22} {sum(oks):>3}/{len(oks):<3} {sum(oks) / len(oks):.2f}"
                  f"   mean confidence {sum(conf) / len(conf):.2f}")
        for low, high in ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01)):
            band = [ok for w, ok in judged if low <= w.confidence < high]
            if band:
                print(f"  confidence {low:.2f}-{min(high, 1.0):.2f}: {sum(band)}/{len(band)} right ({sum(band) / len(band):.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", action="store_true", help="draw the sample and write the gold (once)")
    parser.add_argument("--sheets", help="with --sample: a folder for each part's rows with whole sentences")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    from aggregator.events.embed import get_embedder

    started = time.perf_counter()
    rows = all_rows(get_embedder("minilm"))
    print(f"wording · {datetime.now():%Y-%m-%d} · {platform.machine()} · {len(rows)} word changes on {len(events())} events")
    if args.sample:
        if GOLD.exists():
            raise SystemExit(f"Error: {GOLD.name} exists; the sample is drawn once")
        drawn = sample(rows)
        if args.sheets:  # each part with its whole sentences, for its annotator (not committed)
            Path(args.sheets).mkdir(parents=True, exist_ok=True)
            for part in ("calibrate", "held-out"):
                rows_of = [dict(r, id=n) for n, r in enumerate(drawn) if r["part"] == part]
                (Path(args.sheets) / f"{part}.yaml").write_text(
                    yaml.safe_dump({"rows": rows_of}, sort_keys=False, allow_unicode=True, width=200))
        for r in drawn:
            r["sentence_from"], r["sentence_to"] = anchor(r["sentence_from"]), anchor(r["sentence_to"])
        GOLD.write_text(yaml.safe_dump({"rows": drawn}, sort_keys=False, allow_unicode=True, width=200))
        print(f"wrote {len(drawn)} rows to {GOLD.name}")
        return
    if not GOLD.exists():
        raise SystemExit(f"Error: {GOLD.name} is missing (run with --sample once)")
    score(rows, yaml.safe_load(GOLD.read_text())["rows"])
    print(f"{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
