"""Tests for dedup.verify."""

import numpy as np
import pytest

from dedup.verify import as_shingle_set, compare, containment, intersection_size, jaccard


def test_intersection_matches_intersect1d():
    rng = np.random.default_rng(0)
    for _ in range(20):
        a = np.unique(rng.integers(0, 3000, rng.integers(0, 800)).astype(np.uint32))
        b = np.unique(rng.integers(0, 3000, rng.integers(0, 800)).astype(np.uint32))
        assert intersection_size(a, b) == len(np.intersect1d(a, b, assume_unique=True))


def test_jaccard_and_containment():
    a = np.arange(0, 40, dtype=np.uint32)  # truncated copy
    b = np.arange(0, 100, dtype=np.uint32)  # original
    assert jaccard(a, b) == pytest.approx(0.4)
    assert containment(a, b) == 1.0
    assert containment(b, a) == pytest.approx(0.4)
    ov = compare(b, a)
    assert (ov.intersection, ov.size_a, ov.size_b) == (40, 100, 40)
    assert ov.overlap == 1.0 and ov.containment_b == 1.0 and ov.containment_a == pytest.approx(0.4)


def test_empty_sets():
    e = np.empty(0, np.uint32)
    assert jaccard(e, e) == 0.0
    assert containment(e, np.arange(3, dtype=np.uint32)) == 0.0
    assert compare(e, e).overlap == 0.0


def test_unsorted_input_converted():
    assert as_shingle_set([5, 1, 5, 3]).tolist() == [1, 3, 5]
    assert jaccard([3, 1, 2], [2, 3, 4]) == pytest.approx(0.5)


def test_bad_input():
    with pytest.raises(ValueError):
        as_shingle_set([-1])
    with pytest.raises(ValueError):
        as_shingle_set(np.zeros((2, 2)))
