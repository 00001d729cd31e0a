"""wirewatch against a hostile web: one real crawl, then one test per way a site can misbehave.

Why: a crawler of the open web meets malformed and weaponised listings, bombs,
redirect mazes, servers that stall, rate-limit or lie about types and sizes. A
crawl must finish in bounded time and memory, store every good article, never
request a URL off the outlets' domains, and leave a clear reason for every page
or listing it gave up on (log file and the ``crawls.stats`` per-outlet counters).

The web is ``tests/hostile_web.py`` on a loopback port; the crawl runs once per
module through the real CLI in a subprocess (``python -m crawler crawl``, as
``conftest.run_wirewatch`` does), started with ``Popen`` so its own peak RSS can
be read when it exits.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from conftest import LOOPBACK, REPO
from crawler.middlewares import parse_retry_after
from hostile_web import ACCENTED_PHRASE, LONG_CHAIN_HOPS, Hit, HostileWeb, OutletSpec

CRAWL_TIMEOUT_S = 120
MAX_RSS_BYTES = 500_000_000
MAX_LISTING_ENTRIES = 50
DOWNLOAD_TIMEOUT_S = 5
RETRY_TIMES = 2
FAST = [
    "--set", f"DOWNLOAD_TIMEOUT={DOWNLOAD_TIMEOUT_S}",
    "--set", f"RETRY_TIMES={RETRY_TIMES}",
    "--set", f"WIREWATCH_MAX_LISTING_ENTRIES={MAX_LISTING_ENTRIES}",
]
WELL_BEHAVED = ["calm-harbor-times", "quiet-valley-post", "steady-ridge-gazette"]
# Outlets whose only listings are unusable: the crawl must report each as failed.
HOPELESS = ["broken-rss", "broken-atom", "broken-sitemap", "bomb-feed", "bomb-sitemap", "gzip-bomb-sitemap"]
MISLABELLED = ["text-plain", "no-type", "octet-bom", "latin1-label.html", "bogus-charset.html", "lying-utf8.html"]


@dataclass
class Measured:
    """How the crawl process ended and what it cost."""

    returncode: int
    stdout: str
    stderr: str
    wall_s: float
    max_rss_kib: int


@dataclass
class HostileCrawl:
    """The finished crawl of the hostile web, with the server's request log."""

    run: Measured
    log: str
    stats: dict[str, Any]
    hits: list[Hit]
    outlets: dict[str, OutletSpec]
    base_url: str
    db_path: Path

    def counter(self, outlet_id: str, name: str) -> int:
        return int(self.stats.get(f"wirewatch/outlet/{outlet_id}/{name}", 0))

    def errors(self, outlet_id: str) -> list[str]:
        return list(self.stats.get(f"wirewatch/outlet/{outlet_id}/error_messages", []))

    def error_for(self, outlet_id: str, path: str) -> str:
        """The one error message naming ``path`` (fails the test when there is none)."""
        found = [m for m in self.errors(outlet_id) if self.base_url + path in m]
        assert found, f"no error message for {path} in {outlet_id}: {self.errors(outlet_id)}"
        return found[0]

    def hits_for(self, prefix: str) -> list[Hit]:
        return [hit for hit in self.hits if hit.path.startswith(prefix)]

    def stored(self, outlet_id: str) -> dict[str, str]:
        """Stored articles of one outlet: path -> body text."""
        with sqlite3.connect(self.db_path) as conn:
            rows = conn.execute("SELECT url, text FROM articles WHERE outlet_id = ?", (outlet_id,)).fetchall()
        return {url.removeprefix(self.base_url): text for url, text in rows}


