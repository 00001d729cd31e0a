"""The page worker pool: the same results in worker processes as inline, per-page errors, bounded memory."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from crawler.demo_web.server import SITE
from crawler.work import PageResult, PageWork
from crawler.workers import PagePool, WorkerDied

ARTICLE_PAGES = sorted(p for p in SITE.rglob("*.html") if p.name != "index.html")[:24]


def pages() -> list[tuple[str, str, str]]:
    """(html, url, tag) for demo pages; the tag is the file name."""
    return [
        (path.read_bytes().decode("utf-8", "replace"), f"http://127.0.0.1/{path.relative_to(SITE)}", path.name)
        for path in ARTICLE_PAGES
    ]


def summary(result: PageResult) -> tuple:
    article = result.extraction.article
    if article is None:
        return (result.extraction.rejected,)
    features = result.features
    assert features is not None
    return (
        article.text, article.title, article.published_at, result.wire, result.wire_evidence,
        features.fingerprint, features.paragraph_fingerprints, features.shingles.tobytes(),
        None if features.hashvalues is None else np.asarray(features.hashvalues).tobytes(),
    )


def test_two_worker_processes_give_exactly_the_inline_results() -> None:
    work = PageWork(min_words=80, known_wires={"northstar wire": "Northstar Wire"})
    with PagePool(work, workers=0) as inline, PagePool(work, workers=2) as pooled:
        expected = [(tag, summary(result)) for tag, result in inline.imap(pages())]
        got = [(tag, summary(result)) for tag, result in pooled.imap(pages())]
        assert pooled.started
    assert got == expected
    assert sum(1 for _, s in expected if len(s) > 1) >= 20  # mostly articles, so features were compared


def test_a_page_that_fails_is_reported_alone_and_the_rest_go_on() -> None:
    good = pages()[:3]
    broken = [(None, "http://127.0.0.1/broken.html", "broken")]  # not HTML text: extraction raises
    with PagePool(PageWork(), workers=1) as pool:
        outcomes = dict(pool.imap([*good[:1], *broken, *good[1:]]))  # type: ignore[list-item]
    assert isinstance(outcomes.pop("broken"), Exception)
    assert all(isinstance(result, PageResult) for result in outcomes.values()) and len(outcomes) == 3


@pytest.mark.parametrize("workers", [0, 2])
def test_no_more_than_max_pending_pages_are_read_ahead(workers: int) -> None:
    """A backfill of any size holds at most max_pending pages: input is read only as results are taken."""
    consumed: list[str] = []

    def source() -> Iterator[tuple[str, str, str]]:
        for html, url, tag in pages():
            consumed.append(tag)
            yield html, url, tag

    with PagePool(PageWork(), workers=workers, max_pending=3) as pool:
        results = pool.imap(source())
        for taken, (tag, _) in enumerate(results, start=1):
            assert len(consumed) <= taken + 3
            assert tag == consumed[taken - 1]  # results come back in input order


def test_a_pool_that_finds_nothing_to_do_starts_no_process(tmp_path: Path) -> None:
    pool = PagePool(PageWork(), workers=2)
    pool.close()
    assert not pool.started


def test_a_killed_worker_fails_only_the_pages_it_held_and_is_replaced_at_once() -> None:
    """A worker killed mid-crawl (out of memory, an operator's kill) costs its pages, not the crawl's time."""
    batch = pages()

    async def crawl_through_a_kill() -> tuple[list[object], object, int, list[int]]:
        with PagePool(PageWork(), workers=1) as pool:
            html, url, _ = batch[0]
            await pool.process(html, url)  # the worker is up
            [victim] = pool.pids
            held = [asyncio.create_task(pool.process(html, url)) for html, url, _ in batch]
            await asyncio.sleep(0.05)  # every page is sent; the worker is on the first ones
            os.kill(victim, signal.SIGKILL)
            outcomes = await asyncio.gather(*held, return_exceptions=True)
            after = await pool.process(html, url)
            return outcomes, after, victim, pool.pids

    started = time.monotonic()
    outcomes, after, victim, pids = asyncio.run(crawl_through_a_kill())
    assert time.monotonic() - started < 30  # seen at once, not after PAGE_TIMEOUT
    assert all(isinstance(outcome, (PageResult, WorkerDied)) for outcome in outcomes)
    assert any(isinstance(outcome, WorkerDied) for outcome in outcomes)
    assert isinstance(after, PageResult) and after.extraction.article is not None
    assert len(pids) == 1 and pids != [victim]
