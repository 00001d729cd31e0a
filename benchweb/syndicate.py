# How a paper republishes a wire report in the benchmark web: credit, cuts and light edits.
# Copies stay near-duplicates of the original (Jaccard >= 0.5 or containment >= 0.7 on word 5-shingles).
"""Derive one outlet's copy of a wire original.

Each copy credits the wire (a dateline ``PORT ELLIS (Harbor Wire) —``, a
``..., Harbor Wire reported.`` lede, or a closing ``Harbor Wire contributed to
this report.``), and may be truncated to 40-90% of the paragraphs, lightly
edited (a word swapped in a few sentences), lose a paragraph or gain one the
paper wrote itself. Word counts stay within the web's 400-1,200 range.
"""

from __future__ import annotations

import random
import re

from benchweb import vocab
from benchweb.text import Facts, Prose, between

MIN_WORDS, MAX_WORDS = 400, 1200
_SWAPS = tuple((re.compile(rf"\b{re.escape(old)}\b"), new) for old, new in vocab.EDIT_SWAPS)


def word_total(paragraphs: list[str]) -> int:
    """Words in the body. Generated paragraphs are single-spaced, so counting spaces is exact (and fast)."""
    return sum(p.count(" ") for p in paragraphs) + len(paragraphs)


def dateline(place: str, wire_name: str) -> str:
    """``PORT ELLIS (Harbor Wire) —``: the credit wire copy carries on its first line."""
    return f"{place.upper()} ({wire_name}) \u2014"


def _edit(rng: random.Random, paragraphs: list[str]) -> bool:
    """Swap one word in two to four paragraphs, the way a copy desk tweaks wording."""
    edited = False
    for index in rng.sample(range(len(paragraphs)), k=min(len(paragraphs), between(rng, 2, 4))):
        for pattern, new in rng.sample(_SWAPS, k=len(_SWAPS)):
            text, hits = pattern.subn(new, paragraphs[index], count=1)
            if hits:
                paragraphs[index] = text
                edited = True
                break
    return edited


def _truncate(rng: random.Random, paragraphs: list[str], reserve: int) -> bool:
    """Keep the first 40-90% of paragraphs, never fewer words than MIN_WORDS + ``reserve``."""
    keep = max(2, round(len(paragraphs) * (0.4 + 0.5 * rng.random())))
    while keep < len(paragraphs) and word_total(paragraphs[:keep]) < MIN_WORDS + reserve:
        keep += 1
    if keep >= len(paragraphs):
        return False
    del paragraphs[keep:]
    return True


def _credit(rng: random.Random, paragraphs: list[str], place: str, wire_name: str,
            aliases: tuple[str, ...]) -> str:
    """Put the wire credit in one of three places; returns which."""
    roll = rng.random()
    if roll < 0.55:
        name = wire_name if rng.random() < 0.7 or not aliases else aliases[0]
        paragraphs[0] = f"{dateline(place, name)} {paragraphs[0]}"
        return "dateline"
    if roll < 0.8:
        first = paragraphs[0]
        end = first.find(". ")
        end = len(first) - 1 if end < 0 else end
        paragraphs[0] = f"{place.upper()} \u2014 {first[:end]}, {wire_name} reported{first[end:]}"
        return "reported"
    paragraphs.append(f"{wire_name} contributed to this report.")
    return "contributed"


def derive_copy(rng: random.Random, original: list[str], facts: Facts, wire_name: str,
                aliases: tuple[str, ...]) -> tuple[list[str], tuple[str, ...]]:
    """One paper's copy of a wire original.

    Args:
        rng: The copy's own random source (seeded per story and outlet).
        original: The wire's paragraphs *without* its dateline.
        facts: The story, for a paragraph the paper adds.
        wire_name: The wire's name, for the credit.
        aliases: Other names the wire is credited under.

    Returns:
        The copy's paragraphs and the variations applied, e.g. ``("dateline", "truncated", "edited")``.
    """
    paragraphs = list(original)
    applied: list[str] = []
    reserve = 8  # words a credit may add
    if rng.random() < 0.6 and _edit(rng, paragraphs):
        applied.append("edited")
    if rng.random() < 0.4 and _truncate(rng, paragraphs, reserve):
        applied.append("truncated")
    if rng.random() < 0.2 and len(paragraphs) > 3:
        index = between(rng, 1, len(paragraphs) - 2)
        if word_total(paragraphs) - len(paragraphs[index].split()) >= MIN_WORDS + reserve:
            del paragraphs[index]
            applied.append("dropped")
    if rng.random() < 0.25:
        extra = Prose(rng, facts).paragraph()
        if word_total(paragraphs) + len(extra.split()) <= MAX_WORDS - reserve:
            paragraphs.insert(between(rng, 1, len(paragraphs)), extra)
            applied.append("added")
    applied.insert(0, _credit(rng, paragraphs, facts.place, wire_name, aliases))
    return paragraphs, tuple(applied)
