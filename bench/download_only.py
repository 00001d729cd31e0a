"""The I/O ceiling: a bare Scrapy spider that downloads the pages a sources file lists, and nothing else.

Same listings, concurrency and politeness settings as ``wirewatch crawl`` on
loopback, but no extraction, grouping or storage: how fast this machine can
fetch the pages at all. Prints one JSON line: ``{"pages", "seconds", "bytes"}``.

Usage:
    .venv/bin/python bench/download_only.py SOURCES.toml
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

# A sibling script shares the library's name (bench/dedup.py): keep `import dedup` on the library.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

from scrapy import Request, Spider  # noqa: E402
from scrapy.crawler import CrawlerProcess  # noqa: E402
from scrapy.http import Response  # noqa: E402
from scrapy.utils.sitemap import Sitemap  # noqa: E402

from crawler import settings as project  # noqa: E402
from crawler.runner import LOOPBACK_OVERRIDES  # noqa: E402
from crawler.sources import load_sources  # noqa: E402


class DownloadOnlySpider(Spider):
    """Follows sitemap indexes and requests every listed page; counts pages and bytes."""

    name = "download_only"

    def __init__(self, sources: str, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.sitemaps = [url for outlet in load_sources(sources) for url in outlet.sitemaps]
        self.pages = 0
        self.bytes = 0

    async def start(self):  # type: ignore[override]
        for url in self.sitemaps:
            yield Request(url, callback=self.parse_sitemap)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        sitemap = Sitemap(response.body)
        follow = self.parse_sitemap if sitemap.type == "sitemapindex" else self.parse_page
        for entry in sitemap:
            yield Request(entry["loc"], callback=follow)

    def parse_page(self, response: Response) -> None:
        self.pages += 1
        self.bytes += len(response.body)


def spider_settings() -> dict[str, object]:
    """The crawl's concurrency and politeness on loopback, nothing more (``bench/least_spider.py`` shares them)."""
    return {
        "ROBOTSTXT_OBEY": project.ROBOTSTXT_OBEY,
        "CONCURRENT_REQUESTS": project.CONCURRENT_REQUESTS,
        "CONCURRENT_ITEMS": project.CONCURRENT_ITEMS,
        "WARN_ON_GENERATOR_RETURN_VALUE": project.WARN_ON_GENERATOR_RETURN_VALUE,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "ERROR",
        **LOOPBACK_OVERRIDES,
    }


def main() -> None:
    process = CrawlerProcess(spider_settings())
    crawler = process.create_crawler(DownloadOnlySpider)
    started = time.perf_counter()
    process.crawl(crawler, sources=sys.argv[1])
    process.start()
    seconds = time.perf_counter() - started
    spider = crawler.spider
    print(json.dumps({"pages": spider.pages, "seconds": round(seconds, 3), "bytes": spider.bytes}))


if __name__ == "__main__":
    main()
