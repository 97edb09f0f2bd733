"""Crash safety and overlapping runs, tried as an operator would: real `aggregator` processes
against a local site, killed with SIGKILL at each stage boundary and at random moments, run two
and three at a time, and run out of disk. After any of that, one normal run must leave the
database and the report folder exactly as an uninterrupted run leaves them, row by row.

The runs use the `hashing` embedder: these tests are about what survives a crash, not about
meaning, and loading a neural model in each of dozens of killed processes would dominate.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

from .newsroom import Newsroom

pytestmark = [pytest.mark.reliability, pytest.mark.slow]

KILL_SEED = 20260106
RANDOM_KILLS = 14  # independent runs, each killed once at a random moment of its work
SERIES_KILLS = 4  # runs killed one after another in the same folder before the normal run


@pytest.fixture(scope="module")
def site():
    with Newsroom().serving() as newsroom:
        yield newsroom


def _env(workdir: Path, site: Newsroom, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGGREGATOR_")}
    env.update({
        "AGGREGATOR_DB_PATH": str(workdir / "db" / "news.db"),
        "AGGREGATOR_SOURCES_PATH": str(site.sources_yaml(workdir / "sources.yaml")),
        "AGGREGATOR_REPORTS_DIR": str(workdir / "reports"),
        "AGGREGATOR_EMBEDDER": "hashing",
        "AGGREGATOR_MULTILINGUAL_EMBEDDER": "",
        "AGGREGATOR_PER_HOST_DELAY": "0",
        "AGGREGATOR_PER_HOST_CONCURRENCY": "2",
        "AGGREGATOR_TIMEOUT": "10",
        "AGGREGATOR_RETRIES": "0",
        **extra,
    })
    return env


def aggregator(workdir: Path, site: Newsroom, *args: str, **env: str) -> subprocess.CompletedProcess:
    workdir.mkdir(parents=True, exist_ok=True)
    return subprocess.run([sys.executable, "-m", "aggregator", *args], capture_output=True, text=True,
                          env=_env(workdir, site, **env), timeout=300)


def start(workdir: Path, site: Newsroom, *args: str) -> subprocess.Popen:
    workdir.mkdir(parents=True, exist_ok=True)
    return subprocess.Popen([sys.executable, "-m", "aggregator", "-vv", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env(workdir, site))


def kill_when(proc: subprocess.Popen, pattern: str, nth: int = 1) -> bool:
    """SIGKILL the process once its log shows `pattern` for the nth time; False if it ended first."""
    seen = 0
    assert proc.stderr is not None
    for line in proc.stderr:
        if re.search(pattern, line):
            seen += 1
            if seen >= nth:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                return True
    proc.wait()
    return False


def kill_after(proc: subprocess.Popen, seconds: float) -> bool:
    """SIGKILL the process `seconds` after its run has begun (logged "ingesting"): every kill
    lands inside a run, however slowly the interpreter starts on a loaded machine."""
    assert proc.stderr is not None
    for line in proc.stderr:
        if "ingesting" in line:
            break
    threading.Thread(target=proc.stderr.read, daemon=True).start()  # keep the pipe drained
    try:
        proc.wait(timeout=seconds)
        return False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True


def snapshot(workdir: Path) -> dict:
    """Everything a run is responsible for, without what legitimately differs (fetch times,
    log rows, run records, generation stamps)."""
    db = sqlite3.connect(workdir / "db" / "news.db")
    queries = {
        "articles": "select id, url, canonical_url, source, title, text, published, content_hash, copy_of, "
                    "copy_similarity, flags, language from articles order by id",
        "article_urls": "select url, article_id from article_urls order by url",
        "events": "select id, label, first_seen, last_seen, keywords, n_articles, n_outlets from events order by id",
        "event_articles": "select article_id, event_id, similarity from event_articles order by article_id",
        "event_merges": "select old_id, into_id from event_merges order by old_id",
        "feeds": "select url, etag from feeds order by url",
        "pending_articles": "select article_id from pending_articles",
        "due_pages": "select url from due_pages",
        "minhash_bands": "select count(*) from minhash_bands",
    }
    state = {name: db.execute(sql).fetchall() for name, sql in queries.items()}
    db.close()
    reports = {}
    leftovers = [p.name for p in (workdir / "reports").rglob(".*.tmp")]
    assert not leftovers, f"temporary files left behind: {leftovers}"
    for path in sorted(p for p in (workdir / "reports").glob("*") if p.is_file()):  # not the site/ folder
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".json":
            data = json.loads(text)
            data["event"].pop("generated_at", None)
            text = json.dumps(data, sort_keys=True)
        reports[path.name] = text
    state["reports"] = reports
    return state


@pytest.fixture(scope="module")
def reference(site, tmp_path_factory):
    """One uninterrupted run: what every interrupted history must end as."""
    workdir = tmp_path_factory.mktemp("reference")
    proc = start(workdir, site, "run")
    assert proc.stderr is not None
    for line in proc.stderr:
        if "ingesting" in line:
            break
    began = time.monotonic()
    _, err = proc.communicate(timeout=300)
    work_seconds = time.monotonic() - began  # from the run's first log line to its end
    result = subprocess.CompletedProcess(proc.args, proc.returncode, "", err)
    assert result.returncode == 0, result.stderr
    state = snapshot(workdir)
    assert len(state["articles"]) == site.page_count
    assert state["reports"] and state["events"]
    assert any(row[8] for row in state["articles"]), "the site's republished wire story is flagged as a copy"
    again = aggregator(workdir, site, "run")
    return {"state": state, "workdir": workdir, "seconds": work_seconds, "second_run": again}


def recover_and_compare(workdir: Path, site: Newsroom, reference: dict) -> None:
    result = aggregator(workdir, site, "run")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    state = snapshot(workdir)
    for key, rows in reference["state"].items():
        assert state[key] == rows, f"{key} differs from an uninterrupted run"


def test_a_second_run_fetches_nothing_and_writes_nothing(reference):
    again = reference["second_run"]
    assert again.returncode == 0, again.stderr
    assert "0 new" in again.stdout and "wrote" not in again.stdout
    assert snapshot(reference["workdir"]) == reference["state"]


@pytest.mark.parametrize("pattern, nth", [
    (r"stored page", 1),                 # after the first page: its feed's validators must not be saved yet
    (r"stored page", 3),                 # after 3 of 21 pages (the case an operator hit)
    (r"stored page", 12),
    (r"run \d+: .*; clustering", 1),     # after ingestion, before clustering
    (r"; writing reports", 1),           # after clustering, before any report
    (r"wrote .*\.md", 1),                # after the first report file
])
def test_kill_at_a_stage_boundary_then_one_run_ends_as_uninterrupted(site, reference, tmp_path, pattern, nth):
    proc = start(tmp_path, site, "run")
    assert kill_when(proc, pattern, nth), f"the run ended before {pattern!r} #{nth}"
    recover_and_compare(tmp_path, site, reference)


@pytest.mark.parametrize("trial", range(RANDOM_KILLS))
def test_a_kill_at_a_random_moment_then_one_run_ends_as_uninterrupted(site, reference, tmp_path, trial):
    moment = random.Random(KILL_SEED + trial).uniform(0.0, reference["seconds"])
    if not kill_after(start(tmp_path, site, "run"), moment):
        pytest.skip(f"the run ended before {moment:.2f} s (a loaded machine ran it faster than the reference)")
    recover_and_compare(tmp_path, site, reference)


def cut_off(workdir: Path) -> bool:
    """Whether the newest run was cut off (its record still `running`), not killed while its
    process was exiting after it had recorded its end."""
    with closing(sqlite3.connect(workdir / "db" / "news.db")) as db:
        row = db.execute("select outcome from runs order by id desc limit 1").fetchone()
    return row is not None and row[0] == "running"


def test_kills_in_series_then_one_run_ends_as_uninterrupted(site, reference, tmp_path):
    rng = random.Random(KILL_SEED)
    killed = sum(kill_after(start(tmp_path, site, "run"), rng.uniform(0.0, reference["seconds"] / 3))
                 and cut_off(tmp_path) for _ in range(SERIES_KILLS))
    assert killed, "no run was cut off: the test proved nothing"
    status = aggregator(tmp_path, site, "status", "--json")
    assert status.returncode == 0, status.stderr
    recover_and_compare(tmp_path, site, reference)
    runs = json.loads(aggregator(tmp_path, site, "status", "--json").stdout)["runs"]
    assert runs[0]["outcome"] == "ok"
    assert sum(r["outcome"] == "interrupted" for r in runs) == killed


def test_a_bad_loaded_terms_file_stops_the_run_before_any_work(site, reference, tmp_path):
    bad = tmp_path / "terms.yaml"
    bad.write_text("just a string\n", encoding="utf-8")
    result = aggregator(tmp_path, site, "run", AGGREGATOR_LOADED_TERMS=str(bad))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and str(bad) in result.stderr
    recover_and_compare(tmp_path, site, reference)


def test_deleted_or_stale_reports_are_rewritten_by_the_next_run(site, reference, tmp_path):
    assert aggregator(tmp_path, site, "run").returncode == 0
    victim = sorted((tmp_path / "reports").glob("*.md"))[0]
    victim.unlink()
    result = aggregator(tmp_path, site, "run")
    assert result.returncode == 0 and f"wrote {victim}" in result.stdout
    assert snapshot(tmp_path) == reference["state"]


@pytest.mark.parametrize("runs", [2, 3])
def test_overlapping_runs_skip_politely_and_lose_nothing(site, reference, tmp_path, runs):
    procs = [subprocess.Popen([sys.executable, "-m", "aggregator", "run"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=_env(tmp_path, site)) for _ in range(runs)]
    results = [(p.wait(timeout=300), *p.communicate()) for p in procs]
    assert all(code == 0 for code, _, _ in results), results
    assert not any("Traceback" in err for _, _, err in results)
    skipped = [err for _, _, err in results if err.startswith("skipped: ")]
    assert all(len(err.strip().splitlines()) == 1 and "another aggregator process is writing" in err
               for err in skipped)
    recover_and_compare(tmp_path, site, reference)


def test_run_wait_waits_for_the_run_in_progress(site, reference, tmp_path):
    first = subprocess.Popen([sys.executable, "-m", "aggregator", "run"], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=_env(tmp_path, site))
    time.sleep(0.5)
    second = aggregator(tmp_path, site, "run", "--wait")
    assert first.wait(timeout=300) == 0
    assert second.returncode == 0 and "skipped" not in second.stderr, second.stderr
    assert snapshot(tmp_path) == reference["state"]


def test_concurrent_imports_both_land(site, tmp_path, seed_dir):
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(json.dumps({"url": f"https://example.org/{i}", "outlet": f"Outlet {i % 3}",
                                             "title": f"Report {i}", "text": " ".join(EVENT_WORDS[i % 4:]) * 3,
                                             "published": "2026-01-06T09:00:00+00:00"})
                                 for i in range(12)) + "\n", encoding="utf-8")
    procs = [subprocess.Popen([sys.executable, "-m", "aggregator", "import", str(path)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=_env(tmp_path, site))
             for path in (records, seed_dir, records)]
    results = [(p.wait(timeout=300), *p.communicate()) for p in procs]
    assert all(code == 0 for code, _, _ in results), results
    db = sqlite3.connect(tmp_path / "db" / "news.db")
    assert db.execute("select count(*) from articles").fetchone()[0] == 12 + 5


EVENT_WORDS = ["The", "river", "ferry", "service", "resumed", "after", "a", "week", "of", "repairs", "to", "the", "pier."]


def test_readers_work_while_another_process_holds_a_write(site, reference, tmp_path):
    shutil.copytree(reference["workdir"] / "db", tmp_path / "db")
    holder = sqlite3.connect(tmp_path / "db" / "news.db", isolation_level=None)
    holder.execute("begin immediate")
    holder.execute("insert into fetch_log (at, kind, source, url, status, ok, reason) "
                   "values ('2026-01-01', 'test', '', '', 0, 1, 'held')")
    try:
        started = time.monotonic()
        events = aggregator(tmp_path, site, "events", "--json")
        assert events.returncode == 0 and json.loads(events.stdout)
        assert time.monotonic() - started < 15
        # A writer meets the open transaction, waits for it (busy timeout), then succeeds.
        releaser = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(3)"])
        merge_args = [e["id"] for e in json.loads(events.stdout)[:2]]
        proc = subprocess.Popen([sys.executable, "-m", "aggregator", "merge", *merge_args], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=_env(tmp_path, site))
        releaser.wait()
        holder.execute("commit")
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert "merged into" in out
    finally:
        holder.close()


def _mount_tmpfs(path: Path, size: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None or os.geteuid() != 0:
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True).returncode == 0


def test_a_full_disk_fails_in_one_line_and_the_next_run_catches_up(site, reference, tmp_path):
    small = tmp_path / "small"
    if not _mount_tmpfs(small, "160k"):
        pytest.skip("cannot mount a small tmpfs here (needs root and mount rights)")
    try:
        workdir = tmp_path / "work"
        (workdir / "db").mkdir(parents=True)
        db_on_small = small / "news.db"
        env = {"AGGREGATOR_DB_PATH": str(db_on_small)}
        result = aggregator(workdir, site, "run", **env)
        assert result.returncode == 1, "the run should not fit in 160 kB"
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert "full" in result.stderr
        for name in ("news.db", "news.db-wal", "news.db-shm"):  # move the database to a roomy disk
            if (small / name).exists():
                shutil.copy(small / name, workdir / "db" / name)
    finally:
        subprocess.run(["umount", str(small)], check=False)
    recover_and_compare(workdir, site, reference)


def test_status_says_what_the_last_run_did_and_whether_one_is_going(site, reference, tmp_path):
    done = aggregator(reference["workdir"], site, "status")
    assert done.returncode == 0, done.stderr
    assert "no run in progress" in done.stdout and " run started " in done.stdout and ", ok" in done.stdout
    assert "0 articles to cluster, 0 pages to retry, 0 event reports to write" in done.stdout
    with Newsroom(page_delay=1.0).serving() as slow:  # a run that lasts ~10 s, long enough to ask
        proc = start(tmp_path, slow, "run")
        assert proc.stderr is not None
        for line in proc.stderr:
            if "stored page" in line:
                break
        going = aggregator(tmp_path, slow, "status", "--json")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    data = json.loads(going.stdout)
    assert data["run_in_progress"] and data["run_in_progress"]["pid"] == proc.pid
    after = json.loads(aggregator(tmp_path, site, "status", "--json").stdout)
    assert after["run_in_progress"] is None and after["runs"][0]["outcome"] == "interrupted"
