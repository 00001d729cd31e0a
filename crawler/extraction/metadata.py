"""Article metadata from JSON-LD, OpenGraph and plain meta tags.

Publishers state their own metadata far more reliably than any heuristic can
guess it, so we read the declarations first and only fall back to
trafilatura's guesses (see ``__init__``). Precedence is JSON-LD > OpenGraph >
other meta tags: JSON-LD is what publishers maintain for search engines,
OpenGraph for social cards (often shortened titles), and loose meta tags are
frequently template leftovers.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator, Set
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

import lxml.html

from crawler.dates import to_utc_iso
from crawler.extraction.tree import element_text, iter_meta, norm

ARTICLE_TYPES = frozenset(
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "SatiricalArticle",
        "BlogPosting", "LiveBlogPosting", "Report", "TechArticle", "ScholarlyArticle",
        "SocialMediaPosting", "AdvertiserContentArticle",
    }
)  # fmt: skip
LISTING_TYPES = frozenset({"WebPage", "CollectionPage", "ItemList", "SearchResultsPage"})
# Types that describe the site or page furniture, never what the page *is*.
_AUXILIARY_TYPES = frozenset(
    {
        "WebSite", "Organization", "NewsMediaOrganization", "Corporation", "Person", "BreadcrumbList",
        "ListItem", "ImageObject", "SiteNavigationElement", "WPHeader", "WPFooter", "WPSideBar",
        "SearchAction", "EntryPoint", "Place", "PostalAddress", "ContactPoint", "Brand", "Thing",
    }
)  # fmt: skip
_META_TITLE = ("twitter:title", "title", "dc.title")
_META_AUTHORS = ("author", "byl", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author")
_META_PUBLISHED = (
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date",
    "dc.date.issued", "dcterms.issued", "dcterms.created", "parsely-pub-date", "sailthru.date",
    "article.published", "original-publish-date",
)  # fmt: skip
_META_MODIFIED = ("datemodified", "last-modified", "dc.date.modified", "dcterms.modified", "article.updated")
_META_DESCRIPTION = ("description", "twitter:description", "dc.description")
_META_LANGUAGE = ("content-language", "language", "dc.language")
_BY_PREFIX = re.compile(r"^\s*by\s+", re.IGNORECASE)
# Job titles bylines append to names: "김수진 기자" (reporter), "Jane Doe, Staff Writer".
# English titles only after a comma or as "Staff ...", so "Jane Q. Reporter" keeps her name.
_ROLE_SUFFIX = re.compile(
    r"(?:\s*(?:선임기자|기자|특파원|논설위원)|\s*,\s*(?:staff\s+)?(?:writer|reporter|correspondent)"
    r"|\s+staff\s+(?:writer|reporter))\s*$",
    re.IGNORECASE,
)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*", re.IGNORECASE)
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")
_MAX_JSONLD_DEPTH = 4


@dataclass
class PageMetadata:
    """Declared metadata; ``languages`` are candidates in precedence order."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published_at: str | None = None
    modified_at: str | None = None
    description: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    page_type: str | None = None
    languages: list[str] = field(default_factory=list)
    headlines: set[str] = field(default_factory=set)
    declares_article: bool = False
    declares_listing: bool = False


