"""Pinecrest Courier: a New England town paper with no feed and no sitemap.

The crawler finds articles through the home page and section fronts (start_urls +
article_pattern). The home page links lead stories with ?ref=home and section fronts
add #comments links, so one article is reachable under several URLs; every article
declares its clean URL as canonical. JSON-LD lives inside an @graph, Yoast-style."""
from __future__ import annotations

from .common import (BASE, Context, Page, Rendered, byline, clock12, esc, iso, json_ld, long_date,
                     news_article_ld)

PREFIX = "/pinecrest/"
SECTIONS = {"local": "Local", "world": "Nation & World"}
LEAD_COUNT = 3  # home-page leads, linked with ?ref=home


def _section_key(page: Page) -> str:
    return "local" if page.section == "local" else "world"


def article_path(page: Page) -> str:
    return f"{PREFIX}story/{page.published:%Y/%m}/{page.slug}.html"


def _chrome(title: str, head: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width">
{head}
</head>
<body class="pc">
<div class="pc-gdpr">This site uses cookies for analytics and to remember your preferences.
  <a href="/legal/privacy.html">Details</a> <button>Got it</button></div>
<header class="pc-masthead">
  <div class="pc-weather">Pinecrest 34° Light snow</div>
  <div class="pc-nameplate"><a href="{PREFIX}">The Pinecrest Courier</a></div>
  <div class="pc-motto">Serving Pinecrest and the Hemlock Valley since 1881</div>
  <nav class="pc-menu">
    <a href="{PREFIX}">Front Page</a>
    <a href="{PREFIX}section/local.html">Local</a>
    <a href="{PREFIX}section/world.html">Nation &amp; World</a>
    <a href="{PREFIX}">Obituaries</a>
    <a href="{PREFIX}">Legal Notices</a>
  </nav>
</header>
{main}
<footer class="pc-footer">
  <p>The Pinecrest Courier &middot; 9 Depot Street, Pinecrest &middot; Published every weekday morning</p>
  <p><a href="/legal/privacy.html">Privacy</a> &middot; <a href="{PREFIX}">Advertise with us</a> &middot; &copy; 2026 Courier Publishing Co.</p>
</footer>
</body>
</html>
"""


def _graph(page: Page) -> dict:
    article = news_article_ld(page, "The Pinecrest Courier", "/static/logo-pinecrest-courier.svg")
    article.pop("@context")
    article["@id"] = page.url + "#article"
    return {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": page.url, "url": page.url, "name": page.headline,
             "isPartOf": {"@id": BASE + PREFIX + "#website"}},
            article,
            {"@type": "WebSite", "@id": BASE + PREFIX + "#website", "name": "The Pinecrest Courier"},
        ],
    }


def _body(page: Page, ctx: Context) -> str:
    lines = []
    more = ctx.read_more(page)
    for i, para in enumerate(page.paragraphs, start=1):
        lines.append(f"    <p>{esc(para)}</p>")
        if page.ads and i == 3:
            lines.append('    <div class="pc-ad"><p>ADVERTISEMENT</p></div>')
        if page.ads and i == 5:
            lines.append(f'    <p class="pc-also"><em>Read more:</em> <a href="{more.path}">{esc(more.headline)}</a></p>')
    return "\n".join(lines)


def _article(page: Page, ctx: Context) -> str:
    head = f"""<meta name="description" content="{esc(page.description)}">
<link rel="canonical" href="{page.url}">
<script type="application/ld+json">
{json_ld(_graph(page))}
</script>"""
    figure = f"""  <figure class="pc-photo">
    <img src="/static/photo.svg" alt="">
    <figcaption>{esc(page.caption)}</figcaption>
  </figure>
  <p class="pc-photo-credit">{esc(page.caption)} ({esc(page.photo_credit or "Courier photo")})</p>""" if page.caption else ""
    source = f" &middot; {esc(page.credit)}" if page.credit else ""
    others = "\n".join(f'      <li><a href="{p.path}">{esc(p.headline)}</a></li>' for p in ctx.others(page, 4))
    main = f"""<main class="pc-story">
  <div class="pc-kicker">{SECTIONS[_section_key(page)]}</div>
  <h1>{esc(page.headline)}</h1>
  <p class="pc-byline">By {esc(byline(page.authors))}{source}</p>
  <p class="pc-dateline"><time datetime="{iso(page.published)}">{long_date(page.published)} at {clock12(page.published)}</time></p>
  <div class="pc-share"><a href="{PREFIX}">Share on X</a> <a href="{PREFIX}">Share on Facebook</a> <a href="#">Copy link</a> <a href="#">Email</a></div>
{figure}
  <section class="body-copy">
{_body(page, ctx)}
  </section>
  <div class="pc-subscribe">Get the Courier delivered: print and digital subscriptions start at $6 a month.
    <a href="{PREFIX}">Subscribe</a></div>
  <section id="comments" class="pc-comments"><h2>Comments</h2><p>Log in to join the conversation.</p></section>
  <aside class="pc-more">
    <h2>More from the Courier</h2>
    <ul>
{others}
    </ul>
  </aside>
</main>"""
    return _chrome(f"{page.headline} - The Pinecrest Courier", head, main)


def _front(title: str, canonical: str, items: list[str]) -> str:
    head = f'<link rel="canonical" href="{BASE}{canonical}">'
    main = f"""<main class="pc-front">
  <h1 class="pc-front-title">{esc(title)}</h1>
{chr(10).join(items)}
  <div class="pc-tags">Topics: <a href="{PREFIX}section/local.html">Town government</a>, <a href="{PREFIX}section/world.html">Wire news</a></div>
</main>"""
    return _chrome(f"{title} - The Pinecrest Courier", head, main)


def _teaser(page: Page, href: str, comments_href: str | None = None) -> str:
    comments = f' <a class="pc-comment-count" href="{comments_href}">Comments</a>' if comments_href else ""
    return f"""  <div class="pc-teaser">
    <h2><a href="{href}">{esc(page.headline)}</a></h2>
    <p>{esc(page.description)}{comments}</p>
  </div>"""


def render(ctx: Context) -> Rendered:
    out = Rendered()
    for page in ctx.pages:
        out.add(page.path, _article(page, ctx))
    home = []
    for i, page in enumerate(ctx.pages):
        href = page.path + ("?ref=home" if i < LEAD_COUNT else "")
        if i < LEAD_COUNT:
            out.url_variants.append((href, page.path))
        home.append(_teaser(page, href))
    out.add(PREFIX, _front("Front Page", PREFIX, home))
    for key, title in SECTIONS.items():
        teasers = []
        for i, page in enumerate(p for p in ctx.pages if _section_key(p) == key):
            comments = page.path + "#comments" if i < 2 else None
            if comments:
                out.url_variants.append((comments, page.path))
            teasers.append(_teaser(page, page.path, comments))
        out.add(f"{PREFIX}section/{key}.html", _front(title, f"{PREFIX}section/{key}.html", teasers))
    return out
