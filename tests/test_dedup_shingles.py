"""Tests for dedup.shingles."""

import subprocess
import sys

import numpy as np
import pytest

from dedup.shingles import Shingler, hash_tokens, shingle_hashes, sorted_unique

TEXT = (
    "Rescue teams searched collapsed buildings overnight after the earthquake.\n"
    "Officials said at least twelve people were injured in the coastal town."
)


def test_hash_tokens_deterministic_and_distinct():
    toks = ["rescue", "teams", "searched", "rescue", "", "地震"]
    h = hash_tokens(toks)
    assert h.dtype == np.uint64 and len(h) == 6
    assert h[0] == h[3]
    assert len(set(h.tolist())) == 5
    assert hash_tokens([]).shape == (0,)


def test_hash_tokens_matches_per_token_hashing():
    toks = ["alpha", "beta", "gamma", "서울에서", "東京"]
    joined = hash_tokens(toks)
    one_by_one = np.concatenate([hash_tokens([t]) for t in toks])
    assert np.array_equal(joined, one_by_one)


def test_shingles_sorted_unique_uint32():
    s = Shingler(k=3).shingles(TEXT)
    assert s.dtype == np.uint32
    assert np.all(s[1:] > s[:-1])
    # 21 words -> 19 distinct 3-shingles
    assert len(s) == 19


def test_shingles_order_sensitive():
    h = hash_tokens(["a", "b", "c"])
    assert not np.array_equal(shingle_hashes(h, 3), shingle_hashes(h[::-1], 3))


def test_short_text_single_shingle_and_empty():
    assert len(Shingler(k=5).shingles("two words")) == 1
    assert len(Shingler().shingles("")) == 0
    assert len(Shingler().shingles("!!! ---")) == 0


def test_normalisation_applied():
    sh = Shingler()
    assert np.array_equal(sh.shingles("The Mayor said, “we will rebuild” today."), sh.shingles("the mayor said we will rebuild today"))


def test_min_paragraph_tokens_drops_inserted_lines():
    sh = Shingler()
    base = "one two three four five six\nseven eight nine ten eleven"
    with_ad = "one two three four five six\nAdvertisement\nseven eight nine ten eleven"
    assert np.array_equal(sh.shingles(base, min_paragraph_tokens=3), sh.shingles(with_ad, min_paragraph_tokens=3))
    assert not np.array_equal(sh.shingles(base), sh.shingles(with_ad))


def test_cjk_uses_char_k():
    sh = Shingler(k=5, char_k=2, char_ngram=2)
    # 5 chars -> 4 bigrams -> 3 shingles of 2 bigrams
    assert len(sh.shingles("地震発生中", language="ja")) == 3


def test_stable_across_processes():
    code = (
        "from dedup.shingles import Shingler;"
        "print(Shingler().shingles('Rescue teams searched collapsed buildings overnight after the quake').tolist())"
    )
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout for _ in range(2)}
    assert len(outs) == 1
    here = Shingler().shingles("Rescue teams searched collapsed buildings overnight after the quake").tolist()
    assert outs.pop().strip() == str(here)


def test_known_values_do_not_drift():
    # Stored shingle sets and signatures must stay comparable across versions:
    # a change here invalidates every stored shingle set.
    assert hash_tokens(["wirewatch"]).tolist() == [17526598274344633612]
    assert Shingler(k=2).shingles("alpha beta").tolist() == [4118256574]
    assert Shingler(k=3).shingles("Rescue teams searched collapsed buildings").tolist() == [1241757383, 2150332714, 2939834319]


def test_sorted_unique_matches_numpy():
    rng = np.random.default_rng(0)
    x = rng.integers(0, 1000, 5000).astype(np.uint32)
    assert np.array_equal(sorted_unique(x), np.unique(x))
    assert len(sorted_unique(np.empty(0, np.uint32))) == 0


def test_bad_arguments():
    with pytest.raises(ValueError, match="k must be"):
        Shingler(k=0)
    with pytest.raises(ValueError, match="k must be"):
        shingle_hashes(np.zeros(3, np.uint64), 65)
    with pytest.raises(TypeError):
        Shingler().shingles([1, 2])  # type: ignore[list-item]
