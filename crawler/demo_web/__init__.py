"""The bundled demo web: invented news outlets served locally, with an answer key.

``DemoWeb`` serves ``site/`` on loopback, ``write_sources`` writes a sources.toml
pointing at it, and ``load_ground_truth`` returns what a perfect crawl should store.
Rebuild the site with ``python -m crawler.demo_web.build``.
"""
from __future__ import annotations

from .server import DemoWeb, load_ground_truth, write_sources

__all__ = ["DemoWeb", "load_ground_truth", "write_sources"]