def run_measured(*args: str, timeout: float, out_dir: Path) -> Measured:
    """Run the wirewatch CLI like ``conftest.run_wirewatch`` and measure the child's own peak RSS.

    ``os.wait4`` returns the resource usage of exactly this child (``ru_maxrss``,
    KiB on Linux). ``getrusage(RUSAGE_CHILDREN)`` would report the largest of
    *every* child the pytest process ever reaped, e.g. the demo crawl of
    another test module, and blame this crawl for it. Output goes to files, not
    pipes, so a chatty child can never block on a full pipe while we poll.
    """
    env = {k: v for k, v in os.environ.items() if k != "WIREWATCH_DB"}
    stdout_path, stderr_path = out_dir / "stdout.txt", out_dir / "stderr.txt"
    with stdout_path.open("wb") as stdout, stderr_path.open("wb") as stderr:
        started = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-m", "crawler", *args], stdout=stdout, stderr=stderr,
                                cwd=REPO, env=env)
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                proc.returncode = -9
                pytest.fail(f"crawl still running after {timeout} s (killed); stderr: "
                            f"{stderr_path.read_text(errors='replace')[-3000:]}")
            time.sleep(0.1)
        wall = time.monotonic() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Measured(proc.returncode, stdout_path.read_text(errors="replace"),
                    stderr_path.read_text(errors="replace"), wall, usage.ru_maxrss)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HostileCrawl]:
    """One crawl of the whole hostile web through the CLI (about 25 s)."""
    tmp = tmp_path_factory.mktemp("hostile")
    db_path, log_path = tmp / "news.db", tmp / "crawl.log"
    with HostileWeb() as web:
        sources = web.write_sources(tmp / "sources.toml")
        run = run_measured("crawl", "--sources", str(sources), "--db", str(db_path), "--log-file", str(log_path),
                           *LOOPBACK, *FAST, timeout=CRAWL_TIMEOUT_S, out_dir=tmp)
        hits = web.hits
        outlets = {outlet.id: outlet for outlet in web.outlets}
        base_url = web.base_url
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("SELECT stats FROM crawls ORDER BY id DESC LIMIT 1").fetchall()
    assert rows, f"no crawl recorded; exit {run.returncode}, stderr:\n{run.stderr[-3000:]}"
    print(f"\nhostile crawl: exit {run.returncode}, {run.wall_s:.1f} s wall, "
          f"peak RSS {run.max_rss_kib / 1024:.0f} MiB, {len(hits)} requests")
    yield HostileCrawl(run, log_path.read_text(encoding="utf-8", errors="replace"), json.loads(rows[0][0]),
                       hits, outlets, base_url, db_path)


# --- the crawl as a whole ----------------------------------------------------------


def test_crawl_finishes_in_bounded_time_and_memory(hostile: HostileCrawl) -> None:
    """Bombs, 50 MB pages and a 100,000-link feed must not cost the crawl its memory or its schedule."""
    assert hostile.run.wall_s < CRAWL_TIMEOUT_S
    assert hostile.run.max_rss_kib * 1024 < MAX_RSS_BYTES, f"peak RSS {hostile.run.max_rss_kib / 1024:.0f} MiB"


def test_exit_code_says_some_outlet_failed(hostile: HostileCrawl) -> None:
    """README: exit code 1 when some outlet could not be crawled at all (the others are still stored)."""
    assert hostile.run.returncode == 1, hostile.run.stderr[-3000:]
    assert "Traceback" not in hostile.run.stderr


def test_exactly_the_hopeless_outlets_failed(hostile: HostileCrawl) -> None:
    """Outlets whose only listing is malformed or a bomb fail; every other outlet had a usable listing."""
    summary = next((line for line in hostile.run.stderr.splitlines() if "failed outlets:" in line), "")
    failed = set(summary.split("failed outlets:", 1)[1].replace(",", " ").split()) if summary else set()
    assert failed == set(HOPELESS), f"summary line: {summary!r}"


@pytest.mark.parametrize("outlet_id", HOPELESS)
def test_failing_outlet_has_one_stderr_line_naming_its_url(hostile: HostileCrawl, outlet_id: str) -> None:
    """Cron mails stderr: each failed outlet must be there once, with the listing URL that failed."""
    outlet = hostile.outlets[outlet_id]
    (listing,) = outlet.feeds + outlet.sitemaps
    lines = [line for line in hostile.run.stderr.splitlines() if f"outlet '{outlet_id}'" in line]
    assert len(lines) == 1 and listing in lines[0], f"stderr lines for {outlet_id}: {lines}"
    assert hostile.counter(outlet_id, "listings_ok") == 0
    assert hostile.counter(outlet_id, "listings_failed") == 1


