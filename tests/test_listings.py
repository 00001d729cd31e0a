"""parse_listing on handwritten feeds and sitemaps, including hostile ones."""

from __future__ import annotations

import gzip
import io
import time
import tracemalloc
import zlib
from pathlib import Path

import pytest

from crawler.listings import Listing, ListingEntry, ListingError, parse_listing

FIXTURES = Path(__file__).parent / "fixtures" / "listings"
FEED_URL = "https://feeds.example.com/dir/listing.xml"


def load(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def parse(name: str, **kwargs: object) -> Listing:
    return parse_listing(load(name), FEED_URL, **kwargs)  # type: ignore[arg-type]


def test_rss2() -> None:
    listing = parse("rss2.xml")
    assert listing.kind == "rss"
    assert listing.entries == [
        ListingEntry(
            url="https://ledger.example.com/world/2026/11/12/port-strike-ends.html",  # stripped
            title="Port workers vote to end three-day strike",
            published_at="2026-11-11T23:30:00Z",
            language="en",
        ),
        ListingEntry(
            # relative link resolved against the listing URL; HTML title reduced to text
            url="https://feeds.example.com/world/2026/11/12/rail-link.html",
            title='Rail link approved after "long" review',
            published_at="2026-11-12T01:15:00Z",  # dc:date
            language="en",
        ),
        ListingEntry(
            url="https://ledger.example.com/world/guid-only.html",  # guid isPermaLink="true"
            title="Guid-only item",
            published_at="2026-11-11T23:00:00Z",
            language="en",
        ),
        # the item with only an opaque guid is skipped
        ListingEntry(
            url="https://ledger.example.com/world/named-zone.html",
            title="Named zone",
            published_at="2026-11-12T00:00:00Z",  # EST
            language="en",
        ),
    ]


def test_atom() -> None:
    listing = parse("atom.xml")
    assert listing.kind == "atom"
    first, second, third = listing.entries
    # rel="alternate" wins over rel="self"; href resolved against the feed's xml:base
    assert first == ListingEntry(
        url="https://daily.example.kr/news/economy/1001.html",
        title="Fishing fleet returns early",
        published_at="2026-11-11T22:00:00Z",
        modified_at="2026-11-11T23:45:00Z",
        language="ko",
    )
    # rel-less link under the entry's own xml:base; no <published>, so updated is used
    assert second == ListingEntry(
        url="https://daily.example.kr/sports/1002.html",
        title="Local club wins cup",
        published_at="2026-11-11T22:10:00Z",
        modified_at="2026-11-11T22:10:00Z",
        language="en",
    )
    # an enclosure is not the article; the http(s) <id> is
    assert third.url == "https://daily.example.kr/news/1003.html"


def test_atom_0_3() -> None:
    listing = parse("atom03.xml")
    assert listing.kind == "atom"
    assert listing.entries == [
        ListingEntry(
            url="https://legacy.example.com/1",
            title="Legacy entry",
            published_at="2026-11-01T10:00:00Z",
            modified_at="2026-11-01T12:00:00Z",
        )
    ]


def test_rdf() -> None:
    listing = parse("rdf.xml")
    assert listing.kind == "rdf"
    assert listing.entries == [
        ListingEntry(
            url="https://gazette.example.org/a/1",
            title="Typhoon season ends quietly",
            published_at="2026-11-10T03:00:00Z",
            language="ja",
        ),
        ListingEntry(  # no <link>: rdf:about
            url="https://gazette.example.org/a/2",
            title="Museum reopens",
            published_at="2026-11-09T00:00:00Z",
            language="ja",
        ),
    ]


def test_sitemap() -> None:
    listing = parse("sitemap.xml")
    assert listing.kind == "urlset"
    # image:loc is not mistaken for a page; <url> without <loc> and mailto: are skipped
    assert listing.entries == [
        ListingEntry(
            url="https://ledger.example.com/world/2026/11/12/port-strike-ends.html",
            modified_at="2026-11-12T00:10:00Z",
        ),
        ListingEntry(
            url="https://feeds.example.com/world/2026/11/11/relative.html",
            modified_at="2026-11-11T00:00:00Z",
        ),
    ]


def test_sitemap_without_namespace() -> None:
    listing = parse("sitemap_nons.xml")
    assert [e.url for e in listing.entries] == ["https://plain.example.net/a.html", "https://plain.example.net/b.html"]
    assert listing.entries[0].modified_at == "2026-11-01T00:00:00Z"


def test_sitemap_index() -> None:
    listing = parse("sitemapindex.xml")
    assert listing.kind == "sitemapindex"
    assert listing.entries == [
        ListingEntry(url="https://ledger.example.com/sitemaps/news.xml", modified_at="2026-11-12T09:00:00Z"),
        ListingEntry(url="https://feeds.example.com/dir/sitemaps/2026-11.xml.gz"),
    ]


def test_news_sitemap_keeps_news_fields() -> None:
    listing = parse("news_sitemap.xml")
    assert listing.kind == "urlset"
    assert listing.entries == [
        ListingEntry(
            url="https://daily.example.kr/news/2026/11/12/0001.html",
            title="Seaside town opens solar ferry terminal",
            published_at="2026-11-12T00:30:00Z",
            modified_at="2026-11-12T01:00:00Z",
            publication="Invented Daily",
            language="en",
        ),
        ListingEntry(
            url="https://daily.example.kr/news/2026/11/12/0002.html",
            title="Bakers & brewers share award",
            published_at="2026-11-12T00:00:00Z",
            publication="Invented Daily",
            language="zh",
        ),
    ]


def test_gzipped_sitemap() -> None:
    plain = parse("news_sitemap.xml")
    zipped = parse_listing(gzip.compress(load("news_sitemap.xml")), "https://feeds.example.com/news.xml.gz")
    assert zipped == plain


def test_max_entries_keeps_first_in_document_order() -> None:
    assert [e.title for e in parse("rss2.xml", max_entries=2).entries] == [
        "Port workers vote to end three-day strike",
        'Rail link approved after "long" review',
    ]
    assert parse("rss2.xml", max_entries=0).entries == []
    with pytest.raises(ValueError):
        parse("rss2.xml", max_entries=-1)


def test_malformed_xml_recovers_what_it_can() -> None:
    listing = parse("malformed.xml")
    assert listing.kind == "rss"
    # the cut-off last item (its URL is cut too) is dropped, the rest survive
    assert [e.url for e in listing.entries] == ["https://broken.example.com/1", "https://broken.example.com/2"]


def test_truncated_sitemap_drops_cut_entry() -> None:
    listing = parse("truncated_sitemap.xml")
    assert [e.url for e in listing.entries] == [
        "https://cut.example.com/news/one.html",
        "https://cut.example.com/news/two.html",
    ]


def test_html_page_is_not_a_listing() -> None:
    with pytest.raises(ListingError) as caught:
        parse_listing(load("not_a_feed.html"), "http://ledger.example.com/feed")
    assert str(caught.value) == "http://ledger.example.com/feed: not a feed or sitemap (root element <html>)"


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b"", "empty body"),
        (b"   \n", "empty body"),
        (b"just some text", "not a feed or sitemap"),
        (b'{"items": []}', "not a feed or sitemap"),
        (b"<feed><entry/></feed>", "root element <feed>"),  # not in the Atom namespace
        (b"\x1f\x8bnot really gzip", "corrupt gzip"),
    ],
)
def test_errors_are_one_line_and_name_the_url(body: bytes, fragment: str) -> None:
    with pytest.raises(ListingError) as caught:
        parse_listing(body, "https://bad.example.com/x.xml")
    message = str(caught.value)
    assert message.startswith("https://bad.example.com/x.xml: ")
    assert fragment in message
    assert "\n" not in message


