"""Hashed k-shingles computed in bulk with numpy.

Tokens are hashed all at once with a 64-bit polynomial hash over their code
points (prefix sums with wrapping ``uint64`` arithmetic, then the MurmurHash3
64-bit finaliser), so there is no Python-level work per token beyond
``str.join``.  A shingle of ``k`` consecutive tokens is hashed by a weighted
sum of its token hashes (one numpy operation per position, not per shingle)
and folded to 32 bits.  The result is a sorted array of unique ``uint32``
values: the shingle *set* of the text, the input of both the MinHash
signature (:mod:`dedup.signature`) and the exact verification
(:mod:`dedup.verify`).

The hashes depend only on the text and fixed constants in this module, so
they are stable across runs, processes and machines (unlike Python's
``hash``), and can be stored.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from dedup.normalize import normalize_text, split_paragraphs
from dedup.tokens import is_char_ngram_text, tokenize

__all__ = [
    "SHINGLE_DTYPE",
    "Shingler",
    "hash_tokens",
    "shingle_hashes",
    "sorted_unique",
]

#: dtype of shingle hashes (and of stored shingle sets).
SHINGLE_DTYPE = np.dtype(np.uint32)

_M64 = (1 << 64) - 1
# Odd multiplier of the polynomial token hash and its inverse modulo 2**64.
_P = 0x9E3779B97F4A7C15
_P_INV = pow(_P, -1, 1 << 64)
_LEN_SALT = np.uint64(0xD6E8FEB86659FD93)
# Weights of the k positions of a shingle (odd 64-bit constants drawn once
# from a fixed-seed generator; enough for k up to 64).
_POSITION_WEIGHTS = (
    np.random.RandomState(20240601).randint(0, 1 << 62, size=64, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
)

_powers = np.ones(1, dtype=np.uint64)
_inv_powers = np.ones(1, dtype=np.uint64)


def _grow_powers(n: int) -> None:
    """Make the cached powers of ``_P`` and ``_P_INV`` cover ``n`` positions."""
    global _powers, _inv_powers
    if len(_powers) >= n:
        return
    size = max(n, 2 * len(_powers), 1 << 14)
    with np.errstate(over="ignore"):
        pw = np.full(size, _P, dtype=np.uint64)
        pw[0] = 1
        ipw = np.full(size, _P_INV, dtype=np.uint64)
        ipw[0] = 1
        _powers = np.cumprod(pw, dtype=np.uint64)
        _inv_powers = np.cumprod(ipw, dtype=np.uint64)


def _fmix64(x: np.ndarray) -> np.ndarray:
    x = x ^ (x >> np.uint64(33))
    x = x * np.uint64(0xFF51AFD7ED558CCD)
    x = x ^ (x >> np.uint64(33))
    x = x * np.uint64(0xC4CEB9FE1A85EC53)
    return x ^ (x >> np.uint64(33))


def hash_tokens(tokens: Sequence[str]) -> np.ndarray:
    """Hash every token to a stable 64-bit value, vectorised.

    Args:
        tokens: Token strings (any Unicode; an empty token is allowed).

    Returns:
        A ``uint64`` array with one hash per token, in order.
    """
    n = len(tokens)
    if n == 0:
        return np.empty(0, dtype=np.uint64)
    joined = " ".join(tokens)
    cps = np.frombuffer(joined.encode("utf-32-le"), dtype="<u4").astype(np.uint64)
    lens = np.fromiter(map(len, tokens), dtype=np.int64, count=n)
    starts = np.zeros(n, dtype=np.int64)
    np.cumsum(lens[:-1] + 1, out=starts[1:])
    ends = starts + lens
    _grow_powers(len(cps) + 1)
    prefix = np.zeros(len(cps) + 1, dtype=np.uint64)
    # H[j+1] = sum_{i<=j} (c_i + 1) * P^i  (mod 2^64, wrapping).
    np.cumsum((cps + np.uint64(1)) * _powers[: len(cps)], out=prefix[1:])
    # sum_{i=s}^{e-1} (c_i + 1) * P^(i-s) = (H[e] - H[s]) * P^-s
    raw = (prefix[ends] - prefix[starts]) * _inv_powers[starts]
    return _fmix64(raw ^ ((lens.astype(np.uint64) + np.uint64(1)) * _LEN_SALT))


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """Return the sorted unique values of a 1-D array.

    Same result as ``np.unique`` (which is slower on small arrays in
    numpy 2.x because it is general-purpose).

    Args:
        values: A 1-D array.

    Returns:
        A new sorted array without repeats, same dtype.
    """
    s = np.sort(values)
    if len(s) < 2:
        return s
    keep = np.empty(len(s), dtype=bool)
    keep[0] = True
    np.not_equal(s[1:], s[:-1], out=keep[1:])
    return s[keep]


def shingle_hashes(token_hashes: np.ndarray, k: int) -> np.ndarray:
    """Combine ``k`` consecutive token hashes into sorted unique shingle hashes.

    A sequence shorter than ``k`` tokens yields one shingle made of all its
    tokens; an empty sequence yields an empty set.

    Args:
        token_hashes: ``uint64`` token hashes from :func:`hash_tokens`.
        k: Shingle length in tokens (1..64).

    Returns:
        Sorted unique ``uint32`` shingle hashes (the shingle set).

    Raises:
        ValueError: If ``k`` is outside 1..64.
    """
    if not isinstance(k, int) or isinstance(k, bool) or not 1 <= k <= len(_POSITION_WEIGHTS):
        raise ValueError(f"k must be an int in 1..{len(_POSITION_WEIGHTS)}, got {k!r}; 5 suits news text")
    h = np.asarray(token_hashes, dtype=np.uint64)
    n = len(h)
    if n == 0:
        return np.empty(0, dtype=SHINGLE_DTYPE)
    width = min(k, n)
    m = n - width + 1
    acc = h[0:m] * _POSITION_WEIGHTS[0]
    for i in range(1, width):
        acc += h[i : i + m] * _POSITION_WEIGHTS[i]
    acc = _fmix64(acc ^ np.uint64(width))
    folded = ((acc >> np.uint64(32)) ^ acc).astype(SHINGLE_DTYPE)
    return sorted_unique(folded)


class Shingler:
    """Turns article text into its shingle set.

    Word k-shingles for space-separated scripts; for Chinese/Japanese/Thai
    text the tokens are character n-grams (see :mod:`dedup.tokens`) and
    ``char_k`` consecutive n-grams make a shingle (with the defaults: windows
    of 5 characters).

    Args:
        k: Tokens per shingle for word-tokenised text.
        char_k: Tokens per shingle for character-n-gram text.
        char_ngram: Character n-gram length for scripts without spaces.

    Raises:
        ValueError: If an argument is out of range.
    """

    def __init__(self, k: int = 5, char_k: int = 4, char_ngram: int = 2) -> None:
        for name, value in (("k", k), ("char_k", char_k), ("char_ngram", char_ngram)):
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 64:
                raise ValueError(f"{name} must be an int in 1..64, got {value!r}; defaults are k=5, char_k=4, char_ngram=2")
        self.k = k
        self.char_k = char_k
        self.char_ngram = char_ngram

    def __repr__(self) -> str:
        return f"Shingler(k={self.k}, char_k={self.char_k}, char_ngram={self.char_ngram})"

    def config(self) -> dict:
        """Return the constructor arguments (to persist alongside shingle sets).

        Returns:
            A dict accepted by ``Shingler(**config)``.
        """
        return {"k": self.k, "char_k": self.char_k, "char_ngram": self.char_ngram}

    def shingles(self, text: str | Sequence[str], language: str | None = None, min_paragraph_tokens: int = 1) -> np.ndarray:
        """Return the shingle set of a text.

        Args:
            text: The article text (paragraphs on separate lines), or a
                sequence of paragraphs.  Shingles run across paragraph
                boundaries, as in the joined text.
            language: Optional language hint (``"en"``, ``"ko"``, ``"zh"``...).
            min_paragraph_tokens: Paragraphs with fewer tokens are skipped
                (e.g. 3 drops inserted "Advertisement" / "Read more" lines).

        Returns:
            Sorted unique ``uint32`` shingle hashes; empty if the text has no
            letters or digits.

        Raises:
            TypeError: If ``text`` is neither a string nor a sequence of strings.
        """
        paragraphs = split_paragraphs(text) if isinstance(text, str) else list(text)
        if not all(isinstance(p, str) for p in paragraphs):
            raise TypeError("text must be a str or a sequence of str paragraphs")
        return self.shingles_normalized([normalize_text(p) for p in paragraphs], language, min_paragraph_tokens)

    def shingles_normalized(self, paragraphs: Sequence[str], language: str | None = None, min_paragraph_tokens: int = 1) -> np.ndarray:
        """Like :meth:`shingles` for paragraphs already normalised.

        Args:
            paragraphs: Normalised paragraph strings.
            language: Optional language hint.
            min_paragraph_tokens: Paragraphs with fewer tokens are skipped.

        Returns:
            Sorted unique ``uint32`` shingle hashes.

        Raises:
            ValueError: If ``min_paragraph_tokens`` is negative.
        """
        if not isinstance(min_paragraph_tokens, int) or min_paragraph_tokens < 0:
            raise ValueError(f"min_paragraph_tokens must be an int >= 0, got {min_paragraph_tokens!r}")
        char_mode = is_char_ngram_text(" ".join(paragraphs), language, normalized=True)
        toks: list[str] = []
        for p in paragraphs:
            pt = tokenize(p, ngram=self.char_ngram, normalized=True)
            if len(pt) >= min_paragraph_tokens:
                toks.extend(pt)
        return shingle_hashes(hash_tokens(toks), self.char_k if char_mode else self.k)
