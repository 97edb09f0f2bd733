"""Incremental clustering with the real model on the demo corpus's pages (no server needed)."""

from __future__ import annotations

from datetime import datetime, timezone

import yaml

from aggregator.config import Settings
from aggregator.extract import extract_page
from aggregator.models import Article
from aggregator.pipeline import cluster
from aggregator.store import Store, article_id
from aggregator.text import content_hash
from tests.conftest import DEMO

MANIFEST = yaml.safe_load((DEMO / "MANIFEST.yaml").read_text(encoding="utf-8"))["articles"]


def demo_article(item: dict) -> Article:
    url = f"http://demo.test/{item['path']}"
    found = extract_page((DEMO / "site" / item["path"]).read_bytes(), url)
    published = datetime.fromisoformat(str(item["published"]).replace("Z", "+00:00"))
    if published.tzinfo is None:
        published = published.replace(tzinfo=timezone.utc)
    return Article(id=article_id(url), url=url, canonical_url=url, source=item["outlet"], title=item["title"],
                   text=found.text, published=published, fetched_at=published, language=item["language"],
                   content_hash=content_hash(found.text))


def event_of(store: Store) -> dict[str, str]:
    return {aid: ev.id for ev in store.events() for aid in ev.article_ids}


def test_incremental_runs_keep_ids_and_complete_events(tmp_path, minilm):
    settings = Settings.load(db_path=tmp_path / "c.db")
    store = Store(settings.db_path)
    items = [i for i in MANIFEST if i["event"] in ("ban", "radar", "seafood")]
    first = [i for n, i in enumerate(items) if n % 2 == 0]
    second = [i for n, i in enumerate(items) if n % 2 == 1]
    for item in first:
        store.save_article(demo_article(item))
    cluster(store, settings)
    before = event_of(store)
    ids_before = {ev.id for ev in store.events()}
    for item in second:
        store.save_article(demo_article(item))
    report = cluster(store, settings)
    after = event_of(store)
    assert all(after[aid] == eid for aid, eid in before.items()), "old assignments never change"
    assert {ev.id for ev in store.events()} >= ids_before
    by_event: dict[str, set[str]] = {}
    for item in items:
        by_event.setdefault(item["event"], set()).add(after[article_id(f"http://demo.test/{item['path']}")])
    assert all(len(ids) == 1 for ids in by_event.values()), by_event
    assert len({next(iter(v)) for v in by_event.values()}) == 3
    assert report.articles_assigned == len(second)
    assert cluster(store, settings).articles_assigned == 0, "a run with nothing new does nothing"


def test_precomputed_vectors_skip_the_model(tmp_path):
    import numpy as np

    settings = Settings.load(db_path=tmp_path / "c.db")
    store = Store(settings.db_path)
    arts = [demo_article(i) for i in MANIFEST[:4]]
    for art in arts:
        store.save_article(art)
    vectors = {a.id: np.eye(8, dtype=np.float32)[k] for k, a in enumerate(arts)}  # orthogonal
    report = cluster(store, Settings.load(db_path=tmp_path / "c.db", cluster_embedding_weight=1.0), vectors=vectors)
    assert report.events_created == 4


def test_syndicated_copy_joins_its_original(tmp_path):
    import numpy as np

    settings = Settings.load(db_path=tmp_path / "c.db", cluster_embedding_weight=1.0)
    store = Store(settings.db_path)
    original, other = (demo_article(i) for i in MANIFEST[:2])
    store.save_article(original)
    store.save_article(other)
    vectors = {original.id: np.eye(4, dtype=np.float32)[0], other.id: np.eye(4, dtype=np.float32)[1]}
    cluster(store, settings, vectors=vectors)
    copy = Article(**{**original.__dict__, "id": "copy1", "url": "http://x/copy", "canonical_url": "http://x/copy",
                      "source": "Copycat Daily"})
    store.save_article(copy)
    assert store.article("copy1").copy_of == original.id
    cluster(store, settings, vectors={**vectors, "copy1": np.eye(4, dtype=np.float32)[2]})  # dissimilar
    assert event_of(store)["copy1"] == event_of(store)[original.id]
