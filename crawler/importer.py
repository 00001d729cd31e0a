# `wirewatch import`: pages saved elsewhere (WARC, saved HTML) through the crawl's own extraction, grouping and store.
# Worker processes extract while this process groups and writes, so a backfill runs at the CPU ceiling.
"""The import (backfill) job.

Pages come from :mod:`crawler.archives` one at a time, go through
:class:`crawler.workers.PagePool` (the crawl's extraction, wire credit and
grouping features) in input order, and are grouped and stored by
:class:`crawler.writer.StoryWriter`, the crawl's single writer. An article
row is the one a crawl of the same page stores, apart from ``fetched_at``
(the archive's time), the listing fields and ``crawl_id``. The run is one row
in ``crawls`` (``sources_path`` = ``import: <paths>``) with the crawl's
per-outlet counters, so health checks see it.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.archives import Input, InputError, Page, plan_inputs, read_input
from crawler.grouping import GroupingConfig
from crawler.items import ArticleItem
from crawler.lock import database_lock
from crawler.report import OutletSummary, count, record_error, summarize
from crawler.responses import resolve_canonical
from crawler.runner import build_settings, check_store
from crawler.sources import SLUG, Outlet, load_sources
from crawler.store import ArticleStore, finish_crawl, start_crawl, utc_now
from crawler.store.incremental import known_article
from crawler.urls import canonicalize_url, host_of
from crawler.work import PageInput, PageResult
from crawler.workers import PagePool
from crawler.writer import BATCH_ARTICLES, BATCH_SECONDS, AlreadyStored, StoryWriter
from pipelines.store import RECORD_FIELDS

logger = logging.getLogger(__name__)

NO_OUTLET = "?"  # the summary row for pages of no known outlet and inputs that could not be read
_BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"RIFF")


@dataclass
class ImportResult:
    """What one import did: its ``crawls`` row, status, per-outlet summary and speed."""

    crawl_id: int | None
    status: str
    outlets: list[OutletSummary]
    stats: dict[str, Any]
    pages: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def stored(self) -> int:
        return sum(row.stored for row in self.outlets)

    @property
    def errors(self) -> int:
        return sum(row.errors for row in self.outlets)

    @property
    def articles_per_second(self) -> float:
        return self.stored / self.seconds if self.seconds > 0 else 0.0

    @property
    def summary(self) -> str:
        return str(self.stats.get("wirewatch/summary", ""))


class ImportStats:
    """The part of Scrapy's stats collector that :mod:`crawler.report` uses, without a crawler."""

    def __init__(self) -> None:
        self._stats: dict[str, Any] = {}

    def get_value(self, key: str, default: Any = None) -> Any:
        return self._stats.get(key, default)

    def set_value(self, key: str, value: Any) -> None:
        self._stats[key] = value

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        self._stats[key] = self._stats.get(key, start) + count

    def get_stats(self) -> dict[str, Any]:
        return self._stats


