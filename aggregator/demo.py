"""`aggregator demo`: serve the bundled demo corpus on 127.0.0.1 and run the real pipeline on it.

The server is a fixture, not a shortcut: feeds and pages go over HTTP, through feedparser and
trafilatura, into SQLite, exactly as in a cron run. Files in the corpus write the literal token
``{{BASE_URL}}`` where a full URL is needed; the server replaces it with its own address.

The article pages carry each outlet's furniture (cookie banners, navigation, related links,
comments, footers) because extraction must be exercised on realistic pages; to keep that
furniture in one place per outlet, the corpus stores one Jinja2 template per outlet
(``templates/<outlet>.html.j2``) and one YAML file per article (``articles/<path>.yaml``: title,
byline, date, body and the other parts that differ between articles). The pages are rendered
into a temporary folder beside the static feeds (``site/``) before the server starts.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html
import json
import logging
import mimetypes
import os
import re
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from email.utils import formatdate
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from io import BytesIO
from pathlib import Path
from typing import Any

import jinja2

from .config.settings import Settings
from .config.sources import load_sources
from .errors import ConfigError
from .models import Event
from .runs import RunReport
from .store.sqlite import Store
from .yamlfile import read_yaml

log = logging.getLogger(__name__)

BASE_TOKEN = b"{{BASE_URL}}"
# The demo recreates its database and reports on every run, so it must never delete what it did
# not write: `--out .` would otherwise take README.md with it, `--demo-db` a real database.
# A table in the database marks it as the demo's; a list in the reports folder names the
# files the last demo wrote there, and only those are deleted.
DEMO_MARKER_TABLE = "aggregator_demo"
REPORTS_MANIFEST = ".aggregator-demo-reports"
# Written before a demo run writes reports: the report-like files already in the folder. A run
# that dies before it lists its reports leaves this file, and the next demo removes the
# report-like files that are not in it (they are that run's), so a crash leaves no stale reports.
REPORTS_PENDING = ".aggregator-demo-pending"
REPORT_SUFFIXES = (".md", ".json", ".html")
# A report's file name: its event id (`events.cluster.event_id_for`: date and six hex digits) and a suffix.
REPORT_NAME = re.compile(r"\d{8}-[0-9a-f]{6}(?:" + "|".join(map(re.escape, REPORT_SUFFIXES)) + ")")
CONTENT_TYPES = {".xml": "application/rss+xml", ".atom": "application/atom+xml",
                 ".rss": "application/rss+xml", ".html": "text/html"}
# What an article file may hold; anything else is a typo that would silently vanish from the page.
ARTICLE_FIELDS = ("title", "author", "published", "section", "description", "figure", "editor",
                  "related", "comments", "body")
ARTICLE_REQUIRED = ("title", "published", "body")


def default_corpus() -> Path:
    """The demo corpus, shipped inside the package (`aggregator/data/demo`), so `aggregator demo`
    works after a plain `pip install`, not only in a source checkout."""
    return Path(str(resources.files("aggregator").joinpath("data/demo")))


@dataclass(frozen=True)
class DemoArticle:
    """One article file: its page's path under the site (``outlet/.../name.html``), the outlet
    (the path's first folder, which names the template), the fields and the parsed date."""

    path: str
    outlet: str
    fields: Mapping[str, Any]
    when: datetime
    source: Path


def load_articles(corpus: Path | None = None) -> dict[str, DemoArticle]:
    """Every article file of the corpus by page path; `ConfigError` names a file that is not valid."""
    corpus = corpus or default_corpus()
    root = corpus / "articles"
    if not root.is_dir():
        raise ConfigError(f"{root}: demo articles not found")
    articles = {}
    for file in sorted(root.rglob("*.yaml")):
        path = file.relative_to(root).with_suffix(".html").as_posix()
        articles[path] = _load_article(file, path)
    for article in articles.values():
        missing = [p for p in article.fields["related"] if p not in articles]
        if missing:
            raise ConfigError(f"{article.source}: related pages not in the corpus: {', '.join(missing)}")
    return articles


def _load_article(file: Path, path: str) -> DemoArticle:
    data = read_yaml(file)
    if not isinstance(data, dict):
        raise ConfigError(f"{file}: a demo article is a mapping of fields")
    unknown = sorted(set(data) - set(ARTICLE_FIELDS))
    missing = [k for k in ARTICLE_REQUIRED if not isinstance(data.get(k), str)]
    if unknown or missing:
        raise ConfigError(f"{file}: unknown fields {unknown} / missing text fields {missing}")
    try:
        when = datetime.fromisoformat(data["published"])
    except ValueError as exc:
        raise ConfigError(f"{file}: published {data['published']!r} is not an ISO date: {exc}") from exc
    fields = {key: data.get(key) for key in ARTICLE_FIELDS}
    fields["related"] = list(fields["related"] or [])
    fields["comments"] = list(fields["comments"] or [])
    return DemoArticle(path=path, outlet=path.split("/", 1)[0], fields=fields, when=when, source=file)


def _environment(corpus: Path) -> jinja2.Environment:
    """Templates of the outlets. No autoescaping: bodies are HTML fragments of our own writing
    and text fields are written as they stand in the page; attribute values go through `attr`
    (the `&#x27;` style of `html.escape`) and JSON-LD strings through `json`."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(corpus / "templates"), autoescape=False,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True)
    env.filters["attr"] = html.escape
    env.filters["json"] = partial(json.dumps, ensure_ascii=False)
    return env


def render_pages(corpus: Path | None = None) -> dict[str, bytes]:
    """Every article page of the corpus, by path under the site, as the server sends it (with
    the ``{{BASE_URL}}`` token still in place)."""
    corpus = corpus or default_corpus()
    articles = load_articles(corpus)
    env = _environment(corpus)
    pages = {}
    for path, article in articles.items():
        related = [{"path": "/" + p, "page": articles[p].fields, "when": articles[p].when}
                   for p in article.fields["related"]]
        try:
            template = env.get_template(f"{article.outlet}.html.j2")
            text = template.render(page=article.fields, when=article.when, path=path, related=related,
                                   url=f"{BASE_TOKEN.decode()}/{path}")
        except jinja2.TemplateError as exc:
            raise ConfigError(f"{article.source}: cannot render with templates/{article.outlet}.html.j2: "
                              f"{exc}") from exc
        pages[path] = text.encode("utf-8")
    return pages


def build_site(corpus: Path, dest: Path) -> Path:
    """The served site in `dest`: the static files of ``site/`` (feeds) and the rendered pages.
    A page's modification time is its article file's or template's, whichever is newer, so the
    Last-Modified a second run sees does not change between builds."""
    shutil.copytree(corpus / "site", dest, dirs_exist_ok=True)
    articles = load_articles(corpus)
    for path, body in render_pages(corpus).items():
        target = dest / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
        source = articles[path].source
        stamp = max(source.stat().st_mtime, (corpus / "templates" / f"{articles[path].outlet}.html.j2").stat().st_mtime)
        os.utime(target, (stamp, stamp))
    return dest


@contextmanager
def serve_corpus(corpus: Path | None = None, port: int = 0) -> Iterator[str]:
    """Build the demo site in a temporary folder and serve it (see `serve_directory`)."""
    corpus = corpus or default_corpus()
    with tempfile.TemporaryDirectory(prefix="aggregator-demo-") as tmp:
        with serve_directory(build_site(corpus, Path(tmp)), port=port) as base:
            yield base


class _Handler(SimpleHTTPRequestHandler):
    """Static files with {{BASE_URL}} filled in; quiet, no directory listings."""

    base_url = b""

    def send_head(self):  # the stdlib hook behind GET and HEAD
        path = Path(self.translate_path(self.path))
        if not path.is_file():
            self.send_error(404, "Not found")
            return None
        body = path.read_bytes().replace(BASE_TOKEN, self.base_url)
        ctype = CONTENT_TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype.endswith("xml"):
            ctype += "; charset=utf-8"
        # Validators like a real site's, so a second run gets 304s for unchanged feeds.
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        modified = formatdate(int(path.stat().st_mtime), usegmt=True)
        if self.headers.get("If-None-Match") == etag or (
                "If-None-Match" not in self.headers and self.headers.get("If-Modified-Since") == modified):
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return None
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", modified)
        self.end_headers()
        return BytesIO(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve_directory(root: Path, port: int = 0) -> Iterator[str]:
    """Serve `root` on 127.0.0.1 (a free port unless `port`); yields the base URL; stops on exit."""
    handler = type("DemoHandler", (_Handler,), {})
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(handler, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    handler.base_url = base.encode()  # type: ignore[attr-defined]  # a class made for this server
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()


@dataclass(frozen=True)
class DemoResult:
    run: RunReport
    events: tuple[Event, ...]
    reports_dir: Path
    db_path: Path
    base_url: str


def run_demo(settings: Settings, corpus: Path | None = None, fresh: bool = True) -> DemoResult:
    """Run ingest → cluster → reports on the demo corpus; `fresh` starts from an empty database."""
    from .pipeline import run

    corpus = corpus or default_corpus()
    sources_file = corpus / "sources.yaml"
    if not all((corpus / name).exists() for name in ("site", "articles", "templates", "sources.yaml")):
        raise ConfigError(f"{corpus}: demo corpus not found (expected site/, articles/, templates/ and "
                          "sources.yaml)")
    if fresh:
        remove_demo_database(settings.db_path)
        remove_demo_reports(settings.reports_dir)
    if fresh or not settings.db_path.exists():
        mark_demo_database(settings.db_path)  # never on a database that was there before
    settings = dataclasses.replace(settings, per_host_delay=0.0)  # our own server on loopback
    _mark_pending(settings.reports_dir)
    with serve_corpus(corpus) as base:
        sources = load_sources(sources_file, substitutions={"BASE_URL": base})
        report = run(settings, sources)
    _write_reports_manifest(settings.reports_dir, report.report_paths)
    events = tuple(Store(settings.db_path).events())
    return DemoResult(run=report, events=events, reports_dir=settings.reports_dir,
                      db_path=settings.db_path, base_url=base)


def is_demo_database(path: Path) -> bool:
    """Whether `path` is an SQLite database that a demo run created (it holds the marker table)."""
    try:
        con = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        log.debug("%s: cannot open: %s", path, exc)
        return False
    try:
        row = con.execute("select 1 from sqlite_master where type = 'table' and name = ?",
                          [DEMO_MARKER_TABLE]).fetchone()
    except sqlite3.Error as exc:  # not an SQLite file at all ("file is not a database")
        log.debug("%s: not a database: %s", path, exc)
        return False
    finally:
        con.close()
    return row is not None


def remove_demo_database(path: Path) -> None:
    """Delete the previous demo database; refuse (`ConfigError`) a file the demo did not create."""
    if not Path(path).exists():
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        return
    if not is_demo_database(path):
        raise ConfigError(f"{path}: exists and is not a demo database; the demo deletes only a database "
                          "it created (choose another --demo-db)")
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def mark_demo_database(path: Path) -> None:
    """Create (or keep) the marker table that lets the next demo delete this database."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as con:
        con.execute(f"create table if not exists {DEMO_MARKER_TABLE} (created_at text)")
        con.execute(f"insert into {DEMO_MARKER_TABLE} values (datetime('now'))")
    con.close()


def remove_demo_reports(folder: Path) -> None:
    """Delete the report files the last demo listed in `folder`, or, when it died before listing
    them, the report files it wrote (named as reports and not there before it started); nothing else."""
    pending = folder / REPORTS_PENDING
    if pending.is_file():
        before = set(pending.read_text(encoding="utf-8").splitlines())
        for path in folder.iterdir():
            if path.is_file() and REPORT_NAME.fullmatch(path.name) and path.name not in before:
                path.unlink(missing_ok=True)
        pending.unlink()
    manifest = folder / REPORTS_MANIFEST
    if not manifest.is_file():
        return
    for name in manifest.read_text(encoding="utf-8").splitlines():
        # only plain file names of reports, so an edited list cannot reach outside the folder
        if not name or Path(name).name != name or not name.endswith(REPORT_SUFFIXES):
            log.warning("%s: ignoring entry %r", manifest, name)
            continue
        (folder / name).unlink(missing_ok=True)
    manifest.unlink()


def _mark_pending(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    names = sorted(p.name for p in folder.iterdir() if p.is_file() and REPORT_NAME.fullmatch(p.name))
    (folder / REPORTS_PENDING).write_text("".join(f"{n}\n" for n in names), encoding="utf-8")


def _write_reports_manifest(folder: Path, paths: tuple[str, ...] | list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    names = [Path(p).name for p in paths if Path(p).parent.resolve() == folder.resolve()]
    (folder / REPORTS_MANIFEST).write_text("".join(f"{n}\n" for n in names), encoding="utf-8")
    (folder / REPORTS_PENDING).unlink(missing_ok=True)
