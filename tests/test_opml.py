"""OPML export and import: round trip on the real sources file, merging, bad files."""

from __future__ import annotations

import shutil

import pytest
from lxml import etree

from aggregator.config.opml import export_opml, export_opml_file, import_opml, sources_from_opml
from aggregator.config.sources import load_sources
from aggregator.errors import ConfigError
from aggregator.models import Feed, Source

from .conftest import ROOT

EXISTING = """\
# Our outlets.
# Keep this header.

sources:
  - name: Eastmouth Gazette
    domain: gazette.example
    country: GB
    languages: [en]
    affiliation: commercial
    feeds:
      - url: https://gazette.example/world.xml
        title: World
    notes: founded 1851
    respect_robots: false
"""

NESTED = """\
<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>My reader</title></head>
  <body>
    <outline text="News">
      <outline text="UK">
        <outline type="rss" text="Gazette — Asia" title="Gazette — Asia"
                 xmlUrl="https://gazette.example/asia.xml" htmlUrl="https://www.gazette.example/"/>
        <outline type="rss" text="The Gazette" xmlUrl="https://gazette.example/world.xml"
                 htmlUrl="https://gazette.example/"/>
      </outline>
      <outline text="Japan" country="jp">
        <outline text="Dailies">
          <outline type="rss" text="Harbour Daily" xmlUrl="https://harbour.example/rss?a=1&amp;b=2"
                   htmlUrl="https://harbour.example/"/>
          <outline type="rss" text="Harbour Daily" title="Politics"
                   xmlUrl="https://harbour.example/politics.rss" htmlUrl="https://harbour.example/"/>
          <outline type="rss" text="Harbour Daily (English)" xmlUrl="https://harbour.example/en.rss"
                   htmlUrl="http://harbour.example/en/" languages="en,ja"/>
        </outline>
      </outline>
      <outline type="link" text="Some blog post" url="https://blog.example/post"/>
    </outline>
  </body>
</opml>
"""


def summary(sources: list[Source]) -> dict[str, tuple]:
    return {s.name: (s.domain, s.country, s.languages, s.affiliation, s.feeds) for s in sources}


def test_export_then_import_into_an_empty_file_gives_back_the_real_sources(tmp_path):
    sources_path = tmp_path / "sources.yaml"
    shutil.copy(ROOT / "sources.yaml", sources_path)
    opml_path = tmp_path / "sources.opml"
    opml_path.write_text(export_opml_file(sources_path), encoding="utf-8")
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")

    result = import_opml(opml_path, empty)

    original = load_sources(sources_path)
    assert summary(load_sources(empty)) == summary(original)
    assert any(not s.feeds for s in original)  # outlets without a feed survive the trip too
    assert set(result.outlets_added) == {s.name for s in original}
    assert len(result.feeds_added) == sum(len(s.feeds) for s in original)
    assert summary(sources_from_opml(opml_path)) == summary(original)


def test_export_is_opml_2_with_a_category_per_affiliation_and_escapes_names():
    sources = [
        Source(name='Smith & Sons "News" <Daily>', domain="smith.example", country="GB", languages=("en", "cy"),
               affiliation="independent", feeds=(Feed("https://smith.example/rss?a=1&b=2", "Wales & more"),)),
        Source(name="Harbour Wire", domain="wire.example", country="JP", languages=("ja",), affiliation="wire",
               feeds=(Feed("https://wire.example/a.xml"), Feed("https://wire.example/b.xml"))),
    ]
    root = etree.fromstring(export_opml(sources, title="Mine & yours").encode())
    assert root.get("version") == "2.0" and root.findtext("head/title") == "Mine & yours"
    categories = root.findall("body/outline")
    assert [c.get("text") for c in categories] == ["wire", "independent"]
    [smith] = categories[1]
    assert smith.attrib == {"type": "rss", "text": 'Smith & Sons "News" <Daily>', "title": "Wales & more",
                            "xmlUrl": "https://smith.example/rss?a=1&b=2", "htmlUrl": "https://smith.example/",
                            "country": "GB", "languages": "en,cy", "affiliation": "independent"}
    assert len(categories[0]) == 2


