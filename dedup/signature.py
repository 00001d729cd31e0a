"""MinHash signatures computed in bulk with numpy, interoperable with datasketch.

:class:`MinHasher` applies all ``num_perm`` permutations to all shingles of a
set at once (an ``n_shingles x num_perm`` numpy product and a column-wise
minimum) instead of one Python call per shingle.  It takes its permutation
parameters from datasketch itself, so for the same seed, scheme and input
values the hash values are bit-for-bit those of::

    m = datasketch.MinHash(num_perm=128, seed=1, hashfunc=lambda v: v)
    for v in shingles: m.update(int(v))

and :meth:`MinHasher.minhash` returns a :class:`datasketch.LeanMinHash`
usable with every datasketch index.

Two datasketch schemes are supported: ``"affine32"`` (datasketch 2.x default:
MurmurHash3 pre-mix, then ``a*h + b mod 2**32``; unbiased, ``uint32`` values)
and ``"legacy"`` (datasketch < 2.0: ``(a*h + b) mod (2**61 - 1)`` truncated to
32 bits, kept to read old sketches).

:func:`serialize` / :func:`deserialize` use datasketch's LeanMinHash byte
layout in little-endian order (525 bytes for 128 affine32 permutations), so
``LeanMinHash.deserialize(data, byteorder="<")`` reads them too.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from typing import Union

import numpy as np
from datasketch import LeanMinHash, MinHash

__all__ = [
    "DEFAULT_NUM_PERM",
    "DEFAULT_SCHEME",
    "DEFAULT_SEED",
    "MinHasher",
    "SignatureLike",
    "as_hashvalue_matrix",
    "as_hashvalues",
    "deserialize",
    "serialize",
]

#: Project-wide defaults (configuration only: pass them through constructors).
DEFAULT_NUM_PERM = 128
DEFAULT_SEED = 1
DEFAULT_SCHEME = "affine32"

_SCHEMES = ("affine32", "legacy")
_SCHEME_CODES = {"affine32": 1}
_MERSENNE = np.uint64((1 << 61) - 1)
_MAX32 = np.uint64((1 << 32) - 1)
# Rows of the (shingles x permutations) product computed at once.
_CHUNK_ROWS = 4096

#: Anything accepted where a signature is expected.
SignatureLike = Union[MinHash, np.ndarray, bytes, bytearray, memoryview]


def _fmix32(h: np.ndarray) -> np.ndarray:
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


class MinHasher:
    """Computes MinHash hash values for shingle sets, vectorised.

    Args:
        num_perm: Number of permutations (signature length).
        seed: Permutation seed; must be the same project-wide.
        scheme: ``"affine32"`` (default, datasketch 2.x) or ``"legacy"``.

    Raises:
        ValueError: If ``num_perm`` is not positive or the scheme is unknown.
    """

    def __init__(self, num_perm: int = DEFAULT_NUM_PERM, seed: int = DEFAULT_SEED, scheme: str = DEFAULT_SCHEME) -> None:
        if not isinstance(num_perm, int) or isinstance(num_perm, bool) or num_perm < 1:
            raise ValueError(f"num_perm must be a positive int, got {num_perm!r}; 128 is the project default")
        if scheme not in _SCHEMES:
            raise ValueError(f"scheme must be one of {_SCHEMES}, got {scheme!r}; use 'affine32' for new data")
        if not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed < 2**32:
            raise ValueError(f"seed must be an int in [0, 2**32), got {seed!r}; 1 is the project default")
        self.num_perm = num_perm
        self.seed = seed
        self.scheme = scheme
        # Take the permutations from datasketch so both always agree.
        a, b = MinHash(num_perm=num_perm, seed=seed, scheme=scheme).permutations
        dtype = np.uint32 if scheme == "affine32" else np.uint64
        self._a = np.ascontiguousarray(a, dtype=dtype)
        self._b = np.ascontiguousarray(b, dtype=dtype)
        self._empty = np.full(num_perm, np.iinfo(np.uint32).max, dtype=self.dtype)

    @property
    def dtype(self) -> np.dtype:
        """The dtype of hash values: ``uint32`` (affine32) or ``uint64`` (legacy)."""
        return np.dtype(np.uint32 if self.scheme == "affine32" else np.uint64)

    def __repr__(self) -> str:
        return f"MinHasher(num_perm={self.num_perm}, seed={self.seed}, scheme={self.scheme!r})"

    def _permuted(self, x: np.ndarray) -> np.ndarray:
        """Return the (num_perm, len(x)) matrix of permuted hash values.

        Permutations on rows keeps each row contiguous, which makes the
        min-reductions along axis 1 several times faster than along axis 0.
        """
        if self.scheme == "affine32":
            phv = np.multiply.outer(self._a, _fmix32(x.astype(np.uint32, copy=False)))
            phv += self._b[:, None]
            return phv
        phv = np.multiply.outer(self._a, x.astype(np.uint64))
        phv += self._b[:, None]
        phv %= _MERSENNE
        phv &= _MAX32
        return phv

    def hashvalues(self, shingles: np.ndarray) -> np.ndarray:
        """Compute the MinHash hash values of one shingle set.

        Args:
            shingles: 1-D array of 32-bit shingle hashes (duplicates allowed).

        Returns:
            Array of ``num_perm`` hash values (``dtype`` of the scheme). An
            empty set gives all-maximum values, as an empty datasketch MinHash.

        Raises:
            ValueError: If ``shingles`` is not 1-D or holds values >= 2**32.
        """
        x = _check_shingles(shingles)
        if len(x) == 0:
            return self._empty.copy()
        out = self._empty.copy()
        with np.errstate(over="ignore"):
            for start in range(0, len(x), _CHUNK_ROWS):
                np.minimum(out, self._permuted(x[start : start + _CHUNK_ROWS]).min(axis=1), out=out)
        return out

    def hashvalues_many(self, shingle_sets: Sequence[np.ndarray]) -> np.ndarray:
        """Compute hash values of many shingle sets in one vectorised pass.

        Sets are concatenated and reduced with ``np.minimum.reduceat`` in
        chunks of about 4096 shingles.

        Args:
            shingle_sets: Sequence of 1-D shingle arrays.

        Returns:
            A ``(len(shingle_sets), num_perm)`` array; row ``i`` equals
            ``hashvalues(shingle_sets[i])``.

        Raises:
            ValueError: If an array is not 1-D or holds values >= 2**32.
        """
        sets = [_check_shingles(s) for s in shingle_sets]
        out = np.tile(self._empty, (len(sets), 1))
        group: list[int] = []
        rows = 0
        for i, s in enumerate(sets):
            if len(s) == 0:
                continue
            if group and rows + len(s) > _CHUNK_ROWS:
                self._reduce_group(sets, group, out)
                group, rows = [], 0
            group.append(i)
            rows += len(s)
        if group:
            self._reduce_group(sets, group, out)
        return out

    def _reduce_group(self, sets: list[np.ndarray], group: list[int], out: np.ndarray) -> None:
        parts = [sets[i] for i in group]
        offsets = np.zeros(len(parts), dtype=np.intp)
        np.cumsum([len(p) for p in parts[:-1]], out=offsets[1:])
        with np.errstate(over="ignore"):
            phv = self._permuted(np.concatenate(parts))
        out[group] = np.minimum.reduceat(phv, offsets, axis=1).T

    def minhash(self, shingles: np.ndarray) -> LeanMinHash:
        """Return the signature of a shingle set as a datasketch LeanMinHash.

        Args:
            shingles: 1-D array of 32-bit shingle hashes.

        Returns:
            A :class:`datasketch.LeanMinHash` with this hasher's seed and scheme.
        """
        return self.wrap(self.hashvalues(shingles))

    def wrap(self, hashvalues: np.ndarray) -> LeanMinHash:
        """Wrap hash values computed by this hasher in a datasketch LeanMinHash.

        Args:
            hashvalues: Hash values of length ``num_perm``.

        Returns:
            The :class:`datasketch.LeanMinHash`.

        Raises:
            ValueError: If the length differs from ``num_perm``.
        """
        if len(hashvalues) != self.num_perm:
            raise ValueError(f"expected {self.num_perm} hash values, got {len(hashvalues)}; was it made with another num_perm?")
        return LeanMinHash(seed=self.seed, hashvalues=hashvalues, scheme=self.scheme)


def _check_shingles(shingles: np.ndarray) -> np.ndarray:
    x = np.asarray(shingles)
    if x.ndim != 1:
        raise ValueError(f"shingles must be a 1-D array, got shape {x.shape}; pass one set at a time")
    if x.dtype == np.uint32:
        return x
    if len(x) == 0:
        return x.astype(np.uint32)
    if x.dtype.kind not in "iu" or int(x.min()) < 0 or int(x.max()) >= 2**32:
        raise ValueError("shingles must be integers in [0, 2**32); use dedup.shingles.Shingler to make them")
    return x.astype(np.uint32)


def serialize(signature: MinHash | np.ndarray, seed: int = DEFAULT_SEED, scheme: str = DEFAULT_SCHEME) -> bytes:
    """Serialise a signature to compact bytes (LeanMinHash layout, little-endian).

    Args:
        signature: A datasketch MinHash/LeanMinHash (its seed and scheme are
            used) or an array of hash values.
        seed: Seed recorded for a bare array.
        scheme: Scheme of a bare array (``"affine32"`` or ``"legacy"``).

    Returns:
        ``13 + 4*num_perm`` bytes for affine32, ``12 + 4*num_perm`` for legacy.

    Raises:
        ValueError: If the scheme is unknown or values do not fit 32 bits.
    """
    if isinstance(signature, MinHash):
        seed, scheme, values = signature.seed, signature.scheme, signature.hashvalues
    else:
        values = np.asarray(signature)
    if scheme not in _SCHEMES:
        raise ValueError(f"scheme must be one of {_SCHEMES}, got {scheme!r}")
    values = np.asarray(values)
    if values.ndim != 1 or len(values) == 0:
        raise ValueError("a signature must be a non-empty 1-D array of hash values")
    if values.dtype != np.uint32:
        if int(values.max()) >= 2**32 or int(values.min()) < 0:
            raise ValueError("hash values must fit in 32 bits")
    body = values.astype("<u4").tobytes()
    if scheme == "legacy":
        return struct.pack("<qi", seed, len(values)) + body
    return struct.pack("<qiB", seed, -len(values), _SCHEME_CODES[scheme]) + body


def deserialize(data: bytes | bytearray | memoryview) -> LeanMinHash:
    """Read bytes written by :func:`serialize` (or LeanMinHash, ``byteorder="<"``).

    Args:
        data: The serialised signature.

    Returns:
        A :class:`datasketch.LeanMinHash`.

    Raises:
        ValueError: If the bytes are truncated or use an unknown scheme code.
    """
    seed, values, scheme = _parse(data)
    lmh = object.__new__(LeanMinHash)
    lmh.seed, lmh.scheme = seed, scheme
    lmh.hashvalues = values if scheme == "affine32" else values.astype(np.uint64)
    return lmh


def _parse(data: bytes | bytearray | memoryview) -> tuple[int, np.ndarray, str]:
    buf = memoryview(data)
    if len(buf) < 12:
        raise ValueError(f"signature bytes too short ({len(buf)} bytes); was it written by dedup.signature.serialize?")
    seed, count = struct.unpack_from("<qi", buf, 0)
    if count >= 0:
        scheme, offset = "legacy", 12
    else:
        count = -count
        code = buf[12]
        if code != _SCHEME_CODES["affine32"]:
            raise ValueError(f"unsupported scheme code {code} (only affine32=1 and legacy are supported)")
        scheme, offset = "affine32", 13
    if len(buf) != offset + 4 * count:
        raise ValueError(f"signature bytes have length {len(buf)}, expected {offset + 4 * count} for {count} values")
    values = np.frombuffer(buf, dtype="<u4", count=count, offset=offset).astype(np.uint32)
    return seed, values, scheme


def as_hashvalues(signature: SignatureLike) -> np.ndarray:
    """Return the hash values of any signature form as a ``uint32`` array.

    Args:
        signature: A datasketch MinHash/LeanMinHash, an array of hash values,
            or bytes from :func:`serialize`.

    Returns:
        1-D ``uint32`` array of hash values.

    Raises:
        ValueError: If the input cannot be read as 32-bit hash values.
    """
    if isinstance(signature, MinHash):
        values = np.asarray(signature.hashvalues)
    elif isinstance(signature, (bytes, bytearray, memoryview)):
        return _parse(signature)[1]
    else:
        values = np.asarray(signature)
    if values.ndim != 1:
        raise ValueError(f"a signature must be 1-D, got shape {values.shape}")
    if values.dtype != np.uint32:
        if values.dtype.kind not in "iu" or (len(values) and (int(values.max()) >= 2**32 or int(values.min()) < 0)):
            raise ValueError("hash values must be integers that fit in 32 bits")
        values = values.astype(np.uint32)
    return values


def as_hashvalue_matrix(signatures: Sequence[SignatureLike]) -> np.ndarray:
    """Stack many signatures into an ``(n, num_perm)`` ``uint32`` array.

    Serialised signatures of equal length with one header (the common case
    when reading a table of signatures) are parsed in one vectorised step.

    Args:
        signatures: Signatures in any form accepted by :func:`as_hashvalues`.

    Returns:
        The stacked hash values.

    Raises:
        ValueError: If a signature cannot be read or lengths differ.
    """
    n = len(signatures)
    if n == 0:
        return np.empty((0, 0), dtype=np.uint32)
    first = signatures[0]
    if isinstance(first, (bytes, bytearray, memoryview)) and all(isinstance(s, bytes) for s in signatures):
        width = len(first)
        if all(len(s) == width for s in signatures):
            _, values, scheme = _parse(first)
            offset = width - 4 * len(values)
            raw = np.frombuffer(b"".join(signatures), dtype=np.uint8).reshape(n, width)
            if np.all(raw[:, :offset] == raw[0, :offset]):
                return np.ascontiguousarray(raw[:, offset:]).view("<u4").astype(np.uint32)
    rows = [as_hashvalues(s) for s in signatures]
    if len({len(r) for r in rows}) > 1:
        raise ValueError("signatures have different lengths; were they made with different num_perm?")
    return np.stack(rows)
