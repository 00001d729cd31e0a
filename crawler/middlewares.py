# Downloader middlewares that keep hostile or broken sites from stalling, hammering or fooling the crawl.
"""Downloader middlewares for the open web's bad manners.

* :class:`RetryAfterMiddleware` replaces Scrapy's ``RetryMiddleware``: a 429 or
  503 carrying ``Retry-After`` is retried only after the delay the server asked
  for, and not at all when that delay exceeds ``WIREWATCH_MAX_RETRY_AFTER``
  (the request fails with :class:`RetryAfterTooLong`, whose message says why).
  Retrying at once, as Scrapy does, burns the retries while the server still
  refuses, and is rude.
* :class:`RedirectGuardMiddleware` and :class:`MetaRefreshGuardMiddleware` look
  at every HTTP and meta-refresh redirect before Scrapy follows it and refuse
  loops (:class:`RedirectLoop`), chains longer than ``REDIRECT_MAX_TIMES``
  (:class:`TooManyRedirects`) and hops off the outlet's domains
  (:class:`OffsiteRedirect`). Without them an article's ``A -> B -> A`` loop
  ends silently in the duplicate filter, an offsite hop is silently dropped by
  the offsite filter, and a *listing* (scheduled with ``dont_filter``) follows
  a redirect to any host at all.

* :class:`QuickMetaRefreshMiddleware` and :class:`QuietRedirectMiddleware`
  replace Scrapy's redirect middlewares: the first skips pages that cannot
  hold a meta refresh, and neither warns at start that no Referer header will
  be set (the crawl sends none, on purpose).

Every refusal is an exception whose message is one line naming the URLs, so the
spider's errback reports it against the outlet like any other failed request.
"""

from __future__ import annotations

import logging
import re
import time
from email.utils import parsedate_to_datetime
from datetime import timezone
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import HtmlResponse, Request, Response
from scrapy.settings import BaseSettings
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import get_meta_refresh, response_status_message
from w3lib.url import safe_url_string

from crawler.responses import may_have_meta_refresh
from crawler.urls import canonicalize_url, host_of

if TYPE_CHECKING:
    from typing_extensions import Self

    from scrapy.crawler import Crawler

try:  # Scrapy >= 2.18: asyncio.sleep or deferLater, whichever reactor runs
    from scrapy.utils.asyncio import sleep as _sleep
except ImportError:  # pragma: no cover - older Scrapy

    async def _sleep(seconds: float) -> None:
        from twisted.internet import reactor
        from twisted.internet.task import deferLater

        from scrapy.utils.defer import maybe_deferred_to_future

        await maybe_deferred_to_future(deferLater(reactor, seconds))


__all__ = [
    "MetaRefreshGuardMiddleware",
    "OffsiteRedirect",
    "RedirectGuardMiddleware",
    "RedirectLoop",
    "RedirectRefused",
    "RetryAfterMiddleware",
    "RetryAfterTooLong",
    "TooManyRedirects",
    "parse_retry_after",
]

logger = logging.getLogger(__name__)

RETRY_AFTER_STATUSES = frozenset({429, 503})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
DEFAULT_MAX_RETRY_AFTER = 60.0
_SECONDS = re.compile(r"\d{1,12}(?:\.\d+)?")
_MAX_URL_IN_MESSAGE = 160


# --- Retry-After ---------------------------------------------------------------------


class RetryAfterTooLong(Exception):
    """The server asked to come back later than ``WIREWATCH_MAX_RETRY_AFTER`` allows; not retried."""


