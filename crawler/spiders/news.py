# The one generic spider: every outlet's feeds, sitemaps and section pages, by the sources file.
# Listings become article requests tagged with their outlet; article pages become ArticleItems.
"""The ``news`` spider.

Run it through ``wirewatch crawl --sources FILE`` or, as a Scrapy user would,
``scrapy crawl news -a sources=FILE -s WIREWATCH_DB=news.db``.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime, timedelta, timezone
from collections.abc import AsyncIterator, Iterator
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings
from sqlite_utils import Database
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler import __version__
from crawler.items import ArticleItem
from crawler.listings import ListingError, parse_listing
from crawler.report import count, record_error
from crawler.responses import failure_reason, header, is_html, resolve_canonical
from crawler.sources import Outlet, load_sources
from crawler.store.db import open_db, utc_now
from crawler.store.incremental import (
    ListingState,
    known_article,
    load_listing_states,
    record_rejected,
    recently_rejected,
    save_listing_states,
)
from crawler.urls import canonicalize_url, host_of
from crawler.work import PageResult
from crawler.workers import PagePool

logger = logging.getLogger(__name__)


class NewsSpider(Spider):
    """Crawls the outlets of a sources file and yields their articles."""

    name = "news"

    def __init__(
        self,
        outlets: list[Outlet],
        sources_path: str | None = None,
        min_words: int = 80,
        max_listing_entries: int = 5000,
        max_sitemap_depth: int = 3,
        db_path: str | None = None,
        recheck_rejected_days: float = 7.0,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.outlets = outlets
        self.outlets_by_id = {outlet.id: outlet for outlet in outlets}
        self.sources_path = sources_path
        self.min_words = min_words
        self.max_listing_entries = max_listing_entries
        self.max_sitemap_depth = max_sitemap_depth
        self.allowed_domains = sorted({d for outlet in outlets for d in outlet.domains})
        # What every listing said about an article URL; a feed and a sitemap may each know part.
        self.listed: dict[str, dict[str, Any]] = {}
        self.db_path = db_path
        self.recheck_rejected_days = recheck_rejected_days
        self.db: Database | None = None
        self.listing_states: dict[str, ListingState] = {}
        self.seen_listings: dict[str, ListingState] = {}
        self.updating: set[int] = set()  # stored articles already requested again this run
        self.requested: set[str] = set()  # article URLs requested this run (a feed and a sitemap both list most)
        self.rejected: list[tuple[str, str, str]] = []  # (listed URL, outlet, reason), saved at close
        self.pages: PagePool | None = None  # extraction and grouping features, off the reactor

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        """Name the project and its contact URL in the User-Agent unless USER_AGENT was set."""
        super().update_settings(settings)
        if settings.getpriority("USER_AGENT") < SETTINGS_PRIORITIES["project"]:
            contact = settings.get("WIREWATCH_CONTACT_URL")
            agent = f"wirewatch/{__version__} (+{contact})" if contact else f"wirewatch/{__version__}"
            settings.set("USER_AGENT", agent, priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        """Load the sources file named by ``-a sources=`` or ``WIREWATCH_SOURCES``."""
        settings = crawler.settings
        sources_path = kwargs.pop("sources", None) or settings.get("WIREWATCH_SOURCES")
        if not sources_path:
            raise ValueError("no sources file: pass -a sources=FILE or set WIREWATCH_SOURCES")
        spider = cls(
            *args,
            outlets=load_sources(sources_path),
            sources_path=str(sources_path),
            min_words=settings.getint("WIREWATCH_MIN_WORDS", 80),
            max_listing_entries=settings.getint("WIREWATCH_MAX_LISTING_ENTRIES", 5000),
            max_sitemap_depth=settings.getint("WIREWATCH_MAX_SITEMAP_DEPTH", 3),
            db_path=settings.get("WIREWATCH_DB"),
            recheck_rejected_days=settings.getfloat("WIREWATCH_RECHECK_REJECTED_DAYS", 7.0),
            **kwargs,
        )
        known_wires: dict[str, str] = {}
        for outlet in spider.outlets:
            known_wires.update(outlet.wire_names())
        spider.pages = PagePool.from_settings(settings, known_wires)
        spider._set_crawler(crawler)
        return spider

    # --- listings --------------------------------------------------------------

    async def start(self) -> AsyncIterator[Request]:
        if self.db_path:
            self.db = open_db(self.db_path)
            self.listing_states = load_listing_states(self.db)
            cutoff = datetime.now(timezone.utc) - timedelta(days=self.recheck_rejected_days)
            self.rejected_since = cutoff.strftime("%Y-%m-%dT%H:%M:%SZ")
        for outlet in self.outlets:
            for url in outlet.feeds:
                yield self._listing_request(url, outlet, "feed")
            for url in outlet.sitemaps:
                yield self._listing_request(url, outlet, "sitemap")
            for url in outlet.start_urls:
                yield self._listing_request(url, outlet, "section page", callback=self.parse_section)

    def _listing_request(
        self, url: str, outlet: Outlet, kind: str, depth: int = 0, callback: Any = None
    ) -> Request:
        """A feed, sitemap or section-page request, conditional when we know its validators."""
        headers: dict[str, str] = {}
        state = self.listing_states.get(url)
        if state:
            if state.etag:
                headers["If-None-Match"] = state.etag
            if state.last_modified:
                headers["If-Modified-Since"] = state.last_modified
        return Request(
            url,
            callback=callback or self.parse_listing,
            errback=self.listing_failed,
            headers=headers,
            meta={"outlet_id": outlet.id, "listing_kind": kind, "sitemap_depth": depth,
                  "handle_httpstatus_list": [304]},
            dont_filter=depth == 0,
        )

    def parse_listing(self, response: Response) -> Iterator[Request]:
        """A feed or sitemap: follow child sitemaps, request every listed article."""
        outlet = self._outlet(response)
        kind = response.meta["listing_kind"]
        depth = response.meta.get("sitemap_depth", 0)
        previous = self._unchanged(response, outlet)
        if previous is not None:
            for child in previous.children:  # an unchanged index: its sitemaps may still have changed
                yield self._listing_request(child, outlet, "sitemap", depth + 1)
            return
        try:
            listing = parse_listing(response.body, response.url, max_entries=self.max_listing_entries)
        except ListingError as exc:
            self._listing_error(outlet, f"{kind} {exc}")
            return
        count(self.crawler.stats, outlet.id, "listings_ok")
        children = [e.url for e in listing.entries if outlet.allows_host(host_of(e.url))]
        self._remember(response, outlet, listing.kind, children if listing.kind == "sitemapindex" else [])
        if listing.kind == "sitemapindex":
            depth += 1
            if depth > self.max_sitemap_depth:
                record_error(self.crawler.stats, outlet.id, f"{response.url}: sitemap index nested too deep")
                return
            for entry in listing.entries:
                if outlet.allows_host(host_of(entry.url)):
                    yield self._listing_request(entry.url, outlet, "sitemap", depth)
                else:
                    count(self.crawler.stats, outlet.id, "links_offsite")
            return
        for entry in listing.entries:
            yield from self._article_request(entry.url, outlet, response.url, vars(entry))

    def parse_section(self, response: Response) -> Iterator[Request]:
        """A section front: request the links that match the outlet's ``article_pattern``."""
        outlet = self._outlet(response)
        if self._unchanged(response, outlet) is not None:
            return
        if not isinstance(response, TextResponse):
            self._listing_error(outlet, f"section page {response.url}: not an HTML page")
            return
        count(self.crawler.stats, outlet.id, "listings_ok")
        self._remember(response, outlet, "section")
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href.strip())
            if outlet.is_article_link(url):
                yield from self._article_request(url, outlet, response.url, {})

    def _unchanged(self, response: Response, outlet: Outlet) -> ListingState | None:
        """The stored state of a listing that has not changed since the last run (304 or same body)."""
        url = response.request.url if response.request else response.url
        previous = self.listing_states.get(url)
        if previous is None:
            return None
        if response.status != 304 and previous.body_hash != _body_hash(response):
            return None
        count(self.crawler.stats, outlet.id, "listings_ok")
        count(self.crawler.stats, outlet.id, "listings_unchanged")
        self.seen_listings[url] = previous
        return previous

    def _remember(self, response: Response, outlet: Outlet, kind: str, children: list[str] | None = None) -> None:
        """Keep a listing's validators and body hash; saved when the crawl closes."""
        url = response.request.url if response.request else response.url
        self.seen_listings[url] = ListingState(
            url=url,
            outlet_id=outlet.id,
            kind=kind,
            etag=header(response, "ETag"),
            last_modified=header(response, "Last-Modified"),
            body_hash=_body_hash(response),
            children=tuple(children or ()),
        )

    def _article_request(
        self, url: str, outlet: Outlet, listing_url: str, listing: dict[str, Any]
    ) -> Iterator[Request]:
        if not url.startswith(("http://", "https://")):
            return
        if not outlet.allows_host(host_of(url)):
            count(self.crawler.stats, outlet.id, "links_offsite")
            return
        url = canonicalize_url(url)
        known = self.listed.setdefault(url, {})
        for key, value in listing.items():
            if value and not known.get(key):
                known[key] = value
        if url in self.requested:
            return  # another listing offered it first; its details above still reach the item
        update_of = None
        if self.db is not None:
            stored = known_article(self.db, url)
            if stored is not None:
                newer = known.get("modified_at")
                is_newer = newer and (stored.modified_at is None or newer > stored.modified_at)
                if not is_newer or stored.article_id in self.updating:
                    count(self.crawler.stats, outlet.id, "already_stored")
                    return
                update_of = stored.article_id
                self.updating.add(update_of)
            elif (reason := recently_rejected(self.db, url, self.rejected_since)) is not None:
                count(self.crawler.stats, outlet.id, f"skipped/{reason}")
                return
        if self.pages is not None:
            self.pages.start()  # warm the workers while the first article downloads
        self.requested.add(url)
        yield Request(
            url,
            callback=self.parse_article,
            errback=self.article_failed,
            meta={"outlet_id": outlet.id, "listing_url": listing_url, "listed_url": url, "update_of": update_of},
            dont_filter=update_of is not None,
        )

    def listing_failed(self, failure: Failure) -> None:
        """A feed, sitemap or section page could not be fetched: one line naming outlet and URL."""
        request = failure.request  # type: ignore[attr-defined]
        outlet = self.outlets_by_id[request.meta["outlet_id"]]
        self._listing_error(outlet, f"{request.meta['listing_kind']} {request.url}: {failure_reason(failure)}")

    def _listing_error(self, outlet: Outlet, message: str) -> None:
        count(self.crawler.stats, outlet.id, "listings_failed")
        record_error(self.crawler.stats, outlet.id, message)
        logger.error("outlet '%s': %s", outlet.id, message)

    # --- articles --------------------------------------------------------------

    async def parse_article(self, response: Response) -> list[ArticleItem]:
        """An article page: extract it in a worker process, or count why it is not an article.

        A coroutine returning a list rather than an async generator: Scrapy then runs the output
        through its plain (synchronous) middleware chain, which costs far less per page.
        """
        outlet = self._outlet(response)
        stats = self.crawler.stats
        if not is_html(response):
            self._rejected(response, outlet, "not_html")
            return []
        fetched_url = canonicalize_url(response.url)
        if not outlet.allows_host(host_of(fetched_url)):
            count(stats, outlet.id, "dropped/offsite_redirect")
            return []
        assert isinstance(response, TextResponse) and self.pages is not None
        try:
            result = await self.pages.process((response.body, header(response, "Content-Type")), response.url)
        except Exception as exc:  # noqa: BLE001 - one bad page must not stop the crawl
            message = f"article {response.url}: extraction failed: {type(exc).__name__}: {exc}"
            record_error(stats, outlet.id, message)
            logger.error("outlet '%s': %s", outlet.id, message)
            return []
        article = result.extraction.article
        if article is None:
            rejected = result.extraction.rejected or "not_article"
            self._rejected(response, outlet, rejected)
            logger.debug("not an article (%s): %s", rejected, response.url)
            return []
        return [self._item(response, outlet, fetched_url, result)]

    def _item(self, response: Response, outlet: Outlet, fetched_url: str, result: PageResult) -> ArticleItem:
        """The item for an extracted page; the page wins over what listings said, except where it is silent."""
        article = result.extraction.article
        assert article is not None
        url, canonical_url = resolve_canonical(fetched_url, article.canonical_url)
        listing = self.listed.get(response.meta.get("listed_url", ""), {})
        published_at = article.published_at or listing.get("published_at")
        return ArticleItem(
            url=url,
            outlet_id=outlet.id,
            text=article.text,
            word_count=article.word_count,
            fetched_at=utc_now(),
            fetched_url=fetched_url,
            listed_url=response.meta.get("listed_url"),
            update_of=response.meta.get("update_of"),
            canonical_url=canonical_url,
            title=article.title or listing.get("title"),
            authors=list(article.authors),
            published_at=published_at,
            published_source=("page" if article.published_at else "listing") if published_at else None,
            modified_at=article.modified_at or listing.get("modified_at"),
            language=article.language or listing.get("language") or outlet.language,
            description=article.description,
            site_name=article.site_name or listing.get("publication"),
            listing_url=response.meta.get("listing_url"),
            wire=result.wire,
            wire_evidence=result.wire_evidence,
            features=result.features,
        )

    def article_failed(self, failure: Failure) -> None:
        """An article request failed; robots.txt refusals are counted, not reported as errors."""
        request = failure.request  # type: ignore[attr-defined]
        outlet_id = request.meta["outlet_id"]
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            drop = getattr(failure.value, "drop_reason", None)
            if drop is None and "robots.txt" in str(failure.value):
                drop = "robots_txt"
            if drop is not None:
                count(self.crawler.stats, outlet_id, f"dropped/{drop}")
                return
        record_error(self.crawler.stats, outlet_id, f"article {request.url}: {failure_reason(failure)}")
        logger.warning("outlet '%s': article %s: %s", outlet_id, request.url, failure_reason(failure))

    def _rejected(self, response: Response, outlet: Outlet, reason: str) -> None:
        """Count a page that is not an article and remember it, so later runs skip it for a while."""
        count(self.crawler.stats, outlet.id, f"dropped/{reason}")
        listed = response.meta.get("listed_url")
        if listed:
            self.rejected.append((listed, outlet.id, reason))

    def closed(self, reason: str) -> None:
        """Remember listing validators, except for outlets with failed article downloads.

        An outlet whose article requests failed keeps its old validators, so the
        next run reads its listings again and retries those articles.
        """
        if self.pages is not None:
            self.pages.close()
        if self.db is None:
            return
        # Written now, after the pipelines have committed their last batch: the writer owns the
        # database while the crawl runs, and a second writer here would wait on its open batch.
        with self.db.atomic():
            for url, outlet_id, why in self.rejected:
                record_rejected(self.db, url, outlet_id, why)
        stats = self.crawler.stats
        clean = [
            state for state in self.seen_listings.values()
            if not stats.get_value(f"wirewatch/outlet/{state.outlet_id}/errors")
        ]
        if reason == "finished":
            save_listing_states(self.db, clean)
        self.db.close()
        self.db = None

    def _outlet(self, response: Response) -> Outlet:
        return self.outlets_by_id[response.meta["outlet_id"]]


def _body_hash(response: Response) -> str:
    """SHA-1 of a listing body, computed once per response (both checks above ask for it)."""
    cached = response.meta.get("body_hash")
    if cached is None:
        cached = response.meta["body_hash"] = hashlib.sha1(response.body).hexdigest()
    return cached
