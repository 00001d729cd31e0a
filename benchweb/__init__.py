# benchweb: a large invented news web on loopback, for wirewatch's throughput benchmarks.
# Generate it once (cached by parameters), serve it with one address per outlet, crawl it.
"""An invented benchmark web: 24 outlets, 10,000 articles, syndicated families, served on 127.0.1.N.

Usage::

    from pathlib import Path
    from benchweb import BenchWeb, build_web

    manifest = build_web(Path("/tmp/bw10k"))            # ~20-30 s the first time, then cached
    with BenchWeb(Path("/tmp/bw10k")) as web:           # a subprocess; outlet N at 127.0.1.N:web.port
        web.write_sources(Path("/tmp/bw10k-sources.toml"))
        ...                                             # crawl, then look at web.stats()

Command line: ``python -m benchweb generate --articles 10000 --out DIR``,
``python -m benchweb serve --root DIR [--port P]``,
``python -m benchweb sources --root DIR --port P --out sources.toml [--pages pages.csv]``.

Modules: :mod:`benchweb.vocab` and :mod:`benchweb.text` (invented prose),
:mod:`benchweb.outlets`, :mod:`benchweb.plan` (families and times),
:mod:`benchweb.syndicate` (copies), :mod:`benchweb.stories`,
:mod:`benchweb.chrome` and :mod:`benchweb.layouts` (pages),
:mod:`benchweb.listings` (robots, sitemaps, RSS, fronts),
:mod:`benchweb.manifest`, :mod:`benchweb.generate`, :mod:`benchweb.httpd` and :mod:`benchweb.serve`.
"""

from benchweb.generate import build_web
from benchweb.manifest import Manifest, write_pages_csv, write_sources
from benchweb.serve import BenchWeb, BenchWebError

__all__ = ["BenchWeb", "BenchWebError", "Manifest", "build_web", "write_pages_csv", "write_sources"]
