"""Dates from feeds, sitemaps, pages and imports: parsed one way and checked for sanity.

Publishers and archives carry placeholder and broken dates (`0001-01-01T00:00:00+01:00`,
`9999-12-31`, offsets of `+25:00`, a 2099 copyright year read as the date). A bad date must
never abort an import or drop a page: the date is dropped (and the caller says so), the
report is kept. Every date the pipeline stores passes `sane_date`.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta

from dateutil import parser as dateparser

log = logging.getLogger(__name__)

# Online news archives start in the 1990s; an earlier "publication" date is a placeholder
# (year 1, the Unix epoch) or a misread number, and would put the report outside any event.
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
# A date up to a day ahead is kept: sites stamp local time as UTC or the reverse, which shifts a
# fresh report by up to 14 hours. Further ahead is a parsing error, not news from the future.
FUTURE_SLACK = timedelta(days=1)


def parse_date(value: object) -> datetime | None:
    """A timezone-aware UTC datetime from an ISO-ish or free-form string, or None.

    Naive values are taken as UTC. Never raises: unreadable values, offsets beyond ±24 h and
    dates that overflow when moved to UTC all give None. No range check (see `sane_date`).
    """
    if not value:
        return None
    if isinstance(value, datetime):
        parsed = value
    else:
        text = str(value).strip()
        try:
            parsed = dateparser.isoparse(text)
        except (ValueError, OverflowError):
            try:
                parsed = dateparser.parse(text)
            except (ValueError, OverflowError, TypeError) as exc:  # dateutil's ParserError is a ValueError
                log.debug("unreadable date %r: %s", text, exc)
                return None
    try:
        if parsed.tzinfo is None:
            return parsed.replace(tzinfo=UTC)
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError) as exc:  # year 1 at +01:00, or an offset of 25 hours
        log.debug("date %r out of range: %s", value, exc)
        return None


def sane_date(value: datetime | None, now: datetime | None = None) -> datetime | None:
    """`value` when it lies between 1990-01-01 and a day after `now`; else None."""
    if value is None:
        return None
    now = now or datetime.now(UTC)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value if EARLIEST <= value <= now + FUTURE_SLACK else None


def checked_date(value: object, now: datetime | None = None) -> tuple[datetime | None, str]:
    """(the sane date or None, a note saying why a given value was dropped; "" when kept)."""
    if value is None or value == "":
        return None, ""
    if not isinstance(value, (str, date)):  # YAML gives dates and datetimes; JSON only strings
        return None, f"date {value!r} is not a string, dropped"
    parsed = parse_date(value)
    if parsed is None:
        return None, f"unreadable date {str(value)[:60]!r}, dropped"
    if sane_date(parsed, now) is None:
        return None, (f"date {str(value)[:60]!r} outside {EARLIEST:%Y-%m-%d} to tomorrow, dropped")
    return parsed, ""
