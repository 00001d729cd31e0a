"""Tests for dedup.index: near-duplicates and 40% truncated copies are found."""

import numpy as np
import pytest

from dedup.index import BandIndex, CandidateIndex, band_keys, candidate_probability
from dedup.shingles import Shingler
from dedup.signature import MinHasher, serialize

SYLLABLES = ["ka", "ri", "to", "men", "sa", "lo", "vi", "der", "an", "ol", "mu", "ten", "po", "ra", "shi", "el"]
FUNCTION = ["the", "a", "of", "to", "and", "in", "said", "on", "for", "that", "was", "with"]


def make_vocab(rng, n=3000):
    words = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYLLABLES, int(rng.integers(1, 4)))))
    return sorted(words)


RNG = np.random.default_rng(11)
VOCAB = make_vocab(RNG)
ZIPF = 1 / np.arange(1, len(VOCAB) + 1) ** 1.05
ZIPF /= ZIPF.sum()


def paragraph(rng):
    n = int(rng.integers(40, 70))
    words = np.array(VOCAB)[rng.choice(len(VOCAB), size=n, p=ZIPF)]
    func = rng.random(n) < 0.35
    words[func] = np.array(FUNCTION)[rng.integers(0, len(FUNCTION), int(func.sum()))]
    return " ".join(words.tolist()) + "."


def article(rng, paragraphs=14):
    return [paragraph(rng) for _ in range(paragraphs)]


def truncated_edited_copy(paras, rng, keep=0.4):
    ps = list(paras[: max(1, round(len(paras) * keep))])
    ps[0] = "RIVERTON (Wire) — " + ps[0]
    for _ in range(3):
        i = int(rng.integers(len(ps)))
        w = ps[i].split()
        w[int(rng.integers(len(w)))] = "changed"
        ps[i] = " ".join(w)
    ps.insert(1, "Advertisement")
    return ["A brand new headline for this copy"] + ps


SH = Shingler()
MH = MinHasher()


def sig(paras):
    s = SH.shingles(paras, min_paragraph_tokens=3)
    return MH.hashvalues(s), len(s)


@pytest.fixture(scope="module")
def corpus():
    rng = np.random.default_rng(12)
    return [article(rng) for _ in range(150)]


def test_protocol_and_probability():
    assert isinstance(BandIndex(), CandidateIndex)
    assert candidate_probability(0.3) > 0.99
    assert candidate_probability(0.02) < 0.03


def test_band_keys_shape_and_determinism():
    hv = np.arange(256, dtype=np.uint32).reshape(2, 128)
    bk = band_keys(hv, 64, 2)
    assert bk.shape == (2, 64) and bk.dtype == np.uint32
    assert np.array_equal(bk[0], band_keys(hv[0], 64, 2))


def test_finds_near_duplicates_and_truncated_copies_both_ways(corpus):
    rng = np.random.default_rng(13)
    originals = BandIndex(merge_every=64)  # exercise delta + merges
    for i, paras in enumerate(corpus):
        originals.add(f"orig-{i}", *sig(paras))
    copies = BandIndex()
    for i, paras in enumerate(corpus[:60]):
        copies.add(f"copy-{i}", *sig(truncated_edited_copy(paras, rng)))
    for i, paras in enumerate(corpus[:60]):
        copy_sig = sig(truncated_edited_copy(paras, np.random.default_rng(100 + i)))
        assert originals.query(*copy_sig)[:1] == [f"orig-{i}"]  # the copy finds the original
        assert copies.query(*sig(paras))[:1] == [f"copy-{i}"]  # the original finds its copy
        near = list(paras)
        near[3] = paragraph(rng)
        assert originals.query(*sig(near))[:1] == [f"orig-{i}"]


def test_unrelated_texts_not_returned(corpus):
    idx = BandIndex()
    for i, paras in enumerate(corpus[:100]):
        idx.add(i, *sig(paras))
    stray = 0
    for paras in corpus[100:]:
        stray += len(idx.query(*sig(paras)))
    assert stray == 0


