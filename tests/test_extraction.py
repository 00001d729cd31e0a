"""extract_article on handwritten pages: goldens, metadata sources, rejections, language, decoding.

Golden files: every ``fixtures/extraction/NAME.html`` with a ``NAME.expected.json``
next to it is extracted from the URL in the JSON and compared field by field.
After an intended behaviour change, regenerate with
``WIREWATCH_REGEN_GOLDEN=1 pytest tests/test_extraction.py`` and review the diff.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.extraction import REJECT_REASONS, ExtractedArticle, Extraction, decode_html, extract_article
from crawler.extraction.body import clean_paragraphs, word_count
from crawler.extraction.language import choose_language, script_language

FIXTURES = Path(__file__).parent / "fixtures" / "extraction"
GOLDENS = sorted(FIXTURES.glob("*.expected.json"))

# Four invented paragraphs (~120 words) for pages built inside a test.
PARAGRAPHS = [
    "The regional transit authority said on Wednesday that it would run overnight buses on four routes "
    "from next month, after a trial showed steady demand from shift workers and students.",
    "Officials said the buses would leave the central terminal every forty minutes between midnight and "
    "five in the morning, and that fares would be the same as during the day.",
    "The trial, which ran for twelve weeks on a single route, carried an average of three hundred "
    "passengers a night, well above the authority's own forecast.",
    "Drivers' representatives said they had agreed to the new schedule after the authority promised "
    "additional rest facilities at the terminal.",
]
BODY = "<article>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>"


def page(head: str = "", body: str = BODY, html_attrs: str = "") -> str:
    return f"<!DOCTYPE html><html {html_attrs}><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def jsonld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def article_of(html: str, url: str = "https://transit.example.com/news/1", **kwargs: int) -> ExtractedArticle:
    result = extract_article(html, url, **kwargs)
    assert result.rejected is None, result.rejected
    assert result.article is not None
    return result.article


# --- goldens -----------------------------------------------------------------


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda p: p.name.removesuffix(".expected.json"))
def test_golden(golden: Path) -> None:
    expected = json.loads(golden.read_text(encoding="utf-8"))
    html = golden.with_name(golden.name.removesuffix(".expected.json") + ".html").read_text(encoding="utf-8")
    result = extract_article(html, expected["url"])
    actual = {
        "url": expected["url"],
        "rejected": result.rejected,
        "article": dataclasses.asdict(result.article) if result.article else None,
    }
    if os.environ.get("WIREWATCH_REGEN_GOLDEN"):
        golden.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert actual == expected


def test_goldens_cover_every_reason_and_some_articles() -> None:
    found = {json.loads(g.read_text(encoding="utf-8"))["rejected"] for g in GOLDENS}
    assert found == {None, *REJECT_REASONS}


def test_korean_daily_keeps_exactly_the_article_paragraphs() -> None:
    """Cookie banner, share widgets, ads, duplicated caption, read-more, comments, sidebar: all gone."""
    html = (FIXTURES / "korean_daily.html").read_text(encoding="utf-8")
    article = article_of(html, "https://www.hanbitdaily.example/news/20261112000123")
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 8
    assert paragraphs[0].startswith("SEOUL, Nov. 12 (Invented Wire) -- Coastal towns")
    assert paragraphs[-1] == (
        "Temperatures are expected to recover to seasonal levels by the middle of next week, "
        "according to the forecast."
    )
    for junk in ("cookie", "Advertisement", "ADVERTISEMENT", "Share", "Copy link", "Read more", "comments",
                 "Log in", "Fishing boats are moored", "Most Popular", "Lawmakers clash", "Copyright"):  # fmt: skip
        assert junk not in article.text


def test_two_outlets_copies_of_one_wire_story_extract_to_the_same_text() -> None:
    korean = article_of((FIXTURES / "korean_daily.html").read_text(encoding="utf-8"))
    reprint = article_of((FIXTURES / "cluttered_reprint.html").read_text(encoding="utf-8"))
    assert korean.text == reprint.text


def test_repeat_extraction_is_identical() -> None:
    """trafilatura's dedup cache is process-global; with it on, the second call would lose text."""
    html = (FIXTURES / "korean_daily.html").read_text(encoding="utf-8")
    assert extract_article(html, "https://a.example/1") == extract_article(html, "https://a.example/1")


