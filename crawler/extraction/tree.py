"""Parse a page once and walk its visible text; every other module reads this tree."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.html
from lxml import etree

# lxml refuses str input that carries an XML encoding declaration.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "select"})
# Site furniture: link-heavy on every page, so it must not make an article look like a link list.
CHROME_TAGS = ("nav", "header", "footer", "aside")
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "button", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "label", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
        "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip


def parse_html(html: str, url: str) -> lxml.html.HtmlElement | None:
    """Parse with the same cleaning trafilatura applies, so one tree serves both.

    Args:
        html: Decoded page text.
        url: Page URL, recorded as the document's base URL.

    Returns:
        The ``<html>`` element, or ``None`` for empty or unparseable input.
    """
    text = _XML_DECLARATION.sub("", html.replace("\x00", ""), count=1)
    if not text.strip():
        return None
    parser = lxml.html.HTMLParser(
        remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False
    )
    try:
        tree = lxml.html.document_fromstring(text, parser=parser, base_url=url)
    except (etree.ParserError, ValueError):
        return None
    return tree if len(tree) else None


def norm(text: str | None) -> str:
    """Collapse whitespace; the form used for all text comparisons.

    Args:
        text: Any text, or None.

    Returns:
        The text with runs of whitespace turned into single spaces, stripped.
    """
    return " ".join(text.split()) if text else ""


def element_text(element: etree._Element) -> str:
    """Text of one element and its descendants, whitespace collapsed.

    Args:
        element: Any element of the parsed page.

    Returns:
        The normalised text (script contents included: use on small elements).
    """
    return norm(element.text_content())


@dataclass
class Block:
    """A run of text between block-level boundaries, e.g. one paragraph or button."""

    text: str
    words: int
    link_words: int
    chrome: bool = False  # inside nav/header/footer/aside
    element: etree._Element | None = None  # innermost block element holding the text


def visible_blocks(tree: lxml.html.HtmlElement) -> list[Block]:
    """Split the rendered text of ``<body>`` into blocks, tracking link text.

    Iterative (``iterwalk``) because real pages nest deeper than Python's
    recursion limit.

    Args:
        tree: Page parsed by :func:`parse_html`.

    Returns:
        Non-empty blocks in document order; script, style and other
        invisible elements are skipped.
    """
    body = tree.find("body")
    if body is None:
        body = tree
    blocks: list[Block] = []
    parts: list[tuple[str, bool]] = []
    link_depth = 0
    chrome_depth = 0
    owners: list[etree._Element] = [body]

    def flush() -> None:
        text = norm(" ".join(part for part, _ in parts))
        if text:
            words = len(text.split())
            link_words = sum(len(part.split()) for part, in_link in parts if in_link)
            blocks.append(Block(text, words, min(link_words, words), chrome_depth > 0, owners[-1]))
        parts.clear()

    walker = etree.iterwalk(body, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _INVISIBLE:
                walker.skip_subtree()
                continue
            if tag in _BLOCK_TAGS:
                flush()
                owners.append(element)
            if tag in CHROME_TAGS:
                chrome_depth += 1
            if tag == "a":
                link_depth += 1
            if element.text:
                parts.append((element.text, link_depth > 0))
        else:
            if tag == "a" and link_depth:
                link_depth -= 1
            if tag in _BLOCK_TAGS:
                flush()
                if len(owners) > 1:
                    owners.pop()
            if tag in CHROME_TAGS and chrome_depth:
                chrome_depth -= 1
            if element.tail and element is not body:
                parts.append((element.tail, link_depth > 0))
    flush()
    return blocks


def iter_meta(tree: lxml.html.HtmlElement) -> Iterator[tuple[str, str]]:
    """Every non-empty ``<meta>`` as lower-cased key and content.

    Args:
        tree: Page parsed by :func:`parse_html`.

    Yields:
        ``(key, content)``, once per naming attribute (property, name,
        itemprop, http-equiv) since sites mix them on one tag.
    """
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if content is None or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attribute)
            if key and key.strip():
                yield key.strip().lower(), content.strip()
