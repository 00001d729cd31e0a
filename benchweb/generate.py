# Generate the benchmark web on disk: every outlet's document root plus the answer key and manifest.
# Deterministic for (articles, outlets, seed) and cached: a matching manifest.json means nothing to do.
"""Build the benchmark web.

Layout of ``out_dir``::

    site/<N>/...              outlet N's document root (served at 127.0.1.N)
    manifest.json             parameters, generator version, counts, sizes, outlets
    sources.template.toml     crawler sources file with {{PORT}} (see write_sources)
    pages.csv                 one row per article page, URLs without a port (see write_pages_csv)
    truth.json                per outlet: URL path -> story id; per family: original and copies

Files contain the placeholder ``{{BASE}}`` wherever an absolute URL is needed
(feeds, sitemaps, og:url, JSON-LD); :mod:`benchweb.serve` replaces it with
``http://127.0.1.N:PORT``. Canonical links are site-relative, so an article
file read straight from disk (the offline importer) resolves against whatever
URL it is given.
"""

from __future__ import annotations

import json
import queue
import shutil
import statistics
import threading
from collections import Counter
from pathlib import Path

from benchweb import listings
from benchweb.chrome import Chrome, make_chrome
from benchweb.layouts import Link, render_article
from benchweb.manifest import (
    MANIFEST,
    PAGES_CSV,
    PORT_PLACEHOLDER,
    SOURCES_TEMPLATE,
    TRUTH,
    Manifest,
    OutletEntry,
    pages_csv_rows,
    sources_toml,
    write_pages_csv,
    write_sources,
)
from benchweb.outlets import OutletSpec, make_outlets
from benchweb.plan import plan_stories
from benchweb.stories import Article, Story, assign_paths, draft_stories, write_bodies
from benchweb.syndicate import word_total

GENERATOR_VERSION = 2  # bump whenever the output changes: it is the cache key with the parameters
__all__ = ["GENERATOR_VERSION", "build_web", "write_pages_csv", "write_sources"]


class _FileWriter:
    """Writes files on a background thread (disk writes release the GIL), so they overlap
    with generating the next story. At most ``backlog`` files wait in memory; :meth:`close`
    waits for the rest and re-raises the first error."""

    def __init__(self, out_dir: Path, backlog: int = 512) -> None:
        self.out_dir = out_dir
        self.queue: queue.Queue[tuple[Path, bytes] | None] = queue.Queue(maxsize=backlog)
        self.error: BaseException | None = None
        self.dirs: set[Path] = set()
        self.files = 0
        self.bytes = 0
        self.thread = threading.Thread(target=self._drain, name="benchweb-writer", daemon=True)
        self.thread.start()

    def write(self, site_dir: str, url_path: str, text: str) -> tuple[str, int]:
        """Queue one file of an outlet's site; returns its path relative to out_dir and its size."""
        relative = url_path.lstrip("/")
        if not relative or relative.endswith("/"):
            relative += "index.html"
        relative = f"{site_dir}/{relative}"
        target = self.out_dir / relative
        if target.parent not in self.dirs:
            target.parent.mkdir(parents=True, exist_ok=True)
            self.dirs.add(target.parent)
        data = text.encode("utf-8")
        if self.error is not None:
            raise self.error
        self.queue.put((target, data))
        self.files += 1
        self.bytes += len(data)
        return relative, len(data)

    def close(self) -> None:
        self.queue.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error

    def _drain(self) -> None:
        while (item := self.queue.get()) is not None:
            if self.error is None:
                try:
                    item[0].write_bytes(item[1])
                except OSError as exc:
                    self.error = exc


def _by_section(articles: list[Article]) -> dict[str, list[Article]]:
    by_section: dict[str, list[Article]] = {}
    for article in articles:
        by_section.setdefault(article.section, []).append(article)
    return by_section


def _related(articles: list[Article], by_section: dict[str, list[Article]], article: Article) -> list[Link]:
    """8-12 other articles of the same outlet, same section first, nearest in time."""
    want = 8 + article.number % 5
    section = by_section[article.section]
    position = section.index(article)
    picked: list[Article] = []
    for pool, where in ((section, position), (articles, article.number - 1)):
        for distance in range(1, len(pool)):
            for index in (where - distance, where + distance):
                if 0 <= index < len(pool) and pool[index] is not article and pool[index] not in picked:
                    picked.append(pool[index])
            if len(picked) >= want:
                return [(a.path, a.headline) for a in picked[:want]]
    return [(a.path, a.headline) for a in picked]


def _most_read(articles: list[Article], article: Article) -> list[Link]:
    """Five to eight recent articles of the outlet, varying from page to page."""
    position = article.number - 1
    picked: list[Article] = []
    for step in range(5 + article.number % 4):
        index = position - 1 - (step * 7 + article.number) % 30
        candidate = articles[index % len(articles)]
        if candidate is not article and candidate not in picked:
            picked.append(candidate)
    return [(a.path, a.headline) for a in picked]


def _write_listings(outlet: OutletSpec, chrome: Chrome, articles: list[Article], writer: _FileWriter) -> None:
    files = {"/robots.txt": listings.robots_txt(), "/rss.xml": listings.rss(articles, chrome),
             **listings.sitemaps(articles, outlet.name), **listings.fronts(chrome, articles),
             **listings.about_page(chrome)}
    for url_path, text in files.items():
        writer.write(outlet.site_dir, url_path, text)


def _page_row(article: Article, relative: str) -> dict[str, str | int]:
    outlet = article.outlet
    return {"path": relative, "url": f"http://{outlet.address}{article.path}",
            "outlet_id": outlet.id, "outlet_index": outlet.index, "url_path": article.path,
            "story_id": article.story_id, "role": article.role, "published_at": listings.utc_z(article),
            "words": word_total(article.paragraphs)}


