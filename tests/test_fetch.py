"""Fetching against a real HTTP server on 127.0.0.1 that misbehaves on purpose."""

from __future__ import annotations

import gzip
import threading
import time

import pytest
from werkzeug import Response as WResponse

from aggregator.config.settings import Settings
from aggregator.errors import FetchError
from aggregator.ingest.fetch import Fetcher, HostLimiter, check_url

from .pages import gap_after_a_slow_sender


@pytest.fixture
def fetcher(settings):
    with Fetcher(settings) as f:
        yield f


def test_follows_redirects_and_reports_permanent_ones(httpserver, fetcher):
    httpserver.expect_request("/old").respond_with_response(
        WResponse(status=301, headers={"Location": "/new"}))
    httpserver.expect_request("/new").respond_with_data("<rss/>", content_type="application/rss+xml")
    resp = fetcher.get(httpserver.url_for("/old"), allow_private=True, respect_robots=False)
    assert resp.status == 200 and resp.url.endswith("/new") and resp.permanent_redirect


def test_temporary_redirect_is_not_permanent(httpserver, fetcher):
    httpserver.expect_request("/tmp").respond_with_response(
        WResponse(status=302, headers={"Location": "/there"}))
    httpserver.expect_request("/there").respond_with_data("ok")
    assert not fetcher.get(httpserver.url_for("/tmp"), allow_private=True, respect_robots=False).permanent_redirect


def test_redirect_loop_is_an_error(httpserver, fetcher):
    httpserver.expect_request("/loop").respond_with_response(
        WResponse(status=302, headers={"Location": "/loop"}))
    with pytest.raises(FetchError, match="redirects"):
        fetcher.get(httpserver.url_for("/loop"), allow_private=True, respect_robots=False)


def test_http_error_names_url_and_status(httpserver, fetcher):
    httpserver.expect_request("/broken").respond_with_data("boom", status=500)
    with pytest.raises(FetchError, match=r"/broken: HTTP 500"):
        fetcher.get(httpserver.url_for("/broken"), allow_private=True, respect_robots=False)


def test_slow_response_times_out(httpserver, tmp_path):
    def slow(request):
        time.sleep(2)
        return WResponse("late")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    with Fetcher(Settings.load(timeout=0.5, retries=0)) as f, pytest.raises(FetchError, match="timed out"):
        f.get(httpserver.url_for("/slow"), allow_private=True, respect_robots=False)


def test_huge_body_is_cut(httpserver):
    httpserver.expect_request("/huge").respond_with_data(b"x" * 200_000)
    with Fetcher(Settings.load(max_bytes=50_000, retries=0)) as f, pytest.raises(FetchError, match="exceeds limit"):
        f.get(httpserver.url_for("/huge"), allow_private=True, respect_robots=False)


def test_gzip_bomb_is_cut_after_decompression(httpserver):
    bomb = gzip.compress(b"\0" * 5_000_000)
    assert len(bomb) < 50_000
    httpserver.expect_request("/bomb").respond_with_data(
        bomb, headers={"Content-Encoding": "gzip"}, content_type="text/html")
    with Fetcher(Settings.load(max_bytes=1_000_000, retries=0)) as f, pytest.raises(FetchError, match="exceeds limit"):
        f.get(httpserver.url_for("/bomb"), allow_private=True, respect_robots=False)


def test_private_hosts_refused_unless_allowed(httpserver, fetcher):
    httpserver.expect_request("/x").respond_with_data("ok")
    with pytest.raises(FetchError, match="refused"):
        fetcher.get(httpserver.url_for("/x"))
    assert fetcher.get(httpserver.url_for("/x"), allow_private=True, respect_robots=False).body == b"ok"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/x", "http://169.254.169.254/latest"])
def test_unsafe_urls_refused(url):
    with pytest.raises(FetchError):
        check_url(url, allow_private=False)


def test_retries_5xx_with_backoff_then_succeeds(httpserver, settings):
    calls = []

    def flaky(request):
        calls.append(time.monotonic())
        return WResponse("busy", status=503) if len(calls) < 3 else WResponse("ok")

    httpserver.expect_request("/flaky").respond_with_handler(flaky)
    with Fetcher(Settings.load(retries=2, backoff=0.2)) as f:
        assert f.get(httpserver.url_for("/flaky"), allow_private=True, respect_robots=False).body == b"ok"
    assert len(calls) == 3
    assert calls[1] - calls[0] >= 0.19 and calls[2] - calls[1] >= 0.39  # 0.2 s, then doubled


def test_honours_retry_after_on_429(httpserver):
    calls = []

    def limited(request):
        calls.append(time.monotonic())
        if len(calls) == 1:
            return WResponse("slow down", status=429, headers={"Retry-After": "1"})
        return WResponse("ok")

    httpserver.expect_request("/limited").respond_with_handler(limited)
    with Fetcher(Settings.load(retries=1, backoff=0.05)) as f:
        f.get(httpserver.url_for("/limited"), allow_private=True, respect_robots=False)
    assert calls[1] - calls[0] >= 0.95


def test_gives_up_when_retry_after_is_too_long(httpserver):
    httpserver.expect_request("/later").respond_with_data("", status=503, headers={"Retry-After": "3600"})
    with Fetcher(Settings.load(retries=3, max_retry_after=60)) as f, pytest.raises(FetchError, match="retry after 3600s"):
        f.get(httpserver.url_for("/later"), allow_private=True, respect_robots=False)


def test_persistent_5xx_is_an_error_after_all_attempts(httpserver):
    httpserver.expect_request("/down").respond_with_data("", status=502)
    with Fetcher(Settings.load(retries=1, backoff=0.01)) as f, pytest.raises(FetchError, match="HTTP 502 .after 2 attempts"):
        f.get(httpserver.url_for("/down"), allow_private=True, respect_robots=False)


