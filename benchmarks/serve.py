"""Page times of `aggregator serve` (and of writing the static site) on the demo database and
on a 10,000-article database.

The large database is synthetic: 2,000 events of five reports each from 20 outlets over a
year, every report a dozen generated sentences with event-specific names and numbers and
outlet-specific wording ("said"/"claimed", a dropped clause), stored through `Store` (FTS index
included) and grouped by `save_event` (clustering is measured in cluster_scale.py). Comparisons
are computed for real (hashing embedder) for `--compared` events; the other events' cache rows
copy those (real sizes), so the index, outlet pages and feed read 2,000 cached digests as they
would after a year of cron runs.

The server runs in this process under uvicorn on 127.0.0.1; each page is fetched `--repeat`
times with httpx after one warm-up request, and the median and worst times are printed.

    .venv/bin/python benchmarks/serve.py [--articles 10000] [--repeat 20] [--skip-demo]
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aggregator.config.settings import Settings  # noqa: E402
from aggregator.models import Article, Event, Source  # noqa: E402
from aggregator.render.cached import ensure_comparison, fingerprint  # noqa: E402
from aggregator.render.site import write_site  # noqa: E402
from aggregator.store.rows import article_id, iso  # noqa: E402
from aggregator.store.sqlite import Store
from aggregator.text import content_hash  # noqa: E402
from tests.sitekit import build_demo, serving  # noqa: E402

START = datetime(2025, 1, 1, tzinfo=UTC)
OUTLETS = [f"Outlet {chr(65 + i)}" for i in range(20)]
COUNTRIES = ["US", "GB", "CN", "JP", "VN", "FR", "DE", "IN", "BR", "ZA"]
AFFILIATIONS = ["wire", "commercial", "state media", "public broadcaster", "partisan"]
NAMES = ["Okafor", "Lindqvist", "Tanaka", "Moreau", "Castillo", "Novak", "Haddad", "Nguyen", "Petrov", "Mensah"]
PLACES = ["Eastmouth", "Norhaven", "Port Ilse", "Calder Bay", "Westfell", "Ardmoor", "Brunholt", "Tidewater"]
TOPICS = ["a ferry ran aground", "the council approved a budget", "a factory fire broke out", "a strike was called",
          "a bridge was closed", "a trade deal was signed", "floods hit farms", "a minister resigned"]


def report_text(rng: random.Random, event: int, outlet: int) -> str:
    r = random.Random(event)
    name, place, topic = r.choice(NAMES), r.choice(PLACES), r.choice(TOPICS)
    number, verb = r.randint(3, 900), "claimed" if outlet % 3 == 0 else "said"
    sentences = [
        f"In {place}, {topic} on Monday, officials {verb}.",
        f"Mayor {name} {verb} that {number} people were affected, a figure disputed by residents of {place}.",
        f"The incident, the worst in {place} since {2000 + event % 20}, drew crowds to the harbour.",
        f"Police in {place} {verb} the investigation would take {number % 30 + 2} days.",
        f"Local businesses reported losses of about {number * 1000} dollars.",
        f"{name} told reporters: \"We will rebuild {place} together.\"",
        f"Critics called the response a disgrace and demanded an inquiry into event {event}.",
        f"The regional government has promised support for those affected in {place}.",
        f"Analysts said the episode in {place} could weigh on the election.",
        f"Officials expect further updates on the {topic.split()[-1]} case later this week.",
        f"Outlet {outlet} learned that a second meeting is planned for Thursday.",
        f"Residents of {place} described long queues at the town hall.",
    ]
    rng.shuffle(sentences[6:])
    return " ".join(sentences[: 9 + outlet % 4])


def build_large(folder: Path, n_articles: int, compared: int) -> Settings:
    settings = Settings.load(db_path=folder / "large.db", reports_dir=folder / "reports", embedder="hashing",
                             multilingual_embedder="")
    store = Store(settings.db_path)
    rng = random.Random(13)
    store.sync_sources([Source(o, f"{o.lower().replace(' ', '')}.example", COUNTRIES[i % len(COUNTRIES)], ("en",),
                               AFFILIATIONS[i % len(AFFILIATIONS)], ()) for i, o in enumerate(OUTLETS)])
    started = time.perf_counter()
    n_events = n_articles // 5
    with store.atomic():
        for e in range(n_events):
            when = START + timedelta(hours=e * 4)
            ids, outlets = [], rng.sample(range(len(OUTLETS)), 5)
            for k, o in enumerate(outlets):
                text = report_text(rng, e, o)
                url = f"https://{OUTLETS[o].lower().replace(' ', '')}.example/{e}/{o}"
                aid = article_id(url)
                store.save_article(Article(id=aid, url=url, canonical_url=url, source=OUTLETS[o],
                                           title=f"{TOPICS[e % len(TOPICS)].capitalize()} in {PLACES[e % len(PLACES)]} ({e})",
                                           text=text, published=when + timedelta(minutes=37 * k),
                                           fetched_at=when + timedelta(minutes=37 * k + 5), language="en",
                                           content_hash=content_hash(text)))
                ids.append(aid)
            store.save_event(Event(id=f"e{e:05d}", label=f"{TOPICS[e % len(TOPICS)].capitalize()} in "
                                   f"{PLACES[e % len(PLACES)]} ({e})", first_seen=when,
                                   last_seen=when + timedelta(minutes=37 * 4), article_ids=tuple(ids),
                                   outlets=tuple(OUTLETS[o] for o in outlets),
                                   keywords=(PLACES[e % len(PLACES)].lower(), "report")),
                             "hashing", {a: 0.5 for a in ids})
    print(f"stored {n_articles} articles in {n_events} events: {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    events = store.events()
    stamp = fingerprint(settings)
    rows = []
    for ev in events[:compared]:
        ensure_comparison(store, ev, settings, stamp)
        rows.append(store.cached_comparison(ev.id))
    per = (time.perf_counter() - started) / compared
    with store.atomic():
        for i, ev in enumerate(events[compared:]):
            row = rows[i % len(rows)]
            store.cache_comparison(ev.id, ev.updated_at, stamp, row.comparison, row.digest)
    print(f"compared {compared} events ({per * 1000:.0f} ms each, hashing embedder); cache rows copied to the rest")
    return settings


def measure(settings: Settings, label: str, repeat: int) -> list[tuple[str, float, float, float]]:
    store = Store(settings.db_path)
    events = [e for e in store.events() if len(set(e.outlets)) > 1]
    event = events[len(events) // 2]
    outlet = sorted(set(event.outlets))[0]
    from aggregator.render.templating import slug

    pages = {"index": "/", "event page": f"/events/{event.id}.html", "outlet page": f"/outlets/{slug(outlet)}.html",
             "feed.atom": "/feed.atom", "search": "/search?q=harbour", "api events": "/api/events",
             "api comparison": f"/api/events/{event.id}/comparison", "api outlet": f"/api/outlets/{outlet}",
             "api search": "/api/search?q=mayor"}
    out = []
    with serving(settings) as base, httpx.Client(base_url=base, timeout=60) as client:
        for name, url in pages.items():
            started = time.perf_counter()
            first = client.get(url)
            cold = time.perf_counter() - started
            assert first.status_code == 200, (url, first.status_code)
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                client.get(url).raise_for_status()
                times.append(time.perf_counter() - started)
            out.append((name, cold * 1000, statistics.median(times) * 1000, max(times) * 1000))
    print(f"\n{label}: {len(events)} events")
    print("| page | first ms | median ms | worst ms |\n|---|---:|---:|---:|")
    for name, cold, median, worst in out:
        print(f"| {name} | {cold:.0f} | {median:.0f} | {worst:.0f} |")
    return out


def site_times(settings: Settings, folder: Path) -> None:
    store = Store(settings.db_path)
    for attempt in ("first", "again (nothing changed)"):
        started = time.perf_counter()
        report = write_site(store, settings, folder)
        print(f"site {attempt}: {len(report.written)} files written, {report.unchanged} unchanged, "
              f"{time.perf_counter() - started:.1f} s")
    ev = store.events()[-1]
    with store.atomic():
        store.db.execute("update events set updated_at = ? where id = ?",
                         [iso(datetime.now(UTC) + timedelta(minutes=1)), ev.id])
    started = time.perf_counter()
    report = write_site(store, settings, folder)
    print(f"site after one event changed: {len(report.written)} files written, "
          f"{time.perf_counter() - started:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--compared", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--skip-demo", action="store_true")
    args = parser.parse_args()
    print(f"{platform.processor() or platform.machine()}, python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if not args.skip_demo:
            (tmp / "demo").mkdir()
            result, settings = build_demo(tmp / "demo")
            measure(settings, "demo database", args.repeat)
        (tmp / "large").mkdir()
        settings = build_large(tmp / "large", args.articles, args.compared)
        measure(settings, f"{args.articles}-article database", args.repeat)
        site_times(settings, tmp / "large" / "site")
        size = sum(p.stat().st_size for p in (tmp / "large" / "site").rglob("*") if p.is_file())
        print(f"site size: {size / 1e6:.1f} MB")
        print(json.dumps({"db_mb": round((tmp / "large" / "large.db").stat().st_size / 1e6, 1)}))


if __name__ == "__main__":
    main()
