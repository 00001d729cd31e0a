# What a generated benchmark web contains (manifest.json), and the files that depend on the server's port.
# sources.toml and pages.csv need http://127.0.1.N:PORT URLs, known only when the server starts.
"""The manifest of a generated web, plus writers for port-specific files.

``manifest.json`` records the parameters and generator version (the cache
key), counts, sizes and the outlet list. :func:`write_sources` writes a
sources file the crawler accepts (``crawler.sources.load_sources``).
``pages.csv`` lists every article page for the offline importer (``path``
relative to the web's directory, ``url`` without a port);
:func:`write_pages_csv` writes it with a server's port.
"""

from __future__ import annotations

import csv
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

PORT_PLACEHOLDER = "{{PORT}}"
MANIFEST = "manifest.json"
PAGES_CSV = "pages.csv"
SOURCES_TEMPLATE = "sources.template.toml"
TRUTH = "truth.json"
PAGES_COLUMNS = ("path", "url", "outlet_id", "outlet_index", "url_path", "story_id", "role", "published_at", "words")


@dataclass
class OutletEntry:
    """One outlet as the manifest lists it."""

    index: int
    id: str
    name: str
    address: str
    wire: bool
    wire_aliases: list[str]
    layout: int
    site_dir: str
    articles: int

    def base_url(self, port: int | str) -> str:
        return f"http://{self.address}:{port}"


@dataclass
class Manifest:
    """What ``build_web`` produced; ``root`` is the directory it lives in (not stored)."""

    generator_version: int
    params: dict[str, int]
    counts: dict[str, int]
    sizes: dict[str, int]
    words: dict[str, float]
    outlets: list[OutletEntry]
    root: Path = field(default=Path("."), compare=False)

    def to_json(self) -> str:
        data = asdict(self)
        del data["root"]
        return json.dumps(data, indent=2, sort_keys=True) + "\n"

    @classmethod
    def load(cls, root: Path) -> Manifest:
        """Read ``root/manifest.json``.

        Raises:
            FileNotFoundError: no web was generated in ``root``.
        """
        data = json.loads((Path(root) / MANIFEST).read_text(encoding="utf-8"))
        data["outlets"] = [OutletEntry(**entry) for entry in data["outlets"]]
        return cls(**data, root=Path(root))

    def outlet(self, index: int) -> OutletEntry:
        return self.outlets[index - 1]


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def sources_toml(manifest: Manifest, port: int | str) -> str:
    """The crawler's sources file for a server on ``port`` (``{{PORT}}`` for the template)."""
    blocks = [("# Sources for the benchweb benchmark web: outlet N is served at 127.0.1.N.\n"
               "# Written by benchweb; regenerate rather than edit.\n")]
    for outlet in manifest.outlets:
        base = outlet.base_url(port)
        lines = ["[[outlets]]", f"id = {_toml_string(outlet.id)}", f"name = {_toml_string(outlet.name)}",
                 f'feeds = ["{base}/rss.xml"]', f'sitemaps = ["{base}/sitemap.xml"]',
                 'language = "en"', f'homepage = "{base}/"']
        if outlet.wire:
            lines.append("wire = true")
            lines.append("wire_aliases = [" + ", ".join(_toml_string(a) for a in outlet.wire_aliases) + "]")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def write_sources(manifest: Manifest, port: int, path: Path) -> Path:
    """Write a sources file with ``http://127.0.1.N:port`` URLs for every outlet; returns ``path``."""
    path = Path(path)
    path.write_text(sources_toml(manifest, port), encoding="utf-8")
    return path


def read_pages(root: Path, port: int | None = None) -> list[dict[str, str]]:
    """The rows of ``root/pages.csv``; with ``port``, URLs say ``http://127.0.1.N:port/...``.

    Columns: :data:`PAGES_COLUMNS`; ``path`` is the page's file relative to ``root``.
    """
    with open(Path(root) / PAGES_CSV, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if port is not None:
        for row in rows:
            row["url"] = f"http://127.0.1.{row['outlet_index']}:{port}{row['url_path']}"
    return rows


def write_pages_csv(root: Path, port: int, path: Path) -> Path:
    """``root/pages.csv`` with the server's port in the ``url`` column; returns ``path``."""
    pages_csv_rows(read_pages(root, port), Path(path))
    return Path(path)


def pages_csv_rows(rows: list[dict[str, str | int]] | list[dict[str, str]], path: Path) -> None:
    """Write the article list; the build writes URLs without a port (``http://127.0.1.N/news/...``)."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=PAGES_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
