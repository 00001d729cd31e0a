"""The bundled demo web: reproducible build, the server's contract, and an answer key
that agrees with the pages it describes. Everything goes over real HTTP on loopback."""
from __future__ import annotations

import filecmp
import gzip
import re
import threading
import tomllib
import urllib.error
import urllib.request
import urllib.robotparser
from collections import defaultdict
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html
import pytest

from crawler.demo_web import DemoWeb, load_ground_truth, write_sources
from crawler.demo_web.build import build

DEMO_DIR = Path(__file__).resolve().parents[1] / "crawler" / "demo_web"
HANGUL = re.compile(r"[\uac00-\ud7a3]")
VARIATIONS = {"headline", "dateline", "truncated", "edited", "ads", "updated"}


# --- fixtures and helpers ----------------------------------------------------------------

@pytest.fixture(scope="module")
def web():
    with DemoWeb() as demo:
        yield demo


@pytest.fixture(scope="module")
def truth() -> dict:
    return load_ground_truth()


@pytest.fixture(scope="module")
def encodings(truth) -> dict[str, str]:
    return {o["id"]: o["encoding"] for o in truth["outlets"]}


def get(web: DemoWeb, path: str) -> tuple[int, dict[str, str], bytes]:
    """GET base_url + path without following redirects; return status, headers, body."""
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(web.base_url + path, timeout=10) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def page_tree(web: DemoWeb, path: str, encoding: str) -> lxml.html.HtmlElement:
    status, _, body = get(web, path)
    assert status == 200, path
    return lxml.html.document_fromstring(body.decode(encoding))


def norm(text: str) -> str:
    return " ".join(text.split())


def xml_links(data: bytes) -> list[str]:
    """Every URL a feed or sitemap lists (RSS link, Atom link href, sitemap loc)."""
    root = lxml.etree.fromstring(data)
    urls = [el.text for el in root.iter() if isinstance(el.tag, str)
            and el.tag.rsplit("}", 1)[-1] in {"link", "loc"} and el.text and el.text.strip()]
    urls += [el.get("href") for el in root.iter("{http://www.w3.org/2005/Atom}link")
             if el.get("rel", "alternate") == "alternate"]
    return [u.strip() for u in urls]


