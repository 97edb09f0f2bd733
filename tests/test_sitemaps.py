"""Sitemaps: parsing (urlset, Google News, index, gzip, junk) and ingestion through an index."""

from __future__ import annotations

import gzip
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from werkzeug import Response as WResponse

from aggregator.errors import FeedError
from aggregator.ingest import crawl as ingest_module
from aggregator.ingest.sitemaps import parse_sitemap
from aggregator.models import Response
from aggregator.pipeline import ingest
from aggregator.store.sqlite import Store

from .pages import article_html, log_rows, source

URL = "https://gazette.example/sitemap.xml"
NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
NEWS_NS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'


def response(body: bytes | str, content_type: str = "application/xml", url: str = URL) -> Response:
    data = body.encode() if isinstance(body, str) else body
    return Response(url=url, requested_url=url, status=200, headers={"content-type": content_type}, body=data)


def urlset(*urls: str, ns: str = NS) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset {ns}>{"".join(urls)}</urlset>'


def url(loc: str, lastmod: str = "") -> str:
    return f"<url><loc>{loc}</loc>{f'<lastmod>{lastmod}</lastmod>' if lastmod else ''}</url>"


def news_url(loc: str, title: str, published: str) -> str:
    return (f"<url><loc>{loc}</loc><news:news><news:publication><news:name>Eastmouth Gazette</news:name>"
            f"<news:language>en</news:language></news:publication>"
            f"<news:publication_date>{published}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>")


def index(*children: tuple[str, str]) -> str:
    items = "".join(f"<sitemap><loc>{loc}</loc><lastmod>{mod}</lastmod></sitemap>" for loc, mod in children)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex {NS}>{items}</sitemapindex>'


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# --- parsing -------------------------------------------------------------------------------
def test_urlset_newest_first_with_lastmod_as_update_time():
    body = urlset(
        url("https://gazette.example/old", "2025-12-30"),
        url("  \n https://gazette.example/undated \n "),
        url("https://gazette.example/new", "2026-01-06T09:30:00+01:00"),
        url("https://gazette.example/mid", "2026-01-02T10:00:00Z"),
    )
    sitemap = parse_sitemap(response(body), "Eastmouth Gazette", 10)
    assert [e.url for e in sitemap.entries] == [
        "https://gazette.example/new", "https://gazette.example/mid",
        "https://gazette.example/old", "https://gazette.example/undated"]
    new = sitemap.entries[0]
    assert new.updated == new.published == utc(2026, 1, 6, 8, 30)
    assert new.source == "Eastmouth Gazette" and new.feed_url == URL
    assert sitemap.entries[2].published == utc(2025, 12, 30)  # date only: midnight UTC
    assert sitemap.entries[3].published is None and sitemap.children == () and sitemap.problem == ""


def test_google_news_sitemap_gives_titles_and_publication_times():
    body = urlset(
        news_url("https://gazette.example/ship", "Ship  runs\n aground", "2026-01-06T09:00:00+09:00"),
        news_url("https://gazette.example/tugs", "Tugs &amp; tide", "2026-01-06T12:00:00Z"),
        ns=f"{NS} {NEWS_NS}",
    )
    tugs, ship = parse_sitemap(response(body), "Eastmouth Gazette", 10).entries
    assert (ship.title, ship.published, ship.updated) == ("Ship runs aground", utc(2026, 1, 6, 0, 0), None)
    assert (tugs.title, tugs.published) == ("Tugs & tide", utc(2026, 1, 6, 12, 0))


def test_publication_date_wins_over_lastmod_for_published():
    body = urlset("<url><loc>https://gazette.example/a</loc><lastmod>2026-01-08</lastmod><news:news>"
                  "<news:publication_date>2026-01-06</news:publication_date></news:news></url>",
                  ns=f"{NS} {NEWS_NS}")
    [entry] = parse_sitemap(response(body), "G", 10).entries
    assert entry.published == utc(2026, 1, 6) and entry.updated == utc(2026, 1, 8)


