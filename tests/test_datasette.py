"""Datasette over a crawled demo store, configured exactly as ``wirewatch serve`` runs it.

Real Datasette (its own ASGI test client), a real database built by crawling the demo
web, and the demo ground truth as the expected answers: the canned queries answer the
editors' questions, search, facets and labels work, every column is documented, and
nothing can write to the store while reads keep working during a crawl.
"""

from __future__ import annotations

import asyncio
import re
import socket
import sqlite3
import subprocess
import sys
from collections import Counter
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from click.testing import CliRunner
from datasette.app import Datasette

from conftest import LOOPBACK, CrawledDemo, run_wirewatch
from crawler.serve import build_datasette, load_metadata, serve

DB = "news"  # the copies below are called news.db, so Datasette serves them as /news
QUERIES = load_metadata()["databases"][DB]["queries"]


# --- helpers -----------------------------------------------------------------------------


def copy_store(source: Path, target: Path) -> Path:
    """A consistent copy of a WAL store (committed WAL pages included), via SQLite's backup API."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target


def count(path: Path, table: str) -> int:
    """Rows of ``table`` read straight from the file, not through Datasette."""
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def get(ds: Datasette, path: str) -> httpx.Response:
    """One GET through Datasette's own ASGI client (no pytest-asyncio needed)."""
    return asyncio.run(ds.client.get(path))


def query(ds: Datasette, name: str, **params: Any) -> list[dict[str, Any]]:
    """Rows of a canned query or table as dicts; fails on any HTTP or SQL error."""
    response = get(ds, f"/{DB}/{name}.json?" + urlencode({**params, "_shape": "objects"}))
    assert response.status_code == 200, response.text[:2000]
    data = response.json()
    assert not data.get("error"), data["error"]
    return data["rows"]


@dataclass(frozen=True)
class DemoStory:
    """One wire story of the demo ground truth, with full URLs."""

    key: str
    urls: dict[str, str]  # url -> outlet id
    original_url: str
    original_outlet: str
    articles: list[dict[str, Any]]


def wire_stories(demo: CrawledDemo) -> list[DemoStory]:
    """The demo's wire stories (those with a wire original), most outlets first."""
    base = demo.web.base_url
    by_story: dict[str, list[dict[str, Any]]] = {}
    for article in demo.truth["articles"]:
        by_story.setdefault(article["story"], []).append(article)
    stories = []
    for key, articles in by_story.items():
        originals = [a for a in articles if a["is_wire_original"]]
        if originals:
            stories.append(
                DemoStory(
                    key,
                    {base + a["path"]: a["outlet_id"] for a in articles},
                    base + originals[0]["path"],
                    originals[0]["outlet_id"],
                    articles,
                )
            )
    return sorted(stories, key=lambda s: (-len(set(s.urls.values())), s.key))


def outlet_names(demo: CrawledDemo) -> dict[str, str]:
    """Outlet id -> display name as stored (the canned queries show names)."""
    return dict(demo.query("SELECT id, name FROM outlets"))


def distinctive_word(story: DemoStory, demo: CrawledDemo) -> str:
    """A word of the wire original's body found in no other story's bodies, in most of this story's."""
    words = lambda text: set(re.findall(r"[a-z]{6,}", text.lower()))  # noqa: E731
    original = next(a for a in story.articles if a["is_wire_original"])
    others = set().union(*(words(a["body"]) for a in demo.truth["articles"] if a["story"] != story.key))
    spread = Counter(w for a in story.articles for w in words(a["body"]))
    candidates = sorted(words(original["body"]) - others, key=lambda w: (-spread[w], w))
    assert candidates, "the wire original shares every word with other stories"
    return candidates[0]


# --- fixtures ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def store(crawled_demo: CrawledDemo, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the crawled demo store, so no test can disturb the shared one."""
    assert crawled_demo.first_run.returncode == 0, crawled_demo.first_run.stderr[-3000:]
    return copy_store(crawled_demo.db_path, tmp_path_factory.mktemp("served") / "news.db")


@pytest.fixture(scope="module")
def ds(store: Path) -> Datasette:
    return build_datasette(store)


@pytest.fixture(scope="module")
def story(crawled_demo: CrawledDemo) -> DemoStory:
    """The demo wire story carried by the most outlets."""
    return wire_stories(crawled_demo)[0]


