"""`wirewatch import`: the demo web's pages from a real WARC and from saved HTML, stored as the crawl stores them."""

from __future__ import annotations

import csv
import gzip
import io
import json
import logging
import sqlite3
import subprocess
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import CrawledDemo, run_wirewatch
from crawler.archives import UsageError
from crawler.importer import NO_OUTLET, run_import
from crawler.lock import database_lock

# Columns an import must store exactly as the crawl does, whatever the listings said.
PAGE_COLUMNS = ("url", "outlet_id", "canonical_url", "title", "language", "site_name", "text", "text_hash",
                "word_count", "wire", "wire_evidence")
# ... and these too where the crawl took nothing from a listing (published_source 'page').
PAGE_ONLY_COLUMNS = ("authors", "published_at", "published_source", "description")
INLINE = {"WIREWATCH_WORKERS": 0}


@dataclass(frozen=True)
class Saved:
    """One HTTP exchange with the demo web, as a crawler writing WARCs would have kept it."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes


def fetch(url: str) -> Saved:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return Saved(url, response.status, list(response.headers.items()), response.read())
    except urllib.error.HTTPError as exc:
        return Saved(url, exc.code, list(exc.headers.items()), exc.read())


def write_warc(path: Path, exchanges: list[Saved]) -> Path:
    """A gzipped WARC as crawlers write one: warcinfo, then a request and a response record per URL."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "wirewatch tests"}))
        for saved in exchanges:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "127.0.0.1")], is_http_request=True)
            writer.write_record(writer.create_warc_record(saved.url, "request", http_headers=request))
            status = StatusAndHeaders(f"{saved.status} X", saved.headers, protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(saved.url, "response", payload=io.BytesIO(saved.body), http_headers=status)
            )
    return path


@pytest.fixture(scope="module")
def saved(crawled_demo: CrawledDemo) -> list[Saved]:
    """Every demo article and non-article page, a tracking-parameter variant, and records that are no pages."""
    base, truth = crawled_demo.web.base_url, crawled_demo.truth
    paths = [a["path"] for a in truth["articles"]] + [p["path"] for p in truth["non_articles"]]
    variant = next(v["listed"] for v in truth["url_variants"] if "utm_" in v["listed"])
    paths += [variant, "/robots.txt", "/no/such/page.html"]
    return [fetch(base + path) for path in paths]


