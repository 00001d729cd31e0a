"""wirewatch.dedup: group near-duplicate copies of one wire story.

A pure library (no Scrapy, no SQLite): normalise and fingerprint text, shingle
it language-aware, compute datasketch-compatible MinHash signatures in bulk
with numpy, find candidates in a lean banded LSH index (near-duplicates *and*
truncated copies), verify them exactly, and assign each article to a story
without ever chaining stories together.

Usage::

    from dedup import BandIndex, InMemoryShingleSource, StoryAssigner

    source = InMemoryShingleSource()          # or your SQLite-backed ShingleSource
    assigner = StoryAssigner(source, BandIndex())
    first = assigner.assign(1, original_text, language="en", outlet="paper-a")
    copy = assigner.assign(2, truncated_copy_text, language="en", outlet="paper-b")
    assert first.method == "new" and copy.story_key == 1   # e.g. method "contained"
    assigner.index.save("index.npz")          # persist state between runs
    state = assigner.boilerplate.to_bytes()   # ... and reload with BandIndex.load /
    # BoilerplateFilter.from_bytes, passing them back to StoryAssigner(...).

Modules: :mod:`dedup.normalize`, :mod:`dedup.tokens`, :mod:`dedup.shingles`,
:mod:`dedup.signature`, :mod:`dedup.boilerplate`, :mod:`dedup.index`,
:mod:`dedup.verify`, :mod:`dedup.assign`.
"""

from dedup.assign import (
    ArticleFeatures,
    Assignment,
    InMemoryShingleSource,
    ShingleSource,
    StoredArticle,
    StoryAssigner,
)
from dedup.boilerplate import BoilerplateFilter, paragraph_fingerprint
from dedup.index import BandIndex, Candidate, CandidateIndex, band_keys, candidate_probability
from dedup.normalize import normalize_text, split_paragraphs, text_fingerprint
from dedup.shingles import Shingler, hash_tokens, shingle_hashes
from dedup.signature import (
    DEFAULT_NUM_PERM,
    DEFAULT_SCHEME,
    DEFAULT_SEED,
    MinHasher,
    as_hashvalues,
    deserialize,
    serialize,
)
from dedup.tokens import is_char_ngram_text, tokenize
from dedup.verify import Overlap, compare, containment, intersection_size, jaccard

__all__ = [
    "ArticleFeatures",
    "DEFAULT_NUM_PERM",
    "DEFAULT_SCHEME",
    "DEFAULT_SEED",
    "Assignment",
    "BandIndex",
    "BoilerplateFilter",
    "Candidate",
    "CandidateIndex",
    "InMemoryShingleSource",
    "MinHasher",
    "Overlap",
    "ShingleSource",
    "Shingler",
    "StoredArticle",
    "StoryAssigner",
    "as_hashvalues",
    "band_keys",
    "candidate_probability",
    "compare",
    "containment",
    "deserialize",
    "hash_tokens",
    "intersection_size",
    "is_char_ngram_text",
    "jaccard",
    "normalize_text",
    "paragraph_fingerprint",
    "serialize",
    "shingle_hashes",
    "split_paragraphs",
    "text_fingerprint",
    "tokenize",
]
