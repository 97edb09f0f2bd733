"""One import record, validated: what `import` reads from a JSONL line, a MANIFEST entry, a
command-line capture or a WARC response before it is stored.

Its own module because both imports.py (JSONL, MANIFEST, captures) and warc.py (archives) build
records: with the record here, each imports this one and neither imports the other's insides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..text import scrub
from .dates import checked_date

# Fields a record may carry, with their type: a list or number where a string belongs is
# refused, not stored as "['x']". Other keys (a MANIFEST's `furniture` notes…) are ignored.
STRING_FIELDS = ("url", "outlet", "title", "text", "html", "language", "country", "affiliation", "kind",
                 "content_type")
DATE_FIELDS = ("published", "fetched_at")


class BadRecord(ValueError):
    """One record that cannot be imported; the message says why, in one line."""


@dataclass(frozen=True)
class ImportRecord:
    """One report to import, validated. `capture` is set only from the command line or a
    MANIFEST entry confined to its folder, never from a record's own fields."""

    where: str  # "records.jsonl line 3", "corpus/MANIFEST.yaml articles[2] (a.txt)", "x.warc.gz#5 URL"
    outlet: str
    url: str = ""
    title: str = ""
    text: str = ""
    html: bytes | None = None
    capture: Path | None = None
    published: datetime | None = None
    fetched_at: datetime | None = None
    language: str = ""
    country: str = ""
    affiliation: str = ""
    content_type: str = ""
    notes: tuple[str, ...] = ()  # what was dropped or ignored on the way in


def validated(raw: dict, where: str, capture: Path | None = None, html: bytes | None = None) -> ImportRecord:
    """An `ImportRecord` from a JSONL/MANIFEST/command-line mapping; `BadRecord` when unusable.

    Strings must be strings; dates that cannot be read or lie outside 1990-01-01 to tomorrow
    are dropped with a note; a `file` key is never followed (only `capture`, set by the
    caller for confined MANIFEST entries and command-line files, is read).
    """
    values: dict[str, str] = {}
    for key in STRING_FIELDS:
        value = raw.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise BadRecord(f"'{key}' must be a string, got {type(value).__name__} {_short(value)}")
        values[key] = scrub(value)  # a lone surrogate ("\ud83d") is stored as U+FFFD, not refused
    outlet = values.get("outlet", "").strip()
    if not outlet:
        raise BadRecord("needs 'outlet'")
    notes: list[str] = []
    if capture is None and html is None and "file" in raw:
        notes.append("'file' ignored: a record carries its text, never a path to read")
    if capture is None and html is None and not (values.get("text", "").strip() or values.get("html", "").strip()):
        raise BadRecord("needs 'text' or 'html'" + (" ('file' is not read from records)" if notes else ""))
    dates = {}
    for key in DATE_FIELDS:
        dates[key], note = checked_date(raw.get(key))
        if note:
            notes.append(f"{key}: {note}")
    return ImportRecord(
        where=where, outlet=outlet, url=values.get("url", "").strip(), title=values.get("title", ""),
        text=values.get("text", ""), capture=capture,
        html=html if html is not None else (values["html"].encode("utf-8") if values.get("html") else None),
        published=dates["published"], fetched_at=dates["fetched_at"], language=values.get("language", ""),
        country=values.get("country", ""), affiliation=values.get("affiliation") or values.get("kind", ""),
        content_type=values.get("content_type", ""), notes=tuple(notes))


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
