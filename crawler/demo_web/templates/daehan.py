"""The Daehan Courier: an English-language Korean daily.

Looks like the genre: numeric article ids, "Published : Nov. 9, 2026 - 17:05" stamps,
stories built on agency and newspaper reports, the photo caption printed twice inside
the article text, reporter e-mail and copyright lines, share and comment widgets.
JSON-LD NewsArticle and an RSS 2.0 feed; a few feed items point at AMP copies."""
from __future__ import annotations

from . import listings
from .common import BASE, Context, Page, Rendered, esc, json_ld, news_article_ld

PREFIX = "/daehan/"
SECTIONS = {"national": "National", "business": "Business", "world": "World", "science": "Science"}
AMP_STORIES = {"wire-quake-hokkaido", "wire-rail-tunnel-alps"}  # the feed links these as AMP


def article_path(page: Page) -> str:
    return f"{PREFIX}view/{page.published:%Y%m%d}{page.number:06d}.html"


def amp_path(page: Page) -> str:
    return article_path(page).replace("/view/", "/amp/view/")


def _stamp(dt) -> str:
    return f"{dt:%b}. {dt.day}, {dt.year} - {dt:%H:%M}"


def _email(author: str) -> str:
    """"Kim Da-eun" -> "daeun@daehancourier.example", the house style."""
    return author.split(" ", 1)[-1].replace("-", "").lower() + "@daehancourier.example"


def _chrome(title: str, head: str, main: str, ctx: Context) -> str:
    nav = "\n".join(f'        <li><a href="{BASE}{PREFIX}section/{k}.html">{v}</a></li>' for k, v in SECTIONS.items())
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
{head}
</head>
<body>
<div id="wrap">
  <div class="gnb_top">
    <ul class="util"><li><a href="{BASE}{PREFIX}">Log in</a></li><li><a href="{BASE}{PREFIX}">Sign up</a></li><li><a href="{BASE}{PREFIX}">Subscribe</a></li></ul>
    <ul class="lang"><li class="on">ENGLISH</li><li><a href="/saebyeok/">한국어</a></li></ul>
  </div>
  <div class="header">
    <h2 class="logo"><a href="{BASE}{PREFIX}"><img src="/static/logo-daehan-courier.svg" alt="The Daehan Courier"></a></h2>
    <div class="gnb">
      <ul>
        <li><a href="{BASE}{PREFIX}">Home</a></li>
{nav}
      </ul>
    </div>
  </div>
{main}
  <div class="footer">
    <ul class="footer_menu"><li><a href="{BASE}{PREFIX}">About Us</a></li><li><a href="/legal/privacy.html">Privacy Policy</a></li><li><a href="{BASE}{PREFIX}">Youth Protection Policy</a></li></ul>
    <p class="address">The Daehan Courier, 21 Sejong-daero, Jung-gu, Seoul | Registration No. Seoul-A-99999 | Publisher &amp; Editor: Yoon Sang-min</p>
    <p class="copy">Copyright &copy; The Daehan Courier. All Rights Reserved.</p>
  </div>
</div>
<div class="cookie_pop">This website uses cookies to improve your experience. <a href="/legal/privacy.html">Learn more</a> <button>OK</button></div>
</body>
</html>
"""


def _view_con(page: Page, ctx: Context) -> str:
    """The article text block, including the genre's in-body photo captions and ads."""
    lines = []
    if page.caption:
        credit = "" if page.caption.endswith(")") else f" ({page.photo_credit or 'Daehan Courier'})"
        lines += [
            '        <div class="view_photo">',
            '          <img src="/static/photo.svg" alt="">',
            f'          <p class="view_photo_cap">{esc(page.caption + credit)}</p>',
            "        </div>",
            f'        <p class="img_caption">[PHOTO] {esc(page.caption + credit)}</p>',
        ]
    more = ctx.read_more(page)
    for i, para in enumerate(page.paragraphs, start=1):
        lines.append(f"        <p>{esc(para)}</p>")
        if page.ads and i == 1:
            lines.append('        <div class="ad_in_article"><span>Advertisement</span></div>')
        if page.ads and i == 3:
            lines.append(f'        <p class="relation_news">Read more: <a href="{BASE}{more.path}">{esc(more.headline)}</a></p>')
    return "\n".join(lines)


