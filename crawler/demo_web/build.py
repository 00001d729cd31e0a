"""Render the demo web into ``site/`` and write ``ground_truth.json`` and ``sources.toml``.

Deterministic by construction: no clock, no randomness, sorted iteration, gzip with
mtime 0. Run ``python -m crawler.demo_web.build`` after editing content or templates
and commit the output; tests check the committed files match a fresh build byte for byte.
"""
from __future__ import annotations

import gzip
import json
import shutil
import sys
from datetime import datetime, timedelta
from pathlib import Path

from . import content
from .content import LocalStory, Pickup, WireStory
from .templates import MODULES
from .templates.common import BASE, Context, NonArticlePage, Page, Rendered, esc, slugify, tz_of, utc_z

HERE = Path(__file__).resolve().parent
VARIATION_ORDER = ("headline", "dateline", "truncated", "edited", "ads", "updated")


# --- pages from content ---------------------------------------------------------------

def _local_time(iso_text: str, outlet_id: str) -> datetime:
    """Parse a content timestamp and check it is stated in the outlet's own time zone."""
    dt = datetime.fromisoformat(iso_text)
    expected = tz_of(content.BY_ID[outlet_id]).utcoffset(None)
    if dt.utcoffset() != expected:
        raise ValueError(f"{iso_text} is not in {outlet_id}'s time zone")
    return dt


def _with_dateline(dateline: str, paras: list[str]) -> tuple[str, ...]:
    if dateline:
        paras = [f"{dateline} {paras[0]}", *paras[1:]]
    return tuple(paras)


def _wire_page(story: WireStory) -> Page:
    return Page(
        outlet=content.BY_ID[content.WIRE_OUTLET], story=story.story, slug=story.slug,
        section=story.section, headline=story.headline,
        paragraphs=_with_dateline(story.dateline, list(story.paragraphs)),
        authors=story.authors, published=_local_time(story.published, content.WIRE_OUTLET),
        caption=story.caption, photo_credit="Northstar Wire", credit="Northstar Wire",
        is_wire_original=True,
    )


def _edit(paras: list[str], pickup: Pickup) -> list[str]:
    """Apply word replacements and sentence removals; each must match, or the table is wrong."""
    for old, new in pickup.edits:
        if not any(old in p for p in paras):
            raise ValueError(f"{pickup.story}/{pickup.outlet}: edit {old!r} matches nothing")
        paras = [p.replace(old, new) for p in paras]
    for sentence in pickup.drops:
        hits = [i for i, p in enumerate(paras) if sentence in p]
        if len(hits) != 1:
            raise ValueError(f"{pickup.story}/{pickup.outlet}: drop {sentence!r} matched {len(hits)}")
        i = hits[0]
        paras[i] = " ".join(paras[i].replace(sentence, " ").split())
    return [p for p in paras if p]


def _pickup_page(story: WireStory, pickup: Pickup) -> Page:
    """Derive one outlet's copy of a wire story, recording each variation applied."""
    outlet = content.BY_ID[pickup.outlet]
    wire_published = _local_time(story.published, content.WIRE_OUTLET)
    variations: set[str] = set()
    paras = list(story.paragraphs)
    dateline = story.dateline
    if pickup.headline:
        variations.add("headline")
    if pickup.dateline is not None:
        dateline = pickup.dateline
        variations.add("dateline")
    if pickup.edits or pickup.drops:
        paras = _edit(paras, pickup)
        variations.add("edited")
    if pickup.keep:
        share = pickup.keep / len(paras)
        if not 0.4 <= share <= 0.6:
            raise ValueError(f"{pickup.story}/{pickup.outlet}: keeps {share:.0%} of paragraphs")
        paras = paras[:pickup.keep]
        variations.add("truncated")
    if pickup.ads:
        variations.add("ads")
    modified = None
    if pickup.update:
        after_min, index, extra = pickup.update
        paras.insert(min(index, len(paras)), extra)
        modified = (wire_published + timedelta(minutes=after_min)).astimezone(tz_of(outlet))
        variations.add("updated")
    canonical = None
    if pickup.cross_canonical:
        canonical = f"{content.WIRE_HOST}/{story.section}/{wire_published:%Y/%m/%d}/{story.slug}"
    headline = pickup.headline or story.headline
    return Page(
        outlet=outlet, story=story.story, slug=slugify(headline), section=story.section,
        headline=headline, paragraphs=_with_dateline(dateline, paras),
        authors=pickup.authors or story.authors,
        published=(wire_published + timedelta(minutes=pickup.after_min)).astimezone(tz_of(outlet)),
        modified=modified, caption=story.caption, photo_credit="Northstar Wire", credit="Northstar Wire",
        canonical_url=canonical, variations=tuple(v for v in VARIATION_ORDER if v in variations),
        ads=pickup.ads,
    )


