"""HTML pages, RSS 2.0 feeds, sitemaps and sources files of the evaluation web.

Every absolute URL starts with the literal ``{{BASE}}`` so the same files can be
served from any host and port; the server substitutes it.  Layouts differ per
outlet in structure and class names so that an extractor cannot rely on one
template, and each page carries the furniture (navigation, most-read list,
share widget, comment prompt, footer) that a body extractor must leave out.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from html import escape
from xml.sax.saxutils import escape as xml_escape

from evalset.outlets import Outlet
from evalset.variations import Article

BASE = "{{BASE}}"
BYLINE = {"en": "By ", "ko": "", "ja": ""}
COMMENTS = {"en": "Comments", "ko": "댓글", "ja": "コメント"}
EMAIL = {"en": "Email", "ko": "이메일", "ja": "メール"}

# Per-layout choices: wrapper class, nav class, body container, where the sidebar sits,
# how ad lines are marked up, where the share widget goes.
LAYOUTS: dict[str, dict[str, str]] = {
    "classic": {"wrap": "container", "nav": "main-nav", "body": "article-body", "aside": "after", "ad": "p", "share": "top"},
    "magazine": {"wrap": "mag-shell", "nav": "section-bar", "body": "story-text", "aside": "before", "ad": "div", "share": "bottom"},
    "compact": {"wrap": "page", "nav": "topnav", "body": "content", "aside": "after", "ad": "p", "share": "bottom"},
    "portal": {"wrap": "portal-grid", "nav": "gnb", "body": "news-body", "aside": "after", "ad": "aside", "share": "top"},
    "minimal": {"wrap": "wrap", "nav": "nav", "body": "prose", "aside": "after", "ad": "p", "share": "bottom"},
    "tabloid": {"wrap": "tab-layout", "nav": "tab-nav", "body": "tab-story", "aside": "before", "ad": "div", "share": "top"},
    "wire": {"wrap": "wire-main", "nav": "wire-nav", "body": "wire-text", "aside": "after", "ad": "p", "share": "bottom"},
}


def local_time(article: Article) -> datetime:
    """Publication time in the outlet's own zone (what its pages and feeds show)."""
    return article.published.astimezone(timezone(timedelta(minutes=article.outlet.tz_minutes)))


def _head(article: Article) -> str:
    o, url = article.outlet, BASE + article.path
    when = local_time(article).isoformat()
    parts = [
        '<meta charset="utf-8">',
        f"<title>{escape(article.headline)} | {escape(o.name)}</title>",
        f'<link rel="canonical" href="{url}">',
        f'<meta name="description" content="{escape(article.summary)}">',
        f'<meta property="og:site_name" content="{escape(o.name)}">',
        f'<meta property="og:title" content="{escape(article.headline)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{url}">',
    ]
    if o.meta == "og":
        parts.append(f'<meta property="article:published_time" content="{when}">')
        parts.append(f'<meta name="author" content="{escape(article.author)}">')
    else:
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.headline,
            "datePublished": when,
            "author": {"@type": "Person", "name": article.author},
            "publisher": {"@type": "Organization", "name": o.name},
            "mainEntityOfPage": url,
            "inLanguage": o.lang,
        }
        blob = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
        parts.append(f'<script type="application/ld+json">\n{blob}\n</script>')
    return "\n".join(parts)


def _nav(o: Outlet, cls: str) -> str:
    items = "".join(
        f'<li><a href="{BASE}/{o.id}/index.html#s{i}">{escape(name)}</a></li>' for i, name in enumerate(o.nav)
    )
    return (
        f'<header class="site-header"><a class="logo" href="{BASE}/{o.id}/index.html">{escape(o.name)}</a>'
        f'<nav class="{cls}"><ul>{items}</ul></nav></header>'
    )


def _aside(o: Outlet, links: Sequence[tuple[str, str]]) -> str:
    items = "".join(f'<li><a href="{BASE}{href}">{escape(title)}</a></li>' for title, href in links)
    return f'<aside class="sidebar"><h2>{escape(o.sidebar_title)}</h2><ol>{items}</ol></aside>'


def _share(o: Outlet) -> str:
    return (
        f'<div class="share-widget"><span>{escape(o.share_text)}</span> '
        '<a href="#" class="share-fb">Facebook</a> <a href="#" class="share-x">X</a> '
        f'<a href="#" class="share-mail">{EMAIL[o.lang]}</a></div>'
    )


def _noise(label: str, title: str, href: str, tag: str) -> str:
    if not href:
        return f'<{tag} class="ad-slot">{escape(label)}</{tag}>'
    return f'<{tag} class="inline-link">{escape(label)} <a href="{BASE}{href}">{escape(title)}</a></{tag}>'


