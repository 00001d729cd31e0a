"""Prairie Dispatch: a small Kansas daily on an old table-layout CMS.

Pages are windows-1252 bytes with the charset only in the HTTP header, carry no
JSON-LD and no date at all: publication times exist only in the Google News sitemap.
Ad labels and "Read more" lines are plain <p> elements inside the story text."""
from __future__ import annotations

from . import listings
from .common import Context, Page, Rendered, byline, esc

PREFIX = "/prairie/"
SECTIONS = {"local": "Local News", "living": "Living", "world": "Nation/World",
            "business": "Nation/World", "science": "Nation/World"}


def article_path(page: Page) -> str:
    return f"{PREFIX}stories/{41200 + page.number}/{page.slug}.html"


def _shell(title: str, head: str, center: str, ctx: Context, current: Page | None = None) -> str:
    recent = "\n".join(f'          <tr><td class="headlines">&raquo; <a href="{p.path}">{esc(p.headline)}</a></td></tr>'
                       for p in ctx.others(current, 6))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{esc(title)}</title>
{head}
</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<div id="cookiebar" style="background:#ffffcc">This site uses cookies. By continuing to browse you agree to our use of cookies. <a href="/legal/privacy.html">More info</a> | <a href="#">OK</a></div>
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
  <tr>
    <td colspan="3" class="masthead"><a href="{PREFIX}"><img src="/static/logo-prairie-dispatch.svg" alt="Prairie Dispatch" border="0"></a>
      <span class="motto">Serving Harlan Flats &amp; Tallgrass County since 1894</span></td>
  </tr>
  <tr>
    <td colspan="3" class="navbar">
      <a href="{PREFIX}">Home</a> | <a href="{PREFIX}section/local.html">Local News</a> |
      <a href="{PREFIX}section/world.html">Nation/World</a> | <a href="{PREFIX}section/living.html">Living</a> |
      <a href="{PREFIX}">Obituaries</a> | <a href="{PREFIX}">Classifieds</a> | <a href="{PREFIX}">Subscribe</a>
    </td>
  </tr>
  <tr>
    <td width="160" valign="top" class="leftcol">
      <table width="100%" cellpadding="4">
        <tr><td class="boxhead">RECENT STORIES</td></tr>
{recent}
      </table>
      <p class="weather">Harlan Flats: 41° and windy</p>
    </td>
    <td width="640" valign="top" class="centercol">
{center}
    </td>
    <td width="180" valign="top" class="rightcol">
      <div class="newsbox"><b>Get the Dispatch Daily</b><br>Headlines in your inbox every morning — it’s free.
        <form><input type="text" name="email" size="14"> <input type="submit" value="Sign up"></form></div>
      <div class="ad300"><small>ADVERTISEMENT</small><br><img src="/static/photo.svg" width="160" height="240" alt=""></div>
    </td>
  </tr>
  <tr>
    <td colspan="3" class="footer">Copyright © 2026 Prairie Dispatch — 112 W. Main St., Harlan Flats, Kan.
      All rights reserved. | <a href="/legal/privacy.html">Privacy</a></td>
  </tr>
</table>
</body>
</html>
"""


def _story_text(page: Page, ctx: Context) -> str:
    lines = []
    more = ctx.read_more(page)
    for i, para in enumerate(page.paragraphs, start=1):
        lines.append(f"        <p>{esc(para)}</p>")
        if page.ads and i == 2:
            lines.append('        <p class="adlabel" align="center">Advertisement</p>')
        if page.ads and i == 3:
            lines.append(f'        <p><b>Read more:</b> <a href="{more.path}">{esc(more.headline)}</a></p>')
    return "\n".join(lines)


def _article(page: Page, ctx: Context) -> str:
    head = f"""<meta name="description" content="{esc(page.description)}">
<meta name="keywords" content="{esc(SECTIONS[page.section])}, Harlan Flats, Tallgrass County">"""
    source = f" | {esc(page.credit)}" if page.credit else ""
    photo = f"""      <table class="photo" align="right" width="300" cellpadding="2">
        <tr><td><img src="/static/photo.svg" width="300" height="169" alt=""></td></tr>
        <tr><td class="cutline">{esc(page.caption)}</td></tr>
      </table>
      <p class="photocredit">{esc(page.caption)} — {esc(page.photo_credit or "Dispatch photo")}</p>""" if page.caption else ""
    center = f"""      <div class="sectionhead">{esc(SECTIONS[page.section])}</div>
      <h1 class="storyhead">{esc(page.headline)}</h1>
      <div class="storybyline">By {esc(byline(page.authors))}{source}</div>
      <div class="sharetools"><a href="{PREFIX}">Share on X</a> · <a href="{PREFIX}">Share on Facebook</a> · <a href="#">Copy link</a> · <a href="#">Print</a></div>
{photo}
      <div id="storytext">
{_story_text(page, ctx)}
      </div>
      <div class="comments"><b>Reader comments</b><br>Log in to join the conversation. <a href="{PREFIX}">Log in</a></div>"""
    return _shell(f"{page.headline} - Prairie Dispatch", head, center, ctx, page)


def _section(title: str, pages: list[Page], ctx: Context) -> str:
    items = "\n".join(f'      <p class="teaser"><a href="{p.path}"><b>{esc(p.headline)}</b></a><br>{esc(p.description)}</p>'
                      for p in pages)
    return _shell(f"{title} - Prairie Dispatch", "", f'      <h1 class="storyhead">{esc(title)}</h1>\n{items}', ctx)


def render(ctx: Context) -> Rendered:
    out = Rendered()
    enc = ctx.outlet.encoding  # windows-1252
    for page in ctx.pages:
        out.add(page.path, _article(page, ctx), enc)
    out.add(PREFIX, _section("Top stories", ctx.pages, ctx), enc)
    groups = {"local": ("local",), "world": ("world", "business", "science"), "living": ("living",)}
    for key, members in groups.items():
        out.add(f"{PREFIX}section/{key}.html",
                _section(SECTIONS[key], [p for p in ctx.pages if p.section in members], ctx), enc)
    entries = [listings.Entry(p.url, p.headline, p.published) for p in ctx.pages]
    out.add(f"{PREFIX}news-sitemap.xml", listings.news_sitemap("Prairie Dispatch", "en", entries))
    return out
