"""Turn a `Comparison` into a report: JSON for programs, Markdown and HTML for people.

The JSON (`as_json.to_dict`) is the contract, documented field by field in the README; the
Markdown and HTML are written to be read on their own, main differences first.
"""

from __future__ import annotations

from ..models import Comparison
from .as_html import to_html
from .as_json import to_dict, to_json
from .as_markdown import to_markdown

FORMATS = ("md", "json", "html", "page")


def _page(comp: Comparison) -> str:
    """The visual event page (grid, timeline, side by side), as the site shows it, on its own."""
    from .page import to_page  # Jinja2 templates: loaded only when a page is asked for

    return to_page(comp)


_RENDERERS = {"md": to_markdown, "json": to_json, "html": to_html, "page": _page}


def render(comp: Comparison, fmt: str) -> str:
    """`md` and `html`: the report as a document; `json`: the contract; `page`: the visual page."""
    if fmt not in _RENDERERS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return _RENDERERS[fmt](comp)


__all__ = ["FORMATS", "render", "to_dict", "to_json", "to_markdown", "to_html"]
