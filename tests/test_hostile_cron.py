"""Hostile input never stops the cron (issue 19): one bad character reference, JSONL record,
clock or folder costs at most that item, with a log row or a one-line error naming it.

Each test reproduces one reported defect; it failed before the fix.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from click.testing import CliRunner

from aggregator.cli import cli
from aggregator.ingest.dates import server_now
from aggregator.ingest.imports import import_paths
from aggregator.ingest.sitemaps import parse_sitemap
from aggregator.models import Response
from aggregator.pipeline import ingest
from aggregator.status import status
from aggregator.store.sqlite import Store

from .pages import PARAGRAPHS, article_html, log_rows, rss, source

pytestmark = pytest.mark.reliability

SOURCES = "sources:\n  - {name: Quiet Wire, domain: quiet.example, country: GB, languages: [en], affiliation: wire, feeds: []}\n"
BAD_REFERENCES = ["&#xD83D;", "&#x110000;", "&#99999999999999999999;"]


@pytest.mark.parametrize("ref", BAD_REFERENCES)
def test_a_bad_character_reference_in_one_feed_costs_nothing_else(httpserver, settings, ref):
    """Before: feedparser raised (UnicodeEncodeError, ValueError, OverflowError), `run` exited 1
    and no article was stored, from this feed or any other."""
    pages = {}
    for name in ("good", "odd", "other"):
        pages[name] = httpserver.url_for(f"/{name}.html")
        httpserver.expect_request(f"/{name}.html").respond_with_data(
            article_html(f"Story {name}", [f"{p} ({name})" for p in PARAGRAPHS]), content_type="text/html")
    hostile = rss([(f"Odd {ref} title", pages["odd"]), ("Good title", pages["good"])])
    httpserver.expect_request("/hostile.xml").respond_with_data(hostile, content_type="application/rss+xml")
    httpserver.expect_request("/plain.xml").respond_with_data(rss([("Other", pages["other"])]),
                                                             content_type="application/rss+xml")
    store = Store(settings.db_path)
    report = ingest(store, [source(httpserver.url_for("/hostile.xml"), httpserver.url_for("/plain.xml"))], settings)
    assert report.feeds_fetched == 2 and report.articles_new == 3
    assert {a.title for a in store.articles()} == {"Story good", "Story odd", "Story other"}


@pytest.mark.parametrize("ref", BAD_REFERENCES)
def test_a_bad_character_reference_in_a_news_sitemap_title(ref):
    body = (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://a.example/1</loc>'
            f'<news:news><news:title>Odd {ref} title</news:title></news:news></url>'
            f'<url><loc>https://a.example/2</loc></url></urlset>').encode()
    sitemap = parse_sitemap(Response("https://a.example/s.xml", "https://a.example/s.xml", 200,
                                     {"content-type": "application/xml"}, body), "A", 10)
    assert [e.url for e in sitemap.entries] == ["https://a.example/1", "https://a.example/2"]
    assert sitemap.entries[0].title == "Odd \ufffd title"


def test_a_parser_failure_is_one_log_row_not_a_crash(httpserver, settings, monkeypatch):
    """Whatever a parser raises on hostile bytes, the feed gets one log row and the run goes on."""
    import aggregator.ingest.crawl as crawl

    def boom(*args, **kwargs):
        raise KeyError("parser bug")

    monkeypatch.setattr(crawl, "parse_feed", boom)
    httpserver.expect_request("/feed.xml").respond_with_data(rss([("A", "http://x.example/a")]),
                                                            content_type="application/rss+xml")
    store = Store(settings.db_path)
    report = ingest(store, [source(httpserver.url_for("/feed.xml"))], settings)
    assert report.feeds_failed == 1
    [row] = log_rows(store)
    assert "feed.xml: unreadable feed (KeyError" in row["reason"]


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_hostile_jsonl_records_cost_only_their_own_line(tmp_path, settings):
    """Before: a lone surrogate failed the SQLite write, 100,000 levels of nesting raised
    RecursionError; either aborted the import, losing every later record."""
    text = " ".join(PARAGRAPHS)
    good = {"outlet": "Good Wire", "url": "https://good.example/1", "title": "Good", "text": text}
    lines = [
        json.dumps(good),
        '{"outlet": "Odd Daily", "url": "https://odd.example/1", "title": "Odd \\ud83d title", "text": '
        + json.dumps(text + " odd") + "}",
        "[" * 100_000 + "]" * 100_000,
        json.dumps({**good, "url": "https://good.example/2", "title": "After", "text": text + " after"}),
    ]
    store = Store(settings.db_path)
    report = import_paths(store, [_jsonl(tmp_path / "r.jsonl", lines)], settings=settings)
    assert report.new == 3 and report.failed == 1
    titles = {a.title for a in store.articles()}
    assert titles == {"Good", "Odd \ufffd title", "After"}
    [bad] = log_rows(store)
    assert "r.jsonl line 3" in bad["reason"] and "nested too deeply" in bad["reason"]


def test_a_record_that_fails_to_store_leaves_no_outlet_row(tmp_path, settings, monkeypatch):
    """Before: the outlet row was written before the article, so a record that then failed left
    an outlet behind with no article; now both go in one transaction, and a log row names the line."""
    import aggregator.ingest.imports as imports

    real = imports.store_article

    def failing(store, article, **kw):
        if article.source == "Broken Outlet":
            raise ValueError("cannot store this record")
        return real(store, article, **kw)

    monkeypatch.setattr(imports, "store_article", failing)
    text = " ".join(PARAGRAPHS)
    lines = [json.dumps({"outlet": "Broken Outlet", "url": "https://b.example/1", "text": text}),
             json.dumps({"outlet": "Good Wire", "url": "https://g.example/1", "text": text + " more"})]
    store = Store(settings.db_path)
    report = import_paths(store, [_jsonl(tmp_path / "r.jsonl", lines)], settings=settings)
    assert report.new == 1 and report.failed == 1
    assert [s.name for s in store.stored_sources()] == ["Good Wire"]
    assert any("r.jsonl line 1" in r["reason"] and "cannot store" in r["reason"] for r in log_rows(store))


def test_server_date_overrides_a_local_clock_more_than_a_day_off():
    local = datetime(2020, 1, 1, tzinfo=UTC)
    server = datetime(2026, 1, 6, 9, tzinfo=UTC)
    now, skew = server_now({"date": format_datetime(server, usegmt=True)}, local)
    assert now == server and skew == server - local
    assert server_now({"date": format_datetime(local + timedelta(hours=5), usegmt=True)}, local) == (local, None)
    assert server_now({"date": "not a date"}, local) == (local, None)
    assert server_now({}, local) == (local, None)


def test_a_clock_that_is_behind_keeps_the_dates_and_says_so(httpserver, settings, monkeypatch):
    """Before: a run on a clock set years back dropped every date as 'after tomorrow', with no log
    row, and later runs got 304s so the dates were never repaired. The server here lives five years
    ahead of this machine: from its point of view, our clock is behind."""
    ahead = datetime.now(UTC).replace(microsecond=0) + timedelta(days=5 * 365)
    stamp = format_datetime(ahead, usegmt=True)
    # the server's one Date header (http.server stamps every response with this method)
    monkeypatch.setattr(BaseHTTPRequestHandler, "date_time_string", lambda self, timestamp=None: stamp)
    page = httpserver.url_for("/p.html")
    httpserver.expect_request("/p.html").respond_with_data(
        article_html("Future story", published=ahead.isoformat()), content_type="text/html")
    feed = rss([("Future story", page)]).replace("Tue, 06 Jan 2026 09:00:00 GMT", stamp)
    httpserver.expect_request("/feed.xml").respond_with_data(feed, content_type="application/rss+xml")
    store = Store(settings.db_path)
    report = ingest(store, [source(httpserver.url_for("/feed.xml"))], settings)
    assert report.clock_skewed == 1
    [article] = store.articles()
    assert article.published == ahead
    assert any(r["kind"] == "clock" and "local clock" in r["reason"] and "behind" in r["reason"]
               for r in log_rows(store))
    run_id = store.start_run("run")
    store.finish_run(run_id, "ok", {"clock_skewed": report.clock_skewed})
    assert "clock looks wrong" in status(settings).clock_warning


def test_status_counts_reports_where_run_wrote_them(tmp_path, settings):
    """Before: after `run --reports DIR`, `status` counted the reports as still to write in the
    default folder."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    store = Store(settings.db_path)
    store.report_written(str((elsewhere / "20260106-abc.md").resolve()), "20260106-abc", datetime(2026, 1, 6, tzinfo=UTC))
    report = status(settings)
    assert report.reports_dir == str(elsewhere.resolve())


