"""Real corpora for tests: the demo (our own writing, shipped in the package) and ECB+ dev
topics from ../shared (skipped with a reason where it is absent)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import cache

import pytest
import yaml

from aggregator.config.settings import Settings
from aggregator.demo import render_pages
from aggregator.ingest.extract import extract_page
from aggregator.models import Article
from aggregator.store.rows import article_id
from aggregator.store.sqlite import Store
from aggregator.text import content_hash

from .conftest import DEMO, SHARED

MANIFEST = yaml.safe_load((DEMO / "MANIFEST.yaml").read_text(encoding="utf-8"))["articles"]


@cache
def demo_pages() -> dict[str, bytes]:
    """The demo's article pages by path under its site, rendered (once per test session) from the
    outlets' templates and the article files, as the demo server sends them."""
    return render_pages(DEMO)


def demo_article(item: dict) -> Article:
    url = f"http://demo.test/{item['path']}"
    found = extract_page(demo_pages()[item["path"]], url)
    published = datetime.fromisoformat(str(item["published"]).replace("Z", "+00:00"))
    if published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    return Article(id=article_id(url), url=url, canonical_url=url, source=item["outlet"], title=item["title"],
                   text=found.text, published=published, fetched_at=published, language=item["language"],
                   content_hash=content_hash(found.text))


def event_of(store: Store) -> dict[str, str]:
    return {aid: ev.id for ev in store.events() for aid in ev.article_ids}


def demo_store(tmp_path, events=("ban", "radar", "seafood", "other")) -> tuple[Store, Settings]:
    settings = Settings.load(db_path=tmp_path / "c.db")
    store = Store(settings.db_path)
    for item in MANIFEST:
        if item["event"] in events:
            store.save_article(demo_article(item))
    return store, settings


ECBPLUS = SHARED / "data" / "ecbplus" / "train_dev.jsonl"


def clustered_ecb_topics(tmp_path, topics: tuple[int, ...], split: str = "dev") -> tuple[Store, list[dict]]:
    """The ECB+ documents of `topics` imported as one outlet's JSONL and clustered; (store, rows)."""
    from aggregator.ingest.imports import import_paths
    from aggregator.pipeline import cluster

    if not ECBPLUS.is_file():
        pytest.skip(f"ECB+ not found at {ECBPLUS}")
    rows = [r for r in map(json.loads, ECBPLUS.open(encoding="utf-8")) if r["split"] == split and r["topic"] in topics]
    path = tmp_path / "ecb.jsonl"
    path.write_text("\n".join(json.dumps({"url": f"urn:ecb:{r['doc_id']}", "outlet": "ecb", "text": r["text"],
                                          "language": "en"}) for r in rows), encoding="utf-8")
    settings = Settings.load(db_path=tmp_path / "e.db")
    store = Store(settings.db_path)
    import_paths(store, [path], settings=settings)
    cluster(store, settings)
    return store, rows
