"""Turn a `Comparison` into a report: JSON for programs, Markdown and HTML for people.

The JSON (`as_json.to_dict`) is the contract, documented field by field in the README; the
Markdown and HTML are written to be read on their own, main differences first.
"""

from __future__ import annotations

from ..models import Comparison
from .as_html import to_html
from .as_json import to_dict, to_json
from .as_markdown import to_markdown

FORMATS = ("md", "json", "html")
_RENDERERS = {"md": to_markdown, "json": to_json, "html": to_html}


def render(comp: Comparison, fmt: str) -> str:
    if fmt not in _RENDERERS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return _RENDERERS[fmt](comp)


__all__ = ["FORMATS", "render", "to_dict", "to_json", "to_markdown", "to_html"]
