"""The Jinja2 environment of the site and `aggregator serve`: autoescaping everywhere.

Every page is rendered from templates under `aggregator/templates/` with autoescaping on (HTML
and the Atom feed alike), so a headline `<script>alert(1)</script>` reaches the reader as
those characters. Links go through `safe_url` (only absolute http(s) URLs become links: a
`javascript:` URL in a feed is shown as text), data for the page's script is embedded as JSON
with `<`, `>`, `&` and line separators escaped, and the one inline script is allowed by its
SHA-256 in a Content-Security-Policy, so even markup that slipped through could not run code.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
from datetime import datetime
from functools import lru_cache
from importlib import resources

import jinja2
from markupsafe import Markup

from .escape import safe_url, strip_bidi

logger = logging.getLogger(__name__)

_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                 0x2028: "\\u2028", 0x2029: "\\u2029"}
_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def _asset(name: str) -> str:
    return resources.files("aggregator").joinpath("templates", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def script() -> str:
    """The site's one script (vanilla JS, inline in every page)."""
    return _asset("site.js")


@lru_cache(maxsize=1)
def style() -> str:
    return _asset("site.css")


def csp() -> str:
    """The Content-Security-Policy of every page: nothing from the network, only our script."""
    digest = base64.b64encode(hashlib.sha256(script().encode("utf-8")).digest()).decode()
    return ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
            f"script-src 'sha256-{digest}'; form-action 'self'; base-uri 'none'")


def json_script(value: object) -> Markup:
    """JSON for a `<script type="application/json">` block: it cannot close the element, and
    bidi controls are dropped as they are from the page's text (so names match the page's)."""
    text = strip_bidi(json.dumps(value, ensure_ascii=False, separators=(",", ":")))
    return Markup(text.translate(_JSON_ESCAPES))


def slug(name: str) -> str:
    """A file name for an outlet: readable ASCII plus a hash, so two names never collide."""
    ascii_part = _SLUG_DROP.sub("-", strip_bidi(name).lower()).strip("-")[:40]
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:6]
    return f"{ascii_part}-{digest}" if ascii_part else digest


def fmt_time(value: datetime | str | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    if not value:
        return "?"
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value).strftime(fmt)
        except ValueError:
            return value
    return value.strftime(fmt)


def clean(text: object) -> str:
    """Text for a page: bidi controls dropped (autoescaping does the rest)."""
    return strip_bidi("" if text is None else str(text))


def _finalize(value: object) -> object:
    """Every `{{ … }}` output: bidi controls dropped from text (markup we built is left alone)."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return strip_bidi(value)
    return value


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("aggregator", "templates"),
        autoescape=jinja2.select_autoescape(("html", "atom", "xml"), default_for_string=True, default=True),
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        finalize=_finalize)
    env.filters.update(safe_url=safe_url, json_script=json_script, slug=slug, time=fmt_time, clean=clean)
    env.globals.update(script=script, style=style, csp=csp)
    return env


def render(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)


def template_fingerprint() -> str:
    """A hash of every template and asset: a page is rewritten when its template changes."""
    digest = hashlib.sha1()
    folder = resources.files("aggregator").joinpath("templates")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.is_file():
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()[:16]
