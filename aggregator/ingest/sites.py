"""Per-site extractors: an override for one outlet's pages, tried before trafilatura (the fundus idea).

trafilatura reads most news pages well, but some outlets' markup defeats any general extractor
(the text in a JSON blob, a lead outside the article element). A package fixes one outlet by
registering an object in the `aggregator.extractors` entry points (docs/extending.md) with

- `domains`: the host names it reads (a subdomain matches its parent: `edition.example.com`
  is read by an extractor for `example.com`), and
- `extract(html, url)`: a `SitePage`, or None to leave the page to trafilatura.

A registered class is instantiated once. What an override returns goes through the same
furniture cleaning, length checks, date sanity and flags as trafilatura's output, and the
article's `extraction_method` says `site:<name>`. An override that raises costs nothing but a
log line: the page is read by trafilatura as if there were none (hostile pages cost one item).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from typing import Protocol, cast

from .. import plugins
from ..urls import by_host

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SitePage:
    """What a site extractor read from a page; empty fields are left to the page's metadata."""

    text: str
    title: str = ""
    author: str = ""
    published: str = ""  # as the page writes it (ISO 8601 best): parsed and checked like any date
    sitename: str = ""
    language: str = ""
    canonical: str = ""


class SiteExtractor(Protocol):
    domains: tuple[str, ...]

    def extract(self, html: str, url: str) -> SitePage | None: ...


@cache
def _by_domain() -> dict[str, tuple[str, SiteExtractor]]:
    """Host name → (registered name, extractor), from every installed extractor."""
    out: dict[str, tuple[str, SiteExtractor]] = {}
    for name, found in plugins.load_all(plugins.EXTRACTORS).items():
        extractor = cast(SiteExtractor, found() if isinstance(found, type) else found)
        for domain in getattr(extractor, "domains", ()):
            out.setdefault(domain.lower().strip("."), (name, extractor))
    return out


def extractor_for(url: str) -> tuple[str, SiteExtractor] | None:
    """The extractor registered for `url`'s host or the nearest parent domain, if any."""
    return by_host(url, _by_domain())


def site_extraction(html: str, url: str) -> tuple[str, SitePage] | None:
    """(name, page) when an override for this site read the page, else None."""
    found = extractor_for(url)
    if found is None:
        return None
    name, extractor = found
    try:
        page = extractor.extract(html, url)
    except Exception as exc:  # a plugin's bug on one page: trafilatura reads it instead
        logger.warning("%s: site extractor %r failed (%s: %s); using trafilatura", url, name,
                       type(exc).__name__, exc)
        return None
    if page is None or not page.text.strip():
        return None
    return name, page


def refresh() -> None:
    """Forget the registered extractors (tests that install one into a running process)."""
    _by_domain.cache_clear()
