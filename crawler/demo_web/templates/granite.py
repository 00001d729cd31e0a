"""Granite Valley Ledger: a nonprofit mountain-town newsroom.

No JSON-LD and no date anywhere on its pages: the RSS pubDate is the only source of
publication time. Articles carry a "Republish this story" box and a membership pitch;
the feed also lists a video page whose body is empty."""
from __future__ import annotations

from . import listings
from .common import BASE, Context, NonArticlePage, Page, Rendered, byline, esc

PREFIX = "/granite/"


def article_path(page: Page) -> str:
    return f"{PREFIX}news/{page.slug}.html"


def _chrome(title: str, head: str, main: str, ctx: Context, current: Page | None = None) -> str:
    latest = "\n".join(f'        <li><a href="{p.path}">{esc(p.headline)}</a></li>' for p in ctx.others(current, 4))
    return f"""<!doctype html>
<html lang="en-US">
<head>
  <meta charset="utf-8">
  <title>{esc(title)}</title>
  <link rel="alternate" type="application/rss+xml" title="Granite Valley Ledger" href="{BASE}{PREFIX}rss.xml">
{head}
</head>
<body class="gvl">
  <div class="gvl-consent">We use a small number of cookies to understand which stories readers find useful.
    <a href="/legal/privacy.html">Privacy</a> <button>OK</button></div>
  <header class="gvl-header">
    <a class="gvl-logo" href="{PREFIX}">Granite Valley Ledger</a>
    <span class="gvl-tag">Nonprofit news for Cutler and the upper valley</span>
    <nav class="gvl-nav">
      <a href="{PREFIX}">News</a> <a href="{PREFIX}">Environment</a> <a href="{PREFIX}">Outdoors</a>
      <a href="{PREFIX}">Government</a> <a class="gvl-donate" href="{PREFIX}">Donate</a>
    </nav>
  </header>
{main}
  <aside class="gvl-latest">
    <h2>Latest from the Ledger</h2>
    <ul>
{latest}
    </ul>
  </aside>
  <footer class="gvl-footer">
    <p>The Granite Valley Ledger is an independent, nonprofit 501(c)(3) newsroom. Gifts are tax-deductible.</p>
    <p><a href="/legal/privacy.html">Privacy policy</a> &middot; <a href="{PREFIX}">Ethics policy</a> &middot; <a href="{PREFIX}">Our funders</a></p>
  </footer>
</body>
</html>
"""


def _og(title: str, description: str, url: str) -> str:
    return f"""  <meta name="description" content="{esc(description)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Granite Valley Ledger">
  <meta property="og:title" content="{esc(title)}">
  <meta property="og:description" content="{esc(description)}">
  <meta property="og:url" content="{url}">
  <link rel="canonical" href="{url}">"""


def _post_body(page: Page, ctx: Context) -> str:
    lines = []
    more = ctx.read_more(page)
    for i, para in enumerate(page.paragraphs, start=1):
        lines.append(f"        <p>{esc(para)}</p>")
        if page.ads and i in (2, 6):
            lines.append('        <div class="gvl-ad"><p class="gvl-ad-label">Advertisement</p><div class="gvl-ad-slot"></div></div>')
        if page.ads and i == 4:
            lines.append(f'        <p class="gvl-readmore">Read more: <a href="{more.path}">{esc(more.headline)}</a></p>')
    return "\n".join(lines)


def _article(page: Page, ctx: Context) -> str:
    credit = page.photo_credit or "Granite Valley Ledger"
    figure = f"""      <figure class="gvl-figure">
        <img src="/static/photo.svg" alt="">
        <figcaption>{esc(page.caption)}</figcaption>
      </figure>
      <p class="gvl-credit">{esc(page.caption)} (Photo: {esc(credit)})</p>""" if page.caption else ""
    source = f'<span class="gvl-source">{esc(page.credit)}</span>' if page.credit else ""
    main = f"""  <main class="gvl-main">
    <article class="gvl-post">
      <h1 class="gvl-title">{esc(page.headline)}</h1>
      <p class="gvl-byline">By {esc(byline(page.authors))} {source}</p>
      <div class="gvl-share"><a href="{PREFIX}">Share on X</a> <a href="{PREFIX}">Share on Facebook</a> <a href="#">Copy link</a></div>
{figure}
      <div class="post-body">
{_post_body(page, ctx)}
      </div>
      <div class="gvl-republish"><button>Republish this story</button>
        <p>Our stories may be republished for free under a Creative Commons license.</p></div>
      <div class="gvl-member-pitch"><h2>Local news is a public good.</h2>
        <p>Readers like you make this reporting possible. <a href="{PREFIX}">Become a member</a></p></div>
      <div class="gvl-newsletter"><p>Get the Ledger's Sunday newsletter.</p><input type="email" placeholder="you@example.com"> <button>Subscribe</button></div>
      <section class="gvl-comments"><p>Log in to join the conversation.</p></section>
    </article>
  </main>"""
    return _chrome(f"{page.headline} – Granite Valley Ledger", _og(page.headline, page.description, page.url), main, ctx,
                   page)


def _video(na: NonArticlePage, ctx: Context) -> str:
    """A video page: headline and player, no text at all."""
    url = BASE + na.path
    main = f"""  <main class="gvl-main">
    <article class="gvl-post gvl-video">
      <h1 class="gvl-title">{esc(na.spec.title)}</h1>
      <div class="gvl-player" data-src="/static/first-chair.mp4" data-duration="94"></div>
      <div class="post-body"></div>
      <div class="gvl-share"><a href="{PREFIX}">Share on X</a> <a href="{PREFIX}">Share on Facebook</a> <a href="#">Copy link</a></div>
    </article>
  </main>"""
    return _chrome(f"{na.spec.title} – Granite Valley Ledger", _og(na.spec.title, na.spec.title, url), main, ctx)


def _front(ctx: Context) -> str:
    items = "\n".join(f"""    <article class="gvl-card"><h2><a href="{p.path}">{esc(p.headline)}</a></h2>
      <p>{esc(p.description)}</p></article>""" for p in ctx.pages)
    main = f'  <main class="gvl-main gvl-home">\n{items}\n  </main>'
    return _chrome("Granite Valley Ledger", f'  <link rel="canonical" href="{BASE}{PREFIX}">', main, ctx)


def render(ctx: Context) -> Rendered:
    out = Rendered()
    entries = []
    for page in ctx.pages:
        out.add(page.path, _article(page, ctx))
        entries.append(listings.Entry(page.url, page.headline, page.published, None, page.description, page.authors))
    out.add(PREFIX, _front(ctx))
    for na in ctx.non_articles:
        na.path = f"{PREFIX}video/{na.spec.slug}.html"
        out.add(na.path, _video(na, ctx))
        out.non_articles.append((na.path, na.spec.reason))
        entries.append(listings.Entry(BASE + na.path, na.spec.title, na.published, None, na.spec.title))
    entries.sort(key=lambda e: e.published, reverse=True)
    out.add(f"{PREFIX}rss.xml", listings.rss(
        "Granite Valley Ledger", BASE + PREFIX, "Nonprofit news for Cutler and the upper valley", "en-US", entries))
    return out