def test_sloppy_sitemap_without_namespaces_is_still_read():
    # no namespace at all, an undeclared news: prefix, a bare & in a URL, bad dates, other schemes
    body = ("<urlset>"
            "<url><loc>https://gazette.example/a?id=1&page=2</loc><lastmod>2026-13-45</lastmod></url>"
            "<url><loc>ftp://gazette.example/file</loc></url><url><loc>/relative</loc></url>"
            "<url><loc>javascript:alert(1)</loc></url><url><lastmod>2026-01-01</lastmod></url>"
            "<url><loc>https://gazette.example/b</loc><news:news><news:title>B</news:title>"
            "<news:publication_date>yesterday</news:publication_date></news:news></url>"
            "<url><loc>https://gazette.example/b</loc></url>"
            "</urlset>")
    sitemap = parse_sitemap(response(body), "G", 10)
    assert [(e.url, e.title, e.published, e.updated) for e in sitemap.entries] == [
        ("https://gazette.example/a?id=1&page=2", "", None, None),
        ("https://gazette.example/b", "B", None, None),
    ]
    assert "news" in sitemap.problem  # undeclared prefix: read anyway, and said so


def test_max_entries_keeps_the_newest():
    body = urlset(*(url(f"https://gazette.example/{day}", f"2026-01-{day:02d}") for day in range(1, 21)))
    entries = parse_sitemap(response(body), "G", 3).entries
    assert [e.url for e in entries] == [f"https://gazette.example/{d}" for d in (20, 19, 18)]


def test_sitemap_index_lists_children_newest_first():
    body = index(("https://gazette.example/2025-12.xml", "2025-12-31"),
                 (" https://gazette.example/news.xml ", "2026-01-06T10:00:00Z"),
                 ("https://gazette.example/pages.xml", ""),
                 ("file:///etc/passwd", "2026-02-01"),
                 ("https://gazette.example/news.xml", "2026-01-06"))
    sitemap = parse_sitemap(response(body), "G", 1)
    assert sitemap.children == ("https://gazette.example/news.xml", "https://gazette.example/2025-12.xml",
                                "https://gazette.example/pages.xml")
    assert sitemap.entries == ()


def test_gzipped_sitemap_is_decompressed():
    body = gzip.compress(urlset(url("https://gazette.example/a", "2026-01-06")).encode())
    [entry] = parse_sitemap(response(body, "application/x-gzip", URL + ".gz"), "G", 10).entries
    assert entry.url == "https://gazette.example/a" and entry.feed_url == URL + ".gz"


def test_gzip_bomb_is_refused():
    bomb = gzip.compress(urlset(url("https://gazette.example/a")).encode() + b" " * (51 * 1024 * 1024))
    assert len(bomb) < 200_000
    with pytest.raises(FeedError, match=r"sitemap\.xml: sitemap exceeds \d+ bytes uncompressed"):
        parse_sitemap(response(bomb, "application/x-gzip"), "G", 10)


def test_external_entities_are_never_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    body = (f'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
            f'<urlset {NS}><url><loc>https://gazette.example/&xxe;</loc></url></urlset>')
    entries = parse_sitemap(response(body), "G", 10).entries
    assert all("TOP-SECRET" not in e.url for e in entries)


@pytest.mark.parametrize("body, why", [
    (b"", "empty body"),
    (b"   \n", "empty body"),
    (b"just some words", "not a sitemap"),
    (b"<!DOCTYPE html><html><body><p>Home</p></body></html>", "root element <html>"),
    (b'<rss version="2.0"><channel><title>x</title></channel></rss>', "root element <rss>"),
    (b"\x1f\x8b\x08\x00garbage", "gzip data"), (b"\x1f\x8bnot deflate", "bad gzip data"),
    (gzip.compress(b"<html></html>"), "root element <html>"),
])
def test_not_a_sitemap_raises_feed_error_naming_the_url(body, why):
    with pytest.raises(FeedError) as err:
        parse_sitemap(response(body), "G", 10)
    assert str(err.value).startswith(f"{URL}: ") and why in str(err.value)


# --- ingestion -----------------------------------------------------------------------------
def sitemap_source(sitemap_url: str):
    return replace(source(), sitemaps=(sitemap_url,))


def serve_articles(httpserver, *names: str) -> list[str]:
    urls = []
    for name in names:
        path = f"/2026/01/06/{name}.html"
        httpserver.expect_request(path).respond_with_data(
            article_html(f"Story {name}", canonical=httpserver.url_for(path)), content_type="text/html")
        urls.append(httpserver.url_for(path))
    return urls


