"""OPML in and out: take outlets from a feed reader's export, give ours back to one.

Import merges into `sources.yaml` rather than replacing it, because that file carries what
OPML cannot (affiliation, country, notes, private-host flags): new outlets are added, known
outlets (same name or same homepage domain) only gain feeds, and a feed URL already listed
anywhere is never added twice, so importing the same file again changes nothing. The merged
result is validated like any sources file before it atomically replaces the old one.

Export writes one category outline per affiliation and puts `country`, `languages` and
`affiliation` on every outline as extra attributes (readers ignore them), and, where they differ
from the defaults, `sitemaps` (space-separated), `respectRobots` and `allowPrivateHosts`, so that
exporting and importing again gives back the same outlets, field for field.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import yaml
from lxml import etree

from ..errors import ConfigError
from ..models import Feed, OpmlImport, Source
from ..yamlfile import parse_yaml
from .sources import AFFILIATIONS, load_sources, parse_sources

ATTRIBUTES = ("country", "languages", "affiliation")  # ours, inherited from enclosing outlines


@dataclass
class _Outlet:
    """An outlet as the OPML describes it; fields may still be missing until defaults apply."""

    name: str
    domain: str  # from htmlUrl; "" when the OPML gives none
    country: str = ""
    languages: list[str] = field(default_factory=list)
    affiliation: str = ""
    feeds: list[Feed] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    respect_robots: bool = True
    allow_private_hosts: bool = False
    short_name: str = ""


# --- reading -------------------------------------------------------------------------------
def sources_from_opml(path: Path | str, *, country: str | None = None, affiliation: str | None = None,
                      language: str | None = None) -> list[Source]:
    """The outlets of an OPML file, validated; the defaults fill attributes an outline lacks.

    Raises `ConfigError` naming the file (and the outline) when the OPML cannot be read or an
    outlet still lacks a country, language or affiliation.
    """
    path = Path(path)
    outlets = [_complete(o, path, country, affiliation, language) for o in _read_outlets(path)]
    return parse_sources({"sources": [_as_yaml(o) for o in outlets]}, str(path))


def _read_outlets(path: Path) -> list[_Outlet]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    # Strict parsing: an import that silently lost half the outlines would be worse than an error.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ConfigError(f"{path}: not an OPML file (invalid XML: {exc})") from None
    if not isinstance(root.tag, str) or etree.QName(root).localname.lower() != "opml":
        raise ConfigError(f"{path}: not an OPML file (root element is not <opml>)")
    body = next((c for c in root if isinstance(c.tag, str) and c.tag.lower() == "body"), None)
    if body is None:
        raise ConfigError(f"{path}: not an OPML file (no <body>)")
    outlets: list[_Outlet] = []
    by_name: dict[str, _Outlet] = {}
    by_domain: dict[str, _Outlet] = {}
    for attrs, is_leaf, ours in _outlines(body, {}):
        feed_url = attrs.get("xmlurl", "")
        if not feed_url and not (is_leaf and ours and (attrs.get("htmlurl") or attrs.get("url"))):
            continue  # a category, or a plain link that is not one of our feedless outlets
        name = " ".join((attrs.get("text") or attrs.get("title") or "").split())
        where = f"{path}: outline {name!r}" if name else f"{path}: outline {feed_url!r}"
        if not name:
            raise ConfigError(f"{where}: no text or title to name the outlet")
        if feed_url and urlparse(feed_url).scheme.lower() not in ("http", "https"):
            raise ConfigError(f"{where}: xmlUrl is not an http(s) URL: {feed_url!r}")
        domain = _host(attrs.get("htmlurl") or attrs.get("url") or "")
        outlet = by_name.get(name.casefold()) or by_domain.get(_same_site(domain))
        if outlet is None:
            outlet = _Outlet(name=name, domain=domain)
            outlets.append(outlet)
        by_name.setdefault(name.casefold(), outlet)
        if domain:
            by_domain.setdefault(_same_site(domain), outlet)
        _absorb(outlet, attrs, domain)
        if feed_url and all(f.url != feed_url for f in outlet.feeds):
            outlet.feeds.append(Feed(url=feed_url, title=_feed_title(attrs, name, outlet.name)))
    if not outlets:
        raise ConfigError(f"{path}: no feeds in this OPML file (no outline with an xmlUrl)")
    return outlets


def _feed_title(attrs: dict[str, str], text: str, outlet: str) -> str:
    """A feed's own title: `title` where it differs from `text` (how we export), else the
    outline's text where it differs from the outlet's name (readers name each feed)."""
    title = " ".join((attrs.get("title") or "").split())
    if title and title != text:
        return title
    return text if text != outlet else ""


def _outlines(element: etree._Element, inherited: dict[str, str]):
    """(attributes with lower-case names, is-leaf, has-our-attributes) of every outline.

    Our attributes (country, languages, affiliation) set on a category apply to its outlines.
    """
    for child in element:
        if not isinstance(child.tag, str) or child.tag.lower() != "outline":
            continue
        own = {k.lower(): v.strip() for k, v in child.attrib.items() if v.strip()}
        attrs = {**inherited, **own}
        nested = [c for c in child if isinstance(c.tag, str) and c.tag.lower() == "outline"]
        yield attrs, not nested, any(k in own for k in ATTRIBUTES)
        yield from _outlines(child, {k: attrs[k] for k in ATTRIBUTES if attrs.get(k)})


def _absorb(outlet: _Outlet, attrs: dict[str, str], domain: str) -> None:
    """Fill what the outlet still lacks from one more of its outlines (first value wins)."""
    outlet.domain = outlet.domain or domain
    outlet.country = outlet.country or attrs.get("country", "")
    outlet.affiliation = outlet.affiliation or attrs.get("affiliation", "")
    for lang in _languages(attrs.get("languages") or attrs.get("language") or ""):
        if lang not in outlet.languages:
            outlet.languages.append(lang)
    for url in (attrs.get("sitemaps") or "").split():
        if url not in outlet.sitemaps:
            outlet.sitemaps.append(url)
    if attrs.get("respectrobots", "").lower() == "false":
        outlet.respect_robots = False
    if attrs.get("allowprivatehosts", "").lower() == "true":
        outlet.allow_private_hosts = True
    outlet.short_name = outlet.short_name or attrs.get("shortname", "").strip()


def _languages(value: str) -> list[str]:
    return [lang.strip().lower() for lang in value.split(",") if lang.strip()]


def _complete(outlet: _Outlet, path: Path, country: str | None, affiliation: str | None,
              language: str | None) -> _Outlet:
    """The outlet with defaults for what its outlines did not say; ConfigError if still missing."""
    domain = outlet.domain or next((_host(f.url) for f in outlet.feeds), "")
    done = _Outlet(name=outlet.name, domain=domain, country=outlet.country or (country or ""),
                   languages=outlet.languages or _languages(language or ""),
                   affiliation=outlet.affiliation or (affiliation or ""), feeds=list(outlet.feeds),
                   sitemaps=list(outlet.sitemaps), respect_robots=outlet.respect_robots,
                   allow_private_hosts=outlet.allow_private_hosts, short_name=outlet.short_name)
    where = f"{path}: outline {outlet.name!r}"
    if outlet.feeds:
        where += f" ({outlet.feeds[0].url})"
    for key, flag in (("country", "country"), ("languages", "language"), ("affiliation", "affiliation")):
        if not getattr(done, key):
            raise ConfigError(f"{where}: no {key} attribute and no default {flag} given")
    if done.affiliation not in AFFILIATIONS:
        raise ConfigError(f"{where}: affiliation {done.affiliation!r} is not one of "
                          f"{', '.join(AFFILIATIONS)}")
    return done


def _as_yaml(outlet: _Outlet) -> dict:
    """The sources.yaml entry; optional keys only where they differ from the defaults."""
    entry: dict[str, object] = {"name": outlet.name, "domain": outlet.domain, "country": outlet.country.upper(),
             "languages": list(outlet.languages), "affiliation": outlet.affiliation,
             "feeds": [_feed_yaml(f) for f in outlet.feeds]}
    if outlet.sitemaps:
        entry["sitemaps"] = list(outlet.sitemaps)
    if not outlet.respect_robots:
        entry["respect_robots"] = False
    if outlet.allow_private_hosts:
        entry["allow_private_hosts"] = True
    if outlet.short_name:
        entry["short_name"] = outlet.short_name
    return entry


def _feed_yaml(feed: Feed) -> dict:
    return {"url": feed.url, **({"title": feed.title} if feed.title else {})}


def _host(url: str) -> str:
    try:
        return (urlparse(url.strip()).hostname or "").lower()
    except ValueError:
        return ""


def _same_site(domain: str) -> str:
    """A domain as compared across files: lower case, without a leading ``www.``."""
    domain = domain.lower().strip().rstrip(".")
    return domain[4:] if domain.startswith("www.") else domain


# --- importing -----------------------------------------------------------------------------
def import_opml(opml_path: Path | str, sources_path: Path | str, *, country: str | None = None,
                affiliation: str | None = None, language: str | None = None) -> OpmlImport:
    """Merge the outlets of an OPML file into a sources file; write it only if something changed.

    `country`, `affiliation` and `language` are defaults for outlets whose outlines lack them.
    Nothing is written when any outline is unusable or the merged file would not validate.
    """
    opml_path, sources_path = Path(opml_path), Path(sources_path)
    header, data = _read_sources_yaml(sources_path)
    entries: list = data["sources"]
    by_name = {str(e.get("name", "")).casefold(): e for e in entries if isinstance(e, dict)}
    by_domain = {_same_site(str(e.get("domain", ""))): e for e in entries
                 if isinstance(e, dict) and e.get("domain")}
    known = {_feed_url(f) for e in entries if isinstance(e, dict)
             for f in (e.get("feeds") or []) if _feed_url(f)}
    added, updated, new_feeds, already = [], [], [], []
    for outlet in _read_outlets(opml_path):
        fresh = [f for f in outlet.feeds if f.url not in known]
        already += [f.url for f in outlet.feeds if f.url in known]
        existing = by_name.get(outlet.name.casefold()) or (
            by_domain.get(_same_site(outlet.domain)) if outlet.domain else None)
        if existing is not None:
            if fresh:
                if outlet.name != existing.get("name"):  # keep what the reader called the feed
                    fresh = [f if f.title else Feed(f.url, outlet.name) for f in fresh]
                feeds = existing.get("feeds") or []
                existing["feeds"] = [*feeds, *(_feed_yaml(f) for f in fresh)]
                updated.append(str(existing["name"]))
        elif fresh or not outlet.feeds:  # a feedless outlet (from our export) is added once
            outlet.feeds = fresh
            entry = _as_yaml(_complete(outlet, opml_path, country, affiliation, language))
            entries.append(entry)
            by_name[outlet.name.casefold()] = entry
            by_domain.setdefault(_same_site(entry["domain"]), entry)
            added.append(outlet.name)
        else:
            continue
        new_feeds += [f.url for f in fresh]
        known.update(f.url for f in fresh)
    result = OpmlImport(outlets_added=tuple(added), feeds_added=tuple(new_feeds),
                        outlets_updated=tuple(dict.fromkeys(updated)), feeds_known=tuple(already))
    if result.changed:
        parse_sources(data, f"{sources_path} (merged with {opml_path})")
        _write_atomically(sources_path, header + _dump(data))
    return result


def _feed_url(feed: object) -> str:
    url = feed.get("url") if isinstance(feed, dict) else feed
    return url.strip() if isinstance(url, str) else ""


def _read_sources_yaml(path: Path) -> tuple[str, dict]:
    """(leading comment block, parsed data); a missing or empty file is an empty list."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return "", {"sources": []}
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    data = parse_yaml(text, str(path))
    if data is None:
        data = {"sources": []}
    if not isinstance(data, dict) or not isinstance(data.get("sources") or [], list):
        raise ConfigError(f"{path}: expected a mapping with a 'sources' list")
    data["sources"] = data.get("sources") or []
    header = []
    for line in text.splitlines(keepends=True):
        if line.strip() and not line.lstrip().startswith("#"):
            break
        header.append(line)
    return "".join(header), data