@pytest.fixture(scope="module")
def demo_warc(saved: list[Saved], tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_warc(tmp_path_factory.mktemp("warc") / "demo.warc.gz", saved)


@dataclass
class Imported:
    db_path: Path
    run: subprocess.CompletedProcess[str]


@pytest.fixture(scope="module")
def imported(crawled_demo: CrawledDemo, demo_warc: Path, tmp_path_factory: pytest.TempPathFactory) -> Imported:
    """The demo WARC imported with the real CLI and two worker processes."""
    db_path = tmp_path_factory.mktemp("imported") / "news.db"
    run = run_wirewatch("import", str(demo_warc), "--sources", str(crawled_demo.sources), "--db", str(db_path),
                        "--workers", "2")
    return Imported(db_path, run)


def query(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def articles(db: Path, columns: tuple[str, ...]) -> dict[str, tuple]:
    return {row[0]: row for row in query(db, f"SELECT {', '.join(columns)} FROM articles")}


def stories(db: Path) -> set[frozenset[str]]:
    """The story partition as sets of URLs (story ids depend on arrival order; membership must not)."""
    groups: dict[int, set[str]] = {}
    for url, story_id in query(db, "SELECT url, story_id FROM articles"):
        groups.setdefault(story_id, set()).add(url)
    return {frozenset(urls) for urls in groups.values()}


def copy_db(source: Path, target: Path) -> Path:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def write_saved_dir(directory: Path, exchanges: list[Saved], outlets: dict[str, str]) -> list[dict[str, str]]:
    """Saved HTML files and their pages.csv; every other row leaves outlet_id empty (found by host and path)."""
    directory.mkdir(parents=True, exist_ok=True)
    rows = []
    for n, page in enumerate(p for p in exchanges if p.status == 200 and p.url.endswith(("/", ".html"))):
        name = f"{n:03d}.html"
        (directory / "pages" / name).parent.mkdir(exist_ok=True)
        (directory / "pages" / name).write_bytes(page.body)
        rows.append({"path": f"pages/{name}", "url": page.url, "outlet_id": outlets[page.url] if n % 2 else ""})
    return rows


def write_mapping(path: Path, rows: list[dict[str, str]], columns: tuple[str, ...] = ("path", "url", "outlet_id")
                  ) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def outlet_of(crawled_demo: CrawledDemo) -> dict[str, str]:
    base, truth = crawled_demo.web.base_url, crawled_demo.truth
    return {base + page["path"]: page["outlet_id"] for page in truth["articles"] + truth["non_articles"]}


# --- a WARC imports like a crawl --------------------------------------------------------


def test_warc_import_stores_what_the_crawl_stored(imported: Imported, crawled_demo: CrawledDemo) -> None:
    run = imported.run
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stderr == ""
    for outlet in crawled_demo.truth["outlets"]:
        assert outlet["id"] in run.stdout
    assert run.stdout.splitlines()[0].split() == ["outlet", "new", "updated", "already", "dropped", "errors"]
    last = run.stdout.strip().splitlines()[-1]
    assert last.startswith("import 1 ok: 8 outlets, 62 new, 1 already stored, 4 dropped, 0 errors")
    assert last.endswith("articles/s")

    crawl, mine = articles(crawled_demo.db_path, PAGE_COLUMNS), articles(imported.db_path, PAGE_COLUMNS)
    assert mine == crawl
    crawl_page = articles(crawled_demo.db_path, ("url", *PAGE_ONLY_COLUMNS, "published_source"))
    mine_page = articles(imported.db_path, ("url", *PAGE_ONLY_COLUMNS, "published_source"))
    from_page = [url for url, row in crawl_page.items() if row[-1] == "page"]
    assert len(from_page) > 30
    assert {u: mine_page[u] for u in from_page} == {u: crawl_page[u] for u in from_page}
    assert stories(imported.db_path) == stories(crawled_demo.db_path)


def test_import_is_one_crawls_row_with_the_crawls_counters(imported: Imported, crawled_demo: CrawledDemo) -> None:
    (status, sources_path, stats_json, crawl_ids), = query(
        imported.db_path,
        "SELECT c.status, c.sources_path, c.stats, (SELECT COUNT(DISTINCT crawl_id) FROM articles) FROM crawls c"
        " WHERE c.id = 1",
    )
    stats = json.loads(stats_json)
    assert status == "ok" and sources_path.startswith("import: ") and sources_path.endswith("demo.warc.gz")
    assert crawl_ids == 1 and stats["wirewatch/kind"] == "import"
    assert stats["wirewatch/summary"].startswith("import 1 ok: 8 outlets, 62 new")
    for page in crawled_demo.truth["non_articles"]:
        assert stats[f"wirewatch/outlet/{page['outlet_id']}/dropped/{page['reason']}"] == 1, page
    lakeside = "wirewatch/outlet/lakeside-herald/already_stored"
    assert stats[lakeside] == 1, "the ?utm_source variant is the stored article"
    names = {row[0] for row in query(imported.db_path, "SELECT name FROM outlets")}
    assert "Northstar Wire" in names, "outlets come from the sources file"
    # 62 articles, 4 other pages and a URL variant; robots.txt and the 404 are no pages
    assert stats["wirewatch/import/pages"] == 67
    assert stats["wirewatch/import/articles_per_second"] > 0


def test_importing_again_or_over_a_crawl_stores_nothing_new(
    imported: Imported, crawled_demo: CrawledDemo, demo_warc: Path, tmp_path: Path
) -> None:
    again = run_import([demo_warc], imported.db_path, crawled_demo.sources, overrides=INLINE)
    assert again.ok and again.stored == 0
    assert sum(row.already_stored for row in again.outlets) == 63
    assert query(imported.db_path, "SELECT COUNT(*) FROM articles")[0][0] == 62

    crawled = copy_db(crawled_demo.db_path, tmp_path / "crawled.db")
    before = query(crawled, "SELECT id, url, story_id FROM articles ORDER BY id")
    over = run_import([demo_warc], crawled, crawled_demo.sources, overrides=INLINE)
    assert over.ok and over.stored == 0
    assert query(crawled, "SELECT id, url, story_id FROM articles ORDER BY id") == before


def test_inline_and_two_workers_build_identical_stories(imported: Imported, crawled_demo: CrawledDemo,
                                                         demo_warc: Path, tmp_path: Path) -> None:
    inline = run_import([demo_warc], tmp_path / "inline.db", crawled_demo.sources, overrides=INLINE)
    assert inline.ok and inline.stored == 62 and inline.stats["wirewatch/import/workers"] == 0
    columns = "id, url, story_id, match_method, match_article_id, text_hash, wire"
    sql = f"SELECT {columns} FROM articles ORDER BY id"
    assert query(tmp_path / "inline.db", sql) == query(imported.db_path, sql)
    story_sql = "SELECT id, first_article_id, article_count, originator FROM stories ORDER BY id"
    assert query(tmp_path / "inline.db", story_sql) == query(imported.db_path, story_sql)


# --- saved HTML ------------------------------------------------------------------------


def test_saved_html_directory_imports_like_the_warc_and_reports_bad_rows(
    imported: Imported, crawled_demo: CrawledDemo, saved: list[Saved], tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    site = tmp_path / "site"
    rows = write_saved_dir(site, saved, outlet_of(crawled_demo))
    (site / "pages" / "elsewhere.html").write_bytes(saved[0].body)
    rows += [
        {"path": "pages/gone.html", "url": crawled_demo.web.base_url + "/gone.html", "outlet_id": "lakeside-herald"},
        {"path": "pages/000.html", "url": crawled_demo.web.base_url + "/x.html", "outlet_id": "nowhere-news"},
        {"path": "pages/elsewhere.html", "url": "https://elsewhere.example/a.html", "outlet_id": ""},
    ]
    write_mapping(site / "pages.csv", rows)
    with caplog.at_level(logging.WARNING):
        result = run_import([site], tmp_path / "site.db", crawled_demo.sources, overrides=INLINE)

    assert result.status == "failed" and result.stored == 62
    unknown = next(row for row in result.outlets if row.outlet_id == NO_OUTLET)
    assert unknown.errors == 1 and unknown.dropped == {"unknown_outlet": 2}
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and str(site / "pages.csv") in errors[0]
    assert f"line {len(rows) - 1} (pages/gone.html)" in errors[0] and "No such file" in errors[0]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("nowhere-news" in w for w in warnings) and any("elsewhere.example" in w for w in warnings)

    site_rows = articles(tmp_path / "site.db", (*PAGE_COLUMNS, *PAGE_ONLY_COLUMNS))
    assert site_rows == articles(imported.db_path, (*PAGE_COLUMNS, *PAGE_ONLY_COLUMNS))
    assert stories(tmp_path / "site.db") == stories(imported.db_path)


def test_without_sources_mapping_ids_become_outlets(saved: list[Saved], crawled_demo: CrawledDemo,
                                                     tmp_path: Path) -> None:
    site = tmp_path / "site"
    outlets = outlet_of(crawled_demo)
    rows = [dict(row, outlet_id=outlets[row["url"]]) for row in write_saved_dir(site, saved[:6], outlets)]
    rows[0]["outlet_id"] = ""  # no sources file and an empty store: nothing to find it by
    rows[1]["fetched_at"] = "2026-11-30T08:00:00+01:00"
    mapping = tmp_path / "elsewhere.csv"
    write_mapping(mapping, rows, ("path", "url", "outlet_id", "fetched_at"))
    result = run_import([site], tmp_path / "bare.db", mapping=mapping, overrides=INLINE)
    assert result.ok and result.stored == 5
    assert result.stats[f"wirewatch/outlet/{NO_OUTLET}/dropped/unknown_outlet"] == 1
    made = query(tmp_path / "bare.db", "SELECT id, name FROM outlets")
    assert made and all(outlet_id == name for outlet_id, name in made)
    fetched = query(tmp_path / "bare.db", "SELECT fetched_at FROM articles WHERE url = ?", (rows[1]["url"],))
    assert fetched == [("2026-11-30T07:00:00Z",)]


# --- bad inputs ------------------------------------------------------------------------


def test_truncated_and_garbage_archives_are_one_line_errors_and_the_rest_is_imported(
    crawled_demo: CrawledDemo, demo_warc: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db_path = tmp_path / "news.db"
    truncated = tmp_path / "truncated.warc.gz"
    truncated.write_bytes(demo_warc.read_bytes()[: demo_warc.stat().st_size // 2])
    with caplog.at_level(logging.ERROR):
        first = run_import([truncated], db_path, crawled_demo.sources, overrides=INLINE)
    assert first.status == "failed" and 10 < first.stored < 62
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and errors[0].startswith(f"{truncated}: "), errors
    before = query(db_path, "SELECT id, url, story_id FROM articles ORDER BY id")

    garbage = tmp_path / "garbage.warc.gz"
    garbage.write_bytes(gzip.compress(b"this is not a WARC file\n" * 50))
    run = run_wirewatch("import", str(garbage), str(demo_warc), "--sources", str(crawled_demo.sources),
                        "--db", str(db_path), "--workers", "0", "--quiet")
    assert run.returncode == 1, run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith(f"ERROR: {garbage}: not a valid WARC"), run.stderr
    assert lines[1].startswith("import 2 failed: 8 outlets,") and "1 errors" in lines[1]
    assert run.stdout == ""
    assert query(db_path, "SELECT COUNT(*) FROM articles")[0][0] == 62
    assert query(db_path, f"SELECT id, url, story_id FROM articles WHERE id <= {len(before)} ORDER BY id") == before
    assert [s for (s,) in query(db_path, "SELECT status FROM crawls ORDER BY id")] == ["failed", "failed"]


def test_wrong_usage_exits_2_with_one_line_and_writes_nothing(crawled_demo: CrawledDemo, tmp_path: Path) -> None:
    db_path = tmp_path / "news.db"
    missing = tmp_path / "missing.warc.gz"
    run = run_wirewatch("import", str(missing), "--sources", str(crawled_demo.sources), "--db", str(db_path))
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [f"Error: {missing}: no such file or directory"]
    assert not db_path.exists()

    site = tmp_path / "site"
    site.mkdir()
    (site / "pages.csv").write_text("file,outlet_id\na.html,lakeside-herald\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"pages\.csv: mapping needs the columns path, url .* missing: path, url"):
        run_import([site], db_path)
    with pytest.raises(UsageError, match="not a .warc"):
        run_import([site / "pages.csv"], db_path)
    assert not db_path.exists()


def test_busy_database_exits_75(crawled_demo: CrawledDemo, demo_warc: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "news.db"
    with database_lock(db_path):
        run = run_wirewatch("import", str(demo_warc), "--sources", str(crawled_demo.sources), "--db", str(db_path))
    assert run.returncode == 75
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "another wirewatch run holds the database" in lines[0]
    assert not db_path.exists()


def test_whole_file_gzip_and_compressed_bodies_are_read(saved: list[Saved], tmp_path: Path) -> None:
    from crawler.archives import read_warc

    article = saved[0]
    encoded = Saved(article.url, 200, [*article.headers, ("Content-Encoding", "gzip")], gzip.compress(article.body))
    plain = tmp_path / "plain.warc"
    with open(plain, "wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        status = StatusAndHeaders("200 OK", encoded.headers, protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            encoded.url, "response", payload=io.BytesIO(encoded.body), http_headers=status))
    one_stream = tmp_path / "one-stream.warc.gz"
    one_stream.write_bytes(gzip.compress(plain.read_bytes() * 2))
    pages = list(read_warc(one_stream))
    assert [getattr(p, "body", p) for p in pages] == [article.body, article.body]
    assert pages[0].fetched_at and pages[0].url == article.url
