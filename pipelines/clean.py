# First pipeline stage: drop what is already stored before any grouping work is spent on it.
"""Skips articles whose canonical URL is already in the store (crawls are idempotent).

Newer versions of stored articles (``update_of`` set by the spider) pass through.
"""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector

from crawler.report import count
from crawler.store import ArticleStore, open_db


class CleanPipeline:
    """Drops articles already stored (by this or an earlier crawl) and tidies text fields."""

    def __init__(self, db_path: str, stats: StatsCollector) -> None:
        self.db_path = db_path
        self.stats = stats
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CleanPipeline:
        return cls(crawler.settings.get("WIREWATCH_DB"), crawler.stats)

    def open_spider(self) -> None:
        self.db = open_db(self.db_path)
        self.store = ArticleStore(self.db)

    def close_spider(self) -> None:
        self.db.close()

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        url = adapter["url"]
        if adapter.get("update_of"):
            return item
        if url in self.seen or self.store.has_url(url):
            count(self.stats, adapter["outlet_id"], "already_stored")
            raise DropItem(f"already stored: {url}", log_level="DEBUG")
        self.seen.add(url)
        if adapter.get("title"):
            adapter["title"] = " ".join(adapter["title"].split())
        return item
