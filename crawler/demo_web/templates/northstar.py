"""Northstar Wire: the wire service's own site, where originals appear first.

Clean modern layout, JSON-LD NewsArticle, RSS 2.0 feed and a plain sitemap (which
also lists the World section front, a page that is not an article)."""
from __future__ import annotations

from . import listings
from .common import (BASE, Context, Page, Rendered, byline, clock12, esc, json_ld, long_date,
                     news_article_ld, paragraphs)

PREFIX = "/northstar/"
SECTIONS = {"world": "World", "business": "Business", "science": "Science"}


def article_path(page: Page) -> str:
    return f"{PREFIX}{page.section}/{page.published:%Y/%m/%d}/{page.slug}.html"


def _chrome(title: str, head: str, main: str, body_class: str) -> str:
    nav = "\n".join(f'        <li><a href="{PREFIX}{key}/">{label}</a></li>'
                    for key, label in SECTIONS.items())
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(title)}</title>
  <link rel="alternate" type="application/rss+xml" title="Northstar Wire: Top stories" href="{BASE}{PREFIX}rss.xml">
{head}
</head>
<body class="{body_class}">
  <div id="ns-consent" class="ns-consent" role="dialog">
    <p>Northstar Wire uses cookies to measure readership and keep you signed in.
       <a href="/legal/privacy.html">Read our privacy policy</a>.</p>
    <button type="button">Accept</button> <button type="button">Manage preferences</button>
  </div>
  <header class="ns-masthead">
    <a class="ns-logo" href="{PREFIX}">NORTHSTAR <span>WIRE</span></a>
    <p class="ns-tagline">Independent news agency since 1921</p>
    <nav class="ns-nav" aria-label="Sections">
      <ul>
        <li><a href="{PREFIX}">Latest</a></li>
{nav}
      </ul>
    </nav>
    <a class="ns-login" href="{PREFIX}">Client login</a>
  </header>
{main}
  <footer class="ns-footer">
    <ul>
      <li><a href="{PREFIX}">About Northstar</a></li>
      <li><a href="{PREFIX}">Licensing</a></li>
      <li><a href="/legal/privacy.html">Privacy</a></li>
    </ul>
    <p>&copy; 2026 Northstar Wire. All rights reserved. This material may not be published,
       broadcast, rewritten or redistributed without a licence.</p>
  </footer>
</body>
</html>
"""


def _rail(ctx: Context, page: Page | None) -> str:
    items = ctx.others(page, 5)
    links = "\n".join(f'        <li><a href="{p.path}">{esc(p.headline)}</a></li>' for p in items)
    return f"""    <aside class="ns-rail">
      <h2>Latest from Northstar</h2>
      <ol class="ns-latest">
{links}
      </ol>
      <div class="ns-newsletter">
        <h3>The Morning Brief</h3>
        <p>The day's essential stories from Northstar correspondents, before breakfast.</p>
        <form action="{PREFIX}"><input type="email" placeholder="Email address"> <button>Sign up</button></form>
      </div>
    </aside>"""


def _article(page: Page, ctx: Context) -> str:
    head = f"""  <meta name="description" content="{esc(page.description)}">
  <link rel="canonical" href="{page.url}">
  <script type="application/ld+json">
{json_ld(news_article_ld(page, "Northstar Wire", "/static/logo-northstar.svg"))}
  </script>"""
    figure = f"""      <figure class="ns-figure">
        <img src="/static/photo.svg" alt="{esc(page.caption)}" width="960" height="540">
        <figcaption>{esc(page.caption)}</figcaption>
      </figure>
      <p class="ns-photo-credit">{esc(page.caption)} (Northstar Wire photo)</p>""" if page.caption else ""
    stamp = f"{long_date(page.published)} {clock12(page.published, 'PM')} EST"
    main = f"""  <main class="ns-layout">
    <article class="ns-article">
      <p class="ns-kicker"><a href="{PREFIX}{page.section}/">{SECTIONS[page.section]}</a></p>
      <h1 class="ns-headline">{esc(page.headline)}</h1>
      <div class="ns-meta">
        <span class="ns-byline">By {esc(byline(page.authors))}</span>
        <time datetime="{page.published.isoformat()}">{stamp}</time>
      </div>
      <div class="ns-share" aria-label="Share">
        <a href="{PREFIX}">Share on X</a> <a href="{PREFIX}">Share on Facebook</a> <button type="button">Copy link</button>
      </div>
{figure}
      <div class="ns-body">
{paragraphs(page.paragraphs, "        ")}
      </div>
      <p class="ns-licensing">Northstar Wire stories are available to news organizations through a licence.
         <a href="{PREFIX}">Learn more about licensing</a>.</p>
      <section class="ns-comments">
        <h2>Comments</h2>
        <p>Log in to join the conversation.</p>
      </section>
    </article>
{_rail(ctx, page)}
  </main>"""
    return _chrome(f"{page.headline} | Northstar Wire", head, main, "ns-story")


def _front(title: str, pages: list[Page], ctx: Context, canonical: str) -> str:
    cards = "\n".join(
        f"""      <div class="ns-card">
        <h2><a href="{p.path}">{esc(p.headline)}</a></h2>
        <p>{esc(p.description)}</p>
        <span class="ns-card-time">{long_date(p.published)}</span>
      </div>""" for p in pages)
    head = f"""  <meta property="og:type" content="website">
  <meta property="og:title" content="{esc(title)} | Northstar Wire">
  <link rel="canonical" href="{BASE}{canonical}">"""
    main = f"""  <main class="ns-layout">
    <section class="ns-front">
      <h1 class="ns-section-title">{esc(title)}</h1>
{cards}
    </section>
{_rail(ctx, None)}
  </main>"""
    return _chrome(f"{title} | Northstar Wire", head, main, "ns-front-page")


def render(ctx: Context) -> Rendered:
    out = Rendered()
    for page in ctx.pages:
        out.add(page.path, _article(page, ctx))
    out.add(PREFIX, _front("Latest news", ctx.pages, ctx, PREFIX))
    for key, label in SECTIONS.items():
        out.add(f"{PREFIX}{key}/", _front(label, [p for p in ctx.pages if p.section == key], ctx, f"{PREFIX}{key}/"))
    entries = [listings.Entry(p.url, p.headline, p.published, p.modified, p.description, p.authors,
                              SECTIONS[p.section]) for p in ctx.pages]
    out.add(f"{PREFIX}rss.xml", listings.rss(
        "Northstar Wire: Top stories", BASE + PREFIX, "The latest from Northstar Wire correspondents.",
        "en-us", entries))
    sitemap_entries = list(entries)
    for na in ctx.non_articles:  # the World section front, listed like a story
        na.path = f"{PREFIX}{na.spec.slug}/"
        sitemap_entries.append(listings.Entry(BASE + na.path, na.spec.title, na.published))
        out.non_articles.append((na.path, na.spec.reason))
    out.add(f"{PREFIX}sitemap.xml", listings.urlset(sitemap_entries))
    return out
