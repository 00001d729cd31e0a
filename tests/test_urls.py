"""URL canonicalisation: variants of one article collapse into one URL."""

from __future__ import annotations

import pytest

from crawler.urls import canonicalize_url, same_site


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("http://news.example/a/b.html?utm_source=rss&utm_medium=feed", "http://news.example/a/b.html"),
        ("HTTP://NEWS.Example:80/a/b.html#comments", "http://news.example/a/b.html"),
        ("https://news.example:443/a/b.html?fbclid=1&gclid=2&mc_cid=3", "https://news.example/a/b.html"),
        ("https://news.example/a?id=3&utm_campaign=x&page=2", "https://news.example/a?id=3&page=2"),
        ("https://news.example/a?page=2&id=3", "https://news.example/a?id=3&page=2"),
        ("http://127.0.0.1:8000/x/story.html?ref=home", "http://127.0.0.1:8000/x/story.html"),
        ("https://news.example", "https://news.example/"),
    ],
)
def test_variants_collapse(variant: str, canonical: str) -> None:
    assert canonicalize_url(variant) == canonical


def test_non_default_port_and_meaningful_query_kept() -> None:
    assert canonicalize_url("http://news.example:8080/a?story=12") == "http://news.example:8080/a?story=12"


def test_same_site_ignores_www_but_not_other_hosts() -> None:
    assert same_site("https://www.news.example/a", "http://news.example/b")
    assert not same_site("https://wire.example/a", "https://news.example/a")
