"""The sources file: valid files load, malformed ones fail with one line naming file, outlet and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.sources import SourcesError, load_sources

VALID = """
[[outlets]]
id = "lakeside-herald"
name = "Lakeside Herald"
feeds = ["http://127.0.0.1:8000/lakeside/rss.xml"]
sitemaps = ["http://127.0.0.1:8000/lakeside/sitemap.xml"]

[[outlets]]
id = "coastline"
name = "Coastline Courier"
start_urls = ["https://www.coastline.example/world/"]
article_pattern = "/news/\\\\d{4}/"
domains = ["coastline.example"]
language = "en"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_file_loads_outlets_in_order(tmp_path: Path) -> None:
    lakeside, coastline = load_sources(write(tmp_path, VALID))
    assert lakeside.id == "lakeside-herald"
    assert lakeside.domains == ("127.0.0.1",)
    assert coastline.allows_host("www.coastline.example")
    assert not coastline.allows_host("evilcoastline.example")
    assert coastline.is_article_link("https://www.coastline.example/news/2026/x.html")
    assert not coastline.is_article_link("https://www.coastline.example/world/")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[[outlets]]\nname = "X"\nfeeds = ["http://a.example/rss"]', "outlet #1: field 'id'"),
        ('[[outlets]]\nid = "Bad Id"\nname = "X"\nfeeds = ["http://a.example/rss"]', "outlet #1: field 'id'"),
        ('[[outlets]]\nid = "x"\nfeeds = ["http://a.example/rss"]', "outlet 'x': field 'name'"),
        ('[[outlets]]\nid = "x"\nname = "X"\nfeeds = ["ftp://a.example/rss"]', "outlet 'x': field 'feeds'"),
        ('[[outlets]]\nid = "x"\nname = "X"\nfeeds = "http://a.example/rss"\nsitemaps = [3]', "field 'sitemaps'"),
        ('[[outlets]]\nid = "x"\nname = "X"', "outlet 'x': field 'feeds': an outlet needs"),
        ('[[outlets]]\nid = "x"\nname = "X"\nstart_urls = ["http://a.example/"]', "field 'article_pattern'"),
        ('[[outlets]]\nid = "x"\nname = "X"\nfeeds = ["http://a.example/"]\narticle_pattern = "(["', "invalid regular"),
        ('[[outlets]]\nid = "x"\nname = "X"\nfeeds = ["http://a.example/"]\nfeed = []', "field 'feed': unknown key"),
        (
            '[[outlets]]\nid = "x"\nname = "X"\nfeeds = ["http://a.example/"]\n'
            '[[outlets]]\nid = "x"\nname = "Y"\nfeeds = ["http://b.example/"]',
            "outlet 'x': field 'id': duplicate",
        ),
        ("outlets = 3", "no [[outlets]]"),
        ("[[outlets]\nid=", "invalid TOML"),
    ],
)
def test_malformed_file_gives_one_line_naming_file_outlet_and_field(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(SourcesError) as info:
        load_sources(path)
    message = str(info.value)
    assert message.startswith(str(path)), message
    assert expected in message
    assert "\n" not in message


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(SourcesError, match="nope.toml: file not found"):
        load_sources(tmp_path / "nope.toml")
