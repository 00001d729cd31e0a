# The one generic spider: every outlet's feeds, sitemaps and section pages, by the sources file.
# Listings become article requests tagged with their outlet; article pages become ArticleItems.
"""The ``news`` spider.

Run it through ``wirewatch crawl --sources FILE`` or, as a Scrapy user would,
``scrapy crawl news -a sources=FILE -s WIREWATCH_DB=news.db``.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler import __version__
from crawler.extraction import extract_article
from crawler.items import ArticleItem
from crawler.listings import ListingError, parse_listing
from crawler.report import count, record_error
from crawler.sources import Outlet, load_sources
from crawler.store.db import utc_now
from crawler.urls import canonicalize_url, host_of, same_site

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
            **kwargs,
        )
        spider._set_crawler(crawler)
        return spider

    # --- listings --------------------------------------------------------------

    async def start(self) -> AsyncIterator[Request]:
        for outlet in self.outlets:
            for url in outlet.feeds:
                yield self._listing_request(url, outlet, "feed")
            for url in outlet.sitemaps:
                yield self._listing_request(url, outlet, "sitemap")
            for url in outlet.start_urls:
                yield Request(
                    url,
                    callback=self.parse_section,
                    errback=self.listing_failed,
                    meta={"outlet_id": outlet.id, "listing_kind": "section page"},
                    dont_filter=True,
                )

    def _listing_request(self, url: str, outlet: Outlet, kind: str, depth: int = 0) -> Request:
        return Request(
            url,
            callback=self.parse_listing,
            errback=self.listing_failed,
            meta={"outlet_id": outlet.id, "listing_kind": kind, "sitemap_depth": depth},
            dont_filter=depth == 0,
        )

    def parse_listing(self, response: Response) -> Iterator[Request]:
        """A feed or sitemap: follow child sitemaps, request every listed article."""
        outlet = self._outlet(response)
        kind = response.meta["listing_kind"]
        try:
            listing = parse_listing(response.body, response.url, max_entries=self.max_listing_entries)
        except ListingError as exc:
            self._listing_error(outlet, f"{kind} {exc}")
            return
        count(self.crawler.stats, outlet.id, "listings_ok")
        if listing.kind == "sitemapindex":
            depth = response.meta.get("sitemap_depth", 0) + 1
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
            yield from self._article_request(entry.url, outlet, response.url, dataclasses.asdict(entry))

    def parse_section(self, response: Response) -> Iterator[Request]:
        """A section front: request the links that match the outlet's ``article_pattern``."""
        outlet = self._outlet(response)
        if not isinstance(response, TextResponse):
            self._listing_error(outlet, f"section page {response.url}: not an HTML page")
            return
        count(self.crawler.stats, outlet.id, "listings_ok")
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href.strip())
            if outlet.is_article_link(url):
                yield from self._article_request(url, outlet, response.url, {})

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
        yield Request(
            url,
            callback=self.parse_article,
            errback=self.article_failed,
            meta={"outlet_id": outlet.id, "listing_url": listing_url, "listed_url": url},
        )

    def listing_failed(self, failure: Failure) -> None:
        """A feed, sitemap or section page could not be fetched: one line naming outlet and URL."""
        request = failure.request  # type: ignore[attr-defined]
        outlet = self.outlets_by_id[request.meta["outlet_id"]]
        self._listing_error(outlet, f"{request.meta['listing_kind']} {request.url}: {_reason(failure)}")

    def _listing_error(self, outlet: Outlet, message: str) -> None:
        count(self.crawler.stats, outlet.id, "listings_failed")
        record_error(self.crawler.stats, outlet.id, message)
        logger.error("outlet '%s': %s", outlet.id, message)

    # --- articles --------------------------------------------------------------

    def parse_article(self, response: Response) -> Iterator[ArticleItem]:
        """An article page: extract it, or count why it is not an article."""
        outlet = self._outlet(response)
        stats = self.crawler.stats
        if not _is_html(response):
            count(stats, outlet.id, "dropped/not_html")
            return
        fetched_url = canonicalize_url(response.url)
        if not outlet.allows_host(host_of(fetched_url)):
            count(stats, outlet.id, "dropped/offsite_redirect")
            return
        assert isinstance(response, TextResponse)
        extraction = extract_article(response.text, response.url, min_words=self.min_words)
        article = extraction.article
        if article is None:
            count(stats, outlet.id, f"dropped/{extraction.rejected}")
            logger.debug("not an article (%s): %s", extraction.rejected, response.url)
            return
        url, canonical_url = _resolve_canonical(fetched_url, article.canonical_url)
        listing = self.listed.get(response.meta.get("listed_url", ""), {})
        published_at = article.published_at or listing.get("published_at")
        yield ArticleItem(
            url=url,
            outlet_id=outlet.id,
            text=article.text,
            word_count=article.word_count,
            fetched_at=utc_now(),
            fetched_url=fetched_url,
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
        )

    def article_failed(self, failure: Failure) -> None:
        """An article request failed; robots.txt refusals are counted, not reported as errors."""
        request = failure.request  # type: ignore[attr-defined]
        outlet_id = request.meta["outlet_id"]
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            count(self.crawler.stats, outlet_id, "dropped/robots_txt")
            return
        record_error(self.crawler.stats, outlet_id, f"article {request.url}: {_reason(failure)}")
        logger.warning("outlet '%s': article %s: %s", outlet_id, request.url, _reason(failure))

    def _outlet(self, response: Response) -> Outlet:
        return self.outlets_by_id[response.meta["outlet_id"]]


def _resolve_canonical(fetched_url: str, declared: str | None) -> tuple[str, str | None]:
    """Pick the URL to store and the cross-site canonical to keep, if any.

    A same-site canonical replaces the fetched URL (one article, one row); a
    cross-site one (a syndicated copy pointing at the wire) is only recorded.
    """
    if not declared or not declared.startswith(("http://", "https://")):
        return fetched_url, None
    canonical = canonicalize_url(declared)
    if same_site(canonical, fetched_url):
        return canonical, None
    return fetched_url, declared


def _is_html(response: Response) -> bool:
    if isinstance(response, HtmlResponse):
        return True
    if not isinstance(response, TextResponse):
        return False
    head = response.text[:1024].lower()
    return "<html" in head or "<!doctype html" in head


def _reason(failure: Failure) -> str:
    """A short, one-line reason for a failed request."""
    if failure.check(HttpError):
        return f"HTTP {failure.value.response.status}"
    text = failure.getErrorMessage().strip().splitlines()
    message = text[0] if text else failure.type.__name__
    return f"{failure.type.__name__}: {message}" if failure.type.__name__ not in message else message
