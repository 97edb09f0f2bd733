"""URL canonicalisation: the key under which every stage finds the same page.

Kept at the bottom of the package (it imports nothing of ours) because the store resolves
aliases with it and ingestion, imports and extraction all build keys with it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TypeVar
from urllib.parse import urldefrag, urlsplit

logger = logging.getLogger(__name__)


def canonical_url(url: str) -> str:
    """Normalised URL without tracking parameters or fragment (courlan, trafilatura's own)."""
    url = urldefrag(url.strip())[0]
    import courlan  # here, not at the top: commands that never meet a URL start faster

    try:
        return courlan.normalize_url(url)
    except Exception as exc:  # courlan raises ValueError and friends on odd URLs; keep what we have
        logger.debug("%s: kept as is, courlan could not normalise it (%s)", url, exc)
        return url


T = TypeVar("T")


def by_host(url: str, table: Mapping[str, T]) -> T | None:
    """The value `table` holds for `url`'s host or its nearest parent domain ("news.bbc.co.uk"
    finds "bbc.co.uk"), never for a bare top-level domain; None when there is none."""
    host = (urlsplit(url).hostname or "").lower() if table else ""
    parts = host.split(".")
    for i in range(len(parts) - 1):
        found = table.get(".".join(parts[i:]))
        if found is not None:
            return found
    return None
