"""Feed and sitemap writers. Outlets choose which formats they publish and which URL
(clean, tracking-tagged or AMP) each entry points to."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from .common import iso, rfc822


@dataclass(frozen=True)
class Entry:
    """One listed URL with the metadata a feed or sitemap states about it."""

    url: str                  # absolute, with the {{BASE}} placeholder
    title: str
    published: datetime
    modified: datetime | None = None
    summary: str = ""
    authors: tuple[str, ...] = ()
    category: str = ""


def rss(title: str, link: str, description: str, language: str, entries: list[Entry],
        encoding: str = "UTF-8") -> str:
    """RSS 2.0 with RFC 822 pubDates and dc:creator bylines."""
    items = []
    for e in entries:
        creators = "".join(f"\n      <dc:creator>{escape(a)}</dc:creator>" for a in e.authors)
        category = f"\n      <category>{escape(e.category)}</category>" if e.category else ""
        items.append(
            f"""    <item>
      <title>{escape(e.title)}</title>
      <link>{escape(e.url)}</link>
      <guid isPermaLink="true">{escape(e.url)}</guid>
      <pubDate>{rfc822(e.published)}</pubDate>
      <description>{escape(e.summary)}</description>{creators}{category}
    </item>""")
    newest = max(e.published for e in entries)
    return f"""<?xml version="1.0" encoding="{encoding}"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{escape(title)}</title>
    <link>{escape(link)}</link>
    <description>{escape(description)}</description>
    <language>{language}</language>
    <lastBuildDate>{rfc822(newest)}</lastBuildDate>
{chr(10).join(items)}
  </channel>
</rss>
"""


def atom(title: str, feed_id: str, self_url: str, site_url: str, entries: list[Entry]) -> str:
    """Atom 1.0 with published and updated on every entry."""
    parts = []
    for e in entries:
        authors = "".join(f"<author><name>{escape(a)}</name></author>" for a in e.authors)
        parts.append(
            f"""  <entry>
    <title>{escape(e.title)}</title>
    <link rel="alternate" type="text/html" href="{escape(e.url)}"/>
    <id>{escape(feed_id)}:{escape(e.url.rsplit('/', 1)[-1].split('?')[0])}</id>
    <published>{iso(e.published)}</published>
    <updated>{iso(e.modified or e.published)}</updated>
    {authors}
    <summary>{escape(e.summary)}</summary>
  </entry>""")
    updated = max(e.modified or e.published for e in entries)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{escape(title)}</title>
  <id>{escape(feed_id)}</id>
  <link rel="self" type="application/atom+xml" href="{escape(self_url)}"/>
  <link rel="alternate" type="text/html" href="{escape(site_url)}"/>
  <updated>{iso(updated)}</updated>
{chr(10).join(parts)}
</feed>
"""


def urlset(entries: list[Entry]) -> str:
    """A plain sitemap with lastmod."""
    urls = "\n".join(
        f"  <url>\n    <loc>{escape(e.url)}</loc>\n    <lastmod>{iso(e.modified or e.published)}"
        f"</lastmod>\n  </url>" for e in entries)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "\n</urlset>\n")


def sitemap_index(children: list[tuple[str, datetime]]) -> str:
    """A sitemap index pointing at child sitemaps (which may be gzipped)."""
    items = "\n".join(
        f"  <sitemap>\n    <loc>{escape(loc)}</loc>\n    <lastmod>{iso(mod)}</lastmod>\n  </sitemap>"
        for loc, mod in children)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + items + "\n</sitemapindex>\n")


def news_sitemap(publication: str, language: str, entries: list[Entry]) -> str:
    """A Google News sitemap: the only place some outlets state publication times."""
    urls = "\n".join(
        f"""  <url>
    <loc>{escape(e.url)}</loc>
    <news:news>
      <news:publication>
        <news:name>{escape(publication)}</news:name>
        <news:language>{language}</news:language>
      </news:publication>
      <news:publication_date>{iso(e.published)}</news:publication_date>
      <news:title>{escape(e.title)}</news:title>
    </news:news>
  </url>""" for e in entries)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"\n'
            '        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
            + urls + "\n</urlset>\n")
