# Small judgements about one HTTP response, shared by the spider's callbacks.
"""Response helpers: HTML or not, its text, its canonical URL, why a request failed."""

from __future__ import annotations

from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.urls import canonicalize_url, same_site


def resolve_canonical(fetched_url: str, declared: str | None) -> tuple[str, str | None]:
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


def header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def may_have_meta_refresh(body: bytes) -> bool:
    """False when a page cannot hold a ``<meta http-equiv=refresh>`` where Scrapy looks for one.

    Scrapy decodes the whole page and scans its first 4,096 characters with several regular
    expressions, for every page. Those characters lie in the first 16 KB of any ASCII-compatible
    encoding, where "refresh" must then appear as ASCII bytes; a page with NUL bytes near its start
    (UTF-16 or UTF-32) is always looked at the slow way.
    """
    head = body[:16384]
    return b"\x00" in head[:512] or b"refresh" in head.lower()


_BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"RIFF")


def is_html(response: Response) -> bool:
    if response.body[:8].startswith(_BINARY_MAGIC):
        return False
    if isinstance(response, HtmlResponse):
        return True
    if not isinstance(response, TextResponse):
        return False
    head = response.text[:1024].lower()
    return "<html" in head or "<!doctype html" in head


def failure_reason(failure: Failure) -> str:
    """A short, one-line reason for a failed request."""
    if failure.check(HttpError):
        return f"HTTP {failure.value.response.status}"
    text = failure.getErrorMessage().strip().splitlines()
    message = text[0] if text else failure.type.__name__
    return f"{failure.type.__name__}: {message}" if failure.type.__name__ not in message else message