# --- metadata ----------------------------------------------------------------------------


def test_every_table_view_and_column_has_a_description(store: Path) -> None:
    """Fails when the schema gains a table or column that metadata.yml does not describe."""
    tables = load_metadata()["databases"][DB]["tables"]
    with closing(sqlite3.connect(store)) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")]
        columns = {n: [r[1] for r in conn.execute(f"PRAGMA table_info([{n}])")] for n in names}
    for name in names:
        if name.startswith(("articles_fts", "sqlite_")):
            continue  # FTS5 internals, hidden by Datasette itself
        meta = tables.get(name)
        assert meta and (meta.get("description") or meta.get("description_html")), f"{name}: no description"
        if name == "_sqlite_migrations":
            continue  # sqlite-utils' own bookkeeping, hidden
        described = meta.get("columns", {})
        undocumented = [c for c in columns[name] if not described.get(c)]
        assert not undocumented, f"{name}: columns without a description in metadata.yml: {undocumented}"
        assert not set(described) - set(columns[name]), f"{name}: metadata describes columns the store lacks"
    for name in ("outlets", "articles", "stories", "crawls", "story_outlets", "article_signatures", "dedup_state"):
        assert name in names and tables[name].get("title"), name


def test_canned_queries_are_titled_read_only_and_declare_their_parameters() -> None:
    for name, spec in QUERIES.items():
        assert spec.get("title") and spec.get("description"), name
        assert not spec.get("write"), f"{name}: the served store is read-only"
        used = sorted(set(re.findall(r"(?<![:\w]):(\w+)", spec["sql"])))
        assert sorted(spec.get("params", [])) == used, name


def test_every_canned_query_runs_with_blank_parameters(ds: Datasette) -> None:
    """Blank means "all" (since, min_outlets, crawl_id) or "nothing" (url, words), never an error."""
    for name in QUERIES:
        query(ds, name)


def test_index_shows_descriptions_and_hides_internals(ds: Datasette) -> None:
    tables = {t["name"]: t for t in get(ds, f"/{DB}.json").json()["tables"]}
    assert all(t["hidden"] for n, t in tables.items() if n.startswith("articles_fts"))
    assert tables["article_signatures"]["hidden"] and tables["_sqlite_migrations"]["hidden"]
    assert not any(tables[n]["hidden"] for n in ("outlets", "articles", "stories", "crawls", "dedup_state"))
    assert tables["articles"]["fts_table"] == "articles_fts"
    page = get(ds, f"/{DB}").text
    for spec in QUERIES.values():
        assert spec["title"].replace("'", "&#39;") in page


# --- canned queries against the ground truth --------------------------------------------


def check_story_rows(rows: list[dict[str, Any]], story: DemoStory, names: dict[str, str]) -> None:
    """Every outlet of the story, in publication order, the wire original's outlet first."""
    assert {r["url"] for r in rows} == set(story.urls)
    assert {r["outlet"] for r in rows} == {names[o] for o in story.urls.values()}
    assert [r["is_first"] for r in rows] == [1] + [0] * (len(rows) - 1)
    assert rows[0]["outlet"] == names[story.original_outlet] and rows[0]["url"] == story.original_url
    times = [r["published_at"] for r in rows]
    assert times == sorted(times)


def test_which_outlets_ran_this_story_by_url(ds: Datasette, story: DemoStory, crawled_demo: CrawledDemo) -> None:
    names = outlet_names(crawled_demo)
    for url in story.urls:
        check_story_rows(query(ds, "outlets_by_url", url=url), story, names)
    slashed = next(u for u in story.urls if u.endswith("/"))
    check_story_rows(query(ds, "outlets_by_url", url=slashed.rstrip("/")), story, names)
    assert query(ds, "outlets_by_url", url=crawled_demo.web.base_url + "/no/such/article") == []


def test_which_outlets_ran_this_story_by_words(ds: Datasette, story: DemoStory, crawled_demo: CrawledDemo) -> None:
    # Quotes, brackets and other FTS5 syntax in the words are taken literally, never a syntax error.
    rows = query(ds, "outlets_by_words", words=f' {distinctive_word(story, crawled_demo)}  "( * -:')
    story_ids = {r["story_id"] for r in rows}
    assert len(story_ids) == 1, "a word found only in this story finds only this story"
    check_story_rows(rows, story, outlet_names(crawled_demo))
    # Every wire story is found by its own word and listed with all its outlets.
    names = outlet_names(crawled_demo)
    for other in wire_stories(crawled_demo):
        rows = query(ds, "outlets_by_words", words=distinctive_word(other, crawled_demo))
        check_story_rows(rows, other, names)


