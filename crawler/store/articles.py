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
    "wire",
    "wire_evidence",
)


@dataclass(frozen=True)
class StoryMatch:
    """How a new article joined an existing story: through which stored article, and how alike."""

    article_id: int
    method: str
    similarity: float | None = None
    containment: float | None = None
    story_article_id: int | None = None  # the story's first (representative) article, when known
    absorbed_story_article_ids: tuple[int, ...] = ()  # stories this article shows to be the same one


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
                    INSERT INTO outlets (id, name, domains, language, country, homepage, is_wire,
                        wire_aliases, first_seen_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET name = excluded.name, domains = excluded.domains,
                        language = excluded.language, country = excluded.country,
                        homepage = excluded.homepage, is_wire = excluded.is_wire,
                        wire_aliases = excluded.wire_aliases, updated_at = excluded.updated_at
                    """,
                    [
                        outlet.id,
                        outlet.name,
                        json.dumps(list(outlet.domains)),
                        outlet.language,
                        outlet.country,
                        outlet.homepage,
                        int(outlet.wire),
                        json.dumps(list(outlet.wire_aliases)),
                        now,
                        now,
                    ],
                )

    def known_wires(self) -> dict[str, str]:
        """Names wire copies are credited under -> the wire outlet's name, for outlets marked ``wire``."""
        names: dict[str, str] = {}
        for name, aliases in self.db.execute("SELECT name, wire_aliases FROM outlets WHERE is_wire = 1"):
            for alias in [name, *json.loads(aliases or "[]")]:
                names[alias.casefold()] = name
        return names

    def has_url(self, url: str) -> bool:
        """True when an article with this canonical URL is already stored."""
        return self.db.execute("SELECT 1 FROM articles WHERE url = ?", [url]).fetchone() is not None

    def find_by_text_hash(self, text_hash: str) -> int | None:
        """The earliest stored article whose normalised text is identical, if any."""
        row = self.db.execute(
            "SELECT id FROM articles WHERE text_hash = ? ORDER BY id LIMIT 1", [text_hash]
        ).fetchone()
        return row[0] if row else None

    def add_article(
        self,
        record: Mapping[str, Any],
        match: StoryMatch | None,
        *,
        article_id: int | None = None,
        signature: Mapping[str, Any] | None = None,
    ) -> tuple[int, int]:
        """Store one article in the matched article's story, or in a new story.

        The article, its grouping signature and the story's aggregates are
        written in one transaction: a crash leaves either all of them or none.

        Args:
            record: article fields (see ``ARTICLE_COLUMNS``); ``authors`` may be a list.
            match: the stored article it copies, or None to start a new story.
            article_id: the id reserved by the grouper (None: SQLite picks one).
            signature: the ``article_signatures`` row to write with it.

        Returns:
            ``(article_id, story_id)``.
        """
        values: dict[str, Any] = {column: record.get(column) for column in ARTICLE_COLUMNS}
        if isinstance(values["authors"], (list, tuple)):
            values["authors"] = json.dumps(list(values["authors"]), ensure_ascii=False)
        if article_id is not None:
            values["id"] = article_id
        with self.db.atomic():
            story_id = None
            if match:
                story_id = self._story_of(match.story_article_id or match.article_id)
                if story_id is not None:
                    self._absorb(story_id, match)
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
            self._remember_urls(article_id, record)
            if signature is not None:
                row = dict(signature, article_id=article_id)
                self.db.execute(
                    f"INSERT INTO article_signatures ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                    list(row.values()),
                )
            self.refresh_story(story_id)
        return article_id, story_id

    def update_article(self, article_id: int, record: Mapping[str, Any]) -> int:
        """Replace a stored article's content with a newer version (its story stays the same).

        Returns:
            The article's story id.
        """
        fields = [c for c in ARTICLE_COLUMNS if c not in ("url", "outlet_id", "crawl_id", "listing_url")]
        values = {column: record.get(column) for column in fields}
        if isinstance(values["authors"], (list, tuple)):
            values["authors"] = json.dumps(list(values["authors"]), ensure_ascii=False)
        with self.db.atomic():
            assignments = ", ".join(f"{column} = :{column}" for column in values)
            self.db.execute(f"UPDATE articles SET {assignments} WHERE id = :id", {**values, "id": article_id})
            self._remember_urls(article_id, record)
            story_id = int(self.db.execute("SELECT story_id FROM articles WHERE id = ?", [article_id]).fetchone()[0])
            self.refresh_story(story_id)
        return story_id

    def _remember_urls(self, article_id: int, record: Mapping[str, Any]) -> None:
        """Every URL that led to this article, so later runs skip them before any request."""
        for url in dict.fromkeys(record.get(key) for key in ("url", "fetched_url", "listed_url")):
            if url:  # usually one URL three times: write it once
                self.db.execute("INSERT OR IGNORE INTO article_urls (url, article_id) VALUES (?, ?)", [url, article_id])

    def refresh_story(self, story_id: int) -> None:
        """Recompute a story's aggregates from its articles (title = first publisher's headline)."""
        first = self.db.execute(
            """
            SELECT id, title, COALESCE(published_at, fetched_at), outlet_id, published_at FROM articles
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
        originator, kind, confidence = self._originator(story_id, first[3], first[4] is not None)
        self.db.execute(
            """
            UPDATE stories SET first_article_id = ?, title = ?, first_published_at = ?,
                first_outlet_id = ?, article_count = ?, outlet_count = ?, updated_at = ?,
                originator = ?, originator_kind = ?, originator_confidence = ?
            WHERE id = ?
            """,
            [first[0], first[1], first[2], first[3], counts[0], counts[1], utc_now(),
             originator, kind, confidence, story_id],
        )

    def _originator(self, story_id: int, first_outlet: str, first_dated: bool) -> tuple[str, str, str]:
        """The story's likely originator and how sure that is.

        A wire credited by the story's articles wins (``high`` when two or more
        articles credit it); otherwise the earliest publisher, ``medium`` when its
        time came from the page or a listing, ``low`` when only from first sight.
        """
        credited = self.db.execute(
            """
            SELECT wire, COUNT(*) AS n FROM articles WHERE story_id = ? AND wire IS NOT NULL
            GROUP BY wire ORDER BY n DESC, MIN(COALESCE(published_at, fetched_at)), wire LIMIT 1
            """,
            [story_id],
        ).fetchone()
        if credited:
            return credited[0], "wire", "high" if credited[1] >= 2 else "medium"
        return first_outlet, "outlet", "medium" if first_dated else "low"

    def _absorb(self, story_id: int, match: StoryMatch) -> None:
        """Merge the stories ``match`` absorbs into ``story_id`` (one story split by arrival order)."""
        for representative in match.absorbed_story_article_ids:
            old = self._story_of(representative)
            if old is None or old == story_id:
                continue
            self.db.execute("UPDATE articles SET story_id = ? WHERE story_id = ?", [story_id, old])
            self.db.execute("DELETE FROM stories WHERE id = ?", [old])
            self.db.execute(
                "UPDATE article_signatures SET story_key = ? WHERE story_key = ?",
                [match.story_article_id, representative],
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
