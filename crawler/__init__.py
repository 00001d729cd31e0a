# The wirewatch Scrapy project: settings, the news spider, items, extraction, the store and the CLI.
"""wirewatch: track how one news story travels across outlets."""

__version__ = "0.1.0"
