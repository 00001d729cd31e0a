# Scoring extracted text against a labelled body: the measure behind BENCHMARKS.md's extraction table.
"""Token-level precision, recall and F1 of an extracted body against the expected one."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float


def tokens(text: str) -> Counter[str]:
    """Lower-cased word tokens with their counts (a bag, so repeated captions cost precision)."""
    return Counter(TOKEN.findall(text.casefold()))


def token_f1(expected: str, extracted: str) -> Score:
    """Bag-of-tokens overlap: precision punishes boilerplate kept, recall punishes text lost."""
    want, got = tokens(expected), tokens(extracted)
    overlap = sum((want & got).values())
    if not want and not got:
        return Score(1.0, 1.0, 1.0)
    precision = overlap / sum(got.values()) if got else 0.0
    recall = overlap / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1)