def _article(page: Page, ctx: Context, amp_href: str | None) -> str:
    canonical = page.canonical_url or page.url
    amp = f'\n<link rel="amphtml" href="{BASE}{amp_href}">' if amp_href else ""
    head = f"""<meta name="description" content="{esc(page.description)}">
<meta property="og:title" content="{esc(page.headline)}">
<meta property="og:site_name" content="The Daehan Courier">
<link rel="canonical" href="{canonical}">{amp}
<script type="application/ld+json">
{json_ld(news_article_ld(page, "The Daehan Courier", "/static/logo-daehan-courier.svg"))}
</script>"""
    updated = f'<span class="date">Updated : {_stamp(page.modified)}</span>' if page.modified else ""
    source = f' <span class="source">{esc(page.credit)}</span>' if page.credit else ""
    names = ", ".join(page.authors)
    if page.credit == "Northstar Wire":
        reporters = f'<p class="reporter">{esc(names)}, Northstar Wire</p>'
    else:
        reporters = "".join(f'<p class="reporter">By {esc(a)} ({_email(a)})</p>' for a in page.authors)
    popular = "\n".join(f'          <li><span class="num">{i}</span><a href="{BASE}{p.path}">{esc(p.headline)}</a></li>'
                        for i, p in enumerate(ctx.others(page, 5), start=1))
    main = f"""  <div id="container" class="view">
    <div class="view_left">
      <div class="view_tit_wrap">
        <p class="view_cate"><a href="{BASE}{PREFIX}section/{page.section}.html">{SECTIONS[page.section]}</a></p>
        <h1 class="view_tit">{esc(page.headline)}</h1>
        <div class="view_info">
          <span class="author">By {esc(names)}</span>{source}
          <span class="date">Published : {_stamp(page.published)}</span> {updated}
        </div>
        <div class="view_util">
          <a href="#" class="font_up">A+</a> <a href="#" class="font_down">A-</a> <a href="#" class="print">Print</a>
          <a href="{BASE}{PREFIX}" class="sns_x">Share on X</a> <a href="{BASE}{PREFIX}" class="sns_fb">Share on Facebook</a> <a href="#" class="url_copy">Copy link</a>
        </div>
      </div>
      <div class="view_con" id="articleText" itemprop="articleBody">
{_view_con(page, ctx)}
      </div>
      {reporters}
      <p class="view_copy">ⓒ The Daehan Courier. Unauthorized reproduction and redistribution prohibited.</p>
      <div class="view_newsletter"><strong>Korea in your inbox.</strong> Get The Daehan Courier's Morning Briefing, Monday to Friday. <a href="{BASE}{PREFIX}">Subscribe</a></div>
      <div class="view_comment"><h3>Comments</h3><p>Log in to join the conversation.</p></div>
    </div>
    <div class="view_right">
      <div class="most_viewed">
        <h3>Most Viewed</h3>
        <ol>
{popular}
        </ol>
      </div>
    </div>
  </div>"""
    return _chrome(f"{page.headline} - The Daehan Courier", head, main, ctx)


def _amp(page: Page) -> str:
    """A stripped AMP copy whose canonical points back at the regular article."""
    return f"""<!doctype html>
<html amp lang="en">
<head>
<meta charset="utf-8">
<title>{esc(page.headline)} - The Daehan Courier</title>
<link rel="canonical" href="{page.url}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<style amp-boilerplate>body{{visibility:hidden}}</style>
</head>
<body>
<header class="amp-header"><a href="{BASE}{PREFIX}">The Daehan Courier</a></header>
<article class="amp-article">
  <h1>{esc(page.headline)}</h1>
  <p class="amp-byline">By {esc(', '.join(page.authors))} | Published : {_stamp(page.published)}</p>
  <div class="amp-share">Share on X | Share on Facebook | Copy link</div>
  <div class="amp-body">
{chr(10).join(f"    <p>{esc(p)}</p>" for p in page.paragraphs)}
  </div>
</article>
<footer>ⓒ The Daehan Courier. All Rights Reserved.</footer>
</body>
</html>
"""


def _section(title: str, pages: list[Page], ctx: Context) -> str:
    items = "\n".join(f"""      <li><a href="{BASE}{p.path}"><strong>{esc(p.headline)}</strong></a>
        <p>{esc(p.description)}</p><span class="date">{_stamp(p.published)}</span></li>""" for p in pages)
    main = f"""  <div id="container" class="list">
    <h1 class="list_tit">{esc(title)}</h1>
    <ul class="list_news">
{items}
    </ul>
  </div>"""
    return _chrome(f"{title} - The Daehan Courier", "", main, ctx)


def render(ctx: Context) -> Rendered:
    out = Rendered()
    entries = []
    for page in ctx.pages:
        amp_href = amp_path(page) if page.story in AMP_STORIES else None
        out.add(page.path, _article(page, ctx, amp_href))
        listed = page.path
        if amp_href:
            out.add(amp_href, _amp(page))
            out.url_variants.append((amp_href, page.path))
            listed = amp_href
        entries.append(listings.Entry(BASE + listed, page.headline, page.published, page.modified,
                                      page.description, page.authors, SECTIONS[page.section]))
    out.add(PREFIX, _section("Latest News", ctx.pages, ctx))
    for key, title in SECTIONS.items():
        out.add(f"{PREFIX}section/{key}.html", _section(title, [p for p in ctx.pages if p.section == key], ctx))
    out.add(f"{PREFIX}rss/allArticle.xml", listings.rss(
        "The Daehan Courier - All Articles", f"{BASE}{PREFIX}", "Latest news from The Daehan Courier",
        "en", entries))
    return out
