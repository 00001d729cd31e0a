"""Turn RSS/Atom/RDF feeds and XML sitemaps into a flat list of entries.

We parse listings ourselves instead of using Scrapy's sitemap support because
Scrapy drops the Google News fields (``news:title``, ``news:publication_date``,
``news:publication``) that let us date and attribute a story before fetching
it. The module is pure (no Scrapy import) so the offline importer and worker
processes can use it too.

Safety: listings come from the open web, so the body is gunzipped with a hard
cap (gzip bombs) and parsed by lxml with entity resolution, network access and
huge trees disabled (billion-laughs and XXE payloads stay unexpanded).
"""

from __future__ import annotations

import gzip
import html
import io
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from lxml import etree

from crawler.dates import to_utc_iso

__all__ = ["Listing", "ListingEntry", "ListingError", "parse_listing"]

_ATOM_NS = ("http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#")
_NEWS_NS = (
    "http://www.google.com/schemas/sitemap-news/0.9",
    "https://www.google.com/schemas/sitemap-news/0.9",
)
_RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RSS1_NS = ("http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/")
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
_FEEDBURNER_ORIGLINK = "{http://rssnamespace.org/feedburner/ext/1.0}origLink"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Sitemap extensions whose children must not be mistaken for <loc>/<lastmod>.
_SITEMAP_EXTENSION_NS = (
    *_NEWS_NS,
    "http://www.google.com/schemas/sitemap-image/1.1",
    "http://www.google.com/schemas/sitemap-video/1.1",
    "http://www.w3.org/1999/xhtml",
)
_GZIP_MAGIC = b"\x1f\x8b"
_HOSTILE_XML_ERRORS = frozenset({"ERR_RESOURCE_LIMIT", "ERR_ENTITY_LOOP", "ERR_ENTITY_AMPLIFICATION"})
_TAGS = re.compile(r"<[^>]{0,500}>")

# A root parser returns the listing kind, the entry elements in document order
# and a converter (element -> entry, None when the element has no usable URL).
_Parsed = tuple[str, list[etree._Element], Callable[[etree._Element], "ListingEntry | None"]]


class ListingError(ValueError):
    """A listing that cannot be used; the message is one line naming the URL."""


@dataclass(frozen=True)
class ListingEntry:
    """One link found in a feed or sitemap, with whatever metadata it carried."""

    url: str
    title: str | None = None
    published_at: str | None = None
    modified_at: str | None = None
    publication: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Listing:
    """Parsed listing; for a ``sitemapindex`` the entries are child sitemaps."""

    kind: str
    entries: list[ListingEntry]


def parse_listing(
    body: bytes,
    url: str,
    *,
    max_entries: int | None = None,
    max_unzipped_bytes: int = 50_000_000,
) -> Listing:
    """Parse a feed or sitemap body into entries.

    Args:
        body: Raw response bytes, optionally gzip-compressed (detected by the
            magic number, not the URL or headers, because servers mislabel).
        url: The listing's URL; relative links resolve against it (or
            ``xml:base``), and error messages name it.
        max_entries: Keep only the first N entries in document order.
        max_unzipped_bytes: Refuse gzip bodies that inflate beyond this.

    Returns:
        A :class:`Listing` whose kind is ``rss``, ``atom``, ``rdf``,
        ``urlset`` or ``sitemapindex``. Entries without a usable http(s)
        URL are skipped. Languages are primary subtags (``en-US`` -> ``en``).

    Raises:
        ListingError: Empty or corrupt body, gzip bomb, or a document that is
            neither a feed nor a sitemap (e.g. an HTML error page).
    """
    if max_entries is not None and max_entries < 0:
        raise ValueError("max_entries must be >= 0")
    data = _maybe_gunzip(body, url, max_unzipped_bytes)
    root, first_error = _parse_xml(data, url)
    local, namespace = _split(root.tag)
    parser = _ROOT_PARSERS.get(local)
    if parser is None or (local == "feed" and namespace not in _ATOM_NS):
        raise ListingError(f"{url}: not a feed or sitemap (root element <{local}>)")
    kind, elements, convert = parser(root, url)
    truncated = _is_truncated(data, local)
    if elements and truncated:
        # A cut-off download recovers into a last entry with a cut-off URL.
        elements = elements[:-1]
    entries: list[ListingEntry] = []
    for element in elements:
        if max_entries is not None and len(entries) >= max_entries:
            break
        entry = convert(element)
        if entry is not None:
            entries.append(entry)
    if not entries and (first_error or truncated):
        reason = first_error or f"no closing </{local}>"
        raise ListingError(f"{url}: malformed XML, no usable entry recovered ({reason})")
    return Listing(kind=kind, entries=entries)


def _is_truncated(data: bytes, root_local: str) -> bool:
    """True when the root's closing tag is missing from the end of the body.

    libxml2's recover mode does not report premature EOF, so we look for
    ``</rss>``/``</ns:urlset>`` in the tail ourselves.
    """
    closing = re.compile(rb"</(?:[\w.-]+:)?" + re.escape(root_local.encode()) + rb"\s*>")
    return closing.search(data[-4096:]) is None


