"""Scoring a grouping against labelled stories: pairwise precision/recall/F1 and the adjusted Rand index.

Used by ``bench/dedup.py`` and the end-to-end grouping tests. A grouping is a
mapping ``item -> cluster label``; only items present in both the truth and the
prediction are scored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from math import comb

__all__ = ["PairScore", "adjusted_rand_index", "pair_recall", "pairwise_scores", "true_pairs", "merged_pairs"]


@dataclass(frozen=True)
class PairScore:
    """Pairwise scores: a pair of items is positive when both are in one cluster."""

    precision: float
    recall: float
    f1: float
    true_positive: int
    predicted_pairs: int
    true_pairs: int


def _pair_counts(truth: Mapping[Hashable, Hashable], predicted: Mapping[Hashable, Hashable]) -> tuple[int, int, int]:
    items = [i for i in truth if i in predicted]
    joint = Counter((truth[i], predicted[i]) for i in items)
    tp = sum(comb(n, 2) for n in joint.values())
    predicted_pairs = sum(comb(n, 2) for n in Counter(predicted[i] for i in items).values())
    true_total = sum(comb(n, 2) for n in Counter(truth[i] for i in items).values())
    return tp, predicted_pairs, true_total


def pairwise_scores(truth: Mapping[Hashable, Hashable], predicted: Mapping[Hashable, Hashable]) -> PairScore:
    """Pairwise precision, recall and F1 of ``predicted`` against ``truth``.

    Example:
        >>> pairwise_scores({1: "a", 2: "a", 3: "b"}, {1: 7, 2: 7, 3: 7}).precision
        0.3333333333333333
    """
    tp, predicted_pairs, true_total = _pair_counts(truth, predicted)
    precision = tp / predicted_pairs if predicted_pairs else 1.0
    recall = tp / true_total if true_total else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairScore(precision, recall, f1, tp, predicted_pairs, true_total)


def adjusted_rand_index(truth: Mapping[Hashable, Hashable], predicted: Mapping[Hashable, Hashable]) -> float:
    """Hubert and Arabie's adjusted Rand index (1.0 = identical partitions, ~0 = chance)."""
    items = [i for i in truth if i in predicted]
    n = len(items)
    if n < 2:
        return 1.0
    tp, predicted_pairs, true_total = _pair_counts(truth, predicted)
    expected = true_total * predicted_pairs / comb(n, 2)
    maximum = (true_total + predicted_pairs) / 2
    if maximum == expected:
        return 1.0
    return (tp - expected) / (maximum - expected)


def true_pairs(truth: Mapping[Hashable, Hashable]) -> Iterable[tuple[Hashable, Hashable]]:
    """Every pair of items labelled as one cluster."""
    clusters: dict[Hashable, list[Hashable]] = {}
    for item, label in truth.items():
        clusters.setdefault(label, []).append(item)
    for members in clusters.values():
        yield from combinations(members, 2)


def pair_recall(pairs: Iterable[tuple[Hashable, Hashable]], predicted: Mapping[Hashable, Hashable]) -> float:
    """Share of the given (true) pairs that ``predicted`` puts in one cluster."""
    pairs = [p for p in pairs if p[0] in predicted and p[1] in predicted]
    if not pairs:
        return 1.0
    return sum(predicted[a] == predicted[b] for a, b in pairs) / len(pairs)


def merged_pairs(
    cluster_pairs: Iterable[tuple[Hashable, Hashable]],
    truth: Mapping[Hashable, Hashable],
    predicted: Mapping[Hashable, Hashable],
) -> list[tuple[Hashable, Hashable]]:
    """The pairs of true clusters (e.g. hard negatives) that share a predicted cluster."""
    predicted_of: dict[Hashable, set[Hashable]] = {}
    for item, label in truth.items():
        if item in predicted:
            predicted_of.setdefault(label, set()).add(predicted[item])
    return [(a, b) for a, b in cluster_pairs if predicted_of.get(a, set()) & predicted_of.get(b, set())]
