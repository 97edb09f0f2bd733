"""The general rule of issue 19, as properties: any bytes served as a feed, a sitemap or a page,
and any JSONL or WARC record, cost at most that item (one `fetch_log` row naming it), and every
other item is stored; and any report text ingestion can store compares and renders.

Hypothesis draws the inputs. `make test` runs the bounded "ci" profile (tests/conftest.py);
a longer search is `pytest tests/test_fuzz.py --hypothesis-profile=long` (what it found is
recorded in docs/operating.md).
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aggregator.compare import compare_event
from aggregator.errors import ExtractError
from aggregator.ingest.crawl import page_job_for, read_fetched_feed
from aggregator.ingest.extract import extract_page
from aggregator.ingest.imports import import_paths
from aggregator.models import Article, Event, Response
from aggregator.pipeline import ingest
from aggregator.render import formats, render
from aggregator.store.sqlite import Store

from .pages import PARAGRAPHS, article_html, log_rows, rss, source, write_warc

pytestmark = pytest.mark.reliability
# Fixtures here are factories and servers reused across examples, never per-example state.
FIXTURES_OK = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
# Over HTTP each example is a whole ingestion: a twentieth of the profile's budget, at least 15.
HTTP_EXAMPLES = max(15, settings.default.max_examples // 20)

# Pieces that break parsers: character references no decoder accepts, markup, controls, CDATA ends.
HOSTILE_PIECES = ["&#xD83D;", "&#x110000;", "&#99999999999999999999;", "&#0;", "&#x;", "&", "<", "]]>",
                  "\x00", "\x1b]0;x\x07", "\r\n", "\ufeff", "&nbsp;", "<![CDATA[", "\ud800", "€", "中文"]
hostile_text = st.lists(st.one_of(st.sampled_from(HOSTILE_PIECES), st.text(max_size=8)), max_size=12).map("".join)
dates = st.one_of(st.just("Tue, 06 Jan 2026 09:00:00 GMT"), st.just("9999-12-31T00:00:00+25:00"),
                  st.just("0001-01-01"), hostile_text)


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # lone surrogates go out as the broken bytes they are


@st.composite
def feed_bodies(draw) -> bytes:
    """A feed or sitemap with hostile text in its fields, or any bytes at all."""
    kind = draw(st.sampled_from(["rss", "atom", "sitemap", "bytes"]))
    title, link, when = draw(hostile_text), draw(st.one_of(st.just("http://a.example/1"), hostile_text)), draw(dates)
    if kind == "bytes":
        return draw(st.binary(max_size=2000))
    if kind == "rss":
        text = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title><item><title>{title}'
                f"</title><link>{link}</link><pubDate>{when}</pubDate><description>{title}</description></item>"
                "<item><title>Plain</title><link>http://a.example/2</link></item></channel></rss>")
    elif kind == "atom":
        text = (f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title><entry><title>{title}</title>'
                f'<link href="{link}"/><updated>{when}</updated><id>{title}</id></entry></feed>')
    else:
        text = ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
                f"<url><loc>{link}</loc><lastmod>{when}</lastmod><news:news><news:title>{title}</news:title>"
                f"<news:publication_date>{when}</news:publication_date></news:news></url>"
                "<url><loc>http://a.example/2</loc></url></urlset>")
    body = _utf8(text)
    return gzip.compress(body) if draw(st.booleans()) and kind == "sitemap" else body


@FIXTURES_OK
@given(body=feed_bodies(), kind=st.sampled_from(["feed", "sitemap"]),
       ctype=st.sampled_from(["application/rss+xml", "application/xml; charset=utf-16", "text/html", ""]))
def test_any_feed_or_sitemap_bytes_cost_at_most_that_feed(tmp_path_factory, body, kind, ctype):
    store = Store(tmp_path_factory.mktemp("fuzz") / "f.db")
    url = "http://feeds.example/f.xml"
    counts: Counter[str] = Counter()
    resp = Response(url=url, requested_url=url, status=200, headers={"content-type": ctype} if ctype else {},
                    body=body)
    entries, _ = read_fetched_feed(store, source(url), url, kind, resp, _settings(tmp_path_factory), counts)
    rows = store.fetch_log(limit=10)
    feed_rows = [r for r in rows if r.kind == kind]
    assert len(feed_rows) == 1 and url in feed_rows[0].url
    assert feed_rows[0].ok == bool(entries) or (feed_rows[0].ok and not entries)
    for entry in entries:  # every entry can go on to the page queue: its URL and title are storable
        page_job_for(store, source(url), entry, counts)
        store.log("page", entry.url, entry.title, source="fuzz")


@FIXTURES_OK
@given(title=hostile_text, paragraph=hostile_text, raw=st.binary(max_size=1500), use_raw=st.booleans())
def test_any_page_bytes_extract_or_are_refused_in_one_line(tmp_path_factory, title, paragraph, raw, use_raw):
    body = raw if use_raw else _utf8(article_html(title, [paragraph, *PARAGRAPHS]))
    try:
        found = extract_page(body, "http://a.example/p.html", min_chars=50)
    except ExtractError as exc:
        assert "\n" not in str(exc) and "a.example/p.html" in str(exc)
        return
    store = Store(tmp_path_factory.mktemp("page") / "p.db")  # what was extracted can be stored
    store.log("page", "http://a.example/p.html", f"{found.title} {found.text}", source="fuzz", ok=True)


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
                           max_leaves=10)


@st.composite
def jsonl_lines(draw) -> tuple[list[str], set[str]]:
    """JSONL lines, good records among hostile ones; the URLs of the good ones."""
    lines, good = [], set()
    for i in range(draw(st.integers(1, 6))):
        choice = draw(st.sampled_from(["good", "hostile-good", "value", "text", "deep"]))
        if choice in ("good", "hostile-good"):
            url = f"https://good.example/{i}"
            title = draw(hostile_text) if choice == "hostile-good" else f"Story {i}"
            record = {"outlet": "Good Wire", "url": url, "title": title,
                      "text": f"{' '.join(PARAGRAPHS)} Record {i}.", "published": draw(dates)}
            lines.append(json.dumps(record))  # json.dumps writes a lone surrogate as "\\ud800"
            good.add(url)
        elif choice == "value":
            lines.append(json.dumps(draw(json_values)))
        elif choice == "text":
            # a blank line is skipped by design (no record, no row); anything else is a record
            lines.append(draw(hostile_text).replace("\n", " ").replace("\r", " ").strip() or "x")
        else:
            depth = draw(st.integers(1000, 200_000))
            lines.append("[" * depth + "]" * depth)
    return lines, good


@FIXTURES_OK
@given(case=jsonl_lines())
def test_any_jsonl_record_costs_at_most_its_line(tmp_path_factory, case):
    lines, good = case
    folder = tmp_path_factory.mktemp("jsonl")
    path = folder / "records.jsonl"
    path.write_bytes(_utf8("\n".join(lines) + "\n"))
    store = Store(folder / "j.db")
    report = import_paths(store, [path], settings=_settings(tmp_path_factory))
    assert {a.url for a in store.articles()} == good
    failed = [r for r in log_rows(store) if r["kind"] == "import"]
    assert report.failed == len(failed) == len(lines) - len(good)
    assert all("records.jsonl line " in r["reason"] for r in failed)
    assert {s.name for s in store.stored_sources()} <= {"Good Wire"}


@FIXTURES_OK
@given(tail=st.binary(min_size=1, max_size=3000))
def test_any_bytes_after_good_warc_records_cost_nothing_before_them(tmp_path_factory, tail):
    folder = tmp_path_factory.mktemp("warc")
    path = folder / "a.warc.gz"
    write_warc(path)
    with path.open("ab") as handle:
        handle.write(tail)
    store = Store(folder / "w.db")
    import_paths(store, [path], settings=_settings(tmp_path_factory))
    titles = {a.title for a in store.articles()}
    assert {"Ship runs aground", "Container ship stuck in channel"} <= titles


@settings(FIXTURES_OK, max_examples=HTTP_EXAMPLES)
@given(body=feed_bodies())
def test_one_hostile_feed_among_good_ones_costs_only_itself(httpserver, tmp_path_factory, body):
    httpserver.clear()
    page = httpserver.url_for("/good.html")
    httpserver.expect_request("/good.html").respond_with_data(article_html("Good story"), content_type="text/html")
    httpserver.expect_request("/good.xml").respond_with_data(rss([("Good story", page)]),
                                                            content_type="application/rss+xml")
    httpserver.expect_request("/hostile.xml").respond_with_data(body, content_type="application/rss+xml")
    store = Store(tmp_path_factory.mktemp("http") / "h.db")
    ingest(store, [source(httpserver.url_for("/hostile.xml"), httpserver.url_for("/good.xml"))],
           _settings(tmp_path_factory))
    assert "Good story" in {a.title for a in store.articles()}
    assert any("hostile.xml" in r.url for r in store.fetch_log(limit=100))


# Words that start the comparison's rules: figures and ranges, dates, frames of saying, negations,
# titles and names, quotation marks of several scripts, units, loaded and distancing words, and
# text ingestion can store (after `text.scrub`: no lone surrogates) that is no news at all.
NEWS_PIECES = ["said", "told", "according to", "claimed", "denied", "did not", "never", "President", "Mr.", "J.",
               "Dr.", "the", "of", "and", "was", "killed", "injured", "1,000", "2.5", "½", "1e9", "$3.5 million",
               "€2m", "-5", "12-10", "10,000,000,000,000,000,000,000", "0", "five", "a dozen", "between 3 and 5",
               "on Tuesday", "in January", "2026-01-06", "Jan. 32", "last week", "“", "”", '"', "'", "«", "»", "(",
               ")", "[", ",", ".", ";", "—", "-", "?", "...", "ft", "metres", "%", "per cent", "Harbour Board",
               "Mara Quist", "so-called", "allegedly", "militants", "ban", "No. 2", "AP", "LONDON (Reuters) —", "😀",
               "中文", "日本", "مرحبا", "\u200b", "\u00a0", "\t", "\n", "\n\n", "A" * 300, "who", "that", "spokesman",
               "ministry", "22-year-old", "toll", "rose", "to", "from", "at least", "more than", "U.S.", "'s", "n't",
               "&#xD83D;", "\x00", "\r\n", "\ufeff", "<script>", "&", "http://x.example/a?b=c"]
news_text = st.lists(st.lists(st.one_of(st.sampled_from(NEWS_PIECES), st.text(max_size=6)), max_size=40).map(" ".join),
                     max_size=8).map("\n\n".join)


@st.composite
def event_reports(draw) -> list[Article]:
    """One to four reports, in any language code a store holds, with or without a time."""
    when = datetime(2026, 1, 7, tzinfo=UTC)
    reports = []
    for k in range(draw(st.integers(1, 4))):
        published = draw(st.one_of(st.none(), st.integers(-5000, 5000).map(lambda m: when + timedelta(minutes=m))))
        reports.append(Article(id=f"a{k}", url=f"http://o{k}.example/x", canonical_url=f"http://o{k}.example/x",
                               source=draw(st.sampled_from([f"Outlet {k}", "Same", "中文源"])),
                               title=draw(news_text), text=draw(news_text), published=published, fetched_at=when,
                               language=draw(st.sampled_from(["en", "zh", "", "xx", "fr", "en-US"])),
                               content_hash=f"h{k}"))
    return reports


@FIXTURES_OK
@given(reports=event_reports())
def test_any_stored_reports_compare_and_render_in_every_format(hashing, reports):
    """Ingestion stores what real pages hold, so the comparison's rules meet anything: it must
    end with a comparison whose every sentence is in one fact, with no outlet twice in a fact,
    and every format must render it as UTF-8 (a search of 2,000 examples found nothing)."""
    event = Event(id="e", label="e", first_seen=reports[0].fetched_at, last_seen=reports[0].fetched_at,
                  article_ids=tuple(a.id for a in reports))
    comp = compare_event(event, reports, hashing)
    outlets = {o.source for o in comp.outlets}
    placed = [s for f in comp.facts for s in f.sentences]
    assert len(placed) == len({(s.article_id, s.index) for s in placed})
    for fact in comp.facts:
        assert len({s.source for s in fact.sentences}) == len(fact.sentences)
        assert {s.source for s in fact.sentences} <= outlets
    assert set(comp.omissions) <= outlets
    for fmt in formats():
        out = render(comp, fmt).encode("utf-8")
        if fmt == "json":
            json.loads(out)


def _settings(factory):
    from aggregator.config.settings import Settings

    folder: Path = factory.getbasetemp()
    return Settings.load(db_path=folder / "unused.db", reports_dir=folder / "reports", timeout=5.0,
                         per_host_delay=0.0, backoff=0.1, retries=0)