@pytest.mark.parametrize("outlet_id", WELL_BEHAVED)
def test_well_behaved_outlets_store_every_article(hostile: HostileCrawl, outlet_id: str) -> None:
    """The hostile neighbours on the same host must not cost the good outlets a single article."""
    stored = hostile.stored(outlet_id)
    assert sorted(stored) == sorted(hostile.outlets[outlet_id].expected.stored_paths)
    assert all(len(text.split()) >= 150 for text in stored.values())
    assert hostile.errors(outlet_id) == []


def test_offsite_urls_never_reach_any_server(hostile: HostileCrawl) -> None:
    """Links and redirects to other hosts (localhost, offsite.invalid, userinfo tricks) are never requested.

    Every request Scrapy downloaded arrived at this server with this server's
    own Host header: so none went to another host, not even a failed DNS lookup.
    """
    own_host = hostile.base_url.removeprefix("http://")
    assert {hit.host for hit in hostile.hits} == {own_host}
    assert hostile.hits_for("/offsite-only/") == []
    assert hostile.stats.get("downloader/request_count") == len(hostile.hits)
    assert not any("DNSLookupError" in key for key in hostile.stats)
    # feed: 6 offsite http(s) links; sitemap index: 2 offsite children; child sitemap: 2 offsite links
    assert hostile.counter("wanderer", "links_offsite") == 10
    assert sorted(hostile.stored("wanderer")) == sorted(hostile.outlets["wanderer"].expected.stored_paths)


def test_paths_a_correct_crawl_never_asks_for(hostile: HostileCrawl) -> None:
    """Cut-off URLs of truncated listings, links inside bombs, hops past the redirect limit."""
    for outlet in hostile.outlets.values():
        for prefix in outlet.expected.never_requested:
            assert hostile.hits_for(prefix) == [], f"{outlet.id}: {prefix} was requested"


# --- listings ------------------------------------------------------------------------


@pytest.mark.parametrize("outlet_id", ["broken-rss", "broken-atom", "broken-sitemap"])
def test_malformed_listing_fails_with_reason(hostile: HostileCrawl, outlet_id: str) -> None:
    """Unclosed tags and garbage bytes with no usable entry: a failed listing, said in the stats and log.

    (A malformed listing that still yields complete entries is usable: see the truncated test.)
    """
    outlet = hostile.outlets[outlet_id]
    (listing,) = outlet.feeds + outlet.sitemaps
    assert hostile.counter(outlet_id, "listings_failed") == 1, (
        f"{outlet_id}: listings_ok={hostile.counter(outlet_id, 'listings_ok')}, errors={hostile.errors(outlet_id)}"
    )
    assert any(listing in message for message in hostile.errors(outlet_id))
    assert re.search(rf"outlet '{outlet_id}'.*{re.escape(listing)}", hostile.log)


def test_truncated_listings_keep_their_complete_entries(hostile: HostileCrawl) -> None:
    """RSS, Atom and a sitemap cut off mid-entry: the complete entries are crawled, the cut one is not."""
    assert hostile.counter("truncated-feeds", "listings_ok") == 3
    assert sorted(hostile.stored("truncated-feeds")) == sorted(
        hostile.outlets["truncated-feeds"].expected.stored_paths)
    assert hostile.hits_for("/h/truncated/a/cut") == []


@pytest.mark.parametrize(("outlet_id", "reason"), [
    ("bomb-feed", "XML rejected by parser limits"),
    ("bomb-sitemap", "XML rejected by parser limits"),
    ("gzip-bomb-sitemap", "gzip body inflates beyond"),
])
def test_bombs_are_refused_with_reason(hostile: HostileCrawl, outlet_id: str, reason: str) -> None:
    """Billion laughs and a 1.1 GB .xml.gz are refused by the listing parser's limits, not expanded."""
    outlet = hostile.outlets[outlet_id]
    (listing,) = outlet.feeds + outlet.sitemaps
    (message,) = hostile.errors(outlet_id)
    assert listing in message and reason in message
    assert hostile.hits_for("/h/bombs/") == []


def test_flood_feed_is_capped_per_run(hostile: HostileCrawl) -> None:
    """A 100,000-link feed yields at most WIREWATCH_MAX_LISTING_ENTRIES article requests."""
    requested = {hit.path for hit in hostile.hits_for("/h/flood/a/")}
    assert 0 < len(requested) <= MAX_LISTING_ENTRIES
    assert len(hostile.hits_for("/h/flood/a/")) == len(requested)
    assert hostile.counter("flood", "listings_ok") == 1