def _maybe_gunzip(body: bytes, url: str, limit: int) -> bytes:
    """Inflate gzip bodies incrementally, stopping as soon as ``limit`` is passed."""
    if not body.startswith(_GZIP_MAGIC):
        return body
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as stream:
            data = stream.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise ListingError(f"{url}: corrupt gzip body ({_one_line(exc)})") from None
    if len(data) > limit:
        raise ListingError(f"{url}: gzip body inflates beyond {limit} bytes")
    return data


def _parse_xml(data: bytes, url: str) -> tuple[etree._Element, str | None]:
    """Parse leniently but safely; recovered partial trees are accepted."""
    if not data.strip():
        raise ListingError(f"{url}: empty body")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        recover=True,
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser, base_url=url)
    except etree.XMLSyntaxError as exc:
        raise ListingError(f"{url}: unparseable XML ({_one_line(exc)})") from None
    if root is None:
        raise ListingError(f"{url}: not a feed or sitemap (no XML element found)")
    for error in parser.error_log:
        if error.type_name in _HOSTILE_XML_ERRORS:
            # libxml2 stopped parsing (entity bomb, absurd depth): what was
            # recovered is a fragment of a hostile document, not a listing.
            raise ListingError(f"{url}: XML rejected by parser limits ({_one_line(error.message)})")
    errors = [e for e in parser.error_log if e.level >= etree.ErrorLevels.ERROR]
    return root, (f"line {errors[0].line}: {_one_line(errors[0].message)}" if errors else None)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]


def _split(tag: object) -> tuple[str, str]:
    """``{ns}local`` into ``(local, ns)``; comments/entities get an empty local."""
    if not isinstance(tag, str):
        return "", ""
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return local, namespace
    return tag, ""


def _text(element: etree._Element | None) -> str | None:
    """Whitespace-normalised text, skipping unexpanded entity references."""
    if element is None:
        return None
    raw = element.text if len(element) == 0 else element.xpath("string()")
    cleaned = " ".join((raw or "").split())
    return cleaned or None


def _clean_title(element: etree._Element | None) -> str | None:
    """Titles are often HTML in CDATA or double-escaped; reduce to plain text."""
    text = _text(element)
    if text is None:
        return None
    if "<" in text:
        text = _TAGS.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    return " ".join(text.split()) or None


def _absolute(href: str | None, base: str | None, fallback: str) -> str | None:
    """Resolve against ``xml:base``/listing URL; keep only http(s) URLs."""
    if not href:
        return None
    href = href.strip()
    try:
        absolute = urljoin(base or fallback, href)
        scheme = urlsplit(absolute).scheme
    except ValueError:
        return None
    return absolute if scheme in ("http", "https") else None


