# Runs one crawl in this process and returns what happened, for the CLI and the demo.
"""In-process crawl runner: settings, logging, the Scrapy process, the summary."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.lock import database_lock
from crawler.grouping import GroupingConfig, GroupingConfigError, check_config
from crawler.report import OutletSummary, summarize
from crawler.sources import load_sources
from crawler.spiders.news import NewsSpider
from crawler.store import mark_killed, open_db

# Settings that make sense against a server on this machine (demo web, tests): no politeness delay.
LOOPBACK_OVERRIDES = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
}
# The same, as command-line options (tests and benchmarks run the real CLI).
LOOPBACK_ARGS = [arg for name, value in LOOPBACK_OVERRIDES.items() for arg in ("--set", f"{name}={value}")]


@dataclass
class CrawlResult:
    """The outcome of one crawl: its row id, status and per-outlet summary."""

    crawl_id: int | None
    status: str
    outlets: list[OutletSummary]
    stats: dict[str, Any]

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def build_settings(db_path: str | Path, overrides: dict[str, Any] | None = None) -> Settings:
    """Project settings, the database, then ``--set`` overrides (highest priority)."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("WIREWATCH_DB", str(db_path), priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


class ConsoleFilter(logging.Filter):
    """Keep stderr to one line per problem.

    Failed downloads are reported by the spider as one line naming the outlet and
    URL; Scrapy's own retry and robots.txt messages about the same failure (with
    tracebacks) stay in the log file only.
    """

    REPORTED_ELSEWHERE = ("scrapy.downloadermiddlewares.retry", "scrapy.downloadermiddlewares.robotstxt")

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith(self.REPORTED_ELSEWHERE):
            return False
        if record.name.startswith("scrapy.core") and str(record.msg).startswith("Error downloading"):
            return False
        return True


def configure_logging(log_file: str | Path | None, quiet: bool, level: str = "INFO") -> None:
    """Warnings and errors to stderr (errors only when quiet); the full log to ``log_file``."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    root.setLevel(logging.DEBUG if level == "DEBUG" else logging.INFO)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.ERROR if quiet else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    console.addFilter(ConsoleFilter())
    root.addHandler(console)
    if log_file:
        to_file = logging.FileHandler(log_file, encoding="utf-8")
        to_file.setLevel(getattr(logging, level, logging.INFO))
        to_file.setFormatter(logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s"))
        root.addHandler(to_file)


def check_store(db_path: str | Path, config: GroupingConfig) -> None:
    """Open (create or migrate) the store, close rows of killed runs, check the grouping parameters."""
    db = open_db(db_path)
    try:
        mark_killed(db)
        check_config(db, config)
    except GroupingConfigError as exc:
        raise GroupingConfigError(f"{db_path}: {exc}") from None
    finally:
        db.close()


def run_crawl(
    sources_path: str | Path,
    db_path: str | Path,
    overrides: dict[str, Any] | None = None,
    log_file: str | Path | None = None,
    quiet: bool = False,
) -> CrawlResult:
    """Crawl the outlets of a sources file into ``db_path``.

    The sources file and the database are checked before any request, so bad
    input fails fast with :class:`~crawler.sources.SourcesError` or
    :class:`~crawler.store.StoreError`; :class:`~crawler.lock.LockBusy` when
    another run holds the database.
    """
    outlets = load_sources(sources_path)
    settings = build_settings(db_path, overrides)
    with database_lock(db_path):
        check_store(db_path, GroupingConfig.from_settings(settings))
        configure_logging(log_file, quiet, settings.get("LOG_LEVEL", "INFO"))
        settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
        settings.set("WIREWATCH_LOCK_HELD", True, priority="cmdline")
        process = CrawlerProcess(settings)
        # Scrapy sets its loggers to DEBUG; at INFO that builds a discarded record for every request.
        logging.getLogger("scrapy").setLevel(settings.get("LOG_LEVEL", "INFO"))
        crawler = process.create_crawler(NewsSpider)
        process.crawl(crawler, sources=str(sources_path))
        process.start()
    stats = dict(crawler.stats.get_stats())
    return CrawlResult(
        crawl_id=stats.get("wirewatch/crawl_id"),
        status=stats.get("wirewatch/status", "failed"),
        outlets=summarize(stats, [o.id for o in outlets]),
        stats=stats,
    )
