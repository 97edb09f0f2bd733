"""Synthetic feeds and pages for fetch tests (our own text, not copied from any outlet)."""

from __future__ import annotations

PARAGRAPHS = [
    "The port authority of Eastmouth said on Monday that a container ship ran aground in the outer channel overnight.",
    "No crew members were hurt, the authority said, and the vessel was not leaking fuel.",
    "Tugs were expected to try to refloat the ship at high tide on Tuesday morning.",
    "Shipping companies warned that delays could last several days if the channel stayed closed.",
    "The harbour master told reporters that a pilot had been on board when the ship left its berth.",
    "Local fishermen said the channel had silted up since dredging stopped two years ago.",
]


def article_html(title: str, paragraphs: list[str] | None = None, published: str = "2026-01-06T09:00:00Z",
                 canonical: str = "", charset: str = "utf-8") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in (paragraphs or PARAGRAPHS))
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}"><title>{title} | Eastmouth Gazette</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Eastmouth Gazette">
<meta property="article:published_time" content="{published}">
{link}
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<main><article><h1>{title}</h1><p class="byline">By Ada Marsh</p>
{body}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Council approves new bridge</a></li>
<li><a href="/b">Weather: storms expected</a></li></ul></aside></main>
<footer>© 2026 Eastmouth Gazette. All rights reserved.</footer>
</body></html>"""


def rss(items: list[tuple[str, str]], title: str = "Eastmouth Gazette") -> str:
    entries = "\n".join(
        f"<item><title>{t}</title><link>{u}</link><guid>{u}</guid>"
        f"<pubDate>Tue, 06 Jan 2026 09:00:00 GMT</pubDate><description>Summary of {t}.</description></item>"
        for t, u in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{title}</title><link>http://example.test/</link>
<description>News</description>{entries}</channel></rss>"""
