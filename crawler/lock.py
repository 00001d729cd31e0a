# One run at a time per database: cron may start a crawl while the previous one is still going.
"""An exclusive, non-blocking lock beside the database file (``news.db.lock``).

``fcntl.flock`` locks belong to the open file and vanish when the process dies,
so a killed run never leaves a stale lock behind.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from crawler.store.db import StoreError


class LockBusy(RuntimeError):
    """Another wirewatch run holds the database; the message names it."""


@contextmanager
def database_lock(db_path: str | Path) -> Iterator[Path]:
    """Hold ``<db>.lock`` for the duration of the block.

    Raises:
        LockBusy: another process holds it.
        StoreError: the lock file cannot be created (e.g. the directory is missing).
    """
    lock_path = Path(f"{db_path}.lock")
    try:
        handle = open(lock_path, "a+")
    except OSError as exc:
        raise StoreError(f"{db_path}: cannot open the lock file {lock_path}: {exc.strerror}") from None
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise LockBusy(f"{db_path}: another wirewatch run holds the database (pid {holder}); try again later") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield lock_path
    finally:
        handle.close()
