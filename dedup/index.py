"""Lean LSH candidate index over MinHash signatures (numpy, no datasketch LSH).

Design
------
Banding LSH: the signature is cut into ``bands`` bands of ``rows`` hash
values; two sets become candidates when any band is identical, which happens
with probability ``1 - (1 - J**rows)**bands`` for Jaccard ``J``.

Storage is one sorted numpy array of uint64 entries, one per band per
article, each packing the band number (top bits), the band key (the band's
``rows`` values hashed to 32 bits) and the article's id (the low 26 bits for
64 bands: up to 67 million articles).  All bands of a query are found with two
vectorised ``np.searchsorted`` calls (band | key | 0 and band | key | max id),
not two calls per band.  That is 8 bytes per band per article (512 bytes for
64 bands) instead of the ~8.8 KB per key of an in-memory
``datasketch.MinHashLSH`` built from Python dicts and lists; at 1,000,000
articles the entries take 512 MB.  Saved files keep one key array and one id
array per band.

New articles go to a small unsorted *delta* (``n x bands`` array) scanned
with one vectorised comparison; when it holds 1/32 of the merged keys (at
least 256 rows, at most ``merge_every``) it is sorted and merged into the
entries (``searchsorted`` + ``np.insert``, linear time), so ``add`` is
amortised O(bands) and a query never scans more than 1/32 of the index.

Containment
-----------
A copy truncated to a fraction ``r`` of the original, otherwise identical,
has containment 1 in the original but Jaccard only ``r``; with light edits,
inserted lines and a new headline, measured Jaccard for ``r = 0.4`` is
0.27-0.33 (overlap coefficient 0.84-0.87) on 800-word articles.  Banding tuned
for Jaccard 0.5+ (e.g. 42 bands x 3 rows: P=0.68 at J=0.3) misses many of
them.  With 128 permutations as 64 bands x 2 rows the candidate probability is
0.998 at J=0.3, 0.98 at J=0.25 and 0.93 at J=0.2, so one configuration
serves both near-duplicates and truncated copies in *both* directions (the
collision test is symmetric: the original finds its truncated copies and the
copy finds the original).  The cost is more same-topic candidates
(P=0.47 at J=0.1), which are cheap to reject by exact verification
(:mod:`dedup.verify`) and are capped by ``max_candidates`` after ranking.

Alternatives measured/considered: ``MinHashLSHEnsemble`` (partitions by set
size for containment) answers only "query contained in indexed set", needs
the size distribution up front and keeps datasketch's per-key dict overhead;
several LSH configurations side by side would multiply the memory while the
lowest-threshold one alone already dominates the recall.  Set sizes are
still used: candidates are ranked by an estimate of
``max(Jaccard, overlap coefficient)`` derived from the number of matching
bands and both sizes, so the truncation to ``max_candidates`` keeps
containment candidates.

Storage behind a Protocol
-------------------------
:class:`CandidateIndex` is the small protocol the story assigner needs
(``add``, ``query``, ``__contains__``, ``__len__``); :class:`BandIndex` is the
in-process implementation.  A Redis-backed index could implement the same
protocol with one set per band key (``SADD band:{i}:{key} id``) and
``SUNION``-style lookups, using :func:`band_keys` for the keys.
"""

from __future__ import annotations

import json
import os
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np

from dedup.signature import DEFAULT_NUM_PERM, SignatureLike, as_hashvalue_matrix, as_hashvalues

__all__ = [
    "BandIndex",
    "Candidate",
    "CandidateIndex",
    "band_keys",
    "candidate_probability",
]

