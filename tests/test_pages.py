"""Pages as the real web serves them: wrong charsets, paywalls, thin pages, edits, and
`aggregator extract` / `aggregator history` — all over a real server on 127.0.0.1."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from werkzeug import Response as WResponse

from aggregator.cli import cli
from aggregator.ingest.extract import extract_page
from aggregator.pipeline import ingest
from aggregator.store.sqlite import Store

from .pages import PARAGRAPHS, article_html, rss, source

# Our own sentences (simplified Chinese, traditional Chinese, Japanese), long enough to be
# a real paragraph: charset detection needs more than a headline to go on.
ZH = ("商务部周二宣布，即日起禁止向日本出口所有两用物项。外交部发言人在例行记者会上表示，"
      "这一措施完全符合国际法和国内法。分析人士认为，此举将进一步影响两国之间的贸易关系，"
      "日本政府对此表示强烈抗议，并要求中方撤回决定。")
ZH_HANT = ("商務部週二宣布，即日起禁止向日本出口所有軍民兩用物項。外交部發言人在例行記者會上表示，"
           "這一措施完全符合國際法和國內法。分析人士認為，此舉將進一步影響兩國之間的貿易關係。")
JA = ("中国商務省は火曜日、日本への軍民両用品の輸出を即日禁止すると発表した。日本政府は強く抗議し、"
      "措置の撤回を求めている。専門家は両国の貿易関係に大きな影響が出ると見ている。")


def cjk_page(text: str, meta: str = "") -> str:
    paragraphs = "".join(f"<p>{s}。</p>" for s in text.split("。") if s)
    title = text[:6]
    return (f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head><body>"
            f"<nav><a href='/'>{text[:2]}</a></nav><article><h1>{title}</h1>{paragraphs}</article></body></html>")


CHARSET_CASES = [
    # (id, text, encoding of the bytes, Content-Type header, <meta> in the page)
    ("gb2312-undeclared", ZH, "gb2312", "text/html", ""),
    ("gbk-declared-latin1", ZH, "gbk", "text/html; charset=iso-8859-1", ""),
    ("gbk-meta-utf8", ZH, "gbk", "text/html", '<meta charset="utf-8">'),
    ("big5-undeclared", ZH_HANT, "big5", "text/html", ""),
    ("big5-meta-latin1", ZH_HANT, "big5", "text/html", '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'),
    ("shift_jis-undeclared", JA, "shift_jis", "text/html", ""),
    ("shift_jis-declared-utf8", JA, "shift_jis", "text/html; charset=utf-8", ""),
    ("utf8-undeclared", ZH, "utf-8", "text/html", ""),
    ("utf8-declared-latin1", JA, "utf-8", "text/html; charset=ISO-8859-1", ""),
]


@pytest.mark.parametrize("case", CHARSET_CASES, ids=[c[0] for c in CHARSET_CASES])
def test_pages_with_missing_or_wrong_charset_decode_right(httpserver, settings, case):
    name, text, encoding, content_type, meta = case
    page = httpserver.url_for(f"/{name}.html")
    httpserver.expect_request(f"/{name}.html").respond_with_data(
        cjk_page(text, meta).encode(encoding), content_type=content_type)
    httpserver.expect_request("/feed.xml").respond_with_data(rss([("报道", page)]), content_type="application/rss+xml")
    store = Store(settings.db_path)
    report = ingest(store, [source(httpserver.url_for("/feed.xml"))], settings)
    assert report.articles_new == 1, list(store.db["fetch_log"].rows)
    [article] = store.articles()
    assert [s for s in text.split("。") if s not in article.text] == []


def test_paywalled_page_is_flagged_not_stored_as_full_text(httpserver, settings):
    teaser = PARAGRAPHS[:1]
    html = article_html("Ship runs aground", teaser).replace(
        "</article>", '<div class="paywall">Subscribe now to continue reading. Already a subscriber? Log in</div></article>')
    httpserver.expect_request("/locked.html").respond_with_data(html, content_type="text/html")
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss([("Ship runs aground", httpserver.url_for("/locked.html"))]), content_type="application/rss+xml")
    store = Store(settings.db_path)
    ingest(store, [source(httpserver.url_for("/feed.xml"))], settings)
    [article] = store.articles()
    assert "paywall" in article.flags and "truncated" in article.flags
    assert "Subscribe" not in article.text
    row = next(store.db["fetch_log"].rows_where("kind = 'page'"))
    assert "paywall" in row["reason"]


def test_full_free_page_carries_no_flag(httpserver, settings):
    httpserver.expect_request("/free.html").respond_with_data(article_html("Ship runs aground"), content_type="text/html")
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss([("Ship runs aground", httpserver.url_for("/free.html"))]), content_type="application/rss+xml")
    store = Store(settings.db_path)
    ingest(store, [source(httpserver.url_for("/feed.xml"))], settings)
    [article] = store.articles()
    assert article.flags == () and article.extraction_method == "trafilatura"


def test_future_date_is_dropped_and_timezones_are_normalised():
    body = article_html("Ship runs aground", published="2026-01-06T17:30:00+08:00")
    found = extract_page(body.encode(), "https://gazette.example/a")
    assert found.published.isoformat() == "2026-01-06T09:30:00+00:00"
    future = extract_page(article_html("Ship", published="2099-01-01T00:00:00Z").encode(), "https://gazette.example/b")
    assert future.published is None


def atom(page: str, updated: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Gazette</title><id>urn:g</id><updated>{updated}</updated>
<entry><title>Ship runs aground</title><link href="{page}"/><id>{page}</id>
<published>2026-01-06T09:00:00Z</published><updated>{updated}</updated></entry></feed>"""


