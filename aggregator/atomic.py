"""Files written whole or not at all: a temporary name beside the target, then a rename.

A reader (a browser on the site, a user opening a report) never sees half a file. A process
killed between writing and renaming leaves its temporary file behind; the next writer, which
holds the writer lock, removes such leftovers (`clear_leftovers`), so a crash leaves no trace.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

logger = logging.getLogger(__name__)

_LEFTOVER = re.compile(r"^\..+\.\d+\.tmp$")  # what write_atomic names its temporary files


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write `data` (text as UTF-8) to `path` through `.name.<pid>.tmp` and a rename."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def clear_leftovers(folder: Path, recursive: bool = True) -> int:
    """Remove temporary files a killed writer left in `folder` (and below, if `recursive`); how
    many. Call it only while holding the writer lock: another live writer's temporary file would
    go too."""
    removed = 0
    if not folder.is_dir():
        return 0
    for path in (folder.rglob if recursive else folder.glob)(".*.tmp"):
        if _LEFTOVER.match(path.name) and path.is_file():
            path.unlink(missing_ok=True)
            removed += 1
            logger.info("removed %s, left by a writer that was cut off", path)
    return removed
