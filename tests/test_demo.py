"""The whole demo: a real HTTP server on 127.0.0.1, the real pipeline, the real model."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
from urllib.error import HTTPError
from urllib.request import urlopen

import pytest
import yaml

from aggregator.config.settings import Settings
from aggregator.config.sources import load_sources
from aggregator.demo import render_pages, run_demo, serve_corpus
from aggregator.errors import ConfigError
from aggregator.ingest.extract import extract_page
from aggregator.pipeline import compare, run
from aggregator.store.sqlite import Store
from tests.conftest import DEMO
from tests.corpora import demo_pages

slow = pytest.mark.slow  # the whole demo through the real model

MANIFEST = yaml.safe_load((DEMO / "MANIFEST.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def demo(tmp_path_factory, minilm):
    tmp = tmp_path_factory.mktemp("demo")
    settings = Settings.load(db_path=tmp / "demo.db", reports_dir=tmp / "reports")
    return run_demo(settings), settings


def test_corpus_has_the_required_cases():
    arts = MANIFEST["articles"]
    events = {a["event"] for a in arts}
    assert {"ban", "radar", "seafood"} <= events
    assert len([a for a in arts if a["event"] != "other"]) >= 15
    assert len({a["outlet"] for a in arts}) >= 6
    notes = " ".join(n for a in arts for n in a.get("notes", []))
    for case in ("republished wire copy", "machine translation", "listed in two feeds", "paywall"):
        assert case in notes
    assert any(a["language"] == "zh" for a in arts)
    feeds = list((DEMO / "site").rglob("*.atom")) + list((DEMO / "site").rglob("*.xml")) + list((DEMO / "site").rglob("*.rss"))
    assert any(f.suffix == ".atom" for f in feeds) and any(f.suffix != ".atom" for f in feeds)


@slow
def test_each_event_comes_out_whole_and_unmixed(demo):
    result, settings = demo
    store = Store(settings.db_path)
    by_title = {a["title"]: a["event"] for a in MANIFEST["articles"]}
    assert store.db["articles"].count == len(MANIFEST["articles"])
    groups = [sorted(by_title[store.article(aid).title] for aid in ev.article_ids) for ev in result.events]
    for name in ("ban", "radar", "seafood"):
        [group] = [g for g in groups if name in g]
        expected = sum(1 for a in MANIFEST["articles"] if a["event"] == name)
        assert group == [name] * expected, f"{name}: {group}"


@slow
def test_reports_written(demo):
    result, settings = demo
    paths = [p for p in result.run.report_paths]
    assert len([p for p in paths if p.endswith(".md")]) == 3
    for path in paths:
        if path.endswith(".json"):
            data = json.loads(open(path, encoding="utf-8").read())
            assert data["event"]["id"] and len(data["outlets"]) >= 5


@slow
def test_ban_comparison_finds_the_planted_differences(demo):
    result, settings = demo
    store = Store(settings.db_path)
    [ban] = [e for e in result.events if "Dongfang" in " ".join(e.outlets) and "Lens Network" in e.outlets
             and e.first_seen.year == 2026]
    comp = compare(store, ban.id, settings)
    assert any(d.derived == "The Northern Clarion" and d.original == "Harbour Wire" for d in comp.derivations)
    assert any(w.kind == "attribution verb" and w.before == "said" and w.after == "claimed"
               and w.source_a == "Harbour Wire" for w in comp.wording_changes)
    values = {v.value for c in comp.conflicts for v in c.values}
    assert "Takahashi" in values and "100 km" in values and any(v.endswith("110 km") for v in values)
    chinese = [f for f in comp.facts if any("东方" in s for s in f.sources) and len(f.sentences) > 2]
    assert chinese, "the Chinese report's sentences align with the English ones"


@slow
def test_second_run_gets_304s_fetches_no_page_and_stores_nothing_twice(demo):
    result, settings = demo
    store = Store(settings.db_path)
    before = store.db["articles"].count, store.db["article_urls"].count
    port = int(result.base_url.rsplit(":", 1)[1])  # same URLs as the first run
    with serve_corpus(DEMO, port=port) as base:
        sources = load_sources(DEMO / "sources.yaml", {"BASE_URL": base})
        again = run(dataclasses.replace(settings, per_host_delay=0.0), sources)
    n_feeds = sum(len(s.feeds) for s in sources)
    assert again.ingest.feeds_not_modified == n_feeds and again.ingest.feeds_fetched == 0
    assert again.ingest.pages_fetched == 0 and again.ingest.articles_new == 0
    assert again.cluster.articles_assigned == 0 and again.report_paths == ()
    assert (store.db["articles"].count, store.db["article_urls"].count) == before


def test_demo_server_fills_in_its_address():
    with serve_corpus(DEMO) as base:
        body = urlopen(f"{base}/harbourwire/feed.atom").read().decode()
        assert base in body and "{{BASE_URL}}" not in body
        page = urlopen(f"{base}/harbourwire/2026/01/06/china-bans-dual-use-exports-japan.html").read().decode()
        assert f'href="{base}/harbourwire/2026/01/06/china-bans-dual-use-exports-japan.html"' in page
        assert "{{" not in page and "{%" not in page
        with pytest.raises(HTTPError, match="404"):
            urlopen(f"{base}/nope.html")


def test_the_manifest_the_feeds_and_the_rendered_pages_name_the_same_articles():
    """Every article file becomes a page the ground truth lists and a feed links, and no feed
    links a page that is not rendered."""
    pages = set(demo_pages())
    assert pages == {a["path"] for a in MANIFEST["articles"]}
    linked = set()
    for feed in (DEMO / "site").rglob("*"):
        if feed.is_file():
            linked |= {m.split("?")[0] for m in re.findall(r"\{\{BASE_URL\}\}/([^\s<\"']+\.html)",
                                                               feed.read_text(encoding="utf-8"))}
    assert linked == pages


def test_each_rendered_page_extracts_to_its_ground_truth_title_and_keeps_its_furniture():
    pages = demo_pages()
    for item in MANIFEST["articles"]:
        page = pages[item["path"]].decode()
        found = extract_page(pages[item["path"]], f"http://demo.test/{item['path']}")
        assert found.title == item["title"], item["path"]
        assert "cookie" in page.lower() and page.count("<a ") > 10, item["path"]  # banners and navigation stay


def test_a_broken_article_file_is_named(tmp_path):
    corpus = shutil.copytree(DEMO, tmp_path / "demo")
    article = next((corpus / "articles" / "harbourwire").rglob("*.yaml"))
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("title:", "titel:", 1), encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(article.name)):
        render_pages(corpus)
    article.write_text(text.replace("related:\n", "related:\n- harbourwire/gone.html\n", 1), encoding="utf-8")
    with pytest.raises(ConfigError, match="harbourwire/gone.html"):
        render_pages(corpus)
