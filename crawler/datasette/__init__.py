# Package data for `wirewatch serve`: the Datasette metadata (metadata.yml) and a small plugin.
"""Datasette configuration shipped with wirewatch (Datasette 0.65 line).

``metadata.yml`` describes every table and column, sets facets, sort orders and
label columns, and holds the canned queries; ``plugin.py`` links story cells to
those queries. ``crawler/serve.py`` puts both together; plain
``datasette news.db --metadata crawler/datasette/metadata.yml`` also works,
without the links and the read-only guard.
"""

from pathlib import Path

METADATA_PATH = Path(__file__).with_name("metadata.yml")
# The database block of metadata.yml is written for this name (the default file news.db);
# `wirewatch serve` applies it to whatever file it serves.
METADATA_DATABASE = "news"