# --- sizes and stalls ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["huge.html", "huge-chunked.html"])
def test_50_mb_page_is_cut_off_at_max_size(hostile: HostileCrawl, name: str) -> None:
    """A 50 MB page (declared, or chunked with no length) is abandoned at DOWNLOAD_MAXSIZE, with a logged reason."""
    url = f"{hostile.base_url}/h/heavy/a/{name}"
    assert re.search(rf"larger than download max size \(\d+\) in request <GET {re.escape(url)}>", hostile.log)
    hostile.error_for("heavy", f"/h/heavy/a/{name}")
    # A size cancel is final; a retry only happens when a busy machine made an attempt time out first.
    assert 1 <= len(hostile.hits_for(f"/h/heavy/a/{name}")) <= RETRY_TIMES + 1


def test_gzip_encoded_bomb_is_cut_off_and_reported(hostile: HostileCrawl) -> None:
    """Content-Encoding: gzip inflating to 1.1 GB stops at DOWNLOAD_MAXSIZE and is reported as an error.

    It must not be counted as a robots.txt refusal (no robots.txt rule covers it).
    """
    url = f"{hostile.base_url}/h/heavy/a/gzip-bomb.html"
    assert re.search(rf"<200 {re.escape(url)}> because its body .* exceeded DOWNLOAD_MAXSIZE", hostile.log)
    assert hostile.counter("heavy", "dropped/robots_txt") == 0
    assert "DOWNLOAD_MAXSIZE" in hostile.error_for("heavy", "/h/heavy/a/gzip-bomb.html")


def test_heavy_outlet_still_stores_its_good_article(hostile: HostileCrawl) -> None:
    assert list(hostile.stored("heavy")) == ["/h/heavy/a/fine.html"]


@pytest.mark.parametrize("path", ["/h/stall/a/hang.html", "/h/stall/a/trickle.html", "/h/stall/hang.xml"])
def test_stalled_responses_time_out_with_reason(hostile: HostileCrawl, path: str) -> None:
    """Silence and a one-byte-a-quarter-second trickle both end at DOWNLOAD_TIMEOUT, after the retries."""
    message = hostile.error_for("stall", path)
    assert f"took longer than {DOWNLOAD_TIMEOUT_S:.1f} seconds" in message
    assert len(hostile.hits_for(path)) == RETRY_TIMES + 1
    assert list(hostile.stored("stall")) == ["/h/stall/a/fine.html"]


# --- rate limits -------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/h/rate-limited/rss.xml", "/h/rate-limited/a/429.html",
                                  "/h/rate-limited/a/503.html", "/h/rate-limited/a/503-date.html"])
def test_retry_after_is_waited_out_then_succeeds(hostile: HostileCrawl, path: str) -> None:
    """429/503 with Retry-After (1 s, or an HTTP-date 1-2 s ahead) are retried after that delay, and succeed."""
    first, second = hostile.hits_for(path)
    assert second.at - first.at >= 0.9, f"retried after {second.at - first.at:.2f} s"
    if path.endswith(".html"):
        assert path in hostile.stored("rate-limited")


def test_retry_after_beyond_the_cap_gives_up_with_reason(hostile: HostileCrawl) -> None:
    """Retry-After: 3600 is over WIREWATCH_MAX_RETRY_AFTER (60 s): one request, no retry, a clear reason."""
    path = "/h/rate-limited/a/come-back-in-an-hour.html"
    assert len(hostile.hits_for(path)) == 1
    message = hostile.error_for("rate-limited", path)
    assert "Retry-After 3600 s" in message and "WIREWATCH_MAX_RETRY_AFTER" in message
    assert hostile.stats.get("wirewatch/retry_after/too_long") == 1
    assert hostile.stats.get("wirewatch/retry_after/waited") == 4
    assert sorted(hostile.stored("rate-limited")) == sorted(hostile.outlets["rate-limited"].expected.stored_paths)


# --- redirects -----------------------------------------------------------------------


