# Article page templates of the benchmark web: four layouts with per-outlet class names.
# Every page has the metadata and furniture of a real news page, so extraction is benchmarked honestly.
"""Render one article page.

Shared: ``<head>`` (title, description, OpenGraph, JSON-LD NewsArticle and
BreadcrumbList, a site-relative canonical link, so the saved file is right
whatever port serves it), the outlet's header and footer, a photo
whose caption is printed twice, a share widget, a "Log in to comment" prompt,
related articles and a most-read list. The four layouts differ in markup:
semantic ``<article>``, div soup with an ad slot and a "Read more" line in the
body, ``<section>`` blocks with the share bar twice, and component blocks
with one ``<div>`` per paragraph.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime

from benchweb import vocab
from benchweb.chrome import BASE, Chrome, esc, esc_text, page_path, section_path
from benchweb.stories import Article

Link = tuple[str, str]  # (path, headline)

SHARE_LABEL = "Share this article"
COMMENT_PROMPT = "Log in to comment"
RELATED_TITLES = ("Related articles", "More from {name}", "Read next", "You may also like")
MOST_READ_TITLE = "Most read"


def _json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _byline_text(authors: tuple[str, ...]) -> str:
    return authors[0] if len(authors) == 1 else " and ".join(authors)


def head(article: Article, chrome: Chrome) -> str:
    """``<head>``: what crawlers and extractors read before the body."""
    outlet = chrome.outlet
    url = f"{BASE}{article.path}"
    image = f"{BASE}/static/photos/{article.story_id}.jpg"
    published, modified = article.local_published.isoformat(), article.local_modified.isoformat()
    section = vocab.SECTION_TITLES[article.section]
    description = esc(article.description)
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "url": url,
        "headline": article.headline, "description": article.description,
        "datePublished": published, "dateModified": modified, "inLanguage": "en", "articleSection": section,
        "author": [{"@type": "Organization" if name == outlet.name or name.endswith(("Wire", "Service", "Agency"))
                    else "Person", "name": name} for name in article.authors],
        "publisher": {"@type": "Organization", "name": outlet.name,
                      "logo": {"@type": "ImageObject", "url": f"{BASE}/static/logo.png", "width": 600, "height": 60}},
        "image": {"@type": "ImageObject", "url": image, "width": 1200, "height": 800},
        "isAccessibleForFree": True,
    }
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{BASE}/"},
        {"@type": "ListItem", "position": 2, "name": section, "item": f"{BASE}{section_path(article.section)}"}]}
    title_sep = (" | ", " - ", " \u2014 ", " | ")[outlet.layout]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(article.headline)}{title_sep}{esc(outlet.name)}</title>"
        f'<meta name="description" content="{description}">'
        f'<link rel="canonical" href="{article.path}">'
        f'<link rel="alternate" type="application/rss+xml" title="{esc(outlet.name)}" href="{BASE}/rss.xml">'
        f'<meta property="og:type" content="article"><meta property="og:site_name" content="{esc(outlet.name)}">'
        f'<meta property="og:title" content="{esc(article.headline)}"><meta property="og:description" content="{description}">'
        f'<meta property="og:url" content="{url}"><meta property="og:image" content="{image}">'
        f'<meta property="article:published_time" content="{published}">'
        f'<meta property="article:modified_time" content="{modified}">'
        f'<meta property="article:section" content="{section}">'
        f'<meta name="twitter:card" content="summary_large_image"><meta name="author" content="{esc(_byline_text(article.authors))}">'
        f'<script type="application/ld+json">{_json(ld)}</script>'
        f'<script type="application/ld+json">{_json(crumbs)}</script>'
        f"{chrome.style}{chrome.script}</head>\n"
    )


def _long_date(dt: datetime) -> str:
    hour = dt.hour % 12 or 12
    return f"{dt:%B} {dt.day}, {dt.year} at {hour}:{dt:%M} {'a.m.' if dt.hour < 12 else 'p.m.'}"


def _time(dt: datetime, style: int, cls: str) -> str:
    text = (_long_date(dt), f"{dt.day} {dt:%b %Y, %H:%M}", f"Published {dt:%Y-%m-%d %H:%M}",
            f"{dt:%b}. {dt.day}, {dt.year} {dt.hour % 12 or 12}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}")[style]
    return f'<time class="{cls}" datetime="{dt.isoformat()}">{text}</time>'


def _links(items: list[Link], cls: str) -> str:
    return "".join(f'<li class="{cls}"><a href="{path}">{esc(title)}</a></li>' for path, title in items)


def _share(p: str) -> str:
    return (f'<div class="{p}-share" role="group" aria-label="Share"><span class="{p}-share-label">{SHARE_LABEL}</span>'
            f'<a class="{p}-share-btn" href="#share-facebook"><svg class="{p}-icon"><use href="#i-facebook"/></svg>Facebook</a>'
            f'<a class="{p}-share-btn" href="#share-x"><svg class="{p}-icon"><use href="#i-x"/></svg>X</a>'
            f'<a class="{p}-share-btn" href="#share-email"><svg class="{p}-icon"><use href="#i-email"/></svg>Email</a>'
            f'<button class="{p}-share-btn" type="button">Copy link</button></div>')


def _comments(p: str) -> str:
    return (f'<section class="{p}-comments" id="comments"><h2>Comments</h2>'
            f'<p class="{p}-comments-cta">{COMMENT_PROMPT}.</p>'
            f'<a class="{p}-btn" href="{page_path("Log in")}">Log in</a> '
            f'<a class="{p}-btn" href="{page_path("Subscribe")}">Subscribe</a></section>')


def _figure(article: Article, p: str, repeat: str) -> str:
    """The lead photo; its caption appears again where ``repeat`` says, as real pages do."""
    caption, credit = esc(article.caption), esc(article.photo_credit)
    img = f'<img src="/static/photos/{article.story_id}.jpg" alt="{caption}" width="1200" height="800" loading="eager">'
    figure = (f'<figure class="{p}-figure">{img}<figcaption class="{p}-caption">{caption} '
              f'<span class="{p}-credit">Photo: {credit}</span></figcaption></figure>')
    if repeat == "credit-line":
        figure += f'<div class="{p}-photo-caption">{caption} ({credit})</div>'
    elif repeat == "lightbox":
        figure += (f'<div class="{p}-lightbox" hidden><div class="{p}-lightbox-caption">{caption}</div>'
                   f'<div class="{p}-credit">{credit}</div></div>')
    return figure


def _crumbs(article: Article, p: str) -> str:
    section = vocab.SECTION_TITLES[article.section]
    return (f'<nav class="{p}-crumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>'
            f'<li><a href="{section_path(article.section)}">{section}</a></li></ol></nav>')


def _rail(p: str, most_read: list[Link]) -> str:
    return (f'<aside class="{p}-rail"><section class="{p}-popular"><h2>{MOST_READ_TITLE}</h2>'
            f'<ol>{_links(most_read, f"{p}-popular-item")}</ol></section>'
            f'<div class="{p}-ad" data-slot="rail-1"></div></aside>')


def _related(p: str, related: list[Link], title: str) -> str:
    return (f'<section class="{p}-related"><h2>{title}</h2>'
            f'<ul>{_links(related, f"{p}-related-item")}</ul></section>')


def _classic(article: Article, chrome: Chrome, related: list[Link], most_read: list[Link], related_title: str) -> str:
    p, outlet = chrome.outlet.prefix, chrome.outlet
    body = "".join(f"<p>{esc_text(text)}</p>" for text in article.paragraphs)
    updated = (f' <span class="{p}-updated">Updated {_time(article.local_modified, 0, p + "-time")}</span>'
               if article.modified else "")
    return (
        f'<body class="{p}-page">{chrome.sprite}{chrome.header}<main class="{p}-wrap" id="main">{_crumbs(article, p)}'
        f'<article class="{p}-article"><header class="{p}-article-head"><h1 class="{p}-headline">{esc(article.headline)}</h1>'
        f'<div class="{p}-byline">By <a rel="author" href="{page_path("Staff directory")}">{esc(_byline_text(article.authors))}</a></div>'
        f'{_time(article.local_published, 0, p + "-time")}{updated}</header>'
        f'{_figure(article, p, "credit-line")}<div class="{outlet.body_class}">{body}</div>'
        f"{_share(p)}{_comments(p)}</article>{_rail(p, most_read)}{_related(p, related, related_title)}</main>"
        f"{chrome.footer}</body></html>\n"
    )


def _div_soup(article: Article, chrome: Chrome, related: list[Link], most_read: list[Link], related_title: str) -> str:
    p, outlet = chrome.outlet.prefix, chrome.outlet
    parts = []
    for index, text in enumerate(article.paragraphs, start=1):
        parts.append(f"<p>{esc_text(text)}</p>")
        if index == 2:
            parts.append(f'<div class="{p}-ad" data-slot="inline-1"><span class="{p}-label">Advertisement</span></div>')
        if index == 4 and related:
            path, title = related[0]
            parts.append(f'<p class="{p}-readmore"><strong>Read more:</strong> <a href="{path}">{esc(title)}</a></p>')
    return (
        f'<body>{chrome.sprite}<div id="page" class="{p}-page">{chrome.header}<div class="{p}-wrap">{_crumbs(article, p)}'
        f'<div class="{p}-grid"><div class="{p}-story"><div class="{p}-kicker">{vocab.SECTION_TITLES[article.section]}</div>'
        f'<h1 class="{p}-headline">{esc(article.headline)}</h1>'
        f'<div class="{p}-meta"><span class="{p}-byline">By {esc(_byline_text(article.authors))}</span> '
        f'{_time(article.local_published, 1, p + "-time")}</div>{_share(p)}'
        f'{_figure(article, p, "lightbox")}<div class="{outlet.body_class}">{"".join(parts)}</div>'
        f'{_comments(p)}</div>{_rail(p, most_read)}</div>{_related(p, related, related_title)}</div>'
        f"{chrome.footer}</div></body></html>\n"
    )


def _sections(article: Article, chrome: Chrome, related: list[Link], most_read: list[Link], related_title: str) -> str:
    p, outlet = chrome.outlet.prefix, chrome.outlet
    body = "".join(f'<div class="{p}-para"><p>{esc_text(text)}</p></div>' for text in article.paragraphs)
    return (
        f'<body class="{p}-body">{chrome.sprite}{chrome.header}<div id="content" class="{p}-wrap">'
        f'<section class="{p}-story" itemscope itemtype="https://schema.org/NewsArticle">{_crumbs(article, p)}'
        f'<h1 class="{p}-headline" itemprop="headline">{esc(article.headline)}</h1>'
        f'<p class="{p}-byline">By <span itemprop="author">{esc(_byline_text(article.authors))}</span> | '
        f'{_time(article.local_published, 2, p + "-time")}</p>{_share(p)}{_figure(article, p, "credit-line")}'
        f'<div class="{outlet.body_class}" itemprop="articleBody">{body}</div>{_share(p)}</section>'
        f'{_related(p, related, related_title)}{_comments(p)}{_rail(p, most_read)}</div>'
        f"{chrome.footer}</body></html>\n"
    )


def _components(article: Article, chrome: Chrome, related: list[Link], most_read: list[Link], related_title: str) -> str:
    p, outlet = chrome.outlet.prefix, chrome.outlet
    body = "".join(f'<div data-component="text-block" class="{outlet.body_class}"><p>{esc_text(text)}</p></div>'
                   for text in article.paragraphs)
    return (
        f'<body>{chrome.sprite}<div id="app">{chrome.header}<main class="{p}-wrap">'
        f'<article class="{p}-article" data-story="{article.story_id}-{article.number}">'
        f'<header class="{p}-article-head">{_crumbs(article, p)}<h1 class="{p}-headline">{esc(article.headline)}</h1>'
        f'<div class="{p}-byline" data-component="byline">{esc(_byline_text(article.authors))}</div>'
        f'{_time(article.local_published, 3, p + "-time")}</header>'
        f'<div data-component="image-block">{_figure(article, p, "lightbox")}</div>'
        f'<div class="{p}-copy">{body}</div>{_share(p)}{_comments(p)}</article>'
        f'{_related(p, related, related_title)}{_rail(p, most_read)}</main>{chrome.footer}</div></body></html>\n'
    )


LAYOUTS: tuple[Callable[[Article, Chrome, list[Link], list[Link], str], str], ...] = (
    _classic, _div_soup, _sections, _components)


def render_article(article: Article, chrome: Chrome, related: list[Link], most_read: list[Link]) -> str:
    """The full HTML page of one article in its outlet's layout."""
    outlet = chrome.outlet
    related_title = RELATED_TITLES[outlet.index % len(RELATED_TITLES)].format(name=esc(outlet.name))
    return head(article, chrome) + LAYOUTS[outlet.layout](article, chrome, related, most_read, related_title)
