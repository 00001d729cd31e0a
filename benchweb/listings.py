# What tells a crawler about the benchmark web's articles: robots.txt, news sitemaps, RSS, section fronts.
# Absolute URLs carry the {{BASE}} placeholder; the server fills in http://127.0.1.N:PORT.
"""Listing files and non-article pages of one outlet.

* ``/robots.txt``: allow all, with a ``Sitemap:`` line;
* ``/sitemap.xml``: a sitemap index over ``/sitemaps/news-NNNN.xml``, Google
  news sitemaps of :data:`SITEMAP_MAX_URLS` URLs each, oldest first, so
  older files stay unchanged as an outlet publishes more;
* ``/rss.xml``: RSS 2.0 with the newest :data:`FEED_ITEMS` articles;
* ``/`` and ``/section/<key>/``: fronts linking the newest headlines;
* ``/about/``: the page the navigation's and footer's service links point into.
"""

from __future__ import annotations

from datetime import UTC
from email.utils import format_datetime
from xml.sax.saxutils import escape

from benchweb import vocab
from benchweb.chrome import ABOUT_PATH, BASE, Chrome, esc
from benchweb.stories import Article

SITEMAP_MAX_URLS = 200  # at most 500; small enough that a 10k web has several per outlet
FEED_ITEMS = 50
FRONT_ITEMS = 60
SECTION_ITEMS = 50


def utc_z(article: Article, modified: bool = False) -> str:
    moment = (article.modified or article.published) if modified else article.published
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def robots_txt() -> str:
    return f"User-agent: *\nAllow: /\n\nSitemap: {BASE}/sitemap.xml\n"


def sitemap_name(number: int) -> str:
    return f"/sitemaps/news-{number:04d}.xml"


def news_sitemap(articles: list[Article], publication: str) -> str:
    """A Google news sitemap: ``<lastmod>`` plus ``<news:news>`` name, language, date and title."""
    rows = [
        f"<url><loc>{BASE}{a.path}</loc><lastmod>{utc_z(a, modified=True)}</lastmod><news:news><news:publication>"
        f"<news:name>{escape(publication)}</news:name><news:language>en</news:language></news:publication>"
        f"<news:publication_date>{a.local_published.isoformat()}</news:publication_date>"
        f"<news:title>{escape(a.headline)}</news:title></news:news></url>"
        for a in articles
    ]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' + "\n".join(rows) + "\n</urlset>\n")


def sitemaps(articles: list[Article], publication: str) -> dict[str, str]:
    """The index and its child sitemaps; ``articles`` oldest first."""
    files: dict[str, str] = {}
    entries = []
    for number, start in enumerate(range(0, len(articles), SITEMAP_MAX_URLS), start=1):
        chunk = articles[start:start + SITEMAP_MAX_URLS]
        files[sitemap_name(number)] = news_sitemap(chunk, publication)
        lastmod = max(utc_z(a, modified=True) for a in chunk)
        entries.append(f"<sitemap><loc>{BASE}{sitemap_name(number)}</loc><lastmod>{lastmod}</lastmod></sitemap>")
    files["/sitemap.xml"] = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                             '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                             + "\n".join(entries) + "\n</sitemapindex>\n")
    return files


def rss(articles: list[Article], chrome: Chrome) -> str:
    """RSS 2.0 of the newest articles, newest first; ``articles`` oldest first."""
    outlet = chrome.outlet
    newest = articles[::-1][:FEED_ITEMS]
    items = "\n".join(
        f"<item><title>{escape(a.headline)}</title><link>{BASE}{a.path}</link>"
        f'<guid isPermaLink="true">{BASE}{a.path}</guid><pubDate>{format_datetime(a.local_published)}</pubDate>'
        f"<dc:creator>{escape(', '.join(a.authors))}</dc:creator>"
        f"<category>{vocab.SECTION_TITLES[a.section]}</category>"
        f"<description>{escape(a.description)}</description></item>"
        for a in newest
    )
    built = format_datetime(newest[0].local_published) if newest else ""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
            f"<title>{escape(outlet.name)}</title><link>{BASE}/</link>"
            f'<atom:link href="{BASE}/rss.xml" rel="self" type="application/rss+xml"/>'
            f"<description>Latest news from {escape(outlet.name)}</description><language>en</language>"
            f"<lastBuildDate>{built}</lastBuildDate>\n{items}\n</channel></rss>\n")


def _page(chrome: Chrome, title: str, path: str, main: str, inline_css: bool = True) -> str:
    p = chrome.outlet.prefix
    style = chrome.style if inline_css else '<link rel="stylesheet" href="/static/site.css">'
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<title>{esc(title)} | {esc(chrome.outlet.name)}</title><link rel="canonical" href="{path}">'
            f'<meta property="og:type" content="website"><meta property="og:title" content="{esc(title)}">'
            f"{style}</head>\n<body>{chrome.header}<main class=\"{p}-wrap {p}-front\">"
            f"<h1>{esc(title)}</h1>{main}</main>{chrome.footer}</body></html>\n")


def front(chrome: Chrome, title: str, path: str, articles: list[Article]) -> str:
    """A section front: headline links only, newest first."""
    p = chrome.outlet.prefix
    items = "".join(f'<li class="{p}-card"><a href="{a.path}">{esc(a.headline)}</a> '
                    f'<time datetime="{a.local_published.isoformat()}">{a.local_published:%b %d}</time></li>'
                    for a in articles)
    return _page(chrome, title, path, f'<ul class="{p}-river">{items}</ul>')


def fronts(chrome: Chrome, articles: list[Article]) -> dict[str, str]:
    """``/`` and one front per section that has articles; ``articles`` oldest first."""
    newest = articles[::-1]
    files = {"/": front(chrome, chrome.outlet.name, "/", newest[:FRONT_ITEMS])}
    for key, title in vocab.SECTION_TITLES.items():
        in_section = [a for a in newest if a.section == key][:SECTION_ITEMS]
        files[f"/section/{key}/"] = front(chrome, title, f"/section/{key}/", in_section)
    return files


def about_page(chrome: Chrome) -> dict[str, str]:
    """The page every service link of the navigation and footer points into, one section per link."""
    name = esc(chrome.outlet.name)
    sections = "".join(f'<section id="{anchor}"><h2>{esc(title)}</h2><p>{esc(title)} at {name}. This outlet is part '
                       "of an invented benchmark web.</p></section>" for anchor, title in chrome.pages)
    return {ABOUT_PATH: _page(chrome, f"About {chrome.outlet.name}", ABOUT_PATH, sections, inline_css=False)}
