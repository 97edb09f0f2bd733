"""Labels (how each outlet names the same referent) on real events, against hand-made gold.

The gold (`benchmarks/labels_gold.yaml`, written before the rules) lists, per event, referents and
the naming variants a journalist would set side by side. The comparison runs on each event as the
pipeline runs it (`compare_event`, real MiniLM model); every two rows of one referent from
different outlets whose phrases differ are one system pair. A pair is correct when both phrases
hold a variant of one gold referent (all its words) and the two variants differ. Reported per
event and for the looked-at and held-out events apart: pairs, precision, useful pairs (distinct
correct variant pairs) and whether the issue's bar is met (precision >= 0.8, >= 3 useful pairs).

The gold covers the referents of the reports' leads, not every person a report names, so a second
precision counts only pairs about an annotated referent (the row's referent is a gold referent's
name, or one phrase holds a gold variant); pairs about others ("free agent forward" / "dominant
pivot" for a player the leads do not name) are left unjudged there. Precision per method
(`Label.method`) is printed too: it is what `params.CONFIDENCE` records.

    .venv/bin/python benchmarks/labels.py [--event ID] [--show]

`--show` prints every pair with its verdict, for looked-at events only: held-out events are
scored, never read.
"""

from __future__ import annotations

import argparse
import logging
import platform
import sys
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aggregator.compare import compare_event  # noqa: E402
from aggregator.compare.naming_phrases import same_naming  # noqa: E402
from aggregator.models import Comparison, Event  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ecbplus  # noqa: E402  (benchmarks/, the script's own folder)
from compare_quality import NOW, SEED, _article, seed_articles  # noqa: E402

GOLD = Path(__file__).with_name("labels_gold.yaml")
log = logging.getLogger(__name__)


def event_articles(event_id: str):
    if event_id == "seed":
        return seed_articles()
    docs = ecbplus.subtopic(event_id)
    return [_article(d["doc_id"], d["doc_id"], d["text"], d.get("url") or "") for d in docs]


def compare(event_id: str, embedder) -> Comparison:
    arts = event_articles(event_id)
    ev = Event(id=event_id, label=event_id, first_seen=NOW, last_seen=NOW, article_ids=tuple(a.id for a in arts))
    return compare_event(ev, arts, embedder)


def _words(phrase: str) -> set[str]:
    from aggregator.compare.naming_phrases import norm_words

    return set(norm_words(phrase))


def system_pairs(comp: Comparison) -> list[tuple]:
    """(entity, method, outlet A, phrase A, outlet B, phrase B, the lower of the two rows'
    confidences): distinct phrase pairs of one referent."""
    rows: dict[str, list] = defaultdict(list)
    for lab in comp.labels:
        rows[lab.entity].append(lab)
    out, seen = [], set()
    for entity, labs in rows.items():
        for i, a in enumerate(labs):
            for b in labs[i + 1:]:
                if a.source == b.source or same_naming(a.label, b.label):
                    continue
                key = (entity, *sorted((" ".join(sorted(_words(a.label))), " ".join(sorted(_words(b.label))))))
                if key not in seen:
                    seen.add(key)
                    out.append((entity, a.method, a.source, a.label, b.source, b.label,
                                min(a.confidence, b.confidence)))
    return out


def _variant(phrase: str, names: dict) -> str | None:
    """The longest gold variant all of whose words the phrase holds."""
    words = _words(phrase)
    hits = [v for v in names if _words(v) and _words(v) <= words]
    return max(hits, key=lambda v: len(_words(v))) if hits else None


def verdict(pair, referents: list[dict]) -> tuple[str, str, str] | None:
    """(referent, variant A, variant B) when the pair is a correct naming difference."""
    pa, pb = pair[3], pair[5]
    for ref in referents:
        va, vb = _variant(pa, ref["names"]), _variant(pb, ref["names"])
        if va and vb and va != vb:
            return ref["referent"], *sorted((va, vb))
    return None