_FORMAT = "wirewatch.dedup.bandindex/1"
# Odd 64-bit weights combining the rows of a band, and a salt per band.
_ROW_WEIGHTS = np.random.RandomState(977).randint(0, 1 << 62, size=64, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_BAND_SALT = np.random.RandomState(978).randint(0, 1 << 62, size=1024, dtype=np.uint64)

Key = Hashable


@runtime_checkable
class CandidateIndex(Protocol):
    """What the story assigner needs from a candidate index."""

    def add(self, key: Key, signature: SignatureLike, size: int) -> None:
        """Index one signature under ``key`` for a set of ``size`` shingles."""

    def query(self, signature: SignatureLike, size: int) -> list[Key]:
        """Return candidate keys, best first (deterministic order)."""

    def __contains__(self, key: object) -> bool:
        """Tell whether ``key`` is indexed."""

    def __len__(self) -> int:
        """Number of indexed signatures."""


@dataclass(frozen=True)
class Candidate:
    """A candidate returned by :meth:`BandIndex.query_candidates`.

    Attributes:
        key: The indexed key.
        hits: Number of bands identical to the query's.
        size: Shingle-set size given when the key was added.
        score: Estimated ``max(Jaccard, overlap coefficient)`` used for ranking.
    """

    key: Key
    hits: int
    size: int
    score: float


def candidate_probability(jaccard: float, bands: int = 64, rows: int = 2) -> float:
    """Probability that two sets with this Jaccard share at least one band.

    Args:
        jaccard: Jaccard similarity in [0, 1].
        bands: Number of bands.
        rows: Rows (hash values) per band.

    Returns:
        ``1 - (1 - jaccard**rows)**bands``.
    """
    return 1.0 - (1.0 - jaccard**rows) ** bands


def band_keys(hashvalues: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """Hash each band of each signature to a 32-bit band key.

    Args:
        hashvalues: ``(n, num_perm)`` or ``(num_perm,)`` array of hash values
            (only the first ``bands * rows`` columns are used).
        bands: Number of bands.
        rows: Hash values per band.

    Returns:
        ``(n, bands)`` (or ``(bands,)``) ``uint32`` band keys.

    Raises:
        ValueError: If the signatures are shorter than ``bands * rows``.
    """
    hv = np.asarray(hashvalues)
    single = hv.ndim == 1
    hv2 = hv[None, :] if single else hv
    if hv2.shape[1] < bands * rows:
        raise ValueError(f"signatures have {hv2.shape[1]} values, need bands*rows = {bands * rows}")
    blocks = hv2[:, : bands * rows].reshape(len(hv2), bands, rows)
    # Multilinear multiply-shift hash: (salt + sum w_j * v_j mod 2**64) >> 32,
    # universal for 32-bit inputs (and MinHash values are uniform anyway).
    with np.errstate(over="ignore"):
        acc = blocks[:, :, 0].astype(np.uint64) * _ROW_WEIGHTS[0]
        for j in range(1, rows):
            acc += blocks[:, :, j].astype(np.uint64) * _ROW_WEIGHTS[j]
        acc += _BAND_SALT[:bands]
        out = (acc >> np.uint64(32)).astype(np.uint32)
    return out[0] if single else out


class BandIndex:
    """In-memory banded LSH index on sorted numpy arrays.

    Args:
        num_perm: Signature length expected from callers.
        bands: Number of bands.
        rows: Hash values per band (``bands * rows <= num_perm``).
        max_candidates: Most candidates returned by :meth:`query`.
        merge_every: Largest delta (rows) before new entries are merged into
            the sorted array; smaller indexes merge sooner (1/32 of their keys).

    Raises:
        ValueError: If an argument is out of range.
    """

    def __init__(
        self,
        num_perm: int = DEFAULT_NUM_PERM,
        bands: int = 64,
        rows: int = 2,
        max_candidates: int = 100,
        merge_every: int = 8192,
    ) -> None:
        for name, value in (("num_perm", num_perm), ("bands", bands), ("rows", rows), ("max_candidates", max_candidates), ("merge_every", merge_every)):
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"{name} must be a positive int, got {value!r}")
        if bands * rows > num_perm:
            raise ValueError(f"bands*rows = {bands * rows} exceeds num_perm = {num_perm}; e.g. use bands={num_perm // rows}")
        if rows > len(_ROW_WEIGHTS) or bands > len(_BAND_SALT):
            raise ValueError(f"rows must be <= {len(_ROW_WEIGHTS)} and bands <= {len(_BAND_SALT)}")
        self.num_perm = num_perm
        self.bands = bands
        self.rows = rows
        self.max_candidates = max_candidates
        self.merge_every = merge_every
        self._main_n = 0
        # Every band entry packed into one uint64, ``band | band key | id`` from the top bit down, in one
        # sorted array: a query finds all its bands with two vectorised searches, at 8 bytes per entry.
        # Band b occupies the b-th run of ``_main_n`` entries.
        band_bits = max(1, (bands - 1).bit_length())
        self._id_bits = 64 - band_bits - 32
        self._id_mask = np.uint64((1 << self._id_bits) - 1)
        self._band_prefix = np.arange(bands, dtype=np.uint64) << np.uint64(64 - band_bits)
        self._entries = np.empty(0, np.uint64)
        self._delta = np.empty((0, bands), dtype=np.uint32)
        self._delta_n = 0
        self._sizes = np.empty(0, dtype=np.uint32)
        self._keys: list[Key] = []
        self._id_of: dict[Key, int] = {}
        self._key_kind: type | None = None
        self._last_values = b""
        self._last_band_keys = np.empty(0, dtype=np.uint32)

    def __repr__(self) -> str:
        return (
            f"BandIndex(num_perm={self.num_perm}, bands={self.bands}, rows={self.rows}, "
            f"max_candidates={self.max_candidates}; {len(self)} keys)"
        )

    def config(self) -> dict:
        """Return the constructor arguments.

        Returns:
            A dict accepted by ``BandIndex(**config)``.
        """
        return {
            "num_perm": self.num_perm,
            "bands": self.bands,
            "rows": self.rows,
            "max_candidates": self.max_candidates,
            "merge_every": self.merge_every,
        }

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._id_of

    def size_of(self, key: Key) -> int:
        """Return the shingle-set size recorded for ``key``.

        Args:
            key: An indexed key.

        Returns:
            The size given to :meth:`add`.

        Raises:
            KeyError: If ``key`` is not indexed.
        """
        return int(self._sizes[self._id_of[key]])

    # -- adding ------------------------------------------------------------

    def _check_key(self, key: Key) -> None:
        kind = int if isinstance(key, int) and not isinstance(key, bool) else str if isinstance(key, str) else None
        if kind is None:
            raise ValueError(f"keys must be int or str, got {type(key).__name__}")
        if self._key_kind is None:
            self._key_kind = kind
        elif kind is not self._key_kind:
            raise ValueError(f"all keys must have one type; this index holds {self._key_kind.__name__} keys, got {kind.__name__}")
        if key in self._id_of:
            raise ValueError(f"key {key!r} is already indexed; keys must be unique")

    def _signature_matrix(self, signatures: Sequence[SignatureLike] | np.ndarray) -> np.ndarray:
        if isinstance(signatures, np.ndarray) and signatures.ndim == 2:
            hv = signatures
        else:
            hv = np.array([as_hashvalues(s) for s in signatures], dtype=np.uint32).reshape(len(signatures), -1)
        if hv.shape[1] != self.num_perm:
            raise ValueError(f"signatures have {hv.shape[1]} hash values, this index expects num_perm={self.num_perm}")
        return hv

    def add(self, key: Key, signature: SignatureLike, size: int) -> None:
        """Index one signature.

        Args:
            key: Unique int or str key (one type per index).
            signature: MinHash/LeanMinHash, hash-value array or serialised bytes.
            size: Number of shingles of the set (used to rank containment).

        Raises:
            ValueError: If the key is taken or of the wrong type, the
                signature has the wrong length, or ``size`` is negative.
        """
        if not 0 <= size < 2**32:
            raise ValueError("sizes must be in [0, 2**32)")
        keys = self._band_keys_of(signature)
        self._check_key(key)
        self._check_capacity(len(self._keys) + 1)
        self._append([key], np.asarray([size], dtype=np.uint32), keys[None, :])

    def _band_keys_of(self, signature: SignatureLike) -> np.ndarray:
        """Band keys of one signature; the last one's are kept, since assignment queries it and then adds it.

        Keyed by the hash values themselves, not the object: a MinHash updated in place is hashed again.
        """
        hv = as_hashvalues(signature)
        if len(hv) != self.num_perm:
            raise ValueError(f"signature has {len(hv)} hash values, this index expects num_perm={self.num_perm}")
        values = hv.tobytes()
        if values != self._last_values:
            self._last_values, self._last_band_keys = values, band_keys(hv, self.bands, self.rows)
        return self._last_band_keys

    def add_many(self, keys: Sequence[Key], signatures: Sequence[SignatureLike] | np.ndarray, sizes: Sequence[int]) -> None:
        """Index many signatures at once (vectorised band hashing).

        Args:
            keys: Unique keys.
            signatures: One signature per key, or an ``(n, num_perm)`` array.
            sizes: Shingle-set sizes.

        Raises:
            ValueError: On duplicate keys, length mismatch or bad signatures.
        """
        if not (len(keys) == len(signatures) == len(sizes)):
            raise ValueError(f"keys, signatures and sizes must have equal lengths, got {len(keys)}, {len(signatures)}, {len(sizes)}")
        if len(keys) == 0:
            return
        if len(set(keys)) != len(keys):
            raise ValueError("keys passed to add_many must be unique")
        sz = np.asarray(sizes, dtype=np.int64)
        if sz.min() < 0 or sz.max() >= 2**32:
            raise ValueError("sizes must be in [0, 2**32)")
        hv = self._signature_matrix(signatures)
        for k in keys:
            self._check_key(k)
        self._check_capacity(len(self._keys) + len(keys))
        self._append(keys, sz, band_keys(hv, self.bands, self.rows))

    def _append(self, keys: Sequence[Key], sz: np.ndarray, bk: np.ndarray) -> None:
        """Add checked keys with their sizes and ``(n, bands)`` band keys to the delta."""
        start = len(self._keys)
        for i, k in enumerate(keys):
            self._id_of[k] = start + i
        self._keys.extend(keys)
        end = start + len(keys)
        if end > len(self._sizes):
            grown = np.empty(max(end, 2 * len(self._sizes), 1024), dtype=np.uint32)
            grown[:start] = self._sizes[:start]
            self._sizes = grown
        self._sizes[start:end] = sz
        need = self._delta_n + len(bk)
        if need > len(self._delta):
            grown = np.empty((max(need, 2 * len(self._delta), 256), self.bands), dtype=np.uint32)
            grown[: self._delta_n] = self._delta[: self._delta_n]
            self._delta = grown
        self._delta[self._delta_n : need] = bk
        self._delta_n = need
        # Every query scans the whole delta, while a merge rewrites the whole sorted array: merge once the
        # delta holds 1/32 of the merged entries (at least 256, at most ``merge_every`` rows), so neither
        # dominates at 10,000 keys or at a million.
        if self._delta_n >= min(self.merge_every, max(256, self._main_n // 32)):
            self.flush()

    def flush(self) -> None:
        """Merge the delta into the sorted arrays (queries are unaffected)."""
        if self._delta_n == 0:
            return
        n = self._delta_n
        ids = np.arange(self._main_n, self._main_n + n, dtype=np.uint64)[:, None]
        new = self._pack(self._delta[:n], ids).ravel()
        new.sort()
        self._entries = np.insert(self._entries, np.searchsorted(self._entries, new), new)
        self._main_n += n
        self._delta = np.empty((0, self.bands), dtype=np.uint32)
        self._delta_n = 0

    # -- querying ----------------------------------------------------------

    def query_candidates(self, signature: SignatureLike, size: int, limit: int | None = None) -> list[Candidate]:
        """Return ranked candidates with their band hits and estimated score.

        Ranking: estimated ``max(Jaccard, overlap coefficient)`` descending,
        then band hits descending, then insertion order; the Jaccard estimate
        is ``(hits / bands) ** (1 / rows)``.

        Args:
            signature: The query signature.
            size: Shingle-set size of the query.
            limit: Most candidates returned (default ``max_candidates``).

        Returns:
            Candidates, best first.

        Raises:
            ValueError: If the signature has the wrong length.
        """
        q = self._band_keys_of(signature)
        found: list[np.ndarray] = []
        if self._main_n:
            first = self._pack(q, np.uint64(0))  # the smallest entry each band key can have
            lo = np.searchsorted(self._entries, first, side="left")
            hi = np.searchsorted(self._entries, first | self._id_mask, side="right")
            hit = hi > lo
            if hit.any():
                starts, counts = lo[hit], (hi - lo)[hit]
                # Every position in the runs [start, start + count), gathered at once.
                positions = np.repeat(starts - (np.cumsum(counts) - counts), counts) + np.arange(counts.sum())
                found.append(self._entries[positions] & self._id_mask)
        if self._delta_n:
            # One row per shared band of each new entry (a 1-D flatnonzero is ten times a 2-D nonzero's speed).
            shared = np.flatnonzero(self._delta[: self._delta_n] == q) // self.bands
            if len(shared):
                found.append(shared.astype(np.uint64) + np.uint64(self._main_n))
        if not found:
            return []
        ids, hits = np.unique(np.concatenate(found), return_counts=True)
        j_est = (hits / self.bands) ** (1.0 / self.rows)
        sizes = self._sizes[ids].astype(np.float64)
        inter = j_est * (sizes + size) / (1.0 + j_est)
        smaller = np.maximum(np.minimum(sizes, size), 1.0)
        score = np.minimum(np.maximum(j_est, inter / smaller), 1.0)
        order = np.lexsort((ids, -hits, -score))
        limit = self.max_candidates if limit is None else limit
        order = order[:limit]
        return [Candidate(self._keys[int(i)], int(h), int(s), float(sc)) for i, h, s, sc in zip(ids[order], hits[order], self._sizes[ids[order]], score[order])]

    def query(self, signature: SignatureLike, size: int) -> list[Key]:
        """Return candidate keys, best first, at most ``max_candidates``.

        Args:
            signature: The query signature.
            size: Shingle-set size of the query.

        Returns:
            Candidate keys (deterministic order).
        """
        return [c.key for c in self.query_candidates(signature, size)]

    # -- persistence -------------------------------------------------------

    def save(self, path: str | os.PathLike) -> None:
        """Write the index to an uncompressed ``.npz`` file (merges the delta first).

        Args:
            path: Destination file path.
        """
        self.flush()
        arrays: dict[str, np.ndarray] = {"sizes": self._sizes[: len(self)]}
        kind = self._key_kind.__name__ if self._key_kind else "int"
        if kind == "int":
            arrays["keys_int"] = np.array(self._keys, dtype=np.int64)
        else:
            encoded = [k.encode("utf-8") for k in self._keys]  # type: ignore[union-attr]
            offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
            np.cumsum([len(e) for e in encoded], out=offsets[1:])
            arrays["keys_utf8"] = np.frombuffer(b"".join(encoded), dtype=np.uint8)
            arrays["keys_offsets"] = offsets
        n = self._main_n
        for b in range(self.bands):
            run = self._entries[b * n : (b + 1) * n]
            arrays[f"bk{b}"] = (run >> np.uint64(self._id_bits)).astype(np.uint32)  # the cast drops the band
            arrays[f"id{b}"] = (run & self._id_mask).astype(np.uint32)
        meta = {"format": _FORMAT, "config": self.config(), "key_kind": kind, "n": len(self)}
        arrays["meta"] = np.frombuffer(json.dumps(meta, sort_keys=True).encode("utf-8"), dtype=np.uint8)
        with open(path, "wb") as fh:
            np.savez(fh, **arrays)

    @classmethod
    def load(cls, path: str | os.PathLike) -> BandIndex:
        """Read an index written by :meth:`save`.

        Args:
            path: The ``.npz`` file.

        Returns:
            The index.

        Raises:
            ValueError: If the file is not a saved BandIndex.
        """
        with np.load(path, allow_pickle=False) as data:
            if "meta" not in data.files:
                raise ValueError(f"{path} is not a saved BandIndex (no meta)")
            meta = json.loads(data["meta"].tobytes().decode("utf-8"))
            if meta.get("format") != _FORMAT:
                raise ValueError(f"{path} has format {meta.get('format')!r}, expected {_FORMAT!r}")
            self = cls(**meta["config"])
            n = int(meta["n"])
            self._sizes = data["sizes"]
            if meta["key_kind"] == "int":
                self._keys = data["keys_int"].tolist()
                self._key_kind = int if n else None
            else:
                blob = data["keys_utf8"].tobytes()
                off = data["keys_offsets"].tolist()
                self._keys = [blob[off[i] : off[i + 1]].decode("utf-8") for i in range(n)]
                self._key_kind = str
            self._set_bands([data[f"bk{b}"] for b in range(self.bands)], [data[f"id{b}"] for b in range(self.bands)])
        self._id_of = dict(zip(self._keys, range(n)))
        self._main_n = n
        return self

    @classmethod
    def from_signatures(cls, items: Iterable[tuple[Key, SignatureLike, int]], chunk: int = 65536, **config: int) -> BandIndex:
        """Build an index from ``(key, signature, size)`` rows (e.g. from SQLite).

        Rows are read in chunks, band keys hashed per chunk, and each band
        sorted once at the end, which is much faster than repeated ``add``.

        Args:
            items: Iterable of ``(key, signature, size)``; signature may be
                bytes from :func:`dedup.signature.serialize`.
            chunk: Rows per vectorised chunk.
            **config: Constructor arguments of :class:`BandIndex`.

        Returns:
            The index, with ids in iteration order.  Candidate ties are
            broken by id, so iterate in insertion order (e.g. ``ORDER BY
            rowid``) to reproduce an incrementally built index exactly.

        Raises:
            ValueError: On duplicate keys or malformed signatures.
        """
        self = cls(**config)
        # Per band, the band-key chunks (freed band by band when sorting).
        key_chunks: list[list[np.ndarray]] = [[] for _ in range(self.bands)]
        keys: list[Key] = []
        sizes: list[int] = []
        sigs: list[SignatureLike] = []
        checked = 0

        def flush_chunk() -> None:
            nonlocal checked
            kinds = set(map(type, keys[checked:]))
            if not (kinds <= {int} or kinds <= {str}) or (self._key_kind is not None and kinds != {self._key_kind}):
                for k in keys[checked:]:  # raises the precise error
                    self._check_key(k)
            self._key_kind = self._key_kind or kinds.pop()
            checked = len(keys)
            hv = as_hashvalue_matrix(sigs)
            if hv.shape[1] != self.num_perm:
                raise ValueError(f"signatures have {hv.shape[1]} values, expected num_perm={self.num_perm}")
            bk = band_keys(hv, self.bands, self.rows)
            for b in range(self.bands):
                key_chunks[b].append(np.ascontiguousarray(bk[:, b]))
            sigs.clear()

        for key, sig, size in items:
            keys.append(key)
            sizes.append(size)
            sigs.append(sig)
            if len(sigs) >= chunk:
                flush_chunk()
        if sigs:
            flush_chunk()
        self._id_of = dict(zip(keys, range(len(keys))))
        if len(self._id_of) != len(keys):
            seen: set[Key] = set()
            dup = next(k for k in keys if k in seen or seen.add(k))  # type: ignore[func-returns-value]
            raise ValueError(f"key {dup!r} appears twice; keys must be unique")
        self._keys = keys
        sz = np.array(sizes, dtype=np.int64)
        if len(sz) and (sz.min() < 0 or sz.max() >= 2**32):
            raise ValueError("sizes must be in [0, 2**32)")
        self._sizes = sz.astype(np.uint32)
        n = len(keys)
        self._check_capacity(n)
        self._entries = np.empty(n * self.bands, np.uint64)
        ids = np.arange(n, dtype=np.uint64)
        for b in range(self.bands):
            col = np.concatenate(key_chunks[b]) if key_chunks[b] else np.empty(0, np.uint32)
            key_chunks[b] = []
            self._fill_band(b, n, col, ids).sort()  # ids are the low bits: ascending among equal keys
        self._main_n = n
        return self

    def _pack(self, band_keys: np.ndarray, ids: np.ndarray | np.uint64) -> np.ndarray:
        """``band | key | id`` entries for band keys laid out by band in the last axis."""
        return self._band_prefix | (band_keys.astype(np.uint64) << np.uint64(self._id_bits)) | ids

    def _set_bands(self, keys: list[np.ndarray], ids: list[np.ndarray]) -> None:
        """Install per-band sorted keys and their ids (ascending among equal keys) as the packed entries."""
        n = len(keys[0]) if keys else 0
        self._check_capacity(n)
        self._entries = np.empty(n * self.bands, np.uint64)
        for b, (band, band_ids) in enumerate(zip(keys, ids)):
            self._fill_band(b, n, band, band_ids)

    def _fill_band(self, b: int, n: int, keys: np.ndarray, ids: np.ndarray) -> np.ndarray:
        """Write band ``b``'s run of ``n`` packed entries from its keys and ids (in place; returns the run)."""
        run = self._entries[b * n : (b + 1) * n]
        np.left_shift(keys.astype(np.uint64), np.uint64(self._id_bits), out=run)
        run |= self._band_prefix[b]
        run |= ids.astype(np.uint64, copy=False)
        return run

    def _check_capacity(self, n: int) -> None:
        if n > (1 << self._id_bits):
            raise ValueError(f"a {self.bands}-band index holds at most {1 << self._id_bits:,} signatures; use fewer bands")
