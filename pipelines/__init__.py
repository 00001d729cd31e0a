# Scrapy item pipelines: clean -> group -> store.
"""wirewatch's item pipelines, in order: :mod:`clean`, :mod:`group`, :mod:`store`."""