def test_story_page_links_to_its_outlets(ds: Datasette, story: DemoStory, crawled_demo: CrawledDemo) -> None:
    story_id = query(ds, "outlets_by_url", url=story.original_url)[0]["story_id"]
    check_story_rows(query(ds, "outlets_by_story", story_id=story_id), story, outlet_names(crawled_demo))
    link = f'href="/{DB}/outlets_by_story?story_id={story_id}"'
    assert link in get(ds, f"/{DB}/stories").text
    row_page = get(ds, f"/{DB}/stories/{story_id}").text
    assert link in row_page and "Links from other tables" in row_page
    results = get(ds, f"/{DB}/outlets_by_story?story_id={story_id}").text
    assert f'<a href="/{DB}/stories/{story_id}">{story_id}</a>' in results
    assert f'<a href="{story.original_url}">' in results, "URLs render as links"


def test_stories_carried_by_the_most_outlets(ds: Datasette, crawled_demo: CrawledDemo) -> None:
    stories = wire_stories(crawled_demo)
    names = outlet_names(crawled_demo)
    earliest = min(a["published_at"] for a in crawled_demo.truth["articles"])[:10]
    rows = query(ds, "top_stories", since=earliest)
    assert rows[0]["outlet_count"] == len(set(stories[0].urls.values()))
    counts = [r["outlet_count"] for r in rows]
    assert counts == sorted(counts, reverse=True)
    by_title = {r["title"]: r for r in rows}
    for s in stories:
        original = next(a for a in s.articles if a["is_wire_original"])
        row = by_title[original["title"]]
        assert row["outlet_count"] == len(set(s.urls.values()))
        assert row["first_outlet"] == names[s.original_outlet]
        assert set(row["outlets"].split(", ")) == {names[o] for o in s.urls.values()}
    assert query(ds, "top_stories", since="2999-01-01") == []
    latest = max(s.articles[0]["published_at"] for s in stories)
    assert all(r["first_published_at"] >= latest[:10] for r in query(ds, "top_stories", since=latest[:10]))


def test_who_published_first(ds: Datasette, crawled_demo: CrawledDemo) -> None:
    names = outlet_names(crawled_demo)
    for s in wire_stories(crawled_demo):
        outlets = len(set(s.urls.values()))
        rows = query(ds, "who_first", min_outlets=outlets)
        assert all(r["outlet_count"] >= outlets for r in rows)
        original = next(a for a in s.articles if a["is_wire_original"])
        row = next(r for r in rows if r["title"] == original["title"])
        assert row["first_outlet"] == names[s.original_outlet]
        assert row["first_published_at"] == original["published_at"]
        assert row["originator"] == names[s.original_outlet] and row["originator_kind"] == "wire"
        assert row["originator_confidence"] in ("high", "medium")
    assert len(query(ds, "who_first")) == count(Path(crawled_demo.db_path), "stories")


def test_what_did_an_outlet_pick_up(ds: Datasette, story: DemoStory, crawled_demo: CrawledDemo) -> None:
    names = outlet_names(crawled_demo)
    original = next(a for a in story.articles if a["is_wire_original"])
    copy = next(a for a in story.articles if not a["is_wire_original"] and a["published_at"])
    url = crawled_demo.web.base_url + copy["path"]
    for outlet in (copy["outlet_id"], names[copy["outlet_id"]].upper()):
        rows = {r["url"]: r for r in query(ds, "outlet_pickups", outlet_id=outlet)}
        row = rows[url]
        assert row["first_publisher"] == names[story.original_outlet]
        assert row["first_published_at"] == original["published_at"]
        expected = round((_minutes(copy["published_at"]) - _minutes(original["published_at"])))
        assert row["delay_minutes"] == expected and row["delay"] == f"{expected // 60}h {expected % 60:02d}m"
    originals = {crawled_demo.web.base_url + a["path"] for a in crawled_demo.truth["articles"] if a["is_wire_original"]}
    for outlet_id in names:
        assert not originals & {r["url"] for r in query(ds, "outlet_pickups", outlet_id=outlet_id)}
    after = query(ds, "outlet_pickups", outlet_id=copy["outlet_id"], since=copy["published_at"][:10])
    assert url in {r["url"] for r in after}
    assert all(r["published_at"] >= copy["published_at"][:10] for r in after)
    assert query(ds, "outlet_pickups", outlet_id=copy["outlet_id"], since="2999-01-01") == []