def read_metadata(tree: lxml.html.HtmlElement, url: str) -> PageMetadata:
    """Read declared metadata from the parsed page.

    Args:
        tree: Page parsed by :func:`crawler.extraction.tree.parse_html`.
        url: Page URL, the base for a relative canonical link.

    Returns:
        A :class:`PageMetadata`; fields nobody declared stay empty.
    """
    meta: dict[str, list[str]] = {}
    for key, content in iter_meta(tree):
        meta.setdefault(key, []).append(content)

    def first(*keys: str) -> str | None:
        return next((meta[key][0] for key in keys if key in meta), None)

    nodes = list(_jsonld_nodes(tree))
    article = next((n for n in nodes if _article_type(n) and _string(n.get("headline"))), None)
    article = article or next((n for n in nodes if _article_type(n)), None)
    ld: dict[str, Any] = _from_article(article) if article else {}
    og_type = first("og:type")

    result = PageMetadata()
    result.authors = ld.get("authors") or _authors(meta.get("article:author", [])) or _authors(
        [value for key in _META_AUTHORS for value in meta.get(key, [])]
    )
    result.published_at = ld.get("published") or _date(first("article:published_time", "og:published_time"))
    result.published_at = result.published_at or _date(first(*_META_PUBLISHED)) or _time_element(tree)
    result.modified_at = ld.get("modified") or _date(first("article:modified_time", "og:updated_time"))
    result.modified_at = result.modified_at or _date(first(*_META_MODIFIED))
    result.description = ld.get("description") or _clean(first("og:description")) or _clean(first(*_META_DESCRIPTION))
    result.site_name = ld.get("site_name") or _clean(first("og:site_name"))
    result.canonical_url = _canonical(tree, url, first("og:url"))
    title_tag, title_site = _split_title(_clean(_title_tag(tree)), result.site_name, url, _headings(tree))
    result.site_name = result.site_name or title_site
    candidates = [ld.get("title"), _clean(first("og:title")), _clean(first(*_META_TITLE)), _h1(tree), title_tag]
    result.title = next((c for c in candidates if c), None)
    # Every headline variant, so the body cleaner can drop one repeated on top.
    result.headlines = {c.casefold() for c in candidates if c}

    page_types = [t for node in nodes for t in _types(node) if t not in _AUXILIARY_TYPES]
    result.page_type = (_article_type(article) if article else None) or (page_types[0] if page_types else None)
    result.page_type = result.page_type or og_type
    result.declares_article = article is not None or (og_type or "").lower().startswith("article")
    result.declares_listing = not result.declares_article and (
        (og_type or "").lower() == "website" or any(t in LISTING_TYPES for t in page_types)
    )
    result.languages = [
        primary
        for raw in (
            ld.get("language"),
            first("og:locale"),
            *(value for key in _META_LANGUAGE for value in meta.get(key, [])),
            tree.get("lang"),
            tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        )
        if (primary := primary_language(raw))
    ]
    return result


