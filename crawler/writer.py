# The one writer of a crawl or an import: groups each article into its story and stores it,
# committing in batches so SQLite's per-transaction cost is paid once per batch, not per article.
"""Group and store articles through one connection, in batched transactions.

Grouping reads back the shingle sets of earlier articles (exact verification),
including those written in the still-open batch, so both must share one
connection: that is this class. It is also the seam for scale-out: many
crawler processes can feed one :class:`StoryWriter` (e.g. from a Redis queue).

Crash safety: each article, its signature and its story's aggregates are
written together inside a savepoint, and a batch commits as a whole, so a
killed run leaves whole articles only; the uncommitted tail is simply fetched
again next run (its URLs were not recorded either).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawler.grouping import GroupingConfig, StoryGrouper, signature_row
from crawler.store import ArticleStore, StoryMatch, open_db
from dedup import ArticleFeatures
from dedup.normalize import text_fingerprint

BATCH_ARTICLES = 200  # commit after this many articles...
BATCH_SECONDS = 2.0  # ...or this long after the batch's first write, whichever comes first (a commit flushes
# a full-text segment and rewrites B-tree pages into the WAL: 10-article batches cost 0.35 ms per article more than 100)
WRITER_CACHE_KB = 65_536
BOILERPLATE_SAVE_EVERY = 5000  # articles between saves of the boilerplate counts (a kill's tail is recounted at start;
# a save serialises every tracked paragraph of every outlet, so saving often costs more than recounting)


class AlreadyStored(Exception):
    """An article with this URL is in the store already; nothing was written."""


@dataclass(frozen=True)
class Written:
    """Where one article went."""

    article_id: int
    story_id: int
    match: StoryMatch | None


class StoryWriter:
    """Assigns articles to stories and writes them, committing every batch.

    Args:
        db_path: the store (created or migrated if needed).
        config: grouping parameters (checked against the store's).
        batch_articles / batch_seconds: when to commit.
    """

    def __init__(
        self,
        db_path: str | Path,
        config: GroupingConfig,
        *,
        batch_articles: int = BATCH_ARTICLES,
        batch_seconds: float = BATCH_SECONDS,
    ) -> None:
        self.db = open_db(db_path)
        # 64 MB of page cache instead of SQLite's 2 MB: the full-text index and the bodies of a big
        # store no longer fit in 2 MB, and re-reading their pages cost more than the writes themselves.
        self.db.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KB}")
        self.store = ArticleStore(self.db)
        self.grouper = StoryGrouper(self.db, config)
        self.batch_articles = max(1, batch_articles)
        self.batch_seconds = batch_seconds
        self._batch_size = 0
        self._batch_started = 0.0
        self._since_boilerplate_save = 0

    @classmethod
    def from_settings(cls, settings: Any) -> StoryWriter:
        """Build from ``WIREWATCH_DB``, the grouping settings and ``WIREWATCH_STORE_BATCH*``."""
        return cls(
            settings.get("WIREWATCH_DB"),
            GroupingConfig.from_settings(settings),
            batch_articles=settings.getint("WIREWATCH_STORE_BATCH", BATCH_ARTICLES),
            batch_seconds=settings.getfloat("WIREWATCH_STORE_BATCH_SECONDS", BATCH_SECONDS),
        )

    def add(self, record: Mapping[str, Any], features: ArticleFeatures | None = None) -> Written:
        """Group and store one new article (fields as in ``crawler.store.articles.ARTICLE_COLUMNS``).

        Raises:
            AlreadyStored: its URL is stored already (checked before grouping, so nothing changes).
        """
        if self.store.has_url(record["url"]):
            raise AlreadyStored(record["url"])
        self._begin()
        grouped = self.grouper.assign(record["text"], record.get("language"), record["outlet_id"], features=features)
        values = dict(record, text_hash=grouped.stored.fingerprint)
        article_id, story_id = self.store.add_article(
            values, grouped.match, article_id=grouped.article_id, signature=signature_row(grouped.article_id, grouped.stored)
        )
        self._written()
        return Written(article_id, story_id, grouped.match)

    def update(self, article_id: int, record: Mapping[str, Any], features: ArticleFeatures | None = None) -> int:
        """Replace a stored article's content with a newer version; returns its (unchanged) story id.

        The article keeps its story and its stored signature (``regroup`` uses the newest text).
        """
        self._begin()
        text_hash = features.fingerprint if features is not None else text_fingerprint(record["text"])
        story_id = self.store.update_article(article_id, dict(record, text_hash=text_hash))
        self._written()
        return story_id

    def _begin(self) -> None:
        if not self.db.conn.in_transaction:
            self.db.execute("BEGIN")
            self._batch_started = time.monotonic()

    def _written(self) -> None:
        self._batch_size += 1
        self._since_boilerplate_save += 1
        if self._batch_size >= self.batch_articles:
            self.flush()
        else:
            self.flush_if_due()

    def flush_if_due(self) -> None:
        """Commit the open batch once it is ``batch_seconds`` old (also call it from a timer when writes pause)."""
        if self._batch_size and time.monotonic() - self._batch_started >= self.batch_seconds:
            self.flush()

    def flush(self) -> None:
        """Commit the open batch (with the boilerplate counts when they are due)."""
        if self._since_boilerplate_save >= BOILERPLATE_SAVE_EVERY:
            self._begin()
            self.grouper.save_boilerplate()
            self._since_boilerplate_save = 0
        if self.db.conn.in_transaction:
            self.db.execute("COMMIT")
        self._batch_size = 0

    def close(self) -> None:
        """Commit what is pending, save the boilerplate counts and close the connection."""
        try:
            self._since_boilerplate_save = max(self._since_boilerplate_save, BOILERPLATE_SAVE_EVERY)
            self.flush()
        finally:
            self.db.close()
