# First pipeline stage: drop repeats of this run and tidy text fields before the writer sees them.
"""Drops a second copy of one URL within a run and tidies text fields.

Articles stored by earlier runs are refused by the writer (``already_stored``);
newer versions of stored articles (``update_of`` set by the spider) pass through.
"""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector

from crawler.report import count


class CleanPipeline:
    """Drops URLs already seen this run and normalises whitespace in titles."""

    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CleanPipeline:
        return cls(crawler.stats)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        url = adapter["url"]
        if adapter.get("update_of"):
            return item
        if url in self.seen:
            count(self.stats, adapter["outlet_id"], "already_stored")
            raise DropItem(f"already stored: {url}", log_level="DEBUG")
        self.seen.add(url)
        if adapter.get("title"):
            adapter["title"] = " ".join(adapter["title"].split())
        return item