def _language(value: str | None) -> str | None:
    """Primary subtag, lower case (``en-US`` -> ``en``), as extraction reports it.

    The spider falls back from the page's language to the listing's, so both
    must use one form; regional variants are lost, which grouping never uses.
    """
    primary = re.split(r"[-_,;\s]", (value or "").strip(), maxsplit=1)[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None


def _first(parent: etree._Element, local: str, namespaces: tuple[str, ...]) -> etree._Element | None:
    """First direct child with this local name in one of the namespaces."""
    for child in parent:
        child_local, child_ns = _split(child.tag)
        if child_local == local and child_ns in namespaces:
            return child
    return None


def _find_items(root: etree._Element, namespaces: tuple[str, ...]) -> Iterator[etree._Element]:
    """All ``<item>`` elements in document order (in channel or, RDF-style, beside it)."""
    for element in root.iter(tag=etree.Element):
        local, namespace = _split(element.tag)
        if local == "item" and namespace in namespaces:
            yield element


def _parse_rss(root: etree._Element, url: str) -> _Parsed:
    # RSS 2.0 has no namespace, but some feeds put the whole document in one
    # (e.g. the old userland "rss2" namespace); accept the root's own.
    namespaces = tuple({"", _split(root.tag)[1]})
    channel = _first(root, "channel", namespaces)
    language = _first(channel, "language", namespaces) if channel is not None else None
    feed_language = _language(_text(language))
    items = _find_items(root, namespaces)
    return "rss", list(items), lambda item: _rss_item(item, url, namespaces, feed_language)


def _parse_rdf(root: etree._Element, url: str) -> _Parsed:
    channel = _first(root, "channel", _RSS1_NS)
    feed_language = None
    if channel is not None:
        feed_language = _language(_text(channel.find(f"{_DC}language")))
    items = _find_items(root, _RSS1_NS)
    return "rdf", list(items), lambda item: _rss_item(item, url, _RSS1_NS, feed_language)


def _rss_item(
    item: etree._Element, url: str, namespaces: tuple[str, ...], feed_language: str | None
) -> ListingEntry | None:
    """RSS 2.0 / 1.0 item: link, else permalink guid, else rdf:about."""
    base = item.base
    link = _absolute(_text(item.find(_FEEDBURNER_ORIGLINK)), base, url)
    link = link or _absolute(_text(_first(item, "link", namespaces)), base, url)
    if link is None:
        guid = _first(item, "guid", namespaces)
        permalink = (guid.get("isPermaLink") or "").strip().lower() if guid is not None else "false"
        guid_text = _text(guid)
        # RSS 2.0 says isPermaLink defaults to true, but many feeds put opaque
        # ids there; without the attribute we only trust absolute URLs.
        if permalink == "true" or (permalink == "" and guid_text and guid_text.startswith(("http://", "https://"))):
            link = _absolute(guid_text, base, url)
    if link is None:
        link = _absolute(item.get(f"{{{_RDF_NS}}}about"), base, url)
    if link is None:
        return None
    published = _text(_first(item, "pubDate", namespaces)) or _text(item.find(f"{_DC}date"))
    modified = _text(item.find(f"{_DCTERMS}modified")) or _text(_first(item, "updated", _ATOM_NS))
    language = _language(_text(item.find(f"{_DC}language"))) or feed_language
    return ListingEntry(
        url=link,
        title=_clean_title(_first(item, "title", namespaces)) or _clean_title(item.find(f"{_DC}title")),
        published_at=to_utc_iso(published),
        modified_at=to_utc_iso(modified),
        language=language,
    )


def _parse_atom(root: etree._Element, url: str) -> _Parsed:
    _, namespace = _split(root.tag)
    feed_language = _language(root.get(_XML_LANG))
    entries = [child for child in root if _split(child.tag) == ("entry", namespace)]
    return "atom", entries, lambda entry: _atom_entry(entry, url, (namespace,), feed_language)


def _atom_entry(
    entry: etree._Element, url: str, namespaces: tuple[str, ...], feed_language: str | None
) -> ListingEntry | None:
    """Atom entry: rel=alternate (or rel-less) link, else an http(s) ``<id>``."""
    link = None
    for candidate in entry:
        if _split(candidate.tag) != ("link", namespaces[0]):
            continue
        if (candidate.get("rel") or "alternate").strip() == "alternate":
            link = _absolute(candidate.get("href"), candidate.base, url)
            if link:
                break
    if link is None:
        identifier = _text(_first(entry, "id", namespaces))
        if identifier and identifier.startswith(("http://", "https://")):
            link = _absolute(identifier, None, url)
    if link is None:
        return None
    updated = _text(_first(entry, "updated", namespaces)) or _text(_first(entry, "modified", namespaces))
    published = _text(_first(entry, "published", namespaces)) or _text(_first(entry, "issued", namespaces))
    return ListingEntry(
        url=link,
        title=_clean_title(_first(entry, "title", namespaces)),
        published_at=to_utc_iso(published or updated),
        modified_at=to_utc_iso(updated),
        language=_language(entry.get(_XML_LANG)) or feed_language,
    )


def _sitemap_children(root: etree._Element, local: str) -> Iterator[etree._Element]:
    for child in root:
        child_local, namespace = _split(child.tag)
        if child_local == local and namespace not in _SITEMAP_EXTENSION_NS:
            yield child


def _sitemap_field(parent: etree._Element, local: str) -> str | None:
    for child in parent:
        child_local, namespace = _split(child.tag)
        if child_local == local and namespace not in _SITEMAP_EXTENSION_NS:
            return _text(child)
    return None


def _parse_urlset(root: etree._Element, url: str) -> _Parsed:
    return "urlset", list(_sitemap_children(root, "url")), lambda node: _url_entry(node, url)


def _url_entry(node: etree._Element, url: str) -> ListingEntry | None:
    """``<url>`` with optional ``<news:news>`` block (kept: the reason we parse)."""
    link = _absolute(_sitemap_field(node, "loc"), node.base, url)
    if link is None:
        return None
    news = next((c for c in node if _split(c.tag)[0] == "news" and _split(c.tag)[1] in _NEWS_NS), None)
    title = published = publication = language = None
    if news is not None:
        by_name = {_split(c.tag)[0]: c for c in news.iter(tag=etree.Element)}
        title = _clean_title(by_name.get("title"))
        published = to_utc_iso(_text(by_name.get("publication_date")))
        publication = _text(by_name.get("name"))
        language = _language(_text(by_name.get("language")))
    return ListingEntry(
        url=link,
        title=title,
        published_at=published,
        modified_at=to_utc_iso(_sitemap_field(node, "lastmod")),
        publication=publication,
        language=language,
    )


def _parse_sitemapindex(root: etree._Element, url: str) -> _Parsed:
    def entry(node: etree._Element) -> ListingEntry | None:
        link = _absolute(_sitemap_field(node, "loc"), node.base, url)
        if link is None:
            return None
        return ListingEntry(url=link, modified_at=to_utc_iso(_sitemap_field(node, "lastmod")))

    return "sitemapindex", list(_sitemap_children(root, "sitemap")), entry


_ROOT_PARSERS: dict[str, Callable[[etree._Element, str], _Parsed]] = {
    "rss": _parse_rss,
    "RDF": _parse_rdf,
    "feed": _parse_atom,
    "urlset": _parse_urlset,
    "sitemapindex": _parse_sitemapindex,
}