def test_a_reports_path_that_is_a_file_is_one_line(tmp_path):
    (tmp_path / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    (tmp_path / "reportsfile").write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "x.db"), "--sources", str(tmp_path / "sources.yaml"),
                                      "run", "--reports", str(tmp_path / "reportsfile")])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    [line] = [ln for ln in result.output.splitlines() if ln.strip()]
    assert line.startswith("Error: ") and "reportsfile" in line and "a file where a folder is needed" in line


def test_a_lock_path_that_is_a_folder_is_one_line(tmp_path):
    (tmp_path / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    (tmp_path / "x.db.lock").mkdir()
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "x.db"), "--sources", str(tmp_path / "sources.yaml"),
                                      "run"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    [line] = [ln for ln in result.output.splitlines() if ln.strip()]
    assert line.startswith("Error: ") and "x.db.lock" in line


def test_terminal_control_sequences_never_reach_log_or_show(tmp_path, settings):
    """Before: a title with ESC]0;…BEL, CR or LF was printed as it is by `log` and `show`."""
    store = Store(settings.db_path)
    hostile = "Title\x1b]0;owned\x07 with\rCR and\nLF"
    store.log("page", "https://e.example/\x1b[2J", f"new {hostile}", source="Evil\x1b[31m", ok=True)
    result = CliRunner().invoke(cli, ["--db", str(settings.db_path), "log"])
    assert result.exit_code == 0, result.output
    assert not any(c in result.output for c in "\x1b\x07\r")
    assert len(result.output.strip().splitlines()) == 1
