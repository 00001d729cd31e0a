"""The throughput benchmark web (benchweb/): reproducible generation, syndicated families that the
grouping can find, pages the extractor reads cleanly, and the loopback server's HTTP contract."""
from __future__ import annotations

import csv
import hashlib
import http.client
import itertools
import json
import random
import re
import tomllib
from collections import Counter
from email.utils import formatdate
from html import escape, unescape
from pathlib import Path

import lxml.etree
import pytest

from benchweb.generate import build_web
from benchweb.layouts import COMMENT_PROMPT, MOST_READ_TITLE, SHARE_LABEL
from benchweb.manifest import Manifest, write_pages_csv, write_sources
from benchweb.outlets import make_outlets
from benchweb.plan import plan_stories
from benchweb.serve import BenchWeb, BenchWebError
from benchweb.stories import Article, write_articles
from crawler.extraction import extract_article
from crawler.sources import load_sources
from dedup import Shingler, compare

ARTICLES, OUTLETS, SEED = 300, 20, 7
NEWS_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
           "news": "http://www.google.com/schemas/sitemap-news/0.9"}


# --- fixtures and helpers ----------------------------------------------------------------

@pytest.fixture(scope="module")
def web_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("benchweb") / "web"
    build_web(out, articles=ARTICLES, outlets=OUTLETS, seed=SEED)
    return out


@pytest.fixture(scope="module")
def manifest(web_dir: Path) -> Manifest:
    return Manifest.load(web_dir)


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    """The same articles in memory (the generator is deterministic), with their bodies."""
    outlets = make_outlets(OUTLETS, SEED)
    by_outlet = write_articles(plan_stories(outlets, ARTICLES, SEED), outlets, SEED)
    return [a for outlet_articles in by_outlet.values() for a in outlet_articles]


