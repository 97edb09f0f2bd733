"""The SQL both backends run, written once: sources, feeds, the fetch log, articles, pages due
again, runs, health and report files, embeddings (events, stories and the comparison cache
follow in store/sqlevents.py).

SQLite (3.24 and later) and PostgreSQL accept the same statements for everything the pipeline
does, `insert … on conflict … do update` included, so the logic lives here once and a backend
supplies only what really differs, through a few hooks:
- `_execute` / `_executemany` / `_insert_id` run a statement written with `?` placeholders
  (PostgreSQL's driver turns them into its own `%s`);
- `_write` commits one statement on its own (SQLite needs a transaction around it, PostgreSQL's
  autocommit connection already gives one);
- `_in` expresses "column is one of these values" as one parameter, so no statement's length
  grows with a list (SQLite: `json_each`, PostgreSQL: `= any(array)`);
- `_time` / `_time_text` read a stored time (SQLite: ISO-8601 text, PostgreSQL: timestamptz),
  `FOR_UPDATE` locks a row being read for an update where the database has row locks, and
  `SEARCH_SQL` is each database's own full-text search (FTS5, tsvector).
Times are always written as ISO-8601 text in UTC (rows.iso), which both databases accept.
SQLite needs its JSON functions for `_in` (built in since 3.38, and in the common builds before).
"""

from __future__ import annotations

import json
import logging
import os
import socket
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from ..errors import UnknownArticleError
from ..models import Article, ArticleVersion, FeedEntry, FeedState, LogEntry, SearchHit, Source, StoredSource
from ..runs import FeedHealth, RunRecord, SourceHealth
from ..text import scrub
from ..urls import canonical_url
from .rows import article_row, iso, now_iso

if TYPE_CHECKING:
    import numpy as np

logger = logging.getLogger(__name__)

# Every `articles` column but the kept raw HTML (`html_gz`), which no stage after extraction reads.
ARTICLE_COLUMNS = ("id", "url", "canonical_url", "source", "title", "text", "published", "fetched_at", "language",
                   "content_hash", "author", "extraction_method", "copy_of", "summary", "credits", "flags",
                   "feed_updated", "copy_similarity", "sitename")
FEED_COLUMNS = ("url", "source", "etag", "last_modified", "last_fetched", "last_status", "moved_from")
DUE_PAGE_COLUMNS = ("url", "source", "feed_url", "title", "summary", "published", "updated", "attempts",
                    "last_error", "first_failed", "last_failed")
SOURCE_COLUMNS = ("name", "domain", "country", "languages", "affiliation", "allow_private_hosts", "short_name")


class Cursor(Protocol):
    """What the shared code reads from a statement's result: sqlite3's and psycopg's cursors."""

    @property
    def rowcount(self) -> int: ...
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


def upsert_sql(table: str, columns: Sequence[str], key: Sequence[str], *, update: Sequence[str] | None = None,
               keep: Sequence[str] = ()) -> str:
    """`insert … on conflict (key) do update`, setting `update` (default: every column but the
    key and `keep`, the columns written once such as `created_at`). The same text runs on
    SQLite (3.24 and later) and PostgreSQL."""
    if update is None:
        update = [c for c in columns if c not in key and c not in keep]
    return (f"insert into {table} ({', '.join(columns)}) values ({', '.join('?' * len(columns))}) "
            f"on conflict ({', '.join(key)}) do update set " + ", ".join(f"{c} = excluded.{c}" for c in update))


def insert_new_sql(table: str, columns: Sequence[str]) -> str:
    """An insert that does nothing where the row (by any unique key) is there already: the
    first writer wins, whichever process it is, and nobody fails."""
    return (f"insert into {table} ({', '.join(columns)}) values ({', '.join('?' * len(columns))}) "
            "on conflict do nothing")


REMEMBER_URL = upsert_sql("article_urls", ["url", "article_id"], ["url"])


