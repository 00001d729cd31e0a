"""The least a Scrapy-based wirewatch must do per page: download, extract in worker processes, store with full text.

``bench/download_only.py``'s spider, plus what no design of this crawler can
skip: each page goes through :class:`crawler.workers.PagePool` (decoding,
extraction, wire credit, shingles and MinHash in worker processes, exactly as
in ``wirewatch crawl``), and each article's title and text go into SQLite with
an FTS5 index kept by a trigger, in transactions of at most 200 articles or
2 seconds. No grouping, boilerplate, story aggregates, item pipelines, extra
middlewares or per-outlet bookkeeping. ``--no-store`` skips SQLite too.

``bench/lower_bound.py`` runs it next to the CPU ceiling: whatever this spider
reaches bounds what the real crawl can reach on the same machine.

Usage:
    .venv/bin/python bench/least_spider.py SOURCES.toml DB [--workers N] [--no-store]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from pathlib import Path

# A sibling script shares the library's name (bench/dedup.py): keep `import dedup` on the library.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

from scrapy.crawler import CrawlerProcess  # noqa: E402
from scrapy.http import Response  # noqa: E402

from crawler.responses import header  # noqa: E402
from crawler.work import PageWork  # noqa: E402
from crawler.workers import PagePool  # noqa: E402

sys.path.insert(0, str(HERE))  # for the sibling script; download_only.py takes HERE off the path again
from download_only import DownloadOnlySpider, spider_settings  # noqa: E402

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, url TEXT UNIQUE, title TEXT, text TEXT, signature BLOB);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content=articles, content_rowid=id);
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
"""
BATCH_ARTICLES = 200
BATCH_SECONDS = 2.0


class LeastSpider(DownloadOnlySpider):
    """Downloads every listed page, extracts it in the worker pool and stores the articles."""

    name = "least"

    def __init__(self, sources: str, db: str | None, workers: int, **kwargs: object) -> None:
        super().__init__(sources, **kwargs)
        self.pool = PagePool(PageWork(), workers=workers)
        self.articles = 0
        self.db = None if db is None else sqlite3.connect(db)
        if self.db is not None:
            self.db.executescript("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;" + SCHEMA)
        self.batch: list[tuple[str, str, str, bytes | None]] = []
        self.batch_began = time.monotonic()

    async def parse_page(self, response: Response) -> list[object]:  # type: ignore[override]
        super().parse_page(response)  # counts it
        result = await self.pool.process((response.body, header(response, "Content-Type")), response.url)
        article = result.extraction.article
        if article is None:
            return []
        self.articles += 1
        if self.db is not None:
            hashvalues = result.features.hashvalues if result.features else None
            self.batch.append((response.url, article.title, article.text,
                               None if hashvalues is None else hashvalues.tobytes()))
            if len(self.batch) >= BATCH_ARTICLES or time.monotonic() - self.batch_began >= BATCH_SECONDS:
                self.flush()
        return []

    def flush(self) -> None:
        if self.db is not None and self.batch:
            with self.db:  # one transaction per batch
                self.db.executemany("INSERT OR IGNORE INTO articles (url, title, text, signature) VALUES (?, ?, ?, ?)",
                                    self.batch)
        self.batch, self.batch_began = [], time.monotonic()

    def closed(self, reason: str) -> None:
        self.flush()
        self.pool.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources")
    parser.add_argument("db")
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    parser.add_argument("--no-store", dest="store", action="store_false", help="extract only; write nothing")
    args = parser.parse_args()
    process = CrawlerProcess(spider_settings())
    crawler = process.create_crawler(LeastSpider)
    started = time.perf_counter()
    process.crawl(crawler, sources=args.sources, db=args.db if args.store else None, workers=args.workers)
    process.start()
    spider = crawler.spider
    print(json.dumps({"pages": spider.pages, "articles": spider.articles,
                      "seconds": round(time.perf_counter() - started, 3), "bytes": spider.bytes}))


if __name__ == "__main__":
    main()
