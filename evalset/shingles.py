"""Word-shingle statistics used to check the set: hard negatives must not overlap much,
truncated copies must be mostly contained in their original.

Kept independent of :mod:`dedup` on purpose: the evaluation set must not be
graded with the code it evaluates.  Text in scripts without spaces (Japanese,
Chinese) is split into characters, so a "word 5-shingle" there is a character
5-gram.
"""

from __future__ import annotations

import re
import unicodedata

_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W_]+")


def tokens(text: str) -> list[str]:
    """Lower-cased words; each Japanese/Chinese character is its own token."""
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).lower())


def shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    """The set of ``n``-token shingles of ``text`` (one shingle if the text is shorter)."""
    toks = tokens(text)
    if len(toks) < n:
        return {tuple(toks)} if toks else set()
    return {tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)}


def jaccard(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    """|A ∩ B| / |A ∪ B| (0 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def containment(part: set[tuple[str, ...]], whole: set[tuple[str, ...]]) -> float:
    """Share of ``part``'s shingles that also occur in ``whole``."""
    return len(part & whole) / len(part) if part else 0.0