def _minutes(iso: str) -> float:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp() / 60


def test_crawl_health_of_the_demo_crawl(ds: Datasette, crawled_demo: CrawledDemo) -> None:
    (row,) = query(ds, "crawl_health")
    assert row["status"] == "ok" and row["errors"] == 0 and row["failed_outlets"] is None
    assert row["new_articles"] == len(crawled_demo.truth["articles"])
    assert row["outlets"] == len(crawled_demo.truth["outlets"])
    outlets = {r["outlet_id"]: r for r in query(ds, "crawl_errors")}
    assert set(outlets) == {o["id"] for o in crawled_demo.truth["outlets"]}
    assert sum(r["new_articles"] for r in outlets.values()) == row["new_articles"]
    assert all(r["errors"] == 0 and r["listings_ok"] > 0 for r in outlets.values())
    assert "robots_txt 1" in outlets["coastline-gazette"]["dropped"]


# --- search, facets, labels, sorting ----------------------------------------------------


def test_full_text_search_finds_a_story_by_a_word_of_its_body(
    ds: Datasette, story: DemoStory, crawled_demo: CrawledDemo
) -> None:
    word = distinctive_word(story, crawled_demo)
    rows = query(ds, "articles", _search=word)
    found = {r["url"] for r in rows}
    assert story.original_url in found and found <= set(story.urls)


def test_facets_labels_and_sort_orders(ds: Datasette, crawled_demo: CrawledDemo) -> None:
    names = outlet_names(crawled_demo)
    data = get(ds, f"/{DB}/articles.json?_labels=on").json()
    facets = data["facet_results"]
    assert {"outlet_id", "language", "published_at"} <= set(facets)
    assert facets["published_at"]["type"] == "date"
    assert {f["value"] for f in facets["outlet_id"]["results"]} == set(names)
    assert {f["value"] for f in facets["language"]["results"]} >= {"en", "ko"}
    first = data["rows"][0]
    assert first["outlet_id"]["label"] == names[first["outlet_id"]["value"]]
    assert isinstance(first["story_id"]["label"], str) and first["story_id"]["label"]
    dates = [r["published_at"] for r in data["rows"] if r["published_at"]]
    assert dates == sorted(dates, reverse=True)
    html = get(ds, f"/{DB}/articles").text
    assert f">{names['northstar-wire']}</a>" in html, "outlet foreign keys render as names"

    stories = get(ds, f"/{DB}/stories.json?_labels=on").json()
    assert {"first_outlet_id", "originator"} <= set(stories["facet_results"])
    assert stories["rows"][0]["first_outlet_id"]["label"] in names.values()
    counts = [r["outlet_count"] for r in stories["rows"]]
    assert counts == sorted(counts, reverse=True)
    crawl_ids = [r["id"] for r in query(ds, "crawls")]
    assert crawl_ids == sorted(crawl_ids, reverse=True)


def test_column_descriptions_are_shown(ds: Datasette) -> None:
    html = get(ds, f"/{DB}/stories").text
    described = load_metadata()["databases"][DB]["tables"]["stories"]["columns"]["outlet_count"]
    assert f'data-column-description="{described}"' in html


# --- read-only ---------------------------------------------------------------------------


