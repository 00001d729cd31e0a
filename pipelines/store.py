# Last pipeline stage: the single writer of articles and stories.
"""Groups each article into its story and stores it, in batched transactions (:class:`crawler.writer.StoryWriter`)."""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector
from twisted.internet import task

from crawler.report import count
from crawler.store import ArticleStore
from crawler.store.articles import ARTICLE_COLUMNS
from crawler.writer import AlreadyStored, StoryWriter

RECORD_FIELDS = (*ARTICLE_COLUMNS, "fetched_url", "listed_url")


class StorePipeline:
    """Stores articles and keeps story aggregates right; records the outlets of the sources file."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    @property
    def stats(self) -> StatsCollector:
        return self.crawler.stats

    def open_spider(self) -> None:
        self.writer = StoryWriter.from_settings(self.crawler.settings)
        ArticleStore(self.writer.db).upsert_outlets(getattr(self.crawler.spider, "outlets", []))
        # Commit a batch when articles pause, so readers (and a killed run) lag by at most WIREWATCH_STORE_BATCH_SECONDS.
        self.flusher = task.LoopingCall(self.writer.flush_if_due)
        self.flusher.start(self.writer.batch_seconds, now=False)

    def close_spider(self) -> None:
        if self.flusher.running:
            self.flusher.stop()
        self.writer.close()

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        record = {name: adapter.get(name) for name in RECORD_FIELDS if name in adapter.field_names()}
        outlet_id = adapter["outlet_id"]
        if adapter.get("update_of"):
            self.writer.update(adapter["update_of"], record, adapter.get("features"))
            count(self.stats, outlet_id, "updated")
            return item
        record["crawl_id"] = self.stats.get_value("wirewatch/crawl_id")
        try:
            self.writer.add(record, adapter.get("features"))
        except AlreadyStored:
            count(self.stats, outlet_id, "already_stored")
            raise DropItem(f"already stored: {adapter['url']}", log_level="DEBUG") from None
        count(self.stats, outlet_id, "stored")
        return item
