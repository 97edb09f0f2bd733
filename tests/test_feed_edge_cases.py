"""feedparser's own edge-case feeds (../shared/data/feeds-edge-cases), served over real HTTP
with their `Header:` lines: every one goes through ingestion without a crash, decodes as
feedparser expects (or better), and every failure is one fetch-log row naming feed and reason."""

from __future__ import annotations

import codecs
import json
import re

import feedparser
import pytest
from werkzeug import Response as WResponse

from aggregator.errors import FeedError
from aggregator.ingest.feeds import feed_headers, parse_feed, read_feed
from aggregator.ingest.fetch import Fetcher
from aggregator.pipeline import ingest
from aggregator.store.sqlite import Store

from .conftest import SHARED
from .pages import source

EDGE = SHARED / "data" / "feeds-edge-cases"
CASES = [json.loads(line) for line in (EDGE / "MANIFEST.jsonl").open()] if EDGE.is_dir() else []
pytestmark = pytest.mark.skipif(not CASES, reason=f"edge-case feeds not found at {EDGE}")


def serve(httpserver, case: dict) -> str:
    body = (EDGE / case["path"]).read_bytes()
    headers = {}
    if case["http_header"]:
        name, _, value = case["http_header"].partition(":")
        headers[name.strip()] = value.strip()

    def handler(request):
        response = WResponse(body, headers=headers)
        if not case["http_header"]:
            del response.headers["Content-Type"]  # werkzeug adds text/plain; the case sends none
        return response

    path = "/" + case["path"]
    httpserver.expect_request(path).respond_with_handler(handler)
    return httpserver.url_for(path)


def skip_unless_holds(case: dict) -> bool:
    """The case's own SkipUnless line (e.g. needs the chardet package, which we do not use)."""
    head = (EDGE / case["path"]).read_bytes()[:600].decode("latin-1")
    match = re.search(r"SkipUnless:\s*(.+)", head)
    if not match:
        return True
    try:
        eval(match.group(1).strip(), {"__import__": __import__})  # noqa: S307 - test data's own guard
    except Exception:
        return False
    return True


def test_every_edge_case_feed_survives_ingestion_with_one_log_row_each(httpserver, settings):
    urls = [serve(httpserver, case) for case in CASES]
    store = Store(settings.db_path)
    report = ingest(store, [source(*urls)], settings)  # must not raise
    rows = list(store.db["fetch_log"].rows_where("kind = 'feed'"))
    by_url: dict[str, list[dict]] = {}
    for row in rows:
        by_url.setdefault(row["url"], []).append(row)
    assert sorted(by_url) == sorted(urls)
    assert all(len(v) == 1 for v in by_url.values())
    failures = [r for r in rows if not r["ok"]]
    assert len(failures) == report.feeds_failed
    for row in failures:
        assert row["reason"].startswith(row["url"]) and len(row["reason"]) > len(row["url"]) + 5
        assert "\n" not in row["reason"] and "Traceback" not in row["reason"]
    assert report.feeds_fetched + report.feeds_failed == len(CASES)
    assert report.feeds_fetched >= 85  # most are fine feeds with odd encodings, not failures


def expectation(case: dict) -> str:
    """The case's Expect line (the manifest lacks it for UTF-16/32 files: read it from the file)."""
    if case["expect"]:
        return case["expect"]
    raw = (EDGE / case["path"]).read_bytes()
    for codec in ("utf-8-sig", "utf-32", "utf-16", "utf-32-be", "utf-32-le", "utf-16-be", "utf-16-le"):
        try:
            match = re.search(r"Expect:\s*(.+)", raw.decode(codec))
        except UnicodeDecodeError:
            continue
        if match:
            return match.group(1).strip()
    raise AssertionError(f"no Expect line in {case['path']}")


@pytest.mark.parametrize("case", CASES, ids=[c["path"] for c in CASES])
def test_edge_case_decodes_as_feedparser_expects(httpserver, settings, case):
    url = serve(httpserver, case)
    with Fetcher(settings) as fetcher:
        response = fetcher.get(url, allow_private=True, respect_robots=False)
    try:
        parse_feed(response, "edge")  # what ingestion uses; must not raise anything else
    except FeedError as exc:
        assert str(exc).startswith(url)
    expect = expectation(case)
    ours = read_feed(response)
    if ours.get("redetected_encoding") and "encoding ==" in expect:
        # feedparser alone falls back to windows-1252 here (it would need chardet); we detect
        # the encoding instead, so the title must be the bytes decoded as the case says.
        named = re.search(r"encoding == '([^']+)'", expect).group(1)
        assert codecs.lookup(ours["redetected_encoding"]).name == codecs.lookup(named).name
        title = re.search(rb"<title>(.*?)</title>", (EDGE / case["path"]).read_bytes(), re.S)
        if title:
            first = ours["feed"].get("title") or ours["entries"][0].get("title")
            assert first == title.group(1).decode(named).strip()
        return
    if not skip_unless_holds(case):
        pytest.skip("the case's SkipUnless guard does not hold here")
    # The bytes and headers as our fetcher delivered them give feedparser's expected result.
    plain = feedparser.parse(response.body, response_headers=feed_headers(response))
    assert eval(expect, {"feedparser": feedparser}, plain), expect  # noqa: S307 - the case's own
