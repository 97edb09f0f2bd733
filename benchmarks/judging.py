"""Shared by the benchmarks whose gold is a sample of the comparison's own rows judged by hand
(`wording.py`: word changes, `citations.py`: who is quoted).

Each draws its sample once by a fixed seed from the rows the comparison gives on the 66 ECB+
train/dev subtopics and the seed event, stratified by kind, alternately into two parts judged by
two helpers who saw neither the rules nor the other part: `calibrate` (its precision per kind is
the rows' confidence, in `compare/params.py`) and `held-out` (only scored). Precision is what a
sample of a system's output can measure; recall needs gold written from the text, which the other
benchmarks have.
"""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import ecbplus  # noqa: E402  (benchmarks/, the script's own folder)
from compare_quality import NOW, _article, seed_articles  # noqa: E402

from aggregator.compare import compare_event  # noqa: E402
from aggregator.models import Comparison, Event  # noqa: E402

PARTS = ("calibrate", "held-out")
ANCHOR_WORDS = 8
BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01))


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
    """A sentence as the gold stores it: its first words, not the text."""
    return " ".join(text.split()[:ANCHOR_WORDS])


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


def score(found: Iterable[tuple[Hashable, str, float]], gold: dict[Hashable, dict], show: float,
          label: Callable[[str], str] = str) -> None:
    """Precision per part and kind of the rows found again in the gold (`found`: key, kind,
    confidence; each key once), of those at or above `show`, and per band of confidence."""
    found = list({key: (key, kind, conf) for key, kind, conf in found}.values())
    for part in PARTS:
        judged = [(kind, conf, gold[key]["verdict"] == "right") for key, kind, conf in found
                  if key in gold and gold[key]["part"] == part and gold[key]["verdict"] in ("right", "wrong")]
        pool = sum(1 for g in gold.values() if g["part"] == part and g["verdict"] in ("right", "wrong"))
        if not judged:
            print(f"{part:<10} no judged rows")
            continue
        right = sum(ok for _, _, ok in judged)
        shown = [ok for _, conf, ok in judged if conf >= show]
        print(f"{part:<10} {len(judged)} of its {pool} judged rows found again · precision {right / len(judged):.3f}"
              f" · shown (confidence >= {show}): {sum(shown)}/{len(shown)}"
              + (f" = {sum(shown) / len(shown):.3f}" if shown else ""))
        by_kind: dict[str, list[tuple[float, bool]]] = defaultdict(list)
        for kind, conf, ok in judged:
            by_kind[kind].append((conf, ok))
        for kind, rows in sorted(by_kind.items()):
            oks = [ok for _, ok in rows]
            print(f"  {label(kind):<22} {sum(oks):>3}/{len(oks):<3} {sum(oks) / len(oks):.2f}"
                  f"   mean confidence {sum(c for c, _ in rows) / len(rows):.2f}")
        for low, high in BANDS:
            band = [ok for _, conf, ok in judged if low <= conf < high]
            if band:
                print(f"  confidence {low:.2f}-{min(high, 1.0):.2f}: {sum(band)}/{len(band)} right "
                      f"({sum(band) / len(band):.2f})")
