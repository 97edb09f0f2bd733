"""Near-verbatim copies across outlets (a wire story republished with small edits).

Exact copies share a content hash (see `StoreContract.save_article`). Edited copies are found with
MinHash over word 5-gram shingles (datasketch) and LSH banding stored in SQLite
(`minhash_bands`), so candidates come from an index lookup, not a scan of the archive. Each
candidate is verified on its actual shingles; the later report is flagged `copy_of` the earlier,
with their Jaccard similarity. Copies are kept, not dropped: the comparison needs them.
"""

from __future__ import annotations

import hashlib

from ..models import Article
from ..store.contract import StoreContract
from ..text import shingles

NUM_PERM = 128
BANDS, ROWS = 32, 4  # candidate pairs from about 0.4 Jaccard up
SHINGLE = 5
# Texts with fewer 5-gram shingles (a headline, a two-line brief) share them by chance: too short
# to call one a copy of the other.
MIN_SHINGLES = 10
# Share of the shorter text's shingles found in the other: 0.6 catches a wire story republished
# with a dropped paragraph and changed verbs (the demo's Northern Clarion keeps about 75 % of
# Harbour Wire's shingles) while two reports of one event written apart share under 0.1.
CONTAINMENT = 0.6


def shingle_set(text: str, k: int = SHINGLE) -> set[str]:
    """The article's k-word shingles as strings, as MinHash hashes them."""
    return {" ".join(run) for run in shingles(text, k)}


def band_buckets(pieces: set[str]) -> list[tuple[int, str]]:
    from datasketch import MinHash  # here, not at the top: it pulls scipy, and `extract` should start fast

    mh = MinHash(num_perm=NUM_PERM, seed=7)
    mh.update_batch([s.encode("utf-8") for s in pieces])
    values = mh.hashvalues
    return [(b, hashlib.blake2b(values[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).hexdigest())
            for b in range(BANDS)]


def mark_near_copy(store: StoreContract, article: Article, containment: float = CONTAINMENT) -> str | None:
    """Index `article`; if it is an edited copy of an earlier report, flag it. Returns the original."""
    mine = shingle_set(article.text)
    if len(mine) < MIN_SHINGLES:
        return None
    buckets = band_buckets(mine)
    candidates = store.minhash_candidates(buckets, exclude=article.id)
    store.add_minhash(article.id, buckets)
    if article.copy_of:
        return article.copy_of
    best: tuple[float, Article] | None = None
    for other in store.articles_by_id(candidates):
        if other.source == article.source:
            continue
        theirs = shingle_set(other.text)
        common = len(mine & theirs)
        if not theirs or common / min(len(mine), len(theirs)) < containment:
            continue
        jaccard = common / len(mine | theirs)
        if best is None or jaccard > best[0]:
            best = (jaccard, other)
    if best is None:
        return None
    jaccard, other = best
    copy, original = (article, other) if (article.when, article.id) >= (other.when, other.id) else (other, article)
    store.flag_copy(copy.id, original.id, round(jaccard, 3))
    return original.id if copy.id == article.id else None