# --- metadata sources ----------------------------------------------------------


def test_jsonld_graph_list_types_and_authors() -> None:
    data = [
        {"@context": "https://schema.org", "@type": "WebSite", "name": "Transit Times"},
        {
            "@graph": [
                {"@type": "WebPage", "@id": "https://transit.example.com/news/1"},
                {
                    "@type": ["schema:NewsArticle", "Article"],
                    "headline": "Night buses to run on four routes &amp; more",
                    "author": [{"@type": "Person", "name": "Ana Writer"}, "By Ben Editor", {"name": ["Cy Desk"]}],
                    "datePublished": "2026-11-11T09:00:00+01:00",
                    "publisher": [{"@type": "Organization", "name": "Transit Times"}],
                    "inLanguage": {"@type": "Language", "name": "English", "alternateName": "en"},
                },
            ]
        },
    ]
    article = article_of(page(jsonld(data) + '<meta property="og:title" content="OG title loses">'))
    assert article.title == "Night buses to run on four routes & more"
    assert article.authors == ["Ana Writer", "Ben Editor", "Cy Desk"]
    assert article.published_at == "2026-11-11T08:00:00Z"
    assert article.site_name == "Transit Times"
    assert article.page_type == "NewsArticle"
    assert article.language == "en"


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("By Jane Doe, Staff Writer", ["Jane Doe"]),
        ("Jane Q. Reporter", ["Jane Q. Reporter"]),  # a surname, not a job title
        ("김수진 기자", ["김수진"]),
        ("Kim Min-jun and Lee Soo-ah", ["Kim Min-jun", "Lee Soo-ah"]),
        ("Doe, Jane", ["Doe, Jane"]),
        ("https://transit.example.com/staff/jane", []),
    ],
)
def test_meta_author_cleaning(author: str, expected: list[str]) -> None:
    head = f'<meta name="author" content="{author}"><meta property="og:site_name" content="Transit Times">'
    head += '<meta property="article:published_time" content="2026-11-01T00:00:00Z">'
    assert article_of(page(head)).authors == expected


def test_jsonld_author_object_and_main_entity() -> None:
    data = {
        "@type": "WebPage",
        "mainEntity": {"@type": "BlogPosting", "headline": "Blog headline", "author": {"@type": "Person", "name": "Dee Blogger"}},
    }
    article = article_of(page(jsonld(data)))
    assert (article.title, article.authors, article.page_type) == ("Blog headline", ["Dee Blogger"], "BlogPosting")


def test_broken_jsonld_is_skipped_and_next_layer_used() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
    head += '<meta property="og:title" content="From OpenGraph">'
    assert article_of(page(head)).title == "From OpenGraph"


def test_precedence_jsonld_over_og_over_meta() -> None:
    head = (
        jsonld({"@type": "NewsArticle", "datePublished": "2026-11-01T00:00:00Z"})
        + '<meta property="article:published_time" content="2026-11-02T00:00:00Z">'
        + '<meta name="pubdate" content="2026-11-03T00:00:00Z">'
        + '<meta property="article:modified_time" content="2026-11-04T00:00:00Z">'
        + '<meta name="dcterms.modified" content="2026-11-05T00:00:00Z">'
        + '<meta name="description" content="meta description">'
    )
    article = article_of(page(head))
    assert article.published_at == "2026-11-01T00:00:00Z"
    assert article.modified_at == "2026-11-04T00:00:00Z"
    assert article.description == "meta description"


def test_og_only_page() -> None:
    html = (FIXTURES / "og_only.html").read_text(encoding="utf-8")
    article = article_of(html, "https://ledger.example.com/metro/2026/11/09/library-hours?amp=1")
    assert article.title == "Library system extends weekend hours at branch sites"  # og:title beats <h1>
    assert article.authors == ["Sam Writer"]  # the profile-URL article:author is dropped
    assert article.canonical_url == "https://ledger.example.com/metro/2026/11/09/library-hours"  # og:url resolved
    assert not article.text.startswith("Library hours extended")  # the <h1> is not body text


