"""What the live pages and the API read: one read-only store per worker thread, comparisons
from the database cache (or computed in memory), outlet digests, full-text search.

`aggregator serve` never writes to the database, so it runs beside cron without taking the
writer lock: stores are opened `read_only` (no database created, no migration applied, writes
refused by `pragma query_only` on SQLite and read-only transactions on PostgreSQL; a database
that needs migrating is one error line naming `aggregator db migrate`), SQLite's WAL lets them
read while a run writes, and a comparison missing from the cache (an event that changed since
the last run) is computed here and kept in memory, its sentence vectors too, until the next run
caches it in the database.

Computing a comparison costs a core for up to seconds and tens of MB, so concurrent requests
for the same one share a single computation (keyed by event, event version and fingerprint),
and at most `serve_comparisons` different ones run at once: past that, `ComparisonsBusy` (the
app answers 503 with Retry-After). A thread whose connection was lost (PostgreSQL restarted)
drops it with `reconnect()` and the next read opens a new one.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections import OrderedDict

import numpy as np
from markupsafe import Markup, escape

from ..config.settings import Settings
from ..errors import AggregatorError
from ..models import Event, SearchHit, StoredSource
from ..render.cached import CachedComparison, cached, digest_of, fingerprint, page_data
from ..render.escape import strip_bidi
from ..render.page import event_extras
from ..render.templating import slug
from ..store.contract import StoreContract, open_store
from ..store.rows import iso

logger = logging.getLogger(__name__)

MEMO_ENTRIES = 256  # pages and lists kept per database version (index, feed, outlet pages, API lists)
MEMORY_COMPARISONS = 64  # comparisons computed by serve and kept in memory (a few MB each at most)
MAX_QUERY_TERMS = 16  # search terms kept from one query; FTS5 cost grows with each
HIT_OPEN, HIT_CLOSE = "\ue000", "\ue001"  # the markers store.search_articles puts around hits
_TERM = re.compile(r'"([^"]+)"|(\S+)')
_WORD = re.compile(r"[\w'’\-]+\*?", re.UNICODE)


class _MemoryVectors:
    """The store as a vector cache that reads from the database and writes only to memory."""

    def __init__(self, store: StoreContract):
        self._store = store
        self._vectors: dict[tuple[str, str], np.ndarray] = {}
        self._lock = threading.Lock()

    def __getattr__(self, name: str):
        return getattr(self._store, name)

    def get_embeddings(self, model: str, hashes) -> dict[str, np.ndarray]:
        hashes = list(hashes)
        found = self._store.get_embeddings(model, hashes)
        with self._lock:
            found.update({h: self._vectors[(model, h)] for h in hashes if (model, h) in self._vectors})
        return found

    def put_embeddings(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        with self._lock:
            self._vectors.update({(model, h): v for h, v in vectors.items()})


class ComparisonsBusy(AggregatorError):
    """`serve_comparisons` other comparisons are being computed: this one must wait its turn."""


class _Flight:
    """One comparison being computed; the requests that asked for it meanwhile wait for it."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.result: CachedComparison | None = None
        self.error: BaseException | None = None


