"""Incremental crawls: a second run downloads no article, asks for listings conditionally, updates in place."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from conftest import LOOPBACK, CrawledDemo, run_wirewatch

SNAPSHOT = (
    "SELECT a.url, a.story_id, s.title, s.article_count, s.first_outlet_id FROM articles a"
    " JOIN stories s ON s.id = a.story_id ORDER BY a.url"
)


def copy_db(crawled_demo: CrawledDemo, tmp_path: Path) -> Path:
    db = tmp_path / "again.db"
    shutil.copy(crawled_demo.db_path, db)
    return db


def query(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()



def test_second_crawl_downloads_no_article_and_gets_304_for_listings(crawled_demo: CrawledDemo, tmp_path: Path) -> None:
    db = copy_db(crawled_demo, tmp_path)
    before = query(db, SNAPSHOT)
    web = crawled_demo.web
    web.reset_log()
    result = run_wirewatch("crawl", "--sources", str(crawled_demo.sources), "--db", str(db), *LOOPBACK)
    assert result.returncode == 0, result.stderr[-2000:]
    responses = list(web.responses)
    article_paths = {a["path"] for a in crawled_demo.truth["articles"]} | {
        p["path"] for p in crawled_demo.truth["non_articles"]
    }
    fetched = {path.split("?")[0].split("#")[0] for path, _, _ in responses}
    assert not fetched & article_paths, "no article page is downloaded again"
    listings = [(path, status, conditional) for path, status, conditional in responses if path.endswith((".xml", ".xml.gz"))]
    assert listings, "feeds and sitemaps are still checked"
    assert all(status == 304 and conditional for _, status, conditional in listings), listings
    assert query(db, SNAPSHOT) == before
    stats = json.loads(query(db, "SELECT stats FROM crawls ORDER BY id DESC LIMIT 1")[0][0])
    assert not [k for k in stats if k.endswith("/stored")]


def test_unchanged_listing_without_validators_is_not_parsed_again(crawled_demo: CrawledDemo, tmp_path: Path) -> None:
    db = copy_db(crawled_demo, tmp_path)
    web = crawled_demo.web
    web.validators = False
    try:
        web.reset_log()
        result = run_wirewatch("crawl", "--sources", str(crawled_demo.sources), "--db", str(db), *LOOPBACK)
    finally:
        web.validators = True
    assert result.returncode == 0, result.stderr[-2000:]
    statuses = {status for path, status, _ in web.responses if path.endswith((".xml", ".xml.gz"))}
    assert statuses == {200}, "this server answers every listing in full"
    article_paths = {a["path"] for a in crawled_demo.truth["articles"]}
    assert not {path.split("?")[0] for path, _, _ in web.responses} & article_paths
    stats = json.loads(query(db, "SELECT stats FROM crawls ORDER BY id DESC LIMIT 1")[0][0])
    unchanged = sum(v for k, v in stats.items() if k.endswith("/listings_unchanged"))
    assert unchanged >= len([o for o in crawled_demo.truth["outlets"]]) - 1


def test_article_newer_in_its_listing_is_updated_in_place(crawled_demo: CrawledDemo, tmp_path: Path) -> None:
    db = copy_db(crawled_demo, tmp_path)
    # Pretend the stored copies are older than what the listings now say, and the listings changed.
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM listing_state")
        conn.execute("UPDATE articles SET modified_at = '2000-01-01T00:00:00Z', title = 'stale headline' WHERE modified_at IS NOT NULL")
    stale = query(db, "SELECT url, story_id FROM articles WHERE title = 'stale headline' ORDER BY url")
    before_counts = query(db, "SELECT COUNT(*), COUNT(DISTINCT story_id) FROM articles")
    result = run_wirewatch("crawl", "--sources", str(crawled_demo.sources), "--db", str(db), *LOOPBACK)
    assert result.returncode == 0, result.stderr[-2000:]
    assert stale, "the demo web has articles whose listing gives a modification time"
    refreshed = query(db, "SELECT url, story_id FROM articles WHERE title != 'stale headline' AND url IN (%s) ORDER BY url"
                      % ",".join("?" * len(stale)), tuple(u for u, _ in stale))
    assert refreshed, "at least one stale article was fetched again and updated"
    assert set(refreshed) <= set(stale), "an updated article keeps its story"
    assert query(db, "SELECT COUNT(*), COUNT(DISTINCT story_id) FROM articles") == before_counts
    stats = json.loads(query(db, "SELECT stats FROM crawls ORDER BY id DESC LIMIT 1")[0][0])
    assert sum(v for k, v in stats.items() if k.endswith("/updated")) == len(refreshed)
    refreshed_stories = tuple({story for _, story in refreshed})
    titles = query(
        db,
        "SELECT s.title, a.title FROM stories s JOIN articles a ON a.id = s.first_article_id WHERE s.id IN (%s)"
        % ",".join("?" * len(refreshed_stories)),
        refreshed_stories,
    )
    assert all(story == first for story, first in titles), "story titles follow their first article's new headline"
