# URL canonicalisation: one article, one URL, however a feed or a share button decorated it.
# Used before scheduling (so Scrapy's dupefilter sees one URL) and before storing.
"""Canonical URLs for articles.

Tracking parameters, fragments and default ports are dropped, scheme and host are
lower-cased and the remaining query is sorted (w3lib), so the variants a feed, a
sitemap and a section page use for one article collapse into one string.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url as _w3lib_canonicalize

TRACKING_PARAMS = re.compile(
    r"^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|yclid|igshid"
    r"|_ga|_gl|ref|ref_src|ref_url|cmpid|cmp|ito|ncid|ocid|sr_share|smid|share|s_cid"
    r"|outputtype|amp|xtor|at_medium|at_campaign|spm|__twitter_impression)$",
    re.IGNORECASE,
)
DEFAULT_PORTS = {"http": 80, "https": 443}


@lru_cache(maxsize=65_536)  # each article URL is canonicalised when listed, fetched and stored
def canonicalize_url(url: str) -> str:
    """Return the canonical form of ``url``.

    Example:
        >>> canonicalize_url("HTTP://News.Example:80/a?utm_source=rss&id=3#comments")
        'http://news.example/a?id=3'
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port
    netloc = host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)]
    )
    path = parts.path or "/"
    return _w3lib_canonicalize(urlunsplit((scheme, netloc, path, query, "")))


def host_of(url: str) -> str:
    """Lower-case host name of ``url`` ('' when it has none)."""
    return (urlsplit(url).hostname or "").lower().rstrip(".")


def same_site(url_a: str, url_b: str) -> bool:
    """True when both URLs are on the same host, ignoring a leading ``www.``."""

    def bare(url: str) -> str:
        host = host_of(url)
        return host[4:] if host.startswith("www.") else host

    return bare(url_a) == bare(url_b) != ""
