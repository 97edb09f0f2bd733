"""Extraction on real pages: our `extract_page` against plain trafilatura, speed and quality.

The pages are trafilatura's own evaluation set (../shared/data/trafilatura-eval: 990 real pages
in many languages, each with snippets that must and must not be extracted). Both extractors run
in this process on the same bytes, alternating page by page so that machine load hits both
alike. Quality is trafilatura's metric (evaluate.py): a "with" snippet found is a true
positive, missing a false negative; a "without" snippet found a false positive.

Prints the two ratios issue 11 asks for: our speed over trafilatura's (aim >= 0.8) and the
start-up time of a command that does not embed (`aggregator extract --help`, aim < 0.5 s).

    .venv/bin/python benchmarks/extract_real.py [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import trafilatura

from aggregator.errors import ExtractError
from aggregator.ingest.extract import extract_page

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "trafilatura-eval"
_SPACE = re.compile(r"\s+")


def norm(text: str) -> str:
    return _SPACE.sub(" ", text or "").strip()


def score(found: str, wanted: list[str], unwanted: list[str]) -> tuple[int, int, int, int]:
    text = norm(found)
    tp = sum(norm(s) in text for s in wanted)
    fp = sum(norm(s) in text for s in unwanted)
    return tp, len(wanted) - tp, fp, len(unwanted) - fp


def prf(counts: list[tuple[int, int, int, int]]) -> tuple[float, float, float]:
    tp, fn, fp = (sum(c[i] for c in counts) for i in range(3))
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return p, r, 2 * p * r / max(1e-9, p + r)


def theirs(body: bytes, url: str) -> str:
    doc = trafilatura.bare_extraction(body, url=url, with_metadata=True)
    return (doc.text if doc is not None else "") or ""


def ours(body: bytes, url: str) -> str:
    try:
        return extract_page(body, url).text
    except ExtractError:
        return ""


def startup_seconds(runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "aggregator", "extract", "--help"], capture_output=True, check=True)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    args = parser.parse_args()
    if not EVAL.is_dir():
        sys.exit(f"{EVAL}: not found (shared/ sits beside the checkout)")
    cases = json.loads((EVAL / "evaldata.json").read_text(encoding="utf-8"))
    items = sorted(cases.items())[: args.limit or None]
    pages = [(url, gzip.decompress((EVAL / "html" / f"{case['file']}.gz").read_bytes()), case) for url, case in items
             if (EVAL / "html" / f"{case['file']}.gz").exists()]
    for url, body, _ in pages[:5]:  # warm both paths (imports, caches)
        ours(body, url), theirs(body, url)
    spent = {"ours": 0.0, "theirs": 0.0}
    counts: dict[str, list] = {"ours": [], "theirs": []}
    for url, body, case in pages:
        for name, fn in (("ours", ours), ("theirs", theirs)):
            t0 = time.perf_counter()
            text = fn(body, url)
            spent[name] += time.perf_counter() - t0
            counts[name].append(score(text, case.get("with", []), case.get("without", [])))
    n = len(pages)
    print(f"# extract_real, {datetime.now():%Y-%m-%d %H:%M}, {platform.machine()}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}, {n} pages of trafilatura's evaluation set")
    for name, label in (("theirs", "trafilatura.bare_extraction(with_metadata=True)"), ("ours", "extract_page")):
        p, r, f = prf(counts[name])
        print(f"{label:48} {n / spent[name]:6.1f} pages/s  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"speed ratio ours / trafilatura: {spent['theirs'] / spent['ours']:.2f} (aim >= 0.8)")
    print(f"`aggregator extract --help` start-up: {startup_seconds():.2f} s (aim < 0.5)")


if __name__ == "__main__":
    main()
