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

Each worker talks to the crawl over its own socket pair: length-prefixed
pickles, pages in and results out in the same order. The crawl's event loop
reads and writes those sockets itself (``add_reader``/``add_writer``), so no
thread has to win the GIL from the busy reactor to move a page, which is what
:class:`multiprocessing.pool.Pool`'s three helper threads cost. A worker that
dies is seen at once (its socket closes): the pages it held fail with the
reason and a new worker takes its place. One stuck on a page for
``PAGE_TIMEOUT`` seconds is killed and replaced the same way.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import pickle
import selectors
import signal
import socket
import struct
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from multiprocessing.context import SpawnContext
from typing import Any, Protocol, TypeVar

from crawler.work import PageInput, PageProcessor, PageResult, PageWork

logger = logging.getLogger(__name__)

T = TypeVar("T")
PENDING_PER_WORKER = 16  # pages queued per worker: hides the round trip, still only a few MB
# A page still unfinished after this long failed: the page defeats the extractor. Its worker is
# killed and replaced, and the crawl goes on without the pages that worker held.
PAGE_TIMEOUT = 120.0
WATCH_EVERY = 5.0  # seconds between checks for a stuck worker
_FRAME = struct.Struct("!I")  # byte length of the pickle that follows
_READ_CHUNK = 1 << 20


class WorkerDied(RuntimeError):
    """The worker process handling a page exited, or was killed for taking longer than ``PAGE_TIMEOUT``."""


class _Waiter(Protocol):
    """What a page's result is delivered to: an asyncio future (crawl) or a concurrent one (import)."""

    def done(self) -> bool: ...
    def set_result(self, result: PageResult, /) -> None: ...
    def set_exception(self, exception: BaseException, /) -> None: ...