def article_page(article: Article, sidebar: Sequence[tuple[str, str]]) -> str:
    """The full HTML page of one article."""
    o = article.outlet
    lay = LAYOUTS[o.layout]
    body: list[str] = []
    noise: dict[int, list[tuple[str, str, str]]] = {}
    for after, label, title, href in article.noise:
        noise.setdefault(after, []).append((label, title, href))
    for i, para in enumerate(article.paragraphs):
        body.append(f"<p>{escape(para)}</p>")
        for label, title, href in noise.get(i, []):
            body.append(_noise(label, title, href, lay["ad"]))
    when = local_time(article)
    header = (
        f"<h1>{escape(article.headline)}</h1>\n"
        f'<div class="byline">{BYLINE[o.lang]}{escape(article.author)}</div>\n'
        f'<time datetime="{when.isoformat()}">{when.strftime("%d %b %Y %H:%M")}</time>'
    )
    share = _share(o)
    art = "\n".join(
        [
            "<article>",
            header,
            share if lay["share"] == "top" else "",
            f'<div class="{lay["body"]} {o.id}-body">',
            *body,
            "</div>",
            share if lay["share"] == "bottom" else "",
            "</article>",
        ]
    )
    comments = f'<section class="comments"><h2>{COMMENTS[o.lang]}</h2><p><a href="#login">{escape(o.comment_text)}</a></p></section>'
    aside = _aside(o, sidebar)
    main = f"<main>\n{art}\n{comments}\n</main>"
    middle = f"{aside}\n{main}" if lay["aside"] == "before" else f"{main}\n{aside}"
    footer = f'<footer class="site-footer"><p>{escape(o.footer)}</p></footer>'
    return (
        f'<!DOCTYPE html>\n<html lang="{o.lang}">\n<head>\n{_head(article)}\n</head>\n'
        f'<body class="{o.id}">\n<div class="{o.id}-{lay["wrap"]}">\n{_nav(o, lay["nav"])}\n{middle}\n{footer}\n</div>\n</body>\n</html>\n'
    )


def index_page(o: Outlet, articles: Sequence[Article]) -> str:
    """The outlet's front page: every article, newest first (nav links point here)."""
    items = "".join(
        f'<li><a href="{BASE}{a.path}">{escape(a.headline)}</a></li>'
        for a in sorted(articles, key=lambda a: (a.published, a.path), reverse=True)
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{o.lang}">\n<head><meta charset="utf-8"><title>{escape(o.name)}</title></head>\n'
        f"<body>\n{_nav(o, LAYOUTS[o.layout]['nav'])}\n<main><ul>{items}</ul></main>\n"
        f'<footer class="site-footer"><p>{escape(o.footer)}</p></footer>\n</body>\n</html>\n'
    )


def rss(o: Outlet, articles: Sequence[Article], label: str = "") -> str:
    """An RSS 2.0 channel listing ``articles`` (newest first)."""
    items = []
    for a in sorted(articles, key=lambda a: (a.published, a.path), reverse=True):
        url = BASE + a.path
        items.append(
            "<item>"
            f"<title>{xml_escape(a.headline)}</title>"
            f"<link>{url}</link>"
            f'<guid isPermaLink="true">{url}</guid>'
            f"<pubDate>{format_datetime(local_time(a))}</pubDate>"
            f"<description>{xml_escape(a.summary)}</description>"
            "</item>"
        )
    title = o.name + (f" ({label})" if label else "")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n'
        f"<title>{xml_escape(title)}</title>\n<link>{BASE}/{o.id}/index.html</link>\n"
        f"<description>Latest stories from {xml_escape(o.name)}</description>\n<language>{o.lang}</language>\n"
        + "\n".join(items)
        + "\n</channel>\n</rss>\n"
    )


def sitemap(articles: Sequence[Article]) -> str:
    """A sitemap listing ``articles`` by path."""
    urls = "".join(
        f"<url><loc>{BASE}{a.path}</loc><lastmod>{local_time(a).isoformat()}</lastmod></url>\n"
        for a in sorted(articles, key=lambda a: a.path)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "</urlset>\n"
    )


def sources_toml(outlets: Sequence[Outlet], feed: str, sitemap_name: str) -> str:
    """A wirewatch sources file pointing at each outlet's ``feed`` and ``sitemap_name``."""
    out = ["# Generated by python -m evalset.generate; {{BASE}} is replaced by the server's scheme://host:port.\n"]
    for o in outlets:
        out.append(
            "[[outlets]]\n"
            f"id = {json.dumps(o.id)}\n"
            f"name = {json.dumps(o.name, ensure_ascii=False)}\n"
            f"language = {json.dumps(o.lang)}\n"
            f'feeds = ["{BASE}/{o.id}/{feed}"]\n'
            f'sitemaps = ["{BASE}/{o.id}/{sitemap_name}"]\n'
        )
    return "\n".join(out)
