"""새벽일보 (Saebyeok Ilbo): a Korean-language regional daily.

EUC-KR bytes; the charset is declared only in <meta charset="euc-kr"> (the server
sends a bare text/html). OpenGraph tags plus the genre's visible "입력" timestamp,
and an RSS 2.0 feed that is itself EUC-KR encoded, as many Korean CMSs emit."""
from __future__ import annotations

from . import listings
from .common import BASE, Context, Page, Rendered, esc, iso

PREFIX = "/saebyeok/"
SECTIONS = {"society": "사회", "economy": "경제"}


def article_path(page: Page) -> str:
    return f"{PREFIX}news/article/{page.slug}.html"


def _stamp(dt) -> str:
    return f"{dt:%Y.%m.%d %H:%M}"


def _chrome(title: str, head: str, main: str, ctx: Context) -> str:
    nav = "\n".join(f'      <li><a href="{PREFIX}news/section/{k}.html">{v}</a></li>' for k, v in SECTIONS.items())
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="euc-kr">
<title>{esc(title)}</title>
{head}
</head>
<body>
<div id="user-wrap">
  <div class="header-top">
    <ul class="user-menu"><li><a href="{PREFIX}">로그인</a></li><li><a href="{PREFIX}">회원가입</a></li><li><a href="{PREFIX}">구독신청</a></li></ul>
  </div>
  <header class="user-header">
    <div class="logo"><a href="{PREFIX}">새벽일보</a></div>
    <p class="slogan">한빛시민과 함께하는 지역 대표 신문</p>
    <ul class="gnb">
      <li><a href="{PREFIX}">전체기사</a></li>
{nav}
      <li><a href="/daehan/">ENGLISH</a></li>
    </ul>
  </header>
{main}
  <footer class="user-footer">
    <ul class="footer-menu"><li><a href="{PREFIX}">회사소개</a></li><li><a href="/legal/privacy.html">개인정보처리방침</a></li><li><a href="{PREFIX}">청소년보호정책</a></li></ul>
    <p class="address">새벽일보 | 한빛시 중앙로 45 | 등록번호 한빛 아 00123 | 발행인 겸 편집인 최영호</p>
    <p class="copyright">Copyright ⓒ 새벽일보. All rights reserved.</p>
  </footer>
</div>
</body>
</html>
"""


def _article(page: Page, ctx: Context) -> str:
    head = f"""<meta name="description" content="{esc(page.description)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="새벽일보">
<meta property="og:title" content="{esc(page.headline)}">
<meta property="og:description" content="{esc(page.description)}">
<meta property="article:published_time" content="{iso(page.published)}">
<link rel="canonical" href="{page.url}">"""
    figure = f"""        <figure class="photo-layout">
          <img src="/static/photo.svg" alt="">
          <figcaption>{esc(page.caption)}</figcaption>
        </figure>
        <p class="photo-desc">▲ {esc(page.caption)} ⓒ새벽일보</p>""" if page.caption else ""
    credit = f'\n      <p class="article-credit">{esc(page.credit)} 제공</p>' if page.credit else ""
    reporters = " ".join(f"{esc(a)} 기자" for a in page.authors)
    popular = "\n".join(f'          <li><a href="{p.path}">{esc(p.headline)}</a></li>' for p in ctx.others(page, 5))
    main = f"""  <div id="article-wrap">
    <section class="article-view">
      <header class="article-view-header">
        <p class="section-name"><a href="{PREFIX}news/section/{page.section}.html">{SECTIONS[page.section]}</a></p>
        <h1 class="heading">{esc(page.headline)}</h1>
        <ul class="infomation">
          <li><i class="icon-user"></i> {reporters}</li>
          <li><i class="icon-clock"></i> 입력 {_stamp(page.published)}</li>
        </ul>
        <div class="share-btns"><a href="{PREFIX}">페이스북 공유</a> <a href="{PREFIX}">X 공유</a> <a href="#">링크 복사</a> <a href="#">인쇄</a></div>
      </header>
      <div id="article-view-content-div" itemprop="articleBody">
{figure}
{chr(10).join(f"        <p>{esc(p)}</p>" for p in page.paragraphs)}
      </div>{credit}
      <p class="writer">{reporters}</p>
      <p class="article-copy">저작권자 ⓒ 새벽일보 무단전재 및 재배포 금지</p>
      <div class="newsletter-box"><strong>새벽일보 뉴스레터</strong> 매일 아침 한빛시 소식을 메일로 받아보세요. <a href="{PREFIX}">구독하기</a></div>
      <div class="comment-box"><h3>댓글</h3><p>로그인 후 댓글을 남길 수 있습니다.</p></div>
    </section>
    <aside class="aside-bar">
      <div class="most-read">
        <h2>많이 본 뉴스</h2>
        <ol>
{popular}
        </ol>
      </div>
    </aside>
  </div>"""
    return _chrome(f"{page.headline} - 새벽일보", head, main, ctx)


def _list(title: str, pages: list[Page], ctx: Context) -> str:
    items = "\n".join(f"""      <li><h2 class="titles"><a href="{p.path}">{esc(p.headline)}</a></h2>
        <p class="lead">{esc(p.description)}</p><em class="info">{_stamp(p.published)}</em></li>""" for p in pages)
    main = f"""  <div id="list-wrap">
    <h1 class="list-title">{esc(title)}</h1>
    <ul class="article-list">
{items}
    </ul>
  </div>"""
    return _chrome(f"{title} - 새벽일보", "", main, ctx)


def render(ctx: Context) -> Rendered:
    out = Rendered()
    enc = ctx.outlet.encoding  # euc-kr, feed included
    for page in ctx.pages:
        out.add(page.path, _article(page, ctx), enc)
    out.add(PREFIX, _list("전체기사", ctx.pages, ctx), enc)
    for key, title in SECTIONS.items():
        out.add(f"{PREFIX}news/section/{key}.html", _list(title, [p for p in ctx.pages if p.section == key], ctx), enc)
    entries = [listings.Entry(p.url, p.headline, p.published, None, p.description, p.authors, SECTIONS[p.section])
               for p in ctx.pages]
    out.add(f"{PREFIX}rss/allArticle.xml",
            listings.rss("새벽일보 전체기사", BASE + PREFIX, "새벽일보 최신 기사", "ko", entries, "EUC-KR"), enc)
    return out
