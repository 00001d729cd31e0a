"""bench/crawl.py end to end on a small benchmark web: every figure is produced, and the crawl behind them is right.

The speed floors themselves are measured by the benchmark on the 10,000-article
web (see BENCHMARKS.md); here a 240-article web checks what the figures rest on:
all articles stored, the families found, identical stories with one and two
workers, and a second crawl that downloads no article again.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest import REPO

KEYS = (
    "end_to_end_articles_per_s",
    "cpu_ceiling_articles_per_s",
    "io_ceiling_articles_per_s",
    "peak_rss_mb",
    "db_bytes_per_article",
    "workers",
)


def test_crawl_benchmark_reports_every_figure_on_a_correct_crawl(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "bench" / "crawl.py"), "--articles", "240", "--outlets", "20",
         "--workers", "1,2", "--json", "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=900, cwd=REPO,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout)
    for key in KEYS:
        assert report[key] > 0, key
    assert report["workers"] == 2 and set(report["by_workers"]) == {"1", "2"}
    for workers, row in report["by_workers"].items():
        assert row["articles_stored"] == 240, workers
        assert row["precision"] == 1.0 and row["recall"] == 1.0, (workers, row)
        assert row["grouping_identical"], workers
        assert row["articles_refetched_by_incremental"] == 0, workers
        assert row["incremental_seconds"] < row["crawl_seconds"], workers
    assert report["peak_rss_mb"] < 1024


def test_least_pipeline_really_extracts_and_indexes_every_article(tmp_path: Path) -> None:
    """bench/least_spider.py is the yardstick for the crawl: it must do the unavoidable work, all of it."""
    from benchweb.generate import build_web
    from benchweb.serve import BenchWeb

    web_dir = tmp_path / "web"
    build_web(web_dir, articles=60, outlets=20)
    db = tmp_path / "least.db"
    with BenchWeb(web_dir) as web:
        sources = web.write_sources(tmp_path / "sources.toml")
        result = subprocess.run([sys.executable, str(REPO / "bench" / "least_spider.py"), str(sources), str(db),
                                 "--workers", "2"], capture_output=True, text=True, timeout=300, cwd=REPO)
        assert result.returncode == 0, result.stderr[-3000:]
        urls = {url for _, url in web.article_pages()}
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["pages"] == report["articles"] == 60
    with sqlite3.connect(db) as conn:
        stored = {url for (url,) in conn.execute("SELECT url FROM articles WHERE length(text) > 1000")}
        word = conn.execute("SELECT text FROM articles LIMIT 1").fetchone()[0].split()[10].strip(".,;:\"'()")
        found = conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", [f'"{word}"']).fetchone()
        signatures = conn.execute("SELECT count(*) FROM articles WHERE length(signature) > 0").fetchone()[0]
    assert stored == urls
    assert found[0] >= 1
    assert signatures == 60


def test_lower_bound_runs_every_pipeline_over_every_article(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "bench" / "lower_bound.py"), "--articles", "60", "--outlets", "20",
         "--workers", "1,2", "--runs", "1", "--json", "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=900, cwd=REPO,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout)
    assert report["cpu_ceiling_articles_per_s"] > 0
    assert set(report["pipelines"]) == {f"{name}/w{w}" for name in ("least", "least_no_store", "crawl") for w in (1, 2)}
    for key, row in report["pipelines"].items():
        assert row["articles"] == 60, key
        assert 0 < row["vs_cpu_ceiling"] and row["main_cpu_ms_per_article"] > 0, key
    assert "speedup_vs_w1" in report["pipelines"]["crawl/w2"]