def test_ranking_prefers_stronger_match(corpus):
    idx = BandIndex()
    original = corpus[0]
    idx.add("half", *sig(original[:7]))
    idx.add("full", *sig(original))
    idx.add("other", *sig(corpus[1]))
    cands = idx.query_candidates(*sig(original))
    assert [c.key for c in cands] == ["full", "half"]
    assert cands[0].hits == 64 and cands[0].score == 1.0
    assert cands[1].score > 0.6  # estimated containment of the half copy


def test_save_load_and_rebuild_agree(corpus, tmp_path):
    idx = BandIndex(merge_every=40)
    rows = []
    for i, paras in enumerate(corpus):
        hv, n = sig(paras)
        idx.add(f"k{i}", hv, n)
        rows.append((f"k{i}", serialize(hv), n))
    path = tmp_path / "index.npz"
    idx.save(path)
    loaded = BandIndex.load(path)
    rebuilt = BandIndex.from_signatures(rows, chunk=37)
    assert len(loaded) == len(rebuilt) == len(idx) == len(corpus)
    assert "k3" in loaded and loaded.size_of("k3") == idx.size_of("k3")
    rng = np.random.default_rng(14)
    for paras in corpus[:30]:
        q = sig(truncated_edited_copy(paras, rng))
        assert idx.query(*q) == loaded.query(*q) == rebuilt.query(*q)
    # int keys round trip as ints
    ints = BandIndex()
    ints.add(7, *sig(corpus[0]))
    ints.save(tmp_path / "ints.npz")
    assert BandIndex.load(tmp_path / "ints.npz").query(*sig(corpus[0])) == [7]


def test_incremental_after_load(corpus, tmp_path):
    idx = BandIndex()
    for i, paras in enumerate(corpus[:10]):
        idx.add(i, *sig(paras))
    idx.save(tmp_path / "a.npz")
    loaded = BandIndex.load(tmp_path / "a.npz")
    loaded.add(10, *sig(corpus[10]))
    loaded.flush()
    loaded.add(11, *sig(corpus[11]))
    assert loaded.query(*sig(corpus[10])) == [10]
    assert loaded.query(*sig(corpus[11])) == [11]
    assert loaded.query(*sig(corpus[0])) == [0]


def test_errors(corpus):
    with pytest.raises(ValueError, match="exceeds num_perm"):
        BandIndex(num_perm=128, bands=65, rows=2)
    idx = BandIndex()
    hv, n = sig(corpus[0])
    idx.add("a", hv, n)
    with pytest.raises(ValueError, match="already indexed"):
        idx.add("a", hv, n)
    with pytest.raises(ValueError, match="one type"):
        idx.add(5, hv, n)
    with pytest.raises(ValueError, match="num_perm"):
        idx.add("b", hv[:64], n)
    with pytest.raises(ValueError, match="num_perm"):
        idx.query(hv[:64], n)
    with pytest.raises(ValueError, match="equal lengths"):
        idx.add_many(["x"], [hv, hv], [1])


def test_from_signatures_rejects_bad_rows(corpus):
    hv, n = sig(corpus[0])
    with pytest.raises(ValueError, match="twice"):
        BandIndex.from_signatures([("a", hv, n), ("b", hv, n), ("a", hv, n)])
    with pytest.raises(ValueError, match="one type"):
        BandIndex.from_signatures([("a", hv, n), (1, hv, n)])
    with pytest.raises(ValueError, match="one type"):
        BandIndex.from_signatures([("a", hv, n), (1, hv, n)], chunk=1)
    with pytest.raises(ValueError, match="sizes"):
        BandIndex.from_signatures([("a", hv, -1)])
    assert len(BandIndex.from_signatures([])) == 0


def test_a_minhash_updated_between_query_and_add_is_indexed_with_its_new_values():
    """Assignment queries a signature and then adds it; the index reuses the query's band keys only for equal values."""
    from datasketch import MinHash

    first = MinHash(num_perm=128, seed=1)
    first.update_batch([f"early shingle {i}".encode() for i in range(50)])
    idx = BandIndex()
    idx.query(first, 50)
    first.update_batch([f"later shingle {i}".encode() for i in range(5000)])  # lowers most hash values in place
    idx.add("k", first, 5050)
    best = idx.query_candidates(first.hashvalues.copy(), 5050)[0]
    assert best.key == "k" and best.hits == idx.bands
