"""A small synthetic news site on 127.0.0.1 for crash, concurrency and full-disk tests.

Three outlets with an RSS feed each (ETag and If-None-Match honoured, so a second run gets 304),
seven pages each, about three invented events plus unrelated stories, and one wire story that a
second outlet republishes with edits (a near copy). Pages answer after a short delay so that a
run killed at a random moment is often in the middle of its pages. All text is our own writing.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

from .pages import QuietHandler, article_html, serving_all

OUTLETS = ("Harbour Wire", "Northern Clarion", "Valley Courier")

# Each event: sentences every outlet draws on; outlets word them differently (see _story).
EVENTS = {
    "ferry": [
        "A passenger ferry lost power in the Gullmere strait on Sunday evening with 212 people aboard.",
        "The coastguard said two tugboats reached the vessel within an hour and towed it to Port Anselm.",
        "Nobody was injured, according to the operator, Bluewater Lines, which blamed a fuel pump failure.",
        "Passengers described a cold night on deck as the ferry drifted towards the Osk lighthouse.",
        "The maritime inspectorate has opened an inquiry into the maintenance of the ship's engines.",
        "Bluewater Lines cancelled its Monday crossings and offered refunds to booked travellers.",
    ],
    "vote": [
        "The city council of Drennick voted 23 to 19 on Tuesday to close the old Marlow bridge to cars.",
        "Mayor Ines Talvik said the bridge would reopen to cyclists and pedestrians in the spring.",
        "Shopkeepers on Marlow Street warned that the closure would cost them customers from the east bank.",
        "Engineers had reported cracks in two of the bridge's iron girders in a survey last autumn.",
        "The opposition group on the council said it would ask for a referendum on the decision.",
        "Repairs are expected to cost about 14 million crowns and to take at least two years.",
    ],
    "quake": [
        "A magnitude 5.1 earthquake shook the Tessaly valley early on Wednesday, damaging old farmhouses.",
        "The regional seismology office located the quake 12 kilometres below the village of Orvan.",
        "Three people were treated in hospital for minor injuries, the valley's health service said.",
        "Schools in Orvan and two neighbouring villages stayed closed while inspectors checked buildings.",
        "Residents said it was the strongest tremor in the valley since a quake in the winter of 1988.",
        "The regional governor promised emergency funds for families whose homes were left unsafe.",
    ],
}
SINGLES = [
    ["The Halden chess club won the national team championship for the first time in its history.",
     "Its youngest player, aged fourteen, won all five of her games in the final round.",
     "The club will represent the country at the continental championship next summer.",
     "Members celebrated in the club's cellar rooms beneath the old town library."],
    ["A rare white stork was seen nesting on a chimney in the market town of Brisley this week.",
     "Bird watchers travelled from across the region to photograph the nest from a distance.",
     "The local wildlife trust asked visitors to keep away from the house to avoid disturbing the pair.",
     "White storks have not bred in the area for more than a century, the trust said."],
    ["The Sorrel Valley railway reopened its mountain line after a winter of track repairs.",
     "The first train carried two hundred passengers and a brass band to the summit station.",
     "The operator said timetables would return to the summer schedule from the first of May.",
     "Ticket prices for the line rise by five percent this year to pay for the repairs."],
]


def _story(event: str, outlet_index: int) -> list[str]:
    """An outlet's version of an event: its own order and selection of the shared sentences."""
    base = EVENTS[event]
    if outlet_index == 0:
        return base
    if outlet_index == 1:  # republishes the wire with a changed verb and a dropped paragraph
        edited = [s.replace(" said ", " claimed ", 1) for s in base]
        return edited[:4] + edited[5:]
    return [base[1], base[0], base[3], base[2], base[4],
            "Local radio stations interrupted their programmes to report the news as it came in."]


@dataclass(frozen=True)
class Page:
    path: str
    title: str
    html: bytes
    published: datetime


def build_pages() -> dict[str, list[Page]]:
    """Seven pages per outlet: three events, and unrelated stories to fill the feed."""
    start = datetime(2026, 3, 2, 8, tzinfo=UTC)
    pages: dict[str, list[Page]] = {}
    for i, outlet in enumerate(OUTLETS):
        slug = outlet.lower().replace(" ", "-")
        items = []
        for j, event in enumerate(EVENTS):
            paragraphs = _story(event, i)
            when = start + timedelta(days=j, hours=i)
            title = f"{paragraphs[0].split(' on ')[0][:70]} ({outlet})"
            items.append((f"/{slug}/{event}.html", title, paragraphs, when))
        for k in range(4):
            paragraphs = [f"{s} ({outlet} desk note {k})" for s in SINGLES[(i + k) % len(SINGLES)]]
            paragraphs = [p.replace("this week", f"in week {k + i * 4}") for p in paragraphs]
            when = start + timedelta(days=4 + k, hours=i)
            items.append((f"/{slug}/local-{k}.html", f"{outlet} local story {k}: {paragraphs[0][:50]}",
                          paragraphs, when))
        pages[outlet] = [Page(path, title, article_html(title, paras, published=when.isoformat()).encode("utf-8"),
                              when) for path, title, paras, when in items]
    return pages


def feed_xml(base: str, outlet: str, pages: list[Page]) -> bytes:
    items = "\n".join(
        f"<item><title>{escape(p.title)}</title><link>{base}{p.path}</link><guid>{base}{p.path}</guid>"
        f"<pubDate>{format_datetime(p.published)}</pubDate><description>{escape(p.title)}.</description></item>"
        for p in pages)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(outlet)}</title>'
            f"<link>{base}/</link><description>news</description>{items}</channel></rss>").encode()


class Newsroom:
    """The served site: `url`, the sources file to point a run at, and the requests it saw."""

    def __init__(self, page_delay: float = 0.08):
        self.pages = build_pages()
        self.page_delay = page_delay
        self.requests: list[tuple[float, str]] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._by_path = {p.path: p for pages in self.pages.values() for p in pages}

    def _handler(self):
        site = self

        class Handler(QuietHandler):
            def do_GET(self):
                with site._lock:
                    site.requests.append((time.monotonic(), self.path))
                for outlet, pages in site.pages.items():
                    if self.path == f"/{outlet.lower().replace(' ', '-')}/feed.xml":
                        body = feed_xml(site.url, outlet, pages)
                        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                        if self.headers.get("If-None-Match") == etag:
                            self.send_response(304)
                            self.send_header("ETag", etag)
                            self.end_headers()
                            return
                        return self.send(200, body, "application/rss+xml", etag)
                page = site._by_path.get(self.path)
                if page is None:
                    return self.send(404, b"not found", "text/plain")
                time.sleep(site.page_delay)
                self.send(200, page.html, "text/html; charset=utf-8")

        return Handler

    def sources_yaml(self, path: Path) -> Path:
        lines = ["sources:"]
        for outlet in OUTLETS:
            slug = outlet.lower().replace(" ", "-")
            lines += [f"  - name: {outlet}", "    domain: 127.0.0.1", "    country: GB", "    languages: [en]",
                      "    affiliation: wire" if outlet == OUTLETS[0] else "    affiliation: commercial",
                      f"    feeds: [{self.url}/{slug}/feed.xml]", "    respect_robots: false",
                      "    allow_private_hosts: true"]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    @property
    def page_count(self) -> int:
        return len(self._by_path)

    @contextmanager
    def serving(self) -> Iterator[Newsroom]:
        with serving_all([self._server]):
            yield self
