"""Tests for dedup.signature: bulk MinHash equals datasketch's own."""

import numpy as np
import pytest
from datasketch import LeanMinHash, MinHash

from dedup.shingles import Shingler
from dedup.signature import MinHasher, as_hashvalues, deserialize, serialize


def _random_set(rng, n):
    return np.unique(rng.integers(0, 2**32, n, dtype=np.uint64).astype(np.uint32))


def _datasketch(values, num_perm=128, seed=1, scheme="affine32"):
    m = MinHash(num_perm=num_perm, seed=seed, hashfunc=lambda v: v, scheme=scheme)
    for v in values:
        m.update(int(v))
    return m


@pytest.mark.parametrize("scheme", ["affine32", "legacy"])
@pytest.mark.parametrize("num_perm,seed", [(128, 1), (64, 7)])
def test_equals_datasketch_update_loop(scheme, num_perm, seed):
    rng = np.random.default_rng(num_perm + seed)
    x = _random_set(rng, 5000)  # more than one chunk of 4096 rows
    ours = MinHasher(num_perm=num_perm, seed=seed, scheme=scheme).hashvalues(x)
    theirs = _datasketch(x, num_perm, seed, scheme)
    assert ours.dtype == theirs.hashvalues.dtype
    assert np.array_equal(ours, theirs.hashvalues)


def test_equals_datasketch_update_batch():
    x = _random_set(np.random.default_rng(3), 700)
    m = MinHash(num_perm=128, seed=1, hashfunc=lambda v: v)
    m.update_batch([int(v) for v in x])
    assert np.array_equal(MinHasher().hashvalues(x), m.hashvalues)


def test_empty_set_equals_empty_datasketch_minhash():
    assert np.array_equal(MinHasher().hashvalues(np.empty(0, np.uint32)), MinHash(num_perm=128).hashvalues)


def test_many_equals_one_by_one():
    rng = np.random.default_rng(4)
    sets = [_random_set(rng, n) for n in (0, 1, 5, 800, 4000, 9000, 0, 30)]
    h = MinHasher()
    many = h.hashvalues_many(sets)
    assert many.shape == (len(sets), 128)
    for row, s in zip(many, sets):
        assert np.array_equal(row, h.hashvalues(s))


def test_minhash_object_interoperates_with_datasketch():
    x = _random_set(np.random.default_rng(5), 300)
    lean = MinHasher().minhash(x)
    assert isinstance(lean, LeanMinHash)
    assert lean.jaccard(_datasketch(x)) == 1.0


def test_jaccard_estimate_within_tolerance():
    sh = Shingler(k=1)
    words_a = [f"w{i}" for i in range(0, 1000)]
    words_b = [f"w{i}" for i in range(300, 1300)]  # true J = 700/1300
    a, b = sh.shingles(" ".join(words_a)), sh.shingles(" ".join(words_b))
    true_j = 700 / 1300
    h = MinHasher(num_perm=256)
    est = h.minhash(a).jaccard(h.minhash(b))
    # std of the estimator is sqrt(J(1-J)/256) ~ 0.031
    assert abs(est - true_j) < 0.1


def test_serialize_round_trip_and_datasketch_layout():
    x = _random_set(np.random.default_rng(6), 400)
    h = MinHasher()
    lean = h.minhash(x)
    data = serialize(lean)
    assert len(data) == 13 + 4 * 128
    buf = bytearray(lean.bytesize("<"))
    lean.serialize(buf, byteorder="<")
    assert bytes(buf) == data
    back = deserialize(data)
    assert back == lean and back.seed == 1 and back.scheme == "affine32"
    assert LeanMinHash.deserialize(data, byteorder="<") == lean
    assert np.array_equal(as_hashvalues(data), h.hashvalues(x))
    assert serialize(h.hashvalues(x)) == data


def test_serialize_legacy_round_trip():
    x = _random_set(np.random.default_rng(7), 50)
    h = MinHasher(scheme="legacy", num_perm=16)
    lean = h.minhash(x)
    data = serialize(lean)
    assert len(data) == 12 + 4 * 16
    assert deserialize(data) == lean


def test_errors():
    with pytest.raises(ValueError, match="num_perm"):
        MinHasher(num_perm=0)
    with pytest.raises(ValueError, match="scheme"):
        MinHasher(scheme="affine64")
    with pytest.raises(ValueError, match="1-D"):
        MinHasher().hashvalues(np.zeros((2, 2), np.uint32))
    with pytest.raises(ValueError, match="2\\*\\*32"):
        MinHasher().hashvalues(np.array([2**40]))
    with pytest.raises(ValueError, match="too short"):
        deserialize(b"abc")
    with pytest.raises(ValueError, match="expected"):
        deserialize(serialize(np.arange(8, dtype=np.uint32))[:-1])
    with pytest.raises(ValueError, match="num_perm"):
        MinHasher().wrap(np.zeros(3, np.uint32))


def test_hashvalue_matrix_bulk_parse_equals_row_parse():
    from dedup.signature import as_hashvalue_matrix

    rng = np.random.default_rng(8)
    h = MinHasher()
    rows = [h.hashvalues(_random_set(rng, 50)) for _ in range(20)]
    blobs = [serialize(r) for r in rows]
    assert np.array_equal(as_hashvalue_matrix(blobs), np.stack(rows))
    mixed = [blobs[0], rows[1], h.wrap(rows[2])]
    assert np.array_equal(as_hashvalue_matrix(mixed), np.stack(rows[:3]))
    with pytest.raises(ValueError, match="different lengths"):
        as_hashvalue_matrix([rows[0], rows[1][:64]])
