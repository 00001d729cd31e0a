"""What every outlet template needs: the page model, the per-outlet context, and
small formatting helpers. Markup itself lives in each outlet's own module."""
from __future__ import annotations

import html
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from ..content.model import NonArticle, Outlet

BASE = "{{BASE}}"  # replaced with the real base URL by the server at serve time


@dataclass
class Page:
    """One article page as an outlet publishes it (after any pickup variations)."""

    outlet: Outlet
    story: str
    slug: str
    section: str
    headline: str
    paragraphs: tuple[str, ...]   # the clean body, exactly as the ground truth states it
    authors: tuple[str, ...]
    published: datetime           # aware, in the outlet's time zone
    modified: datetime | None = None
    caption: str | None = None
    photo_credit: str | None = None
    credit: str | None = None     # agency/paper the story is credited to
    canonical_url: str | None = None   # cross-site canonical (the wire's own host)
    variations: tuple[str, ...] = ()
    ads: bool = False
    is_wire_original: bool = False
    language: str = "en"
    translation_of: str | None = None
    number: int = 0               # per-outlet sequence, for id-style URLs
    path: str = ""                # canonical path on the demo host, set by the outlet module

    @property
    def url(self) -> str:
        return BASE + self.path

    @property
    def description(self) -> str:
        """First sentence of the body without its dateline: what sites put in meta tags."""
        first = re.sub(r"^[^—]{0,60}—\s*", "", self.paragraphs[0])
        # A sentence ends at . ! ? followed by a capital, an opening quote or Hangul, so
        # "4:12 a.m. local" and "Dec. 19" do not cut it short.
        match = re.match(r"(.+?[.!?])(?=\s+[A-Z“\"\uac00-\ud7a3]|$)", first)
        return match.group(1) if match else first


@dataclass
class NonArticlePage:
    """A non-article the listings link to, rendered by the outlet that owns it."""

    spec: NonArticle
    published: datetime
    path: str = ""


@dataclass
class Context:
    """Everything one outlet's template sees: its own pages, newest first."""

    outlet: Outlet
    pages: list[Page]
    non_articles: list[NonArticlePage]

    def others(self, page: Page | None, n: int = 4) -> list[Page]:
        """Sidebar headlines ("Most read", "Latest"): never the page being read."""
        return [p for p in self.pages if p is not page][:n]

    def read_more(self, page: Page) -> Page:
        """The story a "Read more:" line points to: the next older one, else the newest."""
        older = [p for p in self.pages if p is not page and p.published < page.published]
        return older[0] if older else self.others(page, 1)[0]

    def sections(self) -> list[str]:
        return sorted({p.section for p in self.pages})


@dataclass
class Rendered:
    """An outlet's output: files to write plus what the ground truth must know."""

    files: dict[str, bytes] = field(default_factory=dict)   # path on host -> bytes
    url_variants: list[tuple[str, str]] = field(default_factory=list)  # (listed, canonical path)
    non_articles: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)

    def add(self, path: str, text: str, encoding: str = "utf-8") -> None:
        """Store a page; a trailing slash means the directory's index.html."""
        if path in self.files:
            raise ValueError(f"duplicate path {path}")
        self.files[path] = text.encode(encoding)  # strict: unencodable text fails the build


def esc(text: str) -> str:
    """Escape for text and double-quoted attributes (apostrophes stay readable)."""
    return html.escape(text, quote=False).replace('"', "&quot;")


def paragraphs(paras: tuple[str, ...] | list[str], indent: str = "      ") -> str:
    return "\n".join(f"{indent}<p>{esc(p)}</p>" for p in paras)


_SLUG_STOP = {"a", "an", "and", "for", "in", "of", "on", "the", "to"}


def slugify(text: str, max_words: int = 9) -> str:
    """ASCII slug from a headline, the way CMSs build URLs (no dangling "to"/"for")."""
    ascii_text = unicodedata.normalize("NFKD", text.replace("’", "").replace("'", ""))
    words = re.findall(r"[a-z0-9]+", ascii_text.encode("ascii", "ignore").decode().lower())[:max_words]
    while len(words) > 1 and words[-1] in _SLUG_STOP:
        words.pop()
    return "-".join(words)


def iso(dt: datetime) -> str:
    return dt.isoformat()


def utc_z(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc822(dt: datetime) -> str:
    return format_datetime(dt)


def tz_of(outlet: Outlet) -> timezone:
    return timezone(timedelta(minutes=outlet.utc_offset_min))


def json_ld(data: dict) -> str:
    """A JSON-LD script body that cannot close its own <script> element."""
    return json.dumps(data, ensure_ascii=False, indent=2).replace("</", "<\\/")


def news_article_ld(page: Page, publisher: str, logo: str) -> dict:
    """schema.org NewsArticle as the JSON-LD outlets embed it."""
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": page.canonical_url or page.url},
        "headline": page.headline,
        "description": page.description,
        "datePublished": iso(page.published),
        "dateModified": iso(page.modified or page.published),
        "inLanguage": page.language,
        "author": [{"@type": "Person", "name": a} for a in page.authors],
        "publisher": {"@type": "Organization", "name": publisher,
                      "logo": {"@type": "ImageObject", "url": BASE + logo}},
        "image": [BASE + "/static/photo.svg"] if page.caption else [],
        "articleSection": page.section.title(),
    }


def byline(authors: tuple[str, ...]) -> str:
    """"A", "A and B", "A, B and C"."""
    if len(authors) <= 1:
        return "".join(authors)
    return ", ".join(authors[:-1]) + " and " + authors[-1]


def long_date(dt: datetime) -> str:
    """"November 3, 2026" without platform-specific strftime flags."""
    return f"{dt:%B} {dt.day}, {dt.year}"


def clock12(dt: datetime, style: str = "p.m.") -> str:
    """"1:40 p.m." (AP style) or "1:40 PM"."""
    hour = dt.hour % 12 or 12
    suffix = ("a.m." if dt.hour < 12 else "p.m.") if style == "p.m." else ("AM" if dt.hour < 12 else "PM")
    return f"{hour}:{dt:%M} {suffix}"