def test_time_element_date_and_h1_title() -> None:
    body = '<article><h1>Headline from h1</h1><time datetime="2026-11-06T18:00:00-08:00">Nov 6</time>' + BODY[9:]
    article = article_of(page("<title>Other | Transit Times</title>", body))
    assert article.title == "Headline from h1"
    assert article.published_at == "2026-11-07T02:00:00Z"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Night buses return | Transit Times", "Night buses return"),
        ("Transit Times | Night buses return", "Night buses return"),
        ("Night buses return - Transit Times", "Night buses return"),
        ("Night buses return - transit.example.com", "Night buses return"),
        ("Buses - and trams - return", "Buses - and trams - return"),  # dashes inside a headline stay
    ],
)
def test_title_tag_fallback_strips_site_name(title: str, expected: str) -> None:
    head = f"<title>{title}</title><meta property='og:site_name' content='Transit Times'>"
    assert article_of(page(head)).title == expected


def test_cross_site_canonical_is_returned_as_is() -> None:
    html = (FIXTURES / "cross_canonical.html").read_text(encoding="utf-8")
    article = article_of(html, "https://metro-star.example.net/world/wind-farm-approved")
    assert article.canonical_url == "https://wire.example.org/stories/2026/11/07/wind-farm-approved?ref=syndication"


def test_relative_canonical_uses_base_href() -> None:
    head = '<base href="https://cdn.transit.example.com/site/"><link rel="canonical" href="news/1">'
    assert article_of(page(head)).canonical_url == "https://cdn.transit.example.com/site/news/1"


# --- rejections ----------------------------------------------------------------


def test_long_article_with_cookie_banner_is_an_article() -> None:
    banner = (
        "<div class='cookie'><p>We value your privacy. We and our partners use cookies for personalised ads.</p>"
        "<button>Accept all</button><button>Manage preferences</button></div>"
    )
    assert article_of(page(body=banner + BODY)).word_count >= 80


def test_paywall_stub_with_cookie_banner_is_too_short_not_consent_wall() -> None:
    result = extract_article((FIXTURES / "paywall_stub.html").read_text(encoding="utf-8"), "https://l.example/p")
    assert result == Extraction(article=None, rejected="too_short")


def test_min_words_is_respected() -> None:
    html = page()
    assert extract_article(html, "https://t.example/1", min_words=10).article is not None
    assert extract_article(html, "https://t.example/1", min_words=500).rejected == "too_short"


def test_declared_website_with_short_body_is_not_article() -> None:
    head = '<meta property="og:type" content="website">'
    body = "<main><p>Welcome to the transit news hub. Pick a section below.</p></main>"
    assert extract_article(page(head, body), "https://t.example/").rejected == "not_article"


def test_website_og_type_on_real_prose_is_still_an_article() -> None:
    """Many CMSs put og:type=website on every page; a long prose body wins."""
    assert article_of(page('<meta property="og:type" content="website">')).page_type == "website"


HEADLINES = [f"Invented headline number {n} about the city budget" for n in range(30)]


def test_article_under_a_mega_menu_is_an_article() -> None:
    """Undeclared page, 30 headline links in the nav, more link words than prose: still an article."""
    menu = "<nav><ul>" + "".join(f"<li><a href='/s/{i}'>{h}</a></li>" for i, h in enumerate(HEADLINES)) + "</ul></nav>"
    assert article_of(page(body=menu + BODY)).word_count >= 80


def test_small_section_front_with_teaser_cards_is_not_article() -> None:
    """Four cards, each a linked headline over a teaser paragraph: the teasers alone pass min_words."""
    cards = "".join(
        f"<div class='card'><h2><a href='/w/{i}'>{HEADLINES[i]}</a></h2><p>{text}</p><span>Nov. {i + 1}</span></div>"
        for i, text in enumerate(PARAGRAPHS)
    )
    html = page('<meta property="og:type" content="website">', f"<main><h1>World</h1><section>{cards}</section></main>")
    assert extract_article(html, "https://t.example/world/").rejected == "not_article"
    # the same cards without the declaration are still a section front
    assert extract_article(page(body=f"<main><section>{cards}</section></main>"), "https://t.example/w/").rejected == "not_article"


