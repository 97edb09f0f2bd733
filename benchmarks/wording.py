"""Word changes (the comparison's "Word changes in the same sentence") on real events, against hand-judged rows.

Every word change is a finding a reader may act on ("AP wrote *said*, Morning Star *claimed*"),
so each carries a confidence (`WordingChange.confidence`, from `compare.params.WORDING_CONFIDENCE`)
and the reports show only those at or above `WORDING_SHOW`. This script measures both.

The gold (`benchmarks/wording_gold.yaml`) is a sample of the rows the comparison gave, drawn and
judged as `judging.py` says: a `calibrate` part whose precision per kind is the confidences, and a
`held-out` part only scored. A row is judged `right` when the two sentences state the same claim,
`before` and `after` are the words that differ at one place of them (a side may be empty: added or
dropped), and the kind names the difference (word choice, a descriptor or clause added or dropped, an attribution frame added,
dropped or its verb changed, a date, a spelling, a figure, a hedge). Rows are matched to the gold
by event, outlets, both sides and kind; rows the gold does not hold are counted as not judged.

    .venv/bin/python benchmarks/wording.py              # score both parts
    .venv/bin/python benchmarks/wording.py --sample     # draw the sample (writes the gold; run once)
"""

from __future__ import annotations

import argparse
import logging
import platform
import time
from datetime import datetime
from pathlib import Path

import judging
import yaml

from aggregator.compare.params import WORDING_SHOW

GOLD = Path(__file__).with_name("wording_gold.yaml")
PER_KIND = 28  # rows drawn per kind (half to each part); a kind with fewer gives all of its rows
SEED_NUMBER = 67


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", action="store_true", help="draw the sample and write the gold (once)")
    parser.add_argument("--sheets", help="with --sample: a folder for each part's rows with whole sentences")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    from aggregator.events.embed import get_embedder

    started = time.perf_counter()
    embedder = get_embedder("minilm")
    rows = [(e, w) for e in judging.events() for w in judging.compare(e, embedder).wording_changes]
    print(f"wording · {datetime.now():%Y-%m-%d} · {platform.machine()} · {len(rows)} word changes "
          f"on {len(judging.events())} events")
    if args.sample:
        if GOLD.exists():
            raise SystemExit(f"Error: {GOLD.name} exists; the sample is drawn once")
        unique = {(e, w.source_a, w.source_b, w.before, w.after, w.kind): (e, w) for e, w in rows}  # judged once
        drawn = judging.draw([{"event": e, "kind": w.kind, "from": w.source_a, "to": w.source_b, "before": w.before,
                               "after": w.after, "sentence_from": w.sentence_a, "sentence_to": w.sentence_b}
                              for e, w in unique.values()], PER_KIND, SEED_NUMBER)
        if args.sheets:  # each part with its whole sentences, for its annotator (not committed)
            Path(args.sheets).mkdir(parents=True, exist_ok=True)
            for part in judging.PARTS:
                (Path(args.sheets) / f"{part}.yaml").write_text(yaml.safe_dump(
                    {"rows": [dict(r, id=n) for n, r in enumerate(drawn) if r["part"] == part]},
                    sort_keys=False, allow_unicode=True, width=200))
        for r in drawn:
            r["sentence_from"], r["sentence_to"] = judging.anchor(r["sentence_from"]), judging.anchor(r["sentence_to"])
        GOLD.write_text(yaml.safe_dump({"rows": drawn}, sort_keys=False, allow_unicode=True, width=200))
        print(f"wrote {len(drawn)} rows to {GOLD.name}")
        return
    if not GOLD.exists():
        raise SystemExit(f"Error: {GOLD.name} is missing (run with --sample once)")
    gold = {(g["event"], g["from"], g["to"], g["before"], g["after"], g["kind"]): g
            for g in yaml.safe_load(GOLD.read_text())["rows"]}
    judging.score((((e, w.source_a, w.source_b, w.before, w.after, w.kind), w.kind, w.confidence) for e, w in rows),
                  gold, WORDING_SHOW)
    print(f"{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