def test_nested_opml_merges_into_an_existing_file(tmp_path):
    sources_path = tmp_path / "sources.yaml"
    sources_path.write_text(EXISTING, encoding="utf-8")
    opml_path = tmp_path / "reader.opml"
    opml_path.write_text(NESTED, encoding="utf-8")

    result = import_opml(opml_path, sources_path, affiliation="commercial")

    assert result.outlets_updated == ("Eastmouth Gazette",)
    assert result.outlets_added == ("Harbour Daily",)
    assert result.feeds_added == ("https://gazette.example/asia.xml", "https://harbour.example/rss?a=1&b=2",
                                  "https://harbour.example/politics.rss", "https://harbour.example/en.rss")
    assert result.feeds_known == ("https://gazette.example/world.xml",)
    text = sources_path.read_text(encoding="utf-8")
    assert text.startswith("# Our outlets.\n# Keep this header.\n\nsources:\n")
    gazette, harbour = load_sources(sources_path)
    # the existing outlet keeps its attributes and options, and gains only the new feed
    assert (gazette.country, gazette.affiliation, gazette.respect_robots) == ("GB", "commercial", False)
    assert gazette.feeds == (Feed("https://gazette.example/world.xml", "World"),
                             Feed("https://gazette.example/asia.xml", "Gazette — Asia"))
    assert "notes: founded 1851" in text
    # the new outlet: country inherited from its category, defaults for the rest, one outlet
    # for three outlines (same name, or same homepage domain)
    assert (harbour.domain, harbour.country, harbour.affiliation) == ("harbour.example", "JP", "commercial")
    assert harbour.languages == ("en", "ja")  # from the one outline that gives them
    assert [f.url for f in harbour.feeds] == ["https://harbour.example/rss?a=1&b=2",
                                              "https://harbour.example/politics.rss",
                                              "https://harbour.example/en.rss"]
    assert [f.title for f in harbour.feeds] == ["", "Politics", "Harbour Daily (English)"]


def test_importing_twice_never_duplicates_a_feed(tmp_path):
    sources_path = tmp_path / "sources.yaml"
    sources_path.write_text(EXISTING, encoding="utf-8")
    opml_path = tmp_path / "reader.opml"
    opml_path.write_text(NESTED, encoding="utf-8")
    import_opml(opml_path, sources_path, affiliation="commercial")
    after_first = sources_path.read_bytes()

    again = import_opml(opml_path, sources_path, affiliation="commercial")

    assert again.outlets_added == again.feeds_added == again.outlets_updated == ()
    assert len(again.feeds_known) == 5
    assert sources_path.read_bytes() == after_first
    urls = [f.url for s in load_sources(sources_path) for f in s.feeds]
    assert len(urls) == len(set(urls)) == 5


@pytest.mark.parametrize("opml, defaults, missing", [
    (NESTED, {}, "no affiliation attribute and no default affiliation given"),
    (NESTED.replace(' country="jp"', ""), {"affiliation": "commercial"},
     "no country attribute and no default country given"),
    (NESTED.replace(' languages="en,ja"', ""), {"affiliation": "commercial"},
     "no languages attribute and no default language given"),
    (NESTED, {"affiliation": "friendly"}, "affiliation 'friendly' is not one of wire"),
])
def test_an_outlet_still_missing_a_field_names_the_outline_and_writes_nothing(tmp_path, opml, defaults,
                                                                              missing):
    sources_path = tmp_path / "sources.yaml"
    sources_path.write_text(EXISTING, encoding="utf-8")
    opml_path = tmp_path / "reader.opml"
    opml_path.write_text(opml, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        import_opml(opml_path, sources_path, **defaults)
    message = str(err.value)
    assert message.startswith(f"{opml_path}: outline 'Harbour Daily'") and missing in message
    assert sources_path.read_text(encoding="utf-8") == EXISTING
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reader.opml", "sources.yaml"]


def test_a_merged_file_that_would_not_validate_is_refused(tmp_path):
    sources_path = tmp_path / "sources.yaml"
    sources_path.write_text(EXISTING, encoding="utf-8")
    opml_path = tmp_path / "reader.opml"
    opml_path.write_text(NESTED.replace('country="jp"', 'country="jpn"'), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"sources\.yaml \(merged with .*reader\.opml\): "
                                          r"sources\[1\] \(Harbour Daily\)\.country"):
        import_opml(opml_path, sources_path, affiliation="commercial")
    assert sources_path.read_text(encoding="utf-8") == EXISTING


@pytest.mark.parametrize("content, why", [
    ("this is not xml", "invalid XML"),
    ("<opml version='2.0'><head/><body><outline text='x'", "invalid XML"),
    ("<rss version='2.0'><channel/></rss>", "root element is not <opml>"),
    ("<opml version='2.0'><head><title>t</title></head></opml>", "no <body>"),
    ("<opml version='2.0'><body><outline text='News'><outline text='Empty'/></outline></body></opml>",
     "no outline with an xmlUrl"),
    ("<opml version='2.0'><body><outline type='rss' text='X' xmlUrl='feed://x.example/rss'/></body></opml>",
     "outline 'X': xmlUrl is not an http(s) URL"),
    ("<opml version='2.0'><body><outline type='rss' xmlUrl='https://x.example/rss'/></body></opml>",
     "no text or title"),
])
def test_bad_opml_is_a_config_error_naming_the_file(tmp_path, content, why):
    opml_path = tmp_path / "bad.opml"
    opml_path.write_text(content, encoding="utf-8")
    sources_path = tmp_path / "sources.yaml"
    with pytest.raises(ConfigError) as err:
        import_opml(opml_path, sources_path, country="GB", affiliation="commercial", language="en")
    assert str(err.value).startswith(f"{opml_path}: ") and why in str(err.value)
    assert not sources_path.exists()


def test_missing_opml_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="nowhere.opml: file not found"):
        import_opml(tmp_path / "nowhere.opml", tmp_path / "sources.yaml")


