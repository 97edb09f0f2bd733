"""Fetching against a real HTTP server on 127.0.0.1 that misbehaves on purpose."""

from __future__ import annotations

import gzip
import time

import pytest
from werkzeug import Response as WResponse

from aggregator.config import Settings
from aggregator.errors import FetchError
from aggregator.fetch import Fetcher, check_url


@pytest.fixture
def fetcher(settings):
    with Fetcher(settings) as f:
        yield f


def test_follows_redirects_and_reports_permanent_ones(httpserver, fetcher):
    httpserver.expect_request("/old").respond_with_response(
        WResponse(status=301, headers={"Location": "/new"}))
    httpserver.expect_request("/new").respond_with_data("<rss/>", content_type="application/rss+xml")
    resp = fetcher.get(httpserver.url_for("/old"), allow_private=True)
    assert resp.status == 200 and resp.url.endswith("/new") and resp.permanent_redirect


def test_temporary_redirect_is_not_permanent(httpserver, fetcher):
    httpserver.expect_request("/tmp").respond_with_response(
        WResponse(status=302, headers={"Location": "/there"}))
    httpserver.expect_request("/there").respond_with_data("ok")
    assert not fetcher.get(httpserver.url_for("/tmp"), allow_private=True).permanent_redirect


def test_redirect_loop_is_an_error(httpserver, fetcher):
    httpserver.expect_request("/loop").respond_with_response(
        WResponse(status=302, headers={"Location": "/loop"}))
    with pytest.raises(FetchError, match="redirects"):
        fetcher.get(httpserver.url_for("/loop"), allow_private=True)


def test_http_error_names_url_and_status(httpserver, fetcher):
    httpserver.expect_request("/broken").respond_with_data("boom", status=500)
    with pytest.raises(FetchError, match=r"/broken: HTTP 500"):
        fetcher.get(httpserver.url_for("/broken"), allow_private=True)


def test_slow_response_times_out(httpserver, tmp_path):
    def slow(request):
        time.sleep(2)
        return WResponse("late")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    with Fetcher(Settings.load(timeout=0.5)) as f, pytest.raises(FetchError, match="timed out"):
        f.get(httpserver.url_for("/slow"), allow_private=True)


def test_huge_body_is_cut(httpserver):
    httpserver.expect_request("/huge").respond_with_data(b"x" * 200_000)
    with Fetcher(Settings.load(max_bytes=50_000)) as f, pytest.raises(FetchError, match="exceeds limit"):
        f.get(httpserver.url_for("/huge"), allow_private=True)


def test_gzip_bomb_is_cut_after_decompression(httpserver):
    bomb = gzip.compress(b"\0" * 5_000_000)
    assert len(bomb) < 50_000
    httpserver.expect_request("/bomb").respond_with_data(
        bomb, headers={"Content-Encoding": "gzip"}, content_type="text/html")
    with Fetcher(Settings.load(max_bytes=1_000_000)) as f, pytest.raises(FetchError, match="exceeds limit"):
        f.get(httpserver.url_for("/bomb"), allow_private=True)


def test_private_hosts_refused_unless_allowed(httpserver, fetcher):
    httpserver.expect_request("/x").respond_with_data("ok")
    with pytest.raises(FetchError, match="refused"):
        fetcher.get(httpserver.url_for("/x"))
    assert fetcher.get(httpserver.url_for("/x"), allow_private=True).body == b"ok"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/x", "http://169.254.169.254/latest"])
def test_unsafe_urls_refused(url):
    with pytest.raises(FetchError):
        check_url(url, allow_private=False)
