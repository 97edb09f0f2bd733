"""`aggregator import`: text captures, MANIFEST folders, JSONL records and WARC archives.

Imported reports go through the same store as fetched ones (same ids, hashes, dedup), so
they cluster and compare like any other. Captures are cleaned of page furniture first; HTML
(JSONL `html` fields, WARC response records) goes through the same extractor as fetched pages.
JSONL and WARC files are read as streams, one record at a time, so memory stays bounded
whatever the archive's size (CC-NEWS files are about 1 GB each).

Import files come from elsewhere and are treated as hostile: a MANIFEST may name only files
inside its own folder, a JSONL record carries text and never a path to read, every field is
type-checked, bad dates are dropped (with a note), texts are capped at `max_text_chars`. A bad
record is one `fetch_log` row naming the file and line; the records after it are still imported.
"""

from __future__ import annotations

import codecs
import json
import logging
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from ..config.settings import Settings
from ..errors import ExtractError, ImportFileError
from ..models import Article
from ..progress import progress
from ..runs import ImportReport
from ..store.contract import StoreContract
from ..store.rows import article_id
from ..text import cap_text, content_hash, detect_language, normalize_text, printable
from ..urls import canonical_url
from ..yamlfile import read_yaml
from .extract import extract_page
from .furniture import clean_capture
from .persist import LogLine, store_article
from .records import BadRecord, ImportRecord, validated
from .warc import warc_records

log = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
# A MANIFEST.yaml lists files, one short entry each: 5 MB is tens of thousands of entries, and
# the cap stops a huge or hostile file before YAML parsing (which needs many times its size).
MAX_MANIFEST_BYTES = 5_000_000


