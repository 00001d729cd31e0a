# Command line for the benchmark web: generate it on disk, or serve it on 127.0.1.N loopback addresses.
# python -m benchweb generate --articles 10000 --out /tmp/bw10k; python -m benchweb serve --root /tmp/bw10k
"""``python -m benchweb generate|serve|sources``: thin wrappers over the library."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def _generate(args: argparse.Namespace) -> int:
    from benchweb.generate import build_web

    started = time.perf_counter()
    manifest = build_web(args.out, articles=args.articles, outlets=args.outlets, seed=args.seed)
    elapsed = time.perf_counter() - started
    counts, sizes = manifest.counts, manifest.sizes
    print(f"benchweb: {counts['articles']} articles ({counts['families']} families: {counts['originals']} originals, "
          f"{counts['copies']} copies; {counts['uniques']} unique) over {len(manifest.outlets)} outlets, "
          f"{counts['files']} files, {sizes['total_bytes'] / 1e6:.1f} MB, "
          f"average article page {sizes['average_article_page_bytes'] / 1024:.1f} KiB -> {args.out} "
          f"in {elapsed:.1f} s")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from benchweb.serve import serve_forever

    return serve_forever(args.root, args.port)


def _sources(args: argparse.Namespace) -> int:
    from benchweb.manifest import Manifest, write_pages_csv, write_sources

    manifest = Manifest.load(args.root)
    write_sources(manifest, args.port, args.out)
    if args.pages:
        write_pages_csv(args.root, args.port, args.pages)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchweb", description="Invented benchmark web on loopback.")
    commands = parser.add_subparsers(dest="command", required=True)
    generate = commands.add_parser("generate", help="write the web to disk (cached by parameters)")
    generate.add_argument("--articles", type=int, default=10000)
    generate.add_argument("--outlets", type=int, default=24)
    generate.add_argument("--seed", type=int, default=7)
    generate.add_argument("--out", type=Path, required=True)
    generate.set_defaults(run=_generate)
    serve = commands.add_parser("serve", help="serve a generated web; prints 'ready port=P' when listening")
    serve.add_argument("--root", type=Path, required=True)
    serve.add_argument("--port", type=int, default=0, help="default: a free port")
    serve.set_defaults(run=_serve)
    sources = commands.add_parser("sources", help="write a crawler sources file for a server port")
    sources.add_argument("--root", type=Path, required=True)
    sources.add_argument("--port", type=int, required=True)
    sources.add_argument("--out", type=Path, required=True)
    sources.add_argument("--pages", type=Path, help="also write pages.csv with real URLs here")
    sources.set_defaults(run=_sources)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except (ValueError, FileNotFoundError) as exc:
        print(f"benchweb: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