def _truth(by_outlet: dict[int, list[Article]], outlets: list[OutletSpec]) -> dict:
    families: dict[str, dict] = {}
    for articles in by_outlet.values():
        for a in articles:
            if a.role == "unique":
                continue
            family = families.setdefault(a.story_id, {"original": None, "copies": []})
            entry = {"outlet": a.outlet.id, "path": a.path, "published_at": listings.utc_z(a)}
            if a.role == "original":
                family["original"] = entry
            else:
                family["copies"].append({**entry, "variations": list(a.variations)})
    for family in families.values():
        family["copies"].sort(key=lambda c: (c["published_at"], c["outlet"]))
    return {
        "notes": "Invented benchmark web. outlets: URL path -> story id (f* families: a wire original and its "
                 "copies; u* unique stories). families: the original and its copies, oldest first.",
        "outlets": {o.id: {a.path: a.story_id for a in by_outlet.get(o.index, [])} for o in outlets},
        "families": dict(sorted(families.items())),
    }


def _cached(out_dir: Path, params: dict[str, int]) -> Manifest | None:
    try:
        manifest = Manifest.load(out_dir)
    except (FileNotFoundError, ValueError, TypeError, KeyError):
        return None
    if manifest.generator_version != GENERATOR_VERSION or manifest.params != params:
        return None
    return manifest if (out_dir / "site").is_dir() else None


def build_web(out_dir: Path, articles: int = 10000, outlets: int = 24, seed: int = 7) -> Manifest:
    """Generate the benchmark web in ``out_dir`` (or return the cached one).

    Args:
        out_dir: Directory for ``site/``, ``manifest.json`` and the other outputs; created if missing.
        articles: Number of article pages over all outlets.
        outlets: Number of outlets, each with its own loopback address (3 to 254).
        seed: Seed for every random choice; same parameters, same bytes.

    Returns:
        The manifest (also written to ``out_dir/manifest.json``).

    Raises:
        ValueError: parameters the generator cannot honour (too few outlets or articles).
    """
    out_dir = Path(out_dir)
    params = {"articles": articles, "outlets": outlets, "seed": seed}
    cached = _cached(out_dir, params)
    if cached is not None:
        return cached
    specs = make_outlets(outlets, seed)
    stories = draft_stories(plan_stories(specs, articles, seed), specs, seed)
    by_outlet = assign_paths([a for story in stories for a in story.articles])

    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / MANIFEST).unlink(missing_ok=True)  # a half-written web must never look complete
    if (out_dir / "site").exists():
        shutil.rmtree(out_dir / "site")
    writer = _FileWriter(out_dir)
    try:
        rows, article_bytes = _write_pages(stories, by_outlet, specs, seed, writer)
    finally:
        writer.close()
    manifest = _manifest(out_dir, params, specs, by_outlet, writer, article_bytes)
    pages_csv_rows(rows, out_dir / PAGES_CSV)
    (out_dir / TRUTH).write_text(json.dumps(_truth(by_outlet, specs), indent=1) + "\n", encoding="utf-8")
    (out_dir / SOURCES_TEMPLATE).write_text(sources_toml(manifest, PORT_PLACEHOLDER), encoding="utf-8")
    (out_dir / MANIFEST).write_text(manifest.to_json(), encoding="utf-8")
    return manifest


def _write_pages(stories: list[Story], by_outlet: dict[int, list[Article]], specs: list[OutletSpec], seed: int,
                 writer: _FileWriter) -> tuple[list[dict], int]:
    """Write every article page, one story at a time, then every outlet's listings.

    Returns:
        The pages.csv rows (sorted by outlet, then time) and the article pages' total bytes.
    """
    chromes = {spec.index: make_chrome(spec, seed) for spec in specs}
    sections = {index: _by_section(outlet_articles) for index, outlet_articles in by_outlet.items()}
    rows: list[dict] = []
    article_bytes = 0
    for story in stories:
        write_bodies(story, seed)
        for article in story.articles:
            index = article.outlet.index
            html = render_article(article, chromes[index], _related(by_outlet[index], sections[index], article),
                                  _most_read(by_outlet[index], article))
            relative, size = writer.write(article.outlet.site_dir, article.path, html)
            article_bytes += size
            rows.append(_page_row(article, relative))
    for spec in specs:
        _write_listings(spec, chromes[spec.index], by_outlet.get(spec.index, []), writer)
    rows.sort(key=lambda row: (row["outlet_index"], row["published_at"], row["url_path"]))
    return rows, article_bytes


def _manifest(out_dir: Path, params: dict[str, int], specs: list[OutletSpec], by_outlet: dict[int, list[Article]],
              writer: _FileWriter, article_bytes: int) -> Manifest:
    all_articles = [a for outlet_articles in by_outlet.values() for a in outlet_articles]
    words = [word_total(a.paragraphs) for a in all_articles]
    roles = Counter(a.role for a in all_articles)
    return Manifest(
        generator_version=GENERATOR_VERSION, params=params,
        counts={"articles": len(all_articles), "files": writer.files, "families": roles["original"],
                "originals": roles["original"], "copies": roles["copy"], "uniques": roles["unique"]},
        sizes={"total_bytes": writer.bytes, "article_bytes": article_bytes,
               "average_article_page_bytes": article_bytes // max(1, len(all_articles))},
        words={"min": min(words), "max": max(words), "mean": round(statistics.fmean(words), 1)},
        outlets=[OutletEntry(index=s.index, id=s.id, name=s.name, address=s.address, wire=s.wire,
                             wire_aliases=list(s.wire_aliases), layout=s.layout, site_dir=s.site_dir,
                             articles=len(by_outlet.get(s.index, []))) for s in specs],
        root=out_dir,
    )
