"""Crawl throughput on a large local web, next to the two ceilings measured in the same run.

Generates (once, cached under ``bench/out/``) the benchmark web of
:mod:`benchweb`: 24 invented outlets, 10,000 articles of 400-1,200 words with
syndicated families, each outlet on its own loopback address 127.0.1.N. Then,
with that web served by its own process:

* **I/O ceiling**: ``bench/download_only.py``, a bare Scrapy spider that only
  downloads the listed pages, with the crawl's concurrency settings;
* **CPU ceiling**: :func:`crawler.extraction.extract_article` alone over the
  same pages on every core (a warm process pool reading the files);
* **end to end**: ``wirewatch crawl`` into a fresh database with
  ``WIREWATCH_WORKERS`` = each ``--workers`` value, timed from process start to
  exit, sampling the peak RSS of the crawl and its worker processes together;
  then a second, incremental crawl of the unchanged web;
* ``wirewatch import`` of the same pages from disk (skip with ``--no-import``);
* database bytes per article, and the stories compared with the web's families.

Each measurement is repeated ``--runs`` times; the medians are reported.

Usage:
    .venv/bin/python bench/crawl.py [--articles 10000] [--workers 1,2] [--runs 3] [--json] [--no-import]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

# A sibling script shares the library's name (bench/dedup.py): keep `import dedup` on the library.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

from benchweb.generate import build_web  # noqa: E402
from benchweb.serve import BenchWeb  # noqa: E402
from crawler.runner import LOOPBACK_ARGS  # noqa: E402
from crawler.workers import default_workers  # noqa: E402

OUT = HERE / "out"


# --------------------------------------------------------------- measuring


class TreeSampler:
    """Samples a process and its descendants (the crawl and its workers): peak summed RSS, CPU seconds per process.

    The process tree is listed again only every ``rescan`` seconds: walking all of ``/proc``
    ten times a second cost 4% of a core, taken from the crawl being measured.
    """

    def __init__(self, pid: int, interval: float = 0.1, rescan: float = 1.0) -> None:
        self.pid = pid
        self.interval = interval
        self.rescan = rescan
        self.peak_kb = 0
        self.cpu_seconds: dict[int, float] = {}  # last reading per process; a process's CPU time only grows
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        listed_at = float("-inf")
        while not self._stop.is_set():
            if time.monotonic() - listed_at >= self.rescan:
                pids, listed_at = _tree(self.pid), time.monotonic()
            self.peak_kb = max(self.peak_kb, sum(_rss_kb(pid) for pid in pids))
            for pid in pids:
                seconds = _cpu_seconds(pid)
                if seconds is not None:
                    self.cpu_seconds[pid] = seconds
            self._stop.wait(self.interval)

    @property
    def main_cpu(self) -> float:
        return self.cpu_seconds.get(self.pid, 0.0)

    @property
    def workers_cpu(self) -> float:
        return sum(seconds for pid, seconds in self.cpu_seconds.items() if pid != self.pid)


def _cpu_seconds(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = defaultdict(list)
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                    ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children[ppid].append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_sampled(command: list[str], name: str) -> tuple[str, float, TreeSampler]:
    """Run ``command`` to its end while sampling its process tree: stdout, wall seconds, the sampler.

    Raises:
        SystemExit: the command failed (its message names ``name``).
    """
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with TreeSampler(process.pid) as sampler:
        stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{name} failed ({process.returncode}): {stderr.strip() or stdout.strip()}")
    return stdout, seconds, sampler


def run_wirewatch(*args: str) -> dict[str, Any]:
    """Run one ``wirewatch`` command: wall seconds, peak RSS of it and its workers, their CPU seconds."""
    _, seconds, sampler = run_sampled([sys.executable, "-m", "crawler", *args], f"wirewatch {args[0]}")
    return {"seconds": seconds, "peak_rss_mb": sampler.peak_kb / 1024,
            "main_cpu_seconds": sampler.main_cpu, "workers_cpu_seconds": sampler.workers_cpu}


def run_crawl(sources: Path, db: Path, workers: int) -> dict[str, Any]:
    """One ``wirewatch crawl`` of the benchmark web into ``db``."""
    return run_wirewatch("crawl", "--sources", str(sources), "--db", str(db), "--quiet", *LOOPBACK_ARGS,
                         "--set", f"WIREWATCH_WORKERS={workers}", "--log-file", str(db.with_suffix(".log")))


def run_import(web_dir: Path, sources: Path, db: Path, workers: int) -> dict[str, Any]:
    """``wirewatch import`` of the same pages from disk (the web's ``pages.csv`` maps files to URLs and outlets)."""
    result = run_wirewatch("import", str(web_dir), "--sources", str(sources), "--db", str(db),
                           "--quiet", "--workers", str(workers))
    result["articles"], _ = stored_stories(db)
    return result


def io_ceiling(sources: Path) -> dict[str, Any]:
    """The bare download spider: pages, seconds, bytes, and the CPU seconds its process used."""
    stdout, _, sampler = run_sampled([sys.executable, str(HERE / "download_only.py"), str(sources)], "download_only.py")
    return {**json.loads(stdout.strip().splitlines()[-1]), "cpu_seconds": sampler.main_cpu}


def _extract_file(task: tuple[str, str]) -> bool:
    from crawler.extraction import extract_article

    path, url = task
    with open(path, "rb") as page:
        html = page.read().decode("utf-8")
    return extract_article(html, url).article is not None


def _warm(_: int) -> None:
    import crawler.extraction  # noqa: F401 - import cost is not extraction


def cpu_ceiling(pages: list[tuple[str, str]], cores: int) -> dict[str, Any]:
    """The extractor alone over the same pages, one warm process per core."""
    with multiprocessing.get_context("spawn").Pool(cores) as pool:
        pool.map(_warm, range(cores * 4))
        started = time.perf_counter()
        articles = sum(pool.imap_unordered(_extract_file, pages, chunksize=16))
        seconds = time.perf_counter() - started
    return {"pages": len(pages), "articles": articles, "seconds": seconds}


def stored_stories(db: Path) -> tuple[int, dict[str, int]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT url, story_id FROM articles").fetchall()
    return len(rows), dict(rows)


def partition(stories: dict[str, int]) -> set[frozenset[str]]:
    groups: dict[int, set[str]] = defaultdict(set)
    for url, story in stories.items():
        groups[story].add(url)
    return {frozenset(urls) for urls in groups.values()}


def pair_scores(truth: dict[str, str], stories: dict[str, int]) -> dict[str, float]:
    """Pairwise precision and recall of the stored stories against the web's families."""
    def pairs(groups: dict[Any, list[str]]) -> set[tuple[str, str]]:
        return {(a, b) for members in groups.values() for a in members for b in members if a < b}

    by_truth: dict[str, list[str]] = defaultdict(list)
    by_story: dict[int, list[str]] = defaultdict(list)
    for url, story in stories.items():
        by_story[story].append(url)
        if url in truth:
            by_truth[truth[url]].append(url)
    want, got = pairs(by_truth), pairs(by_story)
    both = len(want & got)
    return {"precision": both / len(got) if got else 1.0, "recall": both / len(want) if want else 1.0}


# --------------------------------------------------------------- the run


def measure(args: argparse.Namespace) -> dict[str, Any]:
    web_dir = Path(args.out) / f"web-{args.articles}-{args.outlets}"
    manifest = build_web(web_dir, articles=args.articles, outlets=args.outlets)
    cores = default_workers()
    workers_list = [int(w) for w in str(args.workers).split(",")] if args.workers else [cores]
    with BenchWeb(web_dir) as web, tempfile.TemporaryDirectory(prefix="wirewatch-bench-") as tmp_name:
        tmp = Path(tmp_name)
        sources = web.write_sources(tmp / "sources.toml")
        pages, truth = web.article_pages(), web.truth_by_url()
        runs: dict[str, list[dict[str, Any]]] = defaultdict(list)
        partitions: dict[int, set[frozenset[str]]] = {}
        for run in range(args.runs):
            runs["io"].append(io_ceiling(sources))
            runs["cpu"].append(cpu_ceiling(pages, cores))
            for workers in workers_list:
                db = tmp / f"run{run}-w{workers}.db"
                first = run_crawl(sources, db, workers)
                web.reset_stats()
                second = run_crawl(sources, db, workers)
                refetched = web.stats().get("article_200", 0)
                count, stories = stored_stories(db)
                partitions.setdefault(workers, partition(stories))
                same = partition(stories) == partitions[workers_list[0]] if workers_list[0] in partitions else True
                runs[f"w{workers}"].append({
                    **first,
                    "articles": count,
                    "incremental_seconds": second["seconds"],
                    "articles_refetched": refetched,
                    "db_bytes": sum(p.stat().st_size for p in db.parent.glob(db.name + "*") if p.suffix != ".log"),
                    "grouping_same_as_first_workers": same,
                    **pair_scores(truth, stories),
                })
                if args.import_too:
                    imported = run_import(web_dir, sources, tmp / f"import{run}-w{workers}.db", workers)
                    runs[f"w{workers}"][-1]["import_articles_per_s"] = imported["articles"] / imported["seconds"]
                for leftover in [*db.parent.glob(db.name + "*"), *tmp.glob(f"import{run}-w{workers}.db*")]:
                    leftover.unlink()
    return summarize(args, manifest, cores, workers_list, runs)


def summarize(args: argparse.Namespace, manifest: Any, cores: int, workers_list: list[int],
              runs: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    io_rate = statistics.median(r["pages"] / r["seconds"] for r in runs["io"])
    io_cpu_ms = statistics.median(1000 * r["cpu_seconds"] / max(1, r["pages"]) for r in runs["io"])
    cpu_rate = statistics.median(r["articles"] / r["seconds"] for r in runs["cpu"])
    # Core-milliseconds of extraction per article: what the whole pipeline may spend 25% over.
    extraction_ms = 1000 * cores / cpu_rate
    by_workers = {}
    for workers in workers_list:
        rows = runs[f"w{workers}"]
        by_workers[workers] = {
            "end_to_end_articles_per_s": round(statistics.median(r["articles"] / r["seconds"] for r in rows), 2),
            "crawl_seconds": round(statistics.median(r["seconds"] for r in rows), 2),
            "incremental_seconds": round(statistics.median(r["incremental_seconds"] for r in rows), 2),
            "peak_rss_mb": round(max(r["peak_rss_mb"] for r in rows), 1),
            "db_bytes_per_article": round(statistics.median(r["db_bytes"] / max(1, r["articles"]) for r in rows)),
            "main_process_cpu_ms_per_article": round(
                statistics.median(1000 * r["main_cpu_seconds"] / max(1, r["articles"]) for r in rows), 2),
            "workers_cpu_ms_per_article": round(
                statistics.median(1000 * r["workers_cpu_seconds"] / max(1, r["articles"]) for r in rows), 2),
            "cpu_ms_per_article_beyond_extraction": round(statistics.median(
                1000 * (r["main_cpu_seconds"] + r["workers_cpu_seconds"]) / max(1, r["articles"]) - extraction_ms
                for r in rows), 2),
            "articles_stored": rows[0]["articles"],
            "articles_refetched_by_incremental": rows[0]["articles_refetched"],
            "grouping_identical": all(r["grouping_same_as_first_workers"] for r in rows),
            "import_articles_per_s": (
                round(statistics.median(r["import_articles_per_s"] for r in rows), 2) if args.import_too else None
            ),
            "precision": round(statistics.median(r["precision"] for r in rows), 4),
            "recall": round(statistics.median(r["recall"] for r in rows), 4),
            "runs": [{k: round(v, 3) if isinstance(v, float) else v for k, v in r.items()} for r in rows],
        }
    main_workers = max(workers_list)
    main = by_workers[main_workers]
    report: dict[str, Any] = {
        "end_to_end_articles_per_s": main["end_to_end_articles_per_s"],
        "cpu_ceiling_articles_per_s": round(cpu_rate, 2),
        "io_ceiling_articles_per_s": round(io_rate, 2),
        "io_ceiling_cpu_ms_per_page": round(io_cpu_ms, 2),
        "extraction_core_ms_per_article": round(extraction_ms, 2),
        "peak_rss_mb": main["peak_rss_mb"],
        "db_bytes_per_article": main["db_bytes_per_article"],
        "workers": main_workers,
        "end_to_end_vs_cpu_ceiling": round(main["end_to_end_articles_per_s"] / cpu_rate, 3),
        "incremental_vs_first_crawl": round(main["incremental_seconds"] / main["crawl_seconds"], 4),
        "articles": args.articles,
        "outlets": args.outlets,
        "cores": cores,
        "runs": args.runs,
        "by_workers": by_workers,
    }
    if len(workers_list) > 1:
        low, high = min(workers_list), max(workers_list)
        report[f"speedup_{high}_vs_{low}_workers"] = round(
            by_workers[high]["end_to_end_articles_per_s"] / by_workers[low]["end_to_end_articles_per_s"], 3
        )
    return report


def print_report(report: dict[str, Any]) -> None:
    print(f"{report['articles']} articles, {report['outlets']} outlets, {report['cores']} cores, "
          f"median of {report['runs']} run(s)")
    print(f"  I/O ceiling (download only):       {report['io_ceiling_articles_per_s']:8.1f} articles/s")
    print(f"  CPU ceiling (extraction, {report['cores']} cores): {report['cpu_ceiling_articles_per_s']:8.1f} articles/s")
    print(f"  CPU per article: extraction {report['extraction_core_ms_per_article']} ms "
          f"(0.8 x the ceiling leaves {0.25 * report['extraction_core_ms_per_article']:.2f} ms for the rest); "
          f"bare Scrapy download {report['io_ceiling_cpu_ms_per_page']} ms")
    for workers, row in report["by_workers"].items():
        print(f"  wirewatch crawl, {workers} worker(s):      {row['end_to_end_articles_per_s']:8.1f} articles/s "
              f"({row['crawl_seconds']} s; incremental {row['incremental_seconds']} s; "
              f"peak RSS {row['peak_rss_mb']} MB; {row['db_bytes_per_article']} bytes/article; "
              f"pairs P {row['precision']} R {row['recall']}; same grouping: {row['grouping_identical']}; "
              f"CPU ms/article: crawl process {row['main_process_cpu_ms_per_article']}, "
              f"workers {row['workers_cpu_ms_per_article']}, "
              f"beyond extraction {row['cpu_ms_per_article_beyond_extraction']})")
        if row["import_articles_per_s"] is not None:
            print(f"  wirewatch import, {workers} worker(s):     {row['import_articles_per_s']:8.1f} articles/s")
    print(f"  end to end / CPU ceiling: {report['end_to_end_vs_cpu_ceiling']}")
    for key, value in report.items():
        if key.startswith("speedup_"):
            print(f"  {key}: {value}")
    print(f"  incremental / first crawl: {report['incremental_vs_first_crawl']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles in the benchmark web (default 10000)")
    parser.add_argument("--outlets", type=int, default=24, help="outlets (default 24)")
    parser.add_argument("--workers", default=None, help="WIREWATCH_WORKERS values to compare, e.g. 1,2 (default: cores)")
    parser.add_argument("--runs", type=int, default=1, help="repeat every measurement; medians are reported")
    parser.add_argument("--out", default=str(OUT), help="where generated webs are cached (default bench/out)")
    parser.add_argument("--no-import", dest="import_too", action="store_false",
                        help="skip timing `wirewatch import` of the same pages")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args()
    report = measure(args)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_report(report)


if __name__ == "__main__":
    main()
