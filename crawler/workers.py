# A pool of worker processes for the CPU-bound part of each page, so the reactor only does I/O.
# The crawl awaits it from the spider; `wirewatch import` streams pages through it in order.
"""Worker processes for :mod:`crawler.work`, with back-pressure.

Extraction (trafilatura, lxml) and shingling hold the GIL for tens of
milliseconds per page; run in the reactor's thread they stall every download.
:class:`PagePool` runs them in ``workers`` processes (default: one per core)
and bounds the pages in flight, so memory stays flat however fast pages arrive:
the crawl's callbacks wait for a free slot (and Scrapy stops downloading while
they wait, see ``SCRAPER_SLOT_MAX_ACTIVE_SIZE``); the importer reads the next
file only when a result has been taken.

``workers = 0`` runs everything inline in the calling process (debugging,
tiny crawls). Processes are started when the first article is requested, so a
crawl that finds nothing new never pays for them, and with ``spawn`` so they
never inherit the reactor.

Why :class:`multiprocessing.pool.Pool` rather than ``ProcessPoolExecutor``:
the executor keeps only ``workers + 1`` calls queued and refills the queue from
a thread that must win the GIL from the busy reactor after every result, so
its workers sat idle most of a crawl; the pool's task pipe holds every pending
page, so a worker takes the next one the moment it is free. A worker that dies
is replaced by the pool; its page fails after ``PAGE_TIMEOUT``.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import multiprocessing.pool
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from typing import Any, TypeVar

from crawler.work import PageProcessor, PageResult, PageWork

logger = logging.getLogger(__name__)

T = TypeVar("T")
PENDING_PER_WORKER = 16  # pages queued per worker: hides the round trip, still only a few MB
# A page still unfinished after this long failed: its worker died (out of memory, killed) and the
# pool replaced it, or the page defeats the extractor. Either way the crawl goes on without it.
PAGE_TIMEOUT = 120.0

_processor: PageProcessor | None = None  # one per worker process, built by _start_worker


def _start_worker(work: PageWork) -> None:
    """Worker initializer: build the page processor once per process, not once per page."""
    global _processor
    _processor = PageProcessor(work)


def _process(html: str, url: str) -> PageResult:
    assert _processor is not None, "worker used before _start_worker"
    return _processor(html, url)


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class PagePool:
    """Runs :class:`~crawler.work.PageProcessor` over pages in worker processes.

    Args:
        work: settings every worker needs (sent once per process).
        workers: number of processes; 0 runs inline.
        max_pending: pages submitted and not yet finished; callers beyond it wait.
    """

    def __init__(self, work: PageWork, workers: int | None = None, max_pending: int | None = None) -> None:
        self.work = work
        self.workers = default_workers() if workers is None else max(0, int(workers))
        self.max_pending = max_pending or PENDING_PER_WORKER * max(1, self.workers)
        self._pool: multiprocessing.pool.Pool | None = None
        self._inline: PageProcessor | None = None
        self._slots: asyncio.Semaphore | None = None

    @classmethod
    def from_settings(cls, settings: Any, known_wires: dict[str, str] | None = None) -> PagePool:
        """Build from ``WIREWATCH_WORKERS`` (None or empty: one per core) and the grouping settings."""
        from crawler.grouping import GroupingConfig

        configured = settings.get("WIREWATCH_WORKERS")
        workers = None if configured in (None, "") else int(configured)
        work = PageWork(
            min_words=settings.getint("WIREWATCH_MIN_WORDS", 80),
            grouping=GroupingConfig.from_settings(settings),
            known_wires=dict(known_wires or {}),
        )
        return cls(work, workers)

    # --- submitting -------------------------------------------------------------

    def start(self) -> None:
        """Start the worker processes now (they take a second or two to import the extractor)."""
        if self.workers == 0 or self._pool is not None:
            return
        self._pool = multiprocessing.get_context("spawn").Pool(
            self.workers, initializer=_start_worker, initargs=(self.work,)
        )

    def submit(self, html: str, url: str) -> Future[PageResult]:
        """Start one page; the future holds its result or the exception extraction raised."""
        if self.workers == 0:
            return self._run_inline(html, url)
        self.start()
        assert self._pool is not None
        future: Future[PageResult] = Future()
        future.set_running_or_notify_cancel()  # a running future cannot be cancelled under the pool's result thread
        self._pool.apply_async(_process, (html, url), callback=future.set_result, error_callback=future.set_exception)
        return future

    def _run_inline(self, html: str, url: str) -> Future[PageResult]:
        if self._inline is None:
            self._inline = PageProcessor(self.work)
        future: Future[PageResult] = Future()
        try:
            future.set_result(self._inline(html, url))
        except Exception as exc:  # noqa: BLE001 - handed to the caller like a worker's exception
            future.set_exception(exc)
        return future

    async def process(self, html: str, url: str) -> PageResult:
        """Await one page from a coroutine on the running asyncio loop, waiting for a free slot first."""
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.max_pending)
        async with self._slots:
            return await asyncio.wait_for(asyncio.wrap_future(self.submit(html, url)), PAGE_TIMEOUT)

    def imap(self, pages: Iterable[tuple[str, str, T]]) -> Iterator[tuple[T, PageResult | BaseException]]:
        """Process ``(html, url, tag)`` triples in order, at most ``max_pending`` at a time.

        Yields ``(tag, result)``, or ``(tag, exception)`` for a page whose
        processing raised, so one bad file never stops a backfill.
        """
        window: deque[tuple[T, Future[PageResult]]] = deque()
        for html, url, tag in pages:
            window.append((tag, self.submit(html, url)))
            if len(window) >= self.max_pending:
                yield _outcome(*window.popleft())
        while window:
            yield _outcome(*window.popleft())

    # --- lifecycle -------------------------------------------------------------

    @property
    def started(self) -> bool:
        return self._pool is not None or self._inline is not None

    def close(self) -> None:
        """Stop the worker processes (pages still queued are dropped)."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> PagePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _outcome(tag: T, future: Future[PageResult]) -> tuple[T, PageResult | BaseException]:
    try:
        return tag, future.result(timeout=PAGE_TIMEOUT)
    except Exception as exc:  # noqa: BLE001 - reported per page by the caller
        return tag, exc
