"""Detect which news wire an article credits (pure: no Scrapy, no I/O).

Wire copy says where it came from in a few fixed places: the dateline
(``SEOUL (AP) —``, ``(서울=연합뉴스)``), credit and source lines (``Reuters
contributed reporting.``, ``Source: Yonhap``, ``Reporting by …; Editing by …``),
bylines and the page's author metadata. :func:`detect_wire_credits` reports
each credit with its text; :func:`credited_wire` picks the most telling one.

* Only those places count: a wire named in prose (``Reuters reported…``) or a
  mid-sentence abbreviation (``the World Health Organization (WHO) said``) is
  not a credit.
* A dateline may name any capitalised agency, known or not (kept as written).
  Every other pattern needs a known wire (:data:`DEFAULT_WIRES` plus
  ``known_wires``), except the explicit ``This story was provided by X``.
* Short Latin aliases (``AP``, ``PA``, ``EFE``) must be written in capitals,
  lower case or as the canonical name: ``Pa`` or ``Efe`` do not count.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

__all__ = ["DEFAULT_WIRES", "WireCredit", "credited_wire", "detect_wire_credits", "wire_credit"]

_CANONICAL: dict[str, tuple[str, ...]] = {
    "Associated Press": ("ap", "associated press", "the associated press"),
    "Reuters": ("reuters", "thomson reuters"),
    "Agence France-Presse": ("afp", "agence france-presse", "agence france presse"),
    "Bloomberg": ("bloomberg", "bloomberg news"),
    "Yonhap": ("yonhap", "yonhap news", "yonhap news agency", "연합뉴스"),
    "Kyodo": ("kyodo", "kyodo news"),
    "dpa": ("dpa", "deutsche presse-agentur", "deutsche presse agentur"),
    "EFE": ("efe", "agencia efe"),
    "ANSA": ("ansa",),
    "Xinhua": ("xinhua", "xinhua news agency"),
    "PA Media": ("pa", "pa media", "press association", "the press association"),
    "Anadolu": ("anadolu", "anadolu agency"),
    "UPI": ("upi", "united press international"),
    "Jiji": ("jiji", "jiji press"),
}
DEFAULT_WIRES: Mapping[str, str] = MappingProxyType(
    {alias: name for name, aliases in _CANONICAL.items() for alias in aliases}
)
"""Built-in wires: casefolded alias -> canonical name."""

# Strongest evidence first; credited_wire() takes the first credit in this order.
_RANK = {"dateline": 0, "credit_line": 1, "source_line": 1, "contributed": 1, "byline": 2, "author": 3}
_SNIPPET_MAX = 120
_DATELINE_SPAN = 200


@dataclass(frozen=True)
class WireCredit:
    """One place where an article credits a wire.

    Attributes:
        wire: Canonical wire name (as written, for an unknown dateline agency).
        evidence: ``dateline``, ``credit_line``, ``source_line``,
            ``contributed``, ``byline`` or ``author``.
        snippet: The text the credit was read from, at most 120 characters.
    """

    wire: str
    evidence: str
    snippet: str


_EDGE = " \t.,;:-–—\"'“”‘’"
_PREFIX = re.compile(r"^(?:(?:by|the)\s+)+", re.I)
_SUFFIX = re.compile(r"\s+(?:staff(?:\s+writers?)?|writers?|reporters?|correspondents?|(?:news\s+)?desk)$", re.I)
_DASH = r"(?:--|[–—]|-(?=\s|$))"
_DATELINE = re.compile(
    r"(?P<head>[^()\n]{0,80}?)\s*\(\s*(?P<wire>[^\W\d_][\w&'.\- ]{0,38}?)\s*\)\s*" + _DASH
)
_KO_DATELINE = re.compile(r"[(\[]\s*[^=()\[\]\n]{1,20}?\s*=\s*(?P<wire>[^=()\[\]\n]{1,20}?)\s*[)\]]")
_BYLINE = re.compile(r"^(?:By|BY)\s+(?P<rest>[A-Z][^\n]{1,120})$")
_REUTERS = re.compile(r"\(?\bReporting by\b[^\n;]{1,150};[^\n]{0,300}?\b(?:Editing|Writing) by\b[^\n)]*\)?")
_CONTRIB = re.compile(r"\bcontributed\s+(?:additional\s+)?(?:reporting|to\s+this\s+(?:report|story|article))", re.I)
_WITH_REPORTING = re.compile(
    r"\b(?:includes|with)\s+(?:additional\s+)?(?:reporting|material|information)\s+(?:from|by)\s+(?P<n>[^\n.;]{1,80})",
    re.I,
)
_SENTENCE_END = re.compile(r"(?:(?<=[a-z0-9]{2}[.!?])|(?<=[.!?][\"”’]))\s+")
_PAREN_NAME = r"\(\s*(?P<b>[^\n()]{1,40}?)\s*\)"
_STANDALONE = re.compile(r"^(?:" + _DASH + r"\s*(?P<a>[^\n()]{1,40}?)|" + _PAREN_NAME + r")\s*\.?$")
_TRAILING = re.compile(
    r"(?<=[.!?\"”’])\s*(?:" + _DASH + r"\s*(?P<a>[^\n()–—]{1,40}?)|" + _PAREN_NAME + r")\s*$"
)
_SOURCE = re.compile(r"^\(?\s*(?:sources?|via|출처)\s*[:：]\s*(?P<n>[^\n()]{1,80}?)\s*\)?\s*\.?$", re.I)
_PROVIDED = re.compile(
    r"(?i:\b(?:this|the)\s+(?:story|article|report|content|piece)\s+(?:was|is|has\s+been)\s+"
    r"(?:provided|supplied|distributed|syndicated)\s+by\s+(?:the\s+)?)"
    r"(?P<n>[^\W\d_][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})"
)
_COPYRIGHT = re.compile(
    r"(?i:copyright|©|ⓒ|\(c\)|저작권자)\s*(?i:\(c\)|©|ⓒ)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
    r"(?P<n>[^\n.,;<>()]{1,50})"
)
_LIST_SPLIT = re.compile(r"\s*(?:[,;/&]|\band\b)\s*")
_AUTHOR_SPLIT = re.compile(r"[,|/;()\[\]]|\s+[-–—]\s+|\s+(?:and|for|of)\s+")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")

_Table = dict[str, str]
_Hit = tuple[str, str, int, str]  # evidence, wire, position, snippet


def _clean(name: str) -> str:
    """Trim punctuation, a leading "By"/"The" and a trailing "staff"/"writer"."""
    name = " ".join(name.split()).strip(_EDGE)
    return _SUFFIX.sub("", _PREFIX.sub("", name)).strip(_EDGE)


def _wires(known_wires: Mapping[str, str] | None) -> tuple[_Table, re.Pattern[str]]:
    return _alias_table(tuple(known_wires.items()) if known_wires else ())


@lru_cache(maxsize=32)
def _alias_table(known: tuple[tuple[str, str], ...]) -> tuple[_Table, re.Pattern[str]]:
    """Alias table of the built-in wires plus ``known``, and a regex finding any alias (longest first).

    Cached: every article asks again with the same known wires.
    """
    table = {_clean(k).casefold(): v for k, v in [*DEFAULT_WIRES.items(), *known]}
    table.pop("", None)
    alternatives = (re.escape(a).replace(r"\ ", r"\s+") for a in sorted(table, key=lambda a: (-len(a), a)))
    return table, re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.I)


def _lookup(name: str, table: _Table, *, strict: bool = True) -> str | None:
    """Canonical wire for ``name`` if it is a known alias (see module policy on case)."""
    name = _clean(name)
    wire = table.get(name.casefold())
    if wire is None or not strict:
        return wire
    if name.isascii() and len(name) <= 4 and not (name.isupper() or name.islower() or name == wire):
        return None  # "Pa", "Efe": ordinary words or abbreviations, not wires
    return wire


def _aliases_in(text: str, table: _Table, alias_re: re.Pattern[str], *, prose: bool = False) -> Iterator[str]:
    """Each known wire written in ``text``.

    With ``prose``, an alias right after a capitalised word ("Michael
    Bloomberg") is taken for part of a person's name and skipped.
    """
    for m in alias_re.finditer(text):
        word = (text[: m.start()].split() or [""])[-1]
        if prose and word[:1].isupper() and word[-1].isalnum() and word.casefold() != "the":
            continue
        if wire := _lookup(m.group(), table):
            yield wire


def _snip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET_MAX else text[: _SNIPPET_MAX - 1].rstrip() + "…"


def _place_ok(head: str) -> bool:
    """A dateline head is empty or an upper-case place, optionally ", detail"."""
    place, _, rest = head.strip().partition(",")
    place = place.strip()
    if not place:
        return not rest.strip()
    shape_ok = all(c.isalpha() or c in " .'’-" for c in place) and len(place.split()) <= 4
    return place.isupper() and shape_ok and len(rest) <= 60


def _datelines(lines: list[tuple[int, str]], table: _Table) -> Iterator[_Hit]:
    """A dateline on the first line of the body that is not a byline."""
    for pos, line in lines[:3]:
        start = line[:_DATELINE_SPAN].strip()
        if _BYLINE.match(start):
            continue
        if m := _KO_DATELINE.match(start):
            name = m["wire"].strip()
            yield "dateline", _lookup(name, table, strict=False) or name, pos, m.group()
        elif (m := _DATELINE.match(start)) and _place_ok(m["head"]):
            name = " ".join(m["wire"].split())
            wire = _lookup(name, table, strict=False) or (name if name[0].isupper() else None)
            if wire:
                yield "dateline", wire, pos, m.group()
        return


def _line_credits(lines: list[tuple[int, str]], table: _Table, alias_re: re.Pattern[str]) -> Iterator[_Hit]:
    """Credits that are whole lines: bylines, source lines, "— AFP", "(AFP)"."""
    for pos, raw in lines:
        line = raw.strip()
        if (m := _BYLINE.match(line)) and not re.search(r"(?:\b[a-z]+\.|[!?\"”:])$", line):
            for wire in _aliases_in(m["rest"], table, alias_re):
                yield "byline", wire, pos, line
        if m := _SOURCE.match(line):
            for name in _LIST_SPLIT.split(m["n"]):
                if wire := _lookup(name, table):
                    yield "source_line", wire, pos, line
        if m := _STANDALONE.match(line) or _TRAILING.search(line):
            if wire := _lookup(m["a"] or m["b"], table):
                yield "credit_line", wire, pos, m.group()


def _text_credits(text: str, table: _Table, alias_re: re.Pattern[str]) -> Iterator[_Hit]:
    """Credits inside running text: contributed, Reuters-style, provided-by, copyright.

    Each pattern runs only when its keyword occurs at all: a plain substring test
    is far cheaper than a regex scan of the whole body, and most bodies have none.
    """
    folded = text.casefold()
    if "Reporting by" in text:
        reuters = _lookup("reuters", table, strict=False) or "Reuters"
        for m in _REUTERS.finditer(text):
            yield "credit_line", reuters, m.start(), m.group()
    if "contributed" in folded:
        for m in _CONTRIB.finditer(text):
            start = text.rfind("\n", 0, m.start()) + 1
            for b in _SENTENCE_END.finditer(text, start, m.start()):
                start = b.end()
            for wire in _aliases_in(text[start : m.start()], table, alias_re, prose=True):
                yield "contributed", wire, start, text[start : m.end()]
    if any(word in folded for word in ("reporting", "material", "information")):
        for m in _WITH_REPORTING.finditer(text):
            for wire in _aliases_in(m["n"], table, alias_re, prose=True):
                yield "contributed", wire, m.start(), m.group()
    if any(word in folded for word in ("provided", "supplied", "distributed", "syndicated")):
        for m in _PROVIDED.finditer(text):
            name = _clean(m["n"])
            wire = _lookup(name, table) or (name if name[:1].isupper() else None)
            if wire:
                yield "credit_line", wire, m.start(), m.group()
    if any(mark in folded for mark in ("copyright", "©", "ⓒ", "(c)", "저작권자")):
        for m in _COPYRIGHT.finditer(text):
            name = _PREFIX.sub("", m["n"].strip())
            if (a := alias_re.match(name)) and (wire := _lookup(a.group(), table)):
                yield "credit_line", wire, m.start(), m.group()


def _author_credits(authors: Sequence[str], table: _Table, offset: int) -> Iterator[_Hit]:
    """Meta authors naming a wire: "Reuters", "AP", "Jane Doe, AFP", "연합뉴스"."""
    for i, author in enumerate(authors):
        if not isinstance(author, str):
            continue
        for part in _AUTHOR_SPLIT.split(author):
            names = [part, *part.split()] if _HANGUL.search(part) else [part]
            if wire := next(filter(None, (_lookup(n, table) for n in names)), None):
                yield "author", wire, offset + i, author


def detect_wire_credits(
    text: str, authors: Sequence[str] = (), *, known_wires: Mapping[str, str] | None = None
) -> list[WireCredit]:
    """Find every wire credit in an article.

    Args:
        text: Clean article body, paragraphs separated by blank lines.
        authors: Author names from the page metadata.
        known_wires: Extra aliases (any case) -> canonical name; they add to
            and override :data:`DEFAULT_WIRES`.

    Returns:
        All credits found, strongest evidence first (dateline; credit, source
        and contributed lines; bylines; meta authors), ties in text order,
        with one credit per (wire, evidence) pair.
    """
    text = text or ""
    if isinstance(authors, str):
        authors = (authors,)
    table, alias_re = _wires(known_wires)
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    hits = [
        *_datelines(lines, table),
        *_line_credits(lines, table, alias_re),
        *_text_credits(text, table, alias_re),
        *_author_credits(authors, table, len(text)),
    ]
    credits: dict[tuple[str, str], WireCredit] = {}
    for evidence, wire, _, snippet in sorted(hits, key=lambda h: (_RANK[h[0]], h[2])):
        credits.setdefault((wire, evidence), WireCredit(wire, evidence, _snip(snippet)))
    return list(credits.values())


def credited_wire(
    text: str, authors: Sequence[str] = (), *, known_wires: Mapping[str, str] | None = None
) -> WireCredit | None:
    """The single most likely credited wire, or ``None`` if nothing credits one.

    Args:
        text: Clean article body, paragraphs separated by blank lines.
        authors: Author names from the page metadata.
        known_wires: Extra aliases -> canonical name, as for :func:`detect_wire_credits`.

    Returns:
        The first credit of :func:`detect_wire_credits` (dateline > credit,
        source or contributed line > byline > author; ties: earliest).
    """
    credits = detect_wire_credits(text, authors, known_wires=known_wires)
    return credits[0] if credits else None


def wire_credit(
    text: str, authors: Sequence[str] | str | None, known_wires: Mapping[str, str] | None = None
) -> tuple[str | None, str | None]:
    """The credited wire and its evidence as stored on an article row (``(None, None)`` if none).

    ``authors`` may be the JSON list stored in ``articles.authors``.
    """
    if isinstance(authors, str):
        try:
            authors = json.loads(authors)
        except ValueError:
            authors = [authors]
    credit = credited_wire(text or "", list(authors or ()), known_wires=known_wires)
    return (credit.wire, credit.evidence) if credit else (None, None)