def test_article_with_inline_links_and_related_box_is_an_article() -> None:
    """Long links inside prose and a related-stories box inside the body make no teaser cards."""
    linked = [p.replace("said", "<a href='/x'>said in a statement on its website</a>", 1) for p in PARAGRAPHS]
    related = "<div class='related'><h4>Related</h4><ul>" + "".join(
        f"<li><a href='/r/{i}'>{h}</a></li>" for i, h in enumerate(HEADLINES[:3])
    ) + "</ul></div>"
    body = f"<article><div class='body'><p>{linked[0]}</p><p>{linked[1]}</p>{related}<p>{linked[2]}</p><p>{linked[3]}</p></div></article>"
    assert article_of(page(body=body)).word_count >= 80


def test_undeclared_headline_list_is_not_article() -> None:
    body = "<main><h1>City</h1><ul>" + "".join(f"<li><a href='/s/{i}'>{h}</a></li>" for i, h in enumerate(HEADLINES)) + "</ul></main>"
    assert extract_article(page(body=body), "https://t.example/city/").rejected == "not_article"


@pytest.mark.parametrize("html", ["", "   ", "<html></html>", "<html><body></body></html>", "\x00\x00"])
def test_empty_inputs(html: str) -> None:
    assert extract_article(html, "https://t.example/").rejected == "empty_body"


def test_xml_declaration_and_bytes_input() -> None:
    html = '<?xml version="1.0" encoding="utf-8"?>' + page()
    assert article_of(html).text.startswith("The regional transit authority")
    assert article_of(html.encode("utf-8")).word_count == article_of(html).word_count  # type: ignore[arg-type]


def test_every_fixture_gives_exactly_one_of_article_or_reason() -> None:
    for path in FIXTURES.glob("*.html"):
        result = extract_article(path.read_text(encoding="utf-8"), "https://t.example/x")
        assert (result.article is None) != (result.rejected is None), path.name
        assert result.rejected is None or result.rejected in REJECT_REASONS


# --- body cleaning and word counts ------------------------------------------------


def test_clean_paragraphs_rules() -> None:
    lines = [
        "Night buses to run",  # headline repeated on top
        "Passengers welcomed the plan, officials said.",
        "Advertisement",
        "ADVERTISEMENT - Scroll to continue",
        "Read more: Tram works finish early",
        "Related: Ferry fares frozen",
        "Share on Facebook",
        "Copy link",
        "Log in to join the conversation",
        "0 comments",
        "Photo: Invented Photo Desk",
        "[INVENTED WIRE]",
        "A bus waits at the terminal.",  # caption
        "Passengers welcomed the plan, officials said.",  # repeated paragraph
        "Copyright 2026 Invented Wire. All rights reserved. This material may not be published.",
        "<저작권자 ⓒ 한빛일보, 무단 전재 및 재배포 금지>",
        "Related routes will be reviewed next year.",  # starts like a rule, but is prose
        "Drivers said they would share the extra shifts.",
        "",
    ]
    kept = clean_paragraphs(lines, captions={"a bus waits at the terminal."}, headlines={"night buses to run"})
    assert kept == [
        "Passengers welcomed the plan, officials said.",
        "Related routes will be reviewed next year.",
        "Drivers said they would share the extra shifts.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Night buses will run on four routes.", 7),
        ("강원도 동해안의 한 작은 어촌 마을에서 축제가 열렸다.", 8),  # Korean is spaced: whitespace words
        ("東京で新しい図書館が開館した。", 7),  # 14 Han/kana characters / 2
        ("新图书馆今天开放。", 4),  # 8 Han characters / 2
        ("東京 2026年 Tokyo", 4),  # 東京 1 + 2026年 (0.5 + 1 for the digits) + Tokyo 1 = 3.5, rounded up
        ("", 0),
    ],
)
def test_word_count(text: str, expected: int) -> None:
    assert word_count(text) == expected