def _local_page(story: LocalStory) -> Page:
    return Page(
        outlet=content.BY_ID[story.outlet], story=story.story, slug=story.slug, section=story.section,
        headline=story.headline, paragraphs=story.paragraphs, authors=story.authors,
        published=_local_time(story.published, story.outlet), caption=story.caption,
        credit=story.credit, language=story.language, translation_of=story.translation_of,
    )


def make_pages() -> list[Page]:
    """Every article page of the demo web, before URLs are assigned."""
    by_story = {s.story: s for s in content.WIRE_STORIES}
    pages = [_wire_page(s) for s in content.WIRE_STORIES]
    pages += [_pickup_page(by_story[p.story], p) for p in content.PICKUPS]
    pages += [_local_page(s) for s in content.LOCAL_STORIES]
    return pages


# --- rendering ------------------------------------------------------------------------

def render_outlets(pages: list[Page]) -> dict[str, Rendered]:
    """Number and place every page, then let each outlet's template render its site."""
    rendered: dict[str, Rendered] = {}
    for outlet in content.OUTLETS:
        module = MODULES[outlet.id]
        own = sorted((p for p in pages if p.outlet.id == outlet.id), key=lambda p: (p.published, p.story))
        for number, page in enumerate(own, start=1):
            page.number = number
            page.path = module.article_path(page)
        extras = [NonArticlePage(na, _local_time(na.published, na.outlet))
                  for na in content.NON_ARTICLES if na.outlet == outlet.id]
        rendered[outlet.id] = module.render(Context(outlet, list(reversed(own)), extras))
    return rendered


def shared_files() -> dict[str, bytes]:
    """robots.txt, the demo portal page, a privacy page and placeholder images."""
    links = "\n".join(f'    <li><a href="{o.prefix}">{esc(o.name)}</a></li>' for o in content.OUTLETS)
    portal = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>wirewatch demo web</title></head>
<body>
  <h1>wirewatch demo web</h1>
  <p>Invented news outlets served locally for tests and demos. Nothing here is real news.</p>
  <ul>
{links}
  </ul>
</body>
</html>
"""
    privacy = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Privacy notice</title></head>
<body><h1>Privacy notice</h1><p>The demo web sets no cookies and keeps no data.</p></body>
</html>
"""
    robots = f"""# Demo web robots.txt: members-only pages are off limits to all crawlers.
User-agent: *
Disallow: {content.DISALLOWED_PREFIX}
"""
    photo = """<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540" viewBox="0 0 960 540">
<rect width="960" height="540" fill="#9aa7b0"/><text x="480" y="280" font-size="40" text-anchor="middle" fill="#fff">photo</text>
</svg>
"""
    files = {"/": portal, "/legal/privacy.html": privacy, "/robots.txt": robots, "/static/photo.svg": photo}
    for o in content.OUTLETS:
        files[f"/static/logo-{o.id}.svg"] = (
            '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60">'
            f'<text x="0" y="40" font-size="28">{esc(o.name)}</text></svg>\n')
    return {path: text.encode("utf-8") for path, text in files.items()}


def _file_for(site: Path, url_path: str) -> Path:
    rel = url_path.lstrip("/")
    if not rel or rel.endswith("/"):
        rel += "index.html"
    return site / rel