def test_sitemap_index_is_followed_and_a_failing_child_logged(httpserver, settings):
    ship, tugs = serve_articles(httpserver, "ship", "tugs")
    news = urlset(news_url(ship, "Ship runs aground", "2026-01-06T09:00:00Z"),
                  news_url(tugs, "Tugs wait for the tide", "2026-01-06T11:00:00Z"), ns=f"{NS} {NEWS_NS}")
    httpserver.expect_request("/news.xml.gz").respond_with_data(gzip.compress(news.encode()),
                                                               content_type="application/x-gzip")
    httpserver.expect_request("/missing.xml").respond_with_data("not here", status=404)
    httpserver.expect_request("/sitemap_index.xml").respond_with_data(
        index((httpserver.url_for("/news.xml.gz"), "2026-01-06"), (httpserver.url_for("/missing.xml"), "")),
        content_type="application/xml")
    store = Store(settings.db_path)

    report = ingest(store, [sitemap_source(httpserver.url_for("/sitemap_index.xml"))], settings)

    assert report.articles_new == 2 and report.entries_seen == 2
    assert report.feeds_fetched == 2 and report.feeds_failed == 1
    assert {a.title for a in store.articles()} == {"Story ship", "Story tugs"}
    failed = log_rows(store)
    assert [(r["kind"], r["url"]) for r in failed] == [("sitemap", httpserver.url_for("/missing.xml"))]
    assert "HTTP 404" in failed[0]["reason"] and failed[0]["source"] == "Eastmouth Gazette"
    ok = {r["url"]: r["reason"] for r in log_rows(store, ok=1) if r["kind"] == "sitemap"}
    assert ok[httpserver.url_for("/news.xml.gz")] == "2 entries"
    assert ok[httpserver.url_for("/sitemap_index.xml")] == "2 entries"


def test_index_is_followed_one_level_only_with_conditional_get(httpserver, settings):
    [ship] = serve_articles(httpserver, "ship")
    seen = {"200": 0, "304": 0}

    def news(request):
        if request.headers.get("If-None-Match") == '"n1"':
            seen["304"] += 1
            return WResponse(status=304)
        seen["200"] += 1
        return WResponse(urlset(url(ship, "2026-01-06")), content_type="application/xml",
                         headers={"ETag": '"n1"'})

    httpserver.expect_request("/news.xml").respond_with_handler(news)
    httpserver.expect_request("/nested.xml").respond_with_data(
        index((httpserver.url_for("/deep.xml"), "2026-01-07")), content_type="application/xml")
    httpserver.expect_request("/deep.xml").respond_with_data(urlset(url(ship)), content_type="application/xml")
    httpserver.expect_request("/index.xml").respond_with_data(
        index((httpserver.url_for("/news.xml"), "2026-01-06"), (httpserver.url_for("/nested.xml"), "")),
        content_type="application/xml")
    store = Store(settings.db_path)
    sources = [sitemap_source(httpserver.url_for("/index.xml"))]

    first = ingest(store, sources, settings)
    second = ingest(store, sources, settings)

    assert first.articles_new == 1 and second.pages_fetched == 0
    assert seen == {"200": 1, "304": 1}
    assert second.feeds_not_modified == 1
    assert all(req.path != "/deep.xml" for req, _ in httpserver.log)
    nested = [r["reason"] for r in log_rows(store, ok=1) if r["url"] == httpserver.url_for("/nested.xml")]
    assert nested and all("nested sitemap index with 1 sitemaps (not followed)" in r for r in nested)
    assert log_rows(store) == []


def test_children_beyond_the_cap_are_left_for_later(httpserver, settings, monkeypatch):
    monkeypatch.setattr(ingest_module, "MAX_CHILD_SITEMAPS", 1)
    [ship] = serve_articles(httpserver, "ship")
    httpserver.expect_request("/new.xml").respond_with_data(urlset(url(ship)), content_type="application/xml")
    httpserver.expect_request("/old.xml").respond_with_data(urlset(url(ship)), content_type="application/xml")
    httpserver.expect_request("/index.xml").respond_with_data(
        index((httpserver.url_for("/old.xml"), "2025-11-30"), (httpserver.url_for("/new.xml"), "2026-01-06")),
        content_type="application/xml")
    store = Store(settings.db_path)

    report = ingest(store, [sitemap_source(httpserver.url_for("/index.xml"))], settings)

    assert report.articles_new == 1
    assert all(req.path != "/old.xml" for req, _ in httpserver.log)
    assert any("lists 2 sitemaps; following the newest 1" in r["reason"] for r in log_rows(store, ok=1))