# --- language ---------------------------------------------------------------------


def test_script_language() -> None:
    assert script_language("강원도 동해안의 한 작은 어촌 마을에서 올해 처음으로 겨울 축제가 열렸다") == "ko"
    assert script_language("東京で新しい図書館が開館した。市民の期待が高まっている。") == "ja"
    assert script_language("新图书馆今天开放，市民可以免费借阅图书和杂志。") == "zh"
    assert script_language(" ".join(PARAGRAPHS)) is None


def test_choose_language_distrusts_template_declarations() -> None:
    english = " ".join(PARAGRAPHS)
    hangul = "강원도 동해안의 한 작은 어촌 마을에서 올해 처음으로 겨울 오징어 축제가 열렸다."
    assert choose_language(["ko"], english, None) is None  # Korean template on an English page
    assert choose_language(["ko", "en"], english, None) == "en"
    assert choose_language(["en"], hangul, None) == "ko"
    assert choose_language([], hangul, None) == "ko"
    assert choose_language(["ja"], "東京都庁舎新図書館開館式典開催", None) == "ja"  # Han only, declared Japanese
    assert choose_language([], english, "fr") == "fr"
    assert choose_language(["fr"], english, None) == "fr"


def test_page_language_from_html_lang_and_content_language() -> None:
    assert article_of(page(html_attrs='lang="en-GB"')).language == "en"
    head = '<meta http-equiv="Content-Language" content="en-US, ko">'
    assert article_of(page(head, html_attrs='lang="ko"')).language == "en"
    assert article_of(page(html_attrs='lang="ko"')).language is None  # wrong template default, nothing better


# --- decoding -----------------------------------------------------------------------

KOREAN = "강원도 동해안의 한 작은 어촌 마을에서 올해 처음으로 겨울 오징어 축제가 열렸다. 주최 측은 방문객이 많았다고 밝혔다."


def test_decode_euc_kr_meta_only() -> None:
    html = f'<html><head><meta charset="euc-kr"><title>축제</title></head><body><p>{KOREAN}</p></body></html>'
    assert KOREAN in decode_html(html.encode("euc-kr"), "text/html")


def test_decode_euc_kr_http_equiv_and_no_header() -> None:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=EUC-KR"></head>'
        f"<body><p>{KOREAN}</p></body></html>"
    )
    assert KOREAN in decode_html(html.encode("euc-kr"), None)


def test_decode_euc_kr_undeclared_is_detected() -> None:
    html = f"<html><head><title>축제</title></head><body><p>{KOREAN}</p></body></html>"
    assert KOREAN in decode_html(html.encode("euc-kr"), "text/html")


def test_decode_windows_1252() -> None:
    text = "“Café society” – the naïve résumé"
    body = f"<html><body><p>{text}</p></body></html>".encode("cp1252")
    assert text in decode_html(body, "text/html; charset=windows-1252")
    assert text in decode_html(body, "text/html; charset=ISO-8859-1")  # what servers mean by latin-1
    assert text in decode_html(body, None)  # undeclared: detected


def test_decode_header_beats_meta_and_bom_beats_header() -> None:
    body = f'<meta charset="iso-8859-1"><p>{KOREAN}</p>'.encode("utf-8")
    assert KOREAN in decode_html(body, "text/html; charset=utf-8")
    assert "é" in decode_html("\ufeff<p>é</p>".encode("utf-8"), "text/html; charset=iso-8859-1")


def test_decoded_euc_kr_page_extracts() -> None:
    html = (FIXTURES / "korean_hangul.html").read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="euc-kr"')
    article = article_of(decode_html(html.encode("euc-kr"), "text/html"), "https://hanbit.example.kr/1")
    assert article.language == "ko"
    assert article.text.startswith("강원도 동해안의")


# --- purity --------------------------------------------------------------------------


def test_modules_do_not_import_scrapy() -> None:
    code = (
        "import sys, crawler.dates, crawler.listings, crawler.extraction;"
        "assert 'scrapy' not in sys.modules, 'scrapy imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parent.parent)
