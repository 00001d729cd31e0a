# The write side of the store: outlets, articles and the stories they belong to.
# One transaction per article keeps the story aggregates right even if the process dies mid-crawl.
"""Article and story writes; the only code that changes ``articles`` and ``stories``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from crawler.sources import Outlet
from crawler.store.db import utc_now

ARTICLE_COLUMNS = (
    "url",
    "outlet_id",
    "canonical_url",
    "title",
    "authors",
    "published_at",
    "published_source",
    "modified_at",
    "fetched_at",
    "language",
    "description",
    "site_name",
    "text",
    "text_hash",
    "word_count",
    "listing_url",
    "crawl_id",
)


@dataclass(frozen=True)
class StoryMatch:
    """How a new article joined an existing story: through which stored article, and how alike."""

    article_id: int
    method: str
    similarity: float | None = None
    containment: float | None = None


class ArticleStore:
    """Writes articles into stories and keeps each story's aggregates in step."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def upsert_outlets(self, outlets: Iterable[Outlet]) -> None:
        """Record the outlets of a sources file; names and domains follow the latest file."""
        now = utc_now()
        with self.db.atomic():
            for outlet in outlets:
                self.db.execute(
                    """
                    INSERT INTO outlets (id, name, domains, language, country, homepage, first_seen_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET name = excluded.name, domains = excluded.domains,
                        language = excluded.language, country = excluded.country,
                        homepage = excluded.homepage, updated_at = excluded.updated_at
                    """,
                    [
                        outlet.id,
                        outlet.name,
                        json.dumps(list(outlet.domains)),
                        outlet.language,
                        outlet.country,
                        outlet.homepage,
                        now,
                        now,
                    ],
                )

    def has_url(self, url: str) -> bool:
        """True when an article with this canonical URL is already stored."""
        return self.db.execute("SELECT 1 FROM articles WHERE url = ?", [url]).fetchone() is not None

    def find_by_text_hash(self, text_hash: str) -> int | None:
        """The earliest stored article whose normalised text is identical, if any."""
        row = self.db.execute(
            "SELECT id FROM articles WHERE text_hash = ? ORDER BY id LIMIT 1", [text_hash]
        ).fetchone()
        return row[0] if row else None

    def add_article(self, record: Mapping[str, Any], match: StoryMatch | None) -> tuple[int, int]:
        """Store one article in the matched article's story, or in a new story.

        Args:
            record: article fields (see ``ARTICLE_COLUMNS``); ``authors`` may be a list.
            match: the stored article it copies, or None to start a new story.

        Returns:
            ``(article_id, story_id)``.
        """
        values = {column: record.get(column) for column in ARTICLE_COLUMNS}
        if isinstance(values["authors"], (list, tuple)):
            values["authors"] = json.dumps(list(values["authors"]), ensure_ascii=False)
        with self.db.atomic():
            story_id = self._story_of(match.article_id) if match else None
            if story_id is None:
                story_id = self._new_story()
            values["story_id"] = story_id
            if match:
                values.update(
                    match_method=match.method,
                    match_article_id=match.article_id,
                    match_similarity=match.similarity,
                    match_containment=match.containment,
                )
            columns = ", ".join(values)
            placeholders = ", ".join("?" for _ in values)
            cursor = self.db.execute(
                f"INSERT INTO articles ({columns}) VALUES ({placeholders})", list(values.values())
            )
            article_id = int(cursor.lastrowid)
            self.refresh_story(story_id)
        return article_id, story_id

    def refresh_story(self, story_id: int) -> None:
        """Recompute a story's aggregates from its articles (title = first publisher's headline)."""
        first = self.db.execute(
            """
            SELECT id, title, COALESCE(published_at, fetched_at), outlet_id FROM articles
            WHERE story_id = ? ORDER BY COALESCE(published_at, fetched_at), id LIMIT 1
            """,
            [story_id],
        ).fetchone()
        if first is None:
            self.db.execute("DELETE FROM stories WHERE id = ?", [story_id])
            return
        counts = self.db.execute(
            "SELECT COUNT(*), COUNT(DISTINCT outlet_id) FROM articles WHERE story_id = ?", [story_id]
        ).fetchone()
        self.db.execute(
            """
            UPDATE stories SET first_article_id = ?, title = ?, first_published_at = ?,
                first_outlet_id = ?, article_count = ?, outlet_count = ?, updated_at = ?
            WHERE id = ?
            """,
            [first[0], first[1], first[2], first[3], counts[0], counts[1], utc_now(), story_id],
        )

    def _story_of(self, article_id: int) -> int | None:
        row = self.db.execute("SELECT story_id FROM articles WHERE id = ?", [article_id]).fetchone()
        return row[0] if row else None

    def _new_story(self) -> int:
        now = utc_now()
        cursor = self.db.execute(
            "INSERT INTO stories (created_at, updated_at) VALUES (?, ?)", [now, now]
        )
        return int(cursor.lastrowid)
