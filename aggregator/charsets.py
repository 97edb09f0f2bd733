"""Decode HTML bytes to text: BOM, then the HTTP charset, then <meta>, then detection.

A declared charset is used only if the bytes decode cleanly with it; otherwise (a missing or
wrong declaration, common on Chinese and Japanese sites) charset-normalizer detects one.
Legacy names map to their WHATWG supersets: GB2312/GBK pages often hold GBK or GB18030
characters, Big5 pages HKSCS ones, Shift_JIS pages Windows-31J ones, "latin-1" pages cp1252.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs",
             "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
             "iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
             "ascii": "cp1252", "euc-kr": "cp949", "ks_c_5601-1987": "cp949"}
META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def declared_charset(content_type: str) -> str:
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type or "", re.IGNORECASE)
    return match.group(1).lower() if match else ""


def decode_html(body: bytes, content_type: str = "") -> tuple[str, str]:
    """(text, charset used). Never raises: the last resort decodes UTF-8 with replacements."""
    for bom, name in BOMS:
        if body.startswith(bom):
            return body.decode(name, errors="replace"), name
    candidates = [declared_charset(content_type)]
    meta = META.search(body[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii", errors="ignore").lower())
    candidates.append("utf-8")
    for name in candidates:
        if not name:
            continue
        codec = SUPERSETS.get(name, name)
        try:
            return body.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            continue
    best = from_bytes(body).best()
    if best is not None and best.encoding:
        return str(best), best.encoding
    return body.decode("utf-8", errors="replace"), "utf-8"
