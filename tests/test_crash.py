"""Crash safety: a crawl killed with SIGKILL at any point is finished by the next run, with nothing lost or doubled.

Each scenario kills one or more slow crawls of the demo web (right after the
``crawls`` row appears, or once N articles are stored), checks the store is
consistent at the kill point (one transaction per article), reruns the crawl to
completion and compares the result with the ground truth and with a
``wirewatch regroup`` of the same database.
"""

from __future__ import annotations

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

# Slow enough (about 10 s for the 62 articles) that a kill lands mid-crawl.
SLOW = [
    "--set", "DOWNLOAD_DELAY=0.05",
    "--set", "CONCURRENT_REQUESTS_PER_DOMAIN=2",
    "--set", "AUTOTHROTTLE_ENABLED=False",
    # Commit every few articles, as a slow crawl of a big web would, so each kill lands between
    # commits mid-crawl rather than after one batch held the whole demo web.
    "--set", "WIREWATCH_STORE_BATCH=3",
]
START_TIMEOUT = 60  # seconds for a crawl to open its crawls row / store N articles
RUN_TIMEOUT = 120  # seconds for a rerun or a regroup

MATCHES = (
    "SELECT url, match_method, (SELECT url FROM articles m WHERE m.id = a.match_article_id),"
    " match_similarity, match_containment, wire, wire_evidence FROM articles a ORDER BY url"
)
STORIES = """
    SELECT s.id, s.title, s.first_published_at, s.first_outlet_id, fa.url, s.article_count, s.outlet_count,
           s.originator, s.originator_kind, s.originator_confidence
    FROM stories s LEFT JOIN articles fa ON fa.id = s.first_article_id
"""


# ---------------------------------------------------------------- helpers


def db_value(db: Path, sql: str) -> int | None:
    """One value read with a short-lived connection; None while the file or its tables do not exist yet."""
    if not db.exists():  # never let the poller create the file before the crawler does
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


