"""Commands that run the whole pipeline or publish it: run, status, backup, site, serve, demo."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..config.settings import Settings
from ..errors import BusyError
from ..text import printable
from .base import LOG_HINT, as_dict, cli, event_json, reading, settings_of, writing


@cli.command()
@click.option("--out", "reports_dir", type=click.Path(path_type=Path), default=Path("reports/demo"),
              show_default=True, help="Folder for the reports")
@click.option("--demo-db", type=click.Path(path_type=Path), default=Path("db/demo.db"),
              show_default=True, help="Database for the demo (recreated each time)")
@click.option("--corpus", type=click.Path(path_type=Path), default=None,
              help="Demo corpus folder [default: the bundled aggregator/data/demo]")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON")
@click.pass_context
def demo(ctx: click.Context, reports_dir: Path, demo_db: Path, corpus: Path | None, as_json: bool) -> None:
    """Serve the bundled demo corpus on 127.0.0.1 and run the whole pipeline on it.

    \b
    Example:
        aggregator demo --out reports/demo
    """
    from ..demo import run_demo

    settings = Settings.load(**{**ctx.obj, "db_path": demo_db, "reports_dir": reports_dir})
    result = run_demo(settings, corpus)
    summary = {
        "database": str(result.db_path),
        "ingest": as_dict(result.run.ingest),
        "events": [event_json(e) for e in result.events],
        "reports": list(result.run.report_paths),
        "site": result.run.site_dir or None,
    }
    if as_json:
        click.echo(json.dumps(summary, indent=2, ensure_ascii=False))
        return
    ing = result.run.ingest
    click.echo(f"Served the demo corpus at {result.base_url}")
    click.echo(f"Ingested {ing.articles_new} articles from {ing.feeds_fetched} feeds "
               f"({ing.entries_seen} feed entries, {ing.failures} failures) into {result.db_path}")
    click.echo(f"{len(result.events)} events:")
    for ev in result.events:
        click.echo(f"  {ev.id}  {len(ev.article_ids)} articles, {len(set(ev.outlets))} outlets  {ev.label}")
        if ev.keywords:
            click.echo(f"      keywords: {', '.join(ev.keywords)}")
        for outlet in sorted(set(ev.outlets)):
            click.echo(f"      - {outlet}")
    click.echo(f"Reports in {result.reports_dir}/:")
    for path in result.run.report_paths:
        click.echo(f"  {path}")
    if result.run.site_dir:
        index = (Path(result.run.site_dir) / "index.html").resolve()
        click.echo(f"Site ({result.run.site_written} files written): open {index.as_uri()}")
        click.echo(f"Live, with search and the JSON API: aggregator --db {result.db_path} serve, "
                   "then open http://127.0.0.1:8000/")


@cli.command()
@click.option("--reports", "reports_dir", type=click.Path(path_type=Path), default=None,
              help="Folder for the reports [default: reports, env AGGREGATOR_REPORTS_DIR]")
@click.option("--wait", is_flag=True,
              help="If another run is in progress, wait for it (up to lock_timeout) instead of skipping")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON")
@click.pass_context
def run(ctx: click.Context, reports_dir: Path | None, wait: bool, as_json: bool) -> None:
    """Ingest, cluster and (re)write every missing or stale report: the cron entry point.

    A run started while another is in progress says so in one line and exits 0 (cron's next
    run will catch up); `--wait` waits for it instead.

    \b
    Example (crontab, every 30 minutes):
        */30 * * * * cd /srv/aggregator && .venv/bin/aggregator run >> db/cron.log 2>&1
    """
    from ..config.sources import load_sources
    from ..pipeline import run as run_pipeline

    settings = settings_of(ctx, reports_dir=reports_dir)
    try:
        report = run_pipeline(settings, load_sources(settings.sources_path), wait=wait)
    except BusyError as exc:
        click.echo(f"skipped: {exc}", err=True)
        return
    if as_json:
        click.echo(json.dumps({"ingest": as_dict(report.ingest), "cluster": as_dict(report.cluster),
                               "reports": list(report.report_paths)}, indent=2))
        return
    ing, clu = report.ingest, report.cluster
    click.echo(f"feeds: {ing.feeds_fetched} fetched, {ing.feeds_not_modified} not modified, "
               f"{ing.feeds_failed} failed; articles: {ing.articles_new} new, "
               f"{ing.articles_unchanged} already known, {ing.failures} failed")
    click.echo(f"events: {clu.articles_assigned} articles assigned, {clu.events_created} new events"
               + (f", merged {', '.join(f'{m.old_id} -> {m.into_id}' for m in clu.merges)}" if clu.merges else ""))
    for path in report.report_paths:
        click.echo(f"wrote {path}")
    if report.site_dir:
        click.echo(f"site: {report.site_written} files written in {report.site_dir}")
    if ing.feeds_failed or ing.failures:
        click.echo(LOG_HINT)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON")
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """Say whether a run is in progress, what the last runs did, and what is failing.

    \b
    Example:
        aggregator status
    """
    from ..status import status as read_status

    report = read_status(settings_of(ctx))
    if as_json:
        click.echo(json.dumps(as_dict(report), indent=2, ensure_ascii=False, default=str))
        return
    click.echo(f"database: {report.database}")
    if report.run_in_progress:
        r = report.run_in_progress
        click.echo(f"run in progress: #{r.id} since {r.started_at} (pid {r.pid} on {r.host})")
    else:
        click.echo("no run in progress")
    for r in report.runs[:5]:
        counts = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in r.counts if v)
        ended = f"ended {r.finished_at}" if r.finished_at else "did not end"
        detail = f": {printable(r.error)}" if r.error else (f": {counts}" if counts else "")
        click.echo(f"  #{r.id} {r.command} started {r.started_at}, {ended}, {r.outcome}{detail}")
    click.echo(f"waiting: {report.pending_articles} articles to cluster, {report.due_pages} pages to retry, "
               f"{report.reports_due} event reports to write (in {report.reports_dir})")
    if report.clock_warning:
        click.echo(f"clock: {report.clock_warning}")
    for h in report.failing_sources:
        click.echo(f"failing: {h.source}: {h.failures} of {h.attempts} fetches failed in the last week; "
                   f"last: {h.last_failure}")
    for f in report.stale_feeds:
        seen = f"last good answer {f.last_ok}" if f.last_ok else "never answered well"
        click.echo(f"stale feed: {f.source}: {f.url} ({seen}, last status {f.last_status})")
    if report.queue is not None:  # PostgreSQL: the shared queue of `aggregator worker`
        from .scale import print_queue

        print_queue(report.queue)


@cli.command()
@click.argument("destination", type=click.Path(path_type=Path))
@click.pass_context
def backup(ctx: click.Context, destination: Path) -> None:
    """Copy the database to a new file, consistently, even while a run is writing.

    \b
    Example (crontab, nightly):
        15 3 * * * cd /srv/aggregator && .venv/bin/aggregator backup backups/$(date +\\%F).db
    """
    path = reading(ctx).backup(destination)
    click.echo(f"backed up to {path}")


@cli.command()
@click.option("-o", "--output", "folder", type=click.Path(path_type=Path), default=None,
              help="Folder for the site [default: site_dir, i.e. <reports>/site]")
@click.option("--json", "as_json", is_flag=True, help="Print what was written as JSON")
@click.pass_context
def site(ctx: click.Context, folder: Path | None, as_json: bool) -> None:
    """Write the static site: index.html, a page per event and per outlet, feed.atom.

    Only pages whose event (or template) changed are rewritten; comparisons missing from the
    database's cache are computed first. Open index.html in a browser, no server needed.

    \b
    Example:
        aggregator site -o public/
    """
    from ..render.site import site_dir, write_site

    settings = settings_of(ctx)
    folder = folder or site_dir(settings)
    if folder is None:
        raise click.UsageError("site_dir is 'none': give a folder with -o")
    with writing(settings) as store:  # the comparison cache is written
        report = write_site(store, settings, folder)
    if as_json:
        click.echo(json.dumps({"folder": str(report.folder), "written": list(report.written),
                               "unchanged": report.unchanged, "removed": list(report.removed)}, indent=2))
        return
    click.echo(f"site in {report.folder}: {len(report.written)} files written, {report.unchanged} unchanged, "
               f"{len(report.removed)} removed")
    click.echo(f"open {(report.folder / 'index.html').resolve().as_uri()}")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port (0: any free one)")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int) -> None:
    """Serve the site live from the database, with full-text search and a read-only JSON API.

    Reads only (no lock is taken), so it runs beside cron. API: /api/events,
    /api/events/ID, /api/events/ID/comparison, /api/outlets/NAME, /api/search?q=WORDS.

    \b
    Example:
        aggregator serve --port 8000
    """
    import uvicorn

    from ..store.names import display_name
    from ..web import create_app

    settings = settings_of(ctx)
    app = create_app(settings)
    click.echo(f"serving {display_name(settings.database)} read-only on http://{host}:{port}/ (Ctrl-C stops)",
               err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
