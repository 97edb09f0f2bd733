"""Commands on events: cluster, recluster, events, show, merge, compare."""

from __future__ import annotations

import json
from datetime import UTC
from pathlib import Path

import click

from .. import plugins
from ..text import printable
from .base import MAX_BATCH_DAYS, as_dict, cli, event_json, print_counts, reading, settings_of, writing


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON")
@click.pass_context
def cluster(ctx: click.Context, as_json: bool) -> None:
    """Group articles not yet in an event into events (existing events keep their ids).

    \b
    Example:
        aggregator cluster
    """
    from ..pipeline import cluster as run_cluster

    settings = settings_of(ctx)
    with writing(settings) as store:
        report = run_cluster(store, settings)
    print_counts(report, as_json)


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

    from ..pipeline import recluster as run_recluster

    settings = settings_of(ctx)
    since = since.replace(tzinfo=UTC) if since else None
    with writing(settings) as store:
        report = run_recluster(store, settings, since=since, batch_days=batch_days)
    print_counts(report, as_json)


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
    store = reading(ctx)
    view = store.event_view(event_id)
    ev = view.event
    story_id = store.story_of_events([ev.id]).get(ev.id)
    story = _story_json(store, story_id) if story_id else None
    if as_json:
        data = {**event_json(ev), "merged_ids": list(view.merged_ids), "story": story,
                "articles": [as_dict(a) for a in view.articles]}
        click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))
        return
    click.echo(f"{ev.id}  {printable(ev.label)}")
    click.echo(f"  seen {ev.first_seen:%Y-%m-%d %H:%M} to {ev.last_seen:%Y-%m-%d %H:%M} UTC, "
               f"{len(view.articles)} articles from {len(set(ev.outlets))} outlets")
    click.echo(f"  keywords: {printable(', '.join(ev.keywords)) or '-'}")
    if view.merged_ids:
        click.echo(f"  merged from: {', '.join(view.merged_ids)}")
    if story:
        click.echo(f"  story {story['id']}: {printable(story['label'])} ({len(story['events'])} events)")
        for step in story["events"]:
            mark = "*" if step["id"] == ev.id else " "
            click.echo(f"   {mark} {step['first_seen'][:10]}  {step['id']}  {step['n_outlets']:2d} outlets  "
                       f"{printable(step['label'])}")
    for a in view.articles:
        when = f"{a.published:%Y-%m-%d %H:%M}" if a.published else "undated"
        sim = f"{a.similarity:.2f}" if a.similarity is not None else "  - "
        copy = f"  (copy of {a.copy_of})" if a.copy_of else ""
        click.echo(f"  {a.id}  {when}  {sim}  {printable(a.outlet)}: {printable(a.title)}{copy}")


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
    with writing(settings_of(ctx)) as store:
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
    store = reading(ctx)
    found = store.events()
    story_of = store.story_of_events([e.id for e in found])
    if as_json:
        rows = [{**event_json(e, store.articles_by_id(e.article_ids)), "story": story_of.get(e.id)} for e in found]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not found:
        click.echo("No events yet: run `aggregator run` (or `aggregator ingest` then `cluster`).")
    for ev in found:
        click.echo(f"{ev.id}  {ev.first_seen:%Y-%m-%d}  {len(ev.article_ids):3d} articles  "
                   f"{len(set(ev.outlets)):2d} outlets  {printable(ev.label)}")
        if ev.keywords:
            click.echo(f"{'':17}keywords: {printable(', '.join(ev.keywords))}")
        if ev.id in story_of:
            click.echo(f"{'':17}story: {printable(story_of[ev.id])}")


@cli.command()
@click.argument("event_id", required=False)
@click.option("--story", "story_id", default=None, help="Compare across a story's events (see `aggregator events`)")
@click.option("--format", "fmt", type=click.Choice(plugins.names(plugins.FORMATS)), default="md", show_default=True,
              help="md, json, html (the report as a document), page (the visual event page: fact grid, "
                   "timeline, side by side), or a format an installed package registers")
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
    from ..compare.stored import compare as run_compare
    from ..compare.stored import compare_story
    from ..render import render
    from ..store.contract import open_store

    if (event_id is None) == (story_id is None):
        raise click.UsageError("give an EVENT_ID or --story ID, not both")
    settings = settings_of(ctx)
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


def _story_json(store, story_id: str) -> dict:
    """A story with its timeline: its events, oldest first."""
    story = store.story(story_id)
    return {"id": story.id, "label": story.label, "first_seen": story.first_seen.isoformat(),
            "last_seen": story.last_seen.isoformat(),
            "events": [{"id": e.id, "label": e.label, "first_seen": e.first_seen.isoformat(),
                        "last_seen": e.last_seen.isoformat(), "n_articles": len(e.article_ids),
                        "n_outlets": len(set(e.outlets))} for e in store.events_by_id(story.event_ids)]}
