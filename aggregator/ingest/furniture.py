"""Remove page furniture from plain-text captures before anything else reads them.

Captures pasted from a browser or a clipping tool carry the page around the report: site
menus, "support us" appeals, image captions, paywall prompts, syndication credits, statement
lines, and reader comments after the copyright line. The rules below are line rules that only
fire on short, non-sentence lines or on unmistakable markers, so body sentences survive.
Credits ("According to AFP, Reuters", "news exchange item") are kept aside: the comparison
reports them as the outlet's credited sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Everything from a copyright notice on is footer and reader comments.
COPYRIGHT = re.compile(r"(©|\(c\)\s*(?=\d{4})|\bcopyright\s+(©\s*)?\d{4})", re.IGNORECASE)
COPYRIGHT_LINE_CHARS = 140  # a credit line ("© Agency 2026 / Photographer"), not a paragraph quoting one
LEADING_STAMP = re.compile(r"^\s*(date|updated|published)\s*:?\s*\d{4}-\d{2}-\d{2}(?:[ T][\d:]+Z?)?\s+", re.I)
IMAGE_PLACEHOLDER = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*\|?\s*$")
TRAILING_CREDIT = re.compile(r"\s*[–—-]\s*(The [A-Z][\w .'-]+ (news exchange|syndication) item)\s*$")

SHORT_FURNITURE = [  # whole short lines (<= 140 chars)
    re.compile(p, re.IGNORECASE) for p in (
        r"^skip to (main )?content$",
        r"^(menu|search|home|sections?|log ?in|sign ?in|sign up|register|share|print)$",
        r"^advertise( with .*)?$",
        r"^support (us|the [\w ]+|our journalism)\b.*$",
        r"^(donate|make a donation|become a (member|supporter)).*$",
        r"^the .*\bappeal$",
        r"^you have reached (the|your) .*limit\.?$",
        r"^(subscribe|sign up|log in|register) (now )?to (continue|keep) reading\.?$",
        r"^(already a subscriber\?|subscribe now|subscribe today).*$",
        r"^(related|read more|most read|recommended|more on this story)\s*:?$",
        r"^(sign up for|get) (our|the) [\w ]*newsletter.*$",
        r"^(advertisement|sponsored( content)?)$",
        r"^(this article is an exclusive article by|this article is (from|reprinted from)|without permission).*$",
        r"^.*\b(cannot|may not) be reprinted\.?$",
    )
]
LABELLED_LINE = re.compile(
    r"^(original|source|statement|editor|responsible editor|translator|translated by|photo|image)\s*:\s*\S.*$",
    re.IGNORECASE,
)
CAPTION = re.compile(
    r"(^in this (photo|image|picture)\b.*|\b(photo|image|picture|credit)s?\s*(:|by)\s*[^.]{1,80}\.?$"
    r"|/(getty images|afp|reuters|ap|xinhua)\)?\.?$)",
    re.IGNORECASE,
)
BYLINE_CREDIT = re.compile(r"^(?:[\w .'-]{0,60})\((according to|source[s]?:|via)\s+([^)]+)\)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class CleanCapture:
    """A capture's body text with what was removed and why, and any credited sources."""

    text: str
    title: str = ""
    removed: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (kind, text)
    credits: tuple[str, ...] = ()


def clean_capture(raw: str, guess_title: bool = True, page_footer: bool = True) -> CleanCapture:
    """Remove furniture from a report's text. `page_footer`: the text is a whole page as captured
    (copy and paste), so a copyright notice starts the footer and everything after it goes; for
    an extractor's output, where the footer is already gone, a © is a photo credit inside the
    body and only its short line is dropped (cutting there lost 39 of the snippets trafilatura's
    evaluation set wants kept, on 17 of 990 pages, for 16 unwanted ones removed)."""
    removed: list[tuple[str, str]] = []
    credits: list[str] = []
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    match = COPYRIGHT.search(text) if page_footer else None
    if match:
        removed.append(("copyright and after", text[match.start():].strip()[:200]))
        text = text[:match.start()]
    stamp = LEADING_STAMP.match(text)
    if stamp:
        removed.append(("date stamp", stamp.group(0).strip()))
        text = text[stamp.end():]
    kept: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            kept.append("")
            continue
        trailing = TRAILING_CREDIT.search(stripped)
        if trailing:
            credits.append(trailing.group(1))
            removed.append(("syndication credit", trailing.group(0).strip()))
            stripped = stripped[:trailing.start()].rstrip()
        kind = _furniture_kind(stripped)
        if not kind and not page_footer and len(stripped) <= COPYRIGHT_LINE_CHARS and COPYRIGHT.search(stripped):
            kind = "copyright line"
        if kind == "byline credit":
            credit = BYLINE_CREDIT.match(stripped)
            credits.extend(c.strip() for c in (credit.group(2).split(",") if credit else ()))
        if kind:
            removed.append((kind, stripped))
            continue
        kept.append(stripped)
    body = "\n".join(kept).strip()
    title = ""
    if guess_title:
        first, _, rest = body.partition("\n")
        if rest.strip() and _looks_like_headline(first):
            title, body = first.strip(), rest.strip()
    body = re.sub(r"\n{3,}", "\n\n", body)
    return CleanCapture(text=body, title=title, removed=tuple(removed), credits=tuple(credits))


def _furniture_kind(line: str) -> str:
    if IMAGE_PLACEHOLDER.match(line):
        return "image placeholder"
    if len(line) <= 140 and any(p.match(line) for p in SHORT_FURNITURE):
        return "site furniture"
    if LABELLED_LINE.match(line) and len(line) <= 200:
        return "credit or statement line"
    if BYLINE_CREDIT.match(line):
        return "byline credit"
    if CAPTION.search(line) and len(line) <= 300 and not _quotes_someone(line):
        return "image caption"
    return ""


def _quotes_someone(line: str) -> bool:
    return bool(re.search(r"\b(said|says|told|stated)\b", line))


def _looks_like_headline(line: str) -> bool:
    line = line.strip()
    return 15 <= len(line) <= 160 and not line.endswith((".", ":", '"', "”", "?")) and "  " not in line
