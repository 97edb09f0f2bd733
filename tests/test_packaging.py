"""The package as a user installs it: a wheel in a fresh virtual environment, away from the
source checkout, must still run its demo (the corpus ships as package data)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow


def test_the_demo_runs_from_a_wheel_installed_in_a_fresh_venv(tmp_path):
    # Built from a copy of the sources: a `build/` folder left in the checkout by an earlier
    # build would otherwise put files into the wheel that the sources no longer have.
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "db", "reports", ".pytest_cache"))
    wheels = tmp_path / "wheels"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                            "-w", str(wheels), str(source)], capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    [wheel] = wheels.glob("aggregator-*.whl")
    env_dir = tmp_path / "env"
    subprocess.run([sys.executable, "-m", "venv", str(env_dir)], check=True)
    python = env_dir / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    # The dependencies come from the test run's own environment (a plain path: its .pth files,
    # the editable install of this checkout among them, are not processed).
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    install = subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "-q", str(wheel)],
                             capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    where = subprocess.run([str(python), "-c", "import aggregator; print(aggregator.__file__)"], cwd=tmp_path,
                           capture_output=True, text=True, check=True).stdout
    assert where.startswith(str(env_dir)), where
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("AGGREGATOR_")},
           "AGGREGATOR_EMBEDDER": "hashing", "AGGREGATOR_MULTILINGUAL_EMBEDDER": ""}
    demo = subprocess.run([str(env_dir / "bin" / "aggregator"), "demo", "--out", "out", "--demo-db", "out/demo.db"],
                          cwd=tmp_path, capture_output=True, text=True, env=env, timeout=600)
    assert demo.returncode == 0, demo.stderr
    assert "events:" in demo.stdout and list((tmp_path / "out").glob("*.md"))
