"""The eight invented outlets and how the crawler is meant to find their articles."""
from __future__ import annotations

from .model import Outlet

OUTLETS: tuple[Outlet, ...] = (
    Outlet(
        id="northstar-wire", name="Northstar Wire", prefix="/northstar/",
        utc_offset_min=-300, encoding="utf-8", language="en", country="us",
        html_content_type="text/html; charset=utf-8",
        feeds=("/northstar/rss.xml",), sitemaps=("/northstar/sitemap.xml",),
        wire_aliases=("Northstar",),
    ),
    Outlet(
        id="lakeside-herald", name="Lakeside Herald", prefix="/lakeside/",
        utc_offset_min=-360, encoding="utf-8", language="en", country="us",
        html_content_type="text/html; charset=utf-8",
        feeds=("/lakeside/atom.xml",), sitemaps=("/lakeside/sitemap.xml",),
    ),
    Outlet(
        id="coastline-gazette", name="The Coastline Gazette", prefix="/coastline/",
        utc_offset_min=0, encoding="utf-8", language="en", country="gb",
        html_content_type="text/html; charset=utf-8",
        sitemaps=("/coastline/sitemap_index.xml",),
    ),
    Outlet(
        # An old CMS: windows-1252 bytes, declared only in the HTTP header.
        id="prairie-dispatch", name="Prairie Dispatch", prefix="/prairie/",
        utc_offset_min=-360, encoding="windows-1252", language="en", country="us",
        html_content_type="text/html; charset=windows-1252",
        sitemaps=("/prairie/news-sitemap.xml",),
    ),
    Outlet(
        # English-language Korean daily.
        id="daehan-courier", name="The Daehan Courier", prefix="/daehan/",
        utc_offset_min=540, encoding="utf-8", language="en", country="kr",
        html_content_type="text/html; charset=utf-8",
        feeds=("/daehan/rss/allArticle.xml",),
    ),
    Outlet(
        # Korean-language daily: EUC-KR bytes, charset only in <meta>.
        id="saebyeok-ilbo", name="새벽일보", prefix="/saebyeok/",
        utc_offset_min=540, encoding="euc-kr", language="ko", country="kr",
        html_content_type="text/html",
        feeds=("/saebyeok/rss/allArticle.xml",),
    ),
    Outlet(
        # No feed, no sitemap: crawled through its section fronts.
        id="pinecrest-courier", name="The Pinecrest Courier", prefix="/pinecrest/",
        utc_offset_min=-300, encoding="utf-8", language="en", country="us",
        html_content_type="text/html; charset=utf-8",
        start_urls=("/pinecrest/", "/pinecrest/section/local.html", "/pinecrest/section/world.html"),
        article_pattern=r"/pinecrest/story/\d{4}/\d{2}/[a-z0-9-]+\.html",
    ),
    Outlet(
        id="granite-valley-ledger", name="Granite Valley Ledger", prefix="/granite/",
        utc_offset_min=-420, encoding="utf-8", language="en", country="us",
        html_content_type="text/html; charset=utf-8",
        feeds=("/granite/rss.xml",),
    ),
)

BY_ID: dict[str, Outlet] = {o.id: o for o in OUTLETS}

# The only robots.txt rule; pages behind it exist and are linked, but must never be fetched.
DISALLOWED_PREFIX = "/coastline/members/"

# Host of the wire's "real" site, used by cross-site canonical links on pickups.
WIRE_HOST = "https://www.northstar-wire.example"
