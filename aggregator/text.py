"""Small text helpers shared by stages: HTML to text, hashing, normalisation."""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"[ \t\u00a0\u3000]+")
_WORDS = re.compile(r"\w+")


def html_to_text(fragment: str) -> str:
    """Feed titles and summaries may carry markup and entities; keep the words."""
    if not fragment:
        return ""
    text = html.unescape(_TAG.sub(" ", fragment))
    return _SPACE.sub(" ", text).strip()


def normalize_text(text: str) -> str:
    """NFC, unified whitespace, no blank-line runs: what we hash and store."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def content_hash(text: str) -> str:
    """sha256 of the normalised text: same words, same hash, whatever the whitespace."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


def is_cjk(ch: str) -> bool:
    """A CJK unified ideograph: Chinese characters (also Japanese kanji). The one test of it:
    language guessing, near-copy shingles and word overlap in alignment all use this."""
    return "\u4e00" <= ch <= "\u9fff"


def has_cjk(text: str) -> bool:
    return any(is_cjk(ch) for ch in text)


def shingles(text: str, n: int) -> frozenset[tuple[str, ...]]:
    """Overlapping runs of `n` lower-cased words (a shorter text is one run): the one shingler of
    near-copy detection (ingest/dedup.py) and of sentence reuse (compare/derivation.py). Text in
    CJK script, written without spaces between words, is cut into characters instead."""
    if has_cjk(text[:500]):
        units = [ch for ch in text if not ch.isspace()]
    else:
        units = [w.lower() for w in _WORDS.findall(text)]
    if len(units) < n:
        return frozenset([tuple(units)]) if units else frozenset()
    return frozenset(tuple(units[i:i + n]) for i in range(len(units) - n + 1))


def detect_language(text: str, default: str = "en") -> str:
    """Cheap script-based guess, used only when neither page nor source says the language."""
    sample = text[:2000]
    if not sample:
        return default
    cjk = sum(1 for ch in sample if is_cjk(ch))
    kana = sum(1 for ch in sample if "\u3040" <= ch <= "\u30ff")
    hangul = sum(1 for ch in sample if "\uac00" <= ch <= "\ud7af")
    letters = sum(1 for ch in sample if ch.isalpha()) or 1
    if kana / letters > 0.1:
        return "ja"
    if hangul / letters > 0.3:
        return "ko"
    if cjk / letters > 0.3:
        return "zh"
    return default


def text_diff(old: str, new: str) -> str:
    """A readable diff of two texts: paragraphs added/removed, and words changed inside
    edited paragraphs marked git-style as [-old-]{+new+}. Empty when the texts are equal."""
    import difflib

    a, b = old.split("\n"), new.split("\n")
    lines: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if op == "replace" and i2 - i1 == j2 - j1:
            lines += [f"~ {_word_diff(x, y)}" for x, y in zip(a[i1:i2], b[j1:j2])]
            continue
        lines += [f"- {x}" for x in a[i1:i2]] + [f"+ {y}" for y in b[j1:j2]]
    return "\n".join(lines)


def _word_diff(old: str, new: str) -> str:
    import difflib

    a, b = old.split(), new.split()
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out += a[i1:i2]
            continue
        if i2 > i1:
            out.append("[-" + " ".join(a[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(out)


# A cut keeps the last paragraph (or word) break in the final fifth of the allowed length, so
# a capped text does not end mid-word; further back and the hard cut is kept instead.
CAP_BREAK_WINDOW = 0.8


def cap_text(text: str, limit: int) -> tuple[str, bool]:
    """(`text` cut to at most `limit` characters at a paragraph or word break, whether it was cut)."""
    if len(text) <= limit:
        return text, False
    cut = text[:limit]
    for sep in ("\n", " "):
        at = cut.rfind(sep)
        if at >= limit * CAP_BREAK_WINDOW:
            return cut[:at].rstrip(), True
    return cut, True


# Numeric character references no decoder can turn into a character: a UTF-16 surrogate
# (&#xD83D;), a code point past U+10FFFF (&#x110000;) or one too long for any code point
# (&#99999999999999999999;). feedparser raises on them (UnicodeEncodeError, ValueError,
# OverflowError) and lxml hands back undecodable bytes; both make one title cost a whole feed.
_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9A-Fa-f]+)|([0-9]+));?")
_SURROGATE = re.compile("[\ud800-\udfff]")
# C0/C1 control characters other than tab and newline, and the escape that starts a terminal
# sequence: a title with ESC]0;…BEL or a bare CR can rewrite a terminal that prints it.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
REPLACEMENT = "\ufffd"


def fix_char_refs(data: bytes) -> bytes:
    """`data` with every numeric character reference that names no character (a surrogate,
    NUL, past U+10FFFF, or absurdly long) replaced by U+FFFD's reference; valid ones untouched.
    Works on the raw bytes of any ASCII-compatible encoding, before a parser sees them."""
    if b"&#" not in data:
        return data

    def repl(match: re.Match[bytes]) -> bytes:
        hexa, dec = match.group(1), match.group(2)
        digits = hexa or dec
        if len(digits.lstrip(b"0")) > 8:
            return b"&#xFFFD;"
        code = int(digits, 16 if hexa else 10)
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return b"&#xFFFD;"
        return match.group(0)

    return _CHAR_REF.sub(repl, data)


def scrub(text: str) -> str:
    """`text` that any UTF-8 store can hold: lone surrogates (from JSON "\\ud83d" or a decoder
    given surrogateescape) become U+FFFD. Everything else is kept as it is."""
    return _SURROGATE.sub(REPLACEMENT, text) if text else text


def printable(text: str, one_line: bool = True) -> str:
    """`text` safe to print on a terminal: control characters (ESC, BEL, NUL…) and lone
    surrogates shown as U+FFFD; with `one_line`, line breaks and tabs become spaces, so a
    title or log reason cannot start a line that looks like another row."""
    if not text:
        return text
    if one_line:
        text = text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ").replace("\t", " ")
    return _CONTROL.sub(REPLACEMENT, scrub(text))
