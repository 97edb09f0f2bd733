"""How a database is named: a SQLite path, `sqlite:///path` or `postgresql://…`, how the
name is shown in messages (any password as `***`), and the one-line verdict on a schema that a
read-only opener (`aggregator serve`) must not migrate.

Its own module, beside the contract, so that the backends (postgres.py), the locks and the copy
can read a name without importing the contract, and the contract can pick a backend without a
loop back to itself.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import ConfigError

POSTGRES_SCHEMES = ("postgresql://", "postgres://")
SQLITE_SCHEME = "sqlite:///"  # SQLAlchemy's form: sqlite:///relative.db, sqlite:////absolute.db
_PASSWORD_PARAM = re.compile(r"([?&]password=)[^&#]*", re.IGNORECASE)  # libpq's URL parameter


def is_postgres(target: Path | str) -> bool:
    return str(target).startswith(POSTGRES_SCHEMES)


def sqlite_path(target: Path | str) -> Path:
    """The file of a SQLite database named by a path or a `sqlite:///` URL."""
    text = str(target)
    if text.startswith(SQLITE_SCHEME):
        return Path(text[len(SQLITE_SCHEME):])
    if "://" in text:
        raise ConfigError(f"{text.split('://')[0]}://…: unknown database kind; use a file path, "
                          "sqlite:///path or postgresql://user@host/dbname")
    return Path(text)


def display_name(target: Path | str) -> str:
    """The database's name for messages and logs, any password in it shown as `***`:
    postgresql://user:***@host/db (the password after the user, or a `password=` parameter)."""
    text = str(target)
    if "://" not in text:
        return text
    scheme, rest = text.split("://", 1)
    cut = min([i for i in (rest.find("?"), rest.find("#")) if i >= 0], default=len(rest))
    head, tail = rest[:cut], rest[cut:]
    if "@" in head:  # the last @ ends the credentials: a password may hold an @ or a /
        credentials, host = head.rsplit("@", 1)
        user, colon, password = credentials.partition(":")
        head = f"{user}:***@{host}" if colon and password else f"{user}@{host}"
    return f"{scheme}://{head}" + _PASSWORD_PARAM.sub(r"\1***", tail)


def check_schema(name: object, applied: list[str], known: list[str]) -> None:
    """Refuse, in one line, a schema a read-only opener cannot use as it is: one written by a
    newer aggregator, or one missing migrations this code has (which only a writer applies)."""
    unknown = [step for step in applied if step not in known]
    if unknown:
        raise ConfigError(f"{display_name(str(name))}: written by a newer aggregator (schema {unknown[-1]}); "
                          "upgrade aggregator to use it")
    missing = [step for step in known if step not in applied]
    if missing:
        raise ConfigError(f"{display_name(str(name))}: the database is older than this aggregator "
                          f"({len(missing)} schema migration(s) pending, from {missing[0]}); "
                          "run `aggregator db migrate` first")
