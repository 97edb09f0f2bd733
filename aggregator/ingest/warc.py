"""Read news pages out of WARC/ARC archives (e.g. Common Crawl's CC-NEWS), one record at a time.

warcio streams the (gzip-per-record) file, so a 1 GB archive is read in bounded memory: each
HTML response body is read up to the size limit and handed on; everything else (robots.txt,
images, redirects, request and metadata records) is skipped and counted.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from ..models import HTML_TYPES
from ..store.contract import StoreContract
from ..urls import by_host
from .records import ImportRecord, validated

DRAIN_CHUNK = 1 << 16  # bytes read at a time from a skipped record, to find where it ends


def warc_records(store: StoreContract, path: Path, counts: dict, outlet: str | None,
                 max_bytes: int) -> Iterator[ImportRecord]:
    """An `ImportRecord` (url, outlet, html, content type, WARC date) for each HTML response.

    The outlet is `outlet` when given, else the known source whose domain the host belongs
    to, else the host name itself (so unknown outlets still group by site). An archive cut
    short (a partial download, a full disk) ends in a record shorter than its header says:
    that is logged once as a truncated archive, and the records before it stay imported.
    """
    domains = {s.domain: s.name for s in store.stored_sources() if s.domain}
    number = 0
    try:
        with path.open("rb") as handle:
            records = ArchiveIterator(handle, arc2warc=True, check_digests=True)
            for record in records:
                number += 1
                if record.rec_type != "response" or record.http_headers is None:
                    if _cut_short(record):
                        _truncated(store, counts, path, number)
                        return
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                where = f"{path}#{number} {url}"
                status = record.http_headers.get_statuscode() or ""
                content_type = record.http_headers.get_header("Content-Type") or ""
                if not status.startswith("2") or not content_type.lower().startswith(HTML_TYPES):
                    if _cut_short(record):
                        _truncated(store, counts, path, number)
                        return
                    counts["skipped"] += 1
                    continue
                body = record.content_stream().read(max_bytes + 1)
                if len(body) <= max_bytes and _cut_short(record):
                    _truncated(store, counts, path, number, url)
                    return
                if len(body) > max_bytes:
                    counts["failed"] += 1
                    store.log("import", where, f"{where}: response exceeds limit of {max_bytes} bytes")
                    continue
                if record.digest_checker.passed is False:
                    counts["failed"] += 1
                    store.log("import", where, f"{where}: digest mismatch (truncated or corrupt record)")
                    continue
                yield validated({"url": url, "outlet": outlet or outlet_for_host(url, domains),
                                 "content_type": content_type,
                                 "fetched_at": record.rec_headers.get_header("WARC-Date")}, where, html=body)
            size = path.stat().st_size
            if records.offset < size:  # warcio stops quietly at a corrupt gzip member
                raise ArchiveLoadFailed(f"cannot read bytes {records.offset}-{size}")
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        # A corrupt archive cannot be resynchronised; what was read before stays stored.
        counts["failed"] += 1
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        store.log("import", f"{path}#{number}",
                  f"{path}: unreadable WARC (truncated or corrupt) after record {number}: {reason}")


def _cut_short(record: ArcWarcRecord) -> bool:
    """Whether the archive ended inside this record (read to its end to find out).

    warcio reads a record through a reader limited to its Content-Length; bytes still owed
    once the stream is exhausted mean the file stopped early.
    """
    while record.raw_stream.read(DRAIN_CHUNK):
        pass
    return getattr(record.raw_stream, "limit", 0) > 0


def _truncated(store: StoreContract, counts: dict, path: Path, number: int, url: str = "") -> None:
    counts["failed"] += 1
    at = f" ({url})" if url else ""
    store.log("import", f"{path}#{number}",
              f"{path}: truncated archive: it ends inside record {number}{at}; the records before it were imported")


def outlet_for_host(url: str, domains: dict[str, str]) -> str:
    """The source whose domain is the URL's host or a parent of it; else the bare host."""
    found = by_host(url, domains)
    if found:
        return found
    return (urlparse(url).hostname or "").lower().removeprefix("www.") or "unknown"
