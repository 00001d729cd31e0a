# The SQLite store: schema, the article/story writer and the crawl log.
"""wirewatch's SQLite store (sqlite-utils); see README, "Schema"."""

from crawler.store.articles import ArticleStore, StoryMatch
from crawler.store.crawls import finish_crawl, mark_killed, start_crawl
from crawler.store.db import StoreError, open_db, utc_now

__all__ = ["ArticleStore", "StoryMatch", "StoreError", "finish_crawl",
    "mark_killed", "open_db", "start_crawl", "utc_now"]
