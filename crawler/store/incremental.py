# What lets the next cron run skip work: known article URLs, listing validators, rejected pages.
"""Reads and writes of the incremental-crawl tables (``article_urls``, ``listing_state``, ``rejected_pages``)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from sqlite_utils import Database

from crawler.store.db import utc_now


@dataclass(frozen=True)
class ListingState:
    """What a feed or sitemap looked like last time: HTTP validators and a hash of its body."""

    url: str
    outlet_id: str
    kind: str
    etag: str | None
    last_modified: str | None
    body_hash: str
    children: tuple[str, ...] = ()  # a sitemap index's sitemaps, followed again when it is unchanged


@dataclass(frozen=True)
class KnownArticle:
    """A stored article and the time of the version we have (modified, else fetched)."""

    article_id: int
    modified_at: str | None


def load_listing_states(db: Database) -> dict[str, ListingState]:
    rows = db.execute("SELECT url, outlet_id, kind, etag, last_modified, body_hash, children FROM listing_state")
    return {row[0]: ListingState(*row[:6], children=tuple(json.loads(row[6] or "[]"))) for row in rows}


def save_listing_states(db: Database, states: Iterable[ListingState]) -> None:
    now = utc_now()
    with db.atomic():
        for state in states:
            db.execute(
                "INSERT INTO listing_state (url, outlet_id, kind, etag, last_modified, body_hash, children, checked_at)"
                " VALUES (:url, :outlet_id, :kind, :etag, :last_modified, :body_hash, :children, :checked_at)"
                " ON CONFLICT(url) DO UPDATE SET outlet_id = excluded.outlet_id, kind = excluded.kind,"
                " etag = excluded.etag, last_modified = excluded.last_modified,"
                " body_hash = excluded.body_hash, children = excluded.children, checked_at = excluded.checked_at",
                {**asdict(state), "children": json.dumps(list(state.children)), "checked_at": now},
            )


def known_article(db: Database, url: str) -> KnownArticle | None:
    """The stored article any variant of ``url`` (listed, fetched or canonical) leads to."""
    row = db.execute(
        "SELECT a.id, COALESCE(a.modified_at, a.fetched_at) FROM article_urls u"
        " JOIN articles a ON a.id = u.article_id WHERE u.url = ?",
        [url],
    ).fetchone()
    return KnownArticle(*row) if row else None


def recently_rejected(db: Database, url: str, since: str) -> str | None:
    """Why ``url`` was not an article when last fetched after ``since`` (None: fetch it)."""
    row = db.execute("SELECT reason FROM rejected_pages WHERE url = ? AND checked_at >= ?", [url, since]).fetchone()
    return row[0] if row else None


def record_rejected(db: Database, url: str, outlet_id: str, reason: str) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO rejected_pages (url, outlet_id, reason, checked_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(url) DO UPDATE SET reason = excluded.reason, checked_at = excluded.checked_at",
            [url, outlet_id, reason, utc_now()],
        )
