"""ECB+ as every benchmark reads it: one loader instead of one per script.

ECB+ (../shared/data/ecbplus/train_dev.jsonl, CC BY 3.0) holds news articles of the train and
dev topics, one JSON object per line with `doc_id`, `topic`, `subtopic` (the event: "9_ecb",
"9_ecbplus"), `split`, `url` (ecbplus documents) and `text`. The comparison benchmarks read
events by subtopic, the big-event benchmark reads whole topics, the embedder benchmark reads
every document. Run it to see what is there:

    .venv/bin/python benchmarks/ecbplus.py
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from functools import cache
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
ECB = SHARED / "data" / "ecbplus" / "train_dev.jsonl"


def available() -> bool:
    return ECB.is_file()


def require(*also: Path) -> None:
    """Exit with a one-line error naming what is missing: ECB+, or another input in `also`."""
    missing = [str(path) for path in (ECB, *also) if not path.exists()]
    if missing:
        raise SystemExit(f"Error: needs {' and '.join(missing)} (../shared beside the checkout)")


@cache
def documents() -> tuple[dict, ...]:
    """Every document, in file order (read once per process)."""
    with ECB.open(encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh if line.strip())


@cache
def by_id() -> dict[str, dict]:
    return {d["doc_id"]: d for d in documents()}


def subtopic(event_id: str) -> list[dict]:
    """The documents of one event ("9_ecb"), in file order."""
    return [d for d in documents() if d["subtopic"] == event_id]


def of_topics(topics: list[int]) -> list[dict]:
    """The documents of the given topics, in file order."""
    wanted = set(topics)
    return [d for d in documents() if d["topic"] in wanted]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    require()
    docs = documents()
    splits = Counter(d.get("split", "") for d in docs)
    events = Counter(d["subtopic"] for d in docs)
    per_split = ", ".join(f"{name or 'no split'}: {count}" for name, count in sorted(splits.items()))
    print(f"{ECB}: {len(docs)} documents, {len({d['topic'] for d in docs})} topics, {len(events)} events "
          f"({per_split})")


if __name__ == "__main__":
    main()
