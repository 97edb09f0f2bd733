"""One cron `run` of N new pages end to end, where the time goes, against the model alone.

The pages are benchmarks/ingest.py's generated outlets (ten local servers, realistic article
pages). One `pipeline.run` ingests them, embeds and clusters them and writes every report, as
cron would; its stage boundaries are read from the pipeline's own log lines, and the time spent
inside the embedder is measured by wrapping it. The reference, in the same process and on the
same texts, is the embedding model alone (a fresh instance, no cache): the rate no run can beat
while embedding dominates. The operator's aim (issue 8) is a run at least half that rate.

    .venv/bin/python benchmarks/run_e2e.py [--pages 2000] [--embedder minilm]
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import resource
import sys
import tempfile
import time
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import serve_outlets  # noqa: E402  (benchmarks/ingest.py: the generated outlets)

from aggregator import plugins  # noqa: E402
from aggregator.config.settings import Settings  # noqa: E402
from aggregator.events import embed  # noqa: E402
from aggregator.events.cluster import cluster_text  # noqa: E402
from aggregator.pipeline import run  # noqa: E402
from aggregator.store.sqlite import Store  # noqa: E402

STAGES = (("ingest", "ingesting"), ("cluster", "; clustering"), ("reports", "; writing reports"),
          ("end", "report files written"))


class StageClock(logging.Handler):
    """Notes when the pipeline logs each stage boundary."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.marks: dict[str, float] = {}

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        for stage, needle in STAGES:
            if needle in message and stage not in self.marks:
                self.marks[stage] = time.perf_counter()


def timed_embedders() -> dict[str, float]:
    """Wrap every embedder class's `embed` to add up the seconds spent in it, per model."""
    spent: dict[str, float] = {}
    for cls in (embed.embedder_class(name) for name in plugins.names(plugins.EMBEDDERS)):
        if "embed" not in vars(cls):  # inherited: its own class's wrapper already counts it
            continue
        original = cls.embed

        def timed(self, texts, _original=original):
            t0 = time.perf_counter()
            try:
                return _original(self, texts)
            finally:
                spent[self.name] = spent.get(self.name, 0.0) + time.perf_counter() - t0
        cls.embed = timed
    return spent


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--embedder", default="minilm")
    args = parser.parse_args()
    clock = StageClock()
    logging.getLogger("aggregator.pipeline").addHandler(clock)
    logging.getLogger("aggregator.pipeline").setLevel(logging.INFO)
    spent = timed_embedders()
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        tmp_path = Path(tmp)
        _, _, sources = serve_outlets(args.pages, stack)
        settings = Settings.load(db_path=tmp_path / "run.db", reports_dir=tmp_path / "reports", per_host_delay=0.0,
                                 max_entries_per_feed=10_000, embedder=args.embedder)
        rss_before = peak_rss_mb()
        t0 = time.perf_counter()
        report = run(settings, sources)
        total = time.perf_counter() - t0
        rss_run = peak_rss_mb()
        in_run = dict(spent)  # before the model-alone reference below adds to it
        store = Store(settings.db_path)
        texts = [cluster_text(a) for a in store.articles()]
        n_events = len(store.events())
    fresh = embed.embedder_class(args.embedder)()
    fresh.embed(texts[:8])  # load the model outside the timing
    t1 = time.perf_counter()
    fresh.embed(texts)
    model_s = time.perf_counter() - t1
    marks = {"start": t0, **clock.marks}
    stage_s = {name: marks[nxt] - marks[name] for (name, _), (nxt, _) in zip(STAGES, STAGES[1:])
               if name in marks and nxt in marks}
    n = report.ingest.articles_new
    load = os.getloadavg()[0]
    print(f"# run_e2e, {datetime.now():%Y-%m-%d %H:%M}, {platform.machine()}, {os.cpu_count()} cores, "
          f"load average {load:.1f}, embedder {args.embedder}")
    print(f"pages served {args.pages}, stored {n}, events {n_events}, "
          f"report files {len(report.report_paths)}")
    print(f"run: {total:.1f} s, {n / total:.1f} articles/s, peak RSS {rss_run:.0f} MB "
          f"(before the run {rss_before:.0f} MB)")
    print("stages: " + ", ".join(f"{k} {v:.1f} s" for k, v in stage_s.items()))
    print("inside the embedders during the run: " + ", ".join(f"{k} {v:.1f} s" for k, v in in_run.items())
          + " (clustering's title+lead and the reports' sentences together)")
    print(f"model alone on the same {len(texts)} title+lead texts: {model_s:.1f} s, {len(texts) / model_s:.1f} texts/s")
    print(f"ratio run / model alone: {(n / total) / (len(texts) / model_s):.2f} (aim >= 0.5)")


if __name__ == "__main__":
    main()
