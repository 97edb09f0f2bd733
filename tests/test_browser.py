"""The site and `aggregator serve` in a real browser: Debian's Chromium driven by Playwright
(no browser download). Filters, sorting, the grid reader, side by side, outlet links and
search are used as a reader would, and every test checks that the page logged no console
error, ran no script from the data, and asked for nothing outside 127.0.0.1.

Skipped with a reason where no Chromium is installed; in CI (.ci/run installs it) a missing
Chromium fails instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from aggregator.store.sqlite import Store
from tests.sitekit import build_hostile, serving

pytestmark = pytest.mark.slow  # a browser and the whole demo

LOCAL = ("file://", "data:", "http://127.0.0.1", "about:")


# `browser` and `demo_site` (module-scoped): tests/conftest.py


@pytest.fixture
def page(browser, tmp_path):
    """A fresh page that records console errors, script dialogs and every request; requests
    outside 127.0.0.1 are refused (and recorded)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    seen = {"errors": [], "dialogs": [], "requests": [], "outside": []}

    def guard(route):
        url = route.request.url
        if url.startswith(LOCAL):
            route.continue_()
        else:
            seen["outside"].append(url)
            route.abort()

    context.route("**/*", guard)
    pg = context.new_page()
    pg.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: seen["errors"].append(str(e)))
    pg.on("request", lambda r: seen["requests"].append(r.url))
    pg.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    pg.seen = seen
    yield pg
    context.close()
    assert seen["errors"] == [], f"console errors: {seen['errors']}"
    assert seen["dialogs"] == [], f"a script from the data ran: {seen['dialogs']}"
    outside = [u for u in seen["requests"] if not u.startswith(LOCAL)] + seen["outside"]
    assert outside == [], f"requests left 127.0.0.1: {outside}"


def _visible_rows(pg) -> int:
    return pg.locator("#events tbody tr:not(.hidden)").count()


def test_static_site_filter_open_grid_side_by_side_outlet(page, demo_site, tmp_path):
    result, settings = demo_site
    site = Path(result.run.site_dir)
    page.goto((site / "index.html").resolve().as_uri())
    total = page.locator("#events tbody tr").count()
    assert total == 3 and _visible_rows(page) == 3
    page.fill("#f-text", "radar")
    assert _visible_rows(page) == 1
    assert page.locator("#f-count").inner_text() == "1 of 3 events shown"
    page.fill("#f-text", "")
    page.fill("#f-from", "2026-01-01")
    assert _visible_rows(page) == 1
    page.fill("#f-from", "")
    page.select_option("#f-affiliation", "partisan")
    assert _visible_rows(page) == 2  # the Clarion covered the ban and the radar lock-on
    page.select_option("#f-affiliation", "")
    page.click("#events th:has-text('Outlets')")
    counts = [int(t) for t in page.locator("#events tbody tr td:nth-child(4)").all_inner_texts()]
    assert counts == sorted(counts)
    page.screenshot(path=str(tmp_path / "index.png"))

    page.fill("#f-text", "dual-use")
    page.locator("#events tbody tr:not(.hidden) a").first.click()
    page.wait_for_selector("#fact-grid")
    assert "dual-use" in page.locator("h1").inner_text().lower() or "export" in page.locator("h1").inner_text().lower()

    mark = page.locator("a.mark").first
    mark.click()
    assert page.locator("#reader").is_visible()
    sentence = page.locator(f"[id='{mark.get_attribute('href')[1:]}']").inner_text()
    assert page.locator("#reader-text").inner_text() and page.locator("#reader-text").inner_text() in sentence
    assert page.locator("#reader-outlet").inner_text() == mark.get_attribute("data-outlet")

    page.select_option("#sbs-a", "Harbour Wire")
    page.select_option("#sbs-b", "The Northern Clarion")
    assert page.locator("#sbs-hb").inner_text() == "The Northern Clarion"
    assert page.locator("#sbs-body del").count() > 0 and page.locator("#sbs-body ins").count() > 0
    assert page.locator("#sbs-body del[data-kind='attribution verb']").count() >= 1
    assert "derived from Harbour Wire" in page.locator("#sbs-derived").inner_text()
    page.select_option("#sbs-b", "Xinhai Daily")
    assert page.locator("#sbs-hb").inner_text() == "Xinhai Daily"
    assert page.locator("#sbs-body tr").count() >= 1
    page.locator("#side-by-side").scroll_into_view_if_needed()
    page.screenshot(path=str(tmp_path / "event.png"))

    page.locator("table.outlets a", has_text="The Northern Clarion").first.click()
    page.wait_for_selector("h1")
    assert page.locator("h1").inner_text() == "The Northern Clarion"
    assert "Copies" in page.locator("main").inner_text()


def test_serve_search_and_pages(page, demo_site):
    result, settings = demo_site
    with serving(settings) as base:
        page.goto(base + "/")
        assert page.locator("#events tbody tr").count() == 3
        page.fill("#search-q", "radar")
        page.press("#search-q", "Enter")
        page.wait_for_selector("#result-count")
        assert page.locator(".results li").count() >= 2
        assert page.locator(".results mark").count() >= 1
        page.locator("a.event-link").first.click()
        page.wait_for_selector("#fact-grid")
        page.locator("a.mark").first.click()
        assert page.locator("#reader").is_visible()
        page.goto(base + "/outlets/" + Path(next((Path(result.run.site_dir) / "outlets").glob("harbour-wire-*"))).name)
        assert page.locator("h1").inner_text() == "Harbour Wire"
        response = page.goto(base + "/api/events")
        assert response.ok and '"events"' in page.content()


def test_hostile_pages_run_no_script(page, tmp_path):
    from aggregator.render.site import write_site

    settings = build_hostile(tmp_path)
    store = Store(settings.db_path)
    write_site(store, settings, tmp_path / "site")
    [event] = [e for e in store.events() if len(set(e.outlets)) > 1]
    page.goto((tmp_path / "site" / "events" / f"{event.id}.html").resolve().as_uri())
    assert "<script>alert(1)</script>" in page.locator("table.outlets").inner_text()
    assert page.locator("a[href^='javascript']").count() == 0
    page.locator("a.mark").first.click()
    with serving(settings) as base:
        for url in ("/", f"/events/{event.id}.html", "/search?q=%3Cscript%3E+strike"):
            page.goto(base + url)
            assert page.locator("a[href^='javascript']").count() == 0
