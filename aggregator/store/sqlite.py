"""SQLite storage through sqlite-utils: schema migrations, articles, feeds, logs, events, embeddings.

The file opens in Datasette and the sqlite-utils CLI as it is: plain tables, ISO-8601 text
dates, JSON lists, an FTS5 index on articles. Raw HTML is kept gzip-compressed so that a better
extractor can be re-run later without re-fetching.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

import numpy as np
import sqlite_utils

from ..errors import ConfigError, UnknownArticleError, UnknownEventError
from ..models import (
    Article,
    ArticleVersion,
    CachedComparisonRow,
    Event,
    EventArticle,
    EventView,
    FeedEntry,
    FeedHealth,
    RunRecord,
    Source,
    SourceHealth,
    Story,  # stories block (m009)
)
from ..urls import canonical_url
from .contract import TypedReads
from .rows import article_row, from_iso, from_iso_required, iso, now_iso
from .sqlite_schema import migrations

logger = logging.getLogger(__name__)
# Seconds a connection waits for another process's write before failing. Runs are serialised by
# the run lock, so this only covers a reader-side migration or a hand-run `merge` meeting a run's
# commit; long enough for any single transaction the pipeline makes (clustering's is the longest).
DEFAULT_BUSY_TIMEOUT = 60.0


class Store(TypedReads):  # typed reads and lock hooks: store/contract.py
    """The project's database. Opening it applies pending migrations.

    `create=False` (read-only commands) refuses a missing file instead of creating one. A
    database written by a newer aggregator (migrations this code does not know) is refused.
    Every connection waits up to `busy_timeout` seconds for another writer before it fails.
    """

    def __init__(self, path: Path | str, *, create: bool = True, busy_timeout: float = DEFAULT_BUSY_TIMEOUT):
        path = Path(path)
        if not create and not path.exists():
            raise ConfigError(f"{path}: no database here yet (run `aggregator run` or `aggregator import` first)")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=busy_timeout)
            conn.execute(f"pragma busy_timeout = {int(busy_timeout * 1000)}")
            self.db = sqlite_utils.Database(conn)
            self.db.enable_wal()
            # WAL + synchronous=NORMAL: still crash-safe (a power cut may lose the last
            # commits, never corrupt the file), and no fsync per commit on the hot paths.
            self.db.execute("pragma synchronous = normal")
            known = {m.name for m in migrations._migrations}
            unknown = [m.name for m in migrations.applied(self.db) if m.name not in known]
        except sqlite3.DatabaseError as exc:  # not a database, unreadable, locked past the timeout
            raise ConfigError(f"{path}: cannot open database: {exc}") from None
        if unknown:
            raise ConfigError(f"{path}: written by a newer aggregator (schema {unknown[-1]}); "
                              "upgrade aggregator to use it")
        try:
            migrations.apply(self.db)
        except Exception as exc:  # a migration's own bug is named as such, not as an unreadable file
            left = migrations.pending(self.db)
            if left:  # not a race with another process that applied the same migration first
                logger.debug("migration %s failed", left[0].name, exc_info=True)
                raise ConfigError(f"{path}: schema migration {left[0].name} failed: "
                                  f"{type(exc).__name__}: {exc}") from None
            logger.info("%s: another process applied the pending migrations first", path)
        self.path = path
        self._columns: list[str] | None = None

    def backup(self, dest: Path | str) -> Path:
        """A consistent copy of the database while runs may be writing (SQLite's online backup:
        a snapshot, not a file copy that could catch a half-written page or miss the WAL)."""
        dest = Path(dest)
        if dest.exists():
            raise ConfigError(f"{dest}: already exists; choose a new file for the backup")
        dest.parent.mkdir(parents=True, exist_ok=True)
        target = sqlite3.connect(str(dest))
        try:
            self.db.conn.backup(target)
        finally:
            target.close()
        return dest

    def atomic(self):
        """One transaction for several writes (nested calls become savepoints)."""
        return self.db.atomic()

    # --- sources and feeds -------------------------------------------------------------
    def sync_sources(self, sources: Iterable[Source]) -> None:
        for src in sources:
            self.db.table("sources").upsert(
                {"name": src.name, "domain": src.domain, "country": src.country,
                 "languages": json.dumps(list(src.languages)), "affiliation": src.affiliation,
                 "allow_private_hosts": int(src.allow_private_hosts)},
                pk="name",
            )
            for feed in src.feeds:
                if not self.db.table("feeds").count_where("url = ?", [feed.url]):
                    self.db.table("feeds").insert({"url": feed.url, "source": src.name})

    def ensure_source(self, name: str, country: str = "", affiliation: str = "",
                      languages: Iterable[str] = ()) -> None:
        """Outlets met only through imports get a row too, so reports can name them."""
        if not self.db.table("sources").count_where("name = ?", [name]):
            self.db.table("sources").insert({"name": name, "domain": "", "country": country,
                                       "languages": json.dumps(list(languages)),
                                       "affiliation": affiliation, "allow_private_hosts": 0})

    def _source_rows(self) -> dict[str, dict]:
        return {row["name"]: row for row in self.db.table("sources").rows}

    def _feed_row(self, url: str) -> dict:
        rows = list(self.db.table("feeds").rows_where("url = ? or moved_from = ?", [url, url], limit=1))
        return rows[0] if rows else {"url": url}

    def update_feed(self, url: str, source: str, **values: object) -> None:
        state = self._feed_row(url)
        row = {"url": state["url"], "source": source, "last_fetched": now_iso(), **values}
        self.db.table("feeds").upsert(row, pk="url")

    def move_feed(self, old_url: str, new_url: str) -> None:
        """A permanent redirect: the feed's stored URL becomes the new one."""
        state = self._feed_row(old_url)
        if state.get("url") == new_url or "source" not in state:
            return
        with self.db.atomic():
            self.db.table("feeds").delete(state["url"])
            self.db.table("feeds").upsert({**state, "url": new_url, "moved_from": old_url}, pk="url")

    def log(self, kind: str, url: str, reason: str, *, source: str = "", status: int = 0,
            ok: bool = False) -> None:
        # Plain SQL on the hot paths: sqlite-utils' insert re-reads the schema on every call.
        with self.db.atomic():
            self.db.execute(
                "insert into fetch_log (at, kind, source, url, status, ok, reason) values (?, ?, ?, ?, ?, ?, ?)",
                [now_iso(), kind, source, url, status, int(ok), reason])

    def _log_rows(self, errors_only: bool = False, limit: int = 50) -> list[dict]:
        """The newest fetch-log rows, newest first."""
        where = "where ok = 0 " if errors_only else ""
        cur = self.db.execute(f"select at, kind, source, url, status, ok, reason from fetch_log {where}"
                              "order by id desc limit ?", [limit])
        keys = [c[0] for c in cur.description]
        return [dict(zip(keys, row)) for row in cur.fetchall()]

    # --- articles -----------------------------------------------------------------------
    def article_id_for_url(self, url: str) -> str | None:
        row = self.db.execute("select article_id from article_urls where url = ?", [url]).fetchone()
        return row[0] if row else None

    def known_article(self, url: str) -> tuple[str, datetime | None] | None:
        """(article id, the feed's last update time we saw) for a URL we have, else None."""
        row = self.db.execute(
            "select a.id, a.feed_updated from article_urls u join articles a on a.id = u.article_id "
            "where u.url = ?", [url]).fetchone()
        return (row[0], from_iso(row[1])) if row else None

    def versions(self, article_id: str) -> list[ArticleVersion]:
        """Earlier texts of an article, oldest first, then the current one."""
        rows = self.db.execute(
            "select content_hash, title, text, fetched_at, replaced_at from article_versions "
            "where article_id = ? order by id", [article_id]).fetchall()
        current = self.db.execute(
            "select content_hash, title, text, fetched_at, null from articles where id = ?",
            [article_id]).fetchall()
        return [ArticleVersion(*row) for row in [*rows, *current]]

    def article_history(self, url_or_id: str) -> list[ArticleVersion]:
        """Versions of the article seen under this URL (any alias, or canonical form) or id."""
        aid = (self.article_id_for_url(url_or_id) or self.article_id_for_url(canonical_url(url_or_id))
               or (url_or_id if self.db.table("articles").count_where("id = ?", [url_or_id]) else None))
        if aid is None:
            raise UnknownArticleError(f"no stored article for {url_or_id!r}")
        return self.versions(aid)

    def remember_url(self, url: str, article_id: str) -> None:
        """Another URL (a second feed, tracking parameters) under which an article was seen."""
        with self.db.atomic():
            self._remember(url, article_id)

    def _remember(self, url: str, article_id: str) -> None:
        self.db.execute("insert or replace into article_urls (url, article_id) values (?, ?)", [url, article_id])

    def save_article(self, article: Article, html: bytes | None = None, summary: str = "",
                     urls: Iterable[str] = (), feed_updated: datetime | None = None) -> str:
        """Insert or update; returns "new", "updated" or "unchanged". Never stores twice.

        When the text changed, the previous text is kept in `article_versions`.
        """
        existing = self.db.execute(
            "select content_hash, title, text, fetched_at from articles where id = ?", [article.id]
        ).fetchone()
        copy_of, similarity = article.copy_of, article.copy_similarity
        if copy_of is None:
            copy_of = self._exact_copy_of(article)
            similarity = 1.0 if copy_of else None
        row = article_row(article, copy_of, similarity, summary=summary, feed_updated=feed_updated, html=html)
        with self.db.atomic():
            if existing is None:
                # INSERT OR IGNORE: a concurrent writer that stored the same page first wins,
                # and this call then updates (or leaves) its row instead of failing.
                self.db.table("articles").insert(row, ignore=True)
                if not self.db.execute("select changes()").fetchone()[0]:
                    existing = self.db.execute(
                        "select content_hash, title, text, fetched_at from articles where id = ?",
                        [article.id]).fetchone()
            if existing is None:
                self.db.execute("insert or ignore into pending_articles (article_id) values (?)", [article.id])
                outcome = "new"
            elif existing[0] == article.content_hash:
                outcome = "unchanged"
            else:
                self.db.table("article_versions").insert({
                    "article_id": article.id, "content_hash": existing[0], "title": existing[1],
                    "text": existing[2], "fetched_at": existing[3], "replaced_at": now_iso()})
                self.db.table("articles").update(article.id, row)
                outcome = "updated"
            for url in {article.url, article.canonical_url, *urls}:
                self._remember(url, article.id)
        return outcome

    def add_minhash(self, article_id: str, buckets: list[tuple[int, str]]) -> None:
        with self.db.atomic():
            self.db.conn.executemany(
                "insert or ignore into minhash_bands (band, bucket, article_id) values (?, ?, ?)",
                [(b, h, article_id) for b, h in buckets])

    def minhash_candidates(self, buckets: list[tuple[int, str]], exclude: str) -> list[str]:
        """Articles sharing at least one LSH band bucket: the near-copy candidates."""
        if not buckets:
            return []
        where = " or ".join("(band = ? and bucket = ?)" for _ in buckets)
        params = [v for pair in buckets for v in pair]
        rows = self.db.execute(
            f"select distinct article_id from minhash_bands where ({where}) and article_id != ?",
            [*params, exclude])
        return [r[0] for r in rows]

    def flag_copy(self, copy_id: str, original_id: str, similarity: float) -> None:
        """Mark an edited or exact copy; an existing flag is not overwritten."""
        with self.db.atomic():
            self.db.execute(
                "update articles set copy_of = ?, copy_similarity = ? where id = ? and copy_of is null",
                [original_id, similarity, copy_id])

    def articles_by_id(self, ids: Iterable[str]) -> list[Article]:
        ids = list(ids)
        if not ids:
            return []
        return self.articles(f"id in ({','.join('?' * len(ids))})", ids)

    def _exact_copy_of(self, article: Article) -> str | None:
        row = self.db.execute(
            "select id from articles where content_hash = ? and id != ? and source != ? "
            "order by coalesce(published, fetched_at) limit 1",
            [article.content_hash, article.id, article.source],
        ).fetchone()
        return row[0] if row else None

    def article(self, article_id: str) -> Article:
        cols = self._article_columns()
        row = self.db.execute(f"select {', '.join(cols)} from articles where id = ?", [article_id]).fetchone()
        if row is None:
            raise UnknownArticleError(f"unknown article id {article_id!r}")
        return _article(dict(zip(cols, row)))

    def articles(self, where: str = "", params: list | None = None) -> list[Article]:
        cols = self._article_columns()
        sql = f"select {', '.join(cols)} from articles" + (f" where {where}" if where else "")
        sql += " order by coalesce(published, fetched_at), id"
        return [_article(dict(zip(cols, r))) for r in self.db.execute(sql, params or [])]

    def recent_articles(self, limit: int) -> list[Article]:
        """The `limit` most recently fetched articles (an IDF background for small runs)."""
        return self.articles("id in (select id from articles order by fetched_at desc limit ?)", [limit])

    def unassigned_articles(self) -> list[Article]:
        return self.articles("id in (select article_id from pending_articles)")

    def _article_columns(self) -> list[str]:
        """Every column but the kept raw HTML, which no stage after extraction reads."""
        if self._columns is None:
            self._columns = [c.name for c in self.db.table("articles").columns if c.name != "html_gz"]
        return self._columns

    # --- pages that failed: due again next run ---------------------------------------------
    def page_failed(self, entry: FeedEntry, error: str, max_attempts: int) -> bool:
        """Remember a page whose fetch or extraction failed; False once it has failed
        `max_attempts` times (it is then dropped from the due list and given up)."""
        now = now_iso()
        with self.db.atomic():
            row = self.db.execute("select attempts from due_pages where url = ?", [entry.url]).fetchone()
            attempts = (row[0] if row else 0) + 1
            if attempts >= max_attempts:
                self.db.execute("delete from due_pages where url = ?", [entry.url])
                return False
            self.db.execute(
                "insert into due_pages (url, source, feed_url, title, summary, published, updated, attempts, "
                "last_error, first_failed, last_failed) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "on conflict(url) do update set attempts = excluded.attempts, "
                "last_error = excluded.last_error, last_failed = excluded.last_failed",
                [entry.url, entry.source, entry.feed_url, entry.title, entry.summary, iso(entry.published),
                 iso(entry.updated), attempts, error[:500], now, now])
        return True

    def page_done(self, url: str) -> None:
        with self.db.atomic():
            self.db.execute("delete from due_pages where url = ?", [url])

    def due_pages(self) -> list[FeedEntry]:
        """Pages that failed in earlier runs and are to be tried again, oldest failure first."""
        rows = self.db.execute("select source, feed_url, url, title, summary, published, updated "
                               "from due_pages order by first_failed, url").fetchall()
        return [FeedEntry(source=r[0], feed_url=r[1] or "", url=r[2], title=r[3] or "", summary=r[4] or "",
                          published=from_iso(r[5]), updated=from_iso(r[6])) for r in rows]

    # --- runs -------------------------------------------------------------------------------
    def start_run(self, command: str) -> int:
        """Record a run as started. Runs still marked running were cut off: the caller holds
        the run lock, so no other run can be in progress."""
        with self.db.atomic():
            self.db.execute("update runs set outcome = 'interrupted' where outcome = 'running'")
            cur = self.db.execute(
                "insert into runs (command, started_at, pid, host, outcome) values (?, ?, ?, ?, 'running')",
                [command, now_iso(), os.getpid(), socket.gethostname()])
        return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, outcome: str, counts: dict[str, int], error: str = "") -> None:
        with self.db.atomic():
            self.db.execute("update runs set finished_at = ?, outcome = ?, counts = ?, error = ? where id = ?",
                            [now_iso(), outcome, json.dumps(counts), error[:1000], run_id])

    def runs(self, limit: int = 10) -> list[RunRecord]:
        """The newest runs first."""
        rows = self.db.execute("select id, command, started_at, finished_at, pid, host, outcome, counts, error "
                               "from runs order by id desc limit ?", [limit]).fetchall()
        return [RunRecord(id=r[0], command=r[1], started_at=from_iso(r[2]), finished_at=from_iso(r[3]),
                          pid=r[4], host=r[5] or "", outcome=r[6], counts=tuple(json.loads(r[7] or "{}").items()),
                          error=r[8] or "") for r in rows]

    def source_health(self, since: datetime) -> list[SourceHealth]:
        """Per source: fetch-log rows since `since`, how many failed, and the newest failure."""
        rows = self.db.execute(
            "select source, count(*), sum(ok = 0), max(case when ok = 0 then at end) from fetch_log "
            "where at >= ? and source != '' group by source order by sum(ok = 0) desc, source",
            [iso(since)]).fetchall()
        last = {}
        for source, reason in self.db.execute(
                "select source, reason from fetch_log where id in (select max(id) from fetch_log "
                "where ok = 0 and at >= ? group by source)", [iso(since)]):
            last[source] = reason
        return [SourceHealth(source=r[0], attempts=r[1], failures=r[2] or 0, last_failure_at=from_iso(r[3]),
                             last_failure=last.get(r[0], "")) for r in rows]

    def feed_health(self) -> list[FeedHealth]:
        """Every feed with when it last answered and when it last gave entries."""
        rows = self.db.execute(
            "select f.url, f.source, f.last_fetched, f.last_status, "
            "(select max(at) from fetch_log l where l.url = f.url and l.ok = 1) "
            "from feeds f order by f.source, f.url").fetchall()
        return [FeedHealth(url=r[0], source=r[1] or "", last_fetched=from_iso(r[2]), last_status=r[3],
                           last_ok=from_iso(r[4])) for r in rows]

    def count_pending(self) -> tuple[int, int]:
        """(articles waiting for clustering, pages due for another try)."""
        return (self.db.execute("select count(*) from pending_articles").fetchone()[0],
                self.db.execute("select count(*) from due_pages").fetchone()[0])

    # --- report files -----------------------------------------------------------------------
    def report_written(self, path: str, event_id: str, event_updated: datetime | None) -> None:
        with self.db.atomic():
            self.db.execute("insert or replace into report_files (path, event_id, event_updated, written_at) "
                            "values (?, ?, ?, ?)", [path, event_id, iso(event_updated), now_iso()])

    def report_versions(self) -> dict[str, str | None]:
        """Report file path → the event version (its `updated_at`) it was written from."""
        return dict(self.db.execute("select path, event_updated from report_files").fetchall())

    # --- embeddings ---------------------------------------------------------------------
    def get_embeddings(self, model: str, hashes: Iterable[str]) -> dict[str, np.ndarray]:
        hashes = list(dict.fromkeys(hashes))
        out: dict[str, np.ndarray] = {}
        for start in range(0, len(hashes), 500):
            chunk = hashes[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for h, blob in self.db.execute(
                f"select content_hash, vector from embeddings where model = ? and content_hash in ({marks})",
                [model, *chunk],
            ):
                out[h] = np.frombuffer(blob, dtype=np.float32)
        return out

    def put_embeddings(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        created = now_iso()
        self.db.table("embeddings").upsert_all(
            ({"model": model, "content_hash": h, "dim": int(v.shape[0]),
              "vector": np.asarray(v, dtype=np.float32).tobytes(), "created_at": created}
             for h, v in vectors.items()),
            pk=("model", "content_hash"),
        )

    # --- events ---------------------------------------------------------------------------
    def save_event(self, event: Event, model: str, similarities: dict[str, float]) -> None:
        """Write an event and (re)attach its articles; existing assignments are kept."""
        stamp = now_iso()
        with self.db.atomic():
            exists = self.db.table("events").count_where("id = ?", [event.id])
            row = {"id": event.id, "label": event.label, "first_seen": iso(event.first_seen),
                   "last_seen": iso(event.last_seen), "updated_at": stamp,
                   "keywords": json.dumps(list(event.keywords), ensure_ascii=False),
                   "n_articles": len(event.article_ids), "n_outlets": len(set(event.outlets)),
                   "model": model}
            if exists:
                self.db.table("events").update(event.id, row)
            else:
                self.db.table("events").insert({**row, "created_at": stamp})
            self.db.conn.executemany("delete from pending_articles where article_id = ?",
                                     [(aid,) for aid in event.article_ids])
            for aid in event.article_ids:
                if aid in similarities:
                    self.db.table("event_articles").upsert(
                        {"article_id": aid, "event_id": event.id,
                         "similarity": round(similarities[aid], 4), "assigned_at": stamp},
                        pk="article_id",
                    )

    def resolve_event_id(self, event_id: str) -> str:
        """The id an event has now: merged events resolve to the event that absorbed them."""
        seen = {event_id}
        while True:
            row = self.db.execute("select into_id from event_merges where old_id = ?", [event_id]).fetchone()
            if row is None or row[0] in seen:
                return event_id
            event_id = row[0]
            seen.add(event_id)

    def merge_events(self, absorbed: str, kept: str, reason: str) -> Event:
        """Fold `absorbed` into `kept`, recording it so the old id keeps resolving."""
        absorbed, kept = self.resolve_event_id(absorbed), self.resolve_event_id(kept)
        if absorbed == kept:
            return self.event(kept)
        old, new = self.event(absorbed), self.event(kept)
        with self.db.atomic():
            self.db.execute("update event_articles set event_id = ? where event_id = ?", [kept, absorbed])
            self.db.table("event_merges").upsert({"old_id": absorbed, "into_id": kept, "merged_at": now_iso(),
                                           "reason": reason}, pk="old_id")
            self.db.execute("update event_merges set into_id = ? where into_id = ?", [kept, absorbed])
            self.db.table("events").delete(absorbed)
            self.db.table("events").update(kept, {
                "first_seen": iso(min(old.first_seen, new.first_seen)),
                "last_seen": iso(max(old.last_seen, new.last_seen)),
                "n_articles": len(old.article_ids) + len(new.article_ids),
                "n_outlets": len(set(old.outlets) | set(new.outlets)), "updated_at": now_iso()})
        return self.event(kept)

    def event_view(self, event_id: str) -> EventView:
        event = self.event(event_id)
        sims = dict(self.db.execute("select article_id, similarity from event_articles where event_id = ?",
                                    [event.id]).fetchall())
        arts = {a.id: a for a in self.articles_by_id(event.article_ids)}
        members = tuple(EventArticle(id=a.id, outlet=a.source, title=a.title, url=a.url, published=a.published,
                                     language=a.language, similarity=sims.get(a.id), copy_of=a.copy_of)
                        for a in (arts[x] for x in event.article_ids if x in arts))
        merged = tuple(r[0] for r in self.db.execute(
            "select old_id from event_merges where into_id = ? order by merged_at", [event.id]))
        return EventView(event=event, articles=members, merged_ids=merged)

    def _merge_rows(self) -> list[dict]:
        return list(self.db.table("event_merges").rows)

    def clear_events(self, since: datetime | None = None) -> int:
        """Forget events (all, or those still active since `since`) so they can be rebuilt;
        their articles become unassigned. Returns how many events were removed."""
        where, params = ("last_seen >= ?", [iso(since)]) if since else ("1", [])
        ids = [r[0] for r in self.db.execute(f"select id from events where {where}", params)]
        with self.db.atomic():
            for chunk in range(0, len(ids), 500):
                part = ids[chunk:chunk + 500]
                marks = ",".join("?" * len(part))
                self.db.execute("insert or ignore into pending_articles select article_id from event_articles "
                                f"where event_id in ({marks})", part)
                self.db.execute(f"delete from event_articles where event_id in ({marks})", part)
                self.db.execute(f"delete from events where id in ({marks})", part)
        return len(ids)

    def events(self, since: datetime | None = None) -> list[Event]:
        if since:
            return list(self._events_where("last_seen >= ?", [iso(since)]))
        return list(self._events_where("1", []))

    def event(self, event_id: str) -> Event:
        for ev in self._events_where("id = ?", [self.resolve_event_id(event_id)]):
            return ev
        raise UnknownEventError(f"unknown event id {event_id!r} (see `aggregator events`)")

    def _events_where(self, where: str, params: list) -> Iterator[Event]:
        rows = list(self.db.execute(
            f"select id, label, first_seen, last_seen, keywords, updated_at from events where {where} "
            "order by first_seen, id", params
        ))
        members = self._event_members([r[0] for r in rows])
        for r in rows:
            yield Event(id=r[0], label=r[1], first_seen=from_iso_required(r[2]), last_seen=from_iso_required(r[3]),
                        article_ids=tuple(a for a, _ in members.get(r[0], [])),
                        outlets=tuple(s for _, s in members.get(r[0], [])),
                        keywords=tuple(json.loads(r[4])) if r[4] else (), updated_at=from_iso(r[5]))

    def _event_members(self, event_ids: list[str]) -> dict[str, list[tuple[str, str]]]:
        out: dict[str, list[tuple[str, str]]] = {}
        if not event_ids:
            return out
        marks = ",".join("?" * len(event_ids))
        for eid, aid, source in self.db.execute(
            f"select ea.event_id, a.id, a.source from event_articles ea join articles a "
            f"on a.id = ea.article_id where ea.event_id in ({marks}) "
            f"order by coalesce(a.published, a.fetched_at), a.id",
            event_ids,
        ):
            out.setdefault(eid, []).append((aid, source))
        return out


    # --- stories (m009, events/stories.py) ---------------------------------------------------------
    def events_by_id(self, event_ids: Iterable[str]) -> list[Event]:
        """Events by id, each once; merged ids resolve to the event that absorbed them."""
        ids = list(dict.fromkeys(self.resolve_event_id(e) for e in event_ids))
        found: list[Event] = []
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            found += self._events_where(f"id in ({','.join('?' * len(part))})", part)
        return found

    def resolve_story_id(self, story_id: str) -> str:
        """The id a story has now: merged stories resolve to the story that absorbed them."""
        row = self.db.execute("select into_id from story_merges where old_id = ?", [story_id]).fetchone()
        return row[0] if row else story_id

    def story_of_events(self, event_ids: Iterable[str]) -> dict[str, str]:
        """The story of each event that has one (events merged into it count as it)."""
        ids = list(dict.fromkeys(event_ids))
        out: dict[str, str] = {}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            marks = ",".join("?" * len(part))
            alias = {old: into for old, into in self.db.execute(
                f"select old_id, into_id from event_merges where into_id in ({marks})", part)}
            lookup = part + list(alias)
            for event_id, story_id in self.db.execute(
                    f"select event_id, story_id from story_events where event_id in ({','.join('?' * len(lookup))})",
                    lookup):
                out.setdefault(alias.get(event_id, event_id), self.resolve_story_id(story_id))
        return out

    def story(self, story_id: str) -> Story:
        sid = self.resolve_story_id(story_id)
        row = self.db.execute("select id, label, first_seen, last_seen from stories where id = ?", [sid]).fetchone()
        if row is None:
            raise UnknownEventError(f"unknown story id {story_id!r} (see `aggregator events`)")
        linked = [r[0] for r in self.db.execute("select event_id from story_events where story_id = ?", [sid])]
        events = sorted(self.events_by_id(e for e in linked if self._event_exists(e)),
                        key=lambda ev: (ev.first_seen, ev.id))
        return Story(id=row[0], label=row[1], first_seen=from_iso_required(row[2]),
                     last_seen=from_iso_required(row[3]),
                     event_ids=tuple(ev.id for ev in events))

    def _event_exists(self, event_id: str) -> bool:
        return bool(self.db.table("events").count_where("id = ?", [self.resolve_event_id(event_id)]))

    def save_story(self, story: Story, links: dict[str, float]) -> None:
        """Write a story and link the events in `links` (event id -> link similarity) to it."""
        stamp = now_iso()
        with self.db.atomic():
            row = {"id": story.id, "label": story.label, "first_seen": iso(story.first_seen),
                   "last_seen": iso(story.last_seen), "n_events": len(story.event_ids), "updated_at": stamp}
            if self.db.table("stories").count_where("id = ?", [story.id]):
                self.db.table("stories").update(story.id, row)
            else:
                self.db.table("stories").insert({**row, "created_at": stamp})
            for event_id, similarity in links.items():
                self.db.table("story_events").upsert({"event_id": event_id, "story_id": story.id,
                                                "similarity": round(similarity, 4), "linked_at": stamp},
                                               pk="event_id")

    def merge_stories(self, absorbed: str, kept: str) -> None:
        """Fold story `absorbed` into `kept`; the old id keeps resolving."""
        absorbed, kept = self.resolve_story_id(absorbed), self.resolve_story_id(kept)
        if absorbed == kept:
            return
        with self.db.atomic():
            self.db.execute("update story_events set story_id = ? where story_id = ?", [kept, absorbed])
            self.db.table("story_merges").upsert({"old_id": absorbed, "into_id": kept, "merged_at": now_iso()},
                                           pk="old_id")
            self.db.execute("update story_merges set into_id = ? where into_id = ?", [kept, absorbed])
            self.db.table("stories").delete(absorbed)

    # --- comparison cache, search and page data (m010; render/cached.py, render/site.py, web/) ---
    def cached_comparison(self, event_id: str) -> CachedComparisonRow | None:
        """The cached comparison of an event, or None."""
        cur = self.db.execute("select event_updated, fingerprint, comparison, digest from comparison_cache "
                              "where event_id = ?", [event_id])
        row = cur.fetchone()
        return CachedComparisonRow(event_id, *row) if row else None

    def cache_comparison(self, event_id: str, event_updated: datetime | None, fingerprint: str,
                         comparison: str, digest: str) -> None:
        with self.db.atomic():
            self.db.execute("insert or replace into comparison_cache (event_id, event_updated, fingerprint, "
                            "comparison, digest, built_at) values (?, ?, ?, ?, ?, ?)",
                            [event_id, iso(event_updated), fingerprint, comparison, digest, now_iso()])

    def cached_digests(self) -> dict[str, tuple[str | None, str, str]]:
        """Event id → (event_updated, fingerprint, digest JSON) for every cached comparison."""
        return {r[0]: (r[1], r[2], r[3]) for r in self.db.execute(
            "select event_id, event_updated, fingerprint, digest from comparison_cache")}

    def prune_comparison_cache(self) -> int:
        """Forget cached comparisons of events that no longer exist (merged, reclustered)."""
        with self.db.atomic():
            cur = self.db.execute("delete from comparison_cache where event_id not in (select id from events)")
        return cur.rowcount or 0

    def data_version(self) -> tuple:
        """A cheap token that changes whenever events, their cached comparisons or the outlets
        change (`aggregator serve` renders its lists once per version)."""
        return tuple(self.db.execute("select (select max(updated_at) from events), (select count(*) from events), "
            "(select max(built_at) from comparison_cache), (select count(*) from comparison_cache), "
            "(select count(*) from sources), (select count(*) from event_merges)").fetchone())

    def version_times(self, article_ids: Iterable[str]) -> dict[str, list[datetime]]:
        """Article id → when each earlier text of it was replaced (an edit seen), oldest first."""
        ids = list(article_ids)
        out: dict[str, list[datetime]] = {}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            for aid, replaced in self.db.execute(
                    f"select article_id, replaced_at from article_versions where article_id in "
                    f"({','.join('?' * len(part))}) order by id", part):
                if replaced:
                    out.setdefault(aid, []).append(from_iso_required(replaced))
        return out

    def search_articles(self, match: str, limit: int = 50, offset: int = 0) -> list[dict]:
        """Articles matching an FTS5 `match` expression, best first, with a snippet whose hits
        are wrapped in U+E000/U+E001 (private-use marks the caller turns into markup after
        escaping) and the event each article belongs to."""
        sql = ("select a.id, a.source, a.title, a.url, a.published, ea.event_id, "
               "snippet(articles_fts, 1, char(57344), char(57345), ' … ', 16) "
               "from articles_fts join articles a on a.rowid = articles_fts.rowid "
               "left join event_articles ea on ea.article_id = a.id "
               "where articles_fts match ? order by bm25(articles_fts) limit ? offset ?")
        keys = ("id", "outlet", "title", "url", "published", "event_id", "snippet")
        return [dict(zip(keys, row)) for row in self.db.execute(sql, [match, limit, offset])]

def _article(row: dict) -> Article:
    return Article(
        id=row["id"], url=row["url"], canonical_url=row["canonical_url"], source=row["source"],
        title=row["title"] or "", text=row["text"] or "", published=from_iso(row["published"]),
        fetched_at=from_iso_required(row["fetched_at"]), language=row["language"] or "",
        content_hash=row["content_hash"], author=row["author"] or "",
        extraction_method=row["extraction_method"] or "", copy_of=row["copy_of"],
        credits=tuple(json.loads(row.get("credits") or "[]")),
        flags=tuple(json.loads(row.get("flags") or "[]")),
        copy_similarity=row.get("copy_similarity"), sitename=row.get("sitename") or "",
    )
