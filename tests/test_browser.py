"""A real browser on the real server: headless Chromium opens "Which outlets ran this story?".

``wirewatch serve`` runs in its own process on a free loopback port over the crawled
demo store; Chromium renders the canned query page for one copy of a demo wire story
(``--dump-dom`` prints the DOM after load, so no browser driver is needed) and the
test reads the outlets out of the rendered table.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import lxml.html
import pytest

from conftest import REPO, CrawledDemo

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium() -> str:
    """Path of Debian's Chromium, or skip (``.ci/run`` installs it)."""
    path = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if path is None:
        pytest.skip("chromium not installed: apt-get install chromium (.ci/run installs it)")
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 60) -> None:
    """Poll until the server answers; fail with its log if it exits or never answers."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"wirewatch serve exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    pytest.fail(f"wirewatch serve did not answer {url} within {timeout}s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def server(crawled_demo: CrawledDemo, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``wirewatch serve`` (run as ``python -m crawler serve``) on the crawled demo store; yields its base URL."""
    assert crawled_demo.first_run.returncode == 0, crawled_demo.first_run.stderr[-3000:]
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "crawler", "serve", "--db", str(crawled_demo.db_path), "--port", str(port)],
            cwd=REPO,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base}/-/versions.json", process, log)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def render(url: str, profile: Path) -> lxml.html.HtmlElement:
    """The DOM Chromium built for ``url``, parsed."""
    result = subprocess.run(
        [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and "<html" in result.stdout, result.stderr[-3000:]
    return lxml.html.fromstring(result.stdout)


def test_chromium_shows_which_outlets_ran_a_demo_story(
    server: str, crawled_demo: CrawledDemo, tmp_path: Path
) -> None:
    chromium()
    truth = crawled_demo.truth
    names = dict(crawled_demo.query("SELECT id, name FROM outlets"))
    by_story: dict[str, list[dict]] = {}
    for article in truth["articles"]:
        by_story.setdefault(article["story"], []).append(article)
    # The wire story carried by the most outlets; ask with the URL of one of its copies.
    articles = max(
        (a for a in by_story.values() if any(x["is_wire_original"] for x in a)),
        key=lambda a: (len({x["outlet_id"] for x in a}), a[0]["story"]),
    )
    original = next(a for a in articles if a["is_wire_original"])
    copy = next(a for a in articles if not a["is_wire_original"])
    base = crawled_demo.web.base_url

    page = render(f"{server}/news/outlets_by_url?" + urlencode({"url": base + copy["path"]}), tmp_path / "profile")

    assert page.xpath("string(//h1)").strip() == "Which outlets ran this story?"
    rows = page.xpath('//table[contains(@class, "rows-and-columns")]/tbody/tr')
    outlets = [row.xpath('string(td[contains(@class, "col-outlet")])').strip() for row in rows]
    firsts = [row.xpath('string(td[contains(@class, "col-is_first")])').strip() for row in rows]
    links = [row.xpath('td[contains(@class, "col-url")]//a/@href')[0] for row in rows]
    assert set(outlets) == {names[a["outlet_id"]] for a in articles}
    assert outlets[0] == names[original["outlet_id"]] and firsts == ["1"] + ["0"] * (len(rows) - 1)
    assert set(links) == {base + a["path"] for a in articles}, "each copy links to its page"
