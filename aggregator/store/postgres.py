"""The PostgreSQL store: the SQLite `Store`'s methods and behaviour on one shared server.

Every public method the pipeline uses does what the SQLite store's method of the same name
does (tests/test_store_contract.py runs the same assertions on both). What differs is how
concurrency is handled, because here many processes on many machines write at once:
- a new article is `INSERT … ON CONFLICT DO NOTHING`: however many workers fetched the same
  page, one row is stored and the others see "unchanged";
- work that must have one writer (a whole `run`, a clustering pass) holds a PostgreSQL advisory
  lock (`exclusive`, `writer_lock`), released by the server when the holder's connection dies;
- one connection per store object, in autocommit mode, with `atomic()` as a transaction
  (nested: a savepoint); a thread that writes needs its own store.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime

import numpy as np
import psycopg

from ..errors import BusyError, ConfigError, UnknownArticleError, UnknownEventError
from ..models import (
    Article,
    ArticleVersion,
    Event,
    EventArticle,
    EventView,
    FeedEntry,
    FeedHealth,
    QueueStatus,
    RunRecord,
    Source,
    SourceHealth,
)
from ..urls import canonical_url
from .contract import TypedReads, display_name
from .postgres_schema import LOCK_KEYS, MIGRATIONS, MIGRATIONS_TABLE
from .postgres_stories import PgStoriesAndCache, iso, now_iso, utc
from .rows import article_row

logger = logging.getLogger(__name__)

# How long one connection attempt may take: a server that does not answer in this time is down
# or unreachable, and a cron run should say so rather than hang.
CONNECT_TIMEOUT = 10
# Poll interval while waiting for another process's advisory lock (as the file lock polls).
LOCK_POLL = 0.2
ARTICLE_COLUMNS = ("id", "url", "canonical_url", "source", "title", "text", "published", "fetched_at", "language",
                   "content_hash", "author", "extraction_method", "copy_of", "summary", "credits", "flags",
                   "feed_updated", "copy_similarity", "sitename")
_COLS = ", ".join(ARTICLE_COLUMNS)


def connect(url: str) -> psycopg.Connection:
    """An autocommit connection in UTC; a server that cannot be reached is a one-line error."""
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT)
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ConfigError(f"{display_name(url)}: cannot connect: {reason}") from None
    conn.execute("set time zone 'UTC'")
    return conn


class PgStore(PgStoriesAndCache, TypedReads):
    """The project's database on PostgreSQL. Opening it applies pending migrations.

    `create=False` (read-only commands) refuses a database that has no aggregator schema yet;
    a schema with migrations this code does not know (a newer aggregator) is refused.
    """

    def __init__(self, url: str, *, create: bool = True):
        self.url = url
        self.path = display_name(url)  # what messages call the database (SQLite: its file)
        self.conn = connect(url)
        exists = self.conn.execute("select to_regclass(%s)", [MIGRATIONS_TABLE]).fetchone()[0] is not None
        if not exists and not create:
            raise ConfigError(f"{self.path}: no aggregator database here yet "
                              "(run `aggregator run` or `aggregator db copy` first)")
        self._migrate()

    def _migrate(self) -> None:
        known = [name for name, _ in MIGRATIONS]
        with self.conn.transaction():  # one process migrates; the others wait, then find nothing to do
            self.conn.execute("select pg_advisory_xact_lock(%s)", [LOCK_KEYS["migrate"]])
            self.conn.execute(f"create table if not exists {MIGRATIONS_TABLE} "
                              "(name text primary key, applied_at timestamptz)")
            applied = {r[0] for r in self.conn.execute(f"select name from {MIGRATIONS_TABLE}")}
            unknown = sorted(applied - set(known))
            if unknown:
                raise ConfigError(f"{self.path}: written by a newer aggregator (schema {unknown[-1]}); "
                                  "upgrade aggregator to use it")
            for name, steps in MIGRATIONS:
                if name in applied:
                    continue
                try:
                    with self.conn.transaction():
                        for sql in steps:
                            self.conn.execute(sql)
                        self.conn.execute(f"insert into {MIGRATIONS_TABLE} values (%s, now())", [name])
                except psycopg.Error as exc:
                    raise ConfigError(f"{self.path}: schema migration {name} failed: {exc}".strip()) from None
                logger.info("%s: applied migration %s", self.path, name)

    def migrations_applied(self) -> list[str]:
        return [r[0] for r in self.conn.execute(f"select name from {MIGRATIONS_TABLE} order by name")]

    def close(self) -> None:
        self.conn.close()

    def backup(self, dest) -> None:
        raise ConfigError(f"{self.path}: back up a PostgreSQL database with pg_dump, or copy it into a "
                          "SQLite file with `aggregator db copy`")

    def atomic(self):
        """One transaction for several writes (nested calls become savepoints)."""
        return self.conn.transaction()

    @contextmanager
    def exclusive(self, name: str) -> Iterator[None]:
        """Hold advisory lock `name` for work that must have one writer across all machines
        (a clustering pass: event ids stay stable). Released if this process dies."""
        key = LOCK_KEYS[name]
        self.conn.execute("select pg_advisory_lock(%s)", [key])
        try:
            yield
        finally:
            self.conn.execute("select pg_advisory_unlock(%s)", [key])

    def _q(self, sql: str, params: Iterable | None = None) -> psycopg.Cursor:
        return self.conn.execute(sql, list(params) if params is not None else None)

    # --- sources and feeds -------------------------------------------------------------
    def sync_sources(self, sources: Iterable[Source]) -> None:
        with self.atomic():
            for src in sources:
                self._q("insert into sources (name, domain, country, languages, affiliation, allow_private_hosts) "
                        "values (%s, %s, %s, %s, %s, %s) on conflict (name) do update set domain = excluded.domain, "
                        "country = excluded.country, languages = excluded.languages, "
                        "affiliation = excluded.affiliation, allow_private_hosts = excluded.allow_private_hosts",
                        [src.name, src.domain, src.country, json.dumps(list(src.languages)), src.affiliation,
                         int(src.allow_private_hosts)])
                for feed in src.feeds:
                    self._q("insert into feeds (url, source) values (%s, %s) on conflict do nothing",
                            [feed.url, src.name])

    def ensure_source(self, name: str, country: str = "", affiliation: str = "",
                      languages: Iterable[str] = ()) -> None:
        self._q("insert into sources (name, domain, country, languages, affiliation, allow_private_hosts) "
                "values (%s, '', %s, %s, %s, 0) on conflict do nothing",
                [name, country, json.dumps(list(languages)), affiliation])

    def _source_rows(self) -> dict[str, dict]:
        cur = self._q("select name, domain, country, languages, affiliation, allow_private_hosts from sources")
        keys = [c.name for c in cur.description]
        return {row[0]: dict(zip(keys, row)) for row in cur}

    def _feed_row(self, url: str) -> dict:
        cur = self._q("select url, source, etag, last_modified, last_fetched, last_status, moved_from from feeds "
                      "where url = %s or moved_from = %s limit 1", [url, url])
        row = cur.fetchone()
        if row is None:
            return {"url": url}
        state = dict(zip([c.name for c in cur.description], row))
        state["last_fetched"] = iso(state["last_fetched"])
        return state

    def update_feed(self, url: str, source: str, **values: object) -> None:
        state = self._feed_row(url)
        row = {"url": state["url"], "source": source, "last_fetched": now_iso(), **values}
        cols = list(row)
        self._q(f"insert into feeds ({', '.join(cols)}) values ({', '.join(['%s'] * len(cols))}) "
                f"on conflict (url) do update set " + ", ".join(f"{c} = excluded.{c}" for c in cols[1:]),
                [row[c] for c in cols])

    def move_feed(self, old_url: str, new_url: str) -> None:
        state = self._feed_row(old_url)
        if state.get("url") == new_url or "source" not in state:
            return
        with self.atomic():
            self._q("delete from feeds where url = %s", [state["url"]])
            self._q("insert into feeds (url, source, etag, last_modified, last_fetched, last_status, moved_from) "
                    "values (%s, %s, %s, %s, %s, %s, %s) "
                    "on conflict (url) do update set moved_from = excluded.moved_from",
                    [new_url, state["source"], state["etag"], state["last_modified"], state["last_fetched"],
                     state["last_status"], old_url])

    def log(self, kind: str, url: str, reason: str, *, source: str = "", status: int = 0,
            ok: bool = False) -> None:
        self._q("insert into fetch_log (at, kind, source, url, status, ok, reason) values (%s, %s, %s, %s, %s, %s, %s)",
                [now_iso(), kind, source, url, status, int(ok), reason])

    def _log_rows(self, errors_only: bool = False, limit: int = 50) -> list[dict]:
        where = "where ok = 0 " if errors_only else ""
        cur = self._q(f"select at, kind, source, url, status, ok, reason from fetch_log {where}"
                      "order by id desc limit %s", [limit])
        keys = [c.name for c in cur.description]
        return [{**dict(zip(keys, row)), "at": iso(row[0])} for row in cur]

    # --- articles -----------------------------------------------------------------------
    def article_id_for_url(self, url: str) -> str | None:
        row = self._q("select article_id from article_urls where url = %s", [url]).fetchone()
        return row[0] if row else None

    def known_article(self, url: str) -> tuple[str, datetime | None] | None:
        row = self._q("select a.id, a.feed_updated from article_urls u join articles a on a.id = u.article_id "
                      "where u.url = %s", [url]).fetchone()
        return (row[0], utc(row[1])) if row else None

    def versions(self, article_id: str) -> list[ArticleVersion]:
        rows = self._q("select content_hash, title, text, fetched_at, replaced_at from article_versions "
                       "where article_id = %s order by id", [article_id]).fetchall()
        current = self._q("select content_hash, title, text, fetched_at, null::timestamptz from articles "
                          "where id = %s", [article_id]).fetchall()
        return [ArticleVersion(r[0], r[1], r[2], iso(r[3]), iso(r[4])) for r in [*rows, *current]]

    def article_history(self, url_or_id: str) -> list[ArticleVersion]:

        aid = (self.article_id_for_url(url_or_id) or self.article_id_for_url(canonical_url(url_or_id))
               or (url_or_id if self._q("select 1 from articles where id = %s", [url_or_id]).fetchone() else None))
        if aid is None:
            raise UnknownArticleError(f"no stored article for {url_or_id!r}")
        return self.versions(aid)

    def remember_url(self, url: str, article_id: str) -> None:
        self._remember(url, article_id)

    def _remember(self, url: str, article_id: str) -> None:
        self._q("insert into article_urls (url, article_id) values (%s, %s) "
                "on conflict (url) do update set article_id = excluded.article_id", [url, article_id])

    def save_article(self, article: Article, html: bytes | None = None, summary: str = "",
                     urls: Iterable[str] = (), feed_updated: datetime | None = None) -> str:
        """Insert or update; returns "new", "updated" or "unchanged". Never stores twice, however
        many workers store the same page at once (the loser of the race sees its row)."""
        select = "select content_hash, title, text, fetched_at from articles where id = %s"
        existing = self._q(select, [article.id]).fetchone()
        copy_of, similarity = article.copy_of, article.copy_similarity
        if copy_of is None:
            copy_of = self._exact_copy_of(article)
            similarity = 1.0 if copy_of else None
        row = article_row(article, copy_of, similarity, summary=summary, feed_updated=feed_updated, html=html)
        cols = list(row)
        with self.atomic():
            if existing is None:
                cur = self._q(f"insert into articles ({', '.join(cols)}) values ({', '.join(['%s'] * len(cols))}) "
                              "on conflict do nothing", [row[c] for c in cols])
                if not cur.rowcount:
                    existing = self._q(select, [article.id]).fetchone()
            if existing is None:
                self._q("insert into pending_articles (article_id) values (%s) on conflict do nothing", [article.id])
                outcome = "new"
            elif existing[0] == article.content_hash:
                outcome = "unchanged"
            else:
                self._q("insert into article_versions (article_id, content_hash, title, text, fetched_at, replaced_at) "
                        "values (%s, %s, %s, %s, %s, %s)",
                        [article.id, existing[0], existing[1], existing[2], existing[3], now_iso()])
                self._q(f"update articles set {', '.join(f'{c} = %s' for c in cols[1:])} where id = %s",
                        [*(row[c] for c in cols[1:]), article.id])
                outcome = "updated"
            for url in {article.url, article.canonical_url, *urls}:
                self._remember(url, article.id)
        return outcome

    def add_minhash(self, article_id: str, buckets: list[tuple[int, str]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany("insert into minhash_bands (band, bucket, article_id) values (%s, %s, %s) "
                            "on conflict do nothing", [(b, h, article_id) for b, h in buckets])

    def minhash_candidates(self, buckets: list[tuple[int, str]], exclude: str) -> list[str]:
        if not buckets:
            return []
        rows = self._q("select distinct m.article_id from minhash_bands m join unnest(%s::int[], %s::text[]) "
                       "as b(band, bucket) on m.band = b.band and m.bucket = b.bucket where m.article_id != %s",
                       [[b for b, _ in buckets], [h for _, h in buckets], exclude])
        return [r[0] for r in rows]

    def flag_copy(self, copy_id: str, original_id: str, similarity: float) -> None:
        self._q("update articles set copy_of = %s, copy_similarity = %s where id = %s and copy_of is null",
                [original_id, similarity, copy_id])

    def _exact_copy_of(self, article: Article) -> str | None:
        row = self._q("select id from articles where content_hash = %s and id != %s and source != %s "
                      "order by coalesce(published, fetched_at) limit 1",
                      [article.content_hash, article.id, article.source]).fetchone()
        return row[0] if row else None

    def _articles(self, where: str = "", params: Iterable = ()) -> list[Article]:
        sql = f"select {_COLS} from articles" + (f" where {where}" if where else "")
        return [_article(r) for r in self._q(sql + " order by coalesce(published, fetched_at), id", params)]

    def article(self, article_id: str) -> Article:
        found = self._articles("id = %s", [article_id])
        if not found:
            raise UnknownArticleError(f"unknown article id {article_id!r}")
        return found[0]

    def articles(self) -> list[Article]:
        return self._articles()

    def articles_by_id(self, ids: Iterable[str]) -> list[Article]:
        ids = list(ids)
        return self._articles("id = any(%s)", [ids]) if ids else []

    def recent_articles(self, limit: int) -> list[Article]:
        return self._articles("id in (select id from articles order by fetched_at desc limit %s)", [limit])

    def unassigned_articles(self) -> list[Article]:
        return self._articles("id in (select article_id from pending_articles)")

    def version_times(self, article_ids: Iterable[str]) -> dict[str, list[datetime]]:
        out: dict[str, list[datetime]] = {}
        for aid, replaced in self._q("select article_id, replaced_at from article_versions "
                                     "where article_id = any(%s) order by id", [list(article_ids)]):
            if replaced:
                out.setdefault(aid, []).append(utc(replaced))
        return out

    def search_articles(self, match: str, limit: int = 50, offset: int = 0) -> list[dict]:
        """Articles matching a web-search expression (words, "phrases", or, -word), best first,
        with a snippet whose hits are wrapped in U+E000/U+E001, as the SQLite store's FTS5 search."""
        sql = ("select a.id, a.source, a.title, a.url, a.published, ea.event_id, "
               "ts_headline('simple', a.text, q, 'StartSel=\ue000, StopSel=\ue001, MaxWords=16, MinWords=8') "
               "from articles a cross join websearch_to_tsquery('simple', %s) q "
               "left join event_articles ea on ea.article_id = a.id "
               "where a.fts @@ q order by ts_rank(a.fts, q) desc, a.id limit %s offset %s")
        keys = ("id", "outlet", "title", "url", "published", "event_id", "snippet")
        return [{**dict(zip(keys, r)), "published": iso(r[4])} for r in self._q(sql, [match, limit, offset])]

    # --- pages that failed: due again next run ---------------------------------------------
    def page_failed(self, entry: FeedEntry, error: str, max_attempts: int) -> bool:
        now = now_iso()
        with self.atomic():
            row = self._q("select attempts from due_pages where url = %s for update", [entry.url]).fetchone()
            attempts = (row[0] if row else 0) + 1
            if attempts >= max_attempts:
                self._q("delete from due_pages where url = %s", [entry.url])
                return False
            self._q("insert into due_pages (url, source, feed_url, title, summary, published, updated, attempts, "
                    "last_error, first_failed, last_failed) values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
                    "on conflict (url) do update set attempts = excluded.attempts, "
                    "last_error = excluded.last_error, last_failed = excluded.last_failed",
                    [entry.url, entry.source, entry.feed_url, entry.title, entry.summary, iso(entry.published),
                     iso(entry.updated), attempts, error[:500], now, now])
        return True

    def page_done(self, url: str) -> None:
        self._q("delete from due_pages where url = %s", [url])

    def due_pages(self) -> list[FeedEntry]:
        rows = self._q("select source, feed_url, url, title, summary, published, updated from due_pages "
                       "order by first_failed, url").fetchall()
        return [FeedEntry(source=r[0], feed_url=r[1] or "", url=r[2], title=r[3] or "", summary=r[4] or "",
                          published=utc(r[5]), updated=utc(r[6])) for r in rows]

    # --- runs, health, reports ----------------------------------------------------------------
    def start_run(self, command: str) -> int:
        """Record a run as started; runs still marked running were cut off (the caller holds
        the writer lock, so no other run is in progress)."""
        with self.atomic():
            self._q("update runs set outcome = 'interrupted' where outcome = 'running'")
            row = self._q("insert into runs (command, started_at, pid, host, outcome) "
                          "values (%s, %s, %s, %s, 'running') returning id",
                          [command, now_iso(), os.getpid(), socket.gethostname()]).fetchone()
        return int(row[0])

    def finish_run(self, run_id: int, outcome: str, counts: dict[str, int], error: str = "") -> None:
        self._q("update runs set finished_at = %s, outcome = %s, counts = %s, error = %s where id = %s",
                [now_iso(), outcome, json.dumps(counts), error[:1000], run_id])

    def runs(self, limit: int = 10) -> list[RunRecord]:
        rows = self._q("select id, command, started_at, finished_at, pid, host, outcome, counts, error "
                       "from runs order by id desc limit %s", [limit]).fetchall()
        return [RunRecord(id=r[0], command=r[1], started_at=utc(r[2]), finished_at=utc(r[3]), pid=r[4],
                          host=r[5] or "", outcome=r[6], counts=tuple(json.loads(r[7] or "{}").items()),
                          error=r[8] or "") for r in rows]

    def source_health(self, since: datetime) -> list[SourceHealth]:
        rows = self._q("select source, count(*), count(*) filter (where ok = 0), max(at) filter (where ok = 0) "
                       "from fetch_log where at >= %s and source != '' group by source "
                       "order by count(*) filter (where ok = 0) desc, source", [iso(since)]).fetchall()
        last = dict(self._q("select distinct on (source) source, reason from fetch_log where ok = 0 and at >= %s "
                            "order by source, id desc", [iso(since)]).fetchall())
        return [SourceHealth(source=r[0], attempts=r[1], failures=r[2] or 0, last_failure_at=utc(r[3]),
                             last_failure=last.get(r[0], "")) for r in rows]

    def feed_health(self) -> list[FeedHealth]:
        rows = self._q("select f.url, f.source, f.last_fetched, f.last_status, "
                       "(select max(at) from fetch_log l where l.url = f.url and l.ok = 1) "
                       "from feeds f order by f.source, f.url").fetchall()
        return [FeedHealth(url=r[0], source=r[1] or "", last_fetched=utc(r[2]), last_status=r[3],
                           last_ok=utc(r[4])) for r in rows]

    def count_pending(self) -> tuple[int, int]:
        return (self._q("select count(*) from pending_articles").fetchone()[0],
                self._q("select count(*) from due_pages").fetchone()[0])

    def report_written(self, path: str, event_id: str, event_updated: datetime | None) -> None:
        self._q("insert into report_files (path, event_id, event_updated, written_at) values (%s, %s, %s, %s) "
                "on conflict (path) do update set event_id = excluded.event_id, "
                "event_updated = excluded.event_updated, written_at = excluded.written_at",
                [path, event_id, iso(event_updated), now_iso()])

    def report_versions(self) -> dict[str, str | None]:
        return {p: iso(u) for p, u in self._q("select path, event_updated from report_files")}

    def queue_status(self) -> QueueStatus:
        from .queue import queue_status

        return queue_status(self.conn)

    # --- embeddings ---------------------------------------------------------------------
    def get_embeddings(self, model: str, hashes: Iterable[str]) -> dict[str, np.ndarray]:
        rows = self._q("select content_hash, vector from embeddings where model = %s and content_hash = any(%s)",
                       [model, list(dict.fromkeys(hashes))])
        return {h: np.frombuffer(bytes(blob), dtype=np.float32) for h, blob in rows}

    def put_embeddings(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        created = now_iso()
        with self.atomic(), self.conn.cursor() as cur:
            cur.executemany(
                "insert into embeddings (model, content_hash, dim, vector, created_at) values (%s, %s, %s, %s, %s) "
                "on conflict (model, content_hash) do update set dim = excluded.dim, vector = excluded.vector, "
                "created_at = excluded.created_at",
                [(model, h, int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes(), created)
                 for h, v in vectors.items()])

    # --- events ---------------------------------------------------------------------------
    def save_event(self, event: Event, model: str, similarities: dict[str, float]) -> None:
        stamp = now_iso()
        with self.atomic():
            self._q("insert into events (id, label, first_seen, last_seen, created_at, updated_at, n_articles, "
                    "n_outlets, model, keywords) values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
                    "on conflict (id) do update set label = excluded.label, first_seen = excluded.first_seen, "
                    "last_seen = excluded.last_seen, updated_at = excluded.updated_at, "
                    "n_articles = excluded.n_articles, n_outlets = excluded.n_outlets, model = excluded.model, "
                    "keywords = excluded.keywords",
                    [event.id, event.label, iso(event.first_seen), iso(event.last_seen), stamp, stamp,
                     len(event.article_ids), len(set(event.outlets)), model,
                     json.dumps(list(event.keywords), ensure_ascii=False)])
            self._q("delete from pending_articles where article_id = any(%s)", [list(event.article_ids)])
            members = [(aid, event.id, round(similarities[aid], 4), stamp) for aid in event.article_ids
                       if aid in similarities]
            with self.conn.cursor() as cur:
                cur.executemany("insert into event_articles (article_id, event_id, similarity, assigned_at) "
                                "values (%s, %s, %s, %s) on conflict (article_id) do update set "
                                "event_id = excluded.event_id, similarity = excluded.similarity, "
                                "assigned_at = excluded.assigned_at", members)

    def resolve_event_id(self, event_id: str) -> str:
        seen = {event_id}
        while True:
            row = self._q("select into_id from event_merges where old_id = %s", [event_id]).fetchone()
            if row is None or row[0] in seen:
                return event_id
            event_id = row[0]
            seen.add(event_id)

    def merge_events(self, absorbed: str, kept: str, reason: str) -> Event:
        absorbed, kept = self.resolve_event_id(absorbed), self.resolve_event_id(kept)
        if absorbed == kept:
            return self.event(kept)
        old, new = self.event(absorbed), self.event(kept)
        with self.atomic():
            self._q("update event_articles set event_id = %s where event_id = %s", [kept, absorbed])
            self._q("insert into event_merges (old_id, into_id, merged_at, reason) values (%s, %s, %s, %s) "
                    "on conflict (old_id) do update set into_id = excluded.into_id, merged_at = excluded.merged_at, "
                    "reason = excluded.reason", [absorbed, kept, now_iso(), reason])
            self._q("update event_merges set into_id = %s where into_id = %s", [kept, absorbed])
            self._q("delete from events where id = %s", [absorbed])
            self._q("update events set first_seen = %s, last_seen = %s, n_articles = %s, n_outlets = %s, "
                    "updated_at = %s where id = %s",
                    [iso(min(old.first_seen, new.first_seen)), iso(max(old.last_seen, new.last_seen)),
                     len(old.article_ids) + len(new.article_ids), len(set(old.outlets) | set(new.outlets)),
                     now_iso(), kept])
        return self.event(kept)

    def event_view(self, event_id: str) -> EventView:
        event = self.event(event_id)
        sims = dict(self._q("select article_id, similarity from event_articles where event_id = %s",
                            [event.id]).fetchall())
        arts = {a.id: a for a in self.articles_by_id(event.article_ids)}
        members = tuple(EventArticle(id=a.id, outlet=a.source, title=a.title, url=a.url, published=a.published,
                                     language=a.language, similarity=sims.get(a.id), copy_of=a.copy_of)
                        for a in (arts[x] for x in event.article_ids if x in arts))
        merged = tuple(r[0] for r in self._q("select old_id from event_merges where into_id = %s "
                                             "order by merged_at, old_id", [event.id]))
        return EventView(event=event, articles=members, merged_ids=merged)

    def _merge_rows(self) -> list[dict]:
        cur = self._q("select old_id, into_id, merged_at, reason from event_merges order by old_id")
        return [{"old_id": r[0], "into_id": r[1], "merged_at": iso(r[2]), "reason": r[3]} for r in cur]

    def clear_events(self, since: datetime | None = None) -> int:
        where, params = ("last_seen >= %s", [iso(since)]) if since else ("true", [])
        with self.atomic():
            ids = [r[0] for r in self._q(f"select id from events where {where}", params)]
            self._q("insert into pending_articles select article_id from event_articles where event_id = any(%s) "
                    "on conflict do nothing", [ids])
            self._q("delete from event_articles where event_id = any(%s)", [ids])
            self._q("delete from events where id = any(%s)", [ids])
        return len(ids)

    def events(self, since: datetime | None = None) -> list[Event]:
        if since:
            return self._events_where("last_seen >= %s", [iso(since)])
        return self._events_where("true", [])

    def event(self, event_id: str) -> Event:
        for ev in self._events_where("id = %s", [self.resolve_event_id(event_id)]):
            return ev
        raise UnknownEventError(f"unknown event id {event_id!r} (see `aggregator events`)")

    def events_by_id(self, event_ids: Iterable[str]) -> list[Event]:
        ids = list(dict.fromkeys(self.resolve_event_id(e) for e in event_ids))
        return self._events_where("id = any(%s)", [ids]) if ids else []

    def _events_where(self, where: str, params: list) -> list[Event]:
        rows = self._q(f"select id, label, first_seen, last_seen, keywords, updated_at from events where {where} "
                       "order by first_seen, id", params).fetchall()
        members: dict[str, list[tuple[str, str]]] = {}
        if rows:
            for eid, aid, source in self._q(
                    "select ea.event_id, a.id, a.source from event_articles ea join articles a on a.id = ea.article_id "
                    "where ea.event_id = any(%s) order by coalesce(a.published, a.fetched_at), a.id",
                    [[r[0] for r in rows]]):
                members.setdefault(eid, []).append((aid, source))
        return [Event(id=r[0], label=r[1], first_seen=utc(r[2]), last_seen=utc(r[3]),
                      article_ids=tuple(a for a, _ in members.get(r[0], [])),
                      outlets=tuple(s for _, s in members.get(r[0], [])),
                      keywords=tuple(json.loads(r[4])) if r[4] else (), updated_at=utc(r[5])) for r in rows]


def _article(r: tuple) -> Article:
    row = dict(zip(ARTICLE_COLUMNS, r))
    return Article(
        id=row["id"], url=row["url"], canonical_url=row["canonical_url"], source=row["source"],
        title=row["title"] or "", text=row["text"] or "", published=utc(row["published"]),
        fetched_at=utc(row["fetched_at"]), language=row["language"] or "", content_hash=row["content_hash"],
        author=row["author"] or "", extraction_method=row["extraction_method"] or "", copy_of=row["copy_of"],
        credits=tuple(json.loads(row["credits"] or "[]")), flags=tuple(json.loads(row["flags"] or "[]")),
        copy_similarity=row["copy_similarity"], sitename=row["sitename"] or "")


# --- the writer lock on PostgreSQL (store/locks.py picks these for a postgresql:// database) --------
@contextmanager
def writer_lock(url: str, wait: float) -> Iterator[None]:
    """Hold the database-wide writer lock (an advisory lock on its own connection), waiting up
    to `wait` seconds: the counterpart of the SQLite file lock, held by whole runs."""
    conn = connect(url)
    try:
        deadline = time.monotonic() + max(wait, 0.0)
        while not conn.execute("select pg_try_advisory_lock(%s)", [LOCK_KEYS["writer"]]).fetchone()[0]:
            if time.monotonic() >= deadline:
                waited = f" after waiting {wait:g} s" if wait > 0 else ""
                raise BusyError(f"{display_name(url)}: another aggregator process is writing to this "
                                f"database{waited} (advisory lock {LOCK_KEYS['writer']})")
            time.sleep(LOCK_POLL)
        logger.debug("holding the writer lock of %s", display_name(url))
        yield
    finally:
        conn.close()  # closing the session releases the lock


def writer_active(url: str) -> bool:
    """Whether some session holds the writer lock now."""
    conn = connect(url)
    try:
        return bool(conn.execute("select count(*) from pg_locks where locktype = 'advisory' and granted "
                                 "and classid = 0 and objid = %s", [LOCK_KEYS["writer"]]).fetchone()[0])
    finally:
        conn.close()
