"""Load and validate `sources.yaml`: the outlets to follow and their feeds.

Validation is strict and names the bad key (``sources.yaml: sources[3].affiliation: ...``),
because a typo in a cron-run config should fail loudly once, not silently every night.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

from ..errors import ConfigError
from ..models import Feed, Source
from ..yamlfile import parse_yaml

AFFILIATIONS = (
    "wire",
    "state media",
    "public broadcaster",
    "commercial",
    "party press",
    "partisan",
    "independent",
)
REQUIRED = ("name", "domain", "country", "languages", "affiliation", "feeds")
OPTIONAL = ("allow_private_hosts", "respect_robots", "sitemaps", "notes", "short_name")
SHORT_NAME_CHARS = 16  # a grid column's width: longer is not short
FEED_KEYS = ("url", "title")
# A sources file lists outlets by hand or from OPML: 1,000 outlets with ten feeds each come to
# about 1 MB. YAML parsing needs many times the file's size in memory (a 50 MB file took 3 GB
# and minutes), so anything larger is refused before it is read.
MAX_SOURCES_BYTES = 5_000_000


def load_sources(path: Path | str, substitutions: dict[str, str] | None = None) -> list[Source]:
    """Read a sources file. `substitutions` replaces ``{{KEY}}`` tokens (the demo's base URL)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_SOURCES_BYTES:
            raise ConfigError(f"{path}: {size} bytes is larger than {MAX_SOURCES_BYTES}; "
                              "is this really a sources file?")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    for key, value in (substitutions or {}).items():
        text = text.replace("{{" + key + "}}", value)
    return parse_sources(parse_yaml(text, str(path)), str(path))


def parse_sources(data: object, origin: str = "sources") -> list[Source]:
    if not isinstance(data, dict) or "sources" not in data:
        raise ConfigError(f"{origin}: expected a mapping with a 'sources' list")
    extra = set(data) - {"sources"}
    if extra:
        raise ConfigError(f"{origin}: unknown key {sorted(extra)[0]!r}")
    items = data["sources"]
    if not isinstance(items, list) or not items:
        raise ConfigError(f"{origin}: 'sources' must be a non-empty list")
    sources = [_parse_source(item, f"{origin}: sources[{i}]") for i, item in enumerate(items)]
    seen: set[str] = set()
    for i, src in enumerate(sources):
        if src.name in seen:
            raise ConfigError(f"{origin}: sources[{i}].name: duplicate outlet {src.name!r}")
        seen.add(src.name)
    return sources


def _parse_source(item: object, where: str) -> Source:
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: expected a mapping")
    for key in item:
        if key not in REQUIRED and key not in OPTIONAL:
            raise ConfigError(f"{where}.{key}: unknown key")
    for key in REQUIRED:
        # feeds may be an empty list: an outlet without a public feed is still known to
        # imports and reports (its articles come in through `aggregator import`).
        if key not in item or item[key] is None or (item[key] in ("", []) and key != "feeds"):
            raise ConfigError(f"{where}.{key}: missing")
    name = _string(item, "name", where)
    where = f"{where} ({name})"
    country = _string(item, "country", where).upper()
    if len(country) != 2 or not country.isalpha():
        raise ConfigError(f"{where}.country: expected an ISO 3166 two-letter code, got {country!r}")
    languages = item["languages"]
    if isinstance(languages, str):
        languages = [languages]
    if not isinstance(languages, list) or not all(isinstance(x, str) and x for x in languages):
        raise ConfigError(f"{where}.languages: expected a list of language codes")
    affiliation = _string(item, "affiliation", where)
    if affiliation not in AFFILIATIONS:
        raise ConfigError(
            f"{where}.affiliation: {affiliation!r} is not one of {', '.join(AFFILIATIONS)}"
        )
    flags = {}
    for key, default in (("allow_private_hosts", False), ("respect_robots", True)):
        flags[key] = item.get(key, default)
        if not isinstance(flags[key], bool):
            raise ConfigError(f"{where}.{key}: expected true or false")
    short_name = ""
    if item.get("short_name") is not None:
        short_name = _string(item, "short_name", where)
        if len(short_name) > SHORT_NAME_CHARS:
            raise ConfigError(f"{where}.short_name: {short_name!r} is longer than {SHORT_NAME_CHARS} characters")
    sitemaps = item.get("sitemaps") or []
    if not isinstance(sitemaps, list):
        raise ConfigError(f"{where}.sitemaps: expected a list of URLs")
    return Source(
        name=name,
        domain=_string(item, "domain", where).lower(),
        country=country,
        languages=tuple(x.lower() for x in languages),
        affiliation=affiliation,
        feeds=_parse_feeds(item["feeds"], f"{where}.feeds"),
        allow_private_hosts=flags["allow_private_hosts"],
        respect_robots=flags["respect_robots"],
        sitemaps=tuple(f.url for f in _parse_feeds(sitemaps, f"{where}.sitemaps")),
        short_name=short_name,
    )


def _parse_feeds(feeds: object, where: str) -> tuple[Feed, ...]:
    if not isinstance(feeds, list):
        raise ConfigError(f"{where}: expected a list")
    out = []
    for i, feed in enumerate(feeds):
        here = f"{where}[{i}]"
        if isinstance(feed, str):
            feed = {"url": feed}
        if not isinstance(feed, dict):
            raise ConfigError(f"{here}: expected a URL or a mapping with 'url'")
        for key in feed:
            if key not in FEED_KEYS:
                raise ConfigError(f"{here}.{key}: unknown key")
        url = _string(feed, "url", here)
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ConfigError(f"{here}.url: not an http(s) URL: {url!r}")
        # urlparse lower-cases the scheme: store "HTTP://…" as "http://…" so the same feed is
        # one feed (one set of validators) however it was typed.
        url = parsed.scheme + url[len(parsed.scheme):]
        out.append(Feed(url=url, title=str(feed.get("title") or "")))
    return tuple(out)


def _string(item: dict, key: str, where: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}.{key}: expected a non-empty string")
    return value.strip()
