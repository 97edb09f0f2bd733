"""The static site, the comparison cache and `aggregator serve` (issue 13), without a browser:
pages written and rewritten incrementally, the feed, the API, escaping of hostile input, and
serving read-only beside a writer."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest
from starlette.testclient import TestClient

from aggregator.models import Article
from aggregator.render.cached import cached, fingerprint
from aggregator.render.site import STATE_FILE, write_site
from aggregator.store.rows import article_id
from aggregator.store.sqlite import Store
from aggregator.text import content_hash
from aggregator.web import create_app
from aggregator.web.data import fts_query, snippet_markup
from tests.sitekit import HOSTILE_OUTLET, build_demo, build_hostile, serving

SCRIPT_RE = re.compile(r"<script\b([^>]*)>", re.I)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    settings = build_hostile(folder)
    store = Store(settings.db_path)
    report = write_site(store, settings, folder / "site")
    return settings, folder / "site", report


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("site-demo")
    return build_demo(folder)


def _pages(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in (".html", ".atom"))


def _assert_inert(html: str, where: str) -> None:
    """No script but the site's own (one inline, one JSON data block), no javascript: link,
    no attribute handler from the input."""
    for attrs in SCRIPT_RE.findall(html):
        assert attrs.strip() in ("", 'type="application/json" id="sbs-data"'), f"{where}: <script{attrs}>"
    assert "alert(1)</script>" not in html and "<img src=x" not in html, where
    assert not re.search(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", html, re.I), where
    assert "onerror=alert" not in html.replace("onerror=alert(2)&gt;", ""), where
    assert "\u202e" not in html, f"{where}: a bidi override reached the page"


# --- escaping ------------------------------------------------------------------------------
def test_hostile_input_is_inert_in_every_static_page(hostile):
    settings, folder, report = hostile
    pages = _pages(folder)
    assert any("events/" in str(p) for p in pages), "the hostile event has a page"
    for page in pages:
        text = page.read_text(encoding="utf-8")
        if page.suffix == ".atom":
            feed = feedparser.parse(text)
            assert not feed.bozo, feed.bozo_exception
            assert feed.entries and "Evil <b>Gazette</b>" in feed.entries[0].summary  # text, shown as written
            assert "<script" not in text
            continue
        _assert_inert(text, str(page))
    event_page = next(p for p in pages if "events/" in str(p)).read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in event_page  # the headline shows as the characters
    assert "(no web address: javascript:alert(3))" in event_page  # the link is text, not a link
    assert "Evil &lt;b&gt;Gazette&lt;/b&gt;" in event_page


def test_hostile_input_is_inert_in_every_served_page(hostile):
    settings, folder, _ = hostile
    store = Store(settings.db_path)
    [event] = [e for e in store.events() if len(set(e.outlets)) > 1]
    client = TestClient(create_app(settings))
    urls = ["/", f"/events/{event.id}.html", "/search?q=strike", "/search?q=%3Cscript%3E", "/feed.atom"]
    urls += [f"/outlets/{p.name}" for p in (folder / "outlets").iterdir()]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        if url.endswith(".atom"):
            assert "<script" not in response.text
            continue
        assert "script-src 'sha256-" in response.headers["content-security-policy"]
        _assert_inert(response.text, url)
    api = client.get(f"/api/events/{event.id}/comparison").json()
    assert any(o["title"] == "<script>alert(1)</script> Harbour strike <img src=x onerror=alert(2)>"
               for o in api["outlets"]), "the API gives the data as written (JSON is not markup)"
    assert client.get(f"/api/outlets/{HOSTILE_OUTLET}").status_code == 200


def test_search_queries_are_data_not_syntax(hostile):
    settings, _, _ = hostile
    client = TestClient(create_app(settings))
    for query in ['"', "AND (", "strike OR", "NEAR(a b", "*", "col:terminal", "terminal*", '"container terminals"']:
        response = client.get("/api/search", params={"q": query})
        assert response.status_code == 200, query
    assert client.get("/api/search", params={"q": '"container terminals"'}).json()["results"]
    assert client.get("/api/search", params={"q": "termin*"}).json()["results"]
    assert fts_query('a "b c" d*') == '"a" "b c" "d"*'
    assert str(snippet_markup("x \ue000<b>\ue001 \ue000y")) == "x <mark>&lt;b&gt;</mark> <mark>y</mark>"


# --- the site --------------------------------------------------------------------------------
def test_site_pages_feed_and_incremental_rewrites(tmp_path):
    settings = build_hostile(tmp_path)
    store = Store(settings.db_path)
    folder = tmp_path / "site"
    first = write_site(store, settings, folder)
    assert {"index.html", "feed.atom"} <= set(first.written)
    again = write_site(store, settings, folder)
    assert again.written == () and again.removed == ()
    [event] = [e for e in store.events() if len(set(e.outlets)) > 1]
    page = folder / "events" / f"{event.id}.html"
    before = page.stat().st_mtime_ns
    # the event changes (a run re-saved it): its page and the lists are rebuilt, nothing else
    time.sleep(1.1)
    with store.atomic():
        store.db.execute("update events set updated_at = datetime('now', '+1 minute'), label = 'Harbour strike, day two' "
                         "where id = ?", [event.id])
        # the title shown is the reports' most representative headline (issue 22), not the stored label
        store.db.execute("update articles set title = 'Harbour strike, day two' where source = 'Plain Post'")
    changed = write_site(store, settings, folder)
    assert f"events/{event.id}.html" in changed.written and "index.html" in changed.written
    assert "Harbour strike, day two" in (folder / "index.html").read_text(encoding="utf-8")
    assert page.stat().st_mtime_ns != before
    feed = feedparser.parse((folder / "feed.atom").read_text(encoding="utf-8"))
    assert feed.entries[0].title == "Harbour strike, day two"
    # the event goes away (reclustered): its page is removed, files the site did not write stay
    (folder / "events" / "mine.html").write_text("not the site's")
    store.clear_events()
    gone = write_site(store, settings, folder)
    assert f"events/{event.id}.html" in gone.removed and not page.exists()
    assert (folder / "events" / "mine.html").exists()
    assert json.loads((folder / STATE_FILE).read_text())["pages"]


def test_comparison_cache_follows_the_event_and_serve_never_writes(tmp_path):
    settings = build_hostile(tmp_path)
    store = Store(settings.db_path)
    [event] = [e for e in store.events() if len(set(e.outlets)) > 1]
    assert cached(store, event, fingerprint(settings)) is None
    before = store.db.execute("select count(*) from comparison_cache").fetchone()[0]
    client = TestClient(create_app(settings))
    assert client.get(f"/events/{event.id}.html").status_code == 200  # computed in memory
    assert store.db.execute("select count(*) from comparison_cache").fetchone()[0] == before == 0
    write_site(store, settings, tmp_path / "site")  # a run (or `aggregator site`) caches it
    found = cached(store, event, fingerprint(settings))
    assert found is not None and found.fresh and found.data["event"]["id"] == event.id
    with store.atomic():
        store.db.execute("update events set updated_at = datetime('now', '+1 day') where id = ?", [event.id])
    assert not cached(store, store.event(event.id), fingerprint(settings)).fresh


def test_serve_reads_while_a_writer_holds_a_transaction(tmp_path):
    settings = build_hostile(tmp_path)
    client = TestClient(create_app(settings))
    writer = sqlite3.connect(settings.db_path, timeout=1)
    writer.execute("begin immediate")
    writer.execute("insert into fetch_log (at, kind, source, url, status, ok, reason) "
                   "values ('x', 'feed', '', '', 0, 0, 'held')")
    try:
        started = time.monotonic()
        assert client.get("/api/events").status_code == 200
        assert client.get("/").status_code == 200
        assert time.monotonic() - started < 5
    finally:
        writer.rollback()
        writer.close()


def test_api_contract(hostile):
    settings, _, _ = hostile
    client = TestClient(create_app(settings))
    listing = client.get("/api/events").json()
    assert listing["total"] >= 1
    row = next(r for r in listing["events"] if len(r["outlets"]) > 1)
    assert {"id", "label", "first_seen", "last_seen", "keywords", "outlets", "countries", "affiliations",
            "page"} <= set(row)
    assert client.get("/api/events", params={"country": "GB"}).json()["total"] >= 1
    assert client.get("/api/events", params={"country": "FR"}).json()["total"] == 0
    assert client.get("/api/events", params={"limit": "x"}).status_code == 400
    event = client.get(f"/api/events/{row['id']}").json()
    assert event["articles"] and event["comparison"].endswith("/comparison")
    comparison = client.get(f"/api/events/{row['id']}/comparison").json()
    assert {"event", "outlets", "facts", "wording_changes"} <= set(comparison)
    outlet = client.get("/api/outlets/Plain Post").json()
    assert outlet["outlet"]["country"] == "GB" and outlet["events"]
    assert client.get("/api/outlets/Nobody").status_code == 404
    assert client.get("/api/events/nope").json() == {"error": "unknown event id 'nope'"}
    assert client.post("/api/events").status_code == 405
    assert client.get("/nowhere").status_code == 404


def test_big_responses_are_gzipped_for_clients_that_accept_it(hostile):
    """Issue 23: a big event's comparison JSON is megabytes; a client that accepts gzip gets it
    gzipped, one that does not gets it plain, and the JSON is the same."""
    settings, _, _ = hostile
    client = TestClient(create_app(settings))
    row = next(r for r in client.get("/api/events").json()["events"] if len(r["outlets"]) > 1)
    url = f"/api/events/{row['id']}/comparison"
    zipped = client.get(url, headers={"Accept-Encoding": "gzip"})
    plain = client.get(url, headers={"Accept-Encoding": "identity"})
    assert zipped.headers["content-encoding"] == "gzip" and "content-encoding" not in plain.headers
    assert int(zipped.headers["content-length"]) < len(plain.content)
    assert zipped.json() == plain.json()
    page = client.get(f"/events/{row['id']}.html", headers={"Accept-Encoding": "gzip"})
    assert page.headers["content-encoding"] == "gzip" and page.headers["x-content-type-options"] == "nosniff"


def test_api_dates_are_iso_dates_not_strings(hostile):
    """since/until compared as strings: `since=20260101` gave 0 events and `until` all of them.
    The events of `hostile` were seen on 2026-01-05 from 09:00 to 11:00 UTC."""
    settings, _, _ = hostile
    client = TestClient(create_app(settings))
    total = client.get("/api/events").json()["total"]

    def count(**params: str) -> int:
        answer = client.get("/api/events", params=params)
        assert answer.status_code == 200, answer.text
        return answer.json()["total"]

    assert total >= 1
    assert count(since="2026-01-01") == total and count(until="2026-01-01") == 0
    assert count(since="2026-01-05") == total == count(until="2026-01-05")  # a date is the whole day
    assert count(since="2026-01-06") == 0
    assert count(since="2026-01-05T10:00:00Z") == total and count(since="2026-01-05T12:00:00+00:00") == 0
    assert count(until="2026-01-05T08:00") == 0 and count(until="2026-01-05T09:59+01:00") == 0
    assert count(until="2026-01-05T09:00:00Z") == total
    for bad in ("20260101", "2026-13-01", "01/01/2026", "yesterday", "2026-01-01T25:00", "2026-W01"):
        for name in ("since", "until"):
            answer = client.get("/api/events", params={name: bad})
            assert answer.status_code == 400, (name, bad)
            error = answer.json()["error"]
            assert error.startswith(f"{name}: expected an ISO date") and "\n" not in error and bad in error


def _slow_compare(monkeypatch, calls: list[str], release: threading.Event | None = None, pause: float = 0.0):
    """The comparison function, counting its calls (and holding each until `release` or `pause`)."""
    import aggregator.compare.stored as stored

    real = stored.compare

    def counted(store, event_id, settings):
        calls.append(event_id)
        if release is not None:
            release.wait(30)
        time.sleep(pause)
        return real(store, event_id, settings)

    monkeypatch.setattr(stored, "compare", counted)


def test_concurrent_requests_for_one_uncached_comparison_share_one_computation(tmp_path, monkeypatch):
    """20 requests at once for an event whose comparison is not cached ran 20 comparisons."""
    import httpx

    settings = build_hostile(tmp_path)
    [event] = [e for e in Store(settings.db_path).events() if len(set(e.outlets)) > 1]
    calls: list[str] = []
    _slow_compare(monkeypatch, calls, pause=0.5)
    with serving(settings) as base:
        paths = [f"/api/events/{event.id}/comparison", f"/events/{event.id}.html"] * 10
        with ThreadPoolExecutor(20) as pool:
            answers = list(pool.map(lambda path: httpx.get(base + path, timeout=60), paths))
        assert [a.status_code for a in answers] == [200] * 20
        assert calls == [event.id]  # one computation, shared by all twenty
        assert httpx.get(f"{base}/api/events/{event.id}/comparison", timeout=60).status_code == 200
    assert calls == [event.id]  # and kept


def test_past_serve_comparisons_another_comparison_is_503_with_retry_after(tmp_path, monkeypatch):
    from dataclasses import replace

    from aggregator.pipeline import cluster

    settings = replace(build_hostile(tmp_path), serve_comparisons=1)
    store = Store(settings.db_path)
    text = ("A volcano on the northern island erupted overnight, forcing the evacuation of four villages. "
            "Ash closed the regional airport, officials said, and schools will stay shut until Friday.")
    when = datetime(2026, 1, 5, 14, 0, tzinfo=UTC)
    store.save_article(Article(id=article_id("https://plain.example/volcano"), url="https://plain.example/volcano",
                               canonical_url="https://plain.example/volcano", source="Plain Post",
                               title="Volcano erupts on northern island", text=text, published=when, fetched_at=when,
                               language="en", content_hash=content_hash(text)))
    cluster(store, settings)
    events = store.events()
    first = next(e for e in events if len(set(e.outlets)) > 1)
    other = next(e for e in events if e.id != first.id)
    calls: list[str] = []
    release = threading.Event()
    _slow_compare(monkeypatch, calls, release=release)
    with serving(settings) as base:
        import httpx

        with ThreadPoolExecutor(1) as pool:
            held = pool.submit(httpx.get, f"{base}/api/events/{first.id}/comparison", timeout=60)
            deadline = time.monotonic() + 30
            while not calls and time.monotonic() < deadline:
                time.sleep(0.02)
            assert calls == [first.id]  # the first comparison is being computed
            busy = httpx.get(f"{base}/events/{other.id}.html", timeout=10)
            api = httpx.get(f"{base}/api/events/{other.id}/comparison", timeout=10)
            release.set()
            assert held.result().status_code == 200
        assert busy.status_code == 503 and int(busy.headers["Retry-After"]) > 0
        assert "Content-Security-Policy" in busy.headers
        if len(set(other.outlets)) > 1:
            assert api.status_code == 503 and api.headers["Retry-After"] == busy.headers["Retry-After"]
            assert set(api.json()) == {"error"}
        assert calls == [first.id]  # the refused one was not computed
        assert httpx.get(f"{base}/events/{other.id}.html", timeout=60).status_code == 200  # its turn now
    assert calls == [first.id, other.id]


# --- the demo --------------------------------------------------------------------------------
@pytest.mark.slow
def test_demo_writes_the_site(demo):
    result, settings = demo
    folder = Path(result.run.site_dir)
    assert result.run.site_written >= 1 + 3 + 7  # index, the three events, the seven outlets
    index = (folder / "index.html").read_text(encoding="utf-8")
    for event in (e for e in result.events if len(set(e.outlets)) > 1):
        assert f'href="events/{event.id}.html"' in index
        page = (folder / "events" / f"{event.id}.html").read_text(encoding="utf-8")
        assert "<svg" in page and 'id="fact-grid"' in page and 'id="sbs-data"' in page
    ban = next(p for p in (folder / "events").glob("*.html") if "Northern Clarion" in p.read_text(encoding="utf-8")
               and "dual-use" in p.read_text(encoding="utf-8"))
    text = ban.read_text(encoding="utf-8")
    assert '<del data-kind="attribution verb"' in text and "<ins" in text
    assert re.search(r'class="tl-mark" data-kind="first"', text)


def test_compare_format_page_is_the_visual_event_page(tmp_path, seed_dir):
    """`aggregator compare --format page`: the site's event page on its own, self-contained."""
    import subprocess
    import sys

    env = {"AGGREGATOR_EMBEDDER": "hashing", "AGGREGATOR_MULTILINGUAL_EMBEDDER": "", "PATH": "/usr/bin:/bin"}
    db = str(tmp_path / "x.db")
    for args in (("import", str(seed_dir)), ("cluster",)):
        subprocess.run([sys.executable, "-m", "aggregator", "--db", db, *args], check=True, env=env,
                       capture_output=True)
    events = subprocess.run([sys.executable, "-m", "aggregator", "--db", db, "events", "--json"], check=True,
                            env=env, capture_output=True, text=True).stdout
    import json

    biggest = max(json.loads(events), key=lambda e: e["n_outlets"])["id"]
    out = tmp_path / "page.html"
    subprocess.run([sys.executable, "-m", "aggregator", "--db", db, "compare", biggest, "--format", "page",
                    "-o", str(out)], check=True, env=env, capture_output=True)
    page = out.read_text(encoding="utf-8")
    assert "<svg" in page and "http://" not in page.split("<body")[0]  # charts inline, nothing fetched
    assert "Content-Security-Policy" in page
