from pathlib import Path

import pytest

from aggregator.config.sources import load_sources
from aggregator.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent

GOOD = """
sources:
  - name: Harbour Wire
    domain: harbourwire.example
    country: us
    languages: [en]
    affiliation: wire
    feeds:
      - url: "{{BASE_URL}}/feed.atom"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_project_sources_file_lists_the_required_outlets():
    sources = load_sources(ROOT / "sources.yaml")
    names = {s.name for s in sources}
    for outlet in ["Associated Press", "Reuters", "Xinhua", "China Daily", "Global Times", "CGTN",
                   "Morning Star", "NHK World", "Kyodo News", "The Japan Times",
                   "South China Morning Post", "VnExpress International"]:
        assert outlet in names
    assert all(s.country and s.languages and s.affiliation for s in sources)


def test_substitution_and_normalisation(tmp_path):
    [src] = load_sources(write(tmp_path, GOOD), {"BASE_URL": "http://127.0.0.1:9"})
    assert src.feeds[0].url == "http://127.0.0.1:9/feed.atom"
    assert src.country == "US" and src.languages == ("en",) and not src.allow_private_hosts


@pytest.mark.parametrize("broken, message", [
    (GOOD.replace("affiliation: wire", "affiliation: friendly"), "sources[0] (Harbour Wire).affiliation"),
    (GOOD.replace("country: us", "country: USA"), ".country"),
    (GOOD.replace("    languages: [en]\n", ""), "sources[0].languages: missing"),
    (GOOD + "    colour: blue\n", "sources[0].colour: unknown key"),
    (GOOD.replace('"{{BASE_URL}}/feed.atom"', "ftp://x/y"), "feeds[0].url: not an http(s) URL"),
    ("sources: [\n", "invalid YAML"),
    ("- just a list\n", "expected a mapping with a 'sources' list"),
])
def test_bad_config_names_the_key(tmp_path, broken, message):
    with pytest.raises(ConfigError) as err:
        load_sources(write(tmp_path, broken), {"BASE_URL": "http://h"})
    assert message in str(err.value)
    assert "sources.yaml" in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="file not found"):
        load_sources(tmp_path / "nope.yaml")


def test_duplicate_outlet(tmp_path):
    text = GOOD + GOOD.split("sources:\n")[1]
    with pytest.raises(ConfigError, match="duplicate outlet 'Harbour Wire'"):
        load_sources(write(tmp_path, text), {"BASE_URL": "http://h"})
