"""Geometry of the inline SVG charts (bar charts, the coverage timeline); templates draw them.

Made here rather than by a charting library: a few rectangles and circles need no dependency,
and the pages must work offline, from `file://`, in print and for colour-blind readers. So
every bar carries its label and count as text, categories differ by fill *pattern* as well as
colour (Okabe–Ito palette, distinguishable under the common colour-vision deficiencies), and
timeline markers differ by shape, with a legend.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

# Okabe & Ito (2008), "Color Universal Design": eight colours told apart by deuteranopes,
# protanopes and tritanopes; black is left for text.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
PATTERNS = ("solid", "hatch", "dots", "cross", "vertical", "horizontal", "checks")
BAR_HEIGHT = 18  # px per bar; labels are 12 px text, so two lines never touch
BAR_GAP = 6
LABEL_WIDTH = 150  # px of text before the bars at least; wider when a label needs it (text_width)
BAR_MAX = 220  # px of the longest bar
TIMELINE_WIDTH = 760  # px of the time axis; the page is 70rem wide at most
TIMELINE_ROW = 24  # px per outlet row
TIMELINE_LABEL = 170  # px for outlet names at the left
TIMELINE_TICKS = 5
LABEL_CHARS = 26  # longer outlet names are cut with an ellipsis (the full name is in the tooltip)
MIN_SPAN = timedelta(hours=2)  # an event whose reports all came out at once still gets an axis


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    y: int
    width: int
    pattern: str
    colour: str


@dataclass(frozen=True)
class BarChart:
    id: str
    title: str
    bars: tuple[Bar, ...]
    width: int
    height: int
    label_width: int = LABEL_WIDTH


def bar_chart(chart_id: str, title: str, counts: list[tuple[str, int]]) -> BarChart:
    """Horizontal bars, largest first; each category keeps its pattern and colour by rank."""
    top = max((c for _, c in counts), default=1) or 1
    bars = tuple(Bar(label=label or "unknown", count=count, y=i * (BAR_HEIGHT + BAR_GAP),
                     width=max(2, round(BAR_MAX * count / top)), pattern=PATTERNS[i % len(PATTERNS)],
                     colour=PALETTE[i % len(PALETTE)])
                 for i, (label, count) in enumerate(sorted(counts, key=lambda x: (-x[1], x[0]))))
    height = max(BAR_HEIGHT, len(bars) * (BAR_HEIGHT + BAR_GAP) - BAR_GAP)
    label_width = max([LABEL_WIDTH] + [text_width(b.label) + 12 for b in bars])
    return BarChart(chart_id, title, bars, label_width + BAR_MAX + 40, height, label_width)


def text_width(text: str, size: int = 12) -> int:
    """A generous estimate of `text`'s width in px at `size` px system-ui: wide (CJK) characters
    count a full em, capitals and digits 0.7 em, the rest 0.6 em, so a label is never cut."""
    em = 0.0
    for ch in text:
        if unicodedata.east_asian_width(ch) in ("W", "F"):
            em += 1.0
        elif ch.isupper() or ch.isdigit() or ch in "mwMW":
            em += 0.72
        else:
            em += 0.6
    return int(em * size + 0.999)


@dataclass(frozen=True)
class Marker:
    x: float
    y: float
    kind: str  # "first", "article", "undated" (placed at fetch time), "edit" (a later version seen), "unknown"
    outlet: str
    title: str
    when: str
    url: str
    anchor: str  # the outlet's report section on the page


@dataclass(frozen=True)
class Tick:
    x: float
    label: str
    anchor: str = "middle"  # SVG text-anchor: the first and last labels stay inside the chart


@dataclass(frozen=True)
class TimelineRow:
    outlet: str
    y: float
    short: str = ""  # the name as it fits the label column


@dataclass(frozen=True)
class Timeline:
    rows: tuple[TimelineRow, ...]
    markers: tuple[Marker, ...]
    ticks: tuple[Tick, ...]
    width: int
    height: int
    label_width: int
    first_outlet: str


@dataclass(frozen=True)
class TimelineItem:
    """One article of the event as the timeline shows it."""

    article_id: str
    outlet: str
    title: str
    url: str
    published: datetime | None
    fetched_at: datetime | None
    edits: tuple[datetime, ...] = ()  # when a changed text of it was seen


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def timeline(items: list[TimelineItem], anchors: dict[str, str]) -> Timeline | None:
    """Who published when: one row per outlet in order of first publication; the first report
    of the event marked; later versions of an article as separate markers."""
    placed = [(i, _utc(when)) for i in items if (when := i.published or i.fetched_at)]
    unknown = [i for i in items if not (i.published or i.fetched_at)]
    if not placed:
        return _unknown_only(unknown, anchors) if unknown else None
    # reports that give a date but no time (midnight exactly): the axis reads in dates
    dates_only = all(t.timetz().replace(tzinfo=None) == time(0) for _, t in placed)
    times = [t for _, t in placed] + [_utc(e) for i in items for e in i.edits]
    start, end = min(times), max(times)
    if end - start < MIN_SPAN:
        pad = (MIN_SPAN - (end - start)) / 2
        start, end = start - pad, end + pad
    span = (end - start).total_seconds()

    def x_of(t: datetime) -> float:
        return round(TIMELINE_LABEL + 10 + (TIMELINE_WIDTH - 20) * (_utc(t) - start).total_seconds() / span, 1)

    order: list[str] = []
    for item, _ in sorted(placed, key=lambda p: p[1]):
        if item.outlet not in order:
            order.append(item.outlet)
    rows = tuple(TimelineRow(o, 20 + i * TIMELINE_ROW, _shorten(o)) for i, o in enumerate(order))
    y_of = {r.outlet: r.y for r in rows}
    stamp = "%Y-%m-%d (date only)" if dates_only else "%Y-%m-%d %H:%M UTC"
    first = min(placed, key=lambda p: p[1])[0]
    markers = []
    for item, when in placed:
        kind = "first" if item is first else ("article" if item.published else "undated")
        markers.append(Marker(x_of(when), y_of[item.outlet], kind, item.outlet, item.title,
                              when.strftime(stamp), item.url, anchors.get(item.outlet, "")))
        for edit in item.edits:
            markers.append(Marker(x_of(edit), y_of[item.outlet], "edit", item.outlet, item.title,
                                  _utc(edit).strftime("%Y-%m-%d %H:%M UTC"), item.url, anchors.get(item.outlet, "")))
    step = span / (TIMELINE_TICKS - 1)
    fmt = "%Y-%m-%d" if dates_only or span >= 3 * 86400 else "%m-%d %H:%M"
    ticks = tuple(Tick(x_of(start + timedelta(seconds=step * k)), (start + timedelta(seconds=step * k)).strftime(fmt),
                       "start" if k == 0 else "end" if k == TIMELINE_TICKS - 1 else "middle")
                  for k in range(TIMELINE_TICKS))
    if unknown:  # one more row: reports that give no time at all, in no particular order
        y = 20 + len(rows) * TIMELINE_ROW
        rows += (TimelineRow(UNKNOWN_ROW, y, UNKNOWN_ROW),)
        markers += _unknown_markers(unknown, y, anchors)
    height = 20 + len(rows) * TIMELINE_ROW + 30
    return Timeline(rows, tuple(markers), ticks, TIMELINE_LABEL + TIMELINE_WIDTH + 10, height, TIMELINE_LABEL,
                    first.outlet)


UNKNOWN_ROW = "time unknown"


def _unknown_markers(items: list[TimelineItem], y: float, anchors: dict[str, str]) -> list[Marker]:
    step = (TIMELINE_WIDTH - 20) / max(1, len(items))
    return [Marker(round(TIMELINE_LABEL + 10 + step * (k + 0.5), 1), y, "unknown", i.outlet, i.title, "time unknown",
                   i.url, anchors.get(i.outlet, "")) for k, i in enumerate(items)]


def _unknown_only(items: list[TimelineItem], anchors: dict[str, str]) -> Timeline:
    """No report gives a time: one 'time unknown' row with a mark per report, no axis."""
    row = TimelineRow(UNKNOWN_ROW, 20, UNKNOWN_ROW)
    return Timeline((row,), tuple(_unknown_markers(items, 20, anchors)), (), TIMELINE_LABEL + TIMELINE_WIDTH + 10,
                    20 + TIMELINE_ROW + 30, TIMELINE_LABEL, "")


def _shorten(name: str) -> str:
    """The name as it fits the label column (in characters and in estimated width); the full
    name is in the row's tooltip."""
    short = name if len(name) <= LABEL_CHARS else name[:LABEL_CHARS - 1].rstrip() + "…"
    while text_width(short) > TIMELINE_LABEL - 10 and len(short) > 2:
        short = short[:-2].rstrip() + "…"
    return short
