"""Turn one HTML page into an article, or a reason why it is not one.

Pure module (no Scrapy) so spiders, worker processes and the offline importer
share it. The page is parsed once; metadata, body and classification all read
that tree, and trafilatura works on its own copy.

Usage::

    result = extract_article(response.text, response.url)
    if result.article is None:
        log(result.rejected)
"""

from __future__ import annotations

from copy import copy

import lxml.html
from trafilatura.metadata import extract_metadata

from crawler.dates import to_utc_iso
from crawler.extraction.body import extract_paragraphs, word_count
from crawler.extraction.classify import page_signals, rejection_reason
from crawler.extraction.encoding import decode_html, decode_page
from crawler.extraction.language import choose_language
from crawler.extraction.metadata import PageMetadata, clean_author, read_metadata
from crawler.extraction.model import REJECT_REASONS, ExtractedArticle, Extraction
from crawler.extraction.tree import parse_html

__all__ = ["REJECT_REASONS", "ExtractedArticle", "Extraction", "decode_html", "decode_page", "extract_article"]


def extract_article(html: str, url: str, *, min_words: int = 80) -> Extraction:
    """Extract the article on a page.

    Args:
        html: Decoded page (``response.text``). Bytes are accepted and
            decoded with :func:`decode_html` without a header charset.
        url: Final page URL, used to resolve relative canonical links.
        min_words: Bodies shorter than this are rejected as ``too_short``
            (see :func:`crawler.extraction.body.word_count` for CJK counting).

    Returns:
        An :class:`Extraction` holding either the article or one of
        :data:`REJECT_REASONS`.
    """
    if isinstance(html, bytes):  # tolerate raw bodies from callers that skipped decoding
        html = decode_html(html, None)
    tree = parse_html(html, url)
    if tree is None:
        return Extraction(article=None, rejected="empty_body")
    meta = read_metadata(tree, url)
    paragraphs = extract_paragraphs(tree, url, meta.headlines)
    text = "\n\n".join(paragraphs)
    words = word_count(text)
    reason = rejection_reason(paragraphs, words, min_words, page_signals(tree), meta)
    if reason is not None:
        return Extraction(article=None, rejected=reason)
    fallback_language = _fill_from_trafilatura(meta, tree, url)
    article = ExtractedArticle(
        title=meta.title,
        authors=meta.authors,
        published_at=meta.published_at,
        modified_at=meta.modified_at,
        language=choose_language(meta.languages, text, fallback_language),
        description=meta.description,
        text=text,
        word_count=words,
        canonical_url=meta.canonical_url,
        site_name=meta.site_name,
        page_type=meta.page_type,
    )
    return Extraction(article=article, rejected=None)


def _fill_from_trafilatura(meta: PageMetadata, tree: lxml.html.HtmlElement, url: str) -> str | None:
    """Fill gaps from trafilatura's heuristics (last in precedence); returns its language.

    Only runs when a field is missing, because its date search (htmldate)
    is the slowest part of extraction. Extensive date search is off: a date
    guessed from body text is worse than no date.
    """
    if meta.title and meta.published_at and meta.authors and meta.site_name:
        return None
    found = extract_metadata(copy(tree), default_url=url, extensive=False)
    meta.title = meta.title or found.title or None
    meta.published_at = meta.published_at or to_utc_iso(found.date)
    if not meta.authors and found.author:
        meta.authors = [name for part in found.author.split(";") if (name := clean_author(part))]
    # trafilatura falls back to the host name ("example.co.uk") or a piece of
    # the <title>, neither of which is a site name.
    sitename = (found.sitename or "").strip()
    if not meta.site_name and sitename and not _looks_like_domain(sitename) and sitename.casefold() not in meta.headlines:
        meta.site_name = sitename
    return getattr(found, "language", None)


def _looks_like_domain(name: str) -> bool:
    return " " not in name.strip() and "." in name
