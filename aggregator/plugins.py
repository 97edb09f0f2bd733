"""Extension points: Python entry points, one group per kind (the llm and datasette pattern).

A package adds an embedder, a report format, a comparison language pack or a per-site
extractor by declaring an entry point in one of `GROUPS`; the built-in ones are declared the
same way in aggregator's own pyproject.toml, so there is no second list to keep in step.
`names()` reads only the installed packages' metadata (no import), so settings can be checked
before any model or parser loads; `load()` imports one entry point when it is first used.
docs/extending.md has a worked example of each kind.
"""

from __future__ import annotations

import logging
from functools import cache
from importlib.metadata import EntryPoint, entry_points

from .errors import ConfigError

logger = logging.getLogger(__name__)

EMBEDDERS = "aggregator.embedders"  # name → an `events.embed.Embedder` subclass
FORMATS = "aggregator.formats"  # name → a function Comparison → str
LANGUAGE_PACKS = "aggregator.language_packs"  # language code → a `compare.language.LanguagePack`
EXTRACTORS = "aggregator.extractors"  # name → a `ingest.sites.SiteExtractor`
GROUPS = (EMBEDDERS, FORMATS, LANGUAGE_PACKS, EXTRACTORS)


@cache
def _entry_points(group: str) -> dict[str, EntryPoint]:
    found: dict[str, EntryPoint] = {}
    for ep in entry_points(group=group):
        if ep.name in found and found[ep.name].value != ep.value:
            # Two packages claim one name: the first installed wins, and the clash is said aloud
            # rather than resolved by whichever the import system lists last.
            logger.warning("%s: %r is registered twice (%s and %s); using the first", group, ep.name,
                           found[ep.name].value, ep.value)
            continue
        found.setdefault(ep.name, ep)
    return found


def names(group: str) -> tuple[str, ...]:
    """The registered names of `group`, sorted; nothing is imported."""
    return tuple(sorted(_entry_points(group)))


@cache
def load(group: str, name: str) -> object:
    """The object registered as `name` in `group`, imported on first use; `ConfigError` naming
    the choices when no package registers it."""
    ep = _entry_points(group).get(name)
    if ep is None:
        raise ConfigError(f"unknown {group.rsplit('.', 1)[-1].rstrip('s').replace('_', ' ')} {name!r}; "
                          f"choose one of {', '.join(names(group)) or '(none installed)'}")
    return ep.load()


def load_all(group: str) -> dict[str, object]:
    """Every object of `group` by name, in name order."""
    return {name: load(group, name) for name in names(group)}


def refresh() -> None:
    """Forget what was discovered: for tests that install a plugin into a running process."""
    _entry_points.cache_clear()
    load.cache_clear()