def test_billion_laughs_is_rejected_fast_without_expansion() -> None:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(ListingError) as caught:
            parse("billion_laughs.xml")
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "parser limits" in str(caught.value)
    assert elapsed < 1.0
    assert peak < 5_000_000  # fully expanded, &lol9; is 3 GB


def test_external_entities_are_not_resolved() -> None:
    listing = parse("xxe.xml")
    # the entity references are dropped, never replaced by file or network content
    assert [e.url for e in listing.entries] == ["https://safe.example.com/a", "https://safe.example.com/b"]


def _gzip_of_zeros(size: int) -> bytes:
    """Stream-compress ``size`` zero bytes without holding them in memory."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)  # wbits 31: gzip container
    chunk = b"\0" * 1_000_000
    out = io.BytesIO()
    for _ in range(size // len(chunk)):
        out.write(compressor.compress(chunk))
    out.write(compressor.flush())
    return out.getvalue()


def test_gzip_bomb_is_refused() -> None:
    bomb = _gzip_of_zeros(60_000_000)  # ~60 KB on the wire
    assert len(bomb) < 200_000
    started = time.perf_counter()
    with pytest.raises(ListingError) as caught:
        parse_listing(bomb, "https://bomb.example.com/sitemap.xml.gz", max_unzipped_bytes=5_000_000)
    assert time.perf_counter() - started < 2.0
    assert str(caught.value) == "https://bomb.example.com/sitemap.xml.gz: gzip body inflates beyond 5000000 bytes"


def test_gzip_under_the_cap_is_fine() -> None:
    body = gzip.compress(load("sitemap.xml"))
    assert parse_listing(body, FEED_URL, max_unzipped_bytes=len(load("sitemap.xml"))).kind == "urlset"
    with pytest.raises(ListingError):
        parse_listing(body, FEED_URL, max_unzipped_bytes=len(load("sitemap.xml")) - 1)


def test_rss_quirks() -> None:
    body = b"""<?xml version="1.0"?>
<rss xmlns="http://backend.userland.com/rss2" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0">
  <channel>
    <language>EN_gb</language>
    <item>
      <title>Namespaced RSS with a feedburner redirect</title>
      <link>https://feeds.example.com/~r/ledger/~3/abc/</link>
      <feedburner:origLink>https://ledger.example.com/real/article.html</feedburner:origLink>
    </item>
    <item>
      <title>guid without isPermaLink is trusted when it is a URL</title>
      <guid>https://ledger.example.com/guid-url.html</guid>
    </item>
    <item>
      <title>guid with isPermaLink=false is never a link</title>
      <guid isPermaLink="false">https://ledger.example.com/not-a-permalink</guid>
    </item>
    <item><title>javascript link is not a URL</title><link>javascript:void(0)</link></item>
  </channel>
</rss>"""
    listing = parse_listing(body, FEED_URL)
    assert [(e.url, e.language) for e in listing.entries] == [
        ("https://ledger.example.com/real/article.html", "en"),
        ("https://ledger.example.com/guid-url.html", "en"),
    ]