class _Dumper(yaml.SafeDumper):
    """Block style indented like our hand-written file, short language lists inline."""

    def increase_indent(self, flow: bool = False, indentless: bool = False):
        return super().increase_indent(flow, False)


class _Inline(list):
    pass


_Dumper.add_representer(_Inline, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v,
                                                                    flow_style=True))


def _dump(data: dict) -> str:
    entries = [{**e, "languages": _Inline(e["languages"])}
               if isinstance(e, dict) and isinstance(e.get("languages"), list) else e
               for e in data["sources"]]
    text = yaml.dump({**data, "sources": entries}, Dumper=_Dumper, sort_keys=False,
                     allow_unicode=True, width=4096)
    return re.sub(r"(?<!sources:)\n  - name:", "\n\n  - name:", text)  # a blank line between outlets


def _write_atomically(path: Path, text: str) -> None:
    """Write beside the target, then rename: cron never reads a half-written sources file."""
    target = path.resolve()
    mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --- exporting -----------------------------------------------------------------------------
def export_opml(sources: list[Source], title: str = "aggregator sources") -> str:
    """OPML 2.0: a category outline per affiliation, one `rss` outline per feed.

    Outlets without a feed become `link` outlines so that a round trip keeps them.
    """
    root = etree.Element("opml", version="2.0")
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "title").text = title
    etree.SubElement(head, "docs").text = "http://opml.org/spec2.opml"
    body = etree.SubElement(root, "body")
    order = {a: i for i, a in enumerate(AFFILIATIONS)}
    for affiliation in sorted({s.affiliation for s in sources}, key=lambda a: (order.get(a, 99), a)):
        category = etree.SubElement(body, "outline", text=affiliation, title=affiliation)
        for src in (s for s in sources if s.affiliation == affiliation):
            ours = {"htmlUrl": f"https://{src.domain}/", "country": src.country,
                    "languages": ",".join(src.languages), "affiliation": src.affiliation,
                    **({"sitemaps": " ".join(src.sitemaps)} if src.sitemaps else {}),
                    **({"respectRobots": "false"} if not src.respect_robots else {}),
                    **({"allowPrivateHosts": "true"} if src.allow_private_hosts else {}),
                    **({"shortName": src.short_name} if src.short_name else {})}
            for feed in src.feeds:
                etree.SubElement(category, "outline", type="rss", text=src.name,
                                 title=feed.title or src.name, xmlUrl=feed.url, **ours)
            if not src.feeds:
                etree.SubElement(category, "outline", type="link", text=src.name, title=src.name,
                                 url=ours["htmlUrl"], **ours)
    return etree.tostring(root, pretty_print=True, xml_declaration=True, encoding="UTF-8").decode("utf-8")


def export_opml_file(sources_path: Path | str, title: str = "aggregator sources") -> str:
    """The OPML of a sources file (loaded and validated as ingestion would)."""
    return export_opml(load_sources(sources_path), title=title)
