"""Shared fixtures: the demo web on a loopback port and a crawl of it run like a user would."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawler.demo_web import DemoWeb, load_ground_truth, write_sources
from crawler.runner import LOOPBACK_ARGS

REPO = Path(__file__).resolve().parent.parent
# The demo web runs on this machine: no politeness delay needed.
LOOPBACK = LOOPBACK_ARGS


def run_wirewatch(*args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a fresh process (the Twisted reactor cannot restart in-process)."""
    env = {k: v for k, v in os.environ.items() if k != "WIREWATCH_DB"}
    return subprocess.run(
        [sys.executable, "-m", "crawler", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd or REPO,
        env=env,
    )


@dataclass
class CrawledDemo:
    """A database built by crawling the demo web, with the server and the first run's output."""

    web: DemoWeb
    sources: Path
    db_path: Path
    first_run: subprocess.CompletedProcess[str]
    requested_paths: list[str]
    truth: dict

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        with sqlite3.connect(self.db_path) as conn:
            return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="session")
def ground_truth() -> dict:
    return load_ground_truth()


@pytest.fixture(scope="session")
def demo_web() -> Iterator[DemoWeb]:
    with DemoWeb() as web:
        yield web


@pytest.fixture(scope="session")
def crawled_demo(demo_web: DemoWeb, ground_truth: dict, tmp_path_factory: pytest.TempPathFactory) -> CrawledDemo:
    """One crawl of the whole demo web, shared by the end-to-end tests that only read its result."""
    tmp = tmp_path_factory.mktemp("demo")
    sources = write_sources(demo_web.base_url, tmp / "sources.toml")
    db_path = tmp / "news.db"
    demo_web.reset_log()
    result = run_wirewatch("crawl", "--sources", str(sources), "--db", str(db_path), *LOOPBACK)
    return CrawledDemo(demo_web, sources, db_path, result, list(demo_web.requested_paths), ground_truth)
