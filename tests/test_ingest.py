"""Ingestion end to end against a real local server and a real SQLite file."""

from __future__ import annotations

from werkzeug import Response as WResponse

from aggregator.pipeline import ingest
from aggregator.store.contract import open_store
from aggregator.store.sqlite import Store

from .pages import PARAGRAPHS, article_html, log_rows, rss, source


def test_same_article_through_two_feeds_is_stored_once(httpserver, settings):
    page = httpserver.url_for("/2026/01/06/ship.html")
    httpserver.expect_request("/2026/01/06/ship.html").respond_with_data(
        article_html("Ship runs aground", canonical=page), content_type="text/html")
    httpserver.expect_request("/world.xml").respond_with_data(rss([("Ship runs aground", page)]),
                                                             content_type="application/rss+xml")
    httpserver.expect_request("/asia.xml").respond_with_data(
        rss([("Ship runs aground", page + "?utm_source=rss&utm_medium=asia")]),
        content_type="application/rss+xml")
    store = Store(settings.db_path)
    report = ingest(store, [source(httpserver.url_for("/world.xml"), httpserver.url_for("/asia.xml"))], settings)
    assert report.articles_new == 1 and report.entries_seen == 2 and report.pages_fetched == 1
    [article] = store.articles()
    assert article.title == "Ship runs aground" and article.sitename == "Eastmouth Gazette"
    assert PARAGRAPHS[0] in article.text and "cookies" not in article.text and "Most read" not in article.text
    assert article.published.isoformat().startswith("2026-01-06")
    assert store.db["article_urls"].count == 2
    assert store.db.execute("select count(*) from articles_fts where articles_fts match 'aground'").fetchone()[0] == 1


def test_one_bad_item_never_stops_the_batch(httpserver, db_settings):
    settings = db_settings
    good = httpserver.url_for("/good.html")
    httpserver.expect_request("/good.html").respond_with_data(article_html("Good story"), content_type="text/html")
    httpserver.expect_request("/broken.html").respond_with_data("oops", status=500)
    httpserver.expect_request("/report.pdf").respond_with_data(b"%PDF-1.4", content_type="application/pdf")
    httpserver.expect_request("/empty.html").respond_with_data("<html><body></body></html>", content_type="text/html")
    items = [("Broken", httpserver.url_for("/broken.html")), ("PDF", httpserver.url_for("/report.pdf")),
             ("Empty", httpserver.url_for("/empty.html")), ("Good story", good)]
    # feed description gives a short summary, so the empty page falls back to it, flagged
    httpserver.expect_request("/feed.xml").respond_with_data(rss(items), content_type="application/rss+xml")
    httpserver.expect_request("/notafeed.xml").respond_with_data("<html><p>hello</p></html>", content_type="text/html")
    httpserver.expect_request("/gone.xml").respond_with_data("", status=404)
    store = open_store(settings.database)
    report = ingest(store, [source(httpserver.url_for("/feed.xml"), httpserver.url_for("/notafeed.xml"),
                                   httpserver.url_for("/gone.xml"))], settings)
    titles = {a.title: a for a in store.articles()}
    assert "Good story" in titles
    assert titles["Empty"].extraction_method == "feed-summary"
    reasons = [r["reason"] for r in log_rows(store)]
    assert any("broken.html: HTTP 500" in r for r in reasons)
    assert any("not an HTML page (application/pdf)" in r for r in reasons)
    assert any("notafeed.xml: not a feed" in r for r in reasons)
    assert any("gone.xml: HTTP 404" in r for r in reasons)
    assert report.feeds_failed == 2 and report.failures == 2


def test_ill_formed_feed_is_still_used_and_the_reason_logged(httpserver, settings):
    page = httpserver.url_for("/a.html")
    broken = rss([("Ship & tugs", page)]).replace("</channel></rss>", "")  # bare & and unclosed
    httpserver.expect_request("/feed.xml").respond_with_data(broken, content_type="application/rss+xml")
    httpserver.expect_request("/a.html").respond_with_data(article_html("Ship and tugs"), content_type="text/html")
    store = Store(settings.db_path)
    report = ingest(store, [source(httpserver.url_for("/feed.xml"))], settings)
    assert report.articles_new == 1
    assert any("ill-formed, used anyway" in r["reason"] for r in log_rows(store, ok=1))


