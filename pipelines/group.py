# Second pipeline stage: decide which story a new article belongs to.
# The seam for near-duplicate grouping: swap the grouper, keep the pipeline.
"""Story assignment.

Here an article joins a story when its normalised text is identical to an
already stored article's; otherwise the store starts a new story for it.
"""

from __future__ import annotations

from typing import Any, Protocol

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler

from crawler.store import ArticleStore, StoryMatch, open_db
from dedup.normalize import text_fingerprint


class Grouper(Protocol):
    """Finds the stored article a new article copies, if any."""

    def match(self, article: ItemAdapter) -> StoryMatch | None: ...


class ExactTextGrouper:
    """Matches articles whose normalised text is identical (same fingerprint)."""

    def __init__(self, store: ArticleStore) -> None:
        self.store = store

    def match(self, article: ItemAdapter) -> StoryMatch | None:
        article_id = self.store.find_by_text_hash(article["text_hash"])
        if article_id is None:
            return None
        return StoryMatch(article_id=article_id, method="exact", similarity=1.0, containment=1.0)


class GroupingPipeline:
    """Fingerprints each article and attaches the story match the store will use."""

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> GroupingPipeline:
        return cls(crawler.settings.get("WIREWATCH_DB"))

    def open_spider(self) -> None:
        self.db = open_db(self.db_path)
        self.grouper: Grouper = ExactTextGrouper(ArticleStore(self.db))

    def close_spider(self) -> None:
        self.db.close()

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        adapter["text_hash"] = text_fingerprint(adapter["text"])
        adapter["story_match"] = self.grouper.match(adapter)
        return item
