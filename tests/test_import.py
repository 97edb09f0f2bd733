"""`aggregator import` for captures, manifest folders and JSONL, on real SQLite files."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from aggregator.errors import ImportFileError
from aggregator.ingest.imports import import_paths
from aggregator.store.sqlite import Store


def test_jsonl_records_with_a_bad_line(tmp_path):
    path = tmp_path / "records.jsonl"
    lines = [json.dumps({"url": "http://a.test/1", "outlet": "A", "title": "One", "published": "2026-01-06",
                         "text": "China banned exports of dual-use items to Japan on Tuesday."}),
             "{not json",
             json.dumps({"outlet": "B", "text": "Text without a title or date, from outlet B."}),
             json.dumps({"outlet": "C"})]
    path.write_text("\n".join(lines) + "\n")
    store = Store(tmp_path / "x.db")
    report = import_paths(store, [path])
    assert (report.new, report.failed) == (2, 2)
    rows = [r["reason"] for r in store.db["fetch_log"].rows_where("ok = 0")]
    assert any("records.jsonl line 2" in r for r in rows) and any("line 4" in r for r in rows)
    again = import_paths(store, [path])
    assert again.new == 0 and again.unchanged == 2
    titles = sorted(a.title for a in store.articles())
    assert titles[0] == "One" and titles[1].startswith("Text without a title")


def test_capture_needs_an_outlet(tmp_path):
    capture = tmp_path / "a.txt"
    capture.write_text("Skip to main content\nA headline here about ports\nBody sentence one. Body two.\n")
    store = Store(tmp_path / "x.db")
    with pytest.raises(ImportFileError, match="--outlet is required"):
        import_paths(store, [capture])
    report = import_paths(store, [capture], outlet="Gazette", published="2026-01-06")
    [art] = store.articles()
    assert report.new == 1 and art.title == "A headline here about ports"
    assert "Skip to main content" not in art.text and art.published.isoformat().startswith("2026-01-06")


def test_missing_file_and_bad_manifest_are_one_line_errors(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "MANIFEST.yaml").write_text("articles: [\n")
    for args, message in ([str(tmp_path / "nope.txt")], "nope.txt: file not found"), \
                         ([str(folder)], "MANIFEST.yaml: line 2: invalid YAML"):
        result = subprocess.run([sys.executable, "-m", "aggregator", "--db", str(tmp_path / "x.db"), "import", *args],
                                capture_output=True, text=True)
        assert result.returncode == 1
        assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
