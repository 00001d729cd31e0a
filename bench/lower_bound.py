"""How close to the CPU ceiling any Scrapy-based wirewatch can get on this machine.

Runs, on the benchmark web of ``bench/crawl.py`` and in the same run:

* the **CPU ceiling** (extraction alone on every core, as ``bench/crawl.py``);
* ``bench/least_spider.py``, the **least pipeline**: Scrapy downloads, our
  worker pool extracts, and articles go to SQLite with a full-text index;
  nothing else of wirewatch (no grouping, stories, pipelines or bookkeeping);
* the same **without storing** (download and extract only);
* ``wirewatch crawl`` itself (skip with ``--no-crawl``);

each with every ``--workers`` value, timed from process start to exit, with
the CPU seconds of the crawl process and of its workers. Whatever the least
pipeline reaches bounds what the real crawl can reach here; the gap between
the two is what wirewatch's own work costs.

Usage:
    .venv/bin/python bench/lower_bound.py [--articles 10000] [--workers 1,2] [--runs 3] [--no-crawl] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

from benchweb.generate import build_web  # noqa: E402
from benchweb.serve import BenchWeb  # noqa: E402
from crawler.workers import default_workers  # noqa: E402

sys.path.insert(0, str(HERE))  # for the sibling script; crawl.py takes HERE off the path again
from crawl import OUT, cpu_ceiling, run_crawl, run_sampled, stored_stories  # noqa: E402

PIPELINES = ("least", "least_no_store", "crawl")


def run_pipeline(name: str, sources: Path, db: Path, workers: int) -> dict[str, float]:
    """One run of a pipeline over the whole web: articles, wall seconds, CPU seconds of the crawl process and workers."""
    if name == "crawl":
        run = run_crawl(sources, db, workers)  # bench/crawl.py's own crawl, log file and all
        result = {"articles": stored_stories(db)[0], "seconds": run["seconds"],
                  "main_cpu": run["main_cpu_seconds"], "workers_cpu": run["workers_cpu_seconds"]}
    else:
        command = [sys.executable, str(HERE / "least_spider.py"), str(sources), str(db), "--workers", str(workers)]
        if name == "least_no_store":
            command.append("--no-store")
        stdout, seconds, sampler = run_sampled(command, name)
        result = {"articles": json.loads(stdout.strip().splitlines()[-1])["articles"], "seconds": seconds,
                  "main_cpu": sampler.main_cpu, "workers_cpu": sampler.workers_cpu}
    for leftover in db.parent.glob(db.name + "*"):
        leftover.unlink()
    return result


def measure(args: argparse.Namespace) -> dict[str, Any]:
    web_dir = Path(args.out) / f"web-{args.articles}-{args.outlets}"
    build_web(web_dir, articles=args.articles, outlets=args.outlets)
    cores = default_workers()
    workers_list = [int(w) for w in str(args.workers).split(",")]
    names = [name for name in PIPELINES if args.crawl or name != "crawl"]
    runs: dict[str, list[dict[str, float]]] = defaultdict(list)
    ceilings: list[float] = []
    with BenchWeb(web_dir) as web, tempfile.TemporaryDirectory(prefix="wirewatch-bound-") as tmp_name:
        sources = web.write_sources(Path(tmp_name) / "sources.toml")
        pages = web.article_pages()
        for _ in range(args.runs):
            ceiling = cpu_ceiling(pages, cores)
            ceilings.append(ceiling["articles"] / ceiling["seconds"])
            for name in names:
                for workers in workers_list:
                    runs[f"{name}/w{workers}"].append(
                        run_pipeline(name, sources, Path(tmp_name) / f"{name}.db", workers))
    ceiling_rate = statistics.median(ceilings)
    report: dict[str, Any] = {
        "articles": args.articles, "cores": cores, "runs": args.runs,
        "cpu_ceiling_articles_per_s": round(ceiling_rate, 2),
        "extraction_core_ms_per_article": round(1000 * cores / ceiling_rate, 2),
        "pipelines": {},
    }
    for key, rows in runs.items():
        rate = statistics.median(r["articles"] / r["seconds"] for r in rows)
        report["pipelines"][key] = {
            "articles": min(r["articles"] for r in rows),  # a pipeline that lost pages would only look fast
            "articles_per_s": round(rate, 2),
            "vs_cpu_ceiling": round(rate / ceiling_rate, 3),
            "main_cpu_ms_per_article": round(statistics.median(1000 * r["main_cpu"] / r["articles"] for r in rows), 2),
            "workers_cpu_ms_per_article": round(
                statistics.median(1000 * r["workers_cpu"] / r["articles"] for r in rows), 2),
            "rates": [round(r["articles"] / r["seconds"], 2) for r in rows],
        }
    if len(workers_list) > 1:
        low, high = min(workers_list), max(workers_list)
        for name in names:
            report["pipelines"][f"{name}/w{high}"][f"speedup_vs_w{low}"] = round(
                report["pipelines"][f"{name}/w{high}"]["articles_per_s"]
                / report["pipelines"][f"{name}/w{low}"]["articles_per_s"], 3)
    return report


def print_report(report: dict[str, Any]) -> None:
    print(f"{report['articles']} articles, {report['cores']} cores, median of {report['runs']} run(s)")
    print(f"  CPU ceiling: {report['cpu_ceiling_articles_per_s']} articles/s "
          f"({report['extraction_core_ms_per_article']} core-ms of extraction per article)")
    for key, row in report["pipelines"].items():
        speedup = next((f", {k.replace('_', ' ')} {v}x" for k, v in row.items() if k.startswith("speedup")), "")
        print(f"  {key:20s} {row['articles_per_s']:7.1f} articles/s = {row['vs_cpu_ceiling']:.3f} x ceiling{speedup}; "
              f"CPU ms/article: crawl process {row['main_cpu_ms_per_article']}, workers {row['workers_cpu_ms_per_article']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles in the benchmark web (default 10000)")
    parser.add_argument("--outlets", type=int, default=24, help="outlets (default 24)")
    parser.add_argument("--workers", default="1,2", help="worker counts to run each pipeline with (default 1,2)")
    parser.add_argument("--runs", type=int, default=3, help="repeat every measurement; medians are reported")
    parser.add_argument("--out", default=str(OUT), help="where generated webs are cached (default bench/out)")
    parser.add_argument("--no-crawl", dest="crawl", action="store_false", help="skip `wirewatch crawl` itself")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args()
    report = measure(args)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_report(report)


if __name__ == "__main__":
    main()
