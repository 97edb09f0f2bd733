"""Limits on what one comparison may cost, so one huge event cannot hold up a cron run (issue 23).

- `cap_reports`: past `compare_max_reports`, near-copies of a report that stays (ingest's
  `copy_of`, or most of their word shingles found in one kept report) are left out first, then
  the rest are sampled evenly over publication time. Every report left out is named, with why.
- `Budget`: past `compare_timeout` seconds, the optional later stages (word changes, labels,
  conflicts, citations, loaded terms, copying, disputes) are skipped and named; facts, additions
  and omissions are always computed.

Both say what they did in `Comparison.uncompared`, which every report format shows under "What
could not be compared".
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from typing import Any, TypeVar

from ..ingest.dedup import CONTAINMENT, MIN_SHINGLES, SHINGLE
from ..models import Article
from ..text import shingles

log = logging.getLogger(__name__)
T = TypeVar("T")


def cap_reports(reports: list[Article], max_reports: int) -> tuple[list[Article], list[str]]:
    """At most `max_reports` of `reports` (0: all), in their order, and notes naming the rest."""
    if max_reports <= 0 or len(reports) <= max_reports:
        return reports, []
    copies = near_copies(reports)
    excess = len(reports) - max_reports
    # the closest copies go first; ties keep the later report's order
    dropped_copies = sorted(copies, key=lambda k: (-copies[k][1], -k))[:excess]
    left = [k for k in range(len(reports)) if k not in set(dropped_copies)]
    sampled_out: list[int] = []
    if len(left) > max_reports:  # evenly over time: keep every step-th of the rest
        step = len(left) / max_reports
        keep = {left[int(i * step)] for i in range(max_reports)}
        sampled_out = [k for k in left if k not in keep]
        left = [k for k in left if k in keep]
    notes = [f"{len(left)} of {len(reports)} reports compared (compare_max_reports = {max_reports}); "
             "the others are left out of every table and count"]
    if dropped_copies:
        notes.append("left out as near-copies of another report: " + "; ".join(
            f"{reports[k].source} (copy of {reports[copies[k][0]].source}, {copies[k][1]:.0%} shared)"
            for k in sorted(dropped_copies)))
    if sampled_out:
        notes.append("left out by sampling evenly over publication time: "
                     + ", ".join(reports[k].source for k in sampled_out))
    log.warning("event with %d reports: %d compared (compare_max_reports)", len(reports), len(left))
    return [reports[k] for k in left], notes


def near_copies(reports: list[Article]) -> dict[int, tuple[int, float]]:
    """Report index → (index of the earlier report it copies, share of its shingles found there).
    A report flagged `copy_of` a report of the list counts as a full copy; else a report whose
    5-word shingles are at least `CONTAINMENT` inside one earlier report that is not itself a
    copy (ingest/dedup.py's measure). An inverted index keeps this linear in the text."""
    ids = {a.id: k for k, a in enumerate(reports)}
    owner: dict[tuple[str, ...], list[int]] = {}
    out: dict[int, tuple[int, float]] = {}
    for k, art in enumerate(reports):
        if art.copy_of in ids and ids[art.copy_of] != k:
            out[k] = (ids[art.copy_of], 1.0)
            continue
        mine = shingles(art.text, SHINGLE)
        if len(mine) >= MIN_SHINGLES:
            shared = Counter(j for s in mine for j in owner.get(s, ()))
            if shared:
                j, count = max(shared.items(), key=lambda x: (x[1], -x[0]))
                if count / len(mine) >= CONTAINMENT:
                    out[k] = (j, count / len(mine))
                    continue
        for s in mine:
            owner.setdefault(s, []).append(k)
    return out


class Budget:
    """Seconds a comparison may take (0: no limit); stages started past it are skipped and named."""

    def __init__(self, timeout: float, start: float | None = None):
        self.timeout = timeout
        self.start = time.monotonic() if start is None else start
        self.skipped: list[str] = []

    def elapsed(self) -> float:
        return time.monotonic() - self.start

    def stage(self, name: str, compute: Callable[[], T], empty: Any) -> T:
        """`compute()`, or `empty` (an empty value of its type) when the time is already spent."""
        if self.timeout > 0 and self.elapsed() >= self.timeout:
            self.skipped.append(name)
            return empty
        return compute()

    def notes(self) -> list[str]:
        if not self.skipped:
            return []
        log.warning("comparison stopped after %.1f s (compare_timeout %.0f s): skipped %s",
                    self.elapsed(), self.timeout, ", ".join(self.skipped))
        return [f"not computed, the comparison's time ran out (compare_timeout = {self.timeout:g} s, "
                f"{self.elapsed():.1f} s spent): " + ", ".join(self.skipped)]
