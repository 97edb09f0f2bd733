"""Events, stories and the comparison cache, written once for both backends: `SqlStore` adds
them to the shared sources-and-articles half (store/sqlbase.py, whose module docstring names
the dialect hooks), and the SQLite `Store` and PostgreSQL `PgStore` subclass it.

A merged event or story keeps its old id: `event_merges` / `story_merges` map it to the one
that absorbed it, so links in reports written before a merge keep working.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from ..errors import UnknownEventError
from ..models import CachedComparisonRow, Event, EventArticle, EventMerge, EventView, Story
from .rows import iso, now_iso
from .sqlbase import SqlBase, upsert_sql

logger = logging.getLogger(__name__)

EVENT_COLUMNS = ("id", "label", "first_seen", "last_seen", "created_at", "updated_at", "n_articles", "n_outlets",
                 "model", "keywords")
STORY_COLUMNS = ("id", "label", "first_seen", "last_seen", "n_events", "created_at", "updated_at")


class SqlStore(SqlBase):
    """Everything a store does but the dialect: a backend subclasses this and fills the hooks."""

    # --- events -------------------------------------------------------------------------------
    def save_event(self, event: Event, model: str, similarities: dict[str, float]) -> None:
        """Write an event and (re)attach its articles; existing assignments are kept."""
        stamp = now_iso()
        with self.atomic():
            self._execute(upsert_sql("events", EVENT_COLUMNS, ["id"], keep=["created_at"]),
                          [event.id, event.label, iso(event.first_seen), iso(event.last_seen), stamp, stamp,
                           len(event.article_ids), len(set(event.outlets)), model,
                           json.dumps(list(event.keywords), ensure_ascii=False)])
            if event.article_ids:
                where, param = self._in("article_id", event.article_ids)
                self._execute(f"delete from pending_articles where {where}", [param])
            self._executemany(upsert_sql("event_articles", ["article_id", "event_id", "similarity", "assigned_at"],
                                         ["article_id"]),
                              [(aid, event.id, round(similarities[aid], 4), stamp) for aid in event.article_ids
                               if aid in similarities])

    def resolve_event_id(self, event_id: str) -> str:
        """The id an event has now: merged events resolve to the event that absorbed them."""
        seen = {event_id}
        while True:
            row = self._execute("select into_id from event_merges where old_id = ?", [event_id]).fetchone()
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
        with self.atomic():
            self._execute("update event_articles set event_id = ? where event_id = ?", [kept, absorbed])
            self._execute(upsert_sql("event_merges", ["old_id", "into_id", "merged_at", "reason"], ["old_id"]),
                          [absorbed, kept, now_iso(), reason])
            self._execute("update event_merges set into_id = ? where into_id = ?", [kept, absorbed])
            self._execute("delete from events where id = ?", [absorbed])
            self._execute("update events set first_seen = ?, last_seen = ?, n_articles = ?, n_outlets = ?, "
                          "updated_at = ? where id = ?",
                          [iso(min(old.first_seen, new.first_seen)), iso(max(old.last_seen, new.last_seen)),
                           len(old.article_ids) + len(new.article_ids), len(set(old.outlets) | set(new.outlets)),
                           now_iso(), kept])
        return self.event(kept)

    def event_view(self, event_id: str) -> EventView:
        event = self.event(event_id)
        sims: dict[str, float | None] = dict(self._execute(
            "select article_id, similarity from event_articles where event_id = ?", [event.id]).fetchall())
        arts = {a.id: a for a in self.articles_by_id(event.article_ids)}
        members = tuple(EventArticle(id=a.id, outlet=a.source, title=a.title, url=a.url, published=a.published,
                                     language=a.language, similarity=sims.get(a.id), copy_of=a.copy_of)
                        for a in (arts[x] for x in event.article_ids if x in arts))
        merged = tuple(r[0] for r in self._execute("select old_id from event_merges where into_id = ? "
                                                   "order by merged_at, old_id", [event.id]))
        return EventView(event=event, articles=members, merged_ids=merged)

    def event_merges(self) -> list[EventMerge]:
        """Every merge recorded, oldest first."""
        rows = self._execute("select old_id, into_id, merged_at, reason from event_merges "
                             "order by merged_at, old_id").fetchall()
        return [EventMerge(old_id=r[0], into_id=r[1], merged_at=self._time(r[2]), reason=r[3] or "") for r in rows]

    def clear_events(self, since: datetime | None = None) -> int:
        """Forget events (all, or those still active since `since`) so they can be rebuilt;
        their articles become unassigned. Returns how many events were removed."""
        span, params = ("last_seen >= ?", [iso(since)]) if since else ("true", [])
        with self.atomic():
            ids = [r[0] for r in self._execute(f"select id from events where {span}", params)]
            if ids:
                (of_events, param), (by_id, _) = self._in("event_id", ids), self._in("id", ids)
                self._execute(f"insert into pending_articles select article_id from event_articles "
                              f"where {of_events} on conflict do nothing", [param])
                self._execute(f"delete from event_articles where {of_events}", [param])
                self._execute(f"delete from events where {by_id}", [param])
        return len(ids)

    def events(self, since: datetime | None = None) -> list[Event]:
        if since:
            return self._events_where("last_seen >= ?", [iso(since)])
        return self._events_where("true", [])

    def event(self, event_id: str) -> Event:
        for ev in self._events_where("id = ?", [self.resolve_event_id(event_id)]):
            return ev
        raise UnknownEventError(f"unknown event id {event_id!r} (see `aggregator events`)")

    def events_by_id(self, event_ids: Iterable[str]) -> list[Event]:
        """Events by id, each once; merged ids resolve to the event that absorbed them."""
        ids = list(dict.fromkeys(self.resolve_event_id(e) for e in event_ids))
        if not ids:
            return []
        where, param = self._in("id", ids)
        return self._events_where(where, [param])

    def _events_where(self, where: str, params: Sequence[Any]) -> list[Event]:
        rows = self._execute(f"select id, label, first_seen, last_seen, keywords, updated_at from events "
                             f"where {where} order by first_seen, id", params).fetchall()
        members: dict[str, list[tuple[str, str]]] = {}
        if rows:
            inside, param = self._in("ea.event_id", [r[0] for r in rows])
            for eid, aid, source in self._execute(
                    "select ea.event_id, a.id, a.source from event_articles ea join articles a on a.id = ea.article_id "
                    f"where {inside} order by coalesce(a.published, a.fetched_at), a.id", [param]):
                members.setdefault(eid, []).append((aid, source))
        return [Event(id=r[0], label=r[1], first_seen=self._when(r[2], "events.first_seen"),
                      last_seen=self._when(r[3], "events.last_seen"),
                      article_ids=tuple(a for a, _ in members.get(r[0], [])),
                      outlets=tuple(s for _, s in members.get(r[0], [])),
                      keywords=tuple(json.loads(r[4])) if r[4] else (), updated_at=self._time(r[5])) for r in rows]

    # --- stories (events/stories.py) -------------------------------------------------------------
    def resolve_story_id(self, story_id: str) -> str:
        """The id a story has now: merged stories resolve to the story that absorbed them."""
        row = self._execute("select into_id from story_merges where old_id = ?", [story_id]).fetchone()
        return row[0] if row else story_id

    def story_of_events(self, event_ids: Iterable[str]) -> dict[str, str]:
        """The story of each event that has one (events merged into it count as it)."""
        ids = list(dict.fromkeys(event_ids))
        if not ids:
            return {}
        where, param = self._in("into_id", ids)
        alias: dict[str, str] = dict(self._execute(f"select old_id, into_id from event_merges where {where}",
                                                   [param]).fetchall())
        where, param = self._in("event_id", ids + list(alias))
        out: dict[str, str] = {}
        for event_id, story_id in self._execute(f"select event_id, story_id from story_events where {where} "
                                                "order by event_id", [param]):
            out.setdefault(alias.get(event_id, event_id), self.resolve_story_id(story_id))
        return out

    def story(self, story_id: str) -> Story:
        sid = self.resolve_story_id(story_id)
        row = self._execute("select id, label, first_seen, last_seen from stories where id = ?", [sid]).fetchone()
        if row is None:
            raise UnknownEventError(f"unknown story id {story_id!r} (see `aggregator events`)")
        linked = [r[0] for r in self._execute("select event_id from story_events where story_id = ?", [sid])]
        events = sorted(self.events_by_id(linked), key=lambda ev: (ev.first_seen, ev.id))
        return Story(id=row[0], label=row[1], first_seen=self._when(row[2], "stories.first_seen"),
                     last_seen=self._when(row[3], "stories.last_seen"), event_ids=tuple(ev.id for ev in events))

    def save_story(self, story: Story, links: dict[str, float]) -> None:
        """Write a story and link the events in `links` (event id -> link similarity) to it."""
        stamp = now_iso()
        with self.atomic():
            self._execute(upsert_sql("stories", STORY_COLUMNS, ["id"], keep=["created_at"]),
                          [story.id, story.label, iso(story.first_seen), iso(story.last_seen), len(story.event_ids),
                           stamp, stamp])
            self._executemany(upsert_sql("story_events", ["event_id", "story_id", "similarity", "linked_at"],
                                         ["event_id"]),
                              [(event_id, story.id, round(similarity, 4), stamp)
                               for event_id, similarity in links.items()])

    def merge_stories(self, absorbed: str, kept: str) -> None:
        """Fold story `absorbed` into `kept`; the old id keeps resolving."""
        absorbed, kept = self.resolve_story_id(absorbed), self.resolve_story_id(kept)
        if absorbed == kept:
            return
        with self.atomic():
            self._execute("update story_events set story_id = ? where story_id = ?", [kept, absorbed])
            self._execute(upsert_sql("story_merges", ["old_id", "into_id", "merged_at"], ["old_id"]),
                          [absorbed, kept, now_iso()])
            self._execute("update story_merges set into_id = ? where into_id = ?", [kept, absorbed])
            self._execute("delete from stories where id = ?", [absorbed])

    # --- comparisons kept for the site (render/cached.py, render/site.py, web/) -------------------------
    def cached_comparison(self, event_id: str) -> CachedComparisonRow | None:
        """The cached comparison of an event, or None."""
        row = self._execute("select event_updated, fingerprint, comparison, digest from comparison_cache "
                            "where event_id = ?", [event_id]).fetchone()
        return CachedComparisonRow(event_id, self._time_text(row[0]), row[1], row[2], row[3]) if row else None

    def cache_comparison(self, event_id: str, event_updated: datetime | None, fingerprint: str,
                         comparison: str, digest: str) -> None:
        self._write(upsert_sql("comparison_cache", ["event_id", "event_updated", "fingerprint", "comparison", "digest",
                                                    "built_at"], ["event_id"]),
                    [event_id, iso(event_updated), fingerprint, comparison, digest, now_iso()])

    def cached_digests(self) -> dict[str, tuple[str | None, str, str]]:
        """Event id → (event_updated, fingerprint, digest JSON) for every cached comparison."""
        return {r[0]: (self._time_text(r[1]), r[2], r[3]) for r in self._execute(
            "select event_id, event_updated, fingerprint, digest from comparison_cache")}

    def prune_comparison_cache(self) -> int:
        """Forget cached comparisons of events that no longer exist (merged, reclustered)."""
        return self._write("delete from comparison_cache where event_id not in (select id from events)").rowcount or 0

    def data_version(self) -> tuple[Any, ...]:
        """A cheap token that changes whenever events, their cached comparisons or the outlets
        change (`aggregator serve` renders its lists once per version)."""
        return tuple(self._execute(
            "select (select max(updated_at) from events), (select count(*) from events), "
            "(select max(built_at) from comparison_cache), (select count(*) from comparison_cache), "
            "(select count(*) from sources), (select count(*) from event_merges)").fetchone())
