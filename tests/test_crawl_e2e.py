"""End to end: crawl the demo web over loopback HTTP with the real CLI into a real SQLite file."""

from __future__ import annotations

import json
import socket
from pathlib import Path

from conftest import LOOPBACK, CrawledDemo, run_wirewatch
from crawler.quality import token_f1

BOILERPLATE_PHRASES = ("Log in to join", "Share on", "Copy link", "cookies", "Subscribe to our newsletter")


def test_first_crawl_succeeds_and_prints_a_summary(crawled_demo: CrawledDemo) -> None:
    result = crawled_demo.first_run
    assert result.returncode == 0, result.stderr[-3000:]
    for outlet in crawled_demo.truth["outlets"]:
        assert outlet["id"] in result.stdout
    assert "new" in result.stdout and "already" in result.stdout


def test_a_clean_crawl_logs_no_warning(crawled_demo: CrawledDemo) -> None:
    """Cron mails whatever a job prints: a crawl where nothing went wrong must not warn about anything."""
    noisy = [line for line in crawled_demo.first_run.stderr.splitlines() if "WARNING" in line or "ERROR" in line]
    assert noisy == []


def test_every_demo_article_is_stored_once_under_its_outlet(crawled_demo: CrawledDemo) -> None:
    base = crawled_demo.web.base_url
    stored = {url: outlet for url, outlet in crawled_demo.query("SELECT url, outlet_id FROM articles")}
    expected = {base + a["path"]: a["outlet_id"] for a in crawled_demo.truth["articles"]}
    assert stored == expected


def test_titles_dates_and_clean_bodies(crawled_demo: CrawledDemo) -> None:
    base = crawled_demo.web.base_url
    rows = {
        row[0]: row[1:]
        for row in crawled_demo.query("SELECT url, title, published_at, text, language FROM articles")
    }
    for article in crawled_demo.truth["articles"]:
        title, published_at, text, language = rows[base + article["path"]]
        assert title == article["title"], article["path"]
        assert published_at == article["published_at"], article["path"]
        assert language == article["language"], article["path"]
        score = token_f1(article["body"], text)
        assert score.f1 >= 0.9, (article["path"], score)
        for phrase in BOILERPLATE_PHRASES:
            if phrase.casefold() not in article["body"].casefold():
                assert phrase.casefold() not in text.casefold(), (article["path"], phrase)
        paragraphs = [p for p in text.split("\n\n") if len(p) > 40]
        assert len(paragraphs) == len(set(paragraphs)), f"{article['path']}: a paragraph is doubled"


def test_korean_page_served_as_euc_kr_is_stored_as_korean(crawled_demo: CrawledDemo) -> None:
    base = crawled_demo.web.base_url
    korean = [a for a in crawled_demo.truth["articles"] if a["language"] == "ko"]
    assert korean
    for article in korean:
        (text,) = crawled_demo.query("SELECT text FROM articles WHERE url = ?", (base + article["path"],))[0]
        assert any("\uac00" <= ch <= "\ud7a3" for ch in text), "no Hangul in the stored text"
        assert token_f1(article["body"], text).f1 >= 0.9


def test_url_variants_are_stored_once_under_the_canonical_url(crawled_demo: CrawledDemo) -> None:
    base = crawled_demo.web.base_url
    urls = [u for (u,) in crawled_demo.query("SELECT url FROM articles")]
    assert len(urls) == len(set(urls))
    assert not [u for u in urls if "utm_" in u or "#" in u or "ref=" in u]
    for variant in crawled_demo.truth["url_variants"]:
        assert base + variant["canonical_path"] in urls


def test_cross_site_canonical_is_kept_apart_from_the_outlets_url(crawled_demo: CrawledDemo) -> None:
    base = crawled_demo.web.base_url
    cross = [a for a in crawled_demo.truth["articles"] if a["canonical_url"]]
    assert cross
    for article in cross:
        rows = crawled_demo.query("SELECT url, canonical_url FROM articles WHERE url = ?", (base + article["path"],))
        assert rows == [(base + article["path"], article["canonical_url"])]


def test_robots_disallowed_path_is_never_requested(crawled_demo: CrawledDemo) -> None:
    assert any(p == "/robots.txt" for p in crawled_demo.requested_paths)
    for disallowed in crawled_demo.truth["disallowed_paths"]:
        assert not [p for p in crawled_demo.requested_paths if p.startswith(disallowed)]


def test_non_articles_are_not_stored_and_counted_by_reason(crawled_demo: CrawledDemo) -> None:
    base = crawled_demo.web.base_url
    urls = {u for (u,) in crawled_demo.query("SELECT url FROM articles")}
    (stats_json,) = crawled_demo.query("SELECT stats FROM crawls ORDER BY id LIMIT 1")[0]
    stats = json.loads(stats_json)
    for page in crawled_demo.truth["non_articles"]:
        assert base + page["path"] not in urls
        assert stats.get(f"wirewatch/outlet/{page['outlet_id']}/dropped/{page['reason']}", 0) >= 1, page


