"""Commands for running past one machine: `aggregator db copy`, `aggregator db migrate` and
`aggregator worker`, and the queue lines of `aggregator status`; registered on the same group by cli/__init__.py."""

from __future__ import annotations

import json
import logging
import signal
import threading
from dataclasses import asdict
from pathlib import Path

import click

from ..config.settings import Settings
from ..runs import QueueStatus
from ..store.names import display_name

logger = logging.getLogger(__name__)


@click.group("db")
def db_group() -> None:
    """Move a database between SQLite and PostgreSQL, or bring its schema up to date.

    \b
    Examples:
        aggregator db copy db/aggregator.db postgresql://aggregator@dbhost/aggregator
        aggregator db migrate
    """


@db_group.command("copy")
@click.argument("source")
@click.argument("destination")
@click.option("--no-verify", is_flag=True, help="Skip reading every table back from both sides")
@click.option("--json", "as_json", is_flag=True, help="Print the rows copied per table as JSON")
def db_copy(source: str, destination: str, no_verify: bool, as_json: bool) -> None:
    """Copy every table of SOURCE into the new, empty database DESTINATION, row by row, and
    compare the two afterwards. Each is a SQLite file, sqlite:///path or postgresql://…

    \b
    Examples:
        aggregator db copy db/aggregator.db postgresql://aggregator@dbhost/aggregator
        aggregator db copy postgresql://aggregator@dbhost/aggregator backups/snapshot.db
    """
    from ..store.copy import copy_database

    report = copy_database(source, destination, verify=not no_verify)
    if as_json:
        click.echo(json.dumps(asdict(report), indent=2))
        return
    total = sum(t.rows for t in report.tables)
    click.echo(f"copied {total} rows in {len(report.tables)} tables from {report.source} to {report.destination}"
               + ("; every row compared equal" if report.verified else ""))
    for t in report.tables:
        if t.rows:
            click.echo(f"  {t.table}: {t.rows}")


@db_group.command("migrate")
@click.option("--json", "as_json", is_flag=True, help="Print the migrations as JSON")
@click.pass_context
def db_migrate(ctx: click.Context, as_json: bool) -> None:
    """Bring the database's schema up to this aggregator's (under the writer lock), creating the
    database if there is none. Every writing command does this too; `aggregator serve` never does,
    and asks for this command when the schema is older than the code.

    \b
    Example:
        aggregator --db postgresql://aggregator@dbhost/aggregator db migrate
    """
    from ..store.contract import open_store
    from ..store.locks import writer_lock

    settings = Settings.load(**ctx.obj)
    with writer_lock(settings.database, settings.lock_timeout):
        store = open_store(settings.database)
        applied = store.migrations_applied()
    if as_json:
        click.echo(json.dumps({"database": display_name(settings.database), "migrations": applied}, indent=2))
        return
    click.echo(f"{display_name(settings.database)}: schema up to date ({len(applied)} migrations, "
               f"last {applied[-1] if applied else '-'})")


@click.command()
@click.option("--threads", type=click.IntRange(1, 256), default=None,
              help="Jobs run at once by this process [default: the workers setting]")
@click.option("--until-idle", is_flag=True, help="Exit once no job is due and nothing waits for clustering")
@click.option("--reports", "reports_dir", type=click.Path(path_type=Path), default=None,
              help="After each clustering pass, (re)write due reports here")
@click.option("--json", "as_json", is_flag=True, help="Print what this process did as JSON")
@click.pass_context
def worker(ctx: click.Context, threads: int | None, until_idle: bool, reports_dir: Path | None, as_json: bool) -> None:
    """Fetch feeds and pages from the shared PostgreSQL queue, with other workers on any number
    of machines; cluster new articles when the queue is drained. Runs until stopped (SIGTERM,
    Ctrl-C) unless --until-idle. Every worker must read the same sources file.

    \b
    Example:
        aggregator --db postgresql://aggregator@dbhost/aggregator worker --threads 16
    """
    from ..config.sources import load_sources
    from ..workers import run_worker

    settings = Settings.load(**ctx.obj)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):  # finish the jobs in hand, claim no more
        signal.signal(signum, lambda *_: stop.set())
    report = run_worker(settings, load_sources(settings.sources_path), threads=threads, until_idle=until_idle,
                        reports_dir=reports_dir, stop=stop)
    if as_json:
        click.echo(json.dumps(asdict(report), indent=2))
        return
    click.echo(f"{report.jobs} jobs: {report.feeds_fetched} feeds, {report.pages_stored} pages stored, "
               f"{report.pages_failed} failed; {report.clustering_passes} clustering passes")


def print_queue(queue: QueueStatus) -> None:
    """`aggregator status` on PostgreSQL: the work queue and the hosts with the most waiting."""
    click.echo(f"queue: {queue.pending} jobs pending, {queue.running} running, {queue.failed} failed"
               + (f", {queue.expired} whose worker died (run again after their lease)" if queue.expired else ""))
    if queue.workers:
        click.echo(f"workers busy: {', '.join(queue.workers)}")
    for h in queue.hosts:
        if h.pending or h.running or h.failed:
            click.echo(f"  {h.host}: {h.pending} pending, {h.running} running, {h.failed} failed, "
                       f"{h.in_flight} requests in flight, next request from {h.next_allowed_at:%H:%M:%S}")


def register(cli: click.Group) -> None:
    cli.add_command(db_group)
    cli.add_command(worker)
