"""The comparison cache's fingerprint: a hash of the code and data a comparison depends on.

A cached comparison is reused while its event is unchanged and this fingerprint matches, so it
must change whenever anything that shapes a comparison does. It is computed, not listed by
hand: the source of every aggregator module the comparison's entry points import, directly or
through other aggregator modules (found by reading their `import` statements, those inside
functions included), the packaged word lists, the installed versions of the packages whose data
the comparison reads, the registered embedders and language packs, and the settings that choose
them. A hand-kept list missed text.py once, and edits to it left stale comparisons served.

The storage package is not followed (`aggregator.store.*`, the contract and backends): how rows are
kept does not change what a comparison says, and a schema change must not recompute every
event. Imports under `if TYPE_CHECKING:` are not followed either: they run only for mypy.
"""

from __future__ import annotations

import ast
import hashlib
import logging
from functools import cache
from importlib.metadata import entry_points
from pathlib import Path

from .. import plugins

logger = logging.getLogger(__name__)

_PACKAGE = Path(__file__).resolve().parent.parent
# What computes a cached comparison and its page data: compare/stored.py (the comparison),
# render/cached.py (the JSON and main differences it stores, and the digest).
ROOTS = ("aggregator.compare.stored", "aggregator.render.cached")
NOT_FOLLOWED = ("aggregator.store.",)  # storage backends: see the module docstring
DATA_GLOBS = ("data/*.yaml", "data/*.tsv")  # the packaged word lists (the demo corpus is not read by comparisons)
# Groups whose registered objects a comparison uses; their names, targets and packages count.
PLUGIN_GROUPS = (plugins.EMBEDDERS, plugins.LANGUAGE_PACKS)


def module_path(name: str) -> Path | None:
    """The source file of aggregator module `name`, or None when it is not one of ours."""
    if name != "aggregator" and not name.startswith("aggregator."):
        return None
    parts = name.split(".")[1:]
    if not parts:
        return _PACKAGE / "__init__.py"
    for candidate in (_PACKAGE.joinpath(*parts, "__init__.py"), _PACKAGE.joinpath(*parts[:-1], parts[-1] + ".py")):
        if candidate.is_file():
            return candidate
    return None


def _imports(name: str, path: Path) -> set[str]:
    """Aggregator modules `path` (module `name`) imports, wherever the import statement is."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    skip: set[int] = set()
    for node in ast.walk(tree):  # `if TYPE_CHECKING:` blocks
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[:len(parts) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)  # `from . import x`
    return {m for m in found if module_path(m) is not None}


@cache
def source_files(roots: tuple[str, ...] = ROOTS) -> tuple[Path, ...]:
    """Every source file the comparison's roots import (and the packages above them), sorted."""
    seen: dict[str, Path] = {}
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen or name.startswith(NOT_FOLLOWED):
            continue
        path = module_path(name)
        if path is None:
            continue
        seen[name] = path
        parent = name.rpartition(".")[0]
        todo.extend(([parent] if parent else []) + sorted(_imports(name, path)))
    return tuple(sorted(set(seen.values())))


def data_files() -> tuple[Path, ...]:
    return tuple(sorted(p for pattern in DATA_GLOBS for p in _PACKAGE.glob(pattern)))


def _plugins() -> str:
    """Registered embedders and language packs with the package and version providing each."""
    rows = []
    for group in PLUGIN_GROUPS:
        for ep in sorted(entry_points(group=group), key=lambda e: (e.name, e.value)):
            dist = f"{ep.dist.name}=={ep.dist.version}" if ep.dist is not None else "?"
            rows.append(f"{group}:{ep.name}={ep.value}@{dist}")
    return "\n".join(rows)


@cache
def code_fingerprint() -> str:
    """Hash of the code, packaged data and plugins (not settings): computed once per process."""
    from ..compare.evaluative import resource_versions  # the lexicon packages' installed versions

    digest = hashlib.sha1()
    for path in (*source_files(), *data_files()):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    digest.update(f"{resource_versions()}\n{_plugins()}".encode())
    return digest.hexdigest()
