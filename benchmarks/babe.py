"""Evaluative wording against BABE: word-level precision/recall and sentence-level F1.

BABE (../shared/data/babe/final_labels_SG2.csv; Spinde et al., Findings of EMNLP 2021; AGPL 3.0)
is 3,673 sentences from US outlets, each labelled biased or not by trained annotators with the
words that carry the bias. It is used here to measure only: nothing derived from it ships.

Data discipline: the file is split once, by a hash of each sentence's text with a fixed seed
(`SPLIT_SEED`; the file has no sentence id, and equal texts fall on one side), into a half that
was looked at while building and tuning the detector (`look`) and a half that is only scored
(`score`). This script prints figures for both halves; it never prints a scored sentence
(`--show` works on the look half only).

Scoring. A sentence counts as the outlet's own voice except where inside quotation marks, so a
term counts unless its voice is `quoted` (BABE's annotators marked words in the whole sentence,
reported speech included). Word level: a detected term is right when one of its words is one of
the sentence's biased words (precision, over every term shown: score >= the display threshold);
a biased word is found when a shown term covers it (recall). Sentence level: a sentence is
predicted biased when any shown term is found in it, against `label_bias` (F1 of `Biased`).
A third line counts the outlet's own voice only (not `quoted`, not `attributed`: "X said the move
was reckless" is X's word), which is how issue 20 defines the sentence level.
The old detector (the packaged term list alone, as before issue 20) is scored the same way.

    .venv/bin/python benchmarks/babe.py [--half look|score|both] [--threshold T] [--sweep] [--show N]
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import platform
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BABE = ROOT.parent / "shared" / "data" / "babe" / "final_labels_SG2.csv"
SPLIT_SEED = "aggregator-issue-20-babe-split-1"  # fixed once; changing it would re-split the data
WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass(frozen=True)
class Row:
    text: str
    biased: bool
    words: tuple[str, ...]  # the annotators' biased words, lower case


def half_of(text: str) -> str:
    """`look` or `score`: a fixed hash of the sentence's text and the seed."""
    digest = hashlib.sha256(f"{SPLIT_SEED}\n{text}".encode()).digest()
    return "look" if digest[0] % 2 == 0 else "score"


def load(half: str) -> list[Row]:
    if not BABE.is_file():
        raise SystemExit(f"Error: BABE not found at {BABE} (../shared sits beside the checkout)")
    out = []
    with BABE.open(encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f, delimiter=";"):
            if r["label_bias"] not in ("Biased", "Non-biased") or half_of(r["text"]) != half:
                continue
            words = tuple(w.lower().strip() for w in ast.literal_eval(r["biased_words"] or "[]"))
            out.append(Row(r["text"], r["label_bias"] == "Biased", words))
    return out


# A detector: sentence → [(start, end, score, voice)]
Detector = Callable[[str], list[tuple[int, int, float, str]]]


def new_detector(text: str) -> list[tuple[int, int, float, str]]:
    """What the comparison reports: the packaged domain list plus the evaluative lexicons and rules."""
    from aggregator.compare.loaded import load_lexicon, sentence_terms

    return [(t.start, t.end, t.score, t.voice) for t in sentence_terms(text, load_lexicon(""))]


def old_detector(text: str) -> list[tuple[int, int, float, str]]:
    """The packaged term list alone, every match shown (score 1), as before issue 20."""
    from aggregator.compare.loaded import load_lexicon
    from aggregator.compare.voice import sentence_voice

    voice = sentence_voice(text)
    out: list[tuple[int, int, float, str]] = []
    for _category, _term, pattern, _score in sorted(load_lexicon(""), key=lambda x: -len(x[1])):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _, _ in out):
                continue
            out.append((m.start(), m.end(), 1.0, voice.at(m.start(), m.end())[0]))
    return out


