# Last pipeline stage: the single writer of articles and stories.
"""Writes each article, in its story, in one transaction."""

from __future__ import annotations

import sqlite3
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector

from crawler.report import count
from crawler.store import ArticleStore, open_db


class StorePipeline:
    """Stores articles and keeps story aggregates right; records the outlets of the sources file."""

    def __init__(self, db_path: str, crawler: Crawler) -> None:
        self.db_path = db_path
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler.settings.get("WIREWATCH_DB"), crawler)

    @property
    def stats(self) -> StatsCollector:
        return self.crawler.stats

    def open_spider(self) -> None:
        self.db = open_db(self.db_path)
        self.store = ArticleStore(self.db)
        self.store.upsert_outlets(getattr(self.crawler.spider, "outlets", []))

    def close_spider(self) -> None:
        self.db.close()

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        record = {name: adapter[name] for name in adapter.field_names()}
        if adapter.get("update_of"):
            self.store.update_article(adapter["update_of"], record)
            count(self.stats, adapter["outlet_id"], "updated")
            return item
        match = adapter.get("story_match")
        record["crawl_id"] = self.stats.get_value("wirewatch/crawl_id")
        try:
            self.store.add_article(
                record, match, article_id=adapter.get("article_id"), signature=adapter.get("grouping")
            )
        except sqlite3.IntegrityError as exc:
            if "articles.url" not in str(exc):
                raise
            count(self.stats, adapter["outlet_id"], "already_stored")
            raise DropItem(f"already stored: {adapter['url']}", log_level="DEBUG") from None
        count(self.stats, adapter["outlet_id"], "stored")
        return item
