"""Lakeside Herald: a Midwestern metro daily.

OpenGraph only (og:title, article:published_time), an Atom feed whose links carry
tracking parameters, a clean sitemap, and a canonical link on every article. Ads and
"Read more" lines and a newsletter pitch sit inside the article body container."""
from __future__ import annotations

from operator import attrgetter

from . import listings
from .common import BASE, Context, Page, Rendered, byline, clock12, esc, iso, long_date

PREFIX = "/lakeside/"
SECTIONS = {"local": "Local", "world": "Nation & World", "business": "Business", "science": "Science"}
TRACKING = "?utm_source=rss&utm_medium=feed"


def article_path(page: Page) -> str:
    return f"{PREFIX}news/{page.published:%Y/%m/%d}/{page.slug}.html"


def _stamp(dt) -> str:
    return f"{long_date(dt)} at {clock12(dt)} CST"


def _chrome(title: str, head: str, main: str, ctx: Context, current: Page | None = None) -> str:
    nav = "\n".join(f'      <a href="{PREFIX}section/{k}.html">{v}</a>' for k, v in SECTIONS.items())
    trending = "\n".join(f'      <li><a href="{p.path}">{esc(p.headline)}</a></li>' for p in ctx.others(current, 3))
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
  <meta charset="utf-8">
  <title>{esc(title)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="alternate" type="application/atom+xml" href="{BASE}{PREFIX}atom.xml">
{head}
</head>
<body>
  <div class="lh-cookie-banner">
    <p>We use cookies and similar technologies to personalize content and ads. By clicking
       “I agree” you consent to our use of cookies.</p>
    <button>I agree</button> <a href="/legal/privacy.html">Cookie settings</a>
  </div>
  <div class="lh-topbar">
    <span class="lh-weather">Alder Bay 38°F, cloudy</span>
    <a class="lh-subscribe" href="{PREFIX}">Subscribe for $1</a>
    <a href="{PREFIX}">Sign in</a>
  </div>
  <header class="lh-header">
    <a class="lh-brand" href="{PREFIX}"><img src="/static/logo-lakeside-herald.svg" alt="Lakeside Herald"></a>
    <nav class="lh-nav">
      <a href="{PREFIX}">Home</a>
{nav}
    </nav>
  </header>
  <div class="lh-trending"><strong>Trending:</strong>
    <ul>
{trending}
    </ul>
  </div>
{main}
  <footer class="lh-footer">
    <div class="lh-footer-cols">
      <ul><li><a href="{PREFIX}">Contact the newsroom</a></li><li><a href="{PREFIX}">Submit a letter</a></li></ul>
      <ul><li><a href="{PREFIX}">Subscriber services</a></li><li><a href="{PREFIX}">e-Edition</a></li></ul>
      <ul><li><a href="/legal/privacy.html">Privacy policy</a></li><li><a href="/legal/privacy.html">Terms of use</a></li></ul>
    </div>
    <p>&copy; 2026 Lakeside Herald, Alder Bay, Wisconsin. All rights reserved.</p>
  </footer>
</body>
</html>
"""


def _body(page: Page, ctx: Context) -> str:
    """Paragraphs with the site's in-body furniture slotted between them."""
    out = []
    more = ctx.read_more(page)
    for i, para in enumerate(page.paragraphs, start=1):
        out.append(f"        <p>{esc(para)}</p>")
        if page.ads and i == 2:
            out.append('        <div class="lh-ad" data-slot="midarticle-1"><span class="lh-ad-label">Advertisement</span></div>')
        if page.ads and i == 4:
            out.append(f'        <p class="lh-readmore"><strong>Read more:</strong> <a href="{more.path}">{esc(more.headline)}</a></p>')
        if i == 3 and len(page.paragraphs) > 4:
            out.append("""        <aside class="lh-newsletter-inline">
          <h3>Get the Herald's Morning Update</h3>
          <p>Sign up for our free newsletter and start every weekday with the news that matters in Alder Bay.</p>
          <a href="#signup">Sign up</a>
        </aside>""")
    return "\n".join(out)


def _article(page: Page, ctx: Context) -> str:
    modified = (f'\n  <meta property="article:modified_time" content="{iso(page.modified)}">'
                if page.modified else "")
    head = f"""  <meta name="description" content="{esc(page.description)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Lakeside Herald">
  <meta property="og:title" content="{esc(page.headline)}">
  <meta property="og:description" content="{esc(page.description)}">
  <meta property="og:url" content="{page.url}">
  <meta property="og:image" content="{BASE}/static/photo.svg">
  <meta property="article:published_time" content="{iso(page.published)}">{modified}
  <meta property="article:section" content="{SECTIONS[page.section]}">
  <link rel="canonical" href="{page.url}">"""
    credit = page.photo_credit or "Lakeside Herald staff"
    figure = f"""      <figure class="lh-lead-photo">
        <img src="/static/photo.svg" alt="">
        <figcaption>{esc(page.caption)}</figcaption>
      </figure>
      <div class="lh-photo-credit">{esc(page.caption)} Photo: {esc(credit)}</div>""" if page.caption else ""
    updated = (f'\n        <span class="lh-updated">Updated {_stamp(page.modified)}</span>'
               if page.modified else "")
    source = (f'\n        <span class="lh-source">{esc(page.credit)}</span>' if page.credit else "")
    sidebar = "\n".join(f'        <li><a href="{p.path}">{esc(p.headline)}</a></li>' for p in ctx.others(page))
    main = f"""  <main class="lh-main">
    <article class="lh-article">
      <a class="lh-section-label" href="{PREFIX}section/{page.section}.html">{SECTIONS[page.section]}</a>
      <h1 class="lh-headline">{esc(page.headline)}</h1>
      <div class="lh-byline">
        <span class="lh-author">By {esc(byline(page.authors))}</span>{source}
        <time class="lh-published" datetime="{iso(page.published)}">{_stamp(page.published)}</time>{updated}
      </div>
      <ul class="lh-share">
        <li><a href="{PREFIX}">Share on X</a></li><li><a href="{PREFIX}">Share on Facebook</a></li><li><button>Copy link</button></li>
      </ul>
{figure}
      <div class="article-content">
{_body(page, ctx)}
      </div>
      <div class="lh-comments">
        <p>Log in to join the conversation.</p>
        <a href="{PREFIX}">Log in</a> <a href="{PREFIX}">Create a free account</a>
      </div>
    </article>
    <aside class="lh-sidebar">
      <section class="lh-most-read">
        <h2>Most read</h2>
        <ol>
{sidebar}
        </ol>
      </section>
      <section class="lh-promo">
        <h2>Support local journalism</h2>
        <p>Unlimited digital access for $1 for the first month.</p>
        <a href="{PREFIX}">Subscribe</a>
      </section>
    </aside>
  </main>"""
    return _chrome(f"{page.headline} | Lakeside Herald", head, main, ctx, page)


def _paywall(title: str, text: tuple[str, ...], path: str, ctx: Context) -> str:
    """A premium teaser: one paragraph, then the subscription wall."""
    head = f'  <meta property="og:title" content="{esc(title)}">\n  <link rel="canonical" href="{BASE}{path}">'
    main = f"""  <main class="lh-main">
    <article class="lh-article lh-premium">
      <span class="lh-premium-badge">Subscriber exclusive</span>
      <h1 class="lh-headline">{esc(title)}</h1>
      <div class="article-content">
        <p>{esc(text[0])}</p>
      </div>
      <div class="lh-paywall">
        <h2>Subscribe to continue reading</h2>
        <p>Already a subscriber? <a href="{PREFIX}">Log in</a></p>
      </div>
    </article>
  </main>"""
    return _chrome(f"{title} | Lakeside Herald", head, main, ctx)


def _section(key: str, title: str, pages: list[Page], ctx: Context) -> str:
    items = "\n".join(
        f"""      <div class="lh-teaser">
        <h3><a href="{p.path}">{esc(p.headline)}</a></h3>
        <p>{esc(p.description)}</p>
      </div>""" for p in pages)
    head = f'  <link rel="canonical" href="{BASE}{PREFIX}{key}">'
    main = f"""  <main class="lh-main lh-front">
    <h1 class="lh-front-title">{esc(title)}</h1>
{items}
  </main>"""
    return _chrome(f"{title} | Lakeside Herald", head, main, ctx)


def render(ctx: Context) -> Rendered:
    out = Rendered()
    for page in ctx.pages:
        out.add(page.path, _article(page, ctx))
    out.add(PREFIX, _section("", "Lakeside Herald", ctx.pages, ctx))
    for key in ctx.sections():
        out.add(f"{PREFIX}section/{key}.html",
                _section(f"section/{key}.html", SECTIONS[key], [p for p in ctx.pages if p.section == key], ctx))
    feed, sitemap = [], []
    for page in ctx.pages:
        feed.append(listings.Entry(page.url + TRACKING, page.headline, page.published, page.modified,
                                   page.description, page.authors))
        sitemap.append(listings.Entry(page.url, page.headline, page.published, page.modified))
        out.url_variants.append((page.path + TRACKING, page.path))
    for na in ctx.non_articles:  # the paywalled teaser is in both listings
        na.path = f"{PREFIX}news/{na.published:%Y/%m/%d}/{na.spec.slug}.html"
        out.add(na.path, _paywall(na.spec.title, na.spec.text, na.path, ctx))
        out.non_articles.append((na.path, na.spec.reason))
        feed.append(listings.Entry(BASE + na.path + TRACKING, na.spec.title, na.published, None,
                                   na.spec.text[0], ("Megan Sorensen",)))
        sitemap.append(listings.Entry(BASE + na.path, na.spec.title, na.published))
    by_time = attrgetter("published")  # newest first, as feeds are
    out.add(f"{PREFIX}atom.xml", listings.atom(
        "Lakeside Herald", "tag:lakesideherald.example,2026:feed", f"{BASE}{PREFIX}atom.xml",
        BASE + PREFIX, sorted(feed, key=by_time, reverse=True)))
    out.add(f"{PREFIX}sitemap.xml", listings.urlset(sorted(sitemap, key=by_time, reverse=True)))
    return out
