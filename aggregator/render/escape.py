"""Escaping for every output format, in one place: article text is data, never markup.

Titles, outlet names and sentences come from the open web or from imported files, so a title
`<script>…</script>`, a `javascript:` URL or a right-to-left override (U+202E, which makes
"evil\u202Egnp.exe" display as "evilexe.png") must reach a reader as the characters written,
not as markup or as reordered text. Each renderer escapes through these helpers.
"""

from __future__ import annotations

import html as _html
import re
from urllib.parse import quote, urlsplit

# Unicode bidirectional formatting characters (UAX #9): embeddings and overrides U+202A–U+202E,
# isolates U+2066–U+2069, the marks U+200E/U+200F and the Arabic letter mark U+061C. In a name
# or title shown to a reader they reorder the surrounding text ("Trojan Source", CVE-2021-42574);
# they carry no letters, so dropping them loses nothing a reader sees.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_BIDI_TABLE = {ord(ch): None for ch in BIDI_CONTROLS}
# Line breaks of any kind (and the other C0 controls but tab) would end a Markdown table row,
# list item or heading early; they become spaces.
_BREAKS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]+")
# Characters with a Markdown (CommonMark/GFM) meaning inside a line: emphasis, code, links and
# images, raw HTML, headings, table cells. Each is backslash-escaped (CommonMark §2.4).
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
SAFE_SCHEMES = ("http", "https")
# Kept as is inside a link target; anything else (spaces, parentheses, quotes, <, >, |, \) is
# percent-encoded so the target cannot end early or break a table row.
_URL_SAFE = ":/?#[]@!$&*+,;=%-._~"


def strip_bidi(text: str) -> str:
    """`text` without bidirectional formatting characters."""
    return (text or "").translate(_BIDI_TABLE)


def md_text(text: str | None) -> str:
    """Inline Markdown text that renders as exactly these characters, on one line."""
    text = _BREAKS.sub(" ", strip_bidi(str(text or "")))
    return _MD_SPECIAL.sub(r"\\\1", text)


def md_cell(text: str | None) -> str:
    """A GFM table cell (same as `md_text`: `|` is escaped there too)."""
    return md_text(text)


def safe_url(url: str | None) -> str:
    """`url` when it is an absolute http(s) URL, else "" (`javascript:`, `data:`, relative…)."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.netloc:
        return ""
    return url


def md_link(text: str | None, url: str | None) -> str:
    """`[text](url)` for an http(s) URL; otherwise the escaped text alone, never a link."""
    label = md_text(text) or md_text(url)
    target = safe_url(url)
    if not target:
        return label
    return f"[{label}]({quote(strip_bidi(target), safe=_URL_SAFE)})"


def html_text(text: object) -> str:
    """HTML-escaped text (quotes too, so it is also safe in attribute values), bidi removed."""
    return _html.escape(strip_bidi(str(text)), quote=True)


def json_safe(dumped: str) -> str:
    """A JSON document with bidi controls and U+2028/9 written as `\\uXXXX` escapes.

    The data is unchanged (a JSON parser reads the same string back), but a person viewing the
    file sees the escape instead of text reordered by it; U+2028/9 also break JavaScript parsers
    that predate ES2019. These characters can only occur inside JSON strings, so the
    replacement is safe.
    """
    for ch in BIDI_CONTROLS + "\u2028\u2029":
        dumped = dumped.replace(ch, f"\\u{ord(ch):04x}")
    return dumped
