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
WESTERN = "cp1252"
# Single-byte code pages for Latin-script languages (Python codec names): one can stand for
# another without any decoding error, so detection between them is a guess (`detect_charset`).
LATIN_SINGLE_BYTE = frozenset({
    "cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "iso8859-1", "iso8859-2", "iso8859-3",
    "iso8859-4", "iso8859-9", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16",
    "mac-roman", "mac-latin2", "mac-iceland", "mac-turkish", "cp437", "cp850", "cp852", "cp858",
    "cp775", "hp-roman8",
})
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
            text = body.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
        if _single_byte(codec) and _has_high_bytes(body):
            # Any byte string "decodes" as a Latin charset, so a page declared Latin-1 that
            # is really GBK or Big5 would come out as mojibake: let detection overrule it
            # when it finds a multi-byte encoding.
            detected = _detect(body)
            if detected and not _single_byte(detected[1]):
                return detected
        return text, codec
    return _detect(body) or (body.decode("utf-8", errors="replace"), "utf-8")


def _detect(body: bytes) -> tuple[str, str] | None:
    detected = detect_charset(body)
    if detected is None:
        return None
    codec = SUPERSETS.get(detected, detected)
    try:
        return body.decode(codec), codec
    except (LookupError, UnicodeDecodeError):
        return body.decode(detected, errors="replace"), detected


def detect_charset(body: bytes) -> str | None:
    """The encoding charset-normalizer finds most plausible, or None.

    Between single-byte Latin code pages detection has little to go on: Portuguese in
    ISO-8859-1 decodes just as cleanly as ISO-8859-13 or windows-1250 ("simulações" becomes
    "simulaēões"), and charset-normalizer then picks by its own candidate order. When the
    winner is another Latin code page and windows-1252 (the WHATWG default for undeclared
    Western text, feedparser's own fallback) decodes the bytes and is rated no messier,
    windows-1252 is kept: detection has found no evidence against it. Cyrillic, Greek and
    multi-byte encodings (KOI8-R, GBK, Shift_JIS…) still win when detected.
    """
    results = from_bytes(body)
    best = results.best()
    if best is None or not best.encoding:
        return None
    if _codec_name(best.encoding) == WESTERN or _codec_name(best.encoding) not in LATIN_SINGLE_BYTE:
        return best.encoding
    try:
        body.decode(WESTERN)
    except UnicodeDecodeError:
        return best.encoding  # bytes windows-1252 leaves undefined (0x81, 0x8D, 0x9D…): not Western
    western = next((m for m in results if WESTERN in {_codec_name(c) for c in m.could_be_from_charset}), None)
    if western is not None and western.chaos <= best.chaos:
        return WESTERN
    return best.encoding


def _codec_name(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name.lower()


def _single_byte(codec: str) -> bool:
    try:
        name = codecs.lookup(codec).name
    except LookupError:
        return False
    return name.startswith(("cp125", "iso8859", "latin", "koi8", "mac-", "cp437", "cp85", "cp86"))


def _has_high_bytes(body: bytes) -> bool:
    return any(b > 0x7F for b in body[:65536])
