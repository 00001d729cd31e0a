"""Extraction quality on the demo web's labelled bodies: token-level F1 per outlet and overall.

Crawls the bundled demo web with the real CLI into a temporary database, then
scores each stored body against the ground truth, next to plain
``trafilatura.extract`` (default options) on the same pages as a baseline.

Usage:
    .venv/bin/python bench/extraction_quality.py [--json]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import urllib.request
from collections import defaultdict
from pathlib import Path

# bench/dedup.py sits beside this script: keep `import dedup` on the library, not on it.
BENCH_DIR = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != BENCH_DIR]

import trafilatura  # noqa: E402

from crawler.demo_web import DemoWeb, load_ground_truth, write_sources  # noqa: E402
from crawler.extraction import decode_html  # noqa: E402
from crawler.quality import Score, token_f1  # noqa: E402
from crawler.runner import LOOPBACK_ARGS  # noqa: E402



def crawl_demo(web: DemoWeb, tmp: Path) -> dict[str, str]:
    """Crawl the demo web with the CLI; return stored text by URL."""
    sources = write_sources(web.base_url, tmp / "sources.toml")
    db = tmp / "bench.db"
    subprocess.run(
        [sys.executable, "-m", "crawler", "crawl", "--sources", str(sources), "--db", str(db), "--quiet", *LOOPBACK_ARGS],
        check=True,
    )
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT url, text FROM articles"))


def baseline_text(url: str) -> str:
    """Plain trafilatura with its defaults on the same page bytes."""
    with urllib.request.urlopen(url) as response:
        html = decode_html(response.read(), response.headers.get("Content-Type"))
    return trafilatura.extract(html, url=url, deduplicate=False) or ""


def mean(scores: list[Score], field: str) -> float:
    return statistics.fmean(getattr(s, field) for s in scores) if scores else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    truth = load_ground_truth()
    ours: dict[str, list[Score]] = defaultdict(list)
    base: dict[str, list[Score]] = defaultdict(list)
    with DemoWeb() as web, tempfile.TemporaryDirectory() as tmp:
        stored = crawl_demo(web, Path(tmp))
        for article in truth["articles"]:
            url = web.base_url + article["path"]
            ours[article["outlet_id"]].append(token_f1(article["body"], stored.get(url, "")))
            base[article["outlet_id"]].append(token_f1(article["body"], baseline_text(url)))
    rows = []
    for outlet in [o["id"] for o in truth["outlets"]] + ["ALL"]:
        mine = [s for k, v in ours.items() for s in v] if outlet == "ALL" else ours[outlet]
        theirs = [s for k, v in base.items() for s in v] if outlet == "ALL" else base[outlet]
        rows.append(
            {
                "outlet": outlet,
                "articles": len(mine),
                "precision": round(mean(mine, "precision"), 3),
                "recall": round(mean(mine, "recall"), 3),
                "f1": round(mean(mine, "f1"), 3),
                "min_f1": round(min((s.f1 for s in mine), default=0.0), 3),
                "trafilatura_default_f1": round(mean(theirs, "f1"), 3),
            }
        )
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print("| outlet | articles | precision | recall | F1 | min F1 | plain trafilatura F1 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(
            f"| {r['outlet']} | {r['articles']} | {r['precision']:.3f} | {r['recall']:.3f} | "
            f"{r['f1']:.3f} | {r['min_f1']:.3f} | {r['trafilatura_default_f1']:.3f} |"
        )


if __name__ == "__main__":
    main()