def import_paths(store: StoreContract, paths: list[Path], outlet: str | None = None, url: str | None = None,
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
        records: Iterable[ImportRecord]
        if path.is_dir():
            records = _manifest_records(store, path, counts)
        elif path.name.endswith(".jsonl"):
            records = _jsonl_records(store, path, counts, settings.max_bytes)
        elif path.name.lower().endswith(WARC_SUFFIXES):
            records = warc_records(store, path, counts, outlet, settings.max_bytes)
        else:
            if not outlet:
                raise ImportFileError(f"{path}: --outlet is required for a plain-text capture")
            records = [validated({"outlet": outlet, "url": url, "published": published}, str(path),
                                 capture=path)]
        for record in progress(records, desc=path.name, unit="record"):
            try:
                art = _store_record(store, record, counts, settings)
            except (ValueError, RecursionError, MemoryError) as exc:  # costs this record only
                log.warning("%s: not imported (%s: %s)", record.where, type(exc).__name__, printable(str(exc))[:200])
                _refuse(store, counts, record.where, BadRecord(f"{type(exc).__name__}: {exc}"), record.outlet)
                continue
            if art:
                ids.append(art)
    return ImportReport(**counts, article_ids=tuple(ids))


def _manifest_records(store: StoreContract, folder: Path, counts: dict[str, int]) -> Iterator[ImportRecord]:
    """The entries of `folder/MANIFEST.yaml`; an entry naming a file outside the folder (`..`,
    an absolute path, a symlink leading out) is refused with one log row, the rest imported."""
    manifest = folder / "MANIFEST.yaml"
    if not manifest.is_file():
        raise ImportFileError(f"{folder}: no MANIFEST.yaml in this folder")
    if manifest.stat().st_size > MAX_MANIFEST_BYTES:
        raise ImportFileError(f"{manifest}: larger than {MAX_MANIFEST_BYTES} bytes; not a manifest")
    data = read_yaml(manifest, ImportFileError)
    items = data.get("articles") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ImportFileError(f"{manifest}: expected an 'articles' list")
    root = folder.resolve()
    for i, item in enumerate(items):
        name = item.get("file") if isinstance(item, dict) else None
        where = f"{manifest} articles[{i}]" + (f" ({name})" if isinstance(name, str) else "")
        try:
            if not isinstance(item, dict) or not isinstance(name, str) or not name.strip():
                raise BadRecord("needs 'file' (a file name in this folder) and 'outlet'")
            yield validated(item, where, capture=_inside(root, name))
        except BadRecord as exc:
            _refuse(store, counts, where, exc)


def _inside(root: Path, name: str) -> Path:
    """`root/name` when it is a regular file inside `root` once symlinks are resolved."""
    if Path(name).is_absolute():
        raise BadRecord("an absolute path; a manifest names files inside its own folder")
    target = (root / name).resolve()
    if not target.is_relative_to(root):
        raise BadRecord("outside the manifest's folder; refused")
    if not target.is_file():
        raise BadRecord("not found in the manifest's folder" if not target.exists() else "not a regular file")
    return target


def _jsonl_records(store: StoreContract, path: Path, counts: dict[str, int], max_chars: int) -> Iterator[ImportRecord]:
    """Records `{url, outlet, title, published, text | html}`, one line at a time.

    A line longer than `max_chars` (the `max_bytes` setting) is skipped unread, so one
    runaway line cannot fill memory.
    """
    with path.open(encoding="utf-8", errors="replace") as handle:
        number = 0
        while True:
            line = handle.readline(max_chars + 1)
            if not line:
                break
            number += 1
            where = f"{path} line {number}"
            if len(line) > max_chars and not line.endswith("\n"):
                while (rest := handle.readline(1 << 20)) and not rest.endswith("\n"):
                    pass
                _refuse(store, counts, where, BadRecord(f"longer than max_bytes ({max_chars} characters)"))
                continue
            if not line.strip():
                continue
            try:
                try:
                    raw = json.loads(line)
                except ValueError as exc:
                    raise BadRecord(f"not JSON: {exc}") from None
                except RecursionError:
                    raise BadRecord("not JSON this program reads: nested too deeply") from None
                if not isinstance(raw, dict):
                    raise BadRecord(f"expected a JSON object, got {type(raw).__name__}")
                yield validated(raw, where)
            except BadRecord as exc:
                _refuse(store, counts, where, exc)


def _refuse(store: StoreContract, counts: dict[str, int], where: str, exc: Exception, outlet: str = "") -> None:
    counts["failed"] += 1
    store.log("import", where, f"{where}: {printable(str(exc))[:500]}", source=outlet)


def _store_record(store: StoreContract, record: ImportRecord, counts: dict[str, int], settings: Settings) -> str | None:
    where = record.where
    title, notes = record.title, list(record.notes)
    flags: tuple[str, ...] = ()
    author = sitename = ""
    published, language = record.published, record.language
    credits: tuple[str, ...] = ()
    html = record.html
    if html is not None and not record.text.strip():
        url = record.url or f"urn:aggregator:{content_hash(html.decode('utf-8', 'replace'))[:16]}"
        try:
            found = extract_page(html, url, min_chars=settings.min_article_chars,
                                 content_type=record.content_type, max_chars=settings.max_text_chars)
        except ExtractError as exc:
            _refuse(store, counts, where, exc, record.outlet)
            return None
        text, title, credits, flags = found.text, title or found.title, found.credits, found.flags
        method, author, sitename = f"import-html/{found.method}", found.author, found.sitename
        published = published or found.published
        language = language or found.language
    else:
        if record.capture is not None:
            try:
                raw, over = _read_capture(record.capture, settings.max_bytes)
            except (OSError, UnicodeDecodeError) as exc:
                _refuse(store, counts, where, BadRecord(f"cannot read: {exc}"), record.outlet)
                return None
            cleaned = clean_capture(raw)
            source_text, title, credits = cleaned.text, title or cleaned.title, cleaned.credits
            url = record.url or record.capture.resolve().as_uri()
            method = "import-capture"
        else:
            source_text, over = record.text, False
            url = record.url or f"urn:aggregator:{content_hash(source_text)[:16]}"
            method = "import-jsonl"
        # normalising a runaway text is the slow part: cut it roughly first, exactly after
        rough = settings.max_text_chars * 2
        text, cut = cap_text(normalize_text(source_text[:rough]), settings.max_text_chars)
        if cut or over or len(source_text) > rough:
            flags = ("truncated",)
            notes.append(f"text cut to {settings.max_text_chars} characters")
    if not text:
        _refuse(store, counts, where, BadRecord("no text"), record.outlet)
        return None
    canon = canonical_url(url) if url.lower().startswith(("http://", "https://")) else url
    article = Article(
        id=article_id(canon), url=url, canonical_url=canon, source=record.outlet,
        title=title or _first_sentence(text), text=text, published=published,
        fetched_at=record.fetched_at or datetime.now(UTC),
        language=language or detect_language(text), content_hash=content_hash(text),
        author=author, extraction_method=method, credits=tuple(credits), flags=tuple(flags), sitename=sitename,
    )
    with store.atomic():  # the outlet's row only with its first article, never for a refused record
        _ensure_source(store, record)
        outcome = store_article(store, article, html=html,
                                log=LogLine("import", where, f"({method})" + "".join(f"; {n}" for n in notes),
                                            record.outlet))
    counts[outcome] += 1
    return article.id


def _read_capture(path: Path, max_bytes: int) -> tuple[str, bool]:
    """(A UTF-8 capture, at most `max_bytes` of it, whether it was longer).

    A character cut in two at the limit is dropped; invalid UTF-8 elsewhere raises.
    """
    with path.open("rb") as handle:
        data = handle.read(max_bytes + 1)
    over = len(data) > max_bytes
    return codecs.getincrementaldecoder("utf-8")().decode(data[:max_bytes], final=not over), over


def _ensure_source(store: StoreContract, record: ImportRecord) -> None:
    store.ensure_source(record.outlet, country=record.country, affiliation=record.affiliation,
                        languages=[record.language] if record.language else [])


def _first_sentence(text: str, limit: int = 160) -> str:
    """A stand-in headline for records that have none: the first sentence, cut at a word."""
    first = text.split("\n", 1)[0]
    end = first.find(". ")
    if 0 < end < limit:
        return first[:end + 1]
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + "…"
