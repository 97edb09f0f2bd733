"""`aggregator import`: text captures, MANIFEST folders, JSONL records and WARC archives.

Imported reports go through the same store as fetched ones (same ids, hashes, dedup), so
they cluster and compare like any other. Captures are cleaned of page furniture first; HTML
(JSONL `html` fields, WARC response records) goes through the same extractor as fetched pages.
JSONL and WARC files are read as streams, one record at a time, so memory stays bounded
whatever the archive's size (CC-NEWS files are about 1 GB each).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import yaml

from .config import Settings
from .dedup import mark_near_copy
from .errors import ExtractError, ImportFileError
from .extract import canonical_url, extract_page, parse_date
from .furniture import clean_capture
from .models import Article, ImportReport
from .store import Store, article_id
from .text import content_hash, detect_language, normalize_text

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def import_paths(store: Store, paths: list[Path], outlet: str | None = None, url: str | None = None,
                 published: str | None = None, settings: Settings | None = None) -> ImportReport:
    """Import each path: a folder with MANIFEST.yaml, a .jsonl file, a WARC file or a capture.

    `outlet` names the outlet of plain-text captures; for WARC records it overrides the outlet
    otherwise found from the record's host (a known source's domain, else the host name).
    """
    settings = settings or Settings.load()
    counts = {"new": 0, "unchanged": 0, "updated": 0, "failed": 0, "skipped": 0}
    ids: list[str] = []
    for path in paths:
        path = Path(path)
        if not path.exists():
            raise ImportFileError(f"{path}: file not found")
        if path.is_dir():
            records = _manifest_records(path)
        elif path.name.endswith(".jsonl"):
            records = _jsonl_records(store, path, counts)
        elif path.name.lower().endswith(WARC_SUFFIXES):
            from .warc import warc_records

            records = warc_records(store, path, counts, outlet, settings.max_bytes)
        else:
            if not outlet:
                raise ImportFileError(f"{path}: --outlet is required for a plain-text capture")
            records = [{"file": path, "outlet": outlet, "url": url, "published": published}]
        for record in records:
            art = _store_record(store, record, counts, settings)
            if art:
                ids.append(art)
    return ImportReport(**counts, article_ids=tuple(ids))


def _manifest_records(folder: Path) -> list[dict]:
    manifest = folder / "MANIFEST.yaml"
    if not manifest.is_file():
        raise ImportFileError(f"{folder}: no MANIFEST.yaml in this folder")
    try:
        data = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ImportFileError(f"{manifest}: invalid YAML: {str(exc).splitlines()[0]}") from None
    items = data.get("articles") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ImportFileError(f"{manifest}: expected an 'articles' list")
    records = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not item.get("file") or not item.get("outlet"):
            raise ImportFileError(f"{manifest}: articles[{i}]: needs 'file' and 'outlet'")
        records.append({**item, "file": folder / item["file"]})
    return records


def _jsonl_records(store: Store, path: Path, counts: dict) -> Iterator[dict]:
    """Records `{url, outlet, title, published, text | html}`, one line at a time."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict) or not record.get("outlet") or not (
                        record.get("text") or record.get("html")):
                    raise ValueError("needs 'outlet' and 'text' or 'html'")
            except ValueError as exc:
                counts["failed"] += 1
                store.log("import", f"{path}:{number}", f"{path} line {number}: {exc}")
                continue
            yield {**record, "line": f"{path}:{number}"}


def _store_record(store: Store, record: dict, counts: dict, settings: Settings) -> str | None:
    where = str(record.get("line") or record.get("file"))
    title = str(record.get("title") or "")
    html: bytes | None = None
    flags: tuple[str, ...] = ()
    author = sitename = ""
    published = parse_date(record.get("published"))
    if "html" in record and not record.get("text"):
        html = record["html"] if isinstance(record["html"], bytes) else str(record["html"]).encode("utf-8")
        url = str(record.get("url") or f"urn:aggregator:{content_hash(html.decode('utf-8', 'replace'))[:16]}")
        try:
            found = extract_page(html, url, min_chars=settings.min_article_chars,
                                 content_type=str(record.get("content_type") or ""))
        except ExtractError as exc:
            counts["failed"] += 1
            store.log("import", where, f"{where}: {exc}", source=str(record["outlet"]))
            return None
        text, title, credits, flags = found.text, title or found.title, found.credits, found.flags
        method, author, sitename = f"import-html/{found.method}", found.author, found.sitename
        published = published or found.published
        record = {**record, "language": record.get("language") or found.language}
    elif "file" in record:
        try:
            raw = Path(record["file"]).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            counts["failed"] += 1
            store.log("import", where, f"{where}: cannot read: {exc}")
            return None
        cleaned = clean_capture(raw)
        text, title = normalize_text(cleaned.text), title or cleaned.title
        credits = cleaned.credits
        url = record.get("url") or Path(record["file"]).resolve().as_uri()
        method = "import-capture"
    else:
        text = normalize_text(str(record["text"]))
        url = record.get("url") or f"urn:aggregator:{content_hash(text)[:16]}"
        method = "import-jsonl"
        credits = ()
    outlet = str(record["outlet"]).strip()
    _ensure_source(store, outlet, record)
    canon = canonical_url(str(url)) if str(url).startswith("http") else str(url)
    fetched = parse_date(record.get("fetched_at")) or datetime.now(timezone.utc)
    article = Article(
        id=article_id(canon), url=str(url), canonical_url=canon, source=outlet,
        title=title or _first_sentence(text), text=text, published=published, fetched_at=fetched,
        language=str(record.get("language") or detect_language(text)), content_hash=content_hash(text),
        author=author, extraction_method=method, credits=tuple(credits), flags=flags, sitename=sitename,
    )
    outcome = store.save_article(article, html=html)
    counts[outcome] += 1
    if outcome == "new":
        mark_near_copy(store, store.article(article.id))
    store.log("import", where, f"{outcome} ({method})", source=outlet, ok=True)
    return article.id


def _ensure_source(store: Store, outlet: str, record: dict) -> None:
    language = record.get("language")
    store.ensure_source(outlet, country=str(record.get("country") or ""),
                        affiliation=str(record.get("affiliation") or record.get("kind") or ""),
                        languages=[language] if language else [])


def _first_sentence(text: str, limit: int = 160) -> str:
    """A stand-in headline for records that have none: the first sentence, cut at a word."""
    first = text.split("\n", 1)[0]
    end = first.find(". ")
    if 0 < end < limit:
        return first[:end + 1]
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + "…"
