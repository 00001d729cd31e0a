"""The meta-refresh shortcut: pages that cannot refresh skip Scrapy's scan, pages that can are still followed."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.response import get_meta_refresh
from scrapy.utils.test import get_crawler

from crawler.middlewares import QuickMetaRefreshMiddleware
from crawler.responses import may_have_meta_refresh

URL = "http://news.example/a.html"
FILLER = "<p>Harbour officials said the ferry timetable would change in spring.</p>\n"


def page(head: str, body: str = FILLER * 20) -> str:
    return f"<!DOCTYPE html><html><head><title>t</title>{head}</head><body>{body}</body></html>"


PAGES = {
    "plain": (page(""), "utf-8"),
    "lower case": (page('<meta http-equiv="refresh" content="0; url=/b.html">'), "utf-8"),
    "upper case": (page('<META HTTP-EQUIV="REFRESH" CONTENT="0; URL=/b.html">'), "utf-8"),
    "mixed case, no quotes": (page("<meta http-equiv=Refresh content='1;url=/b.html'>"), "utf-8"),
    "after many multibyte characters": (page("", "인천항 " * 900 + '<meta http-equiv="refresh" content="0; url=/b.html">'), "utf-8"),
    "utf-16": (page('<meta http-equiv="refresh" content="0; url=/b.html">'), "utf-16"),
    "only in a script": (page("<script>var refresh = 1;</script>"), "utf-8"),
    "far below the head": (page("", FILLER * 400 + '<meta http-equiv="refresh" content="0; url=/b.html">'), "utf-8"),
}


def response(text: str, encoding: str) -> HtmlResponse:
    return HtmlResponse(URL, body=text.encode(encoding), headers={"Content-Type": f"text/html; charset={encoding}"})


REFRESHING = {"lower case", "upper case", "mixed case, no quotes", "after many multibyte characters", "utf-16"}


@pytest.mark.parametrize("name", sorted(REFRESHING))
def test_every_page_scrapy_would_refresh_is_still_looked_at(name: str) -> None:
    page_response = response(*PAGES[name])
    assert get_meta_refresh(page_response)[1] == "http://news.example/b.html"
    assert may_have_meta_refresh(page_response.body), f"{name}: a refreshing page was skipped"


def test_ordinary_pages_are_skipped() -> None:
    assert not may_have_meta_refresh(response(*PAGES["plain"]).body)
    assert not may_have_meta_refresh(response(*PAGES["far below the head"]).body)


def test_the_middleware_follows_a_refresh_and_passes_other_pages_through() -> None:
    middleware = QuickMetaRefreshMiddleware.from_crawler(get_crawler())
    request = Request(URL)
    plain = response(*PAGES["plain"])
    assert middleware.process_response(request, plain) is plain
    followed = middleware.process_response(request, response(*PAGES["upper case"]))
    assert isinstance(followed, Request) and followed.url == "http://news.example/b.html"
