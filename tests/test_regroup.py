"""Regrouping: rebuilding stories from stored articles reproduces the crawl's stories, deterministically."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from conftest import LOOPBACK, CrawledDemo, run_wirewatch

PARTITION = "SELECT url, story_id FROM articles ORDER BY url"
STORIES = (
    "SELECT id, title, first_published_at, first_outlet_id, first_article_id, article_count, outlet_count,"
    " originator, originator_kind, originator_confidence FROM stories ORDER BY id"
)
MATCHES = "SELECT id, match_method, match_article_id, match_similarity, match_containment, wire FROM articles ORDER BY id"


def query(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def copy_of(crawled_demo: CrawledDemo, tmp_path: Path) -> Path:
    db = tmp_path / "copy.db"
    shutil.copy(crawled_demo.db_path, db)
    return db


def test_regroup_reproduces_the_incremental_stories(crawled_demo: CrawledDemo, tmp_path: Path) -> None:
    db = copy_of(crawled_demo, tmp_path)
    before = (query(db, PARTITION), query(db, STORIES), query(db, MATCHES))
    result = run_wirewatch("regroup", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "regrouped 62 articles" in result.stdout
    assert (query(db, PARTITION), query(db, STORIES), query(db, MATCHES)) == before
    assert query(db, "PRAGMA foreign_key_check") == []


def test_regroup_is_deterministic_and_follows_new_parameters(crawled_demo: CrawledDemo, tmp_path: Path) -> None:
    db = copy_of(crawled_demo, tmp_path)
    strict = ("--set", "WIREWATCH_DEDUP_THRESHOLD=0.99", "--set", "WIREWATCH_DEDUP_CONTAINMENT=0.99")
    assert run_wirewatch("regroup", "--db", str(db), *strict).returncode == 0
    first = (query(db, PARTITION), query(db, STORIES), query(db, MATCHES))
    assert run_wirewatch("regroup", "--db", str(db), *strict).returncode == 0
    assert (query(db, PARTITION), query(db, STORIES), query(db, MATCHES)) == first
    # Near-identical thresholds split the edited and truncated pickups off their stories.
    assert len(first[1]) > len(query(crawled_demo.db_path, STORIES))


def test_crawl_refuses_a_database_grouped_with_other_parameters(crawled_demo: CrawledDemo, tmp_path: Path) -> None:
    db = copy_of(crawled_demo, tmp_path)
    before = query(db, PARTITION)
    result = run_wirewatch(
        "crawl", "--sources", str(crawled_demo.sources), "--db", str(db), *LOOPBACK,
        "--set", "WIREWATCH_DEDUP_SHINGLE_SIZE=4",
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(db) in lines[0] and "wirewatch regroup" in lines[0]
    assert query(db, PARTITION) == before


def test_regroup_needs_an_existing_database(tmp_path: Path) -> None:
    result = run_wirewatch("regroup", "--db", str(tmp_path / "missing.db"))
    assert result.returncode == 2
    assert "missing.db: no such database" in result.stderr
    assert not (tmp_path / "missing.db").exists()
