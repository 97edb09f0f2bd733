"""What a run did and how the runs stand: the counts of ingestion, import, clustering and a whole
cron run, the `runs` table's records, and what `aggregator status` shows (failing sources, stale
feeds, the workers' queue).

Apart from `models.py` because these records are not what the stages work on: `models.py` holds
the records handed from stage to stage (sources, articles, events, comparisons), while these are
answers a stage or the store gives back to the pipeline, the CLI and `status` to count and show.
The comparison imports nothing from here, so this module is outside the comparison cache's
fingerprint (render/fingerprint.py): a new run count leaves cached comparisons valid.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .models import EventMerge


@dataclass(frozen=True)
class IngestReport:
    """Counts from one ingestion run, for the CLI summary and for tests."""

    feeds_fetched: int = 0
    feeds_not_modified: int = 0
    feeds_failed: int = 0
    entries_seen: int = 0
    pages_fetched: int = 0
    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    failures: int = 0
    clock_skewed: int = 0  # responses whose Date header disagreed with the local clock by over a day


@dataclass(frozen=True)
class ImportReport:
    """Counts from `aggregator import`, and the ids of the articles it stored or found."""

    new: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: int = 0
    skipped: int = 0  # archive records that are not HTML pages (robots.txt, images, redirects)
    article_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClusterReport:
    """What one clustering pass did."""

    articles_assigned: int
    events_created: int
    events_touched: tuple[str, ...]
    merges: tuple[EventMerge, ...] = ()  # events found to be one: each old id now resolves to its kept one


@dataclass(frozen=True)
class RunRecord:
    """One recorded run (`runs` table): what `aggregator status` reports."""

    id: int
    command: str
    started_at: datetime | None
    finished_at: datetime | None
    pid: int | None
    host: str
    outcome: str  # running | ok | failed | interrupted (cut off: killed, power loss)
    counts: tuple[tuple[str, int], ...] = ()
    error: str = ""


@dataclass(frozen=True)
class SourceHealth:
    """One source's fetch-log record over a period."""

    source: str
    attempts: int
    failures: int
    last_failure_at: datetime | None = None
    last_failure: str = ""


@dataclass(frozen=True)
class FeedHealth:
    """One feed: when it was last fetched and when it last answered well."""

    url: str
    source: str
    last_fetched: datetime | None
    last_status: int | None
    last_ok: datetime | None


@dataclass(frozen=True)
class StatusReport:
    """`aggregator status`: is a run going on, what the last runs did, what is unwell."""

    database: str
    run_in_progress: RunRecord | None
    runs: tuple[RunRecord, ...]
    failing_sources: tuple[SourceHealth, ...]
    stale_feeds: tuple[FeedHealth, ...]
    pending_articles: int
    due_pages: int
    reports_due: int
    queue: QueueStatus | None = None  # the shared work queue of `aggregator worker` (PostgreSQL)
    reports_dir: str = ""  # the folder `reports_due` was counted in (the one runs last wrote to)
    clock_warning: str = ""  # set when the last run's servers said the local clock is wrong


@dataclass(frozen=True)
class RunReport:
    """One cron run: ingestion, clustering, and the report files written."""

    ingest: IngestReport
    cluster: ClusterReport
    report_paths: tuple[str, ...]
    site_dir: str = ""  # where the static site was written ("" = none)
    site_written: int = 0  # site files written (the others were unchanged)


@dataclass(frozen=True)
class HostBacklog:
    """One host in the shared work queue (PostgreSQL workers): what waits for it."""

    host: str
    pending: int
    running: int
    failed: int
    next_allowed_at: datetime | None
    in_flight: int


@dataclass(frozen=True)
class QueueStatus:
    """The shared work queue of `aggregator worker` processes, for `aggregator status`."""

    pending: int
    running: int
    failed: int
    expired: int  # running jobs whose lease ran out (their worker died): run again by others
    hosts: tuple[HostBacklog, ...] = ()
    workers: tuple[str, ...] = ()  # workers holding a lease now