def test_robots_txt_is_obeyed(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    httpserver.expect_request("/private/a.html").respond_with_data("secret")
    httpserver.expect_request("/public/a.html").respond_with_data("hello")
    with Fetcher(Settings.load()) as f:
        assert f.get(httpserver.url_for("/public/a.html"), allow_private=True).body == b"hello"
        with pytest.raises(FetchError, match="disallowed by robots.txt"):
            f.get(httpserver.url_for("/private/a.html"), allow_private=True)
        # the source may opt out
        assert f.get(httpserver.url_for("/private/a.html"), allow_private=True, respect_robots=False).body == b"secret"


def test_missing_robots_txt_allows_everything(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/a.html").respond_with_data("hello")
    with Fetcher(Settings.load()) as f:
        assert f.get(httpserver.url_for("/a.html"), allow_private=True).body == b"hello"


def test_per_host_delay_spaces_requests(httpserver):
    times = []

    def stamp(request):
        times.append(time.monotonic())
        return WResponse("ok")

    httpserver.expect_request("/t").respond_with_handler(stamp)
    from concurrent.futures import ThreadPoolExecutor

    with Fetcher(Settings.load(per_host_delay=0.3, per_host_concurrency=4)) as f, ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda _: f.get(httpserver.url_for("/t"), allow_private=True, respect_robots=False), range(4)))
    gaps = [b - a for a, b in zip(sorted(times), sorted(times)[1:])]
    assert len(times) == 4 and min(gaps) >= 0.28


def test_the_host_delay_counts_from_when_a_request_goes_out():
    limiter = HostLimiter(concurrency=2, delay=0.2)
    assert gap_after_a_slow_sender(limiter, limiter, "h.example") >= 0.2


def test_the_fetcher_tells_its_turn_when_the_request_has_gone_out(httpserver):
    arrived: list[float] = []
    stamped: list[float] = []
    spans: list[tuple[float, float]] = []
    httpserver.expect_request("/s").respond_with_handler(lambda r: arrived.append(time.monotonic()) or WResponse("ok"))
    limiter = HostLimiter(concurrency=1, delay=0.0)

    class Recording:
        def __init__(self, host: str):
            self.slot = limiter(host)

        def __enter__(self):
            self.slot.__enter__()
            return self

        def sent(self) -> None:
            stamped.append(time.monotonic())
            self.slot.sent()

        def __exit__(self, *exc: object) -> None:
            self.slot.__exit__(*exc)

    with Fetcher(Settings.load(), hosts=Recording) as f:
        for _ in range(2):
            began = time.monotonic()
            f.get(httpserver.url_for("/s"), allow_private=True, respect_robots=False)
            spans.append((began, time.monotonic()))
    # One stamp per request, taken while it was under way (after its headers were written).
    assert len(stamped) == len(arrived) == 2
    assert all(b <= s <= e for s, (b, e) in zip(stamped, spans, strict=True))


def test_endless_body_is_cut_at_the_limit(httpserver):
    def endless(request):
        def chunks():
            while True:
                yield b"<p>" + b"more " * 2000 + b"</p>"
        return WResponse(chunks(), content_type="text/html")  # chunked, no Content-Length

    httpserver.expect_request("/endless").respond_with_handler(endless)
    start = time.monotonic()
    with Fetcher(Settings.load(max_bytes=300_000, retries=0)) as f, pytest.raises(FetchError, match="exceeds limit"):
        f.get(httpserver.url_for("/endless"), allow_private=True, respect_robots=False)
    assert time.monotonic() - start < 5


def test_sends_a_clear_user_agent(httpserver, settings, fetcher):
    seen = {}

    def handler(request):
        seen["ua"] = request.headers.get("User-Agent")
        return WResponse("ok", content_type="text/plain")

    httpserver.expect_request("/ua").respond_with_handler(handler)
    fetcher.get(httpserver.url_for("/ua"), allow_private=True, respect_robots=False)
    assert seen["ua"] == settings.user_agent and seen["ua"].startswith("aggregator/")


def test_connection_dropped_mid_body_is_an_error_naming_the_url(httpserver):
    def dropped(request):
        def chunks():
            yield b"<html><body><p>partial"  # then the server closes: 10,000 bytes were promised
        return WResponse(chunks(), content_type="text/html", headers={"Content-Length": "10000"})

    httpserver.expect_request("/drop").respond_with_handler(dropped)
    with Fetcher(Settings.load(retries=0)) as f, pytest.raises(FetchError, match="/drop"):
        f.get(httpserver.url_for("/drop"), allow_private=True, respect_robots=False)


@pytest.fixture
def threaded_server():
    from pytest_httpserver import HTTPServer

    server = HTTPServer(threaded=True)  # the default fixture answers one request at a time
    server.start()
    yield server
    server.clear()
    server.stop()


def test_per_host_concurrency_is_capped(threaded_server):
    httpserver = threaded_server
    state = {"now": 0, "peak": 0}
    lock = threading.Lock()

    def slow(request):
        with lock:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        time.sleep(0.2)
        with lock:
            state["now"] -= 1
        return WResponse("ok")

    httpserver.expect_request("/c").respond_with_handler(slow)
    from concurrent.futures import ThreadPoolExecutor

    with Fetcher(Settings.load(per_host_delay=0.0, per_host_concurrency=2)) as f, ThreadPoolExecutor(6) as pool:
        list(pool.map(lambda _: f.get(httpserver.url_for("/c"), allow_private=True, respect_robots=False), range(6)))
    assert state["peak"] == 2