class LiveData:
    """Reads for the web app; safe to share between worker threads."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.target = settings.database  # a path, sqlite:///… or postgresql://… (contract.open_store)
        _close(open_store(self.target, read_only=True))  # a missing, older or newer database fails now, in one line
        self.stamp = fingerprint(settings)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._computed: OrderedDict[tuple[str, str | None, str], CachedComparison] = OrderedDict()
        self._flights: dict[tuple[str, str | None, str], _Flight] = {}
        self._digests: dict[str, tuple[tuple, dict]] = {}
        self._memo: dict[str, tuple[tuple, object]] = {}

    @property
    def store(self) -> StoreContract:
        found = getattr(self._local, "store", None)
        if found is None:
            found = self._local.store = open_store(self.target, read_only=True)
        return found

    def reconnect(self) -> None:
        """Drop this thread's store (its connection was lost): the next read opens a new one."""
        found = getattr(self._local, "store", None)
        self._local.store = None
        if found is not None:
            try:
                _close(found)
            except Exception as exc:  # closing a broken connection may fail too; it is gone either way
                logger.debug("closing a lost connection: %s: %s", type(exc).__name__, exc)

    # --- what changed since the last request ------------------------------------------------
    def version(self) -> tuple:
        """A cheap token that changes whenever a run changes events, their cached comparisons or
        the outlets: pages listing every event are rendered once per version, not per request."""
        return self.store.data_version()

    def memo(self, key: str, build):
        """`build()` once per database version (the events list, rendered index, feed…)."""
        version = self.version()
        with self._lock:
            hit = self._memo.get(key)
            if hit is not None and hit[0] == version:
                return hit[1]
        value = build()
        with self._lock:
            self._memo[key] = (version, value)
            while len(self._memo) > MEMO_ENTRIES:
                self._memo.pop(next(iter(self._memo)))
        return value

    def events(self) -> list[Event]:
        return self.memo("events", self.store.events)

    # --- events and comparisons -----------------------------------------------------------
    def comparison(self, event: Event) -> CachedComparison:
        """The comparison of `event` at its current version: cached in the database by the
        last run, or computed now (kept in memory; the database is not written)."""
        found = cached(self.store, event, self.stamp)
        if found is not None and found.fresh:
            return found
        key = (event.id, iso(event.updated_at), self.stamp)
        with self._lock:
            if key in self._computed:
                self._computed.move_to_end(key)
                return self._computed[key]
            flight = self._flights.get(key)
            leader = flight is None
            if flight is None:
                if len(self._flights) >= self.settings.serve_comparisons:
                    raise ComparisonsBusy(f"{len(self._flights)} comparisons are being computed "
                                          f"(serve_comparisons); event {event.id} must wait")
                flight = self._flights[key] = _Flight()
        if not leader:  # the same comparison is being computed for another request: share it
            flight.done.wait()
            if flight.error is not None:
                raise flight.error
            assert flight.result is not None
            return flight.result
        try:
            flight.result = self._compute(event)
        except BaseException as exc:  # the waiting requests fail as this one does (and say so)
            flight.error = exc
            raise
        finally:
            with self._lock:
                if flight.result is not None:
                    self._computed[key] = flight.result
                    while len(self._computed) > MEMORY_COMPARISONS:
                        self._computed.popitem(last=False)
                del self._flights[key]
            flight.done.set()
        return flight.result

    def _compute(self, event: Event) -> CachedComparison:
        from ..compare.stored import compare  # the models load only when a comparison must be computed

        logger.info("comparing %s in memory (not cached by a run yet)", event.id)
        data = page_data(compare(_MemoryVectors(self.store), event.id, self.settings))
        return CachedComparison(event.id, data, digest_of(data), True)

    def known_outlets(self) -> tuple[StoredSource, ...]:
        return tuple(sorted(self.store.stored_sources(), key=lambda s: s.name))

    def extras(self, event: Event):
        return event_extras(self.store, event.id, self.known_outlets())

    def digests(self) -> dict[str, dict]:
        """Event id → cached digest, parsed once per event version."""
        out = {}
        for event_id, (updated, stamp, text) in self.store.cached_digests().items():
            version = (updated, stamp)
            with self._lock:
                hit = self._digests.get(event_id)
            if hit is None or hit[0] != version:
                hit = (version, json.loads(text))
                with self._lock:
                    self._digests[event_id] = hit
            out[event_id] = hit[1]
        with self._lock:
            out.update({eid: c.digest for (eid, _, _), c in self._computed.items()})
        return out

    def outlet_by_slug(self, wanted: str) -> str | None:
        names = {s.name for s in self.store.stored_sources()} | {o for e in self.events() for o in e.outlets}
        return next((n for n in names if slug(n) == wanted), None)

    # --- search ---------------------------------------------------------------------------
    def search(self, query: str, limit: int, offset: int = 0) -> list[SearchHit]:
        match = fts_query(query)
        if not match:
            return []
        return self.store.search_articles(match, limit, offset)


def _close(store: StoreContract) -> None:
    """Close a store's connection (SQLite's and PostgreSQL's stores both keep it as `conn`)."""
    conn = getattr(store, "conn", None)
    if conn is not None:
        conn.close()


def fts_query(query: str) -> str:
    """A user's words as a safe FTS5 expression: every term quoted (FTS5 operators and syntax
    in the input are text), "quoted phrases" kept as phrases, a trailing * as a prefix search."""
    parts = []
    for phrase, word in _TERM.findall(query or ""):
        if phrase:
            words = _WORD.findall(phrase)
            if words:
                parts.append('"' + " ".join(w.rstrip("*") for w in words).replace('"', '""') + '"')
        else:
            for w in _WORD.findall(word):
                star = "*" if w.endswith("*") and len(w) > 1 else ""
                text = w.rstrip("*")
                if text:
                    parts.append('"' + text.replace('"', '""') + '"' + star)
    return " ".join(parts[:MAX_QUERY_TERMS])


def snippet_markup(snippet: str | None) -> Markup:
    """An FTS snippet as HTML: its text escaped, its hits in <mark>, tags always balanced."""
    out, open_ = [], False
    for piece in re.split(f"([{HIT_OPEN}{HIT_CLOSE}])", snippet or ""):
        if piece == HIT_OPEN:
            if not open_:
                out.append("<mark>")
                open_ = True
        elif piece == HIT_CLOSE:
            if open_:
                out.append("</mark>")
                open_ = False
        else:
            out.append(str(escape(strip_bidi(piece))))
    if open_:
        out.append("</mark>")
    return Markup("".join(out))


def snippet_text(snippet: str | None) -> str:
    return (snippet or "").replace(HIT_OPEN, "").replace(HIT_CLOSE, "")