def write_site(site: Path, files: dict[str, bytes]) -> None:
    """Replace ``site`` with exactly these files; .gz files are gzipped with mtime 0."""
    if site.exists():
        shutil.rmtree(site)
    for url_path in sorted(files):
        data = files[url_path]
        if url_path.endswith(".gz"):
            data = gzip.compress(data, compresslevel=9, mtime=0)
        target = _file_for(site, url_path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


# --- answer key and sources -------------------------------------------------------------

def ground_truth(pages: list[Page], rendered: dict[str, Rendered]) -> dict:
    ordered = sorted(pages, key=lambda p: (p.outlet.id, p.published, p.path))
    return {
        "notes": (
            "Invented demo web. Paths are canonical (after <link rel=canonical> on the same host); "
            "canonical_url is set only for cross-site canonicals. Times are UTC; modified_at is null "
            "unless the article was updated after publication. body excludes captions, Advertisement "
            "and Read more lines, share, comment and newsletter text."
        ),
        "outlets": [
            {"id": o.id, "name": o.name, "prefix": o.prefix, "encoding": o.encoding,
             "language": o.language, "content_type": o.html_content_type}
            for o in content.OUTLETS
        ],
        "articles": [
            {
                "path": p.path, "outlet_id": p.outlet.id, "story": p.story,
                "is_wire_original": p.is_wire_original, "title": p.headline,
                "published_at": utc_z(p.published),
                "modified_at": utc_z(p.modified) if p.modified else None,
                "language": p.language, "authors": list(p.authors), "canonical_url": p.canonical_url,
                "variations": list(p.variations), "translation_of": p.translation_of,
                "body": "\n\n".join(p.paragraphs),
            }
            for p in ordered
        ],
        "non_articles": [
            {"path": path, "outlet_id": outlet_id, "reason": reason}
            for outlet_id, r in rendered.items() for path, reason in r.non_articles
        ],
        "url_variants": [
            {"listed": listed, "canonical_path": canonical}
            for r in rendered.values() for listed, canonical in r.url_variants
        ],
        "disallowed_paths": sorted(
            path for r in rendered.values() for path in r.files if path.startswith(content.DISALLOWED_PREFIX)),
        "boilerplate_pairs": [list(pair) for pair in content.BOILERPLATE_PAIRS],
        "same_topic_pairs": [list(pair) for pair in content.SAME_TOPIC_PAIRS],
    }


def _toml_list(paths: tuple[str, ...]) -> str:
    return "[" + ", ".join(f'"{BASE}{p}"' for p in paths) + "]"


def sources_toml() -> str:
    """The crawler's sources file, with {{BASE}} left for write_sources() to fill in."""
    blocks = ["# Sources for the bundled demo web. {{BASE}} is replaced with the demo server's URL.\n"
              "# Generated by python -m crawler.demo_web.build; edit content/outlets.py instead.\n"]
    for o in content.OUTLETS:
        lines = ["[[outlets]]", f'id = "{o.id}"', f'name = "{o.name}"',
                 f"feeds = {_toml_list(o.feeds)}", f"sitemaps = {_toml_list(o.sitemaps)}"]
        if o.start_urls:
            lines.append(f"start_urls = {_toml_list(o.start_urls)}")
            lines.append(f"article_pattern = '{o.article_pattern}'")
        lines += [f'language = "{o.language}"', f'country = "{o.country}"']
        if o.wire_aliases:
            lines += ["wire = true", "wire_aliases = [" + ", ".join(f'"{a}"' for a in o.wire_aliases) + "]"]
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def build(out_dir: Path = HERE) -> dict:
    """Write site/, ground_truth.json and sources.toml under ``out_dir``; return the ground truth."""
    pages = make_pages()
    rendered = render_outlets(pages)
    files = shared_files()
    for r in rendered.values():
        overlap = files.keys() & r.files.keys()
        if overlap:
            raise ValueError(f"two outlets wrote {sorted(overlap)}")
        files.update(r.files)
    write_site(out_dir / "site", files)
    truth = ground_truth(pages, rendered)
    (out_dir / "ground_truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (out_dir / "sources.toml").write_text(sources_toml(), encoding="utf-8")
    return truth


def main() -> int:
    truth = build()
    wire = {a["story"] for a in truth["articles"] if a["is_wire_original"]}
    print(f"demo web: {len(truth['outlets'])} outlets, {len(truth['articles'])} articles, "
          f"{len(wire)} wire stories, {len(truth['non_articles'])} non-articles -> {HERE / 'site'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
