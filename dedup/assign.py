"""Story assignment: put each new article into an existing story or a new one.

Pipeline for one article (:meth:`StoryAssigner.assign`):

1. split into paragraphs, normalise; drop the outlet's boilerplate paragraphs
   (:class:`~dedup.boilerplate.BoilerplateFilter`) and paragraphs shorter
   than ``min_paragraph_tokens`` (inserted "Advertisement", "Read more");
2. shingle (:class:`~dedup.shingles.Shingler`) and sign
   (:class:`~dedup.signature.MinHasher`);
3. ask the candidate index (:class:`~dedup.index.CandidateIndex`) for
   candidate articles;
4. fetch candidates and the representatives of their stories through the
   caller's :class:`ShingleSource` and compare shingle sets exactly
   (:mod:`dedup.verify`);
5. decide (rules below), record the article through the source, add it to the
   index, and count its paragraphs for boilerplate detection.

Decision rules
--------------
A story is keyed by its first article, its *representative*.  An article
``N`` *matches* an article ``M`` when their exact Jaccard is at least
``jaccard_threshold`` ("near"), or when the smaller of the two is contained
in the larger at ``containment_threshold`` or more and has at least
``min_containment_shingles`` shingles ("contained").  ``N`` joins story
``S`` when:

* ``N`` is an exact copy (same :func:`~dedup.normalize.text_fingerprint`) of
  any member of ``S`` ("exact"); or
* ``N`` matches the representative of ``S``; or
* ``N`` matches at least ``member_support`` members of ``S`` returned as
  candidates **and** still overlaps the representative by at least
  ``representative_floor`` (overlap coefficient).

No chaining: joining through a member always also needs a direct overlap of
``representative_floor`` with the story's representative, so A~B, B~C with C
sharing little with A puts C in a new story rather than in A's. The article
joins the best-scoring story (highest ``max(Jaccard, containment)``, then
Jaccard, then candidate rank).

Merges: when a new article matches two stories whose representatives also
overlap each other by ``representative_floor`` or more, the two were one
story split by arrival order (say two heavily edited copies that arrived
before the original that contains both). They are merged into the story whose
representative was assigned first (the smallest key), and every member is
relabelled through :meth:`ShingleSource.relabel`. Stories whose
representatives share less than the floor are never merged, whatever
intermediate article matches both.  Different stories sharing one boilerplate
paragraph, and same-topic reports of different events, stay apart because
the exact comparison of whole shingle sets falls far below the thresholds.

Determinism: every step is a pure function of the articles seen so far in
order (hashes use fixed seeds; ties are broken by insertion order), so batch
processing and processing in several runs with the state saved and reloaded
(index via :meth:`~dedup.index.BandIndex.save`, boilerplate via
:meth:`~dedup.boilerplate.BoilerplateFilter.to_bytes`, articles via the
caller's source) give the same stories.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, Protocol, runtime_checkable

import numpy as np

from dedup.boilerplate import BoilerplateFilter, paragraph_fingerprint
from dedup.index import BandIndex, CandidateIndex
from dedup.normalize import fingerprint_normalized, normalized_paragraphs, text_fingerprint
from dedup.shingles import Shingler
from dedup.signature import MinHasher, serialize
from dedup.verify import Overlap, as_shingle_set, compare_sets

__all__ = [
    "ArticleFeatures",
    "Assignment",
    "InMemoryShingleSource",
    "Method",
    "ShingleSource",
    "StoredArticle",
    "StoryAssigner",
]

Key = Hashable
Method = Literal["exact", "near", "contained", "new"]


@dataclass(frozen=True)
class StoredArticle:
    """What the assigner stores per article and fetches back for verification.

    Attributes:
        story_key: Key of the article's story (its representative's key).
        shingles: Sorted unique ``uint32`` shingle set (after boilerplate
            removal); persist with ``shingles.astype('<u4').tobytes()`` and
            read with ``np.frombuffer(blob, '<u4')``.
        fingerprint: :func:`~dedup.normalize.text_fingerprint` of the full text.
        signature: Serialised MinHash (:func:`dedup.signature.serialize`), for
            rebuilding the index with :meth:`~dedup.index.BandIndex.from_signatures`.
    """

    story_key: Key
    shingles: np.ndarray = field(repr=False)
    fingerprint: str
    signature: bytes = field(repr=False)

    @property
    def size(self) -> int:
        """Number of shingles."""
        return len(self.shingles)


@dataclass(frozen=True)
class ArticleFeatures:
    """An article's shingles and signature before boilerplate removal, computable anywhere.

    The expensive, stateless half of :meth:`StoryAssigner.assign`, so it can run
    in a worker process (:meth:`StoryAssigner.features`). ``assign`` uses these
    as they are when none of the article's paragraphs is its outlet's
    boilerplate, and recomputes from the text otherwise, so the result never
    depends on where the features were made.

    Attributes:
        shingles: Sorted unique shingle set of every paragraph.
        hashvalues: MinHash values of ``shingles`` (None when there are none).
        paragraph_fingerprints: Fingerprints of the non-empty paragraphs.
        fingerprint: :func:`~dedup.normalize.text_fingerprint` of the text.
        language: The language hint they were computed with (a different hint
            can change tokenisation, so ``assign`` only uses them for the same one).
    """

    shingles: np.ndarray = field(repr=False)
    hashvalues: np.ndarray | None = field(repr=False)
    paragraph_fingerprints: tuple[int, ...] = field(repr=False)
    fingerprint: str
    language: str | None = None


@runtime_checkable
class ShingleSource(Protocol):
    """Article storage the caller implements (e.g. on SQLite)."""

    def get_articles(self, keys: Sequence[Key]) -> Mapping[Key, StoredArticle]:
        """Return the stored articles for those keys that exist (others are omitted)."""

    def put_article(self, key: Key, article: StoredArticle) -> None:
        """Store a newly assigned article."""

    def relabel(self, old_story: Key, new_story: Key) -> None:
        """Move every article of story ``old_story`` into ``new_story`` (a merge)."""


class InMemoryShingleSource:
    """Dict-backed :class:`ShingleSource` for tests and small runs."""

    def __init__(self) -> None:
        self._articles: dict[Key, StoredArticle] = {}

    def get_articles(self, keys: Sequence[Key]) -> dict[Key, StoredArticle]:
        """Return stored articles for the keys present.

        Args:
            keys: Article keys.

        Returns:
            ``{key: StoredArticle}`` for the keys that exist.
        """
        arts = self._articles
        return {k: arts[k] for k in keys if k in arts}

    def put_article(self, key: Key, article: StoredArticle) -> None:
        """Store an article.

        Args:
            key: Article key.
            article: What to store.

        Raises:
            ValueError: If the key is already stored.
        """
        if key in self._articles:
            raise ValueError(f"article {key!r} is already stored")
        self._articles[key] = article

    def relabel(self, old_story: Key, new_story: Key) -> None:
        """Move every article of ``old_story`` into ``new_story``.

        Args:
            old_story: Story key being merged away.
            new_story: Story key that absorbs it.
        """
        for key, article in self._articles.items():
            if article.story_key == old_story:
                self._articles[key] = replace(article, story_key=new_story)

    def __len__(self) -> int:
        return len(self._articles)

    def __contains__(self, key: object) -> bool:
        return key in self._articles

    def stories(self) -> dict[Key, Key]:
        """Return ``{article key: story key}`` in insertion order."""
        return {k: a.story_key for k, a in self._articles.items()}

    def signatures(self) -> Iterator[tuple[Key, bytes, int]]:
        """Yield ``(key, signature bytes, size)`` of indexed (non-empty) articles.

        Suitable for :meth:`dedup.index.BandIndex.from_signatures`.
        """
        for k, a in self._articles.items():
            if a.size:
                yield k, a.signature, a.size


@dataclass(frozen=True)
class Assignment:
    """The result of assigning one article.

    Attributes:
        story_key: Story joined, or None for a new story (whose key is then
            the article's own key, as recorded in the source).
        matched_key: The article that justified the decision (the story's
            representative, or a member for "exact" and member-supported
            matches); None for a new story.
        similarity: Exact Jaccard with ``matched_key`` (0.0 when new).
        containment: Exact overlap coefficient with ``matched_key``: the
            share of the smaller shingle set found in the larger (0.0 when new).
        method: "exact", "near", "contained" or "new".
        merged: Story keys merged into ``story_key`` by this article (usually empty).
    """

    story_key: Key | None
    matched_key: Key | None
    similarity: float
    containment: float
    method: Method
    merged: tuple[Key, ...] = ()


def _order(key: Key) -> tuple[int, int | str]:
    """Sort story keys by age: ints (row ids) numerically, anything else by its text."""
    return (0, key) if isinstance(key, int) else (1, str(key))


class StoryAssigner:
    """Assigns articles to stories without chaining; see the module docstring.

    Args:
        source: The caller's article storage.
        index: Candidate index (default: a new :class:`~dedup.index.BandIndex`
            sized for ``hasher.num_perm``).
        shingler: Shingle configuration (default ``Shingler()``).
        hasher: MinHash configuration (default ``MinHasher()``).
        boilerplate: Per-outlet boilerplate state (default a new
            :class:`~dedup.boilerplate.BoilerplateFilter`).
        jaccard_threshold: Minimum exact Jaccard for a "near" match.
        containment_threshold: Minimum overlap coefficient for a "contained" match.
        min_containment_shingles: The smaller set of a "contained" match must
            have at least this many shingles (tiny texts are contained in anything).
        member_support: Matches with this many members of a story (besides
            the representative) let an article join it...
        representative_floor: ...provided it still overlaps the
            representative by this overlap coefficient.
        min_paragraph_tokens: Paragraphs with fewer tokens are ignored.

    Raises:
        ValueError: If a threshold is out of range or the index and hasher
            disagree on ``num_perm``.
    """

    def __init__(
        self,
        source: ShingleSource,
        index: CandidateIndex | None = None,
        *,
        shingler: Shingler | None = None,
        hasher: MinHasher | None = None,
        boilerplate: BoilerplateFilter | None = None,
        jaccard_threshold: float = 0.5,
        containment_threshold: float = 0.7,
        min_containment_shingles: int = 25,
        member_support: int = 2,
        representative_floor: float = 0.3,
        min_paragraph_tokens: int = 3,
    ) -> None:
        if not isinstance(source, ShingleSource):
            raise ValueError("source must implement get_articles(keys) and put_article(key, article); see InMemoryShingleSource")
        for name, value in (
            ("jaccard_threshold", jaccard_threshold),
            ("containment_threshold", containment_threshold),
            ("representative_floor", representative_floor),
        ):
            if not 0.0 < float(value) <= 1.0:
                raise ValueError(f"{name} must be in (0, 1], got {value!r}")
        if not isinstance(member_support, int) or member_support < 1:
            raise ValueError(f"member_support must be an int >= 1, got {member_support!r}; 2 prevents chaining through one article")
        if not isinstance(min_containment_shingles, int) or min_containment_shingles < 1:
            raise ValueError(f"min_containment_shingles must be an int >= 1, got {min_containment_shingles!r}")
        if not isinstance(min_paragraph_tokens, int) or min_paragraph_tokens < 0:
            raise ValueError(f"min_paragraph_tokens must be an int >= 0, got {min_paragraph_tokens!r}")
        self.source = source
        self.shingler = shingler or Shingler()
        self.hasher = hasher or MinHasher()
        self.index: CandidateIndex = index if index is not None else BandIndex(num_perm=self.hasher.num_perm)
        index_perm = getattr(self.index, "num_perm", self.hasher.num_perm)
        if index_perm != self.hasher.num_perm:
            raise ValueError(f"index expects num_perm={index_perm} but hasher makes {self.hasher.num_perm}; build both with the same num_perm")
        self.boilerplate = boilerplate if boilerplate is not None else BoilerplateFilter()
        self.jaccard_threshold = float(jaccard_threshold)
        self.containment_threshold = float(containment_threshold)
        self.min_containment_shingles = min_containment_shingles
        self.member_support = member_support
        self.representative_floor = float(representative_floor)
        self.min_paragraph_tokens = min_paragraph_tokens

    # -- pieces ------------------------------------------------------------

    def shingle_article(self, text: str, language: str | None = None, outlet: Hashable | None = None) -> tuple[np.ndarray, list[int]]:
        """Shingle an article the way :meth:`assign` does, without changing state.

        Args:
            text: Article body, paragraphs on separate lines.
            language: Optional language hint.
            outlet: Outlet id; its boilerplate paragraphs are dropped (None: no filtering).

        Returns:
            ``(shingle set, paragraph fingerprints of all non-empty paragraphs)``.
        """
        normed = normalized_paragraphs(text)
        fps = [paragraph_fingerprint(n) for n in normed]
        if outlet is not None:
            normed = [n for n, fp in zip(normed, fps) if not self.boilerplate.is_boilerplate(outlet, fp)]
        return self.shingler.shingles_normalized(normed, language, self.min_paragraph_tokens), fps

    def features(self, text: str, language: str | None = None) -> ArticleFeatures:
        """The state-free part of :meth:`assign` (safe to call in another process with equal settings)."""
        normed = normalized_paragraphs(text)
        shingles = self.shingler.shingles_normalized(normed, language, self.min_paragraph_tokens)
        hashvalues = self.hasher.hashvalues(shingles) if len(shingles) else None
        fingerprints = tuple(paragraph_fingerprint(n) for n in normed)
        return ArticleFeatures(shingles, hashvalues, fingerprints, fingerprint_normalized(normed), language)

    def _features_for(self, text: str, language: str | None, outlet: Hashable | None, given: ArticleFeatures | None) -> ArticleFeatures:
        """``given`` when the outlet's boilerplate does not touch it, else computed here without that boilerplate."""
        if given is not None and given.language == language and (
            outlet is None or not any(self.boilerplate.is_boilerplate(outlet, fp) for fp in given.paragraph_fingerprints)
        ):
            return given
        shingles, fingerprints = self.shingle_article(text, language, outlet)
        hashvalues = self.hasher.hashvalues(shingles) if len(shingles) else None
        fingerprint = given.fingerprint if given is not None else text_fingerprint(text)
        return ArticleFeatures(shingles, hashvalues, tuple(fingerprints), fingerprint, language)

    def _match(self, ov: Overlap) -> Method | None:
        if ov.jaccard >= self.jaccard_threshold:
            return "near"
        if ov.overlap >= self.containment_threshold and min(ov.size_a, ov.size_b) >= self.min_containment_shingles:
            return "contained"
        return None

    def _score(self, ov: Overlap) -> float:
        """Ranking score: Jaccard, or the overlap coefficient when containment qualifies."""
        if ov.overlap >= self.containment_threshold and min(ov.size_a, ov.size_b) >= self.min_containment_shingles:
            return max(ov.jaccard, ov.overlap)
        return ov.jaccard

    def _decide(self, shingles: np.ndarray, fingerprint: str, candidates: list[Key]) -> Assignment:
        shingles = as_shingle_set(shingles)  # checked once; stored sets are shingle sets by contract (StoredArticle)
        fetched = dict(self.source.get_articles(candidates))
        order = [c for c in candidates if c in fetched]
        for c in order:
            if fetched[c].fingerprint == fingerprint:
                ov = compare_sets(shingles, fetched[c].shingles)
                return Assignment(fetched[c].story_key, c, ov.jaccard, ov.overlap, "exact")
        overlaps = {c: compare_sets(shingles, fetched[c].shingles) for c in order}
        story_rank: dict[Key, int] = {}
        members: dict[Key, list[Key]] = {}
        for c in order:
            s = fetched[c].story_key
            story_rank.setdefault(s, len(story_rank))
            members.setdefault(s, []).append(c)
        missing = [s for s in story_rank if s not in fetched]
        if missing:
            fetched.update(self.source.get_articles(missing))
        for s in story_rank:
            if s not in overlaps and s in fetched:
                overlaps[s] = compare_sets(shingles, fetched[s].shingles)
        matches: list[tuple[tuple[float, float, int], Assignment]] = []
        for s, rank in story_rank.items():
            rep_ov = overlaps.get(s)
            if rep_ov is None:
                continue  # representative no longer stored: cannot anchor a match
            method = self._match(rep_ov)
            matched, ov = s, rep_ov
            if method is None:
                if rep_ov.overlap < self.representative_floor:
                    continue
                supported = [(m, overlaps[m], self._match(overlaps[m])) for m in members[s] if m != s]
                supported = [(m, o, meth) for m, o, meth in supported if meth is not None]
                if len(supported) < self.member_support:
                    continue
                matched, ov, method = max(supported, key=lambda t: (self._score(t[1]), t[1].jaccard))
            matches.append(((self._score(ov), ov.jaccard, -rank), Assignment(s, matched, ov.jaccard, ov.overlap, method)))
        if not matches:
            return Assignment(None, None, 0.0, 0.0, "new")
        matches.sort(key=lambda m: m[0], reverse=True)
        best = matches[0][1]
        merged = self._mergeable(best.story_key, [a.story_key for _, a in matches[1:]], fetched)
        if not merged:
            return best
        survivor = min([best.story_key, *merged], key=_order)
        absorbed = tuple(sorted((k for k in [best.story_key, *merged] if k != survivor), key=_order))
        return replace(best, story_key=survivor, merged=absorbed)

    def _mergeable(self, best: Key, others: list[Key], fetched: Mapping[Key, StoredArticle]) -> list[Key]:
        """Other matched stories whose representatives overlap ``best``'s directly (one story split by order)."""
        anchor = fetched.get(best)
        if anchor is None:
            return []
        result = []
        for other in others:
            rep = fetched.get(other)
            if rep is not None and compare_sets(anchor.shingles, rep.shingles).overlap >= self.representative_floor:
                result.append(other)
        return result

    # -- main entry point --------------------------------------------------

    def assign(
        self,
        key: Key,
        text: str,
        language: str | None = None,
        outlet: Hashable | None = None,
        features: ArticleFeatures | None = None,
    ) -> Assignment:
        """Assign one article to a story and record it.

        Records the article through ``source.put_article`` (with its story
        key: the joined story's, or its own key for a new story), adds it to
        the index (unless it has no shingles) and counts its paragraphs for
        the outlet's boilerplate detection.

        Args:
            key: Unique article key (int or str), e.g. the SQLite row id.
            text: Article body, paragraphs on separate lines (no headline).
            language: Optional language hint ("en", "ko", "zh", "ja"...).
            outlet: Outlet id for boilerplate detection (None: skip it).
            features: :meth:`features` of ``text`` computed earlier (e.g. in a
                worker process); the result is the same with or without them.

        Returns:
            The :class:`Assignment`.

        Raises:
            ValueError: If ``key`` was already assigned.
            TypeError: If ``text`` is not a str.
        """
        if key in self.index:
            raise ValueError(f"article {key!r} was already assigned; keys must be unique")
        found = self._features_for(text, language, outlet, features)
        shingles, para_fps, fingerprint, hv = found.shingles, found.paragraph_fingerprints, found.fingerprint, found.hashvalues
        if hv is not None:
            assignment = self._decide(shingles, fingerprint, self.index.query(hv, len(shingles)))
        else:
            assignment = Assignment(None, None, 0.0, 0.0, "new")
        story = key if assignment.story_key is None else assignment.story_key
        for absorbed in assignment.merged:
            self.source.relabel(absorbed, story)
        signature = serialize(hv, self.hasher.seed, self.hasher.scheme) if hv is not None else b""
        self.source.put_article(key, StoredArticle(story, shingles, fingerprint, signature))
        if hv is not None:
            self.index.add(key, hv, len(shingles))
        if outlet is not None:
            self.boilerplate.observe_fingerprints(outlet, para_fps, group=story)
        return assignment
