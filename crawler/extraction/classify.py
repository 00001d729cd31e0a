"""Decide why a page is not an article, if it is not one.

The checks are ordered so that a real article survives page furniture: when
the extracted body is long enough, the page is an article unless the *body
itself* is a consent dialog, a bot wall, a list of headlines or a set of
teaser cards. Only when the body is short do we look at the rest of the page
to name the reason (blocked, then consent, then section front, then empty,
then too short). Site furniture (nav/header/footer/aside) is left out of the
link-density measures, so mega-menus and "Most read" rails do not turn
articles into section fronts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import lxml.html
from lxml import etree

from crawler.extraction.metadata import PageMetadata
from crawler.extraction.tree import CHROME_TAGS, Block, element_text, norm, visible_blocks

# Wording only a consent dialog uses (a paragraph *about* cookies rarely has it).
_CONSENT_UI = re.compile(
    r"accept all|reject all|allow all|accept cookies|manage (?:preferences|options|settings|cookies)"
    r"|(?:cookie|privacy) (?:settings|preferences|choices|policy)|we value your privacy"
    r"|we and our (?:\d+ )?partners|store and/or access information|legitimate interest"
    r"|personali[sz]ed (?:ads|advertising|content)|by continuing to (?:browse|use)"
    r"|(?:agree|consent) to (?:our|the) use of cookies",
    re.IGNORECASE,
)
_CONSENT_WORDS = re.compile(r"\b(?:cookies?|consent|privacy|partners|personal data|vendors|tracking)\b", re.IGNORECASE)
_BLOCKED = re.compile(
    r"access denied|access to this page has been denied|you have been blocked|are you a robot"
    r"|not a robot|captcha|verify (?:that )?you are (?:a )?human|checking (?:your browser|if the site connection)"
    r"|unusual traffic|request (?:blocked|unsuccessful|could not be satisfied)|pardon our interruption"
    r"|enable javascript and cookies to continue|bot (?:detection|protection)|403 forbidden",
    re.IGNORECASE,
)
_BLOCKED_TITLE = re.compile(_BLOCKED.pattern + r"|^just a moment|^attention required|^access denied", re.IGNORECASE)
_HEADLINE_LINK_WORDS = 4
_SECTION_FRONT_LINKS = 15
# Teaser cards: a body paragraph alone in a container with its own headline link.
_MIN_TEASER_CARDS = 3
_CARD_LEVELS = 3
_DOMINANT = 0.5
# With a short body, a bot wall or consent dialog is most of what the page shows;
# a cookie banner on a paywall stub is well under this share.
_WALL_SHARE = 0.3


@dataclass
class PageSignals:
    """Counts over the visible page text used by :func:`rejection_reason`."""

    words: int
    link_words: int  # of content_words: words in links outside nav/header/footer/aside
    content_words: int
    consent_words: int
    blocked_words: int
    title_blocked: bool
    headline_links: int  # distinct 4+-word link texts outside site furniture
    anchor_texts: set[str]  # every 4+-word link text, casefolded
    blocks: list[Block]
    headline_anchors: list[tuple[etree._Element, str]]  # 4+-word links and their casefolded text

    @property
    def link_ratio(self) -> float:
        """Share of non-furniture text that is link text (high on section fronts)."""
        return self.link_words / self.content_words if self.content_words else 0.0


def page_signals(tree: lxml.html.HtmlElement) -> PageSignals:
    """Measure the rendered page once: words, link words, consent and bot-wall wording.

    Args:
        tree: Page parsed by :func:`crawler.extraction.tree.parse_html`.

    Returns:
        The counts :func:`rejection_reason` needs.
    """
    blocks = visible_blocks(tree)
    headlines = [
        (a, text.casefold())
        for a in tree.iter("a")
        if len((text := element_text(a)).split()) >= _HEADLINE_LINK_WORDS
    ]
    content_headlines = {text for a, text in headlines if next(a.iterancestors(*CHROME_TAGS), None) is None}
    content = [b for b in blocks if not b.chrome]
    title = tree.find(".//title")
    return PageSignals(
        words=sum(b.words for b in blocks),
        link_words=sum(b.link_words for b in content),
        content_words=sum(b.words for b in content),
        consent_words=sum(b.words for b in blocks if is_consent_text(b.text)),
        blocked_words=sum(b.words for b in blocks if _BLOCKED.search(b.text)),
        title_blocked=bool(title is not None and _BLOCKED_TITLE.search(element_text(title))),
        headline_links=len(content_headlines),
        anchor_texts={text for _, text in headlines},
        blocks=blocks,
        headline_anchors=headlines,
    )


def is_consent_text(text: str) -> bool:
    """Whether text reads like a consent dialog rather than prose about privacy.

    Args:
        text: One block or paragraph.

    Returns:
        True for one dialog phrase ("accept all", "we and our partners"...)
        plus a second consent term, or two dialog phrases.
    """
    ui = _CONSENT_UI.findall(text)
    if not ui:
        return False
    return len(ui) >= 2 or bool(_CONSENT_WORDS.search(_CONSENT_UI.sub(" ", text)))


def rejection_reason(
    paragraphs: list[str], words: int, min_words: int, signals: PageSignals, meta: PageMetadata
) -> str | None:
    """Return one of ``REJECT_REASONS``, or None for an article.

    Args:
        paragraphs: Cleaned body paragraphs.
        words: Their word count.
        min_words: Threshold below which a body is ``too_short``.
        signals: Page measurements from :func:`page_signals`.
        meta: Declared metadata (declared article/listing types).

    Returns:
        The reason, or None when the page is an article.
    """
    if words >= min_words:
        if _share(paragraphs, is_consent_text) >= _DOMINANT:
            return "consent_wall"
        if _share(paragraphs, lambda p: bool(_BLOCKED.search(p))) >= _DOMINANT:
            return "blocked"
        if _is_listing(paragraphs, words, min_words, signals, meta):
            return "not_article"
        return None
    page_words = max(signals.words, 1)
    if signals.title_blocked or signals.blocked_words / page_words >= _WALL_SHARE:
        return "blocked"
    if signals.consent_words / page_words >= _WALL_SHARE:
        return "consent_wall"
    if _is_listing(paragraphs, words, min_words, signals, meta):
        return "not_article"
    return "empty_body" if words == 0 else "too_short"


def _share(paragraphs: list[str], predicate: Callable[[str], bool]) -> float:
    """Share of body words in paragraphs matching ``predicate``."""
    total = sum(len(p.split()) for p in paragraphs)
    hits = sum(len(p.split()) for p in paragraphs if predicate(p))
    return hits / total if total else 0.0


def _is_listing(
    paragraphs: list[str], words: int, min_words: int, signals: PageSignals, meta: PageMetadata
) -> bool:
    """Section front / tag page: the body is headlines, or the page is mostly links.

    A declared article (JSON-LD article type, og:type article) is only
    overruled when its body itself is a headline list.
    """
    if paragraphs and _share(paragraphs, lambda p: norm(p).casefold() in signals.anchor_texts) >= _DOMINANT:
        return True
    if meta.declares_article:
        return False
    if _teaser_share(paragraphs, signals) >= _DOMINANT:
        return True
    if meta.declares_listing and (words < min_words or signals.link_ratio >= _DOMINANT):
        return True
    return (
        words < min_words
        and signals.headline_links >= _SECTION_FRONT_LINKS
        and signals.link_ratio >= _DOMINANT
    )


def _teaser_share(paragraphs: list[str], signals: PageSignals) -> float:
    """Share of body words that sit in teaser cards, as on a section front.

    trafilatura keeps a front's teaser texts and drops the linked headlines
    above them. A teaser is a body paragraph whose container (itself or up
    to three levels up) holds no other body paragraph but does hold a
    4+-word link that is not part of the paragraph. Article paragraphs
    share one body container, so inline links and "Related" boxes in an
    article never make cards.
    """
    held = _paragraph_blocks(paragraphs, signals.blocks)
    if len(held) < _MIN_TEASER_CARDS:
        return 0.0
    per_container = Counter(node for block in held for node in _upwards(block.element))
    links_under: dict[etree._Element, list[str]] = {}
    for anchor, text in signals.headline_anchors:
        for node in _upwards(anchor.getparent(), _CARD_LEVELS + 2):
            links_under.setdefault(node, []).append(text)
    cards = teaser_words = 0
    for block in held:
        own_text = block.text.casefold()
        for node in _upwards(block.element):
            if per_container[node] > 1:
                break
            if any(text not in own_text for text in links_under.get(node, ())):
                cards += 1
                teaser_words += block.words
                break
    total = sum(block.words for block in held)
    return teaser_words / total if cards >= _MIN_TEASER_CARDS and total else 0.0


def _paragraph_blocks(paragraphs: list[str], blocks: list[Block]) -> list[Block]:
    """Page blocks holding the body paragraphs (trafilatura and our walker split
    inline runs differently, so either text may contain the other)."""
    wanted = [norm(p) for p in paragraphs if len(p.split()) >= _HEADLINE_LINK_WORDS]
    return [
        block
        for block in blocks
        if not block.chrome
        and block.element is not None
        and block.words >= _HEADLINE_LINK_WORDS
        and block.link_words < block.words
        and any(w in block.text or block.text in w for w in wanted)
    ]


def _upwards(element: etree._Element | None, levels: int = _CARD_LEVELS) -> Iterator[etree._Element]:
    """The element and up to ``levels`` ancestors, stopping below ``<body>``."""
    for _ in range(levels + 1):
        if element is None or element.tag in ("body", "html"):
            return
        yield element
        element = element.getparent()
