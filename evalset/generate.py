"""Write the evaluation set to disk: ``python -m evalset.generate OUT_DIR [--seed 7] [--report]``.

Output (all URLs use the literal ``{{BASE}}`` placeholder)::

    OUT_DIR/site/<outlet>/...html            article pages, plus index.html
    OUT_DIR/site/<outlet>/rss.xml            all of the outlet's articles
    OUT_DIR/site/<outlet>/sitemap.xml
    OUT_DIR/site/<outlet>/rss-batchN.xml     only batch N (N = 1, 2, 3)
    OUT_DIR/site/<outlet>/sitemap-batchN.xml
    OUT_DIR/sources.toml, sources-batchN.toml
    OUT_DIR/truth.json

The same seed always gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from itertools import product
from pathlib import Path

from evalset import DEFAULT_SEED
from evalset.build import EvalSet, build
from evalset.render import article_page, index_page, rss, sitemap, sources_toml
from evalset.shingles import containment, jaccard, shingles
from evalset.variations import Article

BATCHES = (1, 2, 3)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


def truth(es: EvalSet) -> dict:
    """The ground truth document (see the module docstring of :mod:`evalset`)."""
    arts = sorted(es.articles, key=lambda a: a.path)
    records = []
    for a in arts:
        rec = {
            "path": a.path,
            "outlet_id": a.outlet.id,
            "story": a.story,
            "variations": a.variations,
            "published_at": a.published.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "body": a.body,
            "title": a.headline,
            "is_original": a.is_original,
            "wire": a.wire,
            "lang": a.lang,
            "author": a.author,
            "batch": es.batch(a),
            "noise_lines": [f"{label} {title}".strip() for _, label, title, _ in a.noise],
        }
        rec.update({k: round(v, 3) for k, v in sorted(a.notes.items())})
        records.append(rec)
    stories = {
        p.key: {
            "topic": p.topic.key if p.topic else f"{p.lang}-hand-written",
            "lang": p.lang,
            "articles": len(p.copies),
        }
        for p in es.plans
    }
    return {
        "seed": es.seed,
        "base_placeholder": "{{BASE}}",
        "articles": records,
        "stories": stories,
        "hard_negative_pairs": [list(p) for p in es.hard_negatives],
        "batches": {str(b): [a.path for a in arts if es.batch(a) == b] for b in BATCHES},
    }


def _sidebar(a: Article, same_outlet: list[Article]) -> list[tuple[str, str]]:
    others = [b for b in same_outlet if b.story != a.story]
    others.sort(key=lambda b: (abs((b.published - a.published).total_seconds()), b.path))
    return [(b.headline, b.path) for b in others[:5]]


def write(es: EvalSet, out: Path) -> None:
    """Write site, feeds, sitemaps, sources files and truth.json under ``out``."""
    site = out / "site"
    if site.exists():
        shutil.rmtree(site)
    for o in es.outlets:
        mine = [a for a in es.articles if a.outlet.id == o.id]
        for a in mine:
            _write(site / a.path.lstrip("/"), article_page(a, _sidebar(a, mine)))
        _write(site / o.id / "index.html", index_page(o, mine))
        _write(site / o.id / "rss.xml", rss(o, mine))
        _write(site / o.id / "sitemap.xml", sitemap(mine))
        for b in BATCHES:
            part = [a for a in mine if es.batch(a) == b]
            _write(site / o.id / f"rss-batch{b}.xml", rss(o, part, f"batch {b}"))
            _write(site / o.id / f"sitemap-batch{b}.xml", sitemap(part))
    _write(out / "sources.toml", sources_toml(es.outlets, "rss.xml", "sitemap.xml"))
    for b in BATCHES:
        _write(out / f"sources-batch{b}.toml", sources_toml(es.outlets, f"rss-batch{b}.xml", f"sitemap-batch{b}.xml"))
    _write(out / "truth.json", json.dumps(truth(es), ensure_ascii=False, indent=1) + "\n")


def pair_stats(doc: dict) -> tuple[list[tuple[str, str, str, float]], list[tuple[str, float]]]:
    """Max word-5-shingle Jaccard per hard-negative pair; containment of each truncated copy in its original."""
    by_story: dict[str, list[dict]] = {}
    for rec in doc["articles"]:
        by_story.setdefault(rec["story"], []).append(rec)
    sh = {rec["path"]: shingles(rec["body"]) for rec in doc["articles"]}
    neg = []
    for a, b, why in doc["hard_negative_pairs"]:
        worst = max(jaccard(sh[x["path"]], sh[y["path"]]) for x, y in product(by_story[a], by_story[b]))
        neg.append((a, b, why, worst))
    trunc = []
    for recs in by_story.values():
        original = next(r for r in recs if r["is_original"])
        for r in recs:
            if any(v.startswith("truncated") for v in r["variations"]):
                trunc.append((r["path"], containment(sh[r["path"]], sh[original["path"]])))
    return neg, trunc


def summary(doc: dict) -> str:
    """One paragraph of counts and the shingle statistics."""
    arts = doc["articles"]
    stories = doc["stories"]
    multi = [k for k, v in stories.items() if v["articles"] > 1]
    kinds = sorted({v for a in arts for v in a["variations"]})
    neg, trunc = pair_stats(doc)
    t40 = [c for p, c in trunc if any(a["path"] == p and "truncated40" in a["variations"] for a in arts)]
    reasons = {why: sum(1 for n in neg if n[2] == why) for why in ("same_topic", "shared_boilerplate")}
    later = sum(1 for a in arts if not a["is_original"] and a["batch"] > next(
        b["batch"] for b in arts if b["story"] == a["story"] and b["is_original"]))
    return (
        f"articles={len(arts)} outlets={len({a['outlet_id'] for a in arts})} stories={len(stories)} "
        f"multi_outlet_stories={len(multi)} langs={sorted({a['lang'] for a in arts})}\n"
        f"variation kinds ({len(kinds)}): {', '.join(kinds)}\n"
        f"hard negatives: {reasons}; max word-5-shingle Jaccard {max(n[3] for n in neg):.3f}\n"
        f"truncated copies: {len(trunc)}; min containment in original {min(c for _, c in trunc):.3f} "
        f"(truncated40 min {min(t40):.3f})\n"
        f"copies published in a later batch than their original: {later}\n"
        f"batches: {', '.join(f'{b}={len(v)}' for b, v in doc['batches'].items())}"
    )


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(prog="python -m evalset.generate", description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--report", action="store_true", help="print the Jaccard of every hard-negative pair")
    args = parser.parse_args(argv)
    es = build(args.seed)
    write(es, args.out_dir)
    doc = json.loads((args.out_dir / "truth.json").read_text(encoding="utf-8"))
    if args.report:
        neg, trunc = pair_stats(doc)
        for a, b, why, j in neg:
            print(f"{j:.3f}  {why:<18} {a} / {b}")
        for path, c in sorted(trunc, key=lambda t: t[1])[:10]:
            print(f"containment {c:.3f}  {path}")
    print(summary(doc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