def test_write_attempts_are_refused_and_change_nothing(ds: Datasette, store: Path) -> None:
    before = {t: count(store, t) for t in ("articles", "outlets", "stories")}
    for sql in (
        "DELETE FROM articles",
        "insert into outlets (id, name) values ('x', 'X')",
        "UPDATE stories SET title = 'x'",
        "select 1; delete from articles",
        "drop table articles",
    ):
        response = get(ds, f"/{DB}.json?" + urlencode({"sql": sql}))
        assert response.status_code == 400, (sql, response.status_code)
    for method, path in (
        ("POST", f"/{DB}/outlets_by_story"),
        ("POST", f"/{DB}/articles"),
        ("PUT", f"/{DB}/articles"),
        ("DELETE", f"/{DB}/articles/1"),
        ("POST", f"/{DB}/-/query"),
    ):
        response = asyncio.run(ds.client.request(method, path, data={"story_id": "1", "sql": "DELETE FROM articles"}))
        assert response.status_code == 405, (method, path, response.status_code)
    # Even a plugin asking Datasette to write directly cannot.
    with pytest.raises(sqlite3.OperationalError, match="read-only"):
        asyncio.run(ds.get_database(DB).execute_write("DELETE FROM articles"))
    assert {t: count(store, t) for t in before} == before


def test_reads_see_a_crawl_writing_to_the_same_file(crawled_demo: CrawledDemo, tmp_path: Path) -> None:
    """Not immutable: a writer holding a transaction does not block reads, and its commit shows up."""
    path = copy_store(crawled_demo.db_path, tmp_path / "news.db")
    served = build_datasette(path)
    assert served.get_database(DB).is_mutable
    before = len(query(served, "outlets"))
    with closing(sqlite3.connect(path, isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO outlets (id, name) VALUES ('late-ledger', 'Late Ledger')")
        assert len(query(served, "outlets")) == before, "uncommitted rows are invisible, reads not blocked"
        writer.execute("COMMIT")
    assert "late-ledger" in {r["id"] for r in query(served, "outlets")}


def test_crawl_health_shows_a_failed_outlet_of_a_crawl_run_while_serving(
    crawled_demo: CrawledDemo, tmp_path: Path
) -> None:
    path = copy_store(crawled_demo.db_path, tmp_path / "news.db")
    served = build_datasette(path)
    assert len(query(served, "crawl_health")) == 1
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead_port = sock.getsockname()[1]
    dead_feed = f"http://127.0.0.1:{dead_port}/gone/rss.xml"
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[outlets]]\nid = "gone-gazette"\nname = "Gone Gazette"\nfeeds = ["{dead_feed}"]\n')
    result = run_wirewatch("crawl", "--sources", str(sources), "--db", str(path), *LOOPBACK, "--set", "RETRY_TIMES=0")
    assert result.returncode == 1, result.stderr[-2000:]
    latest, first = query(served, "crawl_health")
    assert first["status"] == "ok"
    assert latest["status"] == "failed" and latest["failed_outlets"] == "gone-gazette"
    assert latest["errors"] >= 1 and latest["outlets_with_errors"].startswith("gone-gazette (")
    (row,) = query(served, "crawl_errors")
    assert row["outlet"] == "Gone Gazette" and row["listings_failed"] >= 1 and row["listings_ok"] == 0
    assert dead_feed in row["error_messages"]
    assert query(served, "crawl_errors", crawl_id=first["crawl_id"])[0]["crawl_status"] == "ok"


# --- the command -------------------------------------------------------------------------


def test_serve_refuses_what_it_cannot_serve_with_exit_code_2(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = tmp_path / "missing.db"
    result = runner.invoke(serve, [], env={"WIREWATCH_DB": str(missing)})
    assert result.exit_code == 2 and "no such file" in result.output and str(missing) in result.output
    text = tmp_path / "notes.db"
    text.write_text("not a database, just notes\n" * 100)
    result = runner.invoke(serve, ["--db", str(text)])
    assert result.exit_code == 2 and "not an SQLite database" in result.output
    other = tmp_path / "other.db"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY)")
    result = runner.invoke(serve, ["--db", str(other)])
    assert result.exit_code == 2 and "not a wirewatch store" in result.output and "outlets" in result.output
    assert not missing.exists(), "serve never creates a database"


def test_only_the_serve_command_loads_datasette() -> None:
    """Every cron crawl starts the CLI: Datasette's import (most of a second) is paid by `serve` alone."""
    probe = (
        "import sys; from click.testing import CliRunner; from crawler.cli import main; "
        "listed = CliRunner().invoke(main, ['crawl', '--help']); print('datasette' in sys.modules, listed.exit_code); "
        "listed = CliRunner().invoke(main, ['serve', '--help']); print('datasette' in sys.modules, listed.exit_code)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "0", "True", "0"]
