"""The editors' commands (story, stories, outlets, search) on a real crawl of the demo web.

Expectations come from the demo's ground truth, not from the database the
commands read, so a wrong query, join or ordering fails here.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sqlite3
import statistics
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from conftest import CrawledDemo
from crawler.editor_cli import outlets, parse_since, search, stories, story
from crawler.output import format_delay, format_duration

FORMATS = ["table", "json", "csv"]


def run(command: click.Command, *args: str, db: Path | str) -> Result:
    """Invoke a command in-process; stdout and stderr stay apart (click 8.2+)."""
    return CliRunner().invoke(command, [*args, "--db", str(db)], catch_exceptions=False)


def when(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@pytest.fixture(scope="module")
def demo(crawled_demo: CrawledDemo) -> CrawledDemo:
    assert crawled_demo.first_run.returncode == 0, crawled_demo.first_run.stderr[-2000:]
    return crawled_demo


@pytest.fixture(scope="module")
def truth_stories(demo: CrawledDemo) -> dict[str, list[dict]]:
    """Ground-truth stories: story key -> its articles in publication order."""
    stories_: dict[str, list[dict]] = defaultdict(list)
    for article in demo.truth["articles"]:
        stories_[article["story"]].append(article)
    return {key: sorted(arts, key=lambda a: a["published_at"]) for key, arts in stories_.items()}


@pytest.fixture(scope="module")
def wire_stories(truth_stories: dict[str, list[dict]]) -> dict[str, list[dict]]:
    found = {k: v for k, v in truth_stories.items() if any(a["is_wire_original"] for a in v) and len(v) > 1}
    assert len(found) == 8
    return found


def url_of(demo: CrawledDemo, article: dict) -> str:
    return demo.web.base_url + article["path"]


def story_id_of(demo: CrawledDemo, article: dict) -> int:
    """The stored story of a ground-truth article, read straight from the database."""
    rows = demo.query("SELECT story_id FROM articles WHERE url = ?", (url_of(demo, article),))
    assert rows, article["path"]
    return rows[0][0]


def parse_story_output(fmt: str, text: str) -> tuple[list[str], list[str], str]:
    """(outlet ids in printed order, delays, first publisher id) from any of the three formats."""
    if fmt == "json":
        data = json.loads(text)
        return ([c["outlet_id"] for c in data["copies"]], [c["delay"] for c in data["copies"]],
                data["story"]["first_outlet_id"])
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        return [r["outlet_id"] for r in rows], [r["delay"] for r in rows], rows[0]["outlet_id"]
    lines = text.splitlines()
    first = re.search(r"^First publisher: .* \(([a-z0-9-]+)\) at ", text, re.MULTILINE)
    assert first, text
    table = lines[lines.index("") + 2:]  # after the header block and the column titles
    return [line.split()[0] for line in table], [line.split()[2] for line in table], first[1]


@pytest.mark.parametrize("fmt", FORMATS)
def test_story_by_url_lists_outlets_in_publication_order(demo: CrawledDemo, wire_stories: dict, fmt: str) -> None:
    for key, articles in wire_stories.items():
        pickup = articles[-1]
        flags = [] if fmt == "table" else [f"--{fmt}"]
        result = run(story, url_of(demo, pickup), *flags, db=demo.db_path)
        assert result.exit_code == 0, result.output
        outlets_, delays, first = parse_story_output(fmt, result.stdout)
        assert outlets_ == [a["outlet_id"] for a in articles], key
        original = next(a for a in articles if a["is_wire_original"])
        assert first == original["outlet_id"] == outlets_[0], key
        start = when(articles[0]["published_at"])
        expected = [format_delay((when(a["published_at"]) - start).total_seconds(), first=i == 0)
                    for i, a in enumerate(articles)]
        assert delays == expected, key


def test_story_json_details_match_the_ground_truth(demo: CrawledDemo, wire_stories: dict) -> None:
    for key, articles in wire_stories.items():
        result = run(story, str(story_id_of(demo, articles[0])), "--json", db=demo.db_path)
        assert result.exit_code == 0, result.output
        data = json.loads(result.stdout)
        assert data["story"]["originator"] == "Northstar Wire"
        assert data["story"]["outlet_count"] == len(articles)
        copies = data["copies"]
        assert [c["url"] for c in copies] == [url_of(demo, a) for a in articles]
        assert [c["published_at"] for c in copies] == [a["published_at"] for a in articles]
        assert [c["title"] for c in copies] == [a["title"] for a in articles]
        start = when(articles[0]["published_at"])
        assert [c["delay_seconds"] for c in copies] == [
            int((when(a["published_at"]) - start).total_seconds()) for a in articles]
        # A copy the demo cut short is "truncated"; no other copy is; the first is "first".
        kinds = [c["kind"] for c in copies]
        assert kinds[0] == "first" and copies[0]["jaccard"] == 1.0
        truncated = ["truncated" in a["variations"] for a in articles[1:]]
        assert [k == "truncated" for k in kinds[1:]] == truncated, (key, kinds)
        for c in copies[1:]:
            assert c["kind"] in {"copy", "truncated", "edited"}
            assert (c["kind"] == "copy") == (c["jaccard"] >= 0.9), c
            assert 0 < c["jaccard"] < 1.0 or c["kind"] == "copy"


@pytest.mark.parametrize("fmt", FORMATS)
def test_story_lookup_by_tracking_url_id_and_search_words(demo: CrawledDemo, wire_stories: dict, fmt: str) -> None:
    flags = [] if fmt == "table" else [f"--{fmt}"]
    for key, articles in wire_stories.items():
        expected = [a["outlet_id"] for a in articles]
        original = next(a for a in articles if a["is_wire_original"])
        words = original["body"].split()[15:22]  # from the body, past the dateline
        refs = [url_of(demo, articles[1]) + "?utm_source=x", str(story_id_of(demo, original)), " ".join(words)]
        for ref in refs:
            result = run(story, ref, *flags, db=demo.db_path)
            assert result.exit_code == 0, (ref, result.output)
            assert parse_story_output(fmt, result.stdout)[0] == expected, (key, ref)


def test_story_lookup_by_a_cross_site_canonical_url(demo: CrawledDemo, truth_stories: dict) -> None:
    # A pickup pointing <link rel=canonical> at the wire's own site is found by that URL.
    pickups = [a for a in demo.truth["articles"] if a["canonical_url"] and not a["is_wire_original"]]
    assert pickups
    for article in pickups:
        result = run(story, article["canonical_url"], "--json", db=demo.db_path)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["story"]["id"] == story_id_of(demo, article)
        assert url_of(demo, article) in {c["url"] for c in json.loads(result.stdout)["copies"]}


def test_story_words_may_be_given_unquoted(demo: CrawledDemo, wire_stories: dict) -> None:
    articles = wire_stories["wire-ferry-strike-baltic"]
    words = next(a for a in articles if a["is_wire_original"])["body"].split()[15:22]
    result = run(story, *words, "--json", db=demo.db_path)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["story"]["id"] == story_id_of(demo, articles[0])


@pytest.mark.parametrize(
    ("ref", "named"),
    [("999999", "999999"), ("https://nowhere.example/a.html?utm_source=x", "https://nowhere.example/a.html"),
     ("zebra quokka marmalade", "zebra quokka marmalade"), ("http://[::1", "http://[::1")],
)
def test_story_not_found_is_one_line_naming_what_was_looked_for(demo: CrawledDemo, ref: str, named: str) -> None:
    result = run(story, ref, db=demo.db_path)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and named in result.stderr


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_story_plot_writes_the_picture(demo: CrawledDemo, wire_stories: dict, tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"out{suffix}"
    article = wire_stories["wire-rail-tunnel-alps"][0]
    result = run(story, url_of(demo, article), "--plot", str(target), db=demo.db_path)
    assert result.exit_code == 0, result.output
    assert str(target) in result.stdout
    data = target.read_bytes()
    if suffix == ".png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 5000
    else:
        assert b"<svg" in data[:500] and b"northstar-wire" in data


def test_story_plot_needs_png_or_svg_in_a_writable_place(demo: CrawledDemo, tmp_path: Path) -> None:
    result = run(story, "1", "--plot", str(tmp_path / "out.jpg"), db=demo.db_path)
    assert result.exit_code == 2 and ".png or .svg" in result.stderr
    assert not (tmp_path / "out.jpg").exists()
    result = run(story, "1", "--plot", str(tmp_path / "no" / "such" / "dir.png"), db=demo.db_path)
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1 and "dir.png" in result.stderr


def stories_output(fmt: str, text: str) -> list[tuple[int, int]]:
    """(story id, outlet count) rows from any format of ``stories``."""
    if fmt == "json":
        return [(r["id"], r["outlet_count"]) for r in json.loads(text)]
    if fmt == "csv":
        return [(int(r["id"]), int(r["outlet_count"])) for r in csv.DictReader(io.StringIO(text))]
    return [(int(line.split()[0]), int(line.split()[1])) for line in text.splitlines()[1:]]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("minimum", [3, 5, 6])
def test_stories_min_outlets_lists_exactly_those_stories(
    demo: CrawledDemo, truth_stories: dict, fmt: str, minimum: int
) -> None:
    wide = {key: arts for key, arts in truth_stories.items() if len({a["outlet_id"] for a in arts}) >= minimum}
    flags = [] if fmt == "table" else [f"--{fmt}"]
    result = run(stories, "--min-outlets", str(minimum), "--limit", "100", *flags, db=demo.db_path)
    assert result.exit_code == 0, result.output
    rows = stories_output(fmt, result.stdout)
    expected = {story_id_of(demo, arts[0]): len(arts) for arts in wide.values()}
    assert dict(rows) == expected
    # Ranked by outlet count, then most recent first publication.
    order = sorted(wide.values(), key=lambda arts: (-len(arts), -when(arts[0]["published_at"]).timestamp()))
    assert [sid for sid, _ in rows] == [story_id_of(demo, arts[0]) for arts in order]


def test_stories_min_outlets_counts_outlets_not_articles(demo: CrawledDemo, tmp_path: Path) -> None:
    # An outlet that re-runs a story under new URLs adds articles, not outlets.
    db = tmp_path / "copy.db"
    shutil.copy(demo.db_path, db)
    with sqlite3.connect(db) as conn:
        single = conn.execute("SELECT id FROM stories WHERE outlet_count = 1 ORDER BY id LIMIT 1").fetchone()[0]
        conn.execute("UPDATE stories SET article_count = 4 WHERE id = ?", (single,))
    result = run(stories, "--min-outlets", "3", "--limit", "100", "--json", db=db)
    assert single not in {r["id"] for r in json.loads(result.stdout)}
    result = run(stories, "--limit", "100", "--json", db=db)
    assert {r["id"]: r["article_count"] for r in json.loads(result.stdout)}[single] == 4


def test_stories_filters_since_outlet_search_and_limit(demo: CrawledDemo, truth_stories: dict) -> None:
    since = "2026-11-20"
    expected = {story_id_of(demo, arts[0]) for arts in truth_stories.values()
                if any(a["published_at"] >= "2026-11-20T00:00:00Z" for a in arts)}
    result = run(stories, "--since", since, "--limit", "100", "--json", db=demo.db_path)
    assert {r["id"] for r in json.loads(result.stdout)} == expected

    mine = {story_id_of(demo, arts[0]) for arts in truth_stories.values()
            if any(a["outlet_id"] == "daehan-courier" for a in arts)}
    result = run(stories, "--outlet", "daehan-courier", "--limit", "100", "--json", db=demo.db_path)
    assert {r["id"] for r in json.loads(result.stdout)} == mine

    ferry = truth_stories["wire-ferry-strike-baltic"]
    words = ferry[0]["body"].split()[15:22]
    result = run(stories, "--search", " ".join(words), "--json", db=demo.db_path)
    assert [r["id"] for r in json.loads(result.stdout)] == [story_id_of(demo, ferry[0])]

    result = run(stories, "--limit", "2", "--json", db=demo.db_path)
    assert len(json.loads(result.stdout)) == 2

    result = run(stories, "--outlet", "no-such-outlet", db=demo.db_path)
    assert result.exit_code == 1 and "no-such-outlet" in result.stderr


@pytest.mark.parametrize("value", ["3x", "yesterday", "2026-13-45", "-5d", "99999999999w"])
def test_stories_bad_since_is_a_one_line_usage_error(demo: CrawledDemo, value: str) -> None:
    result = run(stories, "--since", value, db=demo.db_path)
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "--since" in result.stderr


def test_parse_since_accepts_durations_and_dates() -> None:
    now = datetime(2026, 11, 27, 12, 0, tzinfo=timezone.utc)
    assert parse_since("24h", now) == datetime(2026, 11, 26, 12, 0, tzinfo=timezone.utc)
    assert parse_since("7d", now) == datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
    assert parse_since("2w", now) == datetime(2026, 11, 13, 12, 0, tzinfo=timezone.utc)
    assert parse_since("2026-11-01") == datetime(2026, 11, 1, tzinfo=timezone.utc)
    assert parse_since("2026-11-01T06:30:00Z") == datetime(2026, 11, 1, 6, 30, tzinfo=timezone.utc)
    assert format_duration(2 * 3600 + 15 * 60) == "2h15m" and format_delay(8100) == "+2h15m"
    assert format_duration(26 * 3600) == "1d2h" and format_duration(45 * 60) == "45m"


def expected_outlet_counts(truth_stories: dict) -> dict[str, tuple[int, int, int | None]]:
    """outlet -> (originals, pickups, median pickup delay in seconds) from the ground truth."""
    originals: Counter[str] = Counter()
    delays: dict[str, list[float]] = defaultdict(list)
    for arts in truth_stories.values():
        originals[arts[0]["outlet_id"]] += 1
        for a in arts[1:]:
            delays[a["outlet_id"]].append((when(a["published_at"]) - when(arts[0]["published_at"])).total_seconds())
    outlet_ids = {a["outlet_id"] for arts in truth_stories.values() for a in arts}
    return {o: (originals[o], len(delays[o]), int(statistics.median(delays[o])) if delays[o] else None)
            for o in outlet_ids}


@pytest.mark.parametrize("fmt", FORMATS)
def test_outlets_count_originals_and_pickups(demo: CrawledDemo, truth_stories: dict, fmt: str) -> None:
    flags = [] if fmt == "table" else [f"--{fmt}"]
    result = run(outlets, *flags, db=demo.db_path)
    assert result.exit_code == 0, result.output
    if fmt == "json":
        got = {r["outlet_id"]: (r["originals"], r["pickups"], r["median_pickup_delay_seconds"])
               for r in json.loads(result.stdout)}
        assert all(r["last_ok_crawl_at"] and r["errors"] == 0 for r in json.loads(result.stdout))
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        got = {r["outlet_id"]: (int(r["originals"]), int(r["pickups"]),
                                int(r["median_pickup_delay_seconds"]) if r["median_pickup_delay_seconds"] else None)
               for r in rows}
    else:
        got = {}
        for line in result.stdout.splitlines()[1:]:
            cells = line.split()
            delay = cells[6]
            seconds = None if delay == "-" else next(
                s for s in range(0, 30 * 86400, 60) if format_duration(s) == delay)
            got[cells[0]] = (int(cells[2]), int(cells[4]), seconds)
    expected = expected_outlet_counts(truth_stories)
    assert got == expected
    assert got["northstar-wire"] == (8, 0, None)


def test_outlets_sum_errors_in_the_window_and_show_the_last_message(demo: CrawledDemo, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(demo.db_path, db)
    stats = {"wirewatch/outlet/lakeside-herald/errors": 3,
             "wirewatch/outlet/lakeside-herald/error_messages": ["feed timed out", "HTTP 503 on /rss.xml"]}
    old = {"wirewatch/outlet/lakeside-herald/errors": 5,
           "wirewatch/outlet/lakeside-herald/error_messages": ["an old failure"]}
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO crawls (started_at, finished_at, status, stats) VALUES (?, ?, 'failed', ?)",
                     ("2026-01-01T00:00:00Z", "2026-01-01T00:05:00Z", json.dumps(old)))
        conn.execute("INSERT INTO crawls (started_at, finished_at, status, stats) VALUES (?, ?, 'failed', ?)",
                     ("2099-01-01T00:00:00Z", "2099-01-01T00:05:00Z", json.dumps(stats)))
    rows = {r["outlet_id"]: r for r in json.loads(run(outlets, "--json", "--since", "2026-06-01", db=db).stdout)}
    assert rows["lakeside-herald"]["errors"] == 3
    assert rows["lakeside-herald"]["last_error"] == "HTTP 503 on /rss.xml"
    assert rows["northstar-wire"]["errors"] == 0 and rows["northstar-wire"]["last_error"] is None
    # A failed crawl is never the last successful one.
    assert not rows["lakeside-herald"]["last_ok_crawl_at"].startswith("2099")
    everything = {r["outlet_id"]: r for r in json.loads(run(outlets, "--json", db=db).stdout)}
    assert everything["lakeside-herald"]["errors"] == 8


def unique_body_word(truth: dict) -> tuple[str, dict]:
    """A word that occurs in exactly one demo article (body or title), and that article."""
    seen: dict[str, set[str]] = defaultdict(set)
    for a in truth["articles"]:
        for word in re.findall(r"[a-z]{8,}", (a["body"] + " " + a["title"]).lower()):
            seen[word].add(a["path"])
    for a in truth["articles"]:
        for word in re.findall(r"[a-z]{8,}", a["body"].lower()):
            if seen[word] == {a["path"]}:
                return word, a
    raise AssertionError("no unique word in the demo")


@pytest.mark.parametrize("fmt", FORMATS)
def test_search_finds_an_article_by_a_word_of_its_body(demo: CrawledDemo, fmt: str) -> None:
    word, article = unique_body_word(demo.truth)
    flags = [] if fmt == "table" else [f"--{fmt}"]
    result = run(search, word.upper(), *flags, db=demo.db_path)
    assert result.exit_code == 0, result.output
    if fmt == "json":
        hits = json.loads(result.stdout)
        assert [h["url"] for h in hits] == [url_of(demo, article)]
        assert hits[0]["story_id"] == story_id_of(demo, article) and f"[{word}]" in hits[0]["snippet"].lower()
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert [r["url"] for r in rows] == [url_of(demo, article)] and rows[0]["outlet_id"] == article["outlet_id"]
    else:
        lines = result.stdout.splitlines()
        assert url_of(demo, article) in lines[1] and article["outlet_id"] in lines[1]
        assert f"[{word}]" in lines[2].lower()


def test_search_ranks_the_densest_mention_first(demo: CrawledDemo) -> None:
    def density(article: dict) -> float:
        words = re.findall(r"\w+", (article["title"] + " " + article["body"]).lower())
        return words.count("ferry") / len(words)

    mentions = [a for a in demo.truth["articles"] if density(a) > 0]
    result = run(search, "ferry", "--json", "--limit", "100", db=demo.db_path)
    hits = json.loads(result.stdout)
    assert {h["url"] for h in hits} == {url_of(demo, a) for a in mentions}
    densest = max(mentions, key=density)
    assert hits[0]["url"] == url_of(demo, densest)
    # ``story WORDS`` takes the story of that best-ranked hit.
    result = run(story, "ferry", "--json", db=demo.db_path)
    assert json.loads(result.stdout)["story"]["id"] == story_id_of(demo, densest)


def test_search_ranks_and_limits(demo: CrawledDemo, wire_stories: dict) -> None:
    result = run(search, "earthquake", "--json", "--limit", "2", db=demo.db_path)
    hits = json.loads(result.stdout)
    assert len(hits) == 2 and all("earthquake" in h["snippet"].lower() for h in hits)
    azores = {url_of(demo, a) for a in wire_stories["wire-quake-azores"]}
    assert all(h["story_outlet_count"] == 5 for h in hits if h["url"] in azores)
    quiet = run(search, "OR", "NOT", '"', "(", db=demo.db_path)  # FTS operators are words, not syntax
    assert quiet.exit_code == 0 and "Traceback" not in quiet.output


@pytest.mark.parametrize("command", [story, stories, outlets, search])
def test_missing_database_is_exit_2_with_one_line(tmp_path: Path, command: click.Command) -> None:
    args = ["1"] if command in (story, search) else []
    result = run(command, *args, db=tmp_path / "missing.db")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "missing.db" in result.stderr


def test_not_a_wirewatch_database_is_exit_2_with_one_line(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    result = run(stories, db=other)
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1


def test_json_and_csv_are_mutually_exclusive(demo: CrawledDemo) -> None:
    result = run(outlets, "--json", "--csv", db=demo.db_path)
    assert result.exit_code == 2 and "mutually exclusive" in result.stderr
