# The database schema as named migrations that can run any number of times.
# Every process that opens a store applies the pending ones first.
"""Schema of the wirewatch store (see README, "Schema")."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("wirewatch")


@migrations()
def m001_core_tables(db: Database) -> None:
    """Outlets, stories, articles and crawls, with the indexes the CLI and pipelines query by."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS outlets (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            domains TEXT,
            language TEXT,
            country TEXT,
            homepage TEXT,
            first_seen_at TEXT,
            updated_at TEXT
        );
        CREATE TABLE IF NOT EXISTS stories (
            id INTEGER PRIMARY KEY,
            title TEXT,
            first_published_at TEXT,
            first_outlet_id TEXT REFERENCES outlets(id),
            first_article_id INTEGER,
            article_count INTEGER NOT NULL DEFAULT 0,
            outlet_count INTEGER NOT NULL DEFAULT 0,
            created_at TEXT,
            updated_at TEXT
        );
        CREATE TABLE IF NOT EXISTS crawls (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL,
            sources_path TEXT,
            pid INTEGER,
            stats TEXT
        );
        CREATE TABLE IF NOT EXISTS articles (
            id INTEGER PRIMARY KEY,
            url TEXT UNIQUE NOT NULL,
            outlet_id TEXT NOT NULL REFERENCES outlets(id),
            canonical_url TEXT,
            title TEXT,
            authors TEXT,
            published_at TEXT,
            published_source TEXT,
            modified_at TEXT,
            fetched_at TEXT NOT NULL,
            language TEXT,
            description TEXT,
            site_name TEXT,
            text TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            word_count INTEGER NOT NULL,
            story_id INTEGER NOT NULL REFERENCES stories(id),
            listing_url TEXT,
            crawl_id INTEGER REFERENCES crawls(id),
            match_method TEXT,
            match_article_id INTEGER,
            match_similarity REAL,
            match_containment REAL
        );
        CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id, published_at);
        CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet_id, published_at);
        CREATE INDEX IF NOT EXISTS articles_text_hash ON articles(text_hash);
        CREATE INDEX IF NOT EXISTS articles_published ON articles(published_at);
        CREATE INDEX IF NOT EXISTS stories_updated ON stories(updated_at);
        """
    )


@migrations()
def m002_story_outlets_view(db: Database) -> None:
    """One row per article of a story, in publication order, with the first publisher flagged."""
    db.execute("DROP VIEW IF EXISTS story_outlets")
    db.execute(
        """
        CREATE VIEW story_outlets AS
        SELECT
            a.story_id,
            a.outlet_id,
            o.name AS outlet_name,
            a.id AS article_id,
            a.url,
            a.title,
            a.published_at,
            CASE WHEN ROW_NUMBER() OVER (
                PARTITION BY a.story_id
                ORDER BY COALESCE(a.published_at, a.fetched_at), a.id
            ) = 1 THEN 1 ELSE 0 END AS is_first
        FROM articles a JOIN outlets o ON o.id = a.outlet_id
        ORDER BY a.story_id, COALESCE(a.published_at, a.fetched_at), a.id
        """
    )


@migrations()
def m003_articles_fts(db: Database) -> None:
    """Full-text search over article titles and bodies, kept in sync by triggers (m007 narrows the update one)."""
    if "articles_fts" not in db.table_names():
        db["articles"].enable_fts(["title", "text"], create_triggers=True)


@migrations()
def m004_grouping(db: Database) -> None:
    """Persisted grouping state (signatures, shingle sets), wire credits and story originators."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS article_signatures (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            story_key INTEGER NOT NULL,
            fingerprint TEXT NOT NULL,
            signature BLOB NOT NULL,
            shingles BLOB NOT NULL,
            size INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS dedup_state (
            name TEXT PRIMARY KEY,
            value BLOB
        );
        """
    )
    for table, column in (
        ("articles", "wire"),
        ("articles", "wire_evidence"),
        ("stories", "originator"),
        ("stories", "originator_kind"),
        ("stories", "originator_confidence"),
    ):
        if column not in db[table].columns_dict:
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")


@migrations()
def m005_outlet_wires(db: Database) -> None:
    """Mark wire services and the names their copies are credited under."""
    for column, kind in (("is_wire", "INTEGER NOT NULL DEFAULT 0"), ("wire_aliases", "TEXT")):
        if column not in db["outlets"].columns_dict:
            db.execute(f"ALTER TABLE outlets ADD COLUMN {column} {kind}")


@migrations()
def m006_incremental(db: Database) -> None:
    """What later runs need to skip work: listing validators, every URL of an article, rejected pages."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS listing_state (
            url TEXT PRIMARY KEY,
            outlet_id TEXT,
            kind TEXT,
            etag TEXT,
            last_modified TEXT,
            body_hash TEXT,
            children TEXT,
            checked_at TEXT
        );
        CREATE TABLE IF NOT EXISTS article_urls (
            url TEXT PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
        );
        CREATE TABLE IF NOT EXISTS rejected_pages (
            url TEXT PRIMARY KEY,
            outlet_id TEXT,
            reason TEXT NOT NULL,
            checked_at TEXT NOT NULL
        );
        INSERT OR IGNORE INTO article_urls (url, article_id) SELECT url, id FROM articles;
        """
    )


@migrations()
def m007_articles_fts_follows_text_edits_only(db: Database) -> None:
    """Re-index an article when its title or text changes, not whenever any column does.

    The update trigger ``enable_fts`` creates fires on every column, so a story merge or a
    ``wirewatch regroup`` (which only move articles between stories) rewrote their full-text entries.
    """
    db.executescript(
        """
        DROP TRIGGER IF EXISTS articles_au;
        CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
          INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
          INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        """
    )
