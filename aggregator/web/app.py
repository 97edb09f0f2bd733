"""The web app of `aggregator serve` (Starlette): the site's pages, search, and a JSON API.

Every route is a GET; the app never writes to the database (see `data.py`). Pages are the
templates of the static site with `live` on (a search box, links to the API); every response
carries the same Content-Security-Policy as the static pages, so nothing loads from the network
and only the site's own script runs.

A request whose database connection turns out to be lost (PostgreSQL restarted) drops it and is
tried once more on a new one; a database still down, or a comparison past `serve_comparisons`,
is answered 503 with Retry-After.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, date, datetime

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from ..config.settings import Settings
from ..errors import UnknownEventError
from ..render.cached import json_report
from ..render.page import event_page
from ..render.site import MIN_OUTLETS, feed_context, index_context, index_rows, known_outlets, outlet_context
from ..render.templating import csp, render
from ..store.pgconn import connection_lost
from .data import ComparisonsBusy, LiveData, snippet_markup, snippet_text

logger = logging.getLogger(__name__)

SEARCH_LIMIT = 50  # results on the search page and the API's default
MAX_LIMIT = 1000  # the most rows one API call returns
HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}
# Seconds a 503 asks a client to wait: a PostgreSQL restart, or another comparison (a second or so)
RETRY_AFTER = 5
# Responses of at least GZIP_MIN_BYTES are gzipped for clients that accept it (smaller ones gain
# less than the header costs). Level 6, zlib's default: a 300-report event's comparison JSON
# (6.9 MB) takes 0.09 s to 0.57 MB, against 0.14 s to 0.56 MB at level 9 (Starlette's default).
GZIP_MIN_BYTES = 1024
GZIP_LEVEL = 6
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?")


def _int(request: Request, name: str, default: int, top: int) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise HTTPException(400, f"{name}: expected a whole number, got {raw!r}") from None
    if not 0 <= value <= top:
        raise HTTPException(400, f"{name}: {value} is not between 0 and {top}")
    return value


def _when(request: Request, name: str) -> date | datetime | None:
    """An ISO date (2026-01-01: the whole day) or date and time (2026-01-01T12:00:00Z, UTC when
    no offset is given); anything else (20260101, 01/01/2026) is a 400, not a string compared."""
    raw = request.query_params.get(name, "").strip()
    if not raw:
        return None
    try:
        if _ISO_DATE.fullmatch(raw):
            return date.fromisoformat(raw)
        if _ISO_DATETIME.fullmatch(raw):
            when = datetime.fromisoformat(raw)
            return when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)
    except ValueError:
        pass  # shaped like a date but not one (2026-02-30): refused below, as any other text
    raise HTTPException(400, f"{name}: expected an ISO date (2026-01-01) or date and time "
                             f"(2026-01-01T12:00:00Z), got {raw[:40]!r}")


def _on_or_after(seen: str, bound: date | datetime | None) -> bool:
    """Whether the event time `seen` (ISO, UTC) is on or after `bound` (a date: that day)."""
    if bound is None:
        return True
    when = datetime.fromisoformat(seen)
    return when >= bound if isinstance(bound, datetime) else when.date() >= bound


def _on_or_before(seen: str, bound: date | datetime | None) -> bool:
    if bound is None:
        return True
    when = datetime.fromisoformat(seen)
    return when <= bound if isinstance(bound, datetime) else when.date() <= bound


def create_app(settings: Settings) -> Starlette:
    """The app over the database of `settings` (refused at once if it does not exist)."""
    live = LiveData(settings)

    def page(html: str, status: int = 200, headers: dict[str, str] | None = None) -> HTMLResponse:
        return HTMLResponse(html, status_code=status,
                            headers={**HEADERS, **(headers or {}), "Content-Security-Policy": csp()})

    def recovering(handler: Callable[[Request], Response]) -> Callable[[Request], Response]:
        """`handler`, tried once more on a new connection when its connection was lost (a
        PostgreSQL restart closes every connection serve holds); 503 if the database is still
        down. Runs in the request's worker thread, whose store `live.reconnect` drops."""
        def run(request: Request) -> Response:
            try:
                return handler(request)
            except Exception as exc:
                if not connection_lost(exc):
                    raise
                logger.warning("%s: database connection lost (%s: %s); reconnecting", request.url.path,
                               type(exc).__name__, _first_line(exc))
                live.reconnect()
            try:
                return handler(request)
            except Exception as exc:
                if not connection_lost(exc):
                    raise
                live.reconnect()
                logger.warning("%s: database unavailable: %s", request.url.path, _first_line(exc))
                raise HTTPException(503, "the database is unavailable; try again shortly",
                                    headers={"Retry-After": str(RETRY_AFTER)}) from None
        return run

    def comparison(ev):
        try:
            return live.comparison(ev)
        except ComparisonsBusy as exc:
            logger.info("503 for %s: %s", ev.id, exc)
            raise HTTPException(503, f"busy computing other comparisons; try event {ev.id} again shortly",
                                headers={"Retry-After": str(RETRY_AFTER)}) from None

    def event_or_404(event_id: str):
        try:
            return live.store.event(event_id)
        except UnknownEventError:
            raise HTTPException(404, f"unknown event id {event_id!r}") from None

    def shown_events():
        return [e for e in live.events() if len(set(e.outlets)) >= MIN_OUTLETS]

    def index(request: Request) -> Response:
        def build() -> str:
            shown = shown_events()
            return render("index.html", **index_context(shown, known_outlets(live.store),
                                                        len(live.events()) - len(shown),
                                                        root="/", live=True, digests=live.digests()))
        return page(live.memo("index", build))

    def event(request: Request) -> Response:
        ev = event_or_404(request.path_params["event_id"])
        if ev.id != request.path_params["event_id"]:  # a merged id: the event that absorbed it
            return RedirectResponse(f"/events/{ev.id}.html", status_code=301)
        found = comparison(ev)
        return page(event_page(found.data, live.extras(ev), found.digest, live=True, root="/"))

    def outlet(request: Request) -> Response:
        name = live.outlet_by_slug(request.path_params["slug"])
        if name is None:
            raise HTTPException(404, "unknown outlet")
        return page(live.memo(f"outlet:{name}", lambda: render("outlet.html", **outlet_context(
            name, known_outlets(live.store), shown_events(), live.digests(), root="/", live=True))))

    def feed(request: Request) -> Response:
        return Response(live.memo("feed", lambda: render("feed.atom", **feed_context(shown_events(), live.digests()))),
                        media_type="application/atom+xml", headers=HEADERS)

    def search(request: Request) -> Response:
        query = request.query_params.get("q", "").strip()
        results = [{**asdict(r), "snippet": snippet_markup(r.snippet)} for r in live.search(query, SEARCH_LIMIT)]
        return page(render("search.html", root="/", live=True, site=True, query=query, results=results,
                           limit=SEARCH_LIMIT, error=""))

    # --- the JSON API -----------------------------------------------------------------------
    def api_events(request: Request) -> Response:
        text = request.query_params.get("q", "").strip().lower()
        outlet_, country = request.query_params.get("outlet", ""), request.query_params.get("country", "")
        affiliation = request.query_params.get("affiliation", "")
        since, until = _when(request, "since"), _when(request, "until")
        min_outlets = _int(request, "min_outlets", 1, 10_000)
        limit, offset = _int(request, "limit", 100, MAX_LIMIT), _int(request, "offset", 0, 10**9)
        all_rows = live.memo("rows", lambda: index_rows(live.events(), known_outlets(live.store), live.digests()))
        rows = [dict(r) for r in all_rows if len(r["outlets"]) >= min_outlets]
        rows = [r for r in rows
                if (not text or text in r["text"]) and (not outlet_ or outlet_ in r["outlets"])
                and (not country or country in r["countries"]) and (not affiliation or affiliation in r["affiliations"])
                and _on_or_after(r["last_seen"], since) and _on_or_before(r["first_seen"], until)]
        for r in rows:
            r.pop("text")
            r.pop("joined")
            r["page"] = f"/events/{r['id']}.html"
        return JSONResponse({"total": len(rows), "offset": offset, "events": rows[offset:offset + limit]},
                            headers=HEADERS)

    def api_event(request: Request) -> Response:
        view = live.store.event_view(event_or_404(request.path_params["event_id"]).id)
        ev = view.event
        return JSONResponse({
            "id": ev.id, "label": ev.label, "first_seen": ev.first_seen.isoformat(),
            "last_seen": ev.last_seen.isoformat(),
            "updated_at": ev.updated_at.isoformat() if ev.updated_at else None, "keywords": list(ev.keywords),
            "outlets": sorted(set(ev.outlets)), "merged_ids": list(view.merged_ids),
            "articles": [{"id": a.id, "outlet": a.outlet, "title": a.title, "url": a.url,
                          "published": a.published.isoformat() if a.published else None, "language": a.language,
                          "similarity": a.similarity, "copy_of": a.copy_of} for a in view.articles],
            "page": f"/events/{ev.id}.html", "comparison": f"/api/events/{ev.id}/comparison"}, headers=HEADERS)

    def api_comparison(request: Request) -> Response:
        ev = event_or_404(request.path_params["event_id"])
        if len(set(ev.outlets)) < MIN_OUTLETS:
            raise HTTPException(404, f"event {ev.id} has one outlet: nothing to compare")
        return Response(json_report(comparison(ev).data), media_type="application/json", headers=HEADERS)

    def api_outlet(request: Request) -> Response:
        name = request.path_params["name"]
        sources = known_outlets(live.store)
        events = shown_events()
        if name not in sources and not any(name in e.outlets for e in events):
            raise HTTPException(404, f"unknown outlet {name!r}")
        ctx = dict(live.memo(f"outlet-data:{name}", lambda: outlet_context(name, sources, events, live.digests(),
                                                                            root="/", live=True)))
        for key in ("root", "live", "site"):
            ctx.pop(key)
        return JSONResponse(ctx, headers=HEADERS)

    def api_search(request: Request) -> Response:
        query = request.query_params.get("q", "").strip()
        limit, offset = _int(request, "limit", SEARCH_LIMIT, MAX_LIMIT), _int(request, "offset", 0, 10**9)
        rows = [{**asdict(r), "snippet": snippet_text(r.snippet)} for r in live.search(query, limit, offset)]
        return JSONResponse({"query": query, "results": rows}, headers=HEADERS)

    async def not_found(request: Request, exc: Exception) -> Response:
        # Starlette types every handler as taking any Exception; this one is registered for
        # HTTPException only, so anything else goes back up unhandled.
        if not isinstance(exc, HTTPException):
            raise exc
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code,
                                headers={**HEADERS, **(exc.headers or {})})
        return page(render("error.html", root="/", live=True, site=True, status=exc.status_code,
                           message=exc.detail), exc.status_code, dict(exc.headers or {}))

    routes = [Route(path, recovering(handler)) for path, handler in (
        ("/", index), ("/index.html", index),
        ("/events/{event_id}.html", event), ("/outlets/{slug}.html", outlet),
        ("/feed.atom", feed), ("/search", search),
        ("/api/events", api_events), ("/api/events/{event_id}", api_event),
        ("/api/events/{event_id}/comparison", api_comparison),
        ("/api/outlets/{name:path}", api_outlet), ("/api/search", api_search),
    )]
    # a big event's comparison JSON is megabytes of repeated keys and sentences (issue 23:
    # benchmarks/big_event.py gives the bytes sent for a 300-report event)
    gzip = Middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES, compresslevel=GZIP_LEVEL)
    return Starlette(routes=routes, exception_handlers={HTTPException: not_found}, middleware=[gzip])


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
