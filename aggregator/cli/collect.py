"""Commands that bring pages in and show what came in: ingest, import, extract, history, log, sources."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..text import printable
from .base import LOG_HINT, MAX_LOG_ROWS, as_dict, cli, print_counts, reading, settings_of, writing


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON")
@click.pass_context
def ingest(ctx: click.Context, as_json: bool) -> None:
    """Fetch all feeds in the sources file and store new articles.

    \b
    Example:
        aggregator --sources sources.yaml ingest
    """
    from ..config.sources import load_sources
    from ..pipeline import ingest as run_ingest

    settings = settings_of(ctx)
    sources = load_sources(settings.sources_path)
    with writing(settings) as store:
        report = run_ingest(store, sources, settings)
    print_counts(report, as_json)


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
    entries = reading(ctx).fetch_log(errors_only=errors, limit=limit)
    if as_json:
        click.echo(json.dumps([as_dict(e) for e in entries], indent=2, ensure_ascii=False, default=str))
        return
    for e in entries:
        mark = "ok  " if e.ok else "FAIL"
        at = e.at.isoformat(timespec="seconds") if e.at else "-"
        # printable: a title or URL from a hostile feed may carry ESC]0;…BEL, CR or LF
        click.echo(f"{at}  {mark}  {printable(e.kind):7} {printable(e.source) or '-'}: {printable(e.reason)}")


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
    from ..ingest.imports import import_paths

    settings = settings_of(ctx)
    with writing(settings) as store:
        report = import_paths(store, list(paths), outlet, url, published, settings)
    print_counts(report, as_json)
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
    from ..ingest.crawl import extract_one

    page = extract_one(target, settings_of(ctx), allow_private=allow_private,
                       respect_robots=not ignore_robots)
    if as_json:
        click.echo(json.dumps(as_dict(page), indent=2, ensure_ascii=False, default=str))
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
    from ..text import text_diff

    versions = reading(ctx).article_history(url)
    if as_json:
        click.echo(json.dumps([as_dict(v) for v in versions], indent=2, ensure_ascii=False, default=str))
        return
    for i, version in enumerate(versions):
        label = "current" if i == len(versions) - 1 else f"version {i + 1}"
        click.echo(f"== {label}: fetched {version.fetched_at}, {len(version.text)} characters, "
                   f"hash {version.content_hash[:12]}")
        if i:
            diff = text_diff(versions[i - 1].text, version.text)
            click.echo(printable(diff, one_line=False) or "(text unchanged; title or metadata only)")


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
    from ..config.sources import load_sources

    outlets = load_sources(settings_of(ctx).sources_path)
    if as_json:
        click.echo(json.dumps([as_dict(s) for s in outlets], indent=2, ensure_ascii=False))
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
    from ..config.opml import import_opml

    sources_path = settings_of(ctx).sources_path
    result = import_opml(opml_file, sources_path, country=country, affiliation=affiliation, language=language)
    if as_json:
        click.echo(json.dumps(as_dict(result), indent=2, ensure_ascii=False))
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
    from ..config.opml import export_opml_file

    text = export_opml_file(settings_of(ctx).sources_path)
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}")
    else:
        click.echo(text, nl=False)