def _serve_pages(sock: socket.socket, work: PageWork) -> None:
    """A worker process: answer each framed ``(page, url)`` with a framed ``(ok, result or exception)``, until EOF."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the crawl's to handle; it closes our socket
    processor = PageProcessor(work)
    stream = sock.makefile("rb")
    while True:
        header = stream.read(_FRAME.size)
        if len(header) < _FRAME.size:
            return
        page, url = pickle.loads(stream.read(_FRAME.unpack(header)[0]))
        try:
            reply: tuple[bool, Any] = (True, processor(page, url))
        except Exception as exc:  # noqa: BLE001 - handed back to the caller, page by page
            reply = (False, exc)
        try:
            data = pickle.dumps(reply, pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - an exception that does not pickle still reports the page
            data = pickle.dumps((False, RuntimeError(f"{type(reply[1]).__name__}: {reply[1]}")), pickle.HIGHEST_PROTOCOL)
        sock.sendall(_FRAME.pack(len(data)) + data)


class _Worker:
    """One worker process and the crawl's end of its socket: pages out, results back in order."""

    def __init__(self, work: PageWork, context: SpawnContext) -> None:
        ours, theirs = socket.socketpair()
        self.process = context.Process(target=_serve_pages, args=(theirs, work), daemon=True)
        self.process.start()
        theirs.close()
        ours.setblocking(False)
        self.sock = ours
        self.waiting: deque[_Waiter] = deque()  # one per page sent and not yet answered, in order
        self.busy_since = 0.0  # when the page at the head of `waiting` began
        self.watched = 0  # the selectors.EVENT_* the pool's loop or selector watches this socket for
        self._outbox = bytearray()
        self._inbox = bytearray()

    @property
    def has_output(self) -> bool:
        return bool(self._outbox)

    def send(self, page: PageInput, url: str, waiter: _Waiter) -> None:
        """Queue one page (written now as far as the socket takes it; see :meth:`write`)."""
        data = pickle.dumps((page, url), pickle.HIGHEST_PROTOCOL)
        if not self.waiting:
            self.busy_since = time.monotonic()
        self.waiting.append(waiter)
        self._outbox += _FRAME.pack(len(data))
        self._outbox += data
        self.write()

    def write(self) -> None:
        """Send what the socket accepts without blocking."""
        if self._outbox:
            try:
                sent = self.sock.send(self._outbox)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return  # the worker is gone; read() sees EOF and fails its pages
            del self._outbox[:sent]

    def read(self) -> bool:
        """Deliver every complete result received; False once the worker has gone."""
        try:
            chunk = self.sock.recv(_READ_CHUNK)
        except (BlockingIOError, InterruptedError):
            return True
        except OSError:
            chunk = b""
        if not chunk:
            return False
        self._inbox += chunk
        while len(self._inbox) >= _FRAME.size:
            end = _FRAME.size + _FRAME.unpack_from(self._inbox)[0]
            if len(self._inbox) < end:
                break
            ok, value = pickle.loads(self._inbox[_FRAME.size : end])  # the slice is a copy: safe to trim below
            del self._inbox[:end]
            waiter = self.waiting.popleft()
            self.busy_since = time.monotonic()
            if not waiter.done():  # a crawl that is closing may have given up on it
                (waiter.set_result if ok else waiter.set_exception)(value)
        return True

    def stop(self, reason: str) -> None:
        """Kill the process and fail every page it held with ``reason``."""
        self.sock.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        error = WorkerDied(reason)
        while self.waiting:
            waiter = self.waiting.popleft()
            if not waiter.done():
                waiter.set_exception(error)


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
        self._context = multiprocessing.get_context("spawn")
        self._workers: list[_Worker] = []
        self._inline: PageProcessor | None = None
        self._slots: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None  # the crawl's loop, once a page is awaited
        self._watch: asyncio.TimerHandle | None = None
        self._selector: selectors.BaseSelector | None = None  # for imap(), which runs without a loop

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

    # --- workers ---------------------------------------------------------------

    def start(self) -> None:
        """Start the worker processes now (they take a second or two to import the extractor)."""
        if self.workers == 0 or self._workers:
            return
        self._workers = [_Worker(self.work, self._context) for _ in range(self.workers)]

    def _dispatch(self, page: PageInput, url: str, waiter: _Waiter) -> None:
        """Send one page to the worker with the fewest in hand, and watch its socket for writing if needed."""
        worker = min(self._workers, key=lambda worker: len(worker.waiting))
        worker.send(page, url, waiter)
        self._follow(worker)

    def _follow_all(self) -> None:
        self.start()
        for worker in self._workers:
            self._follow(worker)

    def _replace(self, worker: _Worker, reason: str) -> None:
        """Fail the pages a dead or stuck worker held and start another in its place."""
        self._forget(worker)
        held = len(worker.waiting)
        worker.stop(reason)
        logger.warning("extraction worker %s: %s (%d pages failed); starting another", worker.process.pid, reason, held)
        replacement = _Worker(self.work, self._context)
        self._workers[self._workers.index(worker)] = replacement
        self._follow(replacement)

    def _check_stuck(self) -> None:
        now = time.monotonic()
        for worker in list(self._workers):
            if worker.waiting and now - worker.busy_since > PAGE_TIMEOUT:
                self._replace(worker, f"killed after {PAGE_TIMEOUT:g} s on one page")

    def _received(self, worker: _Worker) -> None:
        if not worker.read():
            self._replace(worker, f"exited with code {worker.process.exitcode}")

    # --- the crawl: pages awaited on the running event loop --------------------

    async def process(self, page: PageInput, url: str) -> PageResult:
        """Await one page from a coroutine on the running asyncio loop, waiting for a free slot first."""
        if self.workers == 0:
            return self._inline_processor()(page, url)
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.max_pending)
        async with self._slots:
            loop = asyncio.get_running_loop()
            self._attach(loop)
            result: asyncio.Future[PageResult] = loop.create_future()
            self._dispatch(page, url, result)
            return await result

    def _attach(self, loop: asyncio.AbstractEventLoop) -> None:
        """Watch the workers' sockets from ``loop`` (once)."""
        if self._loop is loop:
            return
        for worker in self._workers:
            self._forget(worker)  # watched from another loop (a pool serves one crawl at a time)
        self._loop = loop
        self._follow_all()
        self._watch = loop.call_later(WATCH_EVERY, self._watch_loop)

    def _watch_loop(self) -> None:
        self._check_stuck()
        if self._loop is not None:
            self._watch = self._loop.call_later(WATCH_EVERY, self._watch_loop)

    def _follow(self, worker: _Worker) -> None:
        """Watch ``worker``'s socket from the loop or selector in use: always for results, for writing while output waits."""
        wanted = selectors.EVENT_READ | (selectors.EVENT_WRITE if worker.has_output else 0)
        if wanted == worker.watched or worker not in self._workers:
            return
        fd = worker.sock.fileno()
        if self._loop is not None:
            if not worker.watched & selectors.EVENT_READ:
                self._loop.add_reader(fd, self._received, worker)
            if wanted & selectors.EVENT_WRITE:
                self._loop.add_writer(fd, self._flush_to, worker)
            else:
                self._loop.remove_writer(fd)
        elif self._selector is not None:
            if worker.watched:
                self._selector.modify(fd, wanted, worker)
            else:
                self._selector.register(fd, wanted, worker)
        else:
            return
        worker.watched = wanted

    def _forget(self, worker: _Worker) -> None:
        if worker.watched:
            fd = worker.sock.fileno()
            if self._loop is not None:
                self._loop.remove_reader(fd)
                self._loop.remove_writer(fd)
            elif self._selector is not None:
                self._selector.unregister(fd)
            worker.watched = 0

    def _flush_to(self, worker: _Worker) -> None:
        if worker in self._workers:
            worker.write()
            self._follow(worker)

    # --- import: pages streamed in order, without an event loop ----------------

    def _submit(self, page: PageInput, url: str) -> Future[PageResult]:
        if self.workers == 0:
            return self._run_inline(page, url)
        if self._selector is None:
            self._selector = selectors.DefaultSelector()
            self._follow_all()
        future: Future[PageResult] = Future()
        future.set_running_or_notify_cancel()
        self._dispatch(page, url, future)
        return future

    def _wait(self, future: Future[PageResult]) -> None:
        """Move pages and results until ``future`` is done."""
        while not future.done():
            assert self._selector is not None
            for key, events in self._selector.select(timeout=WATCH_EVERY):
                worker: _Worker = key.data
                if events & selectors.EVENT_WRITE:
                    self._flush_to(worker)
                if events & selectors.EVENT_READ and worker in self._workers:
                    self._received(worker)
            self._check_stuck()

    def _inline_processor(self) -> PageProcessor:
        if self._inline is None:
            self._inline = PageProcessor(self.work)
        return self._inline

    def _run_inline(self, page: PageInput, url: str) -> Future[PageResult]:
        future: Future[PageResult] = Future()
        try:
            future.set_result(self._inline_processor()(page, url))
        except Exception as exc:  # noqa: BLE001 - handed to the caller like a worker's exception
            future.set_exception(exc)
        return future

    def imap(self, pages: Iterable[tuple[PageInput, str, T]]) -> Iterator[tuple[T, PageResult | BaseException]]:
        """Process ``(page, url, tag)`` triples in order, at most ``max_pending`` at a time.

        Yields ``(tag, result)``, or ``(tag, exception)`` for a page whose
        processing raised, so one bad file never stops a backfill.
        """
        window: deque[tuple[T, Future[PageResult]]] = deque()
        for page, url, tag in pages:
            window.append((tag, self._submit(page, url)))
            if len(window) >= self.max_pending:
                yield self._outcome(*window.popleft())
        while window:
            yield self._outcome(*window.popleft())

    def _outcome(self, tag: T, future: Future[PageResult]) -> tuple[T, PageResult | BaseException]:
        self._wait(future)
        exception = future.exception()
        return tag, future.result() if exception is None else exception

    # --- lifecycle -------------------------------------------------------------

    @property
    def pids(self) -> list[int]:
        """Process ids of the running workers (empty before :meth:`start` and inline)."""
        return [worker.process.pid for worker in self._workers if worker.process.pid is not None]

    @property
    def started(self) -> bool:
        return bool(self._workers) or self._inline is not None

    def close(self) -> None:
        """Stop the worker processes (pages still queued fail with :class:`WorkerDied`)."""
        if self._watch is not None:
            self._watch.cancel()
            self._watch = None
        for worker in self._workers:
            self._forget(worker)
            worker.stop("the pool was closed")
        self._workers = []
        self._loop = None
        if self._selector is not None:
            self._selector.close()
            self._selector = None

    def __enter__(self) -> PagePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


