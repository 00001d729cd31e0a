"""The SQLite store: schema, story aggregates, the story_outlets view, full-text search."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.sources import Outlet
from crawler.store import ArticleStore, StoreError, StoryMatch, open_db


def article(url: str, outlet: str, published: str | None, title: str, text: str = "body text") -> dict:
    return {
        "url": url,
        "outlet_id": outlet,
        "title": title,
        "published_at": published,
        "fetched_at": "2026-11-20T10:00:00Z",
        "text": text,
        "text_hash": f"h-{url}",
        "word_count": len(text.split()),
        "authors": ["A. Writer"],
    }


@pytest.fixture
def store(tmp_path: Path) -> ArticleStore:
    db = open_db(tmp_path / "news.db")
    store = ArticleStore(db)
    store.upsert_outlets(
        [Outlet(id="wire", name="Northstar Wire", feeds=("http://w.example/rss",), domains=("w.example",)),
         Outlet(id="herald", name="Lakeside Herald", feeds=("http://h.example/rss",), domains=("h.example",))]
    )
    return store


def test_database_is_wal_with_foreign_keys_and_migrations_rerun_safely(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    db = open_db(path)
    db.close()
    db = open_db(path)
    assert db.journal_mode == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert {"outlets", "articles", "stories", "crawls", "articles_fts"} <= set(db.table_names())
    assert "story_outlets" in db.view_names()


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="junk.db: not a usable SQLite database"):
        open_db(path)


def test_story_aggregates_follow_the_first_publisher(store: ArticleStore) -> None:
    _, story = store.add_article(
        article("http://h.example/1", "herald", "2026-11-12T08:00:00Z", "Herald headline"), None
    )
    first_id, _ = store.add_article(
        article("http://w.example/1", "wire", "2026-11-12T06:00:00Z", "Wire headline"),
        StoryMatch(article_id=1, method="exact", similarity=1.0),
    )
    row = store.db.execute(
        "SELECT title, first_outlet_id, first_published_at, article_count, outlet_count, first_article_id"
        " FROM stories WHERE id = ?",
        [story],
    ).fetchone()
    assert row == ("Wire headline", "wire", "2026-11-12T06:00:00Z", 2, 2, first_id)
    view = store.db.execute(
        "SELECT outlet_id, outlet_name, is_first FROM story_outlets WHERE story_id = ?", [story]
    ).fetchall()
    assert view == [("wire", "Northstar Wire", 1), ("herald", "Lakeside Herald", 0)]


def test_unmatched_article_starts_its_own_story(store: ArticleStore) -> None:
    _, a = store.add_article(article("http://h.example/1", "herald", None, "One"), None)
    _, b = store.add_article(article("http://h.example/2", "herald", None, "Two"), None)
    assert a != b
    assert store.has_url("http://h.example/2")
    assert not store.has_url("http://h.example/3")


def test_duplicate_url_is_refused_and_story_untouched(store: ArticleStore) -> None:
    store.add_article(article("http://h.example/1", "herald", None, "One"), None)
    with pytest.raises(Exception, match="UNIQUE"):
        store.add_article(article("http://h.example/1", "herald", None, "One again"), None)
    assert store.db.execute("SELECT COUNT(*) FROM stories").fetchone()[0] == 1
    assert store.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1


def test_full_text_search_stays_in_sync(store: ArticleStore) -> None:
    store.add_article(article("http://h.example/1", "herald", None, "Ferry", "the harbour ferry strike ended"), None)
    hits = store.db.execute(
        "SELECT articles.url FROM articles_fts JOIN articles ON articles.rowid = articles_fts.rowid"
        " WHERE articles_fts MATCH 'harbour'"
    ).fetchall()
    assert hits == [("http://h.example/1",)]


def test_full_text_search_follows_a_newer_version_but_not_a_story_move(store: ArticleStore) -> None:
    """An edited text is re-indexed; moving an article between stories (merge, regroup) leaves the index alone."""
    article_id, _ = store.add_article(article("http://h.example/1", "herald", None, "Ferry", "the harbour ferry strike ended"), None)
    other_id, other_story = store.add_article(article("http://h.example/2", "herald", None, "Tram", "a tram depot opened"), None)

    def matches(term: str) -> list[int]:
        return [row[0] for row in store.db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", [term])]

    store.update_article(article_id, article("http://h.example/1", "herald", None, "Ferry", "the ferry strike ended at dawn"))
    assert matches("harbour") == [] and matches("dawn") == [article_id]

    index_rows = store.db.execute("SELECT COUNT(*) FROM articles_fts_data").fetchone()[0]
    store.db.execute("UPDATE articles SET story_id = ? WHERE id = ?", [other_story, article_id])
    assert store.db.execute("SELECT COUNT(*) FROM articles_fts_data").fetchone()[0] == index_rows
    assert matches("dawn") == [article_id] and matches("depot") == [other_id]
