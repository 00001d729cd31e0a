"""Result types of :func:`crawler.extraction.extract_article`."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Why a page yielded no article, most specific first:
#: ``consent_wall`` cookie/consent interstitial instead of content;
#: ``blocked`` bot wall, captcha or access-denied page;
#: ``not_article`` section front, tag page or other link list;
#: ``empty_body`` no body text at all (video or photo-only pages, empty HTML);
#: ``too_short`` some body, but under ``min_words`` (paywall stubs, briefs).
REJECT_REASONS = ("not_article", "empty_body", "too_short", "consent_wall", "blocked")


@dataclass
class ExtractedArticle:
    """Article fields read from one page; dates are UTC ``...Z`` strings."""

    title: str | None
    authors: list[str] = field(default_factory=list)
    published_at: str | None = None
    modified_at: str | None = None
    language: str | None = None
    description: str | None = None
    text: str = ""
    word_count: int = 0
    canonical_url: str | None = None
    site_name: str | None = None
    page_type: str | None = None


@dataclass
class Extraction:
    """Either an article or the reason there is none (exactly one is set)."""

    article: ExtractedArticle | None
    rejected: str | None = None