def judged(pair, referents: list[dict]) -> bool:
    """Whether the pair is about a referent the gold annotates."""
    entity, pa, pb = pair[0], pair[3], pair[5]
    for ref in referents:
        name = ref["referent"].lower()
        if entity.lower() in name or name in entity.lower() or _variant(pa, ref["names"]) or _variant(pb, ref["names"]):
            return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--event", help="only this event")
    parser.add_argument("--show", action="store_true", help="print each pair of looked-at events with its verdict")
    parser.add_argument("--all-rows", action="store_true",
                        help="keep rows below LABEL_MIN_CONFIDENCE and print precision at each floor")
    parser.add_argument("--part", help="only the events of this set (looked-at, held-out, held-out-2, held-out-3, held-out-4)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    ecbplus.require(SEED)
    from aggregator.events.embed import get_embedder

    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    if args.all_rows:
        from aggregator.compare import labels

        defaults = list(labels.naming_labels.__defaults__ or ())
        labels.naming_labels.__defaults__ = (*defaults[:-1], 0.0)  # min_confidence
    floors: dict[tuple[str, float], list[int]] = defaultdict(lambda: [0, 0])
    embedder = get_embedder("minilm")
    start = time.perf_counter()
    print(f"labels · {datetime.now():%Y-%m-%d} · {platform.machine()}")
    print(f"{'event':12} {'set':9} {'pairs':>6} {'right':>6} {'P':>6} {'judged':>7} {'P judged':>9} {'useful':>7}  bar")
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    methods: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for event in gold["events"]:
        if args.event and event["id"] != args.event:
            continue
        part = event.get("set") or ("held-out" if event["held_out"] else "looked-at")
        if args.part and part != args.part:
            continue
        comp = compare(event["id"], embedder)
        pairs = system_pairs(comp)
        verdicts = [verdict(p, event["referents"]) for p in pairs]
        right = sum(1 for v in verdicts if v)
        useful = len({v for v in verdicts if v})
        n_judged = sum(1 for p, v in zip(pairs, verdicts) if v or judged(p, event["referents"]))
        precision = right / len(pairs) if pairs else 0.0
        p_judged = right / n_judged if n_judged else 0.0
        ok = precision >= 0.8 and useful >= 3
        print(f"{event['id']:12} {part:9} {len(pairs):6} {right:6} {precision:6.3f} {n_judged:7} {p_judged:9.3f} "
              f"{useful:7}  {'yes' if ok else 'no'}")
        for p, v in zip(pairs, verdicts):
            methods[(part, p[1])][0] += 1
            methods[(part, p[1])][1] += bool(v)
            floors[(part, p[6])][0] += 1
            floors[(part, p[6])][1] += bool(v)
        t = totals[part]
        t[0] += len(pairs)
        t[1] += right
        t[2] += useful
        t[3] += ok
        t[4] += 1
        t[5] += n_judged
        if args.show and not event["held_out"]:
            for p, v in zip(pairs, verdicts):
                mark = "ok " if v else "-- "
                print(f"   {mark} [{p[1]} {p[6]:.2f}] {p[0]!r}: {p[2]} {p[3]!r} | {p[4]} {p[5]!r}")
    for part, (pairs, right, useful, ok, n, n_judged) in sorted(totals.items()):
        print(f"{part:9}: {n} events, {pairs} pairs, precision {right / pairs if pairs else 0:.3f} "
              f"(on annotated referents {right / n_judged if n_judged else 0:.3f}), "
              f"useful {useful} ({useful / n:.1f} per event), bar met on {ok}/{n}")
    for (part, method), (n, right) in sorted(methods.items()):
        print(f"  {part:9} {method:22} {right:4}/{n:<4} {right / n:.2f}")
    if args.all_rows:
        for part in sorted({part for part, _ in floors}):
            for floor in sorted({c for q, c in floors if q == part}):
                n = sum(v[0] for (q, c), v in floors.items() if q == part and c >= floor)
                r = sum(v[1] for (q, c), v in floors.items() if q == part and c >= floor)
                print(f"  {part:9} floor {floor:.2f}: {r}/{n} {r / n if n else 0:.2f}")
    print(f"{time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
