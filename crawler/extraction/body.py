"""Article body via trafilatura, then a small, explicit cleaning pass.

Flags: ``favor_precision=True`` because a stray sidebar line in the body makes
two outlets' copies of one wire story look less alike to the MinHash
grouping, while a lost paragraph barely matters; comments, tables and images
off because none of them is wire copy; ``fast`` off so trafilatura can still
fall back to its other extractors on odd layouts. ``deduplicate`` stays off:
its cache is process-global (trafilatura issue 778), so results would depend
on which pages a worker saw before.

Measured on the six article fixtures (34 expected paragraphs): every
precision/recall/fast combination kept all 34 and let the same 15 junk lines
through before cleaning, 0 after; ``include_tables=True`` added 4 junk lines
(a weather table's cells) that cleaning cannot remove. Recall mode also kept
~30% more headline text on the section-front fixture, and fast mode lost the
plain section front's teasers entirely.

The post-clean drops only lines that are never article prose: the patterns in
:data:`_JUNK_LINES`, photo captions found in the page, a repeated headline on
top and repeated paragraphs. Keep that list short and reviewable.
"""

from __future__ import annotations

import re
from collections.abc import Set

import lxml.html
import trafilatura
from lxml import etree

from crawler.extraction.tree import element_text, norm

# Whole-line patterns (case-insensitive) for page furniture trafilatura lets through.
_JUNK_LINES = re.compile(
    r"""^(?:
        # ad slot labels
        (?:advertisement|advertising|ad|sponsored(?:\s+content)?)(?:\s*[-–:]\s*scroll\s+to\s+continue.*)?
        # teaser links to other stories
        | (?:read\s+more|read\s+also|also\s+read|more\s+to\s+read)\b.{0,200}
        | (?:related(?:\s+(?:articles?|stories|story|news))?|see\s+also)\s*:.{0,200}
        # share widgets
        | share(?:\s+this(?:\s+(?:article|story|page))?)?(?:\s+(?:on|via)\s+[\w. ]{1,20})?
        | copy(?:\s+the)?\s+(?:link|url) | link\s+copied | print(?:\s+this\s+(?:article|page))?
        | e-?mail(?:\s+this)? | tweet | facebook | twitter | x | linkedin | whatsapp | telegram
        | kakao(?:talk|\s+story)? | line | reddit | font\s+size | text\s+size
        # comment prompts
        | \d+\s+comments? | comments?(?:\s*\(\d+\))? | leave\s+a\s+comment | view\s+comments?
        | (?:log|sign)\s*in\s+to\s+(?:join\s+the\s+conversation|comment|leave\s+a\s+comment|reply).{0,80}
        | be\s+the\s+first\s+to\s+comment.{0,40} | join\s+the\s+conversation
        # photo credits
        | (?:file\s+)?(?:photos?|images?|pictures?|graphics?|illustrations?|videos?)(?:\s+credits?)?
          \s*(?:by|courtesy\s+of|:|©|/)\s*.{1,80}
        | ©.{1,80}
        # bracketed one-liners: photo credits "[YONHAP]", "(END)", wire sign-offs
        | [\[(][^\])]{1,60}[\])]
        # rights notices appended to syndicated copy
        | .{0,200}(?:all\s+rights\s+reserved|may\s+not\s+be\s+(?:published|reproduced|redistributed|rewritten)
                    |무단\s*전재|재배포\s*금지).{0,200}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_JUNK_MAX_WORDS = 25
_CAPTION_XPATH = etree.XPath(
    "//figcaption | //*[re:test(@class, 'caption|cutline|credit|photo[-_]?(cap|desc)|img[-_]?desc', 'i')]",
    namespaces={"re": "http://exslt.org/regular-expressions"},
)
# A caption printed again with a credit ("... Tuesday. (Wire photo)", "[PHOTO] ...")
# differs from the <figcaption> by a few words at either end.
_CAPTION_EXTRA_WORDS = 6
_CAPTION_MIN_WORDS = 4
# Han and kana are written without spaces between words; Hangul is spaced.
_UNSPACED_CJK = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def extract_paragraphs(tree: lxml.html.HtmlElement, url: str, headlines: Set[str] = frozenset()) -> list[str]:
    """Body paragraphs of the page, cleaned.

    Args:
        tree: Parsed page; trafilatura works on its own copy.
        url: Page URL (trafilatura uses it for link handling).
        headlines: Casefolded headline variants (JSON-LD, og:title, ``<h1>``,
            ``<title>``); one repeated at the top of the body is dropped.

    Returns:
        Paragraphs in order; empty when trafilatura finds no body.
    """
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
        with_metadata=False,
    )
    if document is None or not document.text:
        return []
    return clean_paragraphs(document.text.splitlines(), captions=_captions(tree), headlines=headlines)


def clean_paragraphs(
    lines: list[str], *, captions: Set[str] = frozenset(), headlines: Set[str] = frozenset()
) -> list[str]:
    """Drop furniture lines, photo captions, a repeated headline and repeated paragraphs.

    Args:
        lines: One paragraph per entry, as trafilatura emits them.
        captions: Casefolded caption texts found in the page
            (``<figcaption>`` and caption/cutline/credit-classed elements).
            Captions are not article prose, and sites often print them twice,
            once with a credit added, so a paragraph that equals a caption
            give or take a few words at either end is dropped.
        headlines: Casefolded headline variants; dropped before the first
            kept paragraph (trafilatura often keeps the ``<h1>``).

    Returns:
        The kept paragraphs, whitespace-normalised.
    """
    kept: list[str] = []
    seen: set[str] = set()
    for line in lines:
        paragraph = norm(line)
        key = paragraph.casefold()
        if not paragraph or key in seen:
            continue
        if _is_caption(key, captions) or (not kept and key in headlines):
            continue
        if len(paragraph.split()) <= _JUNK_MAX_WORDS and _JUNK_LINES.match(paragraph):
            continue
        seen.add(key)
        kept.append(paragraph)
    return kept


def word_count(text: str) -> int:
    """Whitespace-separated words, with unspaced CJK counted as characters / 2.

    Chinese and Japanese have no spaces, so a whole paragraph would count as
    one "word"; two characters per word is the usual rough equivalence and
    keeps ``min_words`` meaningful across languages. Korean is spaced and
    counted like English.

    Args:
        text: Body text.

    Returns:
        Each whitespace token counts 1, except that Han/kana characters
        count 1/2 each (plus 1 if the token also has Latin letters or
        digits); the total is rounded half up.
    """
    total = 0.0
    for token in text.split():
        cjk = len(_UNSPACED_CJK.findall(token))
        if cjk == 0:
            total += 1
        else:
            rest = _UNSPACED_CJK.sub("", token)
            total += cjk / 2 + (1 if any(ch.isalnum() for ch in rest) else 0)
    return int(total + 0.5)


def _captions(tree: lxml.html.HtmlElement) -> set[str]:
    return {text.casefold() for element in _CAPTION_XPATH(tree) if (text := element_text(element))}


def _is_caption(key: str, captions: Set[str]) -> bool:
    if key in captions:
        return True
    length = len(key.split())
    if length < _CAPTION_MIN_WORDS:
        return False
    for caption in captions:
        caption_length = len(caption.split())
        if caption_length < _CAPTION_MIN_WORDS or abs(length - caption_length) > _CAPTION_EXTRA_WORDS:
            continue
        if caption in key or key in caption:
            return True
    return False
