"""`aggregator status`, and which reports are due: read from the database alone.

Kept apart from the pipeline so that `status` starts in a blink (no clustering or comparison
libraries imported) and so that the run and the status agree on what "a report is due" means.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .config.settings import Settings
from .models import Event
from .runs import RunRecord, StatusReport
from .store.contract import StoreContract, open_store
from .store.locks import writer_active
from .store.names import display_name
from .store.rows import iso

REPORT_FORMATS = ("md", "json")  # what `run` writes for each event
MIN_OUTLETS = 2  # an event one outlet covered has nothing to compare
STALE_AFTER = timedelta(days=2)  # a feed with no good answer this long is listed as stale
FAILURE_WINDOW = timedelta(days=7)  # failures per source are counted over this period


def due_reports(store: StoreContract, events: Iterable[Event], out_dir: Path,
                formats: tuple[str, ...] = REPORT_FORMATS, min_outlets: int = MIN_OUTLETS,
                force: bool = False, written: dict[str, str | None] | None = None
                ) -> Iterator[tuple[Event, list[tuple[str, Path]]]]:
    """(event, [(format, path)…]) for each event whose report is missing in `out_dir` or was
    written from an older version of the event (the database records which; `written` is that
    record when the caller has read it already)."""
    written = store.report_versions() if written is None else written
    for event in events:
        if len(set(event.outlets)) < min_outlets:
            continue
        stamp = iso(event.updated_at)
        targets = [(fmt, (out_dir / f"{event.id}.{fmt}").resolve()) for fmt in formats]
        due = [(fmt, path) for fmt, path in targets
               if force or not path.exists() or written.get(str(path), "") != stamp]
        if due:
            yield event, due


def status(settings: Settings) -> StatusReport:
    """Whether a run is in progress, what the last runs did, which sources fail and which feeds
    have gone stale, and what is waiting (articles to cluster, pages to retry, reports to write)."""
    store = open_store(settings.database, create=False)
    runs = store.runs(10)
    active = writer_active(settings.database)
    in_progress = next((r for r in runs if r.outcome == "running"), None) if active else None
    # a run still marked running without the lock held was cut off (killed, power loss)
    shown = tuple(replace(r, outcome="interrupted") if r.outcome == "running" and r is not in_progress else r
                  for r in runs)
    now = datetime.now(UTC)
    failing = tuple(h for h in store.source_health(now - FAILURE_WINDOW) if h.failures)
    stale = tuple(f for f in store.feed_health()
                  if f.last_fetched and (f.last_ok is None or now - f.last_ok > STALE_AFTER))
    pending, due = store.count_pending()
    written = store.report_versions()
    folder = reports_folder(written, settings.reports_dir)
    reports = len(list(due_reports(store, store.events(), folder, written=written)))
    return StatusReport(database=display_name(settings.database), run_in_progress=in_progress, runs=shown,
                        failing_sources=failing, stale_feeds=stale, pending_articles=pending, due_pages=due,
                        reports_due=reports, queue=store.queue_status(), reports_dir=str(folder),
                        clock_warning=clock_warning(shown))


def reports_folder(written: dict[str, str | None], configured: Path) -> Path:
    """The folder whose reports `status` counts: the configured one when reports were written
    there (or nowhere yet), else the folder most reports were written to. Cron lines often say
    `run --reports DIR`, which `status` is not told; the database knows where reports went."""
    target = configured.resolve()
    folders: dict[Path, int] = {}
    for path in written:
        parent = Path(path).parent
        folders[parent] = folders.get(parent, 0) + 1
    if not folders or target in folders:
        return configured
    return max(folders.items(), key=lambda kv: (kv[1], str(kv[0])))[0]


def clock_warning(runs: Iterable[RunRecord]) -> str:
    """A line when the newest finished run met servers whose Date header disagreed with the
    local clock by more than a day (`ingest.dates.server_now`), else ""."""
    finished = next((r for r in runs if r.outcome in ("ok", "failed")), None)
    skewed = dict(finished.counts).get("clock_skewed", 0) if finished else 0
    if not finished or not skewed:
        return ""
    return (f"the local clock looks wrong: in run #{finished.id}, {skewed} server(s) sent a Date more than a "
            "day away from it (dates were checked against the servers' clocks; see `aggregator log`)")