def query(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def start_crawl(sources: Path, db: Path, log_dir: Path, *settings: str) -> subprocess.Popen:
    """``wirewatch crawl`` in the background; output to files so a full pipe never blocks it."""
    env = {k: v for k, v in os.environ.items() if k != "WIREWATCH_DB"}
    n = len(list(log_dir.glob("run-*.out")))
    return subprocess.Popen(
        [sys.executable, "-m", "crawler", "crawl", "--sources", str(sources), "--db", str(db), *settings],
        stdout=open(log_dir / f"run-{n}.out", "w"),
        stderr=open(log_dir / f"run-{n}.err", "w"),
        cwd=REPO,
        env=env,
    )


def wait_until(proc: subprocess.Popen, condition: Callable[[], bool], what: str, timeout: float = START_TIMEOUT) -> None:
    """Poll ``condition`` every 10 ms; fail (killing ``proc``) on timeout or if ``proc`` exits first."""
    deadline = time.monotonic() + timeout
    while not condition():
        if proc.poll() is not None:
            pytest.fail(f"crawl exited with {proc.returncode} before {what}")
        if time.monotonic() > deadline:
            proc.kill()
            proc.wait(10)
            pytest.fail(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.01)


def sigkill(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL


def assert_consistent_at_kill_point(db: Path) -> None:
    """What a killed run leaves: whole articles only, each with its signature, aggregates in step."""
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert query(db, "PRAGMA foreign_key_check") == []
    assert query(
        db, "SELECT a.url FROM articles a LEFT JOIN article_signatures s ON s.article_id = a.id WHERE s.article_id IS NULL"
    ) == []
    assert query(
        db, "SELECT s.article_id FROM article_signatures s LEFT JOIN articles a ON a.id = s.article_id WHERE a.id IS NULL"
    ) == []
    stale = query(
        db,
        """
        SELECT s.id, s.article_count, s.outlet_count, COUNT(a.id), COUNT(DISTINCT a.outlet_id)
        FROM stories s LEFT JOIN articles a ON a.story_id = s.id GROUP BY s.id
        HAVING s.article_count IS NOT COUNT(a.id) OR s.outlet_count IS NOT COUNT(DISTINCT a.outlet_id)
        """,
    )
    assert stale == [], f"story aggregates out of step with their articles: {stale}"


def stories_by_members(db: Path) -> set[tuple]:
    """Every story as (sorted member URLs, aggregates); story ids may differ between two databases."""
    members: dict[int, list[str]] = {}
    for story_id, url in query(db, "SELECT story_id, url FROM articles"):
        members.setdefault(story_id, []).append(url)
    return {(tuple(sorted(members.get(row[0], []))), *row[1:]) for row in query(db, STORIES)}


def regrouped_copy(db: Path, copy: Path) -> Path:
    """A consistent copy of ``db`` (backup API, so a leftover WAL is included), regrouped."""
    src, dst = sqlite3.connect(db), sqlite3.connect(copy)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    result = run_wirewatch("regroup", "--db", str(copy), timeout=RUN_TIMEOUT)
    assert result.returncode == 0, result.stderr
    return copy


# ---------------------------------------------------------------- the scenarios

# Each scenario is a list of kill points, one per killed run, then one run to completion.
# 0 means "as soon as the run's crawls row exists", before any article is stored.
SCENARIOS = {
    "before-any-article": [0],
    "after-1": [1],
    "after-10": [10],
    "after-30": [30],
    "twice-after-5-then-40": [5, 40],
}


@pytest.mark.parametrize("kill_points", list(SCENARIOS.values()), ids=list(SCENARIOS))
def test_a_killed_crawl_is_finished_by_the_next_run(
    kill_points: list[int], demo_web: DemoWeb, ground_truth: dict, tmp_path: Path
) -> None:
    sources = write_sources(demo_web.base_url, tmp_path / "sources.toml")
    db = tmp_path / "news.db"
    total = len(ground_truth["articles"])
    stored_by_killed: list[int] = []  # articles in the store after each kill

    for kill_at in kill_points:
        before = db_value(db, "SELECT COUNT(*) FROM articles") or 0
        runs_before = db_value(db, "SELECT COUNT(*) FROM crawls") or 0
        proc = start_crawl(sources, db, tmp_path, *SLOW)
        try:
            # This run's own crawls row (earlier killed rows do not count).
            wait_until(proc, lambda: (db_value(db, "SELECT COUNT(*) FROM crawls") or 0) > runs_before, "its crawls row")
            if kill_at:
                wait_until(
                    proc,
                    lambda: (db_value(db, "SELECT COUNT(*) FROM articles") or 0) >= kill_at,
                    f"{kill_at} stored articles",
                )
            sigkill(proc)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
        stored = db_value(db, "SELECT COUNT(*) FROM articles")
        assert stored is not None and before + (kill_at > 0) <= stored < total, (
            f"kill at {kill_at}: {stored} articles stored (the kill did not land mid-crawl)"
        )
        if kill_at == 0:
            assert stored == before, "an article was stored before the kill meant to precede them all"
        stored_by_killed.append(stored)
        # The dead run's row is still 'running'; what it stored is whole.
        assert query(db, "SELECT status, finished_at FROM crawls ORDER BY id DESC LIMIT 1") == [("running", None)]
        assert_consistent_at_kill_point(db)

    result = run_wirewatch("crawl", "--sources", str(sources), "--db", str(db), *LOOPBACK, timeout=RUN_TIMEOUT)
    assert result.returncode == 0, result.stderr
    summary = re.search(r"^crawl (\d+) ok: \d+ outlets, (\d+) new,", result.stdout, re.MULTILINE)
    assert summary, result.stdout
    assert int(summary[2]) == total - stored_by_killed[-1], result.stdout

    # The store is sound and holds every demo article exactly once, each with its signature.
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert query(db, "PRAGMA foreign_key_check") == []
    expected_urls = sorted(demo_web.base_url + a["path"] for a in ground_truth["articles"])
    assert sorted(url for (url,) in query(db, "SELECT url FROM articles")) == expected_urls
    assert query(db, "SELECT COUNT(*) FROM articles") == [(total,)]
    assert query(db, "SELECT COUNT(*) FROM article_signatures") == [(total,)]
    assert query(
        db, "SELECT a.url FROM articles a LEFT JOIN article_signatures s ON s.article_id = a.id WHERE s.article_id IS NULL"
    ) == []

    # Stories: the ground truth's partition, with the aggregates a full regroup computes.
    truth_story = {demo_web.base_url + a["path"]: a["story"] for a in ground_truth["articles"]}
    partition: dict[int, set[str]] = {}
    for story_id, url in query(db, "SELECT story_id, url FROM articles"):
        partition.setdefault(story_id, set()).add(url)
    expected_partition: dict[str, set[str]] = {}
    for url, key in truth_story.items():
        expected_partition.setdefault(key, set()).add(url)
    assert sorted(map(sorted, partition.values())) == sorted(map(sorted, expected_partition.values()))
    assert query(db, "SELECT COUNT(*) FROM stories") == [(len(expected_partition),)]
    regrouped = regrouped_copy(db, tmp_path / "regrouped.db")
    assert stories_by_members(db) == stories_by_members(regrouped)

    # The crawl log: every killed run marked 'killed' with a finish time, the final run 'ok'.
    crawls = query(db, "SELECT id, status, finished_at IS NOT NULL FROM crawls ORDER BY id")
    assert [status for _, status, _ in crawls] == ["killed"] * len(kill_points) + ["ok"], crawls
    assert all(finished for _, _, finished in crawls), crawls
    final_id = crawls[-1][0]
    assert int(summary[1]) == final_id
    # Articles name the run that stored them: the killed runs' ones stay theirs.
    per_crawl = dict(query(db, "SELECT crawl_id, COUNT(*) FROM articles GROUP BY crawl_id"))
    expected_per_crawl = {}
    previous = 0
    for (crawl_id, _, _), stored in zip(crawls, [*stored_by_killed, total]):
        if stored - previous:
            expected_per_crawl[crawl_id] = stored - previous
        previous = stored
    assert per_crawl == expected_per_crawl


def test_the_grouping_state_survives_a_kill(demo_web: DemoWeb, ground_truth: dict, tmp_path: Path) -> None:
    """After kill + rerun the grouping equals an uninterrupted crawl's (= a regroup's), down to the match scores.

    The saved boilerplate counts lag behind the stored articles when a run is killed; the
    next run recounts the tail, or its articles would keep paragraphs a regroup drops as
    boilerplate and get other similarity scores (near a threshold: other stories).
    """
    sources = write_sources(demo_web.base_url, tmp_path / "sources.toml")
    db = tmp_path / "news.db"
    proc = start_crawl(sources, db, tmp_path, *SLOW)
    try:
        wait_until(proc, lambda: (db_value(db, "SELECT COUNT(*) FROM articles") or 0) >= 30, "30 stored articles")
        sigkill(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    result = run_wirewatch("crawl", "--sources", str(sources), "--db", str(db), *LOOPBACK, timeout=RUN_TIMEOUT)
    assert result.returncode == 0, result.stderr
    assert query(db, "SELECT COUNT(*) FROM articles") == [(len(ground_truth["articles"]),)]
    regrouped = regrouped_copy(db, tmp_path / "regrouped.db")
    state = "SELECT value FROM dedup_state WHERE name = 'boilerplate'"
    assert query(db, state) == query(regrouped, state)
    assert query(db, MATCHES) == query(regrouped, MATCHES)
