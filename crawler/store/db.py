# Opening a wirewatch database: WAL, foreign keys, a busy timeout and an up-to-date schema.
"""One place that opens SQLite the way every wirewatch component needs it."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from sqlite_utils import Database

from crawler.store.schema import migrations

BUSY_TIMEOUT_MS = 30_000


class StoreError(RuntimeError):
    """The database cannot be opened or is not a wirewatch store; the message names the file."""


def open_db(path: str | Path, *, migrate: bool = True, readonly: bool = False, must_exist: bool = False) -> Database:
    """Open (and by default create or upgrade) the store at ``path``.

    Args:
        path: the SQLite file.
        migrate: apply pending schema migrations (writers); readers pass False.
        readonly: open with ``mode=ro`` so nothing can be written.
        must_exist: refuse to create a new file (commands that only read or rework a store).

    Raises:
        StoreError: the file is not a usable SQLite database.
    """
    path = Path(path)
    if (readonly or must_exist) and not path.exists():
        raise StoreError(f"{path}: no such database (run 'wirewatch crawl' first)")
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        else:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        db = Database(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            if db.journal_mode != "wal":
                db.enable_wal()
            db.execute("PRAGMA synchronous = NORMAL")
            if migrate:
                migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a usable SQLite database: {exc}") from None
    return db


def utc_now() -> str:
    """The current time as ISO 8601 UTC with a Z, the format of every *_at column."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())  # a fifth of datetime.strftime's cost; called per article
