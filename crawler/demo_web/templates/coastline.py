"""The Coastline Gazette: a British seaside weekly on a WordPress-style theme.

Plain meta tags only (<meta name="author">, <meta name="date">), directory-style URLs,
a sitemap index over one plain and one gzipped sitemap, a members-only area that
robots.txt forbids, and a cookie consent wall in front of one listed page."""
from __future__ import annotations

from . import listings
from .common import BASE, Context, NonArticlePage, Page, Rendered, byline, esc, iso

PREFIX = "/coastline/"
SECTIONS = {"news": "News", "world": "World"}
MEMBERS_BRIEFING = f"{PREFIX}members/weekend-briefing/"


def _section_key(page: Page) -> str:
    """Local stories file under News; everything from the wire under World."""
    return "news" if page.section == "news" else "world"


def article_path(page: Page) -> str:
    return f"{PREFIX}{_section_key(page)}/{page.slug}/"


def _date(dt) -> str:
    return f"{dt:%A} {dt.day} {dt:%B %Y}"


def _chrome(title: str, head: str, content: str, ctx: Context, body_class: str,
            current: Page | None = None) -> str:
    nav = "\n".join(f'          <li class="menu-item"><a href="{PREFIX}{k}/">{v}</a></li>' for k, v in SECTIONS.items())
    popular = "\n".join(f'          <li><a href="{p.path}">{esc(p.headline)}</a></li>' for p in ctx.others(current, 5))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}
</head>
<body class="{body_class}">
<div id="page" class="site">
  <a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
  <header id="masthead" class="site-header">
    <div class="site-branding">
      <p class="site-title"><a href="{PREFIX}" rel="home">The Coastline Gazette</a></p>
      <p class="site-description">News for Kelmouth and the estuary villages</p>
    </div>
    <nav id="site-navigation" class="main-navigation">
      <ul id="primary-menu" class="menu">
          <li class="menu-item"><a href="{PREFIX}">Home</a></li>
{nav}
          <li class="menu-item"><a href="{MEMBERS_BRIEFING}">Members</a></li>
      </ul>
    </nav>
  </header>
  <div id="content" class="site-content">
{content}
    <aside id="secondary" class="widget-area">
      <section class="widget widget_popular">
        <h2 class="widget-title">Most popular</h2>
        <ul>
{popular}
        </ul>
      </section>
      <section class="widget widget_members">
        <h2 class="widget-title">Gazette Members</h2>
        <p>Our weekend briefing is written for members. <a href="{MEMBERS_BRIEFING}">Read the members' briefing</a></p>
      </section>
      <section class="widget widget_newsletter">
        <h2 class="widget-title">The Tide Table</h2>
        <p>Our free Friday newsletter: the week on the coast in five minutes.</p>
        <form><input type="email" placeholder="Your email"><input type="submit" value="Subscribe"></form>
      </section>
    </aside>
  </div>
  <footer id="colophon" class="site-footer">
    <p>The Coastline Gazette is published by Estuary Media Ltd, Harbour Road, Kelmouth.
       Registered in England and Wales.</p>
    <p><a href="/legal/privacy.html">Privacy and cookies</a> | <a href="{PREFIX}">Contact us</a></p>
  </footer>
</div>
<div id="cookie-notice" class="cn-bottom">
  <span>We use cookies to give you the best experience on our website. Some are essential; others
  help us understand how the site is used.</span>
  <a href="#" class="cn-accept">Accept all</a> <a href="#" class="cn-reject">Reject non-essential</a>
</div>
</body>
</html>
"""


def _article(page: Page, ctx: Context) -> str:
    canonical = page.canonical_url or page.url
    head = f"""<meta name="description" content="{esc(page.description)}">