def sitemap_urls(web: DemoWeb, url: str) -> list[str]:
    """Page URLs of a sitemap, following a sitemap index and gunzipping .gz children."""
    status, _, data = get(web, url.removeprefix(web.base_url))
    assert status == 200, url
    if url.endswith(".gz"):
        data = gzip.decompress(data)
    root = lxml.etree.fromstring(data)
    locs = [el.text.strip() for el in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    if root.tag.endswith("sitemapindex"):
        return [page for child in locs for page in sitemap_urls(web, child)]
    return locs


@pytest.fixture(scope="module")
def sources(web, tmp_path_factory) -> list[dict]:
    path = write_sources(web.base_url, tmp_path_factory.mktemp("src") / "sources.toml")
    return tomllib.loads(path.read_text(encoding="utf-8"))["outlets"]


@pytest.fixture(scope="module")
def discovered(web, sources) -> dict[str, set[str]]:
    """outlet id -> every path+query its listings (or section pages) point to."""
    found: dict[str, set[str]] = defaultdict(set)
    for outlet in sources:
        urls: list[str] = []
        for feed in outlet["feeds"]:
            status, _, data = get(web, feed.removeprefix(web.base_url))
            assert status == 200, feed
            urls += xml_links(data)
        for sitemap in outlet["sitemaps"]:
            urls += sitemap_urls(web, sitemap)
        for start in outlet.get("start_urls", []):
            tree = page_tree(web, start.removeprefix(web.base_url), "utf-8")
            urls += [urljoin(start, href) for href in tree.xpath("//a/@href")
                     if re.search(outlet["article_pattern"], urljoin(start, href))]
        for url in urls:
            assert url.startswith(web.base_url), url
            parts = urlsplit(url)
            found[outlet["id"]].add(parts.path + (f"?{parts.query}" if parts.query else "")
                                    + (f"#{parts.fragment}" if parts.fragment else ""))
    return found


# --- the build ----------------------------------------------------------------------------

def _tree_equal(a: Path, b: Path) -> None:
    cmp = filecmp.dircmp(a, b)
    assert not cmp.left_only and not cmp.right_only, (a, cmp.left_only, cmp.right_only)
    _, mismatch, errors = filecmp.cmpfiles(a, b, cmp.common_files, shallow=False)
    assert not mismatch and not errors, (a, mismatch, errors)
    for sub in cmp.common_dirs:
        _tree_equal(a / sub, b / sub)


def test_build_is_reproducible_and_matches_committed_output(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir()
    second.mkdir()
    build(first)
    build(second)
    for name in ("ground_truth.json", "sources.toml"):
        assert (first / name).read_bytes() == (second / name).read_bytes()
        assert (first / name).read_bytes() == (DEMO_DIR / name).read_bytes(), \
            f"{name} is stale: run python -m crawler.demo_web.build"
    _tree_equal(first / "site", second / "site")
    _tree_equal(first / "site", DEMO_DIR / "site")


def test_site_stays_small():
    total = sum(f.stat().st_size for f in (DEMO_DIR / "site").rglob("*") if f.is_file())
    assert total < 2_000_000


# --- the server ---------------------------------------------------------------------------

def test_serves_files_index_pages_and_404(web, truth):
    article = truth["articles"][0]["path"]
    status, headers, body = get(web, article)
    assert status == 200 and body
    assert int(headers["Content-Length"]) == len(body)
    assert get(web, "/lakeside/")[0] == 200
    assert get(web, "/lakeside/")[2] == get(web, "/lakeside/index.html")[2]
    assert get(web, "/no/such/page.html")[0] == 404
    assert get(web, "/../pyproject.toml")[0] == 404
    status, headers, _ = get(web, "/lakeside")
    assert status == 301 and headers["Location"] == web.base_url + "/lakeside/"


def test_query_string_is_ignored_when_mapping_to_files(web, truth):
    path = truth["articles"][0]["path"]
    clean = get(web, path)[2]
    assert get(web, path + "?utm_source=rss&utm_medium=feed")[2] == clean
    assert get(web, path + "?ref=home")[2] == clean


def test_base_placeholder_is_replaced_everywhere(web):
    for path in ("/northstar/rss.xml", "/northstar/sitemap.xml", "/coastline/sitemap_index.xml",
                 "/prairie/news-sitemap.xml", "/pinecrest/", "/saebyeok/rss/allArticle.xml"):
        body = get(web, path)[2]
        assert b"{{BASE}}" not in body and web.base_url.encode() in body, path


def test_placeholder_is_replaced_inside_gzipped_sitemap(web):
    status, headers, body = get(web, "/coastline/sitemaps/posts-2.xml.gz")
    assert status == 200 and headers["Content-Type"] == "application/x-gzip"
    xml = gzip.decompress(body)
    assert b"{{BASE}}" not in xml and (web.base_url + "/coastline/").encode() in xml


def test_content_types(web, truth):
    ctype = lambda path: get(web, path)[1]["Content-Type"]  # noqa: E731
    assert ctype("/northstar/rss.xml") == "application/xml"
    assert ctype("/robots.txt") == "text/plain"
    assert ctype(truth["articles"][0]["path"]) == "text/html; charset=utf-8"
    by_outlet = {a["outlet_id"]: a["path"] for a in truth["articles"]}
    assert ctype(by_outlet["saebyeok-ilbo"]) == "text/html"
    assert ctype(by_outlet["prairie-dispatch"]) == "text/html; charset=windows-1252"


def test_korean_outlet_is_euc_kr_declared_only_in_meta(web, truth):
    korean = [a for a in truth["articles"] if a["outlet_id"] == "saebyeok-ilbo"]
    assert len(korean) >= 4
    for article in korean:
        _, headers, body = get(web, article["path"])
        assert "charset" not in headers["Content-Type"]
        assert b'<meta charset="euc-kr">' in body
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        text = body.decode("euc-kr")
        assert article["title"] in text and HANGUL.search(text)
    feed = get(web, "/saebyeok/rss/allArticle.xml")[2]
    assert feed.startswith(b'<?xml version="1.0" encoding="EUC-KR"?>')
    assert HANGUL.search(lxml.etree.fromstring(feed).findtext("channel/item/title"))


def test_windows_1252_outlet_is_declared_only_in_the_header(web, truth):
    pages = [a for a in truth["articles"] if a["outlet_id"] == "prairie-dispatch"]
    text = ""
    for article in pages:
        body = get(web, article["path"])[2]
        assert b"charset" not in body.lower()
        text += body.decode("windows-1252")
    for char in "é’“”—":
        assert char in text
    with pytest.raises(UnicodeDecodeError):
        get(web, pages[0]["path"])[2].decode("utf-8")


def test_request_log_records_paths_in_order(web):
    web.reset_log()
    get(web, "/robots.txt")
    get(web, "/lakeside/atom.xml?x=1")
    get(web, "/missing.html")
    assert web.requested_paths == ["/robots.txt", "/lakeside/atom.xml?x=1", "/missing.html"]
    web.reset_log()
    threads = [threading.Thread(target=get, args=(web, f"/northstar/?n={i}")) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(web.requested_paths) == sorted(f"/northstar/?n={i}" for i in range(20))


def test_write_sources_fills_in_base_url(web, sources, truth):
    assert [o["id"] for o in sources] == [o["id"] for o in truth["outlets"]]
    for outlet in sources:
        urls = outlet["feeds"] + outlet["sitemaps"] + outlet.get("start_urls", [])
        assert urls, outlet["id"]
        for url in urls:
            assert url.startswith(web.base_url + "/")
            assert get(web, url.removeprefix(web.base_url))[0] == 200, url
    crawled = [o for o in sources if o.get("start_urls")]
    assert crawled and all(not o["feeds"] and not o["sitemaps"] for o in crawled)


# --- the answer key agrees with the site ---------------------------------------------------

def test_floors(truth):
    articles = truth["articles"]
    stories = defaultdict(list)
    for a in articles:
        stories[a["story"]].append(a)
    wire = [s for s, copies in stories.items() if any(c["is_wire_original"] for c in copies)]
    single = [s for s, copies in stories.items() if len(copies) == 1]
    assert len(truth["outlets"]) >= 7
    assert len(articles) >= 60
    assert len(wire) >= 8
    assert len(single) >= 20
    assert len([a for a in articles if a["language"] == "ko"]) >= 4
    assert any(a["translation_of"] in wire for a in articles if a["language"] == "ko")
    assert len(truth["boilerplate_pairs"]) >= 3 and len(truth["same_topic_pairs"]) >= 2
    assert {n["reason"] for n in truth["non_articles"]} == {"not_article", "too_short", "consent_wall", "empty_body"}
    assert len([a for a in articles if a["canonical_url"]]) >= 2
    assert {v for a in articles for v in a["variations"]} == VARIATIONS


def test_every_wire_story_has_two_to_five_pickups(truth):
    stories = defaultdict(list)
    for a in truth["articles"]:
        stories[a["story"]].append(a)
    for story, copies in stories.items():
        originals = [c for c in copies if c["is_wire_original"]]
        if not originals:
            assert len(copies) == 1, story
            continue
        assert len(originals) == 1 and originals[0]["outlet_id"] == "northstar-wire"
        outlets = [c["outlet_id"] for c in copies if not c["is_wire_original"]]
        assert 2 <= len(outlets) <= 5 and len(set(outlets)) == len(outlets), story
        assert all(c["published_at"] > originals[0]["published_at"] for c in copies if c is not originals[0])


def test_word_counts(truth):
    for a in truth["articles"]:
        words = len(a["body"].split())
        if a["is_wire_original"]:
            assert 350 <= words <= 600, (a["path"], words)
        elif a["story"].startswith("local-") and a["language"] == "en":
            assert 150 <= words <= 400, (a["path"], words)


def test_variations_describe_the_copies(truth):
    originals = {a["story"]: a for a in truth["articles"] if a["is_wire_original"]}
    for a in truth["articles"]:
        if a["is_wire_original"] or a["story"] not in originals:
            assert a["variations"] == []
            continue
        orig = originals[a["story"]]
        paras, orig_paras = a["body"].split("\n\n"), orig["body"].split("\n\n")
        v = set(a["variations"])
        assert v <= VARIATIONS
        assert ("headline" in v) == (a["title"] != orig["title"])
        assert ("dateline" in v) == (paras[0].split("—")[0] != orig_paras[0].split("—")[0])
        assert ("updated" in v) == (a["modified_at"] is not None)
        kept = len(paras) - ("updated" in v)
        if "truncated" in v:
            assert 0.4 <= kept / len(orig_paras) <= 0.6
        else:
            assert kept == len(orig_paras) or "edited" in v
        if not v & {"dateline", "edited", "truncated", "updated"}:
            assert a["body"] == orig["body"]
        if "edited" in v:
            assert a["body"] != orig["body"]


def test_times_are_utc_in_november_2026(truth):
    for a in truth["articles"]:
        for key in ("published_at", "modified_at"):
            if a[key]:
                assert re.fullmatch(r"2026-11-\d\dT\d\d:\d\d:\d\dZ", a[key]), a
        if a["modified_at"]:
            assert a["modified_at"] > a["published_at"]


def test_articles_have_title_h1_and_body_paragraphs_in_one_container(web, truth, encodings):
    for a in truth["articles"]:
        tree = page_tree(web, a["path"], encodings[a["outlet_id"]])
        assert [norm(h.text_content()) for h in tree.xpath("//h1")] == [a["title"]], a["path"]
        assert a["title"] in tree.findtext(".//title")
        paragraphs = {norm(p.text_content()): p for p in tree.xpath("//p")}
        found = [paragraphs.get(para) for para in a["body"].split("\n\n")]
        assert all(p is not None for p in found), a["path"]
        assert len({p.getparent() for p in found}) == 1, a["path"]
        html = lxml.html.tostring(tree, encoding="unicode")
        assert ("Read more:" in html) == ("ads" in a["variations"]), a["path"]


def test_canonical_links(web, truth, encodings):
    for a in truth["articles"]:
        tree = page_tree(web, a["path"], encodings[a["outlet_id"]])
        links = tree.xpath('//link[@rel="canonical"]/@href')
        if a["canonical_url"]:
            assert links == [a["canonical_url"]]
            assert urlsplit(a["canonical_url"]).netloc != urlsplit(web.base_url).netloc
        else:
            assert links in ([], [web.base_url + a["path"]]), a["path"]


def test_url_variants_resolve_to_their_canonical_path(web, truth, encodings, discovered):
    assert truth["url_variants"]
    outlet_of = {a["path"]: a["outlet_id"] for a in truth["articles"]}
    for variant in truth["url_variants"]:
        outlet = outlet_of[variant["canonical_path"]]
        assert variant["listed"] in discovered[outlet], variant
        fetched = variant["listed"].split("#")[0]
        tree = page_tree(web, fetched, encodings[outlet])
        assert tree.xpath('//link[@rel="canonical"]/@href') == [web.base_url + variant["canonical_path"]]
    kinds = " ".join(v["listed"] for v in truth["url_variants"])
    assert "utm_source=" in kinds and "/amp/" in kinds and "ref=home" in kinds and "#comments" in kinds


def test_every_article_and_non_article_is_discoverable(truth, discovered):
    variants = defaultdict(set)
    for v in truth["url_variants"]:
        variants[v["canonical_path"]].add(v["listed"])
    for a in truth["articles"]:
        reachable = {a["path"]} | variants[a["path"]]
        assert reachable & discovered[a["outlet_id"]], a["path"]
    for n in truth["non_articles"]:
        listed = {p.split("?")[0] for p in discovered[n["outlet_id"]]}
        assert n["path"] in listed, n


def test_listing_dates_match_ground_truth(web, truth, sources):
    """Where a listing states a time, it is the article's publication time."""
    published = {a["path"]: a["published_at"] for a in truth["articles"]}
    checked = 0
    for outlet in sources:
        for url in outlet["feeds"] + outlet["sitemaps"]:
            data = get(web, url.removeprefix(web.base_url))[2]
            root = lxml.etree.fromstring(data)
            for item in root.iter("item"):
                path = urlsplit(item.findtext("link")).path.replace("/amp/", "/")
                if path in published:
                    when = parsedate_to_datetime(item.findtext("pubDate")).astimezone(timezone.utc)
                    assert when.strftime("%Y-%m-%dT%H:%M:%SZ") == published[path]
                    checked += 1
            ns = "{http://www.google.com/schemas/sitemap-news/0.9}"
            for news in root.iter(f"{ns}news"):
                loc = news.getparent().findtext("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
                when = datetime.fromisoformat(news.findtext(f"{ns}publication_date")).astimezone(timezone.utc)
                assert when.strftime("%Y-%m-%dT%H:%M:%SZ") == published[urlsplit(loc).path]
                checked += 1
    assert checked >= 30


def test_date_only_in_listing_for_two_outlets(web, truth):
    for outlet in ("prairie-dispatch", "granite-valley-ledger"):
        for a in (a for a in truth["articles"] if a["outlet_id"] == outlet):
            body = get(web, a["path"])[2]
            assert b"ld+json" not in body and b"2026-11" not in body and b"datetime" not in body, a["path"]


def test_non_articles_look_like_their_reason(web, truth):
    for n in truth["non_articles"]:
        status, _, body = get(web, n["path"])
        assert status == 200
        text = body.decode("utf-8")
        tree = lxml.html.document_fromstring(text)
        if n["reason"] == "too_short":
            assert "Subscribe to continue reading" in text
            main = tree.xpath("//article")[0].text_content()
            assert len(main.split()) < 80
        elif n["reason"] == "consent_wall":
            assert "Accept all" in text and not tree.xpath("//article")
        elif n["reason"] == "empty_body":
            assert tree.xpath('//div[@class="post-body"]')[0].text_content().strip() == ""
        else:
            assert len(tree.xpath("//h2/a")) >= 3  # a section front: a list of headlines


def test_disallowed_paths_exist_are_forbidden_and_linked(web, truth):
    assert truth["disallowed_paths"]
    robots = urllib.robotparser.RobotFileParser()
    robots.parse(get(web, "/robots.txt")[2].decode().splitlines())
    for path in truth["disallowed_paths"]:
        assert (DEMO_DIR / "site" / path.lstrip("/") / "index.html").exists()
        assert not robots.can_fetch("wirewatch", web.base_url + path)
        linking = [f for f in (DEMO_DIR / "site").rglob("*.html") if f'href="{path}"' in f.read_text("utf-8", "replace")]
        article_files = {a["path"] for a in truth["articles"]}
        assert any("/" + str(f.relative_to(DEMO_DIR / "site").parent) + "/" in article_files for f in linking)
        assert any(f.name == "index.html" and f.parent.name in {"news", "world", "coastline"} for f in linking)
    assert all(robots.can_fetch("wirewatch", web.base_url + a["path"]) for a in truth["articles"])


def test_internal_links_resolve():
    site = DEMO_DIR / "site"
    for page in site.rglob("*.html"):
        raw = page.read_bytes().decode("utf-8", "replace")
        for ref in re.findall(r'\s(?:href|src)="((?:\{\{BASE\}\})?/[^"]*)"', raw):
            path = urlsplit(ref.replace("{{BASE}}", "")).path
            target = site / path.lstrip("/")
            assert (target / "index.html" if path.endswith("/") else target).exists(), (page, ref)


def test_boilerplate_pairs_share_a_paragraph_and_same_topic_pairs_differ(truth):
    paragraphs = defaultdict(set)
    for a in truth["articles"]:
        paragraphs[a["story"]] |= set(a["body"].split("\n\n"))
    for left, right in truth["boilerplate_pairs"]:
        assert left != right and paragraphs[left] & paragraphs[right], (left, right)
    for left, right in truth["same_topic_pairs"]:
        assert left != right and left in paragraphs and right in paragraphs
        assert not paragraphs[left] & paragraphs[right]
