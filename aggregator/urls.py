"""URL canonicalisation: the key under which every stage finds the same page.

Kept at the bottom of the package (it imports nothing of ours) because the store resolves
aliases with it and ingestion, imports and extraction all build keys with it.
"""

from __future__ import annotations

import logging
from urllib.parse import urldefrag

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
