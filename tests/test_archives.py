"""`aggregator import` of archives: JSONL records with text or html, and WARC/WARC.gz files
(CC-NEWS style) read as streams; plus near-verbatim copies recognised across outlets."""

from __future__ import annotations

import json

import pytest

from aggregator.config.settings import Settings
from aggregator.errors import ImportFileError
from aggregator.ingest.imports import import_paths
from aggregator.models import Feed, Source
from aggregator.store.sqlite import Store

from .pages import PARAGRAPHS, article_html, write_warc


@pytest.fixture
def store_with_gazette(tmp_path):
    store = Store(tmp_path / "a.db")
    store.sync_sources([Source(name="Eastmouth Gazette", domain="gazette.example", country="GB",
                               languages=("en",), affiliation="commercial", feeds=(Feed("https://gazette.example/rss"),))])
    return store


@pytest.mark.parametrize("name", ["cc-news.warc.gz", "crawl.warc"])
def test_warc_html_responses_are_extracted_and_stored_like_fetched_pages(store_with_gazette, tmp_path, name):
    store = store_with_gazette
    path = tmp_path / name
    write_warc(path, gz=name.endswith(".gz"), huge=3000)
    settings = Settings.load(db_path=store.path, max_bytes=2000)
    report = import_paths(store, [path], settings=settings)
    assert (report.new, report.skipped) == (2, 2)  # robots.txt and the 404 are not articles
    assert report.failed == 2  # the empty page and the one over the size limit
    by_outlet = {a.source: a for a in store.articles()}
    assert set(by_outlet) == {"Eastmouth Gazette", "news.harbourwire.example"}  # known domain, else host
    gazette = by_outlet["Eastmouth Gazette"]
    assert gazette.title == "Ship runs aground" and PARAGRAPHS[3] in gazette.text
    assert gazette.extraction_method == "import-html/trafilatura" and gazette.published.year == 2026
    assert gazette.sitename == "Eastmouth Gazette"
    assert store.db.execute("select html_gz is not null from articles where id = ?", [gazette.id]).fetchone()[0]
    reasons = [r["reason"] for r in store.db["fetch_log"].rows_where("ok = 0")]
    assert any("huge.html" in r and "exceeds limit" in r for r in reasons)
    assert any("empty.html" in r and "no article text" in r for r in reasons)
    again = import_paths(store, [path], settings=settings)
    assert again.new == 0 and again.unchanged == 2


def test_corrupt_warc_keeps_what_was_read_and_logs_one_row(store_with_gazette, tmp_path):
    store = store_with_gazette
    path = tmp_path / "broken.warc.gz"
    write_warc(path)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.8)] + b"\x1f\x8bgarbage")  # cut inside the last records
    report = import_paths(store, [path], settings=Settings.load(db_path=store.path))
    assert report.new >= 1 and report.failed >= 1
    rows = list(store.db["fetch_log"].rows_where("ok = 0"))
    assert any("broken.warc.gz" in r["reason"] and "unreadable WARC" in r["reason"] for r in rows)


def test_jsonl_records_with_html_or_text_and_bad_lines(tmp_path):
    store = Store(tmp_path / "a.db")
    path = tmp_path / "records.jsonl"
    lines = [
        json.dumps({"url": "https://gazette.example/a", "outlet": "Eastmouth Gazette",
                    "html": article_html("Ship runs aground")}),
        json.dumps({"url": "https://wire.example/b", "outlet": "Harbour Wire", "title": "Tugs free ship",
                    "published": "2026-01-07T08:00:00+01:00", "text": " ".join(PARAGRAPHS[2:])}),
        "{not json",
        json.dumps({"outlet": "Nobody"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_paths(store, [path], settings=Settings.load(db_path=tmp_path / "a.db"))
    assert (report.new, report.failed) == (2, 2)
    arts = {a.source: a for a in store.articles()}
    assert arts["Eastmouth Gazette"].title == "Ship runs aground"
    assert arts["Eastmouth Gazette"].extraction_method == "import-html/trafilatura"
    assert arts["Harbour Wire"].published.isoformat() == "2026-01-07T07:00:00+00:00"
    reasons = [r["reason"] for r in store.db["fetch_log"].rows_where("ok = 0")]
    assert any("records.jsonl line 3" in r for r in reasons) and any("records.jsonl line 4" in r for r in reasons)


def test_missing_archive_is_a_clear_error(tmp_path):
    with pytest.raises(ImportFileError, match="nope.warc.gz: file not found"):
        import_paths(Store(tmp_path / "a.db"), [tmp_path / "nope.warc.gz"])


WIRE = [
    "Harbour officials in Eastmouth said on Monday that a container ship had run aground in the outer channel overnight, blocking the main route into the port.",
    "No crew members were hurt and the vessel was not leaking fuel, the port authority said in a statement issued before dawn.",
    "Tugs were expected to attempt to refloat the ship at high tide on Tuesday morning, weather permitting.",
    "Shipping companies warned that delays could last several days if the channel remained closed to larger vessels.",
    "The harbour master told reporters that a licensed pilot had been on board when the ship left its berth late on Sunday.",
    "Local fishermen said the channel had silted up since dredging stopped two years ago because of a funding dispute.",
]


def test_edited_wire_copy_is_flagged_with_its_original_and_kept(tmp_path):
    store = Store(tmp_path / "a.db")
    edited = [WIRE[0].replace("said on Monday", "claimed on Monday"),
              WIRE[1].replace(", the port authority said in a statement issued before dawn", ""),
              *WIRE[2:], "The Clarion has reported on the silting of the channel since 2024."]
    records = [
        {"url": "https://wire.example/1", "outlet": "Harbour Wire", "published": "2026-01-06T08:00:00Z", "text": "\n".join(WIRE)},
        {"url": "https://clarion.example/9", "outlet": "Northern Clarion", "published": "2026-01-06T11:00:00Z", "text": "\n".join(edited)},
        {"url": "https://mirror.example/3", "outlet": "Mirror Post", "published": "2026-01-06T12:00:00Z", "text": "\n".join(WIRE)},
        {"url": "https://other.example/4", "outlet": "Other Times", "published": "2026-01-06T12:00:00Z",
         "text": "\n".join(PARAGRAPHS)},  # same story, written independently: not a copy
    ]
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    import_paths(store, [path], settings=Settings.load(db_path=tmp_path / "a.db"))
    arts = {a.source: a for a in store.articles()}
    wire = arts["Harbour Wire"]
    assert len(arts) == 4  # copies are kept
    assert arts["Northern Clarion"].copy_of == wire.id and 0.5 < arts["Northern Clarion"].copy_similarity < 1.0
    assert arts["Mirror Post"].copy_of == wire.id and arts["Mirror Post"].copy_similarity == 1.0
    assert arts["Other Times"].copy_of is None and wire.copy_of is None
