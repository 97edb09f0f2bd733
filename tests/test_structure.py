"""How the code is put together (issue 24 point 4): no import loops, the environment read only in
Settings, one definition per default, a cache fingerprint computed from the code it depends on,
and a server that opens the database read-only and never migrates."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from aggregator.render.fingerprint import _imports, source_files

PACKAGE = Path(__file__).resolve().parent.parent / "aggregator"


def _module_graph() -> dict[str, set[str]]:
    graph = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(("aggregator", *path.relative_to(PACKAGE).with_suffix("").parts))
        name = name.removesuffix(".__init__")
        # a module importing its own package (`from . import x`) runs nothing new: not a loop
        graph[name] = {m for m in _imports(name, path) if m != name and not name.startswith(m + ".")}
    return graph


def test_no_import_loops():
    """Every aggregator module can be imported on its own: no two modules import each other,
    directly or round a longer loop, not even from inside a function."""
    graph = _module_graph()
    loops, state = [], {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                loops.append(" -> ".join([*path[path.index(nxt):], nxt]))
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert not loops, "import loops:\n" + "\n".join(loops)


def test_the_environment_is_read_only_in_settings():
    """`os.environ.get`, `os.environ[...]` and `os.getenv` appear only in config/settings.py
    (setting a variable for a library, `os.environ.setdefault`, is not reading one)."""
    readers = []
    for path in PACKAGE.rglob("*.py"):
        if path == PACKAGE / "config" / "settings.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = ast.unparse(node) if isinstance(node, (ast.Call, ast.Subscript)) else ""
            if (text.startswith(("os.environ.get(", "os.getenv(", "os.environ[")) or
                    (isinstance(node, ast.Compare) and "os.environ" in ast.unparse(node))):
                readers.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {text or ast.unparse(node)}")
    assert not readers, "\n".join(readers)


def test_clustering_defaults_are_the_settings():
    from aggregator.config.settings import Settings
    from aggregator.events.cluster import ClusterParams

    params = ClusterParams.from_settings(Settings())
    assert params.threshold == Settings.cluster_threshold
    assert params.absorb_threshold == Settings.cluster_absorb_threshold
    assert params.window_days == Settings.cluster_window_days
    with pytest.raises(TypeError):
        ClusterParams()  # type: ignore[call-arg]  # no second set of defaults


def test_the_fingerprint_covers_what_the_comparison_imports_and_not_storage():
    found = {p.relative_to(PACKAGE).as_posix() for p in source_files()}
    assert {"text.py", "models.py", "events/embed.py", "compare/lexicon.py", "compare/language.py",
            "render/as_json.py", "render/summary.py", "render/cached.py"} <= found
    assert not any(p.startswith("store/") for p in found)
    assert "runs.py" not in found  # run counts and status: a change there keeps cached comparisons
    assert "cli/base.py" not in found and "web/app.py" not in found


def test_the_fingerprint_changes_when_text_py_changes(tmp_path, monkeypatch):
    """The case a hand-kept list missed: an edit to text.py must make cached comparisons stale."""
    import shutil

    from aggregator.render import fingerprint as fp

    copy = tmp_path / "aggregator"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "data"))
    (copy / "data").mkdir()
    monkeypatch.setattr(fp, "_PACKAGE", copy)
    fp.source_files.cache_clear()
    before = fp.code_fingerprint.__wrapped__()
    with (copy / "text.py").open("a", encoding="utf-8") as f:
        f.write("\n# an edit\n")
    fp.source_files.cache_clear()
    try:
        assert fp.code_fingerprint.__wrapped__() != before
    finally:
        fp.source_files.cache_clear()


def _older_database(path: Path, monkeypatch) -> str:
    """A SQLite database written by the code before its last migration, as before an upgrade."""
    from aggregator.store import sqlite, sqlite_schema

    with monkeypatch.context() as m:
        m.setattr(sqlite_schema, "MIGRATIONS", sqlite_schema.MIGRATIONS[:-1])
        m.setattr(sqlite, "MIGRATIONS", sqlite_schema.MIGRATIONS[:-1])
        sqlite.Store(path).conn.close()
    return sqlite_schema.MIGRATIONS[-1].__name__


def test_serving_never_migrates_and_names_the_command_to_run(tmp_path, monkeypatch):
    from aggregator.cli import cli
    from aggregator.config.settings import Settings
    from aggregator.errors import ConfigError
    from aggregator.store.contract import open_store
    from aggregator.web.data import LiveData

    db = tmp_path / "a.db"
    missing = _older_database(db, monkeypatch)
    before = db.read_bytes()
    with pytest.raises(ConfigError) as refused:
        LiveData(Settings.load(db_path=db))
    assert "run `aggregator db migrate`" in str(refused.value) and "\n" not in str(refused.value)
    assert missing in str(refused.value)
    assert db.read_bytes() == before  # nothing applied, nothing written
    result = CliRunner().invoke(cli, ["--db", str(db), "db", "migrate"])
    assert result.exit_code == 0, result.output
    assert "schema up to date" in result.output
    store = open_store(db, read_only=True)  # now it opens, and refuses writes
    with pytest.raises(sqlite3.OperationalError):
        store.conn.execute("create table x (a)")  # type: ignore[attr-defined]


def test_a_missing_database_is_not_created_by_serving(tmp_path):
    from aggregator.errors import ConfigError
    from aggregator.store.contract import open_store

    with pytest.raises(ConfigError):
        open_store(tmp_path / "none.db", read_only=True)
    assert not (tmp_path / "none.db").exists()


def test_a_failing_site_extractor_costs_a_log_line_not_the_page(monkeypatch, caplog):
    from aggregator.ingest import sites
    from aggregator.ingest.extract import extract_page

    class Broken:
        domains = ("broken.example",)

        def extract(self, html: str, url: str):
            raise ValueError("markup changed")

    monkeypatch.setattr(sites, "_by_domain", lambda: {"broken.example": ("broken", Broken())})
    page = ("<html><body><article><h1>Pier closed</h1><p>" + "Harbour authorities closed the pier. " * 12 +
            "</p></article></body></html>")
    found = extract_page(page, "https://news.broken.example/a")
    assert found.method == "trafilatura" and "Harbour authorities" in found.text
    assert "site extractor 'broken' failed" in caplog.text


def test_no_module_constant_is_assigned_twice():
    """A word list defined twice in one module silently replaces the first (lexicon.py once gained a
    second BODY_HEADS, a frozenset for labels, that took the place of the speakers' dict and changed
    who was quoted): no upper-case name is assigned twice at a module's top level."""
    import collections

    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        counts: collections.Counter[str] = collections.Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            counts.update(t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper())
        twice += [f"{path.name}: {name}" for name, n in counts.items() if n > 1]
    assert twice == []
