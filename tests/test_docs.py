"""The documentation site keeps up with the code: every command and option documented (the
sqlite-utils habit), every setting on the configuration page, and the worked examples of
docs/extending.md installed and run as written."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import click
import pytest

from aggregator.cli import cli
from aggregator.config.settings import ENV_PREFIX, Settings

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _commands(group: click.Group, path: tuple[str, ...] = ()):
    """(path, command) for every command under `group`, groups included, depth first."""
    ctx = click.Context(group, info_name="aggregator")
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None
        yield (*path, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*path, name))


def _options(command: click.Command):
    return [p for p in command.params if isinstance(p, click.Option) and not p.hidden]


def test_every_command_and_option_has_help_and_an_example():
    """The reference is generated from these texts: a command or option without help would be a
    blank row in docs/cli.md."""
    missing = []
    for path, command in [((), cli), *_commands(cli)]:
        name = " ".join(("aggregator", *path))
        if not (command.help or "").strip():
            missing.append(f"{name}: no help text")
        elif not isinstance(command, click.Group) and "Example" not in command.help:
            missing.append(f"{name}: no example in its help")
        for option in _options(command):
            if not (option.help or "").strip():
                missing.append(f"{name} {option.opts[0]}: no help text")
    assert not missing, "\n".join(missing)


def test_the_generated_cli_reference_names_every_command_and_option():
    """docs/cli.md asks mkdocs-click for the whole tree; what it generates must hold every
    command path and every option flag (a command registered outside the group would not)."""
    docs = pytest.importorskip("mkdocs_click._docs", reason="the docs extra (pip install -e '.[docs]') builds the reference")
    make_command_docs = docs.make_command_docs

    page = (DOCS / "cli.md").read_text(encoding="utf-8")
    directive = re.search(r"::: mkdocs-click\n((?:    :.*\n)+)", page)
    assert directive, "docs/cli.md must generate the reference with mkdocs-click"
    options = dict(re.findall(r":(\w+): (.*)", directive.group(1)))
    assert (options["module"], options["command"]) == ("aggregator.cli", "cli")
    text = "\n".join(make_command_docs(prog_name=options["prog_name"], command=cli, depth=int(options["depth"]),
                                      style=options.get("style", "plain"),
                                      list_subcommands=options.get("list_subcommands") == "true"))
    absent = []
    for path, command in _commands(cli):
        if f"aggregator {' '.join(path)}" not in text:
            absent.append(" ".join(path))
        absent += [f"{' '.join(path)} {o.opts[0]}" for o in _options(command) if o.opts[0] not in text]
    absent += [o.opts[0] for o in _options(cli) if o.opts[0] not in text]
    assert not absent, f"not in the generated CLI reference: {absent}"


def test_every_setting_is_on_the_configuration_page():
    page = (DOCS / "configuration.md").read_text(encoding="utf-8")
    rows = {m.group(1): m.group(0) for m in re.finditer(r"^\| `(\w+)` \|.*$", page, re.M)}
    missing = [f.name for f in dataclasses.fields(Settings) if f.name not in rows]
    assert not missing, f"settings missing from docs/configuration.md: {missing}"
    unnamed = [n for n in rows if n in {f.name for f in dataclasses.fields(Settings)}
               and ENV_PREFIX + n.upper() not in rows[n]]
    assert not unnamed, f"settings whose environment variable is not named: {unnamed}"


def test_every_page_of_the_site_is_in_its_navigation():
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    pages = sorted(p.name for p in DOCS.glob("*.md"))
    assert [p for p in pages if f": {p}" not in nav] == []


# --- docs/extending.md ---------------------------------------------------------------------
_BLOCK = re.compile(r'^```(\w+) title="([^"]+)"\n(.*?)^```', re.S | re.M)


def example_files() -> dict[str, str]:
    """Every code block of docs/extending.md with a title: file name → its text, as written."""
    page = (DOCS / "extending.md").read_text(encoding="utf-8")
    return {name: body for _lang, name, body in _BLOCK.findall(page)}


def install_example(folder: Path) -> Path:
    """The example package of docs/extending.md made importable from `folder`, with its entry
    points as an installed distribution's metadata (what `pip install` would write), so that
    importlib.metadata finds it on sys.path: no build, no network."""
    files = example_files()
    project = tomllib.loads(files.pop("pyproject.toml"))["project"]
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    dist = folder / f"{project['name'].replace('-', '_')}-{project['version']}.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n")
    (dist / "entry_points.txt").write_text("".join(
        f"[{group}]\n" + "".join(f"{name} = {target}\n" for name, target in eps.items()) + "\n"
        for group, eps in project["entry-points"].items()))
    return folder


def test_the_example_package_registers_one_extension_of_each_kind():
    from aggregator import plugins

    project = tomllib.loads(example_files()["pyproject.toml"])["project"]
    assert sorted(project["entry-points"]) == sorted(plugins.GROUPS)


GAZETTE_PAGE = """<html><head><title>Gazette</title><meta name="author" content="Anna Writer"></head><body>
<nav>Home | World | Sport</nav><h1 class="headline">Harbour pier closed after crane collapse</h1>
<div class="story-body"><p>Harbour authorities closed the northern pier on Tuesday after a crane collapsed
during unloading, the port authority said.</p><p>No one was hurt, according to the port&#39;s statement, and
shipping was diverted to the southern quay while engineers inspect the damaged structure.</p></div>
<aside>Most read: recipes for the weekend</aside></body></html>"""

SCRIPT = textwrap.dedent('''
    import json, sys
    from pathlib import Path
    from click.testing import CliRunner
    from aggregator import plugins
    from aggregator.cli import cli
    from aggregator.compare.align import polarity
    from aggregator.compare.naming import Grammar, headline
    from aggregator.compare.naming_phrases import same_naming
    from aggregator.compare.language import ENGLISH, language_pack
    from aggregator.compare.overlap import content_words
    from aggregator.models import Sentence
    from aggregator.compare.segment import split_sentences
    from aggregator.compare.voice import sentence_voice
    from aggregator.compare.wording import classify
    from aggregator.config.settings import Settings
    from aggregator.ingest.extract import extract_page

    work = Path(sys.argv[1])
    out = {"names": {g: list(plugins.names(g)) for g in plugins.GROUPS}}
    # per-site extractor: read before trafilatura, its method recorded
    page = extract_page(work.joinpath("gazette.html").read_text(), "https://www.gazette.example/2026/pier")
    out["extract"] = {"method": page.method, "title": page.title, "author": page.author, "text": page.text}
    # language pack: German word lists and pysbd's German rules
    pack = language_pack("de")
    quoted, denied = "Die Lage sei ernst, sagte der Minister.", "Die Regierung bestritt den Bericht."
    out["pack"] = {"name": pack.name, "verb_change": classify(["sagte"], ["behauptete"], pack),
                   "english_rules": classify(["sagte"], ["behauptete"]),
                   "sentences": split_sentences("Das Gesetz gilt ab dem 3. Januar für alle Firmen. Dann ging er.", "de"),
                   "voice": [(v.voice, v.speaker) for v in sentence_voice(quoted, "de").spans],
                   "voice_english_rules": [v.voice for v in sentence_voice(quoted).spans],
                   "negated": polarity(denied, pack), "negated_english_rules": polarity(denied),
                   "stem": pack.stemmer("Ausfuhrverbote"),
                   "same_naming": same_naming("die Ausfuhrverbote", "das Ausfuhrverbot", pack),
                   "same_naming_english_rules": same_naming("die Ausfuhrverbote", "das Ausfuhrverbot"),
                   "tagger": pack.tagger is not None}
    told = "Die Regierung verbietet die Ausfuhrverbote."
    out["pack"]["content_words"] = {"pack": sorted(content_words(told, pack)), "code": sorted(content_words(told, "de")),
                                    "english_rules": sorted(content_words(told))}
    together = "Scholz und Macron am Montag in Paris."
    out["pack"]["headline"] = [headline(together, pack), headline(together)]
    named = [Sentence(f"a{k}", outlet, 0, f"The talks were led by veteran trade envoy Anna Berg, {outlet} said.")
             for k, outlet in enumerate(("Wire", "Daily", "Gazette"))]
    out["pack"]["descriptors"] = [len(Grammar.of(named, p).name_descriptors(named)) for p in (pack, ENGLISH)]
    # embedder and format through the command line, on a database of three reports
    Settings.load(embedder="trigrams")  # a registered name passes the settings check
    runner = CliRunner()
    db = str(work / "x.db")
    base = ["--db", db, "--embedder", "trigrams"]
    out["import"] = runner.invoke(cli, [*base, "import", str(work / "reports.jsonl")]).output
    out["cluster"] = runner.invoke(cli, [*base, "cluster", "--json"]).output
    events = json.loads(runner.invoke(cli, [*base, "events", "--json"]).output)
    out["events"] = [(e["id"], e["n_outlets"]) for e in events]
    biggest = max(events, key=lambda e: e["n_outlets"])["id"]
    result = runner.invoke(cli, [*base, "compare", biggest, "--format", "facts-text"])
    out["compare"] = {"exit": result.exit_code, "output": result.output}
    help_text = runner.invoke(cli, ["compare", "--help"]).output
    out["format_offered"] = "facts-text" in help_text
    print(json.dumps(out))
''')


def _reports(folder: Path) -> Path:
    lead = ("Harbour authorities closed the northern pier on Tuesday after a crane collapsed during unloading, "
            "the port authority {verb}. No one was hurt, and shipping was diverted to the southern quay while "
            "engineers inspect the damaged structure of the pier.")
    records = [
        {"url": "https://wire.example/pier", "outlet": "Wire", "title": "Crane collapse closes harbour pier",
         "published": "2026-01-06T09:00:00Z", "text": lead.format(verb="said")},
        {"url": "https://daily.example/pier", "outlet": "Daily", "title": "Crane collapse closes harbour pier",
         "published": "2026-01-06T10:00:00Z", "text": lead.format(verb="claimed")},
        {"url": "https://www.gazette.example/2026/pier", "outlet": "Gazette", "published": "2026-01-06T11:00:00Z",
         "html": GAZETTE_PAGE},
    ]
    path = folder / "reports.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_the_worked_examples_of_extending_md_install_and_run(tmp_path):
    """Each example of docs/extending.md, installed as a package, works through the real entry
    points in a fresh process: the embedder clusters and compares from the command line, the
    format is offered by `compare --format` and writes the facts, the language pack classifies a
    German verb change, and the site extractor reads the Gazette's page before trafilatura."""
    site = install_example(tmp_path / "site")
    work = tmp_path / "work"
    work.mkdir()
    (work / "gazette.html").write_text(GAZETTE_PAGE, encoding="utf-8")
    _reports(work)
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(work)], capture_output=True, text=True,
                            timeout=600, env={**_clean_env(), "PYTHONPATH": f"{site}:{ROOT}"})
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert "trigrams" in out["names"]["aggregator.embedders"]
    assert "facts-text" in out["names"]["aggregator.formats"]
    assert {"de", "en", "zh"} <= set(out["names"]["aggregator.language_packs"])
    assert out["names"]["aggregator.extractors"] == ["gazette"]

    assert out["extract"]["method"] == "site:gazette"
    assert out["extract"]["title"] == "Harbour pier closed after crane collapse"
    assert out["extract"]["author"] == "Anna Writer"  # left empty by the extractor: from the meta tags
    assert "Most read" not in out["extract"]["text"] and "port's statement" in out["extract"]["text"]

    assert out["pack"]["name"] == "German"
    assert out["pack"]["verb_change"] == "attribution verb"
    assert out["pack"]["english_rules"] == "word choice"
    assert out["pack"]["sentences"] == ["Das Gesetz gilt ab dem 3. Januar für alle Firmen.", "Dann ging er."]  # English rules split at "3."
    assert out["pack"]["voice"] == [["attributed", "der Minister"]]  # the pack's verbs of saying frame it
    assert out["pack"]["voice_english_rules"] == []
    assert out["pack"]["negated"] and not out["pack"]["negated_english_rules"]
    assert out["pack"]["stem"] == "ausfuhrverbot"  # Snowball's German stemmer
    assert out["pack"]["same_naming"] and not out["pack"]["same_naming_english_rules"]  # German determiners
    assert not out["pack"]["tagger"] and out["pack"]["descriptors"] == [0, 3]  # no tagger: no descriptors of names
    words = out["pack"]["content_words"]  # the pack's stop words and stemmer, by pack or by code
    assert words["pack"] == words["code"] == ["ausfuhrverbot", "regier", "verbietet"]
    assert words["english_rules"] == ["ausfuhrverbot", "die", "regierung", "verbietet"]
    assert out["pack"]["headline"] == [False, True]  # no title-case test: German capitalises nouns

    assert out["events"] and max(n for _, n in out["events"]) == 3, out
    assert out["format_offered"]
    assert out["compare"]["exit"] == 0, out["compare"]["output"]
    lines = out["compare"]["output"].splitlines()
    assert any(re.match(r"F\d+ \[Daily, Gazette, Wire\] ", line) for line in lines[1:]), lines


def _clean_env() -> dict[str, str]:
    import os

    keep = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "XDG_CACHE_HOME")
    return {k: v for k, v in os.environ.items() if k in keep}


@pytest.mark.parametrize("kind", ["embedder", "format"])
def test_an_unknown_extension_name_is_one_line_naming_the_registered_ones(kind):
    from click.testing import CliRunner

    args = ["--embedder", "nope", "events"] if kind == "embedder" else ["compare", "x", "--format", "nope"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code != 0
    assert "minilm-int8" in result.output if kind == "embedder" else "'nope' is not one of" in result.output
