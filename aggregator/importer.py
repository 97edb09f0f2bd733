"""`aggregator import`: plain-text captures, folders with a MANIFEST.yaml, and JSONL records.

Imported reports go through the same store as fetched ones (same ids, hashes, dedup), so
they cluster and compare like any other. Captures are cleaned of page furniture first.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import yaml

from .dedup import mark_near_copy
from .errors import ImportFileError
from .extract import canonical_url, parse_date
from .furniture import clean_capture
from .models import Article, ImportReport
from .store import Store, article_id
from .text import content_hash, detect_language, normalize_text


def import_paths(store: Store, paths: list[Path], outlet: str | None = None, url: str | None = None,
                 published: str | None = None) -> ImportReport:
    """Import each path: a folder with MANIFEST.yaml, a .jsonl file, or a text capture."""
    counts = {"new": 0, "unchanged": 0, "updated": 0, "failed": 0}
    ids: list[str] = []
    for path in paths:
        path = Path(path)
        if not path.exists():
            raise ImportFileError(f"{path}: file not found")
        if path.is_dir():
            records = _manifest_records(path)
        elif path.suffix == ".jsonl":
            records = _jsonl_records(store, path, counts)
        else:
            if not outlet:
                raise ImportFileError(f"{path}: --outlet is required for a plain-text capture")
            records = [{"file": path, "outlet": outlet, "url": url, "published": published}]
        for record in records:
            art = _store_record(store, record, counts)
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


def _jsonl_records(store: Store, path: Path, counts: dict) -> list[dict]:
    records = []
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict) or not record.get("text") or not record.get("outlet"):
                    raise ValueError("needs at least 'outlet' and 'text'")
            except ValueError as exc:
                counts["failed"] += 1
                store.log("import", f"{path}:{number}", f"{path} line {number}: {exc}")
                continue
            records.append({**record, "line": f"{path}:{number}"})
    return records


def _store_record(store: Store, record: dict, counts: dict) -> str | None:
    where = str(record.get("line") or record.get("file"))
    title = str(record.get("title") or "")
    if "file" in record:
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
    now = datetime.now(timezone.utc)
    published = parse_date(record.get("published"))
    article = Article(
        id=article_id(canon), url=str(url), canonical_url=canon, source=outlet,
        title=title or _first_sentence(text), text=text, published=published, fetched_at=now,
        language=str(record.get("language") or detect_language(text)), content_hash=content_hash(text),
        extraction_method=method, credits=tuple(credits),
    )
    outcome = store.save_article(article)
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
