# Second pipeline stage: decide which story a new article belongs to.
# Near-duplicate grouping with MinHash (dedup/), state persisted in the store.
"""Story assignment for new articles.

The grouper (:class:`crawler.grouping.StoryGrouper`) is loaded from the store
when the spider opens, so a cron run groups today's articles with yesterday's.
The store stage writes the article, its signature and the story's aggregates
in one transaction.
"""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler

from crawler.grouping import GroupingConfig, StoryGrouper, signature_row
from crawler.provenance import wire_credit
from crawler.store import open_db
from dedup.normalize import text_fingerprint

STATE_SAVE_EVERY = 500


class GroupingPipeline:
    """Fingerprints each article, reads its wire credit and assigns it to a story."""

    def __init__(self, db_path: str, config: GroupingConfig, crawler: Crawler) -> None:
        self.db_path = db_path
        self.config = config
        self.crawler = crawler
        self.assigned = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> GroupingPipeline:
        return cls(crawler.settings.get("WIREWATCH_DB"), GroupingConfig.from_settings(crawler.settings), crawler)

    def open_spider(self) -> None:
        self.db = open_db(self.db_path)
        self.grouper = StoryGrouper(self.db, self.config)
        self.known_wires: dict[str, str] = {}
        for outlet in getattr(self.crawler.spider, "outlets", []):
            self.known_wires.update(outlet.wire_names())

    def close_spider(self) -> None:
        self._save_state()
        self.db.close()

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        if self.assigned and self.assigned % STATE_SAVE_EVERY == 0:
            self._save_state()
        text = adapter["text"]
        adapter["text_hash"] = text_fingerprint(text)
        adapter["wire"], adapter["wire_evidence"] = wire_credit(text, adapter.get("authors"), self.known_wires)
        if adapter.get("update_of"):
            return item  # a newer version of a stored article keeps its story
        grouped = self.grouper.assign(text, adapter.get("language"), adapter["outlet_id"])
        adapter["article_id"] = grouped.article_id
        adapter["story_match"] = grouped.match
        adapter["grouping"] = signature_row(grouped.article_id, grouped.stored)
        self.assigned += 1
        return item

    def _save_state(self) -> None:
        """Boilerplate counts are saved every few hundred articles; a killed run's tail is recounted at start."""
        self.grouper.save_boilerplate()