def test_edited_article_keeps_its_old_text_and_history_shows_the_change(httpserver, settings):
    page = httpserver.url_for("/ship.html")
    state = {"updated": "2026-01-06T09:00:00Z", "paragraphs": PARAGRAPHS, "page_calls": 0}

    def feed(request):
        return WResponse(atom(page, state["updated"]), content_type="application/atom+xml")

    def article(request):
        state["page_calls"] += 1
        return WResponse(article_html("Ship runs aground", state["paragraphs"]), content_type="text/html")

    httpserver.expect_request("/feed.xml").respond_with_handler(feed)
    httpserver.expect_request("/ship.html").respond_with_handler(article)
    store = Store(settings.db_path)
    sources = [source(httpserver.url_for("/feed.xml"))]
    ingest(store, sources, settings)
    again = ingest(store, sources, settings)  # feed unchanged: the page is not fetched again
    assert state["page_calls"] == 1 and again.articles_unchanged == 1
    edited = [p.replace("No crew members were hurt", "Two crew members were slightly hurt") for p in PARAGRAPHS]
    state.update(updated="2026-01-06T15:00:00Z", paragraphs=edited)
    report = ingest(store, sources, settings)
    assert state["page_calls"] == 2 and report.articles_updated == 1
    [current] = store.articles()
    assert "Two crew members" in current.text
    versions = store.article_history(page)
    assert len(versions) == 2 and "No crew members were hurt" in versions[0].text
    result = CliRunner().invoke(cli, ["--db", str(settings.db_path), "history", page])
    assert result.exit_code == 0, result.output
    assert "[-No-] {+Two+}" in result.output and "{+slightly+}" in result.output
    data = json.loads(CliRunner().invoke(cli, ["--db", str(settings.db_path), "history", page, "--json"]).output)
    assert [v["content_hash"] for v in data] == [v.content_hash for v in versions]
    missing = CliRunner().invoke(cli, ["--db", str(settings.db_path), "history", "https://nowhere.example/x"])
    assert missing.exit_code == 1 and "no stored article" in missing.output


def test_extract_command_on_a_url_and_on_a_file(httpserver, tmp_path):
    httpserver.expect_request("/zh.html").respond_with_data(cjk_page(ZH).encode("gbk"), content_type="text/html")
    result = CliRunner().invoke(cli, ["extract", httpserver.url_for("/zh.html"), "--allow-private",
                                      "--ignore-robots", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert ZH.split("。")[1] in data["extraction"]["text"] and data["extraction"]["charset"] == "gb18030"
    assert data["extraction"]["method"] == "trafilatura" and data["status"] == 200
    saved = tmp_path / "page.html"
    saved.write_text(article_html("Ship runs aground"), encoding="utf-8")
    text = CliRunner().invoke(cli, ["extract", str(saved)])
    assert text.exit_code == 0 and "method:        trafilatura" in text.output
    assert "title:         Ship runs aground" in text.output and PARAGRAPHS[2] in text.output


def test_extract_refuses_private_addresses_by_default_with_one_line(httpserver):
    result = CliRunner().invoke(cli, ["extract", httpserver.url_for("/a.html")])
    assert result.exit_code == 1
    assert "refused" in result.output and "private" in result.output and len(result.output.strip().splitlines()) == 1
