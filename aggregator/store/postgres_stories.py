"""PgStore's stories (m009) and comparison cache (m010), and the time helpers both use: kept
apart so that postgres.py stays about articles, feeds, runs and events. Same behaviour as the
SQLite store's methods of the same names (tests/test_store_contract.py)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from ..errors import UnknownEventError
from ..models import CachedComparisonRow, Story
from .rows import iso, now_iso  # second precision in UTC: both backends keep the same times


def utc(value: datetime | None) -> datetime | None:
    return value.astimezone(UTC) if value is not None else None


class PgStoriesAndCache:
    """Mixed into PgStore: needs its `_q`, `atomic`, `events_by_id`."""

    # --- stories (m009) ---------------------------------------------------------------------
    def resolve_story_id(self, story_id: str) -> str:
        row = self._q("select into_id from story_merges where old_id = %s", [story_id]).fetchone()
        return row[0] if row else story_id

    def story_of_events(self, event_ids: Iterable[str]) -> dict[str, str]:
        ids = list(dict.fromkeys(event_ids))
        alias = dict(self._q("select old_id, into_id from event_merges where into_id = any(%s)", [ids]).fetchall())
        out: dict[str, str] = {}
        for event_id, story_id in self._q("select event_id, story_id from story_events where event_id = any(%s) "
                                          "order by event_id", [ids + list(alias)]):
            out.setdefault(alias.get(event_id, event_id), self.resolve_story_id(story_id))
        return out

    def story(self, story_id: str) -> Story:
        sid = self.resolve_story_id(story_id)
        row = self._q("select id, label, first_seen, last_seen from stories where id = %s", [sid]).fetchone()
        if row is None:
            raise UnknownEventError(f"unknown story id {story_id!r} (see `aggregator events`)")
        linked = [r[0] for r in self._q("select event_id from story_events where story_id = %s", [sid])]
        events = sorted(self.events_by_id(linked), key=lambda ev: (ev.first_seen, ev.id))
        return Story(id=row[0], label=row[1], first_seen=utc(row[2]), last_seen=utc(row[3]),
                     event_ids=tuple(ev.id for ev in events))

    def save_story(self, story: Story, links: dict[str, float]) -> None:
        stamp = now_iso()
        with self.atomic():
            self._q("insert into stories (id, label, first_seen, last_seen, n_events, created_at, updated_at) "
                    "values (%s, %s, %s, %s, %s, %s, %s) on conflict (id) do update set label = excluded.label, "
                    "first_seen = excluded.first_seen, last_seen = excluded.last_seen, "
                    "n_events = excluded.n_events, updated_at = excluded.updated_at",
                    [story.id, story.label, iso(story.first_seen), iso(story.last_seen), len(story.event_ids),
                     stamp, stamp])
            for event_id, similarity in links.items():
                self._q("insert into story_events (event_id, story_id, similarity, linked_at) values (%s, %s, %s, %s) "
                        "on conflict (event_id) do update set story_id = excluded.story_id, "
                        "similarity = excluded.similarity, linked_at = excluded.linked_at",
                        [event_id, story.id, round(similarity, 4), stamp])

    def merge_stories(self, absorbed: str, kept: str) -> None:
        absorbed, kept = self.resolve_story_id(absorbed), self.resolve_story_id(kept)
        if absorbed == kept:
            return
        with self.atomic():
            self._q("update story_events set story_id = %s where story_id = %s", [kept, absorbed])
            self._q("insert into story_merges (old_id, into_id, merged_at) values (%s, %s, %s) "
                    "on conflict (old_id) do update set into_id = excluded.into_id, merged_at = excluded.merged_at",
                    [absorbed, kept, now_iso()])
            self._q("update story_merges set into_id = %s where into_id = %s", [kept, absorbed])
            self._q("delete from stories where id = %s", [absorbed])

    # --- comparison cache (m010; render/cached.py, render/site.py) ----------------------------
    def cached_comparison(self, event_id: str) -> CachedComparisonRow | None:
        row = self._q("select event_updated, fingerprint, comparison, digest from comparison_cache "
                      "where event_id = %s", [event_id]).fetchone()
        return CachedComparisonRow(event_id, iso(row[0]), *row[1:]) if row else None

    def cache_comparison(self, event_id: str, event_updated: datetime | None, fingerprint: str,
                         comparison: str, digest: str) -> None:
        self._q("insert into comparison_cache (event_id, event_updated, fingerprint, comparison, digest, built_at) "
                "values (%s, %s, %s, %s, %s, %s) on conflict (event_id) do update set "
                "event_updated = excluded.event_updated, fingerprint = excluded.fingerprint, "
                "comparison = excluded.comparison, digest = excluded.digest, built_at = excluded.built_at",
                [event_id, iso(event_updated), fingerprint, comparison, digest, now_iso()])

    def cached_digests(self) -> dict[str, tuple[str | None, str, str]]:
        return {r[0]: (iso(r[1]), r[2], r[3]) for r in self._q(
            "select event_id, event_updated, fingerprint, digest from comparison_cache")}

    def prune_comparison_cache(self) -> int:
        cur = self._q("delete from comparison_cache where event_id not in (select id from events)")
        return cur.rowcount or 0

    def data_version(self) -> tuple:
        """As the SQLite store's: changes whenever events, cached comparisons or outlets change."""
        return tuple(self._q("select (select max(updated_at) from events), (select count(*) from events), "
            "(select max(built_at) from comparison_cache), (select count(*) from comparison_cache), "
            "(select count(*) from sources), (select count(*) from event_merges)").fetchone())