def test_crawl_row_records_status_and_stats(crawled_demo: CrawledDemo) -> None:
    rows = crawled_demo.query("SELECT status, finished_at, sources_path, stats FROM crawls ORDER BY id")
    status, finished_at, sources_path, stats = rows[0]
    assert status == "ok" and finished_at and sources_path == str(crawled_demo.sources)
    assert json.loads(stats)["wirewatch/crawl_id"] == 1
    assert json.loads(stats)["wirewatch/summary"].startswith("crawl 1 ok: 8 outlets, 62 new")


def test_malformed_sources_file_fails_before_any_request(demo_web, tmp_path: Path) -> None:
    sources = tmp_path / "bad.toml"
    sources.write_text('[[outlets]]\nid = "herald"\nname = "Herald"\nfeeds = ["not a url"]\n', encoding="utf-8")
    demo_web.reset_log()
    result = run_wirewatch("crawl", "--sources", str(sources), "--db", str(tmp_path / "x.db"))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(sources) in lines[0] and "'herald'" in lines[0] and "'feeds'" in lines[0]
    assert demo_web.requested_paths == []
    assert not (tmp_path / "x.db").exists(), "nothing is written for a bad sources file"


def test_unreachable_feed_is_one_clear_error_and_other_outlets_are_crawled(
    crawled_demo: CrawledDemo, tmp_path: Path
) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead_port = sock.getsockname()[1]
    dead_feed = f"http://127.0.0.1:{dead_port}/gone/rss.xml"
    sources = tmp_path / "sources.toml"
    sources.write_text(
        crawled_demo.sources.read_text(encoding="utf-8")
        + f'\n[[outlets]]\nid = "gone-gazette"\nname = "Gone Gazette"\nfeeds = ["{dead_feed}"]\n',
        encoding="utf-8",
    )
    db_path = tmp_path / "news.db"
    result = run_wirewatch("crawl", "--sources", str(sources), "--db", str(db_path), *LOOPBACK, "--set", "RETRY_TIMES=0")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if dead_feed in line]
    assert errors and all("gone-gazette" in line for line in errors), result.stderr
    again = CrawledDemo(crawled_demo.web, sources, db_path, result, [], {})
    assert again.query("SELECT COUNT(*) FROM articles")[0][0] == len(crawled_demo.truth["articles"])
    assert again.query("SELECT status FROM crawls")[0][0] == "failed"


def test_scrapy_crawl_works_from_the_repo_root(crawled_demo: CrawledDemo, tmp_path: Path) -> None:
    import subprocess
    import sys

    db_path = tmp_path / "scrapy.db"
    scrapy = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"sources={crawled_demo.sources}",
              "-s", f"WIREWATCH_DB={db_path}", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0",
              "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "-s", "LOG_LEVEL=WARNING"]
    result = subprocess.run(scrapy, cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    again = CrawledDemo(crawled_demo.web, crawled_demo.sources, db_path, result, [], {})
    assert again.query("SELECT COUNT(*) FROM articles")[0][0] == len(crawled_demo.truth["articles"])


def test_stories_match_the_ground_truth_partition(crawled_demo: CrawledDemo) -> None:
    base = crawled_demo.web.base_url
    story_of = dict(crawled_demo.query("SELECT url, story_id FROM articles"))
    expected: dict[str, set[str]] = {}
    for article in crawled_demo.truth["articles"]:
        expected.setdefault(article["story"], set()).add(base + article["path"])
    got: dict[int, set[str]] = {}
    for url, story_id in story_of.items():
        got.setdefault(story_id, set()).add(url)
    assert sorted(map(sorted, got.values())) == sorted(map(sorted, expected.values()))


def test_every_wire_story_has_its_outlets_and_the_wire_first(crawled_demo: CrawledDemo) -> None:
    base = crawled_demo.web.base_url
    wire_stories = {a["story"] for a in crawled_demo.truth["articles"] if a["is_wire_original"]}
    assert len(wire_stories) >= 8
    for key in wire_stories:
        members = [a for a in crawled_demo.truth["articles"] if a["story"] == key]
        original = next(a for a in members if a["is_wire_original"])
        (story_id,) = crawled_demo.query("SELECT story_id FROM articles WHERE url = ?", (base + original["path"],))[0]
        rows = crawled_demo.query(
            "SELECT outlet_id, is_first FROM story_outlets WHERE story_id = ? ORDER BY is_first DESC", (story_id,)
        )
        assert {outlet for outlet, _ in rows} == {a["outlet_id"] for a in members}, key
        assert rows[0] == (original["outlet_id"], 1), key
        story = crawled_demo.query(
            "SELECT title, first_outlet_id, article_count, outlet_count FROM stories WHERE id = ?", (story_id,)
        )[0]
        assert story == (original["title"], original["outlet_id"], len(members), len({a["outlet_id"] for a in members}))
        originator = crawled_demo.query(
            "SELECT originator, originator_kind, originator_confidence FROM stories WHERE id = ?", (story_id,)
        )[0]
        assert originator == ("Northstar Wire", "wire", "high"), key


def test_local_stories_originate_with_their_outlet(crawled_demo: CrawledDemo) -> None:
    rows = crawled_demo.query(
        "SELECT s.originator, s.originator_kind, a.outlet_id, a.wire FROM stories s"
        " JOIN articles a ON a.id = s.first_article_id WHERE s.article_count = 1"
    )
    assert rows
    for originator, kind, outlet_id, wire in rows:
        assert (originator, kind) == ((wire, "wire") if wire else (outlet_id, "outlet"))
