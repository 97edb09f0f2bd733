"""Who is quoted (the comparison's "Sources cited"), on real events, against hand-judged rows.

A row is one source an outlet cites: the name as the comparison gives it, its kind (person,
organisation, unnamed, agency, government) and the outlet's sentences that cite it. Each row
carries a confidence (`Citation.confidence`, from `compare.params.CITATION_CONFIDENCE`) and the
reports show those at or above `CITATION_SHOW`. How the gold was drawn and judged: `judging.py`
and the header of `citations_gold.yaml`. A row is judged `right` when in its sentences the outlet
reports what the cited source said, wrote or found (quoted, paraphrased, "according to"), the name
identifies that source as the text does (not a fragment, not the person spoken about), and the
kind fits. Rows are matched to the gold by event, outlet, name and kind.

    .venv/bin/python benchmarks/citations.py              # score both parts
    .venv/bin/python benchmarks/citations.py --sample     # draw the sample (writes the gold; run once)
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

from aggregator.compare.params import CITATION_SHOW

GOLD = Path(__file__).with_name("citations_gold.yaml")
PER_KIND = 40  # rows drawn per kind (half to each part); a kind with fewer gives all of its rows
SEED_NUMBER = 671
SENTENCES_SHOWN = 3  # of a row's sentences, the first ones go on the annotator's sheet


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", action="store_true", help="draw the sample and write the gold (once)")
    parser.add_argument("--sheets", help="with --sample: a folder for each part's rows with whole sentences")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    from aggregator.events.embed import get_embedder

    started = time.perf_counter()
    embedder = get_embedder("minilm")
    rows = [(event_id, c) for event_id in judging.events() for c in judging.compare(event_id, embedder).citations]
    print(f"citations · {datetime.now():%Y-%m-%d} · {platform.machine()} · {len(rows)} sources cited "
          f"on {len(judging.events())} events")
    if args.sample:
        if GOLD.exists():
            raise SystemExit(f"Error: {GOLD.name} exists; the sample is drawn once")
        drawn = judging.draw([{"event": e, "kind": c.kind, "outlet": c.source, "cited": c.cited,
                               "verbs": list(c.verbs), "sentences": list(c.sentences[:SENTENCES_SHOWN])}
                              for e, c in rows], PER_KIND, SEED_NUMBER)
        if args.sheets:  # each part with its whole sentences, for its annotator (not committed)
            Path(args.sheets).mkdir(parents=True, exist_ok=True)
            for part in judging.PARTS:
                (Path(args.sheets) / f"{part}.yaml").write_text(yaml.safe_dump(
                    {"rows": [dict(r, id=n) for n, r in enumerate(drawn) if r["part"] == part]},
                    sort_keys=False, allow_unicode=True, width=200))
        for r in drawn:
            r["sentences"] = [judging.anchor(s) for s in r["sentences"]]
        GOLD.write_text(yaml.safe_dump({"rows": drawn}, sort_keys=False, allow_unicode=True, width=200))
        print(f"wrote {len(drawn)} rows to {GOLD.name}")
        return
    if not GOLD.exists():
        raise SystemExit(f"Error: {GOLD.name} is missing (run with --sample once)")
    gold = {(g["event"], g["outlet"], g["cited"], g["kind"]): g for g in yaml.safe_load(GOLD.read_text())["rows"]}
    judging.score((((e, c.source, c.cited, c.kind), c.kind, c.confidence) for e, c in rows), gold, CITATION_SHOW)
    print(f"{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
