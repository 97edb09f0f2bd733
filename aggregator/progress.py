"""Progress bars on long work, only when a person is watching (stderr is a terminal).

tqdm draws them; under cron, in pipes and in tests stderr is not a terminal and the iterable
is returned untouched, so logs stay clean. `-q` turns them off too (the root logger's level).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def progress(items: Iterable[T], *, total: int | None = None, desc: str = "", unit: str = "it") -> Iterator[T]:
    """`items`, with a progress bar on stderr when it is a terminal and logging is not quiet."""
    if not sys.stderr.isatty() or logging.getLogger().getEffectiveLevel() > logging.WARNING:
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, total=total, desc=desc, unit=unit, leave=False, file=sys.stderr)
