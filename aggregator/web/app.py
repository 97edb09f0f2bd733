"""The web app of `aggregator serve` (Starlette): the site's pages, search, and a JSON API.

Every route is a GET; the app never writes to the database (see `data.py`). Pages are the
templates of the static site with `live` on (a search box, links to the API); every response
carries the same Content-Security-Policy as the static pages, so nothing loads from the network
and only the site's own script runs.
"""

from __future__ import annotations

import logging
from dataclasses import asdict
from datetime import datetime

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from ..config.settings import Settings
from ..errors import UnknownEventError
from ..render.cached import json_report
from ..render.page import event_page
from ..render.site import MIN_OUTLETS, feed_context, index_context, index_rows, known_outlets, outlet_context
from ..render.templating import csp, render
from .data import LiveData, snippet_markup, snippet_text

logger = logging.getLogger(__name__)

SEARCH_LIMIT = 50  # results on the search page and the API's default
MAX_LIMIT = 1000  # the most rows one API call returns
HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}


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


def _date(request: Request, name: str) -> str:
    raw = request.query_params.get(name, "")
    if raw:
        try:
            datetime.fromisoformat(raw)
        except ValueError:
            raise HTTPException(400, f"{name}: expected a date (YYYY-MM-DD), got {raw!r}") from None
    return raw


def create_app(settings: Settings) -> Starlette:
    """The app over the database of `settings` (refused at once if it does not exist)."""
    live = LiveData(settings)

    def page(html: str, status: int = 200) -> HTMLResponse:
        return HTMLResponse(html, status_code=status, headers={**HEADERS, "Content-Security-Policy": csp()})

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
                                                        root="/", live=True))
        return page(live.memo("index", build))

    def event(request: Request) -> Response:
        ev = event_or_404(request.path_params["event_id"])
        if ev.id != request.path_params["event_id"]:  # a merged id: the event that absorbed it
            return RedirectResponse(f"/events/{ev.id}.html", status_code=301)
        found = live.comparison(ev)
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
        since, until = _date(request, "since"), _date(request, "until")
        min_outlets = _int(request, "min_outlets", 1, 10_000)
        limit, offset = _int(request, "limit", 100, MAX_LIMIT), _int(request, "offset", 0, 10**9)
        all_rows = live.memo("rows", lambda: index_rows(live.events(), known_outlets(live.store)))
        rows = [dict(r) for r in all_rows if len(r["outlets"]) >= min_outlets]
        rows = [r for r in rows
                if (not text or text in r["text"]) and (not outlet_ or outlet_ in r["outlets"])
                and (not country or country in r["countries"]) and (not affiliation or affiliation in r["affiliations"])
                and (not since or r["last_seen"][:10] >= since[:10])
                and (not until or r["first_seen"][:10] <= until[:10])]
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
        return Response(json_report(live.comparison(ev).data), media_type="application/json", headers=HEADERS)

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
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code, headers=HEADERS)
        return page(render("error.html", root="/", live=True, site=True, status=exc.status_code,
                           message=exc.detail), exc.status_code)

    routes = [
        Route("/", index), Route("/index.html", index),
        Route("/events/{event_id}.html", event), Route("/outlets/{slug}.html", outlet),
        Route("/feed.atom", feed), Route("/search", search),
        Route("/api/events", api_events), Route("/api/events/{event_id}", api_event),
        Route("/api/events/{event_id}/comparison", api_comparison),
        Route("/api/outlets/{name:path}", api_outlet), Route("/api/search", api_search),
    ]
    return Starlette(routes=routes, exception_handlers={HTTPException: not_found})
