"""Labelled evaluation set for wirewatch's story grouping, generated from invented text.

``python -m evalset.generate OUT_DIR`` writes a static news web (HTML pages, RSS
feeds, sitemaps), sources files pointing at it and ``truth.json`` saying which
pages are copies of the same story, how each copy was altered, and which
different stories the grouping must keep apart.  Everything is invented and
the output is byte-identical for a given seed.
"""

from __future__ import annotations

__all__ = ["DEFAULT_SEED"]

#: Seed used when none is given; the published truth files are built with it.
DEFAULT_SEED = 7
