"""Synthetic feeds and pages for fetch tests (our own text, not copied from any outlet)."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from aggregator.models import Article, Feed, Source
from aggregator.store.contract import StoreContract
from aggregator.text import content_hash

PARAGRAPHS = [
    "The port authority of Eastmouth said on Monday that a container ship ran aground in the outer channel overnight.",
    "No crew members were hurt, the authority said, and the vessel was not leaking fuel.",
    "Tugs were expected to try to refloat the ship at high tide on Tuesday morning.",
    "Shipping companies warned that delays could last several days if the channel stayed closed.",
    "The harbour master told reporters that a pilot had been on board when the ship left its berth.",
    "Local fishermen said the channel had silted up since dredging stopped two years ago.",
]


def article_html(title: str, paragraphs: list[str] | None = None, published: str = "2026-01-06T09:00:00Z",
                 canonical: str = "", charset: str = "utf-8") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in (paragraphs or PARAGRAPHS))
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}"><title>{title} | Eastmouth Gazette</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Eastmouth Gazette">
<meta property="article:published_time" content="{published}">
{link}
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<main><article><h1>{title}</h1><p class="byline">By Ada Marsh</p>
{body}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Council approves new bridge</a></li>
<li><a href="/b">Weather: storms expected</a></li></ul></aside></main>
<footer>© 2026 Eastmouth Gazette. All rights reserved.</footer>
</body></html>"""


def rss(items: list[tuple[str, str]], title: str = "Eastmouth Gazette") -> str:
    entries = "\n".join(
        f"<item><title>{t}</title><link>{u}</link><guid>{u}</guid>"
        f"<pubDate>Tue, 06 Jan 2026 09:00:00 GMT</pubDate><description>Summary of {t}.</description></item>"
        for t, u in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{title}</title><link>http://example.test/</link>
<description>News</description>{entries}</channel></rss>"""


def source(*feed_urls: str) -> Source:
    return Source(name="Eastmouth Gazette", domain="gazette.example", country="GB", languages=("en",),
                  affiliation="commercial", feeds=tuple(Feed(u) for u in feed_urls),
                  allow_private_hosts=True, respect_robots=False)


def log_rows(store: StoreContract, ok: int = 0) -> list[dict]:
    """Fetch-log rows with this outcome, oldest first, on either backend."""
    return [asdict(e) for e in reversed(store.fetch_log(limit=1_000_000)) if e.ok == bool(ok)]


PAGES = {
    "https://www.gazette.example/2026/01/06/ship.html": ("Ship runs aground", PARAGRAPHS),
    "https://news.harbourwire.example/ship-aground": ("Container ship stuck in channel", [
        "A container ship was stuck in the outer channel of Eastmouth on Monday, officials said.",
        "Harbour officials said tugs would try to free the vessel at high tide.",
        "The channel is the only deep-water route into the port and handles most of its traffic.",
        "A spokesman for the shipping line declined to comment on the cause of the grounding.",
    ]),
}


def write_warc(path: Path, gz: bool = True, huge: int = 0) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))

        def response(url: str, body: bytes, status: str = "200 OK", ctype: str = "text/html; charset=utf-8"):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))

        response("https://www.gazette.example/robots.txt", b"User-agent: *\nAllow: /\n", ctype="text/plain")
        for url, (title, paragraphs) in PAGES.items():
            response(url, article_html(title, paragraphs).encode())
        response("https://www.gazette.example/missing", b"<html>gone</html>", status="404 Not Found")
        response("https://www.gazette.example/empty.html", b"<html><body><nav>Home</nav></body></html>")
        if huge:
            response("https://www.gazette.example/huge.html", b"<html><body>" + b"x" * huge + b"</body></html>")


class QuietHandler(BaseHTTPRequestHandler):
    """Base of the local sites' request handlers: no access log in the test output, and one
    way to answer."""

    def log_message(self, *args):
        pass

    def send(self, status: int, body: bytes, ctype: str, etag: str = "") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if etag:
            self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serving_all(servers: list[ThreadingHTTPServer]) -> Iterator[None]:
    """Serve on every server, each on its own thread, until the block ends."""
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


def synthetic_report(name: str, when: datetime, method: str = "trafilatura", published: bool = True) -> Article:
    """A one-line report `name` by its own outlet "Outlet <name>", for tests whose vectors are
    given (the text does not matter, only ids, outlets and times)."""
    return Article(id=name, url=f"http://x/{name}", canonical_url=f"http://x/{name}", source=f"Outlet {name}",
                   title=f"Report {name}", text=f"Text of report {name}.", published=when if published else None,
                   fetched_at=when, language="en", content_hash=content_hash(name), extraction_method=method)


def gap_after_a_slow_sender(slow, quick, host: str, hold: float = 0.4) -> float:
    """Seconds between two requests' sends when the first turn is granted, then held up for
    `hold` seconds before it has sent (GIL, connecting), and the second asks meanwhile for a free
    slot. `slow` and `quick` are host limiters (fetch.HostTurns), the same one or two."""
    sent: dict[str, float] = {}

    def slow_request() -> None:
        with slow(host) as turn:
            time.sleep(hold)
            # stamped before the limiter stamps its own send, so a thread switch between the two
            # cannot make the gap look shorter than the delay the limiter keeps
            sent["slow"] = time.monotonic()
            turn.sent()

    thread = threading.Thread(target=slow_request)
    thread.start()
    time.sleep(hold / 4)
    with quick(host) as turn:
        turn.sent()
        sent["quick"] = time.monotonic()
    thread.join()
    return sent["quick"] - sent["slow"]