@pytest.mark.parametrize(("path", "reason"), [
    ("/h/redirects/loop/b.html", "RedirectLoop: HTTP 302 redirect loop"),
    ("/h/redirects/self.html", "RedirectLoop: HTTP 301 redirect loop"),
    ("/h/redirects/meta/b.html", "RedirectLoop: meta refresh redirect loop"),
    ("/h/redirects/chain/5.html", "TooManyRedirects: more than 5 redirects"),
    ("/h/redirects/loop-feed2.xml", "RedirectLoop: HTTP 302 redirect loop"),
    ("/h/redirects/away-feed.xml", "OffsiteRedirect: HTTP 302 redirect to http://localhost:"),
])
def test_redirect_traps_are_refused_with_reason(hostile: HostileCrawl, path: str, reason: str) -> None:
    """Loops (HTTP, self, meta refresh), a 30-hop chain and a listing sent off-site each end in one clear error."""
    assert reason in hostile.error_for("redirects", path)


def test_redirect_loops_are_not_walked_again(hostile: HostileCrawl) -> None:
    """Each page of a loop is fetched once; the chain stops at REDIRECT_MAX_TIMES hops."""
    for path in ["/h/redirects/loop/a.html", "/h/redirects/loop/b.html", "/h/redirects/self.html",
                 "/h/redirects/meta/a.html", "/h/redirects/meta/b.html", "/h/redirects/loop-feed.xml"]:
        assert len(hostile.hits_for(path)) == 1, path
    chain = {hit.path for hit in hostile.hits_for("/h/redirects/chain/")}
    assert chain == {f"/h/redirects/chain/{n}.html" for n in range(6)}
    assert f"/h/redirects/chain/{LONG_CHAIN_HOPS}.html" not in chain


def test_short_redirect_chain_still_lands(hostile: HostileCrawl) -> None:
    """Two ordinary redirects (301, 302 with a relative Location) are followed and the article stored."""
    assert sorted(hostile.stored("redirects")) == ["/h/redirects/a/landed.html", "/h/redirects/a/plain.html"]
    assert hostile.counter("redirects", "listings_ok") == 1


def test_offsite_redirect_of_an_article_is_dropped_as_offsite_redirect(hostile: HostileCrawl) -> None:
    """README: a page redirected off the outlet's domains is dropped as ``offsite_redirect``, not robots_txt."""
    assert hostile.counter("redirects", "dropped/robots_txt") == 0
    assert hostile.counter("redirects", "dropped/offsite_redirect") == 1


# --- types and encodings -------------------------------------------------------------


@pytest.mark.parametrize("name", MISLABELLED)
def test_mislabelled_article_is_stored_and_decoded(hostile: HostileCrawl, name: str) -> None:
    """Wrong/missing Content-Type or charset on a real article: stored, accented text intact."""
    path = f"/h/mislabelled/a/{name}"
    stored = hostile.stored("mislabelled")
    assert path in stored, f"{name} not stored; drops: " + str(
        {k: v for k, v in hostile.stats.items() if k.startswith("wirewatch/outlet/mislabelled/dropped/")})
    assert ACCENTED_PHRASE in stored[path], stored[path][:400]


def test_binary_at_article_urls_is_dropped_as_not_html(hostile: HostileCrawl) -> None:
    """A PNG, random bytes, and a PNG served as text/html: all three dropped as ``not_html``."""
    drops = {k.rsplit("/", 1)[1]: v for k, v in hostile.stats.items()
             if k.startswith("wirewatch/outlet/mislabelled/dropped/")}
    assert drops == {"not_html": 3}
    assert hostile.errors("mislabelled") == []


# --- the Retry-After parser ----------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [
    (b"1", 1.0),
    ("  120 ", 120.0),
    ("3600", 3600.0),
    ("Thu, 01 Jan 1970 00:00:00 GMT", 0.0),          # in the past: no wait
    ("Fri, 27 Nov 2026 21:00:10 GMT", 10.0),         # 10 s after "now" below
    (None, None),
    ("", None),
    ("soon", None),
    ("-5", None),
    ("Fri, 99 Foo 2026 99:99:99 GMT", None),
])
def test_parse_retry_after(value: bytes | str | None, expected: float | None) -> None:
    now = 1795813200.0  # 2026-11-27T21:00:00Z
    assert parse_retry_after(value, now=now) == expected
