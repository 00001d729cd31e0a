# Scrapy extension: one row in `crawls` per run, opened at start and closed with status and stats.
"""Records every crawl in the ``crawls`` table, however it was started (CLI or ``scrapy crawl``)."""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from twisted.python.failure import Failure

from crawler.lock import database_lock
from crawler.report import one_line, record_error, summarize
from crawler.store import finish_crawl, mark_killed, open_db, start_crawl

logger = logging.getLogger(__name__)


class CrawlLog:
    """Opens a ``running`` crawl row when the spider opens and closes it with ``ok`` or ``failed``.

    A crawl is ``failed`` when Scrapy did not finish normally or when every listing
    of some outlet failed (that outlet was not crawled at all).
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.db_path = crawler.settings.get("WIREWATCH_DB")
        self.crawl_id: int | None = None
        self._lock: contextlib.ExitStack | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlLog:
        """Also takes the database lock when nobody took it for us (``scrapy crawl`` rather than the CLI).

        Raises:
            LockBusy: another run holds the database; the crawl does not start.
        """
        extension = cls(crawler)
        if not crawler.settings.getbool("WIREWATCH_LOCK_HELD"):
            stack = contextlib.ExitStack()
            stack.enter_context(database_lock(extension.db_path))
            extension._lock = stack
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.item_error, signal=signals.item_error)
        return extension

    def spider_opened(self, spider: Spider) -> None:
        self.db = open_db(self.db_path)
        if self._lock is not None:
            mark_killed(self.db)
        self.crawl_id = start_crawl(self.db, getattr(spider, "sources_path", None))
        self.crawler.stats.set_value("wirewatch/crawl_id", self.crawl_id)

    def item_error(self, item: Any, response: Any, spider: Spider, failure: Failure) -> None:
        """A pipeline raised: count it against the outlet so the summary shows it."""
        adapter = ItemAdapter(item)
        record_error(
            self.crawler.stats,
            adapter.get("outlet_id", "?"),
            f"article {adapter.get('url')}: {failure.type.__name__}: {failure.getErrorMessage()}",
        )

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats
        outlets = [outlet.id for outlet in getattr(spider, "outlets", [])]
        rows = summarize(stats.get_stats(), outlets)
        failed = any(row.failed_entirely for row in rows)
        status = "ok" if reason == "finished" and not failed else "failed"
        stats.set_value("wirewatch/status", status)
        stats.set_value("wirewatch/close_reason", reason)
        summary = one_line(rows, self.crawl_id, status)
        stats.set_value("wirewatch/summary", summary)
        logger.info(summary)
        if self.crawl_id is not None:
            finish_crawl(self.db, self.crawl_id, status, stats.get_stats())
        self.db.close()
        if self._lock is not None:
            self._lock.close()
