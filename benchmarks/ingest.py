"""Ingestion speed: N generated article pages served from local HTTP servers, end to end.

Ten fictional outlets, each its own server on 127.0.0.1 (so per-host politeness applies as it
would to ten real sites), each with an RSS feed listing its share of the N pages. Every page
is a realistic article page (navigation, cookie banner, related links, reader comments,
footer) around a generated body whose paragraphs we know, so both extractors can be scored
against the truth, not only against each other.

Prints, per N:
- end to end: `pipeline.ingest` (feeds → pages over HTTP → trafilatura → SQLite, dedup),
  articles/s and peak RSS;
- extraction only, single thread, on the same bytes: our `extract_page` and newspaper4k's
  `Article.parse`, ms/page;
- text quality against the known body: word-level recall and precision for both, and how often
  newspaper4k's text agrees with ours (word-sequence similarity ≥ 0.9);
- WARC import of the same pages (one .warc.gz), pages/s and peak RSS: archives stream.

    .venv/bin/pip install -e '.[bench]'    # newspaper4k
    .venv/bin/python benchmarks/ingest.py [--sizes 200 1000 2000]
"""

from __future__ import annotations

import argparse
import difflib
import io
import platform
import random
import resource
import tempfile
import threading
import time
from collections import Counter
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from aggregator.config.settings import Settings
from aggregator.demo import render_pages
from aggregator.ingest.extract import extract_page
from aggregator.ingest.imports import import_paths
from aggregator.models import Feed, Source
from aggregator.pipeline import ingest
from aggregator.store.sqlite import Store

OUTLETS = 10
PLACES = ["Eastmouth", "Norhaven", "Port Ilse", "Calder Bay", "Westfell", "Ardmoor", "Sellick", "Brunholt"]
ACTORS = ["the port authority", "the trade ministry", "a coastguard spokesman", "the city council",
          "the harbour master", "a union official", "the fisheries board", "an industry group"]
VERBS = ["said", "announced", "confirmed", "warned", "told reporters", "stated"]
EVENTS = ["a container ship ran aground", "exports of rare earths were suspended",
          "a fishing boat was detained", "a new ferry route opened", "the channel was closed to traffic",
          "talks on a trade agreement stalled", "a storm damaged the breakwater", "tariffs on steel were raised"]
DETAILS = ["No injuries were reported.", "The decision takes effect immediately.",
           "Officials expect delays of several days.", "The measure will be reviewed in March.",
           "Shipping companies criticised the move.", "Local businesses welcomed the news.",
           "Analysts said the impact would be limited.", "Further talks are planned next week."]


def body_paragraphs(rng: random.Random, n: int) -> list[str]:
    paragraphs = []
    for _ in range(n):
        place, actor, verb, event = (rng.choice(x) for x in (PLACES, ACTORS, VERBS, EVENTS))
        number = rng.randint(2, 950)
        paragraphs.append(f"In {place}, {actor} {verb} on {rng.choice(['Monday', 'Tuesday', 'Friday'])} "
                          f"that {event}, affecting about {number} people and {number * 3} tonnes of cargo. "
                          f"{rng.choice(DETAILS)} {rng.choice(DETAILS)}")
    return paragraphs