def test_permanent_redirect_updates_the_stored_feed_url(httpserver, settings):
    page = httpserver.url_for("/a.html")
    httpserver.expect_request("/old.xml").respond_with_response(WResponse(status=301, headers={"Location": "/new.xml"}))
    httpserver.expect_request("/new.xml").respond_with_data(rss([("Ship", page)]), content_type="application/rss+xml")
    httpserver.expect_request("/a.html").respond_with_data(article_html("Ship"), content_type="text/html")
    store = Store(settings.db_path)
    ingest(store, [source(httpserver.url_for("/old.xml"))], settings)
    urls = {r["url"]: r for r in store.db["feeds"].rows}
    assert httpserver.url_for("/new.xml") in urls
    assert urls[httpserver.url_for("/new.xml")]["moved_from"] == httpserver.url_for("/old.xml")


def test_feed_served_as_an_image_is_refused_with_a_reason(httpserver, settings):
    httpserver.expect_request("/feed.xml").respond_with_data(b"\x89PNG\r\n\x1a\n" + b"\0" * 100,
                                                             content_type="image/png")
    store = Store(settings.db_path)
    report = ingest(store, [source(httpserver.url_for("/feed.xml"))], settings)
    assert report.feeds_failed == 1
    [row] = log_rows(store)
    assert row["url"].endswith("/feed.xml") and "not a feed" in row["reason"]


def test_robots_txt_is_obeyed_per_source_and_the_refusal_logged(httpserver, settings):
    from dataclasses import replace

    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /members/\n",
                                                               content_type="text/plain")
    free, closed = httpserver.url_for("/news/a.html"), httpserver.url_for("/members/b.html")
    httpserver.expect_request("/feed.xml").respond_with_data(rss([("Free", free), ("Closed", closed)]),
                                                             content_type="application/rss+xml")
    httpserver.expect_request("/news/a.html").respond_with_data(article_html("Free"), content_type="text/html")
    httpserver.expect_request("/members/b.html").respond_with_data(article_html("Closed"), content_type="text/html")
    store = Store(settings.db_path)
    polite = replace(source(httpserver.url_for("/feed.xml")), respect_robots=True)
    report = ingest(store, [polite], settings)
    assert [a.title for a in store.articles()] == ["Free"] and report.failures == 1
    assert any(r["url"] == closed and "disallowed by robots.txt" in r["reason"] for r in log_rows(store))
    report = ingest(store, [replace(polite, respect_robots=False)], settings)  # the source opts out
    assert sorted(a.title for a in store.articles()) == ["Closed", "Free"]


STAMP = "Tue, 06 Jan 2026 09:00:00 GMT"


def two_runs(httpserver, settings, answers_304, validators: dict[str, str]):
    """Ingest the same feed twice; the feed's server decides on 304 with `answers_304(request)`."""
    page = httpserver.url_for("/a.html")
    calls = {"feed": 0, "304": 0, "page": 0}

    def feed(request):
        calls["feed"] += 1
        if answers_304(request):
            calls["304"] += 1
            return WResponse(status=304)
        return WResponse(rss([("Ship runs aground", page)]), content_type="application/rss+xml", headers=validators)

    def article(request):
        calls["page"] += 1
        return WResponse(article_html("Ship runs aground"), content_type="text/html")

    httpserver.expect_request("/feed.xml").respond_with_handler(feed)
    httpserver.expect_request("/a.html").respond_with_handler(article)
    store = open_store(settings.database)
    src = [source(httpserver.url_for("/feed.xml"))]
    first = ingest(store, src, settings)
    return store, first, ingest(store, src, settings), calls