@pytest.fixture(scope="module")
def rows(web_dir: Path) -> list[dict[str, str]]:
    with open(web_dir / "pages.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def server(web_dir: Path):
    with BenchWeb(web_dir) as web:
        yield web


def tree_digest(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha1(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def shingles(paragraphs: list[str]):
    return Shingler().shingles(paragraphs, language="en")


def request(web: BenchWeb, index: int, path: str, method: str = "GET", headers: dict[str, str] | None = None,
            connection: http.client.HTTPConnection | None = None) -> tuple[int, dict[str, str], bytes]:
    conn = connection or http.client.HTTPConnection(f"127.0.1.{index}", web.port, timeout=10)
    try:
        conn.request(method, path, headers=headers or {})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        if connection is None:
            conn.close()


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


# --- generation ----------------------------------------------------------------------------

def test_generation_is_deterministic_and_cached(web_dir: Path, tmp_path: Path) -> None:
    again = build_web(tmp_path / "again", articles=ARTICLES, outlets=OUTLETS, seed=SEED)
    assert tree_digest(web_dir) == tree_digest(tmp_path / "again")
    manifest_file = tmp_path / "again" / "manifest.json"
    stamp = manifest_file.stat().st_mtime_ns
    assert build_web(tmp_path / "again", articles=ARTICLES, outlets=OUTLETS, seed=SEED) == again
    assert manifest_file.stat().st_mtime_ns == stamp, "same parameters must not regenerate"
    other = build_web(tmp_path / "again", articles=40, outlets=OUTLETS, seed=SEED + 1)
    assert other.params == {"articles": 40, "outlets": OUTLETS, "seed": SEED + 1}
    assert manifest_file.stat().st_mtime_ns != stamp
    assert len(list((tmp_path / "again").glob("site/*/news/2026/11/*.html"))) == 40  # the old pages are gone


def test_counts_sizes_and_word_ranges(web_dir: Path, manifest: Manifest, rows, articles) -> None:
    assert manifest.counts["articles"] == ARTICLES == len(rows) == len(articles)
    assert len(manifest.outlets) == OUTLETS
    assert [o.address for o in manifest.outlets] == [f"127.0.1.{i}" for i in range(1, OUTLETS + 1)]
    assert sum(o.wire for o in manifest.outlets) == 3
    family_articles = manifest.counts["originals"] + manifest.counts["copies"]
    assert 0.35 <= family_articles / ARTICLES <= 0.45
    per_outlet = Counter(row["outlet_id"] for row in rows)
    assert max(per_outlet.values()) - min(per_outlet.values()) <= 2
    for row in rows:
        assert 400 <= int(row["words"]) <= 1200
        assert re.fullmatch(r"/news/2026/11/[a-z0-9-]+-\d+\.html", row["url_path"])
        assert row["url"] == f"http://127.0.1.{row['outlet_index']}{row['url_path']}"
        assert (web_dir / row["path"]).is_file()
    sizes = [(web_dir / row["path"]).stat().st_size for row in rows]
    assert 20_000 <= min(sizes) and max(sizes) <= 70_000
    assert 25_000 <= sum(sizes) / len(sizes) <= 60_000
    assert manifest.sizes["article_bytes"] == sum(sizes)


def test_families_are_near_duplicates_and_later_than_the_original(web_dir: Path, articles) -> None:
    truth = json.loads((web_dir / "truth.json").read_text(encoding="utf-8"))
    by_key = {(a.outlet.id, a.path): a for a in articles}
    assert truth["families"]
    variations = Counter()
    for story_id, family in truth["families"].items():
        original = by_key[(family["original"]["outlet"], family["original"]["path"])]
        assert original.role == "original" and original.outlet.wire
        assert 2 <= len(family["copies"]) <= 8
        assert len({c["outlet"] for c in family["copies"]}) == len(family["copies"])
        original_set = shingles(original.paragraphs)
        for entry in family["copies"]:
            copy = by_key[(entry["outlet"], entry["path"])]
            assert copy.story_id == story_id and copy.published > original.published
            assert copy.headline != original.headline
            assert truth["outlets"][entry["outlet"]][entry["path"]] == story_id
            overlap = compare(shingles(copy.paragraphs), original_set)
            assert overlap.jaccard >= 0.5 or overlap.overlap >= 0.7, (story_id, entry, overlap)
            variations.update(entry["variations"])
    # every kind of change occurs somewhere
    assert {"dateline", "reported", "contributed", "truncated", "edited", "dropped", "added"} <= set(variations)


def test_unrelated_articles_share_almost_no_shingles(articles) -> None:
    firsts = {}
    for a in articles:  # one article per story: unrelated to each other by construction
        if a.role != "copy":
            firsts[a.story_id] = a
    sample = random.Random(1).sample(sorted(firsts.values(), key=lambda a: a.story_id), 120)
    sets = [shingles(a.paragraphs) for a in sample]
    worst_same_topic = 0.0
    for (a, sa), (b, sb) in itertools.combinations(zip(sample, sets), 2):
        jaccard = compare(sa, sb).jaccard
        assert jaccard < 0.1, (a.path, b.path, jaccard)
        if a.section == b.section:
            worst_same_topic = max(worst_same_topic, jaccard)
    assert worst_same_topic < 0.1


def test_sources_file_is_accepted_by_the_crawler(web_dir: Path, manifest: Manifest, tmp_path: Path) -> None:
    outlets = load_sources(write_sources(manifest, 8123, tmp_path / "sources.toml"))
    assert [o.id for o in outlets] == [o.id for o in manifest.outlets]
    for outlet, entry in zip(outlets, manifest.outlets):
        assert outlet.feeds == (f"http://{entry.address}:8123/rss.xml",)
        assert outlet.sitemaps == (f"http://{entry.address}:8123/sitemap.xml",)
        assert outlet.domains == (entry.address,) and outlet.language == "en"
        assert outlet.wire == entry.wire
        if outlet.wire:
            assert outlet.wire_aliases and outlet.name in outlet.wire_names().values()
    template = (web_dir / "sources.template.toml").read_text(encoding="utf-8")
    assert tomllib.loads(template.replace("{{PORT}}", "8123")) == tomllib.loads(
        (tmp_path / "sources.toml").read_text(encoding="utf-8"))
    with open(write_pages_csv(web_dir, 8123, tmp_path / "pages.csv"), encoding="utf-8", newline="") as handle:
        written = list(csv.DictReader(handle))
    assert len(written) == ARTICLES
    assert all(row["url"] == f"http://127.0.1.{row['outlet_index']}:8123{row['url_path']}" for row in written)


# --- extraction ----------------------------------------------------------------------------

def test_extractor_reads_body_and_no_furniture(web_dir: Path, articles) -> None:
    """Files read straight from disk, as the offline importer and the CPU benchmark read them."""
    by_layout: dict[int, list[Article]] = {}
    for a in articles:
        by_layout.setdefault(a.outlet.layout, []).append(a)
    rng = random.Random(3)
    family = [a for a in articles if a.story_id == "f00001"]  # an original and all its copies
    sample = family + [a for layout in sorted(by_layout) for a in rng.sample(by_layout[layout], 5)]
    assert {a.role for a in sample} == {"original", "copy", "unique"} and len({a.outlet.layout for a in sample}) == 4
    for article in sample:
        html = (web_dir / article.outlet.site_dir / article.path.lstrip("/")).read_text(encoding="utf-8")
        url = f"http://{article.outlet.address}{article.path}"
        result = extract_article(html, url)
        assert result.article is not None, (article.path, result.rejected)
        text = result.article.text
        expected, got = Counter(tokens(" ".join(article.paragraphs))), Counter(tokens(text))
        recall = sum(min(n, got[w]) for w, n in expected.items()) / sum(expected.values())
        assert recall >= 0.95, (article.outlet.layout, article.path, recall)
        assert result.article.title == article.headline
        assert result.article.canonical_url == url
        for furniture in (SHARE_LABEL, COMMENT_PROMPT, MOST_READ_TITLE, "All rights reserved", "Copy link",
                          "Advertisement", "Read more"):
            assert furniture not in text, (article.path, furniture)
        related = re.findall(r'<li class="[^"]*-related-item"><a href="[^"]+">([^<]+)</a>', html)
        assert 8 <= len(related) <= 12
        for headline in related:
            assert unescape(headline) not in text, (article.path, headline)
        assert html.count(escape(article.caption, quote=True)) >= 2  # the caption is printed twice...
        assert text.count(article.caption) <= 1                       # ... and extracted at most once


# --- server ----------------------------------------------------------------------------------

def test_each_outlet_is_served_on_its_own_address(server: BenchWeb, rows) -> None:
    seen = set()
    for row in rows:
        index = int(row["outlet_index"])
        if index in seen:
            continue
        seen.add(index)
        status, headers, body = request(server, index, row["url_path"])
        assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
        assert f'<meta property="og:url" content="{server.url(index, row["url_path"])}">'.encode() in body
        assert f'<link rel="canonical" href="{row["url_path"]}">'.encode() in body
        assert b"{{BASE}}" not in body
        other = index % OUTLETS + 1
        # the address decides the outlet, whatever the Host header says
        status, _, _ = request(server, other, row["url_path"], headers={"Host": f"127.0.1.{index}:{server.port}"})
        assert status == 404
    assert len(seen) == OUTLETS


def test_validators_304_head_404_and_keep_alive(server: BenchWeb, rows) -> None:
    row = rows[0]
    index, path = int(row["outlet_index"]), row["url_path"]
    conn = http.client.HTTPConnection(f"127.0.1.{index}", server.port, timeout=10)
    try:
        status, headers, body = request(server, index, path, connection=conn)
        etag, last_modified = headers["etag"], headers["last-modified"]
        assert status == 200 and int(headers["content-length"]) == len(body)
        assert request(server, index, path, headers={"If-None-Match": etag}, connection=conn)[0] == 304
        assert request(server, index, path, headers={"If-None-Match": f'"x", {etag}'}, connection=conn)[0] == 304
        assert request(server, index, path, headers={"If-Modified-Since": last_modified}, connection=conn)[0] == 304
        assert request(server, index, path, headers={"If-None-Match": '"stale"'}, connection=conn)[0] == 200
        assert request(server, index, path, headers={"If-Modified-Since": formatdate(0, usegmt=True)},
                       connection=conn)[0] == 200
        status, head_headers, head_body = request(server, index, path, method="HEAD", connection=conn)
        assert status == 200 and head_body == b"" and head_headers["content-length"] == str(len(body))
        status, _, _ = request(server, index, "/news/2026/11/no-such-story-1.html", connection=conn)
        assert status == 404
        assert request(server, index, path, connection=conn)[0] == 200  # still the same connection
    finally:
        conn.close()


def test_listings(server: BenchWeb, manifest: Manifest) -> None:
    index = 3
    outlet = manifest.outlet(index)
    status, headers, robots = request(server, index, "/robots.txt")
    assert status == 200 and headers["content-type"].startswith("text/plain")
    assert f"Sitemap: {server.url(index, '/sitemap.xml')}" in robots.decode()
    status, _, body = request(server, index, "/sitemap.xml")
    children = lxml.etree.fromstring(body).findall("sm:sitemap/sm:loc", NEWS_NS)
    assert status == 200 and children
    listed = []
    for loc in children:
        assert loc.text.startswith(server.url(index, "/sitemaps/"))
        status, _, child = request(server, index, loc.text.split(str(server.port), 1)[1])
        urls = lxml.etree.fromstring(child).findall("sm:url", NEWS_NS)
        assert status == 200 and 0 < len(urls) <= 500
        for url in urls:
            assert url.findtext("sm:lastmod", namespaces=NEWS_NS)
            assert url.findtext("news:news/news:publication/news:name", namespaces=NEWS_NS) == outlet.name
            assert url.findtext("news:news/news:publication/news:language", namespaces=NEWS_NS) == "en"
            assert url.findtext("news:news/news:publication_date", namespaces=NEWS_NS)
            assert url.findtext("news:news/news:title", namespaces=NEWS_NS)
            listed.append(url.findtext("sm:loc", namespaces=NEWS_NS))
    assert len(listed) == outlet.articles
    status, headers, feed = request(server, index, "/rss.xml")
    items = lxml.etree.fromstring(feed).findall("channel/item")
    assert status == 200 and len(items) == min(50, outlet.articles)
    assert items[0].findtext("link") == listed[-1]  # newest first; sitemaps oldest first
    status, _, front = request(server, index, "/")
    assert status == 200 and b"<h1>" in front


def test_stats_and_reset(server: BenchWeb, rows) -> None:
    server.reset_stats()
    request(server, 2, "/robots.txt")
    request(server, 2, "/missing")
    file, url = server.article_pages()[0]
    assert Path(file).is_file() and server.truth_by_url()[url] == rows[0]["story_id"]
    index = int(rows[0]["outlet_index"])
    etag = request(server, index, rows[0]["url_path"])[1]["etag"]
    request(server, index, rows[0]["url_path"], headers={"If-None-Match": etag})
    stats = server.stats()
    assert stats["status"] == {"200": 2, "304": 1, "404": 1} and stats["requests"] == 4
    assert stats["article_200"] == 1 and stats["article_304"] == 1 and "article_404" not in stats
    assert stats["by_outlet"]["2"] >= 2 and stats["bytes"] > stats["body_bytes"] > 0
    server.reset_stats()
    assert server.stats()["requests"] == 0


def test_server_reports_a_missing_web_clearly(tmp_path: Path) -> None:
    with pytest.raises(BenchWebError, match="no generated web"):
        BenchWeb(tmp_path).start()