def page_html(outlet: str, title: str, paragraphs: list[str], published: datetime, rng: random.Random) -> bytes:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    related = "".join(f'<li><a href="/story/{rng.randint(1, 99999)}.html">{t}</a></li>'
                      for t in rng.sample(EVENTS, 4))
    comments = "".join(f'<div class="comment"><b>reader{i}</b><p>I disagree with this, {rng.choice(DETAILS).lower()}</p></div>'
                       for i in range(rng.randint(0, 4)))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | {outlet}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="{published.isoformat()}"></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<main><article><h1>{title}</h1><p class="byline">By Staff Reporter</p>
{body}
</article><aside><h2>Related</h2><ul>{related}</ul></aside>
<section class="comments"><h3>Comments</h3>{comments}</section></main>
<footer>© 2026 {outlet}. All rights reserved.</footer></body></html>""".encode()


class Site:
    """One outlet: pages and a feed, in memory, on its own port."""

    def __init__(self, index: int, n_pages: int, rng: random.Random):
        self.name = f"Outlet {index:02d} News"
        self.pages: dict[str, bytes] = {}
        self.truth: dict[str, str] = {}
        self.items: list[tuple[str, str, datetime]] = []
        self.n_pages, self.rng = n_pages, rng

    def build(self, base: str) -> None:
        start = datetime(2026, 1, 6, tzinfo=UTC)
        for i in range(self.n_pages):
            paragraphs = body_paragraphs(self.rng, self.rng.randint(4, 9))
            title = paragraphs[0].split(",")[0] + f" ({self.name}, story {i})"
            published = start - timedelta(minutes=7 * i)
            path = f"/news/{i}.html"
            self.pages[path] = page_html(self.name, title, paragraphs, published, self.rng)
            self.truth[base + path] = "\n".join(paragraphs)
            self.items.append((title, base + path, published))
        items = "".join(f"<item><title>{t}</title><link>{u}</link><guid>{u}</guid>"
                        f"<pubDate>{p.strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate></item>" for t, u, p in self.items)
        self.pages["/feed.xml"] = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                                   f"<title>{self.name}</title>{items}</channel></rss>").encode()


@contextmanager
def serve(site: Site):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - stdlib hook
            body = site.pages.get(self.path)
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml" if self.path.endswith(".xml") else "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def serve_outlets(n: int, stack: ExitStack) -> tuple[list[Site], list[str], list[Source]]:
    """N generated pages spread over the outlets, each served on its own port until `stack` closes;
    (sites, their base URLs, the sources to point a run at). Seeded by N: the same pages each time."""
    rng = random.Random(n)
    sites = [Site(i, n // OUTLETS + (1 if i < n % OUTLETS else 0), rng) for i in range(OUTLETS)]
    bases = [stack.enter_context(serve(site)) for site in sites]
    for site, base in zip(sites, bases):
        site.build(base)
    sources = [Source(name=s.name, domain=f"outlet{i}.example", country="GB", languages=("en",),
                      affiliation="commercial", feeds=(Feed(b + "/feed.xml"),), allow_private_hosts=True,
                      respect_robots=False) for i, (s, b) in enumerate(zip(sites, bases))]
    return sites, bases, sources


def words(text: str) -> list[str]:
    return [w.strip(".,;:!?\"'()").lower() for w in text.split() if w.strip(".,;:!?\"'()")]


def recall_precision(found: str, truth: str) -> tuple[float, float]:
    f, t = Counter(words(found)), Counter(words(truth))
    common = sum((f & t).values())
    return common / max(1, sum(t.values())), common / max(1, sum(f.values()))


def agreement(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, words(a), words(b), autojunk=False).ratio()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_size(n: int, tmp: Path) -> dict:
    settings = Settings.load(db_path=tmp / f"bench-{n}.db", per_host_delay=0.0, max_entries_per_feed=10_000)
    with ExitStack() as stack:
        sites, bases, sources = serve_outlets(n, stack)
        store = Store(settings.db_path)
        t0 = time.perf_counter()
        report = ingest(store, sources, settings)
        e2e = time.perf_counter() - t0
    rss_e2e = peak_rss_mb()
    pages = [(base + path, body) for site, base in zip(sites, bases)
             for path, body in site.pages.items() if path.endswith(".html")]
    truth = {url: text for site in sites for url, text in site.truth.items()}

    t0 = time.perf_counter()
    ours = {url: extract_page(body, url).text for url, body in pages}
    ours_ms = (time.perf_counter() - t0) * 1000 / len(pages)

    import newspaper

    t0 = time.perf_counter()
    theirs = {}
    for url, body in pages:
        article = newspaper.Article(url, language="en", fetch_images=False)
        article.download(input_html=body.decode("utf-8"))
        article.parse()
        theirs[url] = article.text
    np_ms = (time.perf_counter() - t0) * 1000 / len(pages)

    ours_rp = [recall_precision(ours[u], truth[u]) for u, _ in pages]
    np_rp = [recall_precision(theirs[u], truth[u]) for u, _ in pages]
    agree = [agreement(ours[u], theirs[u]) for u, _ in pages]

    warc = tmp / f"bench-{n}.warc.gz"
    write_warc(warc, pages)
    warc_store = Store(tmp / f"warc-{n}.db")
    t0 = time.perf_counter()
    imported = import_paths(warc_store, [warc], settings=Settings.load(db_path=tmp / f"warc-{n}.db"))
    warc_s = time.perf_counter() - t0
    mean = lambda xs: sum(xs) / len(xs)  # noqa: E731
    return {
        "n": n, "stored": report.articles_new, "failures": report.failures, "e2e_s": e2e,
        "rate": report.articles_new / e2e, "rss_e2e": rss_e2e, "ours_ms": ours_ms, "np_ms": np_ms,
        "ours_recall": mean([r for r, _ in ours_rp]), "ours_precision": mean([p for _, p in ours_rp]),
        "np_recall": mean([r for r, _ in np_rp]), "np_precision": mean([p for _, p in np_rp]),
        "agree": sum(a >= 0.9 for a in agree) / len(agree), "warc_mb": warc.stat().st_size / 1e6,
        "warc_rate": imported.new / warc_s, "rss_warc": peak_rss_mb(),
    }


def write_warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url.replace("127.0.0.1", "archive.example"), "response",
                                                          payload=io.BytesIO(body), http_headers=headers))


def demo_agreement() -> tuple[int, float, float]:
    """Our text vs newspaper4k's on the demo corpus's hand-written pages (heavier furniture)."""
    import newspaper

    scores, lengths = [], []
    for path, body in sorted(render_pages().items()):
        html, url = body.decode("utf-8"), "https://demo.example/" + Path(path).name
        ours = extract_page(body, url).text
        article = newspaper.Article(url, fetch_images=False)
        article.download(input_html=html)
        try:
            article.parse()
        except Exception:  # noqa: BLE001 - e.g. Chinese pages need newspaper4k[zh] (jieba)
            continue
        scores.append(agreement(ours, article.text))
        lengths.append(len(article.text) / max(1, len(ours)))
    return len(scores), sum(s >= 0.9 for s in scores) / len(scores), sum(lengths) / len(lengths)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 1000, 2000])
    args = parser.parse_args()
    settings = Settings.load()
    print(f"# ingest benchmark, {datetime.now():%Y-%m-%d}, {platform.processor() or platform.machine()}, "
          f"workers={settings.workers}, per-host concurrency={settings.per_host_concurrency}, "
          f"{OUTLETS} outlets on 127.0.0.1")
    print(f"{'pages':>6} {'stored':>6} {'e2e art/s':>9} {'ours ms':>7} {'np4k ms':>7} "
          f"{'ours R/P':>11} {'np4k R/P':>11} {'agree':>6} {'RSS MB':>6} {'WARC MB':>7} {'WARC p/s':>8} {'RSS MB':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            r = run_size(n, Path(tmp))
            print(f"{r['n']:>6} {r['stored']:>6} {r['rate']:>9.1f} {r['ours_ms']:>7.1f} {r['np_ms']:>7.1f} "
                  f"{r['ours_recall']:>5.3f}/{r['ours_precision']:.3f} {r['np_recall']:>5.3f}/{r['np_precision']:.3f} "
                  f"{r['agree']:>6.1%} {r['rss_e2e']:>6.0f} {r['warc_mb']:>7.1f} {r['warc_rate']:>8.1f} {r['rss_warc']:>6.0f}")
    n, agree, ratio = demo_agreement()
    print(f"demo pages: {n}, newspaper4k agrees with ours (similarity >= 0.9) on {agree:.0%}; "
          f"its text is {ratio:.2f}x ours in length on average")


if __name__ == "__main__":
    main()
