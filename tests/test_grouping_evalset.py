"""Story grouping end to end on the labelled evaluation set: quality floors, incremental equals batch.

The set (``python -m evalset.generate``) is generated here, served on loopback
and crawled with the real CLI; the floors are those of the grouping issue.
"""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import LOOPBACK, run_wirewatch
from crawler.demo_web import DemoWeb, write_sources
from dedup.evaluate import merged_pairs, pair_recall, pairwise_scores

BENCH = Path(__file__).resolve().parent.parent / "bench" / "dedup.py"


def partition(db: Path) -> set[frozenset[str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT story_id, url FROM articles").fetchall()
    stories: dict[int, set[str]] = {}
    for story_id, url in rows:
        stories.setdefault(story_id, set()).add("/" + url.split("/", 3)[3])
    return {frozenset(members) for members in stories.values()}


def labels_of(db: Path) -> dict[str, int]:
    return {path: n for n, members in enumerate(sorted(map(sorted, partition(db)))) for path in members}


@pytest.fixture(scope="module")
def evalset(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, DemoWeb, dict[str, Any]]]:
    out = tmp_path_factory.mktemp("evalset")
    subprocess.run([sys.executable, "-m", "evalset.generate", str(out)], check=True, stdout=subprocess.DEVNULL)
    import json

    truth = json.loads((out / "truth.json").read_text(encoding="utf-8"))
    with DemoWeb(root=out / "site") as web:
        yield out, web, truth


def crawl(out: Path, web: DemoWeb, db: Path, sources_name: str) -> None:
    sources = write_sources(web.base_url, db.parent / f"{db.stem}-{sources_name}", out / sources_name)
    result = run_wirewatch("crawl", "--sources", str(sources), "--db", str(db), "--quiet", *LOOPBACK)
    assert result.returncode == 0, result.stderr[-2000:]


@pytest.fixture(scope="module")
def one_run(evalset: tuple[Path, DemoWeb, dict[str, Any]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out, web, _ = evalset
    db = tmp_path_factory.mktemp("one") / "one.db"
    crawl(out, web, db, "sources.toml")
    return db


def test_grouping_meets_the_quality_floors(evalset: tuple[Path, DemoWeb, dict[str, Any]], one_run: Path) -> None:
    _, _, truth = evalset
    truth_labels = {a["path"]: a["story"] for a in truth["articles"]}
    predicted = labels_of(one_run)
    assert set(predicted) == set(truth_labels), "every labelled article is stored"
    score = pairwise_scores(truth_labels, predicted)
    assert score.precision >= 0.99 and score.recall >= 0.95, score
    by_story: dict[str, list[dict[str, Any]]] = {}
    for article in truth["articles"]:
        by_story.setdefault(article["story"], []).append(article)
    truncated = [
        (original["path"], copy["path"])
        for members in by_story.values()
        for original in members
        if original["is_original"]
        for copy in members
        if "truncated40" in copy["variations"] and not copy["is_original"]
    ]
    assert len(truncated) >= 10
    assert pair_recall(truncated, predicted) >= 0.90
    hard = [(a, b) for a, b, *_ in truth["hard_negative_pairs"]]
    assert merged_pairs(hard, truth_labels, predicted) == []


def test_better_recall_than_the_naive_baseline_at_equal_precision(
    evalset: tuple[Path, DemoWeb, dict[str, Any]], one_run: Path
) -> None:
    spec = importlib.util.spec_from_file_location("bench_dedup", BENCH)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    _, _, truth = evalset
    truth_labels = {a["path"]: a["story"] for a in truth["articles"]}
    _, texts = bench.stored(one_run)
    ours = pairwise_scores(truth_labels, labels_of(one_run))
    naive = pairwise_scores(truth_labels, bench.naive_baseline(texts))
    assert ours.recall > naive.recall
    assert ours.precision >= naive.precision


def test_three_incremental_runs_and_regroup_give_the_one_run_stories(
    evalset: tuple[Path, DemoWeb, dict[str, Any]], one_run: Path, tmp_path: Path
) -> None:
    out, web, truth = evalset
    db = tmp_path / "batches.db"
    later = {a["path"] for a in truth["articles"] if a["path"] in truth["batches"]["3"]}
    for batch in ("1", "2", "3"):
        crawl(out, web, db, f"sources-batch{batch}.toml")
    assert later, "the last batch has articles"
    assert partition(db) == partition(one_run)
    regrouped = tmp_path / "regrouped.db"
    shutil.copy(db, regrouped)
    assert run_wirewatch("regroup", "--db", str(regrouped)).returncode == 0
    assert partition(regrouped) == partition(one_run)