@dataclass
class Scores:
    tp_terms: int = 0
    terms: int = 0
    found: int = 0
    gold: int = 0
    sent_tp: int = 0
    sent_fp: int = 0
    sent_fn: int = 0

    def line(self) -> str:
        p = self.tp_terms / self.terms if self.terms else 0.0
        r = self.found / self.gold if self.gold else 0.0
        sp = self.sent_tp / (self.sent_tp + self.sent_fp) if self.sent_tp + self.sent_fp else 0.0
        sr = self.sent_tp / (self.sent_tp + self.sent_fn) if self.sent_tp + self.sent_fn else 0.0
        f1 = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
        return (f"words: P {p:.3f} R {r:.3f} ({self.found}/{self.gold} found, {self.tp_terms}/{self.terms} terms right)"
                f" | sentences: P {sp:.3f} R {sr:.3f} F1 {f1:.3f}")


def detect_all(rows: list[Row], detector: Detector) -> list[list[tuple[int, int, float, str]]]:
    return [[d for d in detector(r.text) if d[3] != "quoted"] for r in rows]


def score(rows: list[Row], found: Iterable[list[tuple[int, int, float, str]]], threshold: float) -> Scores:
    s = Scores()
    for row, spans in zip(rows, found):
        shown = [(a, b) for a, b, sc, _ in spans if sc >= threshold]
        words = [(m.start(), m.end(), m.group(0).lower()) for m in WORD.finditer(row.text)]
        gold = set(row.words)
        for a, b in shown:
            s.terms += 1
            s.tp_terms += any(w in gold for ws, we, w in words if ws < b and a < we)
        covered = {w for ws, we, w in words if any(ws < b and a < we for a, b in shown)}
        s.gold += len(row.words)
        s.found += sum(1 for w in row.words if w in covered)
        predicted = bool(shown)
        s.sent_tp += predicted and row.biased
        s.sent_fp += predicted and not row.biased
        s.sent_fn += (not predicted) and row.biased
    return s


def main() -> None:
    from aggregator.compare.params import EVALUATIVE_SHOW

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("look", "score", "both"), default="both")
    ap.add_argument("--threshold", type=float, default=EVALUATIVE_SHOW,
                    help=f"display threshold (default: params.EVALUATIVE_SHOW = {EVALUATIVE_SHOW})")
    ap.add_argument("--sweep", action="store_true", help="figures at thresholds 0.3 to 0.8 (look half only)")
    ap.add_argument("--show", type=int, default=0, help="print N look-half sentences with their terms")
    args = ap.parse_args()
    print(f"# BABE evaluative wording, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.node()}, "
          f"{platform.processor() or platform.machine()}, Python {platform.python_version()}; split seed {SPLIT_SEED!r}")
    halves = ["look", "score"] if args.half == "both" else [args.half]
    for half in halves:
        rows = load(half)
        print(f"\n## {half} half: {len(rows)} sentences, {sum(r.biased for r in rows)} biased, "
              f"{sum(len(r.words) for r in rows)} biased words")
        print(f"old (packaged list only): {score(rows, detect_all(rows, old_detector), 0.5).line()}")
        t0 = time.perf_counter()
        found = detect_all(rows, new_detector)
        took = time.perf_counter() - t0
        print(f"new, threshold {args.threshold:.2f}: {score(rows, found, args.threshold).line()}")
        print(f"    every term (JSON): {score(rows, found, 0.0).line()}")
        own = [[d for d in spans if d[3] == "own"] for spans in found]
        print(f"    own voice only, threshold {args.threshold:.2f}: {score(rows, own, args.threshold).line()}")
        print(f"    {took / len(rows) * 1000:.2f} ms a sentence")
        if half == "look" and args.sweep:
            for k in range(30, 81, 5):
                print(f"    threshold {k / 100:.2f}: {score(rows, found, k / 100).line()}")
        if half == "look" and args.show:
            for row, spans in list(zip(rows, found))[:args.show]:
                marks = ", ".join(f"{row.text[a:b]}:{sc:.2f}" for a, b, sc, _ in spans)
                print(f"- [{'B' if row.biased else 'N'}] {row.text}\n    gold: {list(row.words)}\n    found: {marks}")


if __name__ == "__main__":
    main()
