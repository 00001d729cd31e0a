# The crawl log: one row per run, so cron operators can see what ran, when, and how it went.
"""Start and finish rows of the ``crawls`` table."""

from __future__ import annotations

import json
import os
from typing import Any

from sqlite_utils import Database

from crawler.store.db import utc_now


def start_crawl(db: Database, sources_path: str | None) -> int:
    """Insert a ``running`` crawl row and return its id."""
    with db.atomic():
        cursor = db.execute(
            "INSERT INTO crawls (started_at, status, sources_path, pid) VALUES (?, 'running', ?, ?)",
            [utc_now(), sources_path, os.getpid()],
        )
    return int(cursor.lastrowid)


def finish_crawl(db: Database, crawl_id: int, status: str, stats: dict[str, Any]) -> None:
    """Close a crawl row with its final status and stats (stored as JSON)."""
    with db.atomic():
        db.execute(
            "UPDATE crawls SET finished_at = ?, status = ?, stats = ? WHERE id = ?",
            [utc_now(), status, json.dumps(stats, default=str, sort_keys=True), crawl_id],
        )


def mark_killed(db: Database) -> int:
    """Mark crawls left ``running`` as ``killed``; call only while holding the database lock.

    Under the lock no other run can be in progress, so a ``running`` row is one
    whose process died (SIGKILL, power loss) before it could close its row.
    """
    with db.atomic():
        cursor = db.execute(
            "UPDATE crawls SET status = 'killed', finished_at = COALESCE(finished_at, ?) WHERE status = 'running'",
            [utc_now()],
        )
    return cursor.rowcount
