"""A tiny template language so a few hundred hand-written patterns yield varied prose.

Three phases keep a story internally consistent while its wording varies:

1. ``<<macro>>`` names are replaced by topic-level alternation strings
   (``<<event>>`` -> ``{the quake|the tremor}``).
2. ``{a|b|c}`` alternations (nestable) are resolved with a seeded RNG.  The
   result still holds ``<slot>`` markers, so the same resolved sentence can be
   re-filled later with a corrected figure (the ``updated`` variation).
3. ``<slot>`` markers are filled from the story's facts.  ``<P1>``/``<P1,>``
   mention person 1 with name and role the first time and by surname later,
   which must be decided in final reading order, so filling is per body.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Mapping, Sequence

_ALT = re.compile(r"\{([^{}]*)\}")
_MACRO = re.compile(r"<<([a-zA-Z0-9_]+)>>")
_SLOT = re.compile(r"<([a-zA-Z0-9_]+)>")
_PERSON = re.compile(r"<P(\d)(,?)>")
_NOSPACE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def apply_macros(template: str, macros: Mapping[str, str]) -> str:
    """Replace ``<<name>>`` with the topic's alternation text (may nest once)."""
    for _ in range(3):
        new = _MACRO.sub(lambda m: macros[m.group(1)], template)
        if new == template:
            break
        template = new
    return template


def resolve(template: str, rng: random.Random, macros: Mapping[str, str] | None = None) -> str:
    """Resolve macros and ``{a|b}`` alternations, innermost first; slots are kept."""
    if macros:
        template = apply_macros(template, macros)
    while True:
        new = _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template, count=1)
        if new == template:
            return _tidy(template)
        template = new


def _tidy(text: str) -> str:
    """Collapse the double spaces and space-before-comma that empty alternatives leave."""
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r" ([,.;:])", r"\1", text)
    return text.strip()


def fill(template: str, facts: Mapping[str, str]) -> str:
    """Fill ``<slot>`` markers (not person mentions) from ``facts``."""

    def one(m: re.Match[str]) -> str:
        key = m.group(1)
        if key not in facts:
            raise KeyError(f"template slot <{key}> has no fact: {template!r}")
        return facts[key]

    return _SLOT.sub(one, template)


def capitalise(text: str) -> str:
    """Upper-case the first letter (after any opening quote) of a sentence."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
        if ch not in "\"'\u201c\u2018(":
            return text
    return text


_A_BEFORE_VOWEL = re.compile(r"\b([Aa]) (?=([AEIOUaeiou]\w*))")
_AN_BEFORE_CONSONANT = re.compile(r"\b([Aa])n (?=([B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]\w*))")
_A_BEFORE_NUMBER = re.compile(r"\b([Aa])n? (?=(\d[\d,.]*))")
_PLURAL_POSSESSIVE = re.compile(r"\b([A-Z][\w-]*s)'s\b")
_SOUNDS_CONSONANT = ("one", "once", "uni", "use", "usu", "eu", "ura", "ute", "ubiq")
_SOUNDS_VOWEL = ("hour", "honest", "honour", "heir")


def fix_articles(text: str) -> str:
    """Choose "a" or "an" by the next word, since alternations can put any word after either."""

    def to_an(m: re.Match[str]) -> str:
        return m.group(0) if m.group(2).lower().startswith(_SOUNDS_CONSONANT) else f"{m.group(1)}n "

    def to_a(m: re.Match[str]) -> str:
        return m.group(0) if m.group(2).lower().startswith(_SOUNDS_VOWEL) else f"{m.group(1)} "

    def number(m: re.Match[str]) -> str:
        digits = m.group(2).replace(",", "")
        whole = digits.split(".")[0]
        # "an 8", "an 11", "an 18", "an 11,000" (eleven thousand), "an 18,500"
        spoken_vowel = whole.startswith("8") or whole in ("11", "18") or (len(whole) == 5 and whole[:2] in ("11", "18"))
        return f"{m.group(1)}{'n' if spoken_vowel else ''} "

    text = _A_BEFORE_NUMBER.sub(number, text)
    return _AN_BEFORE_CONSONANT.sub(to_a, _A_BEFORE_VOWEL.sub(to_an, text))


class Mentions:
    """Tracks which people were already introduced in the text read so far."""

    def __init__(self, facts: Mapping[str, str]) -> None:
        self.facts = facts
        self.seen: set[str] = set()

    def render(self, template: str) -> str:
        """Fill person mentions then slots; first mention carries the role."""

        def person(m: re.Match[str]) -> str:
            n, comma = m.group(1), m.group(2)
            if n in self.seen:
                return self.facts[f"p{n}_last"] + comma
            self.seen.add(n)
            intro = f"{self.facts[f'p{n}']}, {self.facts[f'p{n}_role']}"
            # An introduction used as a subject ("<P1> said") is an apposition: close it with a comma.
            follows_word = re.match(r" [^\W\d_]", m.string[m.end() :]) is not None
            return intro + ("," if comma or follows_word else "")

        text = fix_articles(capitalise(fill(_PERSON.sub(person, template), self.facts)))
        return _PLURAL_POSSESSIVE.sub(r"\1'", text)  # "the Philippines'", not "the Philippines's"


def render_sentences(paragraphs: Sequence[Sequence[str]], facts: Mapping[str, str]) -> list[list[str]]:
    """Turn resolved sentence templates into final sentences, grouped by paragraph, in reading order."""
    mentions = Mentions(facts)
    return [[mentions.render(s) for s in para] for para in paragraphs]


def join_paragraph(sentences: Sequence[str], lang: str) -> str:
    """One paragraph's text; Japanese sentences follow each other without a space."""
    return ("" if lang == "ja" else " ").join(sentences)


def render_body(paragraphs: Sequence[Sequence[str]], facts: Mapping[str, str], lang: str = "en") -> list[str]:
    """Turn resolved sentence templates into final paragraphs in reading order."""
    return [join_paragraph(p, lang) for p in render_sentences(paragraphs, facts)]


def words(text: str) -> list[str]:
    """Whitespace words; the unit for English and Korean lengths and diffs."""
    return text.split()


def word_count(text: str, lang: str) -> int:
    """Length in words; Japanese has no spaces, so two characters count as one word."""
    if lang == "ja":
        chars = [c for c in text if not c.isspace() and not unicodedata.category(c).startswith("P")]
        return len(chars) // 2
    return len(text.split())


def has_nospace_script(text: str) -> bool:
    """True for text with Japanese/Chinese characters (tokenised by character)."""
    return _NOSPACE.search(text) is not None
