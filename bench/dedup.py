"""Story grouping quality on the labelled evaluation set, end to end, next to a naive baseline.

Generates the evaluation set (``python -m evalset.generate``), serves it on
loopback, crawls it with ``wirewatch crawl`` into a fresh database, and scores
the stories against the labels: pairwise precision/recall/F1, adjusted Rand
index, recall per kind of variation, hard-negative pairs merged. The baseline,
measured in the same run on the same stored texts, is datasketch ``MinHashLSH``
at threshold 0.5 over word 5-grams with groups = connected components.

``--sweep`` regroups the crawled database under other parameters (shingle
size, thresholds, permutations) to draw the precision/recall curve.
``--speed`` also runs ``bench/dedup_speed.py`` (signature throughput, 1M index).

Usage:
    .venv/bin/python bench/dedup.py [--sweep] [--speed] [--json]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

# This script shares its name with the library it measures: keep `import dedup` on the library.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

from datasketch import MinHash, MinHashLSH  # noqa: E402

from crawler.demo_web import DemoWeb, write_sources  # noqa: E402
from crawler.runner import LOOPBACK_ARGS  # noqa: E402
from crawler.grouping import GroupingConfig  # noqa: E402
from crawler.regroup import regroup  # noqa: E402
from crawler.store import open_db  # noqa: E402
from dedup.evaluate import adjusted_rand_index, merged_pairs, pair_recall, pairwise_scores  # noqa: E402



def generate(out: Path, seed: int) -> dict[str, Any]:
    subprocess.run([sys.executable, "-m", "evalset.generate", str(out), "--seed", str(seed)], check=True,
                   stdout=subprocess.DEVNULL)
    return json.loads((out / "truth.json").read_text(encoding="utf-8"))


def crawl(out: Path, db: Path, sources_template: Path, extra: list[str] | None = None) -> None:
    """Serve the generated site and crawl it with the real CLI."""
    with DemoWeb(root=out / "site") as web:
        sources = write_sources(web.base_url, db.with_suffix(".toml"), sources_template)
        result = subprocess.run(
            [sys.executable, "-m", "crawler", "crawl", "--sources", str(sources), "--db", str(db), "--quiet",
             *LOOPBACK_ARGS, *(extra or [])],
            capture_output=True, text=True,
        )
        if result.returncode != 0:
            raise SystemExit(f"crawl failed ({result.returncode}): {result.stderr[-2000:]}")


def stored(db: Path) -> tuple[dict[str, int], dict[str, str]]:
    """``path -> story_id`` and ``path -> text`` from a crawled database."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT url, story_id, text FROM articles").fetchall()
    strip = lambda url: "/" + url.split("/", 3)[3]  # noqa: E731 - drop scheme and host:port
    return {strip(u): s for u, s, _ in rows}, {strip(u): t for u, _, t in rows}


def naive_baseline(texts: dict[str, str], num_perm: int = 128) -> dict[str, int]:
    """MinHashLSH at 0.5 over word 5-grams, one ``update`` per shingle; groups = connected components."""
    lsh = MinHashLSH(threshold=0.5, num_perm=num_perm)
    signatures = {}
    for key, text in texts.items():
        words = text.lower().split()
        m = MinHash(num_perm=num_perm)
        for i in range(max(1, len(words) - 4)):
            m.update(" ".join(words[i : i + 5]).encode("utf-8"))
        signatures[key] = m
        lsh.insert(key, m)
    parent = {key: key for key in texts}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for key, m in signatures.items():
        for other in lsh.query(m):
            parent[find(other)] = find(key)
    roots: dict[str, int] = {}
    return {key: roots.setdefault(find(key), len(roots)) for key in texts}


def score(truth: dict[str, Any], predicted: dict[str, Any]) -> dict[str, Any]:
    labels = {a["path"]: a["story"] for a in truth["articles"]}
    pairs = pairwise_scores(labels, predicted)
    by_story: dict[str, list[dict[str, Any]]] = {}
    for article in truth["articles"]:
        by_story.setdefault(article["story"], []).append(article)
    per_variation: dict[str, float] = {}
    kinds = sorted({v for a in truth["articles"] for v in a.get("variations", [])})
    for kind in kinds:
        variation_pairs = []
        for members in by_story.values():
            originals = [m for m in members if m.get("is_original")]
            for copy in members:
                if kind in copy.get("variations", []) and not copy.get("is_original"):
                    variation_pairs += [(o["path"], copy["path"]) for o in originals]
        per_variation[kind] = round(pair_recall(variation_pairs, predicted), 4)
    hard = [(a, b) for a, b, *_ in truth["hard_negative_pairs"]]
    merged = merged_pairs(hard, labels, predicted)
    return {
        "articles": sum(1 for p in labels if p in predicted),
        "missing": sorted(p for p in labels if p not in predicted),
        "precision": round(pairs.precision, 4),
        "recall": round(pairs.recall, 4),
        "f1": round(pairs.f1, 4),
        "ari": round(adjusted_rand_index(labels, predicted), 4),
        "recall_by_variation": per_variation,
        "hard_negative_pairs": len(hard),
        "hard_negatives_merged": [list(p) for p in merged],
    }


