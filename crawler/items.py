# What the spider hands to the pipelines: one extracted article, attributed to one outlet.
"""The article item."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ArticleItem:
    """An article page after extraction, before grouping and storage.

    ``url`` is canonical (tracking parameters dropped, same-site ``rel=canonical``
    applied); ``canonical_url`` keeps a cross-site canonical, e.g. the wire's original.
    ``published_source`` says where ``published_at`` came from: ``page`` or ``listing``.
    ``wire`` and ``features`` (shingles and MinHash values, :class:`dedup.ArticleFeatures`)
    come from the worker process that extracted the page; the store pipeline groups
    and writes the article with them.
    """

    url: str
    outlet_id: str
    text: str
    word_count: int
    fetched_at: str
    fetched_url: str | None = None
    listed_url: str | None = None
    update_of: int | None = None  # id of the stored article this is a newer version of
    canonical_url: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published_at: str | None = None
    published_source: str | None = None
    modified_at: str | None = None
    language: str | None = None
    description: str | None = None
    site_name: str | None = None
    listing_url: str | None = None
    wire: str | None = None
    wire_evidence: str | None = None
    features: Any = field(default=None, repr=False)