<meta name="author" content="{esc(', '.join(page.authors))}">
<meta name="date" content="{iso(page.published)}">
<link rel="canonical" href="{canonical}">"""
    credit = page.photo_credit or "Coastline Gazette"
    figure = f"""        <figure class="wp-block-image size-large">
          <img src="/static/photo.svg" alt="" class="wp-image-88">
          <figcaption class="wp-element-caption">{esc(page.caption)}</figcaption>
        </figure>
        <p class="wp-caption-credit"><em>{esc(page.caption)} Picture: {esc(credit)}</em></p>""" if page.caption else ""
    agency = f' <span class="agency">&middot; {esc(page.credit)}</span>' if page.credit else ""
    content = f"""    <main id="primary" class="site-main">
      <article class="post type-post status-publish format-standard hentry category-{page.section}">
        <header class="entry-header">
          <span class="cat-links"><a href="{PREFIX}{_section_key(page)}/">{SECTIONS[_section_key(page)]}</a></span>
          <h1 class="entry-title">{esc(page.headline)}</h1>
          <div class="entry-meta">
            <span class="byline">By <span class="author vcard">{esc(byline(page.authors))}</span></span>{agency}
            <span class="posted-on">{_date(page.published)}</span>
          </div>
        </header>
        <div class="sharedaddy sd-sharing-enabled">
          <h3 class="sd-title">Share this:</h3>
          <ul><li><a href="{PREFIX}">Share on X</a></li><li><a href="{PREFIX}">Share on Facebook</a></li><li><a href="#">Copy link</a></li></ul>
        </div>
        <div class="entry-content">
{figure}
{_paras(page)}
        </div>
        <footer class="entry-footer">
          <span class="tags-links">Tagged <a href="{PREFIX}news/">Kelmouth</a></span>
        </footer>
      </article>
      <div id="comments" class="comments-area">
        <h2 class="comments-title">Join the discussion</h2>
        <p class="must-log-in">Log in to join the conversation.</p>
      </div>
    </main>"""
    return _chrome(f"{page.headline} – The Coastline Gazette", head, content, ctx,
                   "post-template-default single single-post", page)


def _paras(page: Page) -> str:
    return "\n".join(f"        <p>{esc(p)}</p>" for p in page.paragraphs)


def _archive(key: str, title: str, pages: list[Page], ctx: Context) -> str:
    items = "\n".join(
        f"""      <article class="post hentry">
        <h2 class="entry-title"><a href="{p.path}">{esc(p.headline)}</a></h2>
        <div class="entry-summary"><p>{esc(p.description)}</p></div>
      </article>""" for p in pages)
    content = f"""    <main id="primary" class="site-main">
      <header class="page-header"><h1 class="page-title">{esc(title)}</h1></header>
{items}
      <p class="members-teaser">Members: <a href="{MEMBERS_BRIEFING}">this weekend's briefing</a></p>
    </main>"""
    head = f'<link rel="canonical" href="{BASE}{PREFIX}{key}">'
    return _chrome(f"{title} – The Coastline Gazette", head, content, ctx, "archive category")


def _members_page(ctx: Context) -> str:
    content = """    <main id="primary" class="site-main">
      <article class="post members-only">
        <h1 class="entry-title">Members' weekend briefing</h1>
        <div class="entry-content">
          <p>This briefing is for Gazette members. It should never be fetched by a crawler
             that respects robots.txt.</p>
        </div>
      </article>
    </main>"""
    return _chrome("Members' weekend briefing – The Coastline Gazette", "", content, ctx, "members")


def _consent_wall(na: NonArticlePage) -> str:
    """What a visitor without a consent cookie gets: no article at all."""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>{esc(na.spec.title)} – The Coastline Gazette</title>
<meta name="robots" content="noindex">
</head>
<body class="consent-wall">
<div class="consent-modal" role="dialog" aria-modal="true">
  <h1>We value your privacy</h1>
  <p>We and our 143 partners store and access information on your device, such as cookies, and
     process personal data, such as unique identifiers and browsing data, to show you personalised
     advertising and content, to measure advertising and content performance, and to develop and
     improve our products.</p>
  <p>With your permission we and our partners may use precise geolocation data. You can change your
     choices at any time by returning to this site.</p>
  <button class="consent-accept">Accept all</button>
  <button class="consent-reject">Reject all</button>
  <a href="/legal/privacy.html">Manage options</a>
</div>
</body>
</html>
"""


def render(ctx: Context) -> Rendered:
    out = Rendered()
    for page in ctx.pages:
        out.add(page.path, _article(page, ctx))
    out.add(PREFIX, _archive("", "Latest", ctx.pages, ctx))
    for key, title in SECTIONS.items():
        out.add(f"{PREFIX}{key}/", _archive(f"{key}/", title,
                                           [p for p in ctx.pages if _section_key(p) == key], ctx))
    out.add(MEMBERS_BRIEFING, _members_page(ctx))
    entries = [listings.Entry(p.url, p.headline, p.published, p.modified) for p in ctx.pages]
    for na in ctx.non_articles:
        na.path = f"{PREFIX}news/{na.spec.slug}/"
        out.add(na.path, _consent_wall(na))
        out.non_articles.append((na.path, na.spec.reason))
        entries.append(listings.Entry(BASE + na.path, na.spec.title, na.published))
    entries.sort(key=lambda e: e.published)
    half = len(entries) // 2
    # Older posts in a plain sitemap (which also lists the members-only briefing),
    # newer ones in a gzipped sitemap, as large WordPress sites split them.
    members = listings.Entry(BASE + MEMBERS_BRIEFING, "Members' weekend briefing", entries[half - 1].published)
    first, second = entries[:half] + [members], entries[half:]
    out.add(f"{PREFIX}sitemaps/posts-1.xml", listings.urlset(first))
    out.add(f"{PREFIX}sitemaps/posts-2.xml.gz", listings.urlset(second))
    out.add(f"{PREFIX}sitemap_index.xml", listings.sitemap_index([
        (f"{BASE}{PREFIX}sitemaps/posts-1.xml", max(e.published for e in first)),
        (f"{BASE}{PREFIX}sitemaps/posts-2.xml.gz", max(e.published for e in second)),
    ]))
    return out