class OutletCatalog:
    """Which outlet a page belongs to: the mapping's ``outlet_id`` if it gives one, else the URL's host.

    When several outlets share a host (one publisher's titles under different
    paths), the one whose ``article_pattern`` matches the URL wins, else the one
    whose feed, sitemap, section or homepage URLs share the most leading path
    segments with it; a tie is no answer rather than a guess.

    Args:
        outlets: the known outlets.
        create_unknown: an unknown (well-formed) ``outlet_id`` gets a minimal outlet
            (its id as name) instead of being refused; used when there is no sources file.
    """

    def __init__(self, outlets: Sequence[Outlet], create_unknown: bool) -> None:
        self.outlets = {outlet.id: outlet for outlet in outlets}
        self.create_unknown = create_unknown
        self.created: list[Outlet] = []
        self._by_host: dict[str, list[Outlet]] = {}

    @classmethod
    def from_db(cls, store: ArticleStore) -> OutletCatalog:
        """The outlets earlier runs recorded (their domains map hosts); new mapping ids are created."""
        rows = store.db.execute(
            "SELECT id, name, domains, language, country, homepage, is_wire, wire_aliases FROM outlets ORDER BY id"
        ).fetchall()
        outlets = [
            Outlet(
                id=row[0], name=row[1], domains=tuple(json.loads(row[2] or "[]")), language=row[3],
                country=row[4], homepage=row[5], wire=bool(row[6]), wire_aliases=tuple(json.loads(row[7] or "[]")),
            )
            for row in rows
        ]
        return cls(outlets, create_unknown=True)

    def take_created(self) -> list[Outlet]:
        """Outlets :meth:`find` made up since the last call (to be written to ``outlets``)."""
        created, self.created = self.created, []
        return created

    def known_wires(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for outlet in self.outlets.values():
            names.update(outlet.wire_names())
        return names

    def find(self, outlet_id: str | None, url: str) -> Outlet | None:
        """The page's outlet, or None when it cannot be told (counted as ``dropped/unknown_outlet``)."""
        if outlet_id:
            outlet = self.outlets.get(outlet_id)
            if outlet is None and self.create_unknown and SLUG.match(outlet_id):
                outlet = self.outlets[outlet_id] = Outlet(id=outlet_id, name=outlet_id)
                self.created.append(outlet)
            return outlet
        candidates = self.sharing_host(host_of(url))
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        return _closest(candidates, url)

    def sharing_host(self, host: str) -> list[Outlet]:
        """The outlets whose domains include ``host``."""
        if host not in self._by_host:
            self._by_host[host] = [o for o in self.outlets.values() if o.allows_host(host)]
        return self._by_host[host]


def _closest(candidates: Sequence[Outlet], url: str) -> Outlet | None:
    matching = [o for o in candidates if o.is_article_link(url)]
    if len(matching) == 1:
        return matching[0]
    page = _directories(url)
    host = host_of(url)

    def shared(outlet: Outlet) -> int:
        urls = (*outlet.feeds, *outlet.sitemaps, *outlet.start_urls, outlet.homepage or "")
        return max((_common_prefix(page, _directories(u)) for u in urls if host_of(u) == host), default=0)

    scores = [(shared(o), o) for o in candidates]
    best = max(score for score, _ in scores)
    winners = [o for score, o in scores if score == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def _directories(url: str) -> list[str]:
    """The directory segments of a URL's path (``/a/b/c.html`` -> ``[a, b]``)."""
    return urlsplit(url).path.split("/")[1:-1]


def _common_prefix(a: list[str], b: list[str]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


@dataclass(frozen=True)
class _Tag:
    """What travels beside a page through the pool (not its body)."""

    outlet: Outlet
    fetched_url: str
    fetched_at: str | None
    source: str


@dataclass
class _Job:
    """One import run: reads pages, hands them to the pool, groups and stores the results."""

    writer: StoryWriter
    pool: PagePool
    catalog: OutletCatalog
    crawl_id: int
    stats: ImportStats = field(default_factory=ImportStats)
    pages: int = 0
    warned: set[str] = field(default_factory=set)  # hosts and ids already reported as unknown

    def run(self, inputs: Sequence[Input]) -> None:
        for tag, outcome in self.pool.imap(self._pages(inputs)):
            self._store(tag, outcome)
            self.writer.flush_if_due()

    # --- reading (runs in this process, between results) ---------------------------

    def _pages(self, inputs: Sequence[Input]) -> Iterator[tuple[PageInput, str, _Tag]]:
        for source in inputs:
            self.stats.inc_value("wirewatch/import/inputs")
            for item in read_input(source):
                if isinstance(item, InputError):
                    self._error(NO_OUTLET, str(item))
                    continue
                self.pages += 1
                prepared = self._prepare(item)
                if prepared is not None:
                    yield prepared

    def _prepare(self, page: Page) -> tuple[PageInput, str, _Tag] | None:
        """A page for the pool (decoded there), or None after counting why it needs no extraction."""
        if page.outlet_id and not SLUG.match(page.outlet_id):
            self._error(NO_OUTLET, f"{page.source}: outlet_id {page.outlet_id!r} is not an outlet id (a-z, 0-9, '-')")
            return None
        outlet = self.catalog.find(page.outlet_id, page.url)
        if outlet is None:
            self._unknown_outlet(page)
            return None
        created = self.catalog.take_created()
        if created:  # the first page of an outlet id the store has not seen: a minimal outlets row
            ArticleStore(self.writer.db).upsert_outlets(created)
        if page.body[:8].startswith(_BINARY_MAGIC):
            count(self.stats, outlet.id, "dropped/not_html")
            return None
        fetched_url = canonicalize_url(page.url)
        if known_article(self.writer.db, fetched_url) is not None:
            count(self.stats, outlet.id, "already_stored")
            return None
        return (page.body, page.content_type), page.url, _Tag(outlet, fetched_url, page.fetched_at, page.source)

    def _unknown_outlet(self, page: Page) -> None:
        count(self.stats, NO_OUTLET, "dropped/unknown_outlet")
        key = page.outlet_id or host_of(page.url)
        if key in self.warned:
            return
        self.warned.add(key)
        shared = [] if page.outlet_id else self.catalog.sharing_host(key)
        if page.outlet_id:
            reason = f"outlet '{page.outlet_id}' is not in the sources file"
        elif shared:
            names = ", ".join(o.id for o in shared)
            reason = f"host {key} is shared by outlets {names} and the URL does not tell which: give an outlet_id"
        else:
            reason = f"no outlet has the domain {key or '(none)'}: add it to the sources file or give an outlet_id"
        logger.warning("%s: %s; its pages are skipped", page.source, reason)

    # --- storing (results arrive in input order) ------------------------------------

    def _store(self, tag: _Tag, outcome: PageResult | BaseException) -> None:
        outlet_id = tag.outlet.id
        if isinstance(outcome, BaseException):
            reason = (str(outcome).strip().splitlines() or [""])[0][:200]
            self._error(outlet_id, f"{tag.source}: extraction failed: {type(outcome).__name__}: {reason}")
            return
        if outcome.extraction.article is None:
            count(self.stats, outlet_id, f"dropped/{outcome.extraction.rejected or 'not_article'}")
            return
        record = self._record(tag, outcome)
        try:
            self.writer.add(record, outcome.features)
        except AlreadyStored:  # a second copy of one URL in the inputs, or a same-site canonical stored before
            count(self.stats, outlet_id, "already_stored")
            return
        count(self.stats, outlet_id, "stored")

    def _record(self, tag: _Tag, result: PageResult) -> dict[str, Any]:
        """The article row a crawl of this page would store (``NewsSpider._item`` + the clean pipeline)."""
        article = result.extraction.article
        assert article is not None
        url, canonical_url = resolve_canonical(tag.fetched_url, article.canonical_url)
        item = ArticleItem(
            url=url,
            outlet_id=tag.outlet.id,
            text=article.text,
            word_count=article.word_count,
            fetched_at=tag.fetched_at or utc_now(),
            fetched_url=tag.fetched_url,
            canonical_url=canonical_url,
            title=" ".join(article.title.split()) if article.title else article.title,
            authors=list(article.authors),
            published_at=article.published_at,
            published_source="page" if article.published_at else None,
            modified_at=article.modified_at,
            language=article.language or tag.outlet.language,
            description=article.description,
            site_name=article.site_name,
            wire=result.wire,
            wire_evidence=result.wire_evidence,
        )
        record = {name: getattr(item, name) for name in RECORD_FIELDS if hasattr(item, name)}
        record["crawl_id"] = self.crawl_id
        return record

    def _error(self, outlet_id: str, message: str) -> None:
        record_error(self.stats, outlet_id, message)
        logger.error("%s", message)


def run_import(
    paths: Sequence[str | Path],
    db_path: str | Path,
    sources_path: str | Path | None = None,
    mapping: str | Path | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> ImportResult:
    """Import WARC files and saved-HTML directories into ``db_path``.

    Args:
        paths: ``.warc`` / ``.warc.gz`` files and directories with a ``pages.csv``.
        db_path: the store (created if needed).
        sources_path: outlets to map pages to by host or id (else the store's outlets,
            and mapping ids not seen before get a minimal outlet row).
        mapping: the mapping CSV of the one directory in ``paths`` (default ``<dir>/pages.csv``).
        overrides: settings as ``--set`` gives them (``WIREWATCH_WORKERS``, ``WIREWATCH_MIN_WORDS``,
            ``WIREWATCH_DEDUP_*``, ``WIREWATCH_STORE_BATCH*``).

    Returns:
        The result; ``status`` is ``failed`` when any input or page could not be read or extracted.

    Raises:
        UsageError: no such path, a mapping without its columns (nothing was read or written).
        SourcesError: a bad sources file. StoreError (GroupingConfigError too): an unusable store.
        LockBusy: another run holds the database.
    """
    inputs = plan_inputs(paths, mapping)
    sources = load_sources(sources_path) if sources_path is not None else None
    settings = build_settings(db_path, dict(overrides or {}))
    config = GroupingConfig.from_settings(settings)
    label = "import: " + " ".join(str(p) for p in paths)
    with database_lock(db_path):
        check_store(db_path, config)
        writer = StoryWriter(
            db_path,
            config,
            batch_articles=settings.getint("WIREWATCH_STORE_BATCH", BATCH_ARTICLES),
            batch_seconds=settings.getfloat("WIREWATCH_STORE_BATCH_SECONDS", BATCH_SECONDS),
        )
        try:
            return _run(writer, settings, sources, inputs, label)
        finally:
            writer.close()


def _run(
    writer: StoryWriter, settings: Any, sources: list[Outlet] | None, inputs: Sequence[Input], label: str
) -> ImportResult:
    store = ArticleStore(writer.db)
    if sources is not None:
        store.upsert_outlets(sources)
        catalog = OutletCatalog(sources, create_unknown=False)
    else:
        catalog = OutletCatalog.from_db(store)
    crawl_id = start_crawl(writer.db, label)
    started = time.monotonic()
    with PagePool.from_settings(settings, catalog.known_wires()) as pool:
        job = _Job(writer, pool, catalog, crawl_id)
        job.stats.set_value("wirewatch/crawl_id", crawl_id)
        job.stats.set_value("wirewatch/kind", "import")
        job.stats.set_value("wirewatch/import/workers", pool.workers)
        status = "failed"
        try:
            job.run(inputs)
            status = "ok"
        finally:
            writer.flush()  # whole articles only: what was stored stays stored, even on Ctrl-C
            seconds = time.monotonic() - started
            rows = _summaries(job.stats, catalog)
            if status == "ok" and any(row.errors for row in rows):
                status = "failed"
            result = ImportResult(crawl_id, status, rows, job.stats.get_stats(), job.pages, seconds)
            _close_row(writer, job.stats, result)
    return result


def _summaries(stats: ImportStats, catalog: OutletCatalog) -> list[OutletSummary]:
    """Rows for the outlets this import touched, in catalog (sources file) order; ``?`` last."""
    touched = {key.split("/")[2] for key in stats.get_stats() if key.startswith("wirewatch/outlet/")}
    order = [oid for oid in catalog.outlets if oid in touched]
    order += sorted(touched.difference(order, [NO_OUTLET])) + ([NO_OUTLET] if NO_OUTLET in touched else [])
    return summarize(stats.get_stats(), order)


def _close_row(writer: StoryWriter, stats: ImportStats, result: ImportResult) -> None:
    rate = round(result.articles_per_second, 1)
    stats.set_value("wirewatch/status", result.status)
    stats.set_value("wirewatch/import/pages", result.pages)
    stats.set_value("wirewatch/import/articles_per_second", rate)
    stats.set_value("elapsed_time_seconds", round(result.seconds, 3))
    stats.set_value("wirewatch/summary", summary_line(result))
    logger.info("%s", result.summary)
    finish_crawl(writer.db, result.crawl_id or 0, result.status, stats.get_stats())


def summary_line(result: ImportResult) -> str:
    """The single summary line for logs and cron mail (the crawl's, plus pages and speed)."""
    rows = result.outlets
    outlets = sum(1 for row in rows if row.outlet_id != NO_OUTLET)
    already = sum(row.already_stored for row in rows)
    dropped = sum(sum(row.dropped.values()) for row in rows)
    inputs = result.stats.get("wirewatch/import/inputs", 0)
    return (
        f"import {result.crawl_id} {result.status}: {outlets} outlets, {result.stored} new, "
        f"{already} already stored, {dropped} dropped, {result.errors} errors; "
        f"{result.pages} pages from {inputs} input{'s' if inputs != 1 else ''} in {result.seconds:.1f} s, "
        f"{result.articles_per_second:.1f} articles/s"
    )