def primary_language(tag: str | None) -> str | None:
    """Reduce a language tag to its primary subtag.

    Args:
        tag: ``en_US``, ``ko-KR``, ``"en, ko"`` (Content-Language lists) ...

    Returns:
        ``en``/``ko``; None for junk such as ``x-default`` or ``*``.
    """
    if not tag or not isinstance(tag, str):
        return None
    primary = re.split(r"[-_,;\s]", tag.strip(), maxsplit=1)[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None


def _jsonld_nodes(tree: lxml.html.HtmlElement) -> Iterator[dict[str, Any]]:
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = (script.text or "").strip()
        # CMSs wrap JSON-LD in HTML comments or CDATA markers.
        raw = re.sub(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$", "", raw)
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        yield from _walk(data, 0)


def _walk(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    """Top-level objects, ``@graph`` members and ``mainEntity``, not ItemList members.

    Descending into ``itemListElement``/``hasPart`` would make a section
    front's teaser list look like the page's own article.
    """
    if depth > _MAX_JSONLD_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity"):
            if key in data:
                yield from _walk(data[key], depth + 1)


def _types(node: dict[str, Any]) -> list[str]:
    """``@type`` as a list of bare names (``schema:NewsArticle`` -> ``NewsArticle``)."""
    raw = node.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return [re.split(r"[/:#]", v.strip())[-1] for v in values if isinstance(v, str) and v.strip()]


def _article_type(node: dict[str, Any]) -> str | None:
    return next((t for t in _types(node) if t in ARTICLE_TYPES), None)


def _from_article(node: dict[str, Any]) -> dict[str, Any]:
    publisher = node.get("publisher")
    language = node.get("inLanguage")
    if isinstance(language, dict):
        language = language.get("alternateName") or language.get("name")
    return {
        "title": _clean(_string(node.get("headline")) or _string(node.get("name"))),
        "authors": _authors(_names(node.get("author"))),
        "published": _date(_string(node.get("datePublished")) or _string(node.get("dateCreated"))),
        "modified": _date(_string(node.get("dateModified"))),
        "description": _clean(_string(node.get("description"))),
        "site_name": _clean(next(iter(_names(publisher)), None)),
        "language": _string(language),
    }


def _string(value: Any) -> str | None:
    """First string in a JSON-LD value that may be a string, list or ``@value`` object."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, (str, dict))), None)
    if isinstance(value, dict):
        value = value.get("@value")
    return value if isinstance(value, str) and value.strip() else None


def _names(value: Any) -> list[str]:
    """Names from a JSON-LD person/organisation given as string, object or list."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, (str, list)):
            return _names(name)
        given, family = value.get("givenName"), value.get("familyName")
        if isinstance(given, str) and isinstance(family, str):
            return [f"{given} {family}"]
    return []


def _authors(values: list[str]) -> list[str]:
    """Clean author names: drop "By", job titles, URLs (article:author is often a profile link), dupes.

    "A, B and C" is split only if every part has two or more words, so
    "Doe, Jane" stays one name.
    """
    authors: list[str] = []
    for value in values:
        value = clean_author(_clean(_BY_PREFIX.sub("", value or "")) or "")
        if not value or value.startswith(("http://", "https://", "/")):
            continue
        parts = [p for p in _AUTHOR_SPLIT.split(value) if p]
        for name in parts if all(len(p.split()) >= 2 for p in parts) else [value]:
            name = clean_author(name)
            if name and name not in authors:
                authors.append(name)
    return authors


def clean_author(name: str) -> str:
    """Strip a trailing job title ("김수진 기자" -> "김수진", "Jane Doe, Staff Writer").

    Args:
        name: One author name as found.

    Returns:
        The name without the title; empty if the name was only a title.
    """
    return _ROLE_SUFFIX.sub("", name).strip()


def _clean(value: str | None) -> str | None:
    """Unescape entities (JSON-LD often carries ``&#039;``) and collapse whitespace."""
    if not value:
        return None
    return norm(html.unescape(value)) or None


def _date(value: str | None) -> str | None:
    return to_utc_iso(value) if value else None


def _time_element(tree: lxml.html.HtmlElement) -> str | None:
    """``<time itemprop=datePublished>``, else the first ``<time datetime>`` in the article."""
    candidates = tree.xpath(
        "(//time[@datetime][contains(@itemprop, 'datePublished')]"
        " | //article//time[@datetime] | //main//time[@datetime])"
    )
    for element in candidates:
        if parsed := to_utc_iso(element.get("datetime")):
            return parsed
    return None


def _canonical(tree: lxml.html.HtmlElement, url: str, og_url: str | None) -> str | None:
    """``<link rel=canonical>`` else og:url, made absolute but otherwise untouched."""
    base = url
    for element in tree.iter("base"):
        if element.get("href"):
            base = urljoin(url, element.get("href").strip())
            break
    for link in tree.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        if "canonical" in rels and (link.get("href") or "").strip():
            return urljoin(base, link.get("href").strip())
    return urljoin(base, og_url.strip()) if og_url and og_url.strip() else None


def _h1(tree: lxml.html.HtmlElement) -> str | None:
    """Prefer an ``<h1>`` inside the article, since logos are often ``<h1>`` too."""
    for path in ("//article//h1", "//main//h1", "//h1"):
        for element in tree.xpath(path):
            if text := element_text(element):
                return text
    return None


def _headings(tree: lxml.html.HtmlElement) -> set[str]:
    return {element_text(h).casefold() for h in tree.xpath("//h1 | //h2 | //h3")}


def _title_tag(tree: lxml.html.HtmlElement) -> str | None:
    element = tree.find(".//title")
    return element_text(element) if element is not None else None


def _split_title(
    title: str | None, site_name: str | None, url: str, headings: Set[str] = frozenset()
) -> tuple[str | None, str | None]:
    """Split a ``<title>`` into headline and site name ("Headline | Site", "Site | Headline").

    A " | " segment is always treated as site furniture; " - " and friends
    only when the other segment matches the site name or host, or the kept
    part is printed as a heading on the page, because headlines use dashes
    themselves. The site part doubles as a site-name fallback.
    """
    if not title:
        return None, None
    host = (re.findall(r"//([^/:?#]+)", url) or [""])[0].lower().removeprefix("www.")
    exact = {_site_key(n) for n in (site_name, host, host.split(".")[0]) if n} - {""}
    name_key = _site_key(site_name or "")

    def is_site(segment: str) -> bool:
        # Host labels ("news", "edition") only match exactly; the declared
        # site name may be part of a longer segment ("Hanbit Daily - English").
        key = _site_key(segment)
        return bool(key) and (key in exact or (len(name_key) >= 4 and name_key in key))

    for separator in _TITLE_SEPARATORS:
        if separator not in title:
            continue
        first_part, _, rest = title.partition(separator)
        head, _, tail = title.rpartition(separator)
        rest, head = rest.strip(), head.strip()
        if rest and is_site(first_part):
            return rest, first_part.strip()
        if head and (separator == " | " or is_site(tail) or head.casefold() in headings):
            return head, tail.strip()
        if rest and rest.casefold() in headings:
            return rest, first_part.strip()
    return title, None


def _site_key(name: str) -> str:
    """Compare site names loosely: "The Hanbit Daily" ~ "hanbitdaily.example"."""
    return re.sub(r"[^a-z0-9]", "", name.lower()).removeprefix("the")
