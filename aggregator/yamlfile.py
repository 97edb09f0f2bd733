"""YAML in, one-line errors out: the one reader of every YAML file the tool takes (sources,
OPML's YAML side, import manifests, the loaded-terms lexicon, the demo's articles).

A syntax error names the file and the line; an unreadable file names the file; the caller
chooses the error type (a configuration error, or an import error that skips one folder).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .errors import AggregatorError, ConfigError


def parse_yaml(text: str, name: str, error: type[AggregatorError] = ConfigError) -> object:
    """`text` parsed as YAML; a syntax error becomes `error("<name>: line N: invalid YAML: …")`."""
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}:" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise error(f"{name}:{where} invalid YAML: {problem}") from None


def read_yaml(path: Path | str, error: type[AggregatorError] = ConfigError) -> object:
    """The YAML file at `path`; unreadable (missing, not UTF-8) or invalid → one line naming it."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{path}: cannot read: {exc}") from None
    return parse_yaml(text, str(path), error)