def parse_retry_after(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header value, or None when absent or unreadable.

    Both forms of RFC 9110 are read: delay-seconds (``120``) and an HTTP-date
    (``Wed, 21 Oct 2026 07:28:00 GMT``); a date in the past means no wait.

    Example:
        >>> parse_retry_after(b"3")
        3.0
        >>> parse_retry_after("Thu, 01 Jan 1970 00:00:00 GMT")
        0.0
        >>> parse_retry_after("soon") is None
        True
    """
    if value is None:
        return None
    text = (value.decode("latin-1") if isinstance(value, bytes) else value).strip()
    if not text:
        return None
    if _SECONDS.fullmatch(text):
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:  # pragma: no cover - older Pythons returned None instead of raising
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's retries, but a 429/503 with ``Retry-After`` waits as asked, up to a cap.

    Enable it in place of ``scrapy.downloadermiddlewares.retry.RetryMiddleware``
    (same priority, 550). Settings: ``RETRY_*`` as for Scrapy, plus
    ``WIREWATCH_MAX_RETRY_AFTER`` (seconds, default 60): a longer requested
    delay fails the request with :class:`RetryAfterTooLong` instead of tying the
    crawl up for hours. The wait does not hold a download slot (only the
    transfer does), so other requests to the same host carry on meanwhile.
    Stats: ``wirewatch/retry_after/waited``, ``.../seconds`` and ``.../too_long``.
    """

    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.max_retry_after = settings.getfloat("WIREWATCH_MAX_RETRY_AFTER", DEFAULT_MAX_RETRY_AFTER)

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        reason = response_status_message(response.status)
        delay = None
        if response.status in RETRY_AFTER_STATUSES:
            delay = parse_retry_after(response.headers.get(b"Retry-After"))
        if delay is None:
            return self._retry(request, reason) or response
        stats = self.crawler.stats
        if delay > self.max_retry_after:
            if stats is not None:
                stats.inc_value("wirewatch/retry_after/too_long")
            message = (
                f"HTTP {response.status} with Retry-After {delay:.0f} s, over "
                f"WIREWATCH_MAX_RETRY_AFTER ({self.max_retry_after:.0f} s): not retried"
            )
            logger.info("giving up on %s: %s", request.url, message)
            raise RetryAfterTooLong(message)
        retry = self._retry(request, reason)
        if retry is None:  # retries used up; Scrapy logged the give-up
            return response
        if delay > 0:
            if stats is not None:
                stats.inc_value("wirewatch/retry_after/waited")
                stats.inc_value("wirewatch/retry_after/seconds", delay)
            logger.info(
                "HTTP %d for %s: retrying after %.1f s as Retry-After asks", response.status, request.url, delay
            )
            await _sleep(delay)
        return retry


# --- redirects -----------------------------------------------------------------------


class RedirectRefused(Exception):
    """A redirect the crawler will not follow; the message names the URLs."""


class RedirectLoop(RedirectRefused):
    """The redirect leads back to a URL already visited on the way here."""


class TooManyRedirects(RedirectRefused):
    """The chain is longer than ``REDIRECT_MAX_TIMES``."""


class OffsiteRedirect(IgnoreRequest):
    """The redirect leaves the outlet's domains; the page is dropped, not fetched.

    An :class:`~scrapy.exceptions.IgnoreRequest` (a deliberate skip, like a
    robots.txt refusal, not a site failure) carrying ``drop_reason`` so the
    spider can count it under the README's ``offsite_redirect`` reason.
    """

    drop_reason = "offsite_redirect"


def _short(url: str) -> str:
    return url if len(url) <= _MAX_URL_IN_MESSAGE else url[: _MAX_URL_IN_MESSAGE - 3] + "..."


class _RedirectChecks:
    """What both guards check before a redirect is followed."""

    crawler: Crawler
    enabled_setting = "REDIRECT_ENABLED"

    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.getbool(self.enabled_setting):
            raise NotConfigured
        self.crawler = crawler
        self.max_redirects = crawler.settings.getint("REDIRECT_MAX_TIMES")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def check(self, request: Request, target: str, via: str) -> None:
        """Raise if following ``request`` to ``target`` would leave the outlet, loop or run too long."""
        outlet = self._outlet(request)
        if outlet is not None and not outlet.allows_host(host_of(target)):
            raise OffsiteRedirect(
                f"{via} redirect to {_short(target)} leaves the outlet's domains "
                f"({', '.join(outlet.domains)}): not followed"
            )
        chain = [*request.meta.get("redirect_urls", []), request.url]
        visited = {canonicalize_url(url) for url in chain}
        if canonicalize_url(target) in visited:
            hops = " -> ".join(_short(url) for url in [*chain, target])
            raise RedirectLoop(f"{via} redirect loop: {hops}")
        if len(chain) > self.max_redirects:
            raise TooManyRedirects(
                f"more than {self.max_redirects} redirects (REDIRECT_MAX_TIMES) from {_short(chain[0])}; "
                f"next hop {_short(target)} not followed"
            )

    def _outlet(self, request: Request) -> Any:
        """The outlet the request was made for (robots.txt and other requests have none)."""
        outlets = getattr(self.crawler.spider, "outlets_by_id", None) or {}
        return outlets.get(request.meta.get("outlet_id"))


def _wants_status(request: Request, response: Response, spider: Any) -> bool:
    """The request or spider handles this status itself, so Scrapy will not redirect."""
    return (
        request.meta.get("handle_httpstatus_all", False)
        or response.status in request.meta.get("handle_httpstatus_list", ())
        or response.status in getattr(spider, "handle_httpstatus_list", ())
    )


class RedirectGuardMiddleware(_RedirectChecks):
    """Checks 3xx redirects; sits just outside Scrapy's ``RedirectMiddleware`` (600), e.g. at 610."""

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if (
            request.meta.get("dont_redirect", False)
            or response.status not in REDIRECT_STATUSES
            or b"Location" not in response.headers
            or _wants_status(request, response, self.crawler.spider)
        ):
            return response
        raw = response.headers[b"Location"] or b""
        location = safe_url_string(raw)
        if raw.startswith(b"//"):  # resolved as Scrapy's RedirectMiddleware resolves it
            location = urlparse_cached(request).scheme + "://" + location.lstrip("/")
        target = urljoin(request.url, location)
        if not target.startswith(("http://", "https://")):
            return response  # Scrapy does not follow it either
        self.check(request, target, f"HTTP {response.status}")
        return response


class MetaRefreshGuardMiddleware(_RedirectChecks):
    """Checks ``<meta http-equiv=refresh>`` redirects.

    Sits between decompression (590) and Scrapy's ``MetaRefreshMiddleware``
    (580), e.g. at 585, so it reads the same decoded page Scrapy will.
    """

    enabled_setting = "METAREFRESH_ENABLED"

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.ignore_tags = crawler.settings.getlist("METAREFRESH_IGNORE_TAGS")
        self.max_delay = crawler.settings.getint("METAREFRESH_MAXDELAY")

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if (
            request.meta.get("dont_redirect", False)
            or request.method == "HEAD"
            or not isinstance(response, HtmlResponse)
        ):
            return response
        if not may_have_meta_refresh(response.body):
            return response
        interval, url = get_meta_refresh(response, ignore_tags=self.ignore_tags)
        if not url or not url.startswith(("http://", "https://")) or float(interval or 0) >= self.max_delay:
            return response
        self.check(request, url, "meta refresh")
        return response


class _WithoutReferer:
    """For Scrapy's redirect middlewares: no Referer on redirects, and no start-up warning about it.

    The crawl sends no Referer header at all (``REFERER_ENABLED = False``). Scrapy's
    redirect middlewares then drop it from redirected requests too, which is what we
    want, but they also log a warning at every start that no ``RefererMiddleware``
    exists, and a cron job mails every warning. Built without hooking ``engine_started``,
    where that warning is logged, they have no ``RefererMiddleware`` to consult and
    only remove the header.
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        middleware = cls(crawler.settings)  # type: ignore[call-arg]
        middleware.crawler = crawler  # type: ignore[attr-defined]
        return middleware


class QuietRedirectMiddleware(_WithoutReferer, RedirectMiddleware):
    """Scrapy's ``RedirectMiddleware`` (replaces it at 600), without its warning about Referer headers."""


class QuickMetaRefreshMiddleware(_WithoutReferer, MetaRefreshMiddleware):
    """Scrapy's ``MetaRefreshMiddleware``, skipping pages that never mention "refresh" near their start.

    Replaces Scrapy's at 580; the answer is the same for every page (see
    :func:`crawler.responses.may_have_meta_refresh`), at a quarter of the cost per page.
    """

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Request | Response:
        if isinstance(response, HtmlResponse) and not may_have_meta_refresh(response.body):
            return response
        return super().process_response(request, response)