def sweep(db: Path, truth: dict[str, Any], tmp: Path) -> list[dict[str, Any]]:
    """Regroup a copy of the crawled database under each parameter set and score it."""
    base = GroupingConfig()
    configs = [replace(base, shingle_size=k) for k in (3, 4, 5, 6, 7)]
    configs += [replace(base, jaccard_threshold=t) for t in (0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8)]
    configs += [replace(base, containment_threshold=c) for c in (0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 0.9)]
    configs += [replace(base, jaccard_threshold=0.1, containment_threshold=0.2, representative_floor=0.1)]
    configs += [replace(base, num_perm=n) for n in (64, 256)]
    configs += [replace(base, member_support=2)]
    configs += [replace(base, representative_floor=f) for f in (0.1, 0.2, 0.3, 0.5, 0.6)]
    rows = []
    for config in configs:
        copy = tmp / "sweep.db"
        shutil.copy(db, copy)
        handle = open_db(copy)
        started = time.perf_counter()
        regroup(handle, config)
        seconds = time.perf_counter() - started
        handle.close()
        predicted, _ = stored(copy)
        result = score(truth, predicted)
        rows.append({**asdict(config), **{k: result[k] for k in ("precision", "recall", "f1", "ari")},
                     "truncated40_recall": result["recall_by_variation"].get("truncated40"),
                     "hard_negatives_merged": len(result["hard_negatives_merged"]), "regroup_s": round(seconds, 2)})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7, help="evaluation-set seed (default 7)")
    parser.add_argument("--sweep", action="store_true", help="also sweep grouping parameters")
    parser.add_argument("--speed", action="store_true", help="also run bench/dedup_speed.py")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        truth = generate(tmp / "set", args.seed)
        db = tmp / "eval.db"
        started = time.perf_counter()
        crawl(tmp / "set", db, tmp / "set" / "sources.toml")
        crawl_s = time.perf_counter() - started
        predicted, texts = stored(db)
        ours = score(truth, predicted)
        started = time.perf_counter()
        baseline = score(truth, naive_baseline(texts))
        baseline_s = time.perf_counter() - started
        report: dict[str, Any] = {
            "wirewatch": {**ours, "crawl_s": round(crawl_s, 1), "config": asdict(GroupingConfig())},
            "baseline_minhashlsh_0.5_word5": {**baseline, "seconds": round(baseline_s, 2)},
        }
        if args.sweep:
            report["sweep"] = sweep(db, truth, tmp)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_report(report)
    if args.speed:
        subprocess.run([sys.executable, str(HERE / "dedup_speed.py")], check=True)


def print_report(report: dict[str, Any]) -> None:
    ours, base = report["wirewatch"], report["baseline_minhashlsh_0.5_word5"]
    print(f"articles scored: {ours['articles']} (missing from the crawl: {len(ours['missing'])})\n")
    print("| grouping | precision | recall | F1 | ARI | hard negatives merged |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, r in (("wirewatch", ours), ("baseline: MinHashLSH 0.5, word 5-grams, components", base)):
        print(f"| {name} | {r['precision']:.4f} | {r['recall']:.4f} | {r['f1']:.4f} | {r['ari']:.4f} | "
              f"{len(r['hard_negatives_merged'])} of {r['hard_negative_pairs']} |")
    print("\n| variation | wirewatch recall | baseline recall |")
    print("| --- | ---: | ---: |")
    for kind, value in ours["recall_by_variation"].items():
        print(f"| {kind} | {value:.4f} | {base['recall_by_variation'].get(kind, 0):.4f} |")
    if "sweep" in report:
        print("\n| shingle k | Jaccard thr. | containment thr. | num_perm | member support | rep. floor | precision | recall | F1 | ARI | truncated40 recall | hard neg. merged |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for r in report["sweep"]:
            print(f"| {r['shingle_size']} | {r['jaccard_threshold']} | {r['containment_threshold']} | {r['num_perm']} | "
                  f"{r['member_support']} | {r['representative_floor']} | "
                  f"{r['precision']:.4f} | {r['recall']:.4f} | {r['f1']:.4f} | {r['ari']:.4f} | "
                  f"{r['truncated40_recall']:.4f} | {r['hard_negatives_merged']} |")


if __name__ == "__main__":
    main()