class SqlBase(ABC):
    """The backend-neutral half of a store; subclasses supply the dialect hooks below."""

    path: Path | str  # what messages call the database: SQLite's file, PostgreSQL's URL without password
    conn: Any  # the backend's DB-API connection: for tools that read raw tables (`aggregator db copy`)
    FOR_UPDATE: ClassVar[str] = ""  # appended to a select whose row is about to be updated
    # Full-text search (`search_articles`): each database's own index and ranking. Parameters:
    # the query, limit, offset; columns: id, outlet, title, url, published, event id, snippet.
    SEARCH_SQL: ClassVar[str]

    # --- dialect hooks ------------------------------------------------------------------------
    @abstractmethod
    def atomic(self) -> AbstractContextManager[Any]:
        """One transaction for several writes (nested calls become savepoints)."""

    @abstractmethod
    def migrations_applied(self) -> list[str]:
        """Names of the schema migrations this database has run."""

    @abstractmethod
    def _execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        """Run one statement written with `?` placeholders."""

    @abstractmethod
    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement (`?` placeholders) once per row."""

    @abstractmethod
    def _insert_id(self, sql: str, params: Sequence[Any]) -> int:
        """Run an insert into a table with an integer `id` key; the new row's id."""

    @abstractmethod
    def _in(self, column: str, values: Iterable[Any]) -> tuple[str, Any]:
        """(`column` is one of `values`, as SQL with one placeholder; that placeholder's value)."""

    @abstractmethod
    def _time(self, value: Any) -> datetime | None:
        """A stored time as an aware datetime in UTC."""

    @abstractmethod
    def _time_text(self, value: Any) -> str | None:
        """A stored time as ISO-8601 text in UTC, as the rows that carry times as text want it."""

    def _write(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        """Run one statement and commit it."""
        with self.atomic():
            return self._execute(sql, params)

    def _when(self, value: Any, column: str) -> datetime:
        """A time from a column that is never empty by construction (event spans, fetch times)."""
        found = self._time(value)
        if found is None:
            raise ValueError(f"{self.path}: {column} is empty in a row that always has it")
        return found

    # --- sources and feeds -------------------------------------------------------------------
    def sync_sources(self, sources: Iterable[Source]) -> None:
        with self.atomic():
            for src in sources:
                self._execute(upsert_sql("sources", SOURCE_COLUMNS, ["name"]),
                              [src.name, src.domain, src.country, json.dumps(list(src.languages)),
                               src.affiliation, int(src.allow_private_hosts), src.short_name])
                for feed in src.feeds:
                    self._execute(insert_new_sql("feeds", ["url", "source"]),
                                  [feed.url, src.name])

    def ensure_source(self, name: str, country: str = "", affiliation: str = "",
                      languages: Iterable[str] = ()) -> None:
        """Outlets met only through imports get a row too, so reports can name them."""
        self._write(insert_new_sql("sources", SOURCE_COLUMNS),
                    [name, "", country, json.dumps(list(languages)), affiliation, 0, ""])

    def stored_sources(self) -> list[StoredSource]:
        rows = self._execute(f"select {', '.join(SOURCE_COLUMNS)} from sources order by name").fetchall()
        return [StoredSource(name=r[0], domain=r[1] or "", country=r[2] or "",
                             languages=tuple(json.loads(r[3] or "[]")), affiliation=r[4] or "",
                             allow_private_hosts=bool(r[5]), short_name=r[6] or "") for r in rows]

    def _feed_row(self, url: str) -> dict[str, Any] | None:
        """The stored row of a feed under its URL or the URL it moved from, as stored."""
        row = self._execute(f"select {', '.join(FEED_COLUMNS)} from feeds where url = ? or moved_from = ? limit 1",
                            [url, url]).fetchone()
        return dict(zip(FEED_COLUMNS, row)) if row else None

    def feed(self, url: str) -> FeedState:
        row = self._feed_row(url)
        if row is None:
            return FeedState(url=url)
        return FeedState(url=row["url"], source=row["source"] or "", etag=row["etag"],
                         last_modified=row["last_modified"], last_fetched=self._time(row["last_fetched"]),
                         last_status=row["last_status"], moved_from=row["moved_from"])

    def update_feed(self, url: str, source: str, **values: object) -> None:
        state = self._feed_row(url)
        row = {"url": state["url"] if state else url, "source": source, "last_fetched": now_iso(), **values}
        self._write(upsert_sql("feeds", list(row), ["url"]), list(row.values()))

    def move_feed(self, old_url: str, new_url: str) -> None:
        """A permanent redirect: the feed's stored URL becomes the new one, its state kept."""
        state = self._feed_row(old_url)
        if state is None or state["url"] == new_url:
            return
        row = {**state, "url": new_url, "moved_from": old_url}
        with self.atomic():
            self._execute("delete from feeds where url = ?", [state["url"]])
            self._execute(upsert_sql("feeds", list(row), ["url"]), list(row.values()))

    def log(self, kind: str, url: str, reason: str, *, source: str = "", status: int = 0,
            ok: bool = False) -> None:
        # scrubbed: a log row about hostile input (a URL or file name with a lone surrogate) must
        # be writable, or the one row that names the bad item would fail with it
        self._write("insert into fetch_log (at, kind, source, url, status, ok, reason) values (?, ?, ?, ?, ?, ?, ?)",
                    [now_iso(), kind, scrub(source), scrub(url), status, int(ok), scrub(reason)])

    def fetch_log(self, errors_only: bool = False, limit: int = 50) -> list[LogEntry]:
        """The newest fetch-log rows, newest first."""
        where = "where ok = 0 " if errors_only else ""
        rows = self._execute(f"select at, kind, source, url, status, ok, reason from fetch_log {where}"
                             "order by id desc limit ?", [limit]).fetchall()
        return [LogEntry(at=self._time(r[0]), kind=r[1] or "", source=r[2] or "", url=r[3] or "", status=r[4] or 0,
                         ok=bool(r[5]), reason=r[6] or "") for r in rows]

    # --- articles -----------------------------------------------------------------------------
    def article_id_for_url(self, url: str) -> str | None:
        row = self._execute("select article_id from article_urls where url = ?", [url]).fetchone()
        return row[0] if row else None

    def known_article(self, url: str) -> tuple[str, datetime | None] | None:
        """(article id, the feed's last update time we saw) for a URL we have, else None."""
        row = self._execute("select a.id, a.feed_updated from article_urls u join articles a "
                            "on a.id = u.article_id where u.url = ?", [url]).fetchone()
        return (row[0], self._time(row[1])) if row else None

    def versions(self, article_id: str) -> list[ArticleVersion]:
        """Earlier texts of an article, oldest first, then the current one."""
        rows = self._execute("select content_hash, title, text, fetched_at, replaced_at from article_versions "
                             "where article_id = ? order by id", [article_id]).fetchall()
        current = self._execute("select content_hash, title, text, fetched_at, null from articles where id = ?",
                                [article_id]).fetchall()
        return [ArticleVersion(r[0], r[1], r[2], self._time_text(r[3]) or "", self._time_text(r[4]))
                for r in [*rows, *current]]

    def article_history(self, url_or_id: str) -> list[ArticleVersion]:
        """Versions of the article seen under this URL (any alias, or canonical form) or id."""
        aid = (self.article_id_for_url(url_or_id) or self.article_id_for_url(canonical_url(url_or_id))
               or (url_or_id if self._execute("select 1 from articles where id = ?", [url_or_id]).fetchone()
                   else None))
        if aid is None:
            raise UnknownArticleError(f"no stored article for {url_or_id!r}")
        return self.versions(aid)

    def remember_url(self, url: str, article_id: str) -> None:
        """Another URL (a second feed, tracking parameters) under which an article was seen."""
        self._write(REMEMBER_URL, [url, article_id])

    def save_article(self, article: Article, html: bytes | None = None, summary: str = "",
                     urls: Iterable[str] = (), feed_updated: datetime | None = None) -> str:
        """Insert or update; returns "new", "updated" or "unchanged". Never stores twice, however
        many processes store the same page at once: the insert does nothing on a conflict, and
        the loser of the race then sees the winner's row. A changed text keeps the previous one
        in `article_versions`."""
        select = "select content_hash, title, text, fetched_at from articles where id = ?"
        existing = self._execute(select, [article.id]).fetchone()
        copy_of, similarity = article.copy_of, article.copy_similarity
        if copy_of is None:
            copy_of = self._exact_copy_of(article)
            similarity = 1.0 if copy_of else None
        row = article_row(article, copy_of, similarity, summary=summary, feed_updated=feed_updated, html=html)
        cols = list(row)
        with self.atomic():
            if existing is None:
                cur = self._execute(insert_new_sql("articles", cols), list(row.values()))
                if not cur.rowcount:
                    existing = self._execute(select, [article.id]).fetchone()
            if existing is None:
                self._execute(insert_new_sql("pending_articles", ["article_id"]), [article.id])
                outcome = "new"
            elif existing[0] == article.content_hash:
                outcome = "unchanged"
            else:
                self._execute("insert into article_versions (article_id, content_hash, title, text, fetched_at, "
                              "replaced_at) values (?, ?, ?, ?, ?, ?)", [article.id, *existing, now_iso()])
                self._execute(f"update articles set {', '.join(f'{c} = ?' for c in cols[1:])} where id = ?",
                              [*(row[c] for c in cols[1:]), article.id])
                outcome = "updated"
            for url in {article.url, article.canonical_url, *urls}:
                self._execute(REMEMBER_URL, [url, article.id])
        return outcome

    def add_minhash(self, article_id: str, buckets: list[tuple[int, str]]) -> None:
        with self.atomic():
            self._executemany(insert_new_sql("minhash_bands", ["band", "bucket", "article_id"]),
                              [(b, h, article_id) for b, h in buckets])

    def minhash_candidates(self, buckets: list[tuple[int, str]], exclude: str) -> list[str]:
        """Articles sharing at least one LSH band bucket: the near-copy candidates."""
        if not buckets:
            return []
        where = " or ".join("(band = ? and bucket = ?)" for _ in buckets)
        params = [v for pair in buckets for v in pair]
        rows = self._execute(f"select distinct article_id from minhash_bands where ({where}) and article_id != ?",
                             [*params, exclude])
        return [r[0] for r in rows]

    def flag_copy(self, copy_id: str, original_id: str, similarity: float) -> None:
        """Mark an edited or exact copy; an existing flag is not overwritten."""
        self._write("update articles set copy_of = ?, copy_similarity = ? where id = ? and copy_of is null",
                    [original_id, similarity, copy_id])

    def _exact_copy_of(self, article: Article) -> str | None:
        row = self._execute("select id from articles where content_hash = ? and id != ? and source != ? "
                            "order by coalesce(published, fetched_at) limit 1",
                            [article.content_hash, article.id, article.source]).fetchone()
        return row[0] if row else None

    def _articles(self, where: str = "", params: Sequence[Any] = ()) -> list[Article]:
        sql = f"select {', '.join(ARTICLE_COLUMNS)} from articles" + (f" where {where}" if where else "")
        return [self._article(r) for r in self._execute(sql + " order by coalesce(published, fetched_at), id",
                                                        params)]

    def _article(self, values: Sequence[Any]) -> Article:
        row = dict(zip(ARTICLE_COLUMNS, values))
        return Article(
            id=row["id"], url=row["url"], canonical_url=row["canonical_url"], source=row["source"],
            title=row["title"] or "", text=row["text"] or "", published=self._time(row["published"]),
            fetched_at=self._when(row["fetched_at"], "articles.fetched_at"), language=row["language"] or "",
            content_hash=row["content_hash"], author=row["author"] or "",
            extraction_method=row["extraction_method"] or "", copy_of=row["copy_of"],
            credits=tuple(json.loads(row["credits"] or "[]")), flags=tuple(json.loads(row["flags"] or "[]")),
            copy_similarity=row["copy_similarity"], sitename=row["sitename"] or "")

    def article(self, article_id: str) -> Article:
        found = self._articles("id = ?", [article_id])
        if not found:
            raise UnknownArticleError(f"unknown article id {article_id!r}")
        return found[0]

    def articles(self) -> list[Article]:
        return self._articles()

    def articles_by_id(self, ids: Iterable[str]) -> list[Article]:
        ids = list(ids)
        if not ids:
            return []
        where, param = self._in("id", ids)
        return self._articles(where, [param])

    def recent_articles(self, limit: int) -> list[Article]:
        """The `limit` most recently fetched articles (an IDF background for small runs)."""
        return self._articles("id in (select id from articles order by fetched_at desc limit ?)", [limit])

    def unassigned_articles(self) -> list[Article]:
        return self._articles("id in (select article_id from pending_articles)")

    def search_articles(self, match: str, limit: int = 50, offset: int = 0) -> list[SearchHit]:
        """Articles matching a search expression (the backend's own syntax: FTS5 `match` on
        SQLite, web-search words, "phrases", or, -word on PostgreSQL), best first, each with the
        event it belongs to and a snippet whose hits are wrapped in U+E000/U+E001 (private-use
        marks the caller turns into markup after escaping)."""
        return [SearchHit(id=r[0], outlet=r[1], title=r[2], url=r[3], published=self._time_text(r[4]),
                          event_id=r[5], snippet=r[6] or "")
                for r in self._execute(self.SEARCH_SQL, [match, limit, offset])]

    def version_times(self, article_ids: Iterable[str]) -> dict[str, list[datetime]]:
        """Article id → when each earlier text of it was replaced (an edit seen), oldest first."""
        where, param = self._in("article_id", article_ids)
        out: dict[str, list[datetime]] = {}
        for aid, replaced in self._execute(f"select article_id, replaced_at from article_versions where {where} "
                                           "order by id", [param]):
            if (when := self._time(replaced)) is not None:
                out.setdefault(aid, []).append(when)
        return out

    # --- pages that failed: due again next run -------------------------------------------------
    def page_failed(self, entry: FeedEntry, error: str, max_attempts: int) -> bool:
        """Remember a page whose fetch or extraction failed; False once it has failed
        `max_attempts` times (it is then dropped from the due list and given up)."""
        now = now_iso()
        with self.atomic():
            row = self._execute(f"select attempts from due_pages where url = ?{self.FOR_UPDATE}",
                                [entry.url]).fetchone()
            attempts = (row[0] if row else 0) + 1
            if attempts >= max_attempts:
                self._execute("delete from due_pages where url = ?", [entry.url])
                return False
            self._execute(upsert_sql("due_pages", DUE_PAGE_COLUMNS, ["url"],
                                     update=["attempts", "last_error", "last_failed"]),
                          [entry.url, entry.source, entry.feed_url, entry.title, entry.summary, iso(entry.published),
                           iso(entry.updated), attempts, error[:500], now, now])
        return True

    def page_done(self, url: str) -> None:
        self._write("delete from due_pages where url = ?", [url])

    def due_pages(self) -> list[FeedEntry]:
        """Pages that failed in earlier runs and are to be tried again, oldest failure first."""
        rows = self._execute("select source, feed_url, url, title, summary, published, updated "
                             "from due_pages order by first_failed, url").fetchall()
        return [FeedEntry(source=r[0], feed_url=r[1] or "", url=r[2], title=r[3] or "", summary=r[4] or "",
                          published=self._time(r[5]), updated=self._time(r[6])) for r in rows]

    # --- runs, health, report files -------------------------------------------------------------
    def start_run(self, command: str) -> int:
        """Record a run as started. Runs still marked running were cut off: the caller holds
        the writer lock, so no other run can be in progress."""
        with self.atomic():
            self._execute("update runs set outcome = 'interrupted' where outcome = 'running'")
            return self._insert_id("insert into runs (command, started_at, pid, host, outcome) "
                                   "values (?, ?, ?, ?, 'running')",
                                   [command, now_iso(), os.getpid(), socket.gethostname()])

    def finish_run(self, run_id: int, outcome: str, counts: dict[str, int], error: str = "") -> None:
        self._write("update runs set finished_at = ?, outcome = ?, counts = ?, error = ? where id = ?",
                    [now_iso(), outcome, json.dumps(counts), error[:1000], run_id])

    def runs(self, limit: int = 10) -> list[RunRecord]:
        """The newest runs first."""
        rows = self._execute("select id, command, started_at, finished_at, pid, host, outcome, counts, error "
                             "from runs order by id desc limit ?", [limit]).fetchall()
        return [RunRecord(id=r[0], command=r[1], started_at=self._time(r[2]), finished_at=self._time(r[3]),
                          pid=r[4], host=r[5] or "", outcome=r[6], counts=tuple(json.loads(r[7] or "{}").items()),
                          error=r[8] or "") for r in rows]

    def source_health(self, since: datetime) -> list[SourceHealth]:
        """Per source: fetch-log rows since `since`, how many failed, and the newest failure."""
        rows = self._execute(
            "select source, count(*), count(case when ok = 0 then 1 end) as failures, "
            "max(case when ok = 0 then at end) from fetch_log where at >= ? and source != '' "
            "group by source order by failures desc, source", [iso(since)]).fetchall()
        last: dict[str, str] = dict(self._execute(
            "select source, reason from fetch_log where id in (select max(id) from fetch_log "
            "where ok = 0 and at >= ? group by source)", [iso(since)]).fetchall())
        return [SourceHealth(source=r[0], attempts=r[1], failures=r[2] or 0, last_failure_at=self._time(r[3]),
                             last_failure=last.get(r[0], "")) for r in rows]

    def feed_health(self) -> list[FeedHealth]:
        """Every feed with when it last answered and when it last gave entries."""
        rows = self._execute("select f.url, f.source, f.last_fetched, f.last_status, "
                             "(select max(at) from fetch_log l where l.url = f.url and l.ok = 1) "
                             "from feeds f order by f.source, f.url").fetchall()
        return [FeedHealth(url=r[0], source=r[1] or "", last_fetched=self._time(r[2]), last_status=r[3],
                           last_ok=self._time(r[4])) for r in rows]

    def count_pending(self) -> tuple[int, int]:
        """(articles waiting for clustering, pages due for another try)."""
        return (int(self._execute("select count(*) from pending_articles").fetchone()[0]),
                int(self._execute("select count(*) from due_pages").fetchone()[0]))

    def report_written(self, path: str, event_id: str, event_updated: datetime | None) -> None:
        self._write(upsert_sql("report_files", ["path", "event_id", "event_updated", "written_at"], ["path"]),
                    [path, event_id, iso(event_updated), now_iso()])

    def report_versions(self) -> dict[str, str | None]:
        """Report file path → the event version (its `updated_at`) it was written from."""
        return {p: self._time_text(u) for p, u in self._execute("select path, event_updated from report_files")}

    # --- embeddings -------------------------------------------------------------------------------
    def get_embeddings(self, model: str, hashes: Iterable[str]) -> dict[str, np.ndarray]:
        import numpy as np  # here, not at the top: read-only commands never load it

        where, param = self._in("content_hash", dict.fromkeys(hashes))
        return {h: np.frombuffer(bytes(blob), dtype=np.float32) for h, blob in self._execute(
            f"select content_hash, vector from embeddings where model = ? and {where}", [model, param])}

    def put_embeddings(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        import numpy as np

        created = now_iso()
        with self.atomic():
            self._executemany(upsert_sql("embeddings", ["model", "content_hash", "dim", "vector", "created_at"],
                                         ["model", "content_hash"]),
                              [(model, h, int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes(), created)
                               for h, v in vectors.items()])
