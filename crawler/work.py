# What happens to one fetched page away from the reactor: extraction, wire credit, grouping features.
# Pure (no Scrapy, no SQLite) so worker processes, the crawl's inline mode and `wirewatch import` share it.
"""The CPU-bound part of handling one page.

:class:`PageProcessor` turns a page (decoded here if it comes as bytes) into a :class:`PageResult`:
the extracted article (or why there is none), the wire it credits, and the
shingles and MinHash values grouping needs (:class:`dedup.ArticleFeatures`).
Everything that depends on earlier articles (boilerplate, the candidate
index, story ids) stays with the single writer, :class:`crawler.writer.StoryWriter`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from crawler.extraction import Extraction, decode_page, extract_article
from crawler.grouping import GroupingConfig, new_assigner
from crawler.provenance import wire_credit
from dedup import ArticleFeatures, InMemoryShingleSource, StoryAssigner


# A page as handed to a worker: its decoded HTML, or its raw body and Content-Type header, decoded
# in the worker (the crawl sends raw pages, so its event loop never decodes one).
PageInput = str | tuple[bytes, str | None]


@dataclass(frozen=True)
class PageWork:
    """What every worker needs to know, sent once per worker process rather than with each page."""

    min_words: int = 80
    grouping: GroupingConfig = field(default_factory=GroupingConfig)
    known_wires: Mapping[str, str] = field(default_factory=dict)


@dataclass
class PageResult:
    """One page's outcome: ``extraction.article`` is None when the page is not an article."""

    extraction: Extraction
    features: ArticleFeatures | None = None
    wire: str | None = None
    wire_evidence: str | None = None


class PageProcessor:
    """Extraction, wire credit and grouping features, with one assigner built from the grouping settings."""

    def __init__(self, work: PageWork) -> None:
        self.work = work
        # Only its shingler and hasher are used: the same ones the writer's assigner has.
        self.assigner: StoryAssigner = new_assigner(work.grouping, InMemoryShingleSource())

    def __call__(self, page: PageInput, url: str) -> PageResult:
        html = page if isinstance(page, str) else decode_page(*page)
        extraction = extract_article(html, url, min_words=self.work.min_words)
        article = extraction.article
        if article is None:
            return PageResult(extraction)
        wire, evidence = wire_credit(article.text, article.authors, self.work.known_wires)
        features = self.assigner.features(article.text, article.language)
        return PageResult(extraction, features, wire, evidence)

