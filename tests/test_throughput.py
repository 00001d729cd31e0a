"""bench/crawl.py end to end on a small benchmark web: every figure is produced, and the crawl behind them is right.

The speed floors themselves are measured by the benchmark on the 10,000-article
web (see BENCHMARKS.md); here a 240-article web checks what the figures rest on:
all articles stored, the families found, identical stories with one and two
workers, and a second crawl that downloads no article again.
"""

from __future__ import annotations

import json
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
