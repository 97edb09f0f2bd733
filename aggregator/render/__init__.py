"""Turn a `Comparison` into a report: JSON for programs, Markdown and HTML for people.

The JSON (`as_json.to_dict`) is the contract, documented field by field in docs/report.md; the
Markdown and HTML are written to be read on their own, main differences first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from .. import plugins
from ..models import Comparison
from .as_html import to_html
from .as_json import to_dict, to_json
from .as_markdown import to_markdown


def formats() -> tuple[str, ...]:
    """The report formats registered in the `aggregator.formats` entry points: the built-in md,
    json, html and page (pyproject.toml), and any an installed package adds (docs/extending.md)."""
    return plugins.names(plugins.FORMATS)


def render(comp: Comparison, fmt: str) -> str:
    """`md` and `html`: the report as a document; `json`: the contract; `page`: the visual page
    (Jinja2, imported only when asked for); any other registered name: that package's writer."""
    if fmt not in formats():
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(formats())}")
    writer = cast(Callable[[Comparison], str], plugins.load(plugins.FORMATS, fmt))
    return writer(comp)


__all__ = ["formats", "render", "to_dict", "to_json", "to_markdown", "to_html"]
