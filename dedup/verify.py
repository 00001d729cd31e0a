"""Exact set comparison of shingle sets.

Every LSH candidate is verified exactly on the stored shingle sets, so MinHash
estimation error never decides a merge.  Shingle sets are sorted unique
``uint32`` arrays (as produced by :class:`dedup.shingles.Shingler`).

Definitions, for sets A and B:

* Jaccard (resemblance): ``|A & B| / |A | B|``
* containment of A in B: ``|A & B| / |A|`` (1.0 when A is a truncated copy of B)
* overlap coefficient: ``|A & B| / min(|A|, |B|)``, the larger of the two
  containments, i.e. "the smaller set is contained in the larger one".
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = [
    "Overlap",
    "as_shingle_set",
    "compare",
    "compare_sets",
    "containment",
    "intersection_size",
    "jaccard",
]


def as_shingle_set(values: np.ndarray | list[int]) -> np.ndarray:
    """Return ``values`` as a sorted unique ``uint32`` array (no copy if already one).

    Args:
        values: Shingle hashes in any order, duplicates allowed.

    Returns:
        The shingle set.

    Raises:
        ValueError: If the values are not 1-D integers in [0, 2**32).
    """
    x = np.asarray(values)
    if x.ndim != 1:
        raise ValueError(f"a shingle set must be 1-D, got shape {x.shape}")
    if x.dtype != np.uint32:
        if len(x) == 0:
            return np.empty(0, dtype=np.uint32)
        if x.dtype.kind not in "iu" or int(x.min()) < 0 or int(x.max()) >= 2**32:
            raise ValueError("shingle hashes must be integers in [0, 2**32); use dedup.shingles.Shingler")
        x = x.astype(np.uint32)
    if len(x) > 1 and not bool(np.all(x[1:] > x[:-1])):
        x = np.unique(x)
    return x


def intersection_size(a: np.ndarray, b: np.ndarray) -> int:
    """Count the common elements of two shingle sets.

    Uses binary search of the smaller set in the larger (``O(s log l)``);
    the result equals ``len(np.intersect1d(a, b, assume_unique=True))``.

    Args:
        a: Sorted unique array.
        b: Sorted unique array.

    Returns:
        ``|A & B|``.
    """
    return _intersection_of_sets(as_shingle_set(a), as_shingle_set(b))


def _intersection_of_sets(a: np.ndarray, b: np.ndarray) -> int:
    """:func:`intersection_size` of arrays already checked by :func:`as_shingle_set`."""
    if len(a) > len(b):
        a, b = b, a
    if len(a) == 0:
        return 0
    return int(np.count_nonzero(b.take(np.searchsorted(b, a), mode="clip") == a))


@dataclass(frozen=True)
class Overlap:
    """Exact overlap between two shingle sets A and B.

    Attributes:
        intersection: ``|A & B|``.
        size_a: ``|A|``.
        size_b: ``|B|``.
    """

    intersection: int
    size_a: int
    size_b: int

    @property
    def jaccard(self) -> float:
        """``|A & B| / |A | B|`` (0.0 for two empty sets)."""
        union = self.size_a + self.size_b - self.intersection
        return self.intersection / union if union else 0.0

    @property
    def containment_a(self) -> float:
        """Containment of A in B: ``|A & B| / |A|`` (0.0 if A is empty)."""
        return self.intersection / self.size_a if self.size_a else 0.0

    @property
    def containment_b(self) -> float:
        """Containment of B in A: ``|A & B| / |B|`` (0.0 if B is empty)."""
        return self.intersection / self.size_b if self.size_b else 0.0

    @property
    def overlap(self) -> float:
        """Overlap coefficient ``|A & B| / min(|A|, |B|)``: the smaller set's containment."""
        smaller = min(self.size_a, self.size_b)
        return self.intersection / smaller if smaller else 0.0


def compare(a: np.ndarray, b: np.ndarray) -> Overlap:
    """Compare two shingle sets exactly.

    Args:
        a: Shingle set A (sorted unique ``uint32``; other input is converted).
        b: Shingle set B.

    Returns:
        The :class:`Overlap` of A and B.
    """
    return compare_sets(as_shingle_set(a), as_shingle_set(b))


def compare_sets(a: np.ndarray, b: np.ndarray) -> Overlap:
    """:func:`compare` for arrays known to be shingle sets already (from a Shingler or a store).

    Story assignment compares each article with several candidates; checking both
    sets on every comparison cost a third of the comparison.
    """
    return Overlap(_intersection_of_sets(a, b), len(a), len(b))


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two shingle sets.

    Args:
        a: Shingle set A.
        b: Shingle set B.

    Returns:
        ``|A & B| / |A | B|``, 0.0 when both are empty.
    """
    return compare(a, b).jaccard


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Exact containment of A in B.

    Args:
        a: Shingle set A (e.g. a truncated copy).
        b: Shingle set B (e.g. the original).

    Returns:
        ``|A & B| / |A|``, 0.0 when A is empty.
    """
    return compare(a, b).containment_a
