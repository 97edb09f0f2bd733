"""Dates from feeds, sitemaps, pages and imports: parsed one way and checked for sanity.

Publishers and archives carry placeholder and broken dates (`0001-01-01T00:00:00+01:00`,
`9999-12-31`, offsets of `+25:00`, a 2099 copyright year read as the date). A bad date must
never abort an import or drop a page: the date is dropped (and the caller says so), the
report is kept. Every date the pipeline stores passes `sane_date`.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime

from dateutil import parser as dateparser

log = logging.getLogger(__name__)

# Online news archives start in the 1990s; an earlier "publication" date is a placeholder
# (year 1, the Unix epoch) or a misread number, and would put the report outside any event.
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
# A date up to a day ahead is kept: sites stamp local time as UTC or the reverse, which shifts a
# fresh report by up to 14 hours. Further ahead is a parsing error, not news from the future.
FUTURE_SLACK = timedelta(days=1)
# A server's HTTP Date header further than this from the local clock means one of the two clocks
# is wrong; servers' clocks are NTP-synchronised far more often than a forgotten cron box's, so
# dates are then checked against the server's. A day: the same slack as for dates ahead.
CLOCK_TOLERANCE = timedelta(days=1)


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


def server_now(headers: dict[str, str], local: datetime | None = None) -> tuple[datetime, timedelta | None]:
    """(the "now" that dates from this response are checked against, the server's clock minus
    ours when they disagree by more than `CLOCK_TOLERANCE`, else None).

    A run on a machine whose clock is behind (set to 2020) would drop every fresh date as
    "after tomorrow"; with 304s on later runs those dates would never be read again. The
    response's own `Date` header (RFC 9110 requires origin servers with a clock to send it)
    is the second opinion. A missing or unreadable header leaves the local clock in charge.
    """
    local = local or datetime.now(UTC)
    raw = headers.get("date", "")
    if not raw or raw.count(",") > 1:  # none, or several Date headers joined: no second opinion
        return local, None
    try:
        server = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError) as exc:
        log.debug("unreadable Date header %r: %s", raw[:60], exc)
        return local, None
    if server.tzinfo is None:
        server = server.replace(tzinfo=UTC)
    server = server.astimezone(UTC)
    if sane_date(server, server) is None:  # a server stamping 1970 is no better a clock
        return local, None
    skew = server - local
    if abs(skew) <= CLOCK_TOLERANCE:
        return local, None
    return server, skew


def describe_skew(skew: timedelta) -> str:
    """"local clock 2 days 3 h behind the server's Date header" (or ahead of it)."""
    size = abs(skew)
    days, hours = size.days, size.seconds // 3600
    amount = f"{days} day{'s' if days != 1 else ''}" + (f" {hours} h" if hours else "")
    return f"local clock {amount} {'behind' if skew > timedelta(0) else 'ahead of'} the server's Date header"