def test_opml_entities_are_never_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    opml_path = tmp_path / "evil.opml"
    opml_path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        "<opml version='2.0'><body><outline type='rss' text='Evil &xxe;' xmlUrl='https://evil.example/rss'"
        " country='GB' languages='en' affiliation='independent'/></body></opml>", encoding="utf-8")
    try:
        sources = sources_from_opml(opml_path)
    except ConfigError:
        return  # refusing the file is fine too
    assert all("TOP-SECRET" not in s.name for s in sources)


def test_written_file_is_readable_and_left_with_no_temporary_files(tmp_path):
    sources_path = tmp_path / "sources.yaml"
    sources_path.write_text(EXISTING, encoding="utf-8")
    sources_path.chmod(0o640)
    opml_path = tmp_path / "reader.opml"
    opml_path.write_text(NESTED, encoding="utf-8")
    import_opml(opml_path, sources_path, affiliation="commercial")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reader.opml", "sources.yaml"]
    assert sources_path.stat().st_mode & 0o777 == 0o640
    assert [s.name for s in load_sources(sources_path)] == ["Eastmouth Gazette", "Harbour Daily"]


def test_cli_export_then_import_round_trip(tmp_path):
    from click.testing import CliRunner

    from aggregator.cli import cli

    sources_file = tmp_path / "sources.yaml"
    shutil.copy(ROOT / "sources.yaml", sources_file)
    out = tmp_path / "out.opml"
    exported = CliRunner().invoke(cli, ["--sources", str(sources_file), "sources", "export-opml", "-o", str(out)])
    assert exported.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<?xml")
    fresh = tmp_path / "fresh.yaml"
    fresh.write_text("sources:\n  - name: Placeholder\n    domain: placeholder.example\n    country: GB\n"
                     "    languages: [en]\n    affiliation: independent\n    feeds: []\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--sources", str(fresh), "sources", "import-opml", str(out), "--json"])
    assert result.exit_code == 0, result.output
    names = {s.name for s in load_sources(fresh)}
    assert {s.name for s in load_sources(sources_file)} <= names
    bad = tmp_path / "bad.opml"
    bad.write_text("<opml><body>", encoding="utf-8")
    failed = CliRunner().invoke(cli, ["--sources", str(fresh), "sources", "import-opml", str(bad)])
    assert failed.exit_code == 1 and "bad.opml" in failed.output and "Traceback" not in failed.output


def test_a_round_trip_keeps_sitemaps_robots_and_private_host_flags(tmp_path):
    """Every field a source has in sources.yaml survives export and import (notes aside: free text)."""
    outlet = Source(name="Loopback Daily", domain="127.0.0.1", country="GB", languages=("en", "cy"),
                    affiliation="independent", feeds=(Feed("http://127.0.0.1:8000/feed.xml", "Front page"),),
                    allow_private_hosts=True, respect_robots=False,
                    sitemaps=("http://127.0.0.1:8000/sitemap.xml", "http://127.0.0.1:8000/news.xml"))
    plain = Source(name="Plain Post", domain="plain.example", country="FR", languages=("fr",),
                   affiliation="commercial", feeds=(Feed("https://plain.example/rss"),))
    opml_path = tmp_path / "out.opml"
    opml_path.write_text(export_opml([outlet, plain]), encoding="utf-8")
    empty = tmp_path / "sources.yaml"
    empty.write_text("", encoding="utf-8")
    import_opml(opml_path, empty)
    by_name = lambda sources: sorted(sources, key=lambda s: s.name)  # noqa: E731
    assert by_name(load_sources(empty)) == [outlet, plain]
    assert by_name(sources_from_opml(opml_path)) == [outlet, plain]
