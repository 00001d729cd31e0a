#!/usr/bin/env python
"""Benchmark of the dedup library: signature throughput and index scale.

Part 1, signatures for ~800-word articles generated from a fixed-seed
invented vocabulary (Zipf word frequencies), median of several runs:

* ``naive``: datasketch ``MinHash(num_perm)`` with one ``update()`` per
  shingle string (the textbook loop);
* ``update_batch``: datasketch ``MinHash.update_batch`` on the same strings;
* ``bulk``: dedup's numpy path (token hashing, shingle combination, all
  permutations x all shingles at once) one article at a time;
* ``bulk_many``: the same with ``MinHasher.hashvalues_many`` over all articles.

Rows "from tokens" start from the token lists (the signature step alone);
rows "from text" include normalisation and tokenisation for every path.

Part 2, the candidate index at scale: ``--keys`` random signatures (default
1,000,000) are indexed with :meth:`BandIndex.from_signatures`, saved to
``.npz`` and loaded in a fresh subprocess, which reports the load time and
the resident-memory delta of the loaded index (``VmRSS`` from
``/proc/self/status``), then assigns real articles against it with
:class:`StoryAssigner` and reports the median query and query+assign times.
Rebuilding from serialised signature bytes (as read from SQLite) is timed too.

Usage::

    python bench/dedup_speed.py               # full run (1M keys, ~2-3 minutes on 2 cores)
    python bench/dedup_speed.py --keys 100000 --json
    python bench/dedup_speed.py --str-keys    # URL-like keys instead of row ids
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from datasketch import MinHash  # noqa: E402

from dedup import (  # noqa: E402
    BandIndex,
    InMemoryShingleSource,
    MinHasher,
    Shingler,
    StoryAssigner,
    hash_tokens,
    serialize,
    shingle_hashes,
    tokenize,
)

SYLLABLES = ["ka", "ri", "to", "men", "sa", "lo", "vi", "der", "an", "ol", "mu", "ten", "po", "ra", "shi", "el", "gor", "ni", "ba", "ust"]
FUNCTION = ["the", "a", "of", "to", "and", "in", "said", "on", "for", "that", "was", "with", "by", "at", "is", "from"]


# -- text generation ----------------------------------------------------------


class TextGen:
    """Invented-ish news text from a fixed-seed vocabulary."""

    def __init__(self, seed: int = 2024, vocab: int = 8000) -> None:
        rng = np.random.default_rng(seed)
        words: set[str] = set()
        while len(words) < vocab:
            words.add("".join(rng.choice(SYLLABLES, int(rng.integers(1, 4)))))
        self.vocab = np.array(sorted(words))
        p = 1 / np.arange(1, vocab + 1) ** 1.05
        self.p = p / p.sum()
        self.rng = rng

    def paragraph(self, words: int) -> str:
        w = self.vocab[self.rng.choice(len(self.vocab), size=words, p=self.p)]
        fn = self.rng.random(words) < 0.35
        w[fn] = np.array(FUNCTION)[self.rng.integers(0, len(FUNCTION), fn.sum())]
        return " ".join(w.tolist()).capitalize() + "."

    def article(self, words: int = 800) -> list[str]:
        out, total = [], 0
        while total < words:
            n = int(self.rng.integers(40, 80))
            out.append(self.paragraph(n))
            total += n
        return out

    def copy_of(self, paras: list[str], keep: float) -> str:
        ps = list(paras[: max(1, round(len(paras) * keep))])
        ps[0] = "SPRINGFIELD (Wire) — " + ps[0]
        for _ in range(3):
            i = int(self.rng.integers(len(ps)))
            w = ps[i].split()
            w[int(self.rng.integers(len(w)))] = str(self.vocab[int(self.rng.integers(len(self.vocab)))])
            ps[i] = " ".join(w)
        ps.insert(1, "Advertisement")
        return "\n".join(["A new headline for the copy"] + ps)


# -- part 1: signatures --------------------------------------------------------


def _median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def bench_signatures(n_articles: int, runs: int, k: int = 5, num_perm: int = 128) -> dict:
    gen = TextGen(seed=1)
    texts = ["\n".join(gen.article(800)) for _ in range(n_articles)]
    token_lists = [tokenize(t) for t in texts]
    hasher = MinHasher(num_perm=num_perm)
    shingler = Shingler(k=k)

    def shingle_strings(toks):
        return [" ".join(toks[i : i + k]).encode("utf-8") for i in range(max(1, len(toks) - k + 1))]

    def naive(tok_lists):
        for toks in tok_lists:
            m = MinHash(num_perm=num_perm)
            for s in shingle_strings(toks):
                m.update(s)

    def batch(tok_lists):
        for toks in tok_lists:
            m = MinHash(num_perm=num_perm)
            m.update_batch(shingle_strings(toks))

    def bulk(tok_lists):
        for toks in tok_lists:
            hasher.hashvalues(shingle_hashes(hash_tokens(toks), k))

    def bulk_many(tok_lists):
        hasher.hashvalues_many([shingle_hashes(hash_tokens(toks), k) for toks in tok_lists])

    def from_text(path):
        return lambda: path([tokenize(t) for t in texts])

    def bulk_text():
        for t in texts:
            hasher.hashvalues(shingler.shingles(t))

    rows = {}
    for name, fn in (("naive", naive), ("update_batch", batch), ("bulk", bulk), ("bulk_many", bulk_many)):
        rows[f"{name} (from tokens)"] = _median_time(lambda fn=fn: fn(token_lists), runs)
    for name, fn in (("naive", naive), ("update_batch", batch), ("bulk_many", bulk_many)):
        rows[f"{name} (from text)"] = _median_time(from_text(fn), runs)
    rows["bulk Shingler+MinHasher (from text)"] = _median_time(bulk_text, runs)
    words = statistics.mean(len(t) for t in token_lists)
    out = {"articles": n_articles, "runs": runs, "mean_words": round(words, 1), "num_perm": num_perm, "k": k, "paths": {}}
    for name, secs in rows.items():
        base = rows["naive (from text)"] if "from text" in name else rows["naive (from tokens)"]
        out["paths"][name] = {
            "ms_per_article": round(1000 * secs / n_articles, 4),
            "articles_per_s": round(n_articles / secs, 1),
            "speedup_vs_naive": round(base / secs, 1),
        }
    return out


# -- part 2: index ---------------------------------------------------------------


def rss_kib() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("VmRSS not found in /proc/self/status")


def make_key(i: int, str_keys: bool):
    return f"https://news.example.org/2026/11/{i:09d}.html" if str_keys else i


def random_rows(n: int, num_perm: int, str_keys: bool = False, seed: int = 99, chunk: int = 65536):
    rng = np.random.default_rng(seed)
    key = 0
    while key < n:
        m = min(chunk, n - key)
        sigs = rng.integers(0, 2**32, size=(m, num_perm), dtype=np.uint64).astype(np.uint32)
        sizes = rng.integers(100, 2000, size=m)
        for i in range(m):
            yield make_key(key + i, str_keys), sigs[i], int(sizes[i])
        key += m


def bench_index_build(n: int, path: str, rebuild_bytes: bool, str_keys: bool) -> dict:
    out: dict = {"keys": n, "key_type": "str" if str_keys else "int"}
    t0 = time.perf_counter()
    idx = BandIndex.from_signatures(random_rows(n, 128, str_keys))
    out["build_from_arrays_s"] = round(time.perf_counter() - t0, 2)
    t0 = time.perf_counter()
    idx.save(path)
    out["save_s"] = round(time.perf_counter() - t0, 2)
    out["npz_mb"] = round(os.path.getsize(path) / 2**20, 1)
    del idx
    if rebuild_bytes:
        blobs = [(k, serialize(s), z) for k, s, z in random_rows(n, 128, str_keys)]
        t0 = time.perf_counter()
        rebuilt = BandIndex.from_signatures(blobs)
        out["rebuild_from_bytes_s"] = round(time.perf_counter() - t0, 2)
        assert len(rebuilt) == n
        del rebuilt, blobs
    return out


def probe(path: str, n_stories: int, n_queries: int, str_keys: bool) -> dict:
    """Run in a fresh process: load the index, measure RSS and query/assign times."""
    gen = TextGen(seed=5)
    stories = [gen.article(800) for _ in range(n_stories)]
    queries = []
    for i in range(n_queries):
        paras = stories[i % n_stories]
        kind = i % 3
        if kind == 0:
            queries.append(gen.copy_of(paras, 1.0))
        elif kind == 1:
            queries.append(gen.copy_of(paras, 0.4))
        else:
            queries.append("\n".join(gen.article(800)))  # unrelated: new story
    base = rss_kib()
    t0 = time.perf_counter()
    idx = BandIndex.load(path)
    load_s = time.perf_counter() - t0
    index_rss = rss_kib() - base
    n0 = len(idx)
    assigner = StoryAssigner(InMemoryShingleSource(), idx)
    for i, paras in enumerate(stories):
        assigner.assign(make_key(n0 + i, str_keys), "\n".join(paras), "en", "wire")
    q_times, a_times, cand_counts, methods = [], [], [], {}
    for i, text in enumerate(queries):
        shingles, _ = assigner.shingle_article(text, "en", f"outlet{i % 7}")
        hv = assigner.hasher.hashvalues(shingles)
        t0 = time.perf_counter()
        cands = idx.query(hv, len(shingles))
        q_times.append(time.perf_counter() - t0)
        cand_counts.append(len(cands))
        t0 = time.perf_counter()
        res = assigner.assign(make_key(n0 + n_stories + i, str_keys), text, "en", f"outlet{i % 7}")
        a_times.append(time.perf_counter() - t0)
        methods[res.method] = methods.get(res.method, 0) + 1
    # Worst case for queries: the unsorted delta almost full (merge_every - 1 rows).
    rng = np.random.default_rng(3)
    fill = idx.merge_every - 1 - idx._delta_n
    start = len(idx)
    idx.add_many([make_key(start + i, str_keys) for i in range(fill)], rng.integers(0, 2**32, size=(fill, 128), dtype=np.uint64).astype(np.uint32), [500] * fill)
    full_delta_q = []
    for text in queries[:100]:
        shingles, _ = assigner.shingle_article(text, "en", None)
        hv = assigner.hasher.hashvalues(shingles)
        t0 = time.perf_counter()
        idx.query(hv, len(shingles))
        full_delta_q.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    idx.flush()
    merge_s = time.perf_counter() - t0
    expected = {"near": n_queries // 3 + (n_queries % 3 > 0), "contained": n_queries // 3 + (n_queries % 3 > 1)}
    return {
        "load_s": round(load_s, 2),
        "index_rss_mb": round(index_rss / 1024, 1),
        "process_rss_mb": round(rss_kib() / 1024, 1),
        "median_query_ms": round(1000 * statistics.median(q_times), 3),
        "median_assign_ms": round(1000 * statistics.median(a_times), 3),
        "p95_assign_ms": round(1000 * sorted(a_times)[int(0.95 * (len(a_times) - 1))], 3),
        "median_query_ms_full_delta": round(1000 * statistics.median(full_delta_q), 3),
        "merge_delta_s": round(merge_s, 2),
        "merge_every": idx.merge_every,
        "mean_candidates": round(statistics.mean(cand_counts), 2),
        "methods": methods,
        "expected_methods_at_least": expected,
        "queries": n_queries,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--keys", type=int, default=1_000_000, help="random signatures in the index (default 1,000,000)")
    ap.add_argument("--articles", type=int, default=100, help="articles for the signature benchmark")
    ap.add_argument("--runs", type=int, default=5, help="runs per signature path (median reported)")
    ap.add_argument("--queries", type=int, default=300, help="articles assigned against the big index")
    ap.add_argument("--str-keys", action="store_true", help="URL-like str keys instead of int row ids")
    ap.add_argument("--skip-rebuild", action="store_true", help="skip the rebuild-from-bytes timing")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--_probe", nargs=4, metavar=("PATH", "STORIES", "QUERIES", "STRKEYS"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._probe:
        print(json.dumps(probe(args._probe[0], int(args._probe[1]), int(args._probe[2]), args._probe[3] == "1")))
        return 0

    result = {"signatures": bench_signatures(args.articles, args.runs)}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "index.npz")
        result["index"] = bench_index_build(args.keys, path, not args.skip_rebuild, args.str_keys)
        n_stories = max(10, args.queries // 3)
        proc = subprocess.run(
            [sys.executable, os.path.abspath(__file__), "--_probe", path, str(n_stories), str(args.queries), "1" if args.str_keys else "0"],
            capture_output=True,
            text=True,
            check=True,
        )
        result["index"].update(json.loads(proc.stdout))
    result["targets"] = {
        "bulk_speedup_vs_naive >= 20": result["signatures"]["paths"]["bulk (from tokens)"]["speedup_vs_naive"] >= 20,
        "load_s < 10": result["index"]["load_s"] < 10,
        "index_rss_mb < 1024": result["index"]["index_rss_mb"] < 1024,
        "median_assign_ms < 20": result["index"]["median_assign_ms"] < 20,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    sig = result["signatures"]
    print(f"Signatures: {sig['articles']} articles x ~{sig['mean_words']:.0f} words, k={sig['k']}, num_perm={sig['num_perm']}, median of {sig['runs']} runs")
    print(f"  {'path':40s} {'ms/article':>11s} {'articles/s':>11s} {'x naive':>8s}")
    for name, row in sig["paths"].items():
        print(f"  {name:40s} {row['ms_per_article']:11.3f} {row['articles_per_s']:11.1f} {row['speedup_vs_naive']:8.1f}")
    ix = result["index"]
    print(f"\nIndex: {ix['keys']:,} random signatures ({ix['key_type']} keys) + {n_stories} real stories, {ix['queries']} assigned articles")
    for key in ("build_from_arrays_s", "rebuild_from_bytes_s", "save_s", "npz_mb", "load_s", "index_rss_mb", "process_rss_mb",
                "median_query_ms", "median_assign_ms", "p95_assign_ms", "mean_candidates",
                "median_query_ms_full_delta", "merge_delta_s", "merge_every"):
        if key in ix:
            print(f"  {key:24s} {ix[key]}")
    print(f"  {'methods':24s} {ix['methods']}  (expected at least {ix['expected_methods_at_least']})")
    print("\nTargets:")
    for name, ok in result["targets"].items():
        print(f"  {'PASS' if ok else 'FAIL'}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