def test_second_run_gets_304_and_fetches_no_page(httpserver, db_settings):
    store, first, second, calls = two_runs(httpserver, db_settings, lambda r: r.headers.get("If-None-Match") == '"v1"',
                                           {"ETag": '"v1"', "Last-Modified": STAMP})
    assert first.articles_new == 1
    assert second.feeds_not_modified == 1 and second.pages_fetched == 0
    assert (calls["page"], calls["304"]) == (1, 1)
    state = store.feed(httpserver.url_for("/feed.xml"))
    assert state.etag == '"v1"' and state.last_modified.startswith("Tue, 06 Jan 2026")


def test_server_honouring_only_last_modified_still_gets_304(httpserver, settings):
    _, _, second, calls = two_runs(httpserver, settings, lambda r: r.headers.get("If-Modified-Since") == STAMP,
                                   {"Last-Modified": STAMP})  # sends no ETag
    assert second.feeds_not_modified == 1 and (calls["304"], calls["page"]) == (1, 1)


def test_server_ignoring_conditional_get_refetches_the_feed_but_no_page(httpserver, settings):
    _, _, second, calls = two_runs(httpserver, settings, lambda r: False, {"ETag": '"same"', "Last-Modified": STAMP})
    assert (calls["feed"], calls["page"]) == (2, 1)
    assert second.articles_unchanged == 1 and second.pages_fetched == 0


def test_a_failed_page_stays_due_though_its_feed_answers_304(httpserver, db_settings):
    """Validators are stored only after the pages they announced: a page that failed is
    fetched on the next run even when the feed itself is not modified."""
    from werkzeug import Request

    good, flaky = httpserver.url_for("/good.html"), httpserver.url_for("/flaky.html")
    body = rss([("Good story", good), ("Flaky story", flaky)])
    answers = {"flaky": 0}

    def feed(request: Request) -> WResponse:
        if request.headers.get("If-None-Match") == '"v1"':
            return WResponse(status=304, headers={"ETag": '"v1"'})
        return WResponse(body, content_type="application/rss+xml", headers={"ETag": '"v1"'})

    def flaky_page(request: Request) -> WResponse:
        answers["flaky"] += 1
        if answers["flaky"] == 1:
            return WResponse("down for maintenance", status=503)
        return WResponse(article_html("Flaky story"), content_type="text/html")

    httpserver.expect_request("/feed.xml").respond_with_handler(feed)
    httpserver.expect_request("/good.html").respond_with_data(article_html("Good story"), content_type="text/html")
    httpserver.expect_request("/flaky.html").respond_with_handler(flaky_page)
    settings = db_settings.__class__.load(**{**db_settings.__dict__, "retries": 0})
    store = open_store(settings.database)
    first = ingest(store, [source(httpserver.url_for("/feed.xml"))], settings)
    assert first.articles_new == 1 and first.failures == 1
    assert [e.url for e in store.due_pages()] == [flaky]
    second = ingest(store, [source(httpserver.url_for("/feed.xml"))], settings)
    assert second.feeds_not_modified == 1 and second.articles_new == 1
    assert {a.title for a in store.articles()} == {"Good story", "Flaky story"}
    assert store.due_pages() == []


def test_a_page_that_keeps_failing_is_given_up_after_the_last_attempt(httpserver, db_settings):
    settings = db_settings
    from aggregator.ingest.crawl import MAX_PAGE_ATTEMPTS

    gone = httpserver.url_for("/gone.html")
    httpserver.expect_request("/feed.xml").respond_with_data(rss([("Gone", gone)]), content_type="application/rss+xml")
    httpserver.expect_request("/gone.html").respond_with_data("no", status=404)
    store = open_store(settings.database)
    for attempt in range(1, MAX_PAGE_ATTEMPTS + 1):
        ingest(store, [source(httpserver.url_for("/feed.xml"))], settings)
        assert len(store.due_pages()) == (0 if attempt == MAX_PAGE_ATTEMPTS else 1)
    assert "given up" in log_rows(store)[-1]["reason"]
