"""A many-host news site on loopback for the worker tests and benchmarks/workers.py.

`hosts` outlets, each its own HTTP server on its own address (127.0.0.2, 127.0.0.3, … all
loopback on Linux), each with an RSS feed of `pages` articles. Page j of every outlet reports
story j, in the outlet's own selection and order of the story's sentences, so clustering has
real events to find. Every request's arrival time is recorded per host, so a test can check
that no host was ever asked twice within its delay. All text is generated here.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import ThreadingHTTPServer
from pathlib import Path

from .pages import QuietHandler, article_html, serving_all

PLACES = ["Orvan", "Drennick", "Port Anselm", "Gullmere", "Tessaly", "Brisley", "Halden", "Marlow", "Osk", "Sorrel",
          "Kettering Bay", "Ulvik", "Caddon", "Rimsby", "Fenwick", "Aldmoor", "Beskow", "Tarran", "Vell", "Cray"]
PEOPLE = ["Ines Talvik", "Marten Oyelaran", "Sofia Brandt", "Kaito Renn", "Ada Marsh", "Olu Baptiste",
          "Lena Varga", "Tomas Ebbe", "Priya Castell", "Jon Haskell", "Mirela Duca", "Aksel Lund"]
TOPICS = [("ferry", "lost power"), ("bridge", "was closed to cars"), ("earthquake", "damaged farmhouses"),
          ("railway", "reopened its mountain line"), ("hospital", "opened a new ward"), ("harbour", "flooded"),
          ("school", "was evacuated"), ("mine", "halted production"), ("dam", "showed cracks"),
          ("airport", "cancelled flights"), ("factory", "caught fire"), ("market", "was shut by inspectors")]
TEMPLATES = [
    "The {topic} in {place} {what} on {day}, officials said.",
    "{person}, who speaks for the regional council, said {n} people were affected in {place}.",
    "Engineers from {place2} arrived within {h} hours to inspect the {topic}.",
    "Residents of {place} said the {topic} had worried them for {y} years.",
    "{person} promised {m} million crowns to repair the {topic} by the spring.",
    "An inquiry into the {topic} at {place} will report in {w} weeks, the ministry said.",
    "Local radio in {place2} interrupted its programmes to report on the {topic}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
START = datetime(2026, 4, 6, 6, tzinfo=UTC)


def story_sentences(j: int) -> list[str]:
    rng = random.Random(1000 + j)
    topic, what = TOPICS[j % len(TOPICS)]
    values = {"topic": topic, "what": what, "place": rng.choice(PLACES), "place2": rng.choice(PLACES),
              "person": rng.choice(PEOPLE), "day": DAYS[j % 7], "n": rng.randint(12, 900), "h": rng.randint(2, 9),
              "y": rng.randint(3, 30), "m": rng.randint(2, 80), "w": rng.randint(2, 12)}
    return [t.format(**values) for t in TEMPLATES]


def outlet_version(j: int, i: int) -> list[str]:
    """Outlet i's report of story j: five of the seven sentences in its own order, plus a line."""
    rng = random.Random(j * 7919 + i)
    chosen = rng.sample(story_sentences(j), 5)
    return [*chosen, f"Reporting by the Outlet {i} desk in {PLACES[i % len(PLACES)]}."]


class LoopSite:
    """`hosts` servers × `pages` articles; `latency`: seconds each page takes to answer."""

    def __init__(self, hosts: int = 20, pages: int = 50, latency: float = 0.0):
        self.n_hosts, self.n_pages, self.latency = hosts, pages, latency
        self.arrivals: dict[str, list[float]] = {}
        self._lock = threading.Lock()
        self._servers = [ThreadingHTTPServer((f"127.0.0.{i + 2}", 0), self._handler(i)) for i in range(hosts)]
        self.bases = [f"http://127.0.0.{i + 2}:{s.server_address[1]}" for i, s in enumerate(self._servers)]
        for base in self.bases:
            self.arrivals[base.split("//")[1]] = []

    def page_urls(self) -> list[str]:
        return [f"{base}/news/{j}.html" for base in self.bases for j in range(self.n_pages)]

    def reset(self) -> None:
        with self._lock:
            for times in self.arrivals.values():
                times.clear()

    def min_gaps(self) -> dict[str, float]:
        """Per host, the shortest time between two requests arriving (inf with fewer than two)."""
        gaps = {}
        with self._lock:
            for host, times in self.arrivals.items():
                ordered = sorted(times)
                gaps[host] = min((b - a for a, b in zip(ordered, ordered[1:])), default=float("inf"))
        return gaps

    def _page(self, i: int, j: int) -> bytes:
        title = f"{story_sentences(j)[0][:60]} (Outlet {i})"
        when = START + timedelta(hours=3 * j, minutes=i)
        return article_html(title, outlet_version(j, i), published=when.isoformat()).encode("utf-8")

    def _feed(self, i: int) -> bytes:
        base = self.bases[i]
        items = "".join(
            f"<item><title>Story {j} (Outlet {i})</title><link>{base}/news/{j}.html</link>"
            f"<guid>{base}/news/{j}.html</guid><pubDate>{format_datetime(START + timedelta(hours=3 * j))}</pubDate>"
            f"<description>Story {j}.</description></item>" for j in range(self.n_pages))
        return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Outlet {i}</title>'
                f"<link>{base}/</link><description>news</description>{items}</channel></rss>").encode()

    def _handler(self, i: int):
        site = self

        class Handler(QuietHandler):
            def do_GET(self):
                with site._lock:
                    site.arrivals[self.headers.get("Host", "")].append(time.monotonic())
                if self.path == "/feed.xml":
                    return self.send(200, site._feed(i), "application/rss+xml")
                if self.path.startswith("/news/") and self.path.endswith(".html"):
                    j = int(self.path[len("/news/"):-len(".html")])
                    if 0 <= j < site.n_pages:
                        time.sleep(site.latency)
                        return self.send(200, site._page(i, j), "text/html; charset=utf-8")
                self.send(404, b"", "text/plain")

        return Handler

    def sources_yaml(self, path: Path) -> Path:
        lines = ["sources:"]
        for i, base in enumerate(self.bases):
            lines += [f"  - name: Outlet {i}", f"    domain: 127.0.0.{i + 2}", "    country: GB", "    languages: [en]",
                      "    affiliation: commercial", f"    feeds: [{base}/feed.xml]", "    respect_robots: true",  # robots.txt (404 here) takes a turn like any request
                      "    allow_private_hosts: true"]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    @contextmanager
    def serving(self) -> Iterator[LoopSite]:
        with serving_all(self._servers):
            yield self
