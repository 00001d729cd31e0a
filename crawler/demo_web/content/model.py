"""Shapes of the invented demo-web content.

The content modules are plain data; these frozen dataclasses document what each
field means so that the builder (and a reader) never has to guess.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Outlet:
    """One invented news site living under ``prefix`` on the demo host."""

    id: str
    name: str
    prefix: str                 # "/lakeside/" (leading and trailing slash)
    utc_offset_min: int         # local time zone of the newsroom in November 2026
    encoding: str               # WHATWG label (also a Python codec name) of the HTML pages
    language: str               # "en" | "ko"
    country: str
    html_content_type: str      # exact Content-Type header the server sends for .html
    feeds: tuple[str, ...] = ()        # paths under the host, e.g. "/lakeside/atom.xml"
    sitemaps: tuple[str, ...] = ()
    start_urls: tuple[str, ...] = ()   # section pages, for outlets with no listing
    article_pattern: str | None = None
    wire_aliases: tuple[str, ...] = ()  # a wire service: names its copies are credited under


@dataclass(frozen=True)
class WireStory:
    """An original published first on the wire's own site."""

    story: str                  # ground-truth story id, "wire-..."
    slug: str
    section: str
    headline: str
    dateline: str               # "LISBON (Northstar) —", prepended to paragraph 1
    paragraphs: tuple[str, ...]
    authors: tuple[str, ...]
    published: str              # ISO 8601 with the wire's offset
    caption: str


@dataclass(frozen=True)
class Pickup:
    """How one outlet republished a wire story; every field is one variation."""

    story: str
    outlet: str
    after_min: int                        # minutes after the wire original
    headline: str | None = None           # "headline"
    dateline: str | None = None           # "dateline": replacement ("" removes it)
    keep: int | None = None               # "truncated": first N paragraphs
    edits: tuple[tuple[str, str], ...] = ()   # "edited": exact (old, new) replacements
    drops: tuple[str, ...] = ()           # "edited": sentences removed verbatim
    ads: bool = False                     # "ads": Advertisement / Read more lines
    update: tuple[int, int, str] | None = None  # "updated": (after_min, insert index, paragraph)
    cross_canonical: bool = False         # <link rel=canonical> to the wire's own host
    authors: tuple[str, ...] | None = None


@dataclass(frozen=True)
class LocalStory:
    """A story that only one outlet runs."""

    story: str
    outlet: str
    slug: str
    section: str
    headline: str
    paragraphs: tuple[str, ...]
    authors: tuple[str, ...]
    published: str              # ISO 8601 with the outlet's offset
    caption: str | None = None
    credit: str | None = None   # agency or paper the report is credited to
    translation_of: str | None = None
    language: str = "en"


@dataclass(frozen=True)
class NonArticle:
    """A page the listings link to but the crawler must not store as an article."""

    outlet: str
    slug: str
    kind: str                   # "section" | "paywall" | "consent" | "video"
    title: str
    published: str
    reason: str                 # ground-truth reason: not_article|too_short|consent_wall|empty_body
    text: tuple[str, ...] = field(default_factory=tuple)
