"""One run per database: a second crawl or a regroup while a crawl holds ``<db>.lock`` exits 75 at once."""

from __future__ import annotations

import fcntl
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import LOOPBACK, REPO, run_wirewatch
from crawler.demo_web import DemoWeb, write_sources

# Slow enough (tens of seconds) for the first run to outlast a second process starting up.
SLOW = [
    "--set", "DOWNLOAD_DELAY=0.2",
    "--set", "CONCURRENT_REQUESTS_PER_DOMAIN=1",
    "--set", "AUTOTHROTTLE_ENABLED=False",
]
EXIT_LOCKED = 75
START_TIMEOUT = 60
RUN_TIMEOUT = 180
QUICK = 30  # a refused run must exit well within this, not wait for the lock


def db_value(db: Path, sql: str) -> int | None:
    """One value read with a short-lived connection; None while the file or its tables do not exist yet."""
    if not db.exists():
        return None
    try:
        conn = sqlite3.connect(db, timeout=5)
        try:
            row = conn.execute(sql).fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def query(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def start_crawl(sources: Path, db: Path, log_dir: Path, *settings: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "WIREWATCH_DB"}
    return subprocess.Popen(
        [sys.executable, "-m", "crawler", "crawl", "--sources", str(sources), "--db", str(db), *settings],
        stdout=open(log_dir / "first.out", "w"),
        stderr=open(log_dir / "first.err", "w"),
        cwd=REPO,
        env=env,
    )


def wait_until(proc: subprocess.Popen, condition: Callable[[], bool], what: str, timeout: float = START_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if proc.poll() is not None:
            pytest.fail(f"first crawl exited with {proc.returncode} before {what}")
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.02)


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.kill()
        proc.wait(10)


def lock_is_free(db: Path) -> bool:
    """Try the lock the way wirewatch takes it (flock on ``<db>.lock``, non-blocking)."""
    with open(f"{db}.lock", "a+") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return True


def assert_refused(result: subprocess.CompletedProcess[str], elapsed: float, db: Path) -> None:
    assert result.returncode == EXIT_LOCKED, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "another wirewatch run" in lines[0] and str(db) in lines[0], lines[0]
    assert elapsed < QUICK, f"the refused run took {elapsed:.1f}s: it waited instead of exiting at once"


def test_a_second_crawl_exits_75_while_the_first_holds_the_database(
    demo_web: DemoWeb, ground_truth: dict, tmp_path: Path
) -> None:
    sources = write_sources(demo_web.base_url, tmp_path / "sources.toml")
    db = tmp_path / "news.db"
    first = start_crawl(sources, db, tmp_path, *SLOW)
    try:
        wait_until(first, lambda: db_value(db, "SELECT COUNT(*) FROM crawls") == 1, "the first run's crawls row")
        assert not lock_is_free(db)

        started = time.monotonic()
        second = run_wirewatch("crawl", "--sources", str(sources), "--db", str(db), *LOOPBACK, timeout=RUN_TIMEOUT)
        assert_refused(second, time.monotonic() - started, db)
        assert first.poll() is None, "the first run ended before the second was refused: no overlap was tested"
        # The refused run wrote nothing: no crawls row of its own, and the first run's row is untouched.
        assert query(db, "SELECT pid, status FROM crawls") == [(first.pid, "running")]

        assert first.wait(timeout=RUN_TIMEOUT) == 0, (tmp_path / "first.err").read_text()
    finally:
        stop(first)

    total = len(ground_truth["articles"])
    assert re.search(rf"^crawl 1 ok: 8 outlets, {total} new,", (tmp_path / "first.out").read_text(), re.MULTILINE)
    assert query(db, "SELECT COUNT(*), COUNT(DISTINCT url) FROM articles") == [(total, total)]
    assert query(db, "SELECT id, status FROM crawls") == [(1, "ok")]
    assert query(db, "PRAGMA integrity_check") == [("ok",)]

    # The lock went with the first run: the next one runs (and finds everything stored).
    assert lock_is_free(db)
    third = run_wirewatch("crawl", "--sources", str(sources), "--db", str(db), *LOOPBACK, timeout=RUN_TIMEOUT)
    assert third.returncode == 0, third.stderr
    assert re.search(r"^crawl 2 ok: 8 outlets, 0 new,", third.stdout, re.MULTILINE), third.stdout
    assert query(db, "SELECT id, status FROM crawls") == [(1, "ok"), (2, "ok")]


def test_regroup_during_a_crawl_exits_75(demo_web: DemoWeb, tmp_path: Path) -> None:
    sources = write_sources(demo_web.base_url, tmp_path / "sources.toml")
    db = tmp_path / "news.db"
    first = start_crawl(sources, db, tmp_path, *SLOW)
    try:
        wait_until(first, lambda: (db_value(db, "SELECT COUNT(*) FROM articles") or 0) >= 1, "a stored article")
        started = time.monotonic()
        regroup = run_wirewatch("regroup", "--db", str(db), timeout=RUN_TIMEOUT)
        assert_refused(regroup, time.monotonic() - started, db)
        assert first.poll() is None, "the crawl ended before the regroup was refused: no overlap was tested"
        assert query(db, "SELECT pid, status FROM crawls") == [(first.pid, "running")]
        # A killed crawl leaves no stale lock: the kernel drops a flock with its process.
        os.kill(first.pid, signal.SIGKILL)
        assert first.wait(timeout=30) == -signal.SIGKILL
    finally:
        stop(first)
    assert lock_is_free(db)
    after = run_wirewatch("regroup", "--db", str(db), timeout=RUN_TIMEOUT)
    assert after.returncode == 0, after.stderr
    assert after.stdout.startswith("regrouped ")


def test_a_database_in_a_missing_directory_is_still_bad_input(demo_web: DemoWeb, tmp_path: Path) -> None:
    sources = write_sources(demo_web.base_url, tmp_path / "sources.toml")
    db = tmp_path / "no-such-dir" / "news.db"
    result = run_wirewatch("crawl", "--sources", str(sources), "--db", str(db), *LOOPBACK, timeout=RUN_TIMEOUT)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(db) in lines[0], result.stderr
    assert not db.parent.exists()


def test_scrapy_crawl_takes_the_same_lock(demo_web: DemoWeb, tmp_path: Path) -> None:
    """`scrapy crawl news` (no CLI) refuses to start while a wirewatch run holds the database."""
    from crawler.lock import database_lock

    db = tmp_path / "news.db"
    sources = write_sources(demo_web.base_url, tmp_path / "sources.toml")
    with database_lock(db):
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"sources={sources}", "-s", f"WIREWATCH_DB={db}"],
            cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True, timeout=120,
        )
    assert result.returncode != 0
    assert "another wirewatch run holds the database" in result.stderr
    assert not db.exists(), "nothing is written while another run holds the database"
