"""Hostile input (issue 8): escaping of every report format, confined and validated imports,
range-checked settings and arguments, a demo that deletes only its own files, and two
classification defects (a Latin-1 feed re-detected as Baltic, "may" taken for a month).

Each test reproduces one reported defect; it failed before the fix.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest

from aggregator.config.settings import Settings
from aggregator.ingest.imports import import_paths
from aggregator.models import (
    Comparison,
    Event,
    Fact,
    Label,
    LoadedTerm,
    OutletReport,
    Sentence,
    WordingChange,
)
from aggregator.render import render
from aggregator.store.sqlite import Store

from .pages import PARAGRAPHS, article_html

pytestmark = pytest.mark.reliability

RLO = "\u202e"
SCRIPT = "<script>alert(1)</script>"


def _hostile_comparison() -> Comparison:
    when = datetime(2026, 1, 6, 9, 0, tzinfo=UTC)
    event = Event(id="20260106-abcdef", label=f"Ban {SCRIPT} # [x](javascript:alert(1))",
                  first_seen=when, last_seen=when, article_ids=("a1", "a2"))
    outlets = (
        OutletReport(source=f"Evil{RLO}gnp.exe", article_id="a1", title=f"Title {SCRIPT} | pipe",
                     url="javascript:alert(document.cookie)", published=when, country="JP",
                     affiliation="wire"),
        OutletReport(source="Good Outlet", article_id="a2", title=f"A plain title {SCRIPT}",
                     url="https://example.com/a (1)|x", published=when, country="GB",
                     affiliation="commercial"),
    )
    s1 = Sentence("a1", outlets[0].source, 0, f"Officials said {SCRIPT}\nand ![img](javascript:x)")
    s2 = Sentence("a2", "Good Outlet", 0, "Officials claimed | something.")
    fact = Fact("F1", (s1, s2))
    return Comparison(
        event=event, outlets=outlets, facts=(fact,),
        wording_changes=(WordingChange("F1", outlets[0].source, "Good Outlet", "said", "claimed",
                                       "attribution verb", s1.text, s2.text, confidence=0.9),),
        labels=(Label(f"Ent{RLO}ity", outlets[0].source, "<b>bold</b>", s1.text),
                Label(f"Ent{RLO}ity", "Good Outlet", "other", s2.text)),
        loaded_terms=(LoadedTerm("Good Outlet", "claimed", "cat|egory", s2.text),),
    )


def test_markdown_heading_and_cells_escaped():
    md = render(_hostile_comparison(), "md")
    heading = md.splitlines()[0]
    assert heading.startswith("# ") and "<script>" not in heading
    assert "<script>" not in md and "<b>" not in md
    # a `|` in a title keeps the table's column count: the Outlets table has five columns
    outlets_rows = [ln for ln in md.splitlines() if "| 2026-01-06 09:00 |" in ln]
    assert len(outlets_rows) == 2
    assert all(len(re.split(r"(?<!\\)\|", ln)) == 7 for ln in outlets_rows), outlets_rows
    assert RLO not in md


def test_markdown_link_targets_are_http_only():
    md = render(_hostile_comparison(), "md")
    targets = re.findall(r"(?<!\\)\]\(([^)]*)\)", md)
    assert targets, "the https outlet keeps its link"
    assert all(t.startswith(("http://", "https://")) for t in targets), targets
    assert not re.search(r"(?<!\\)\]\(\s*javascript", md)  # escaped `\](` is text, not a link
    # the https URL's space, parenthesis and pipe are percent-encoded so the link stays whole
    assert "https://example.com/a%20%281%29%7Cx" in targets


def test_markdown_renders_without_html_or_script_links():
    markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py renders the report for this check")
    html = markdown_it.MarkdownIt("commonmark").enable("table").render(render(_hostile_comparison(), "md"))
    assert "<script" not in html and "<b>" not in html
    assert 'href="javascript' not in html.lower() and 'src="javascript' not in html.lower()
    assert "<h1>" in html and "&lt;script&gt;" in html.split("</h1>")[0]


def test_html_report_escaped_and_bidi_free():
    page = render(_hostile_comparison(), "html")
    assert SCRIPT not in page and "<b>bold</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "href" not in page and "javascript:alert(document" not in page  # the URL is never shown
    assert RLO not in page


def test_json_report_keeps_data_but_escapes_bidi_controls():
    text = render(_hostile_comparison(), "json")
    assert RLO not in text and "\\u202e" in text
    data = json.loads(text)
    assert data["outlets"][0]["outlet"] == f"Evil{RLO}gnp.exe"  # lossless for programs
    assert "<script>alert(1)</script>" in data["event"]["label"]  # the headline chosen as title, unescaped


# --- "may" is a hedge unless it is dated -------------------------------------------------------

@pytest.mark.parametrize("before, after, kind", [
    ([], ["may"], "hedge"),
    (["may"], [], "hedge"),
    (["may"], ["might"], "hedge"),
    (["May", "5"], ["May", "6"], "date"),
    (["5", "May"], ["6", "May"], "date"),
    (["in", "May", "2026"], ["in", "June", "2026"], "date"),
    (["May"], ["June"], "date"),
    (["march"], ["rally"], "word choice"),
    (["Monday"], ["Tuesday"], "date"),
])
def test_may_is_a_hedge_unless_dated(before, after, kind):
    from aggregator.compare.wording import classify

    assert classify(before, after) == kind


# --- an undeclared ISO-8859-1 feed stays Western ---------------------------------------------

PT_TITLES = ["Governo anuncia simulações de evacuação nas regiões costeiras",
             "Exportações de café crescem pela terceira vez consecutiva",
             "Associação de pescadores critica decisão sobre quotas de captura"]
# Detection between Latin code pages flips with small changes of wording, so several feeds
# (our own Portuguese sentences) are read; each must come out exactly as written.
PT_MORE = ["Exportações crescem", "Câmara aprova orçamento para a educação",
           "Eleições: votação começa às oito horas"]


def _feed_response(xml: str, encoding: str):
    from aggregator.models import Response

    return Response(url="https://exemplo.pt/rss", requested_url="https://exemplo.pt/rss", status=200,
                    headers={"content-type": "application/rss+xml"}, body=xml.encode(encoding))


def _rss(titles: list[str], channel: str = "Notícias") -> str:
    items = "".join(f"<item><title>{t}</title><link>https://exemplo.pt/n/{i}</link>"
                    f"<description>{channel}: {t.lower()}.</description></item>" for i, t in enumerate(titles))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{channel}</title>{items}</channel></rss>'


@pytest.mark.parametrize("channel", ["Notícias", "Últimas notícias"])
@pytest.mark.parametrize("extra", range(len(PT_MORE) + 1))
def test_undeclared_latin1_feed_keeps_windows_1252(channel, extra):
    from aggregator.ingest.feeds import parse_feed

    titles = PT_TITLES + PT_MORE[:extra]
    feed = parse_feed(_feed_response(_rss(titles, channel), "iso-8859-1"), "Exemplo")
    assert [e.title for e in feed.entries] == titles


def test_undeclared_latin1_page_keeps_windows_1252():
    from aggregator.ingest.charsets import decode_html

    page = f"<html><body><h1>{PT_TITLES[0]}</h1><p>{' '.join(PT_TITLES)}</p></body></html>"
    text, codec = decode_html(page.encode("iso-8859-1"))
    assert codec == "cp1252" and PT_TITLES[0] in text


def test_undeclared_cyrillic_feed_still_redetected():
    from aggregator.ingest.feeds import parse_feed

    titles = ["Правительство одобрило изменения в налоговом законе",
              "Министерство сообщило о новых правилах для водителей"]
    feed = parse_feed(_feed_response(_rss(titles, "Новости"), "koi8-r"), "Пример")
    assert [e.title for e in feed.entries] == titles


# --- imports: confined, typed, dated, capped ---------------------------------------------------

SECRET = "TOP SECRET credentials that must never be stored as an article."
BODY = " ".join(PARAGRAPHS)


def _import(tmp_path, paths, **overrides):
    store = Store(tmp_path / "a.db")
    settings = Settings.load(db_path=tmp_path / "a.db", **overrides)
    return store, import_paths(store, paths, settings=settings)


def _failures(store) -> list[str]:
    return [r["reason"] for r in store.db["fetch_log"].rows_where("ok = 0")]


def _notes(store) -> list[str]:
    return [r["reason"] for r in store.db["fetch_log"].rows_where("ok = 1")]


def test_manifest_names_only_files_inside_its_folder(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text("Ship runs aground\n" + BODY, encoding="utf-8")
    (folder / "sub" / "also.txt").write_text("Tugs free ship\n" + BODY, encoding="utf-8")
    (folder / "link.txt").symlink_to(secret)
    (folder / "MANIFEST.yaml").write_text(
        "articles:\n"
        "  - {file: good.txt, outlet: Gazette, published: 2026-01-06}\n"
        "  - {file: ../secret.txt, outlet: Evil}\n"
        f"  - {{file: '{secret}', outlet: Evil}}\n"
        "  - {file: link.txt, outlet: Evil}\n"
        "  - {file: ../../../../../../etc/passwd, outlet: Evil}\n"
        "  - {outlet: Evil}\n"
        "  - {file: sub/also.txt, outlet: Gazette}\n", encoding="utf-8")
    store, report = _import(tmp_path, [folder])
    assert (report.new, report.failed) == (2, 5)
    assert all(SECRET not in a.text and "root:" not in a.text for a in store.articles())
    assert {a.source for a in store.articles()} == {"Gazette"}
    failures = _failures(store)
    assert len(failures) == 5
    for i, name in ((1, "../secret.txt"), (2, str(secret)), (3, "link.txt"), (4, "etc/passwd"), (5, "")):
        assert any(f"articles[{i}]" in r and name in r for r in failures), (i, failures)


def test_jsonl_carries_text_never_a_path(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"outlet": "Evil", "file": str(secret)},
        {"outlet": "Evil", "file": str(secret), "url": "https://evil.example/1"},
        {"outlet": "Gazette", "file": str(secret), "text": BODY, "url": "https://gazette.example/1"},
    ]) + "\n", encoding="utf-8")
    store, report = _import(tmp_path, [path])
    assert (report.new, report.failed) == (1, 2)
    [art] = store.articles()
    assert art.text == BODY and SECRET not in art.text
    assert any("line 1" in r and "'file'" in r for r in _failures(store))
    assert any("'file' ignored" in r for r in _notes(store))


def test_jsonl_fields_are_type_checked_one_line_per_bad_record(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"outlet": ["x"], "text": BODY},
        {"outlet": "Gazette", "title": 5, "text": BODY},
        {"outlet": "Gazette", "text": {"nested": BODY}},
        [1, 2],
        {"outlet": "Gazette", "text": BODY, "url": "https://gazette.example/ok"},
    ]) + "\n", encoding="utf-8")
    store, report = _import(tmp_path, [path])
    assert (report.new, report.failed) == (1, 4)
    [art] = store.articles()
    assert art.source == "Gazette" and art.title != "5"
    assert "['x']" not in {r["name"] for r in store.db["sources"].rows}
    failures = _failures(store)
    assert len(failures) == 4
    for line, field in ((1, "'outlet'"), (2, "'title'"), (3, "'text'"), (4, "JSON object")):
        assert any(f"r.jsonl line {line}" in r and field in r for r in failures), (line, failures)


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00+01:00", "2026-01-06T10:00:00+25:00",
                                   "9999-12-31T23:59:59-05:00", "1970-01-01", "2099-01-01", "not a date", 20260106])
def test_out_of_range_dates_are_dropped_with_a_note_and_nothing_else_lost(tmp_path, value):
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"outlet": "A", "text": BODY, "url": "https://a.example/1", "published": value, "fetched_at": value},
        {"outlet": "B", "text": PARAGRAPHS[0], "url": "https://b.example/1", "published": "2026-01-06T09:00:00Z"},
    ]) + "\n", encoding="utf-8")
    store, report = _import(tmp_path, [path])
    assert (report.new, report.failed) == (2, 0)
    arts = {a.source: a for a in store.articles()}
    assert arts["A"].published is None and arts["B"].published.year == 2026
    assert arts["A"].fetched_at.year >= 2026  # the import time instead
    assert any("published:" in r and "dropped" in r for r in _notes(store))


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00+01:00", "2026-01-06T10:00:00+25:00",
                                   "9999-12-31T23:59:59-05:00"])
def test_page_with_an_insane_date_is_kept_without_it(value):
    from aggregator.ingest.extract import extract_page

    found = extract_page(article_html("Ship runs aground", published=value).encode(), "https://gazette.example/a")
    assert found.published is None
    assert PARAGRAPHS[0] in found.text and found.title == "Ship runs aground"


def test_sitemap_and_feed_dates_share_the_sanity_range():
    from aggregator.ingest.dates import sane_date
    from aggregator.ingest.feeds import parse_feed
    from aggregator.ingest.sitemaps import parse_sitemap
    from aggregator.models import Response

    xml = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
           '<url><loc>https://g.example/a</loc><lastmod>0001-01-01T00:00:00+01:00</lastmod></url>'
           '<url><loc>https://g.example/b</loc><lastmod>9999-01-01</lastmod></url>'
           '<url><loc>https://g.example/c</loc><lastmod>2026-01-06</lastmod></url></urlset>')
    resp = Response(url="https://g.example/sitemap.xml", requested_url="https://g.example/sitemap.xml",
                    status=200, headers={}, body=xml.encode())
    dates = {e.url[-1]: e.published for e in parse_sitemap(resp, "G", 10).entries}
    assert dates["a"] is None and dates["b"] is None and dates["c"].year == 2026
    rss = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>G</title>'
           '<item><title>Old</title><link>https://g.example/x</link><pubDate>Mon, 01 Jan 1900 00:00:00 GMT</pubDate></item>'
           '</channel></rss>')
    feed = parse_feed(Response(url="https://g.example/rss", requested_url="https://g.example/rss", status=200,
                               headers={}, body=rss.encode()), "G")
    assert feed.entries[0].published is None
    assert sane_date(datetime(2026, 1, 6, tzinfo=UTC)) is not None


def test_imported_text_is_capped_and_flagged(tmp_path):
    long_text = "\n".join(f"Paragraph {i}: " + PARAGRAPHS[i % len(PARAGRAPHS)] for i in range(400))
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"outlet": "Text", "url": "https://t.example/1", "text": long_text},
        {"outlet": "Html", "url": "https://h.example/1", "html": article_html("Long", long_text.split("\n"))},
        {"outlet": "Short", "url": "https://s.example/1", "text": BODY},
    ]) + "\n", encoding="utf-8")
    capture = tmp_path / "capture.txt"
    capture.write_text("A long capture\n" + long_text, encoding="utf-8")
    store, _ = _import(tmp_path, [path], max_text_chars=5000)
    import_paths(store, [capture], outlet="Capture", settings=Settings.load(db_path=tmp_path / "a.db",
                                                                            max_text_chars=5000))
    arts = {a.source: a for a in store.articles()}
    for name in ("Text", "Html", "Capture"):
        assert 4000 <= len(arts[name].text) <= 5000, name
        assert "truncated" in arts[name].flags, name
        assert arts[name].text.endswith(".")  # cut at a paragraph break, not mid-word
    assert "truncated" not in arts["Short"].flags and arts["Short"].text == BODY


def test_max_text_chars_is_a_setting(monkeypatch):
    from aggregator.errors import ConfigError

    assert Settings.load().max_text_chars == 200_000
    monkeypatch.setenv("AGGREGATOR_MAX_TEXT_CHARS", "1234")
    assert Settings.load().max_text_chars == 1234
    monkeypatch.setenv("AGGREGATOR_MAX_TEXT_CHARS", "0")
    with pytest.raises(ConfigError, match="max_text_chars"):
        Settings.load()


def _cut_inside_last_page(path) -> None:
    """Cut an archive in the middle of its last HTML response (a partial download)."""
    from warcio.archiveiterator import ArchiveIterator

    spans = []
    with path.open("rb") as handle:
        records = ArchiveIterator(handle)
        for record in records:
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            record.content_stream().read()
            spans.append((url, records.get_record_offset()))
    start = next(offset for url, offset in spans if url.endswith("ship-aground"))
    end = next(offset for url, offset in spans if url.endswith("/missing"))
    data = path.read_bytes()
    path.write_bytes(data[: (start + end) // 2])


@pytest.mark.parametrize("name", ["cut.warc.gz", "cut.warc"])
def test_truncated_warc_is_logged_and_keeps_the_records_before(tmp_path, name):
    from .pages import write_warc

    path = tmp_path / name
    write_warc(path, gz=name.endswith(".gz"))
    _cut_inside_last_page(path)
    store, report = _import(tmp_path, [path])
    assert report.new == 1 and report.failed == 1
    assert [a.title for a in store.articles()] == ["Ship runs aground"]
    [row] = _failures(store)
    reason = row.split(f"{name}: ", 1)[1]  # the temporary folder is named after this test
    assert reason.startswith(("truncated archive", "unreadable WARC (truncated or corrupt)")), row


def test_import_exits_non_zero_when_nothing_was_imported(tmp_path):
    from click.testing import CliRunner

    from aggregator.cli import cli

    path = tmp_path / "bad.jsonl"
    path.write_text('{"outlet": ["x"], "text": "t"}\n{not json\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "a.db"), "import", str(path)])
    assert result.exit_code == 1
    assert "Error: nothing imported (2 record(s) failed" in result.output
    assert "Traceback" not in result.output
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"outlet": "A", "text": BODY}) + "\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["--db", str(tmp_path / "a.db"), "import", str(good)]).exit_code == 0


def test_capitalised_scheme_is_plain_http(tmp_path):
    from aggregator.config.sources import parse_sources

    [src] = parse_sources({"sources": [{"name": "A", "domain": "a.example", "country": "GB", "languages": ["en"],
                                        "affiliation": "wire", "feeds": ["HTTP://a.example/Feed.xml"]}]})
    assert src.feeds[0].url == "http://a.example/Feed.xml"
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"outlet": "A", "text": BODY, "url": "HTTP://A.Example/story?utm_source=x"}) + "\n")
    store, _ = _import(tmp_path, [path])
    assert store.articles()[0].canonical_url == "http://a.example/story"


# --- settings and arguments ---------------------------------------------------------------------

@pytest.mark.parametrize("name, value", [("BACKOFF", "inf"), ("BACKOFF", "nan"), ("TIMEOUT", "nan"),
                                         ("PER_HOST_DELAY", "-inf"), ("TIMEOUT", "1e300"),
                                         ("WORKERS", "99999999999999999999"), ("CLUSTER_WINDOW_DAYS", "0")])
def test_non_finite_or_out_of_range_settings_are_refused_by_name(monkeypatch, name, value):
    from aggregator.errors import ConfigError

    monkeypatch.setenv("AGGREGATOR_" + name, value)
    with pytest.raises(ConfigError, match=name.lower()):
        Settings.load()


@pytest.mark.parametrize("args", [["log", "--limit", "99999999999999999999"], ["log", "--limit", "0"],
                                  ["recluster", "--batch-days", "0"], ["recluster", "--batch-days", "-2"]])
def test_out_of_range_arguments_are_refused_before_anything_runs(tmp_path, args):
    from click.testing import CliRunner

    from aggregator.cli import cli

    db = tmp_path / "a.db"
    store = Store(db)
    store.ensure_source("Gazette", country="GB", affiliation="wire", languages=["en"])
    before = db.read_bytes()
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    assert result.exit_code == 2 and "is not in the range" in result.output
    assert not isinstance(result.exception, (OverflowError, ValueError)) and "Traceback" not in result.output
    assert db.read_bytes() == before  # nothing deleted, nothing written


def test_huge_sources_file_is_refused_quickly(tmp_path):
    import time

    from aggregator.config.sources import MAX_SOURCES_BYTES, load_sources
    from aggregator.errors import ConfigError

    entry = ("  - name: Outlet {i}\n    domain: o{i}.example\n    country: GB\n    languages: [en]\n"
             "    affiliation: wire\n    feeds: [https://o{i}.example/rss]\n")
    path = tmp_path / "sources.yaml"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("sources:\n")
        i = 0
        while handle.tell() <= MAX_SOURCES_BYTES:
            handle.write("".join(entry.format(i=i + k) for k in range(1000)))
            i += 1000
    started = time.monotonic()
    with pytest.raises(ConfigError, match="sources.yaml: .* larger than"):
        load_sources(path)
    assert time.monotonic() - started < 1.0


# --- the demo deletes only what it wrote ------------------------------------------------------

def test_demo_removes_only_reports_it_listed(tmp_path):
    from aggregator.demo import REPORTS_MANIFEST, remove_demo_reports

    (tmp_path / "README.md").write_text("the project's own readme")
    (tmp_path / "notes.json").write_text("{}")
    (tmp_path / "20260106-abcdef.md").write_text("old demo report")
    (tmp_path / REPORTS_MANIFEST).write_text("20260106-abcdef.md\n../outside.md\nREADME.txt\n")
    (tmp_path.parent / "outside.md").write_text("not ours")
    remove_demo_reports(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md", "notes.json"]
    assert (tmp_path.parent / "outside.md").exists()


def test_a_demo_that_died_before_listing_its_reports_leaves_none_behind(tmp_path):
    from aggregator.demo import REPORTS_PENDING, _mark_pending, remove_demo_reports

    (tmp_path / "20251119-aaaaaa.md").write_text("there before the run")
    (tmp_path / "notes.md").write_text("the user's")
    _mark_pending(tmp_path)  # the run starts …
    (tmp_path / "20260106-bbbbbb.md").write_text("written by the run")
    (tmp_path / "20260106-bbbbbb.json").write_text("{}")  # … and dies before listing its reports
    remove_demo_reports(tmp_path)  # the next demo
    assert sorted(p.name for p in tmp_path.iterdir()) == ["20251119-aaaaaa.md", "notes.md"]
    assert not (tmp_path / REPORTS_PENDING).exists()


def test_demo_refuses_to_delete_a_database_it_did_not_create(tmp_path):
    from aggregator.demo import mark_demo_database, remove_demo_database
    from aggregator.errors import ConfigError

    real = tmp_path / "aggregator.db"
    Store(real).ensure_source("Gazette", country="GB", affiliation="wire", languages=["en"])
    readme = tmp_path / "README.md"
    readme.write_text("not a database")
    for path in (real, readme):
        with pytest.raises(ConfigError, match="not a demo database"):
            remove_demo_database(path)
        assert path.exists()
    demo_db = tmp_path / "demo.db"
    mark_demo_database(demo_db)
    Store(demo_db).ensure_source("Gazette", country="GB", affiliation="wire", languages=["en"])
    remove_demo_database(demo_db)
    assert not demo_db.exists()


@pytest.mark.slow
def test_demo_run_in_a_project_folder_keeps_its_files(tmp_path, monkeypatch):
    """`aggregator demo --out .` twice: the second run replaces the first run's reports only."""
    from click.testing import CliRunner

    from aggregator.cli import cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("AGGREGATOR_MULTILINGUAL_EMBEDDER", "")
    (tmp_path / "README.md").write_text("the project's own readme")
    (tmp_path / "CHANGES.html").write_text("<p>ours</p>")
    args = ["--embedder", "hashing", "demo", "--out", ".", "--demo-db", "demo.db", "--json"]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    reports = set(json.loads(first.output)["reports"])
    assert reports
    second = CliRunner().invoke(cli, args)
    assert second.exit_code == 0, second.output
    assert (tmp_path / "README.md").read_text() == "the project's own readme"
    assert (tmp_path / "CHANGES.html").exists()
    left = {p.name for p in tmp_path.iterdir() if p.suffix in (".md", ".json", ".html")}
    assert left == {"README.md", "CHANGES.html"} | {p.rsplit("/", 1)[-1] for p in json.loads(second.output)["reports"]}
    refused = CliRunner().invoke(cli, ["--embedder", "hashing", "demo", "--out", "r", "--demo-db", "README.md"])
    assert refused.exit_code == 1 and "not a demo database" in refused.output


def test_fetched_pages_obey_max_text_chars_and_a_capitalised_scheme(httpserver, tmp_path):
    from aggregator.ingest.crawl import extract_one

    long_page = article_html("Long", [f"Paragraph {i}: {PARAGRAPHS[i % len(PARAGRAPHS)]}" for i in range(300)])
    httpserver.expect_request("/long.html").respond_with_data(long_page, content_type="text/html")
    settings = Settings.load(db_path=tmp_path / "a.db", max_text_chars=3000, retries=0)
    url = httpserver.url_for("/long.html").replace("http://", "HTTP://")
    page = extract_one(url, settings, allow_private=True, respect_robots=False)
    assert page.status == 200 and len(page.extraction.text) <= 3000
    assert "truncated" in page.extraction.flags


def test_every_markdown_heading_follows_a_blank_line():
    from dataclasses import replace

    comp = _hostile_comparison()
    for facts in (comp.facts, ()):  # with a shared fact, and with none ("No fact is carried …")
        lines = render(replace(comp, facts=facts), "md").splitlines()
        assert all(lines[i - 1] == "" for i, ln in enumerate(lines) if i and ln.startswith("#")), facts
