"""Per-outlet boilerplate paragraphs, discounted before shingling.

Outlets append the same paragraphs to many articles: footers, newsletter
pitches, correction notices, "This report was produced with support from
..." lines.  Left in, they make unrelated articles of one outlet look alike
and dilute real matches.  :class:`BoilerplateFilter` counts, per outlet, in
how many articles each paragraph (by the fingerprint of its normalised text)
appeared, and reports paragraphs seen in at least ``min_articles`` articles as
boilerplate.

Counting distinct *groups* instead of articles: an outlet that publishes
six updates of one developing story repeats the story's own paragraphs six
times, and these must not become "boilerplate".  :meth:`observe` therefore
takes an optional ``group`` (the story key): a paragraph's count only grows
when it appears under a different group than the last time.  Without a group
every observed article counts.

Memory is bounded deterministically: paragraphs below the threshold that were
not seen within the last ``window`` articles of their outlet are forgotten
(pruned every ``window`` articles and whenever an outlet tracks more than
``max_tracked`` paragraphs).  The whole state serialises to JSON bytes
(:meth:`to_bytes` / :meth:`from_bytes`); the same observations in the same
order always give the same state, whether or not it was saved and reloaded in
between.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Hashable, Iterable, Sequence

from dedup.normalize import normalize_text, split_paragraphs

__all__ = ["BoilerplateFilter", "paragraph_fingerprint", "split_paragraphs"]

_FORMAT = "wirewatch.dedup.boilerplate/1"


def paragraph_fingerprint(normalized: str) -> int:
    """Return a stable 64-bit fingerprint of a *normalised* paragraph.

    Args:
        normalized: Paragraph text already passed through
            :func:`~dedup.normalize.normalize_text`.

    Returns:
        An int in ``[0, 2**64)``.
    """
    return int.from_bytes(hashlib.blake2b(normalized.encode("utf-8"), digest_size=8).digest(), "little")


def _group_hash(group: Hashable | None) -> int:
    if group is None:
        return -1
    text = f"{type(group).__name__}:{group}"
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


class _Outlet:
    __slots__ = ("articles", "entries")

    def __init__(self) -> None:
        self.articles = 0
        # fingerprint -> [count, last group hash, article number last seen]
        self.entries: dict[int, list[int]] = {}


class BoilerplateFilter:
    """Counts paragraph fingerprints per outlet and filters recurring ones.

    Args:
        min_articles: A paragraph seen in at least this many distinct
            articles (or groups) of one outlet is boilerplate.
        window: Paragraphs below the threshold are forgotten when not seen in
            the last ``window`` articles of the outlet.
        max_tracked: Upper bound on paragraphs tracked per outlet before an
            extra pruning pass.

    Raises:
        ValueError: If an argument is out of range.
    """

    def __init__(self, min_articles: int = 5, window: int = 2000, max_tracked: int = 50_000) -> None:
        if not isinstance(min_articles, int) or min_articles < 2:
            raise ValueError(f"min_articles must be an int >= 2, got {min_articles!r}; 5 is a sensible default")
        if not isinstance(window, int) or window < min_articles:
            raise ValueError(f"window must be an int >= min_articles ({min_articles}), got {window!r}")
        if not isinstance(max_tracked, int) or max_tracked < 100:
            raise ValueError(f"max_tracked must be an int >= 100, got {max_tracked!r}")
        self.min_articles = min_articles
        self.window = window
        self.max_tracked = max_tracked
        self._outlets: dict[str, _Outlet] = {}

    def __repr__(self) -> str:
        return (
            f"BoilerplateFilter(min_articles={self.min_articles}, window={self.window}, "
            f"max_tracked={self.max_tracked}; {len(self._outlets)} outlets)"
        )

    @staticmethod
    def _outlet_id(outlet: Hashable) -> str:
        if outlet is None:
            raise ValueError("outlet must identify the publisher (e.g. its domain or id), got None")
        return str(outlet)

    # -- queries -----------------------------------------------------------

    def is_boilerplate(self, outlet: Hashable, fingerprint: int) -> bool:
        """Tell whether a paragraph fingerprint is boilerplate for an outlet.

        Args:
            outlet: Outlet id (compared as ``str(outlet)``).
            fingerprint: From :func:`paragraph_fingerprint`.

        Returns:
            True if seen in at least ``min_articles`` articles/groups.

        Raises:
            ValueError: If ``outlet`` is None.
        """
        state = self._outlets.get(self._outlet_id(outlet))
        if state is None:
            return False
        entry = state.entries.get(fingerprint)
        return entry is not None and entry[0] >= self.min_articles

    def filter(self, outlet: Hashable, paragraphs: Iterable[str]) -> list[str]:
        """Drop the boilerplate paragraphs of an outlet (state is unchanged).

        Args:
            outlet: Outlet id.
            paragraphs: Raw paragraphs.

        Returns:
            The paragraphs that are not boilerplate, in order.

        Raises:
            ValueError: If ``outlet`` is None.
        """
        return [p for p in paragraphs if not self.is_boilerplate(outlet, paragraph_fingerprint(normalize_text(p)))]

    def boilerplate_count(self, outlet: Hashable) -> int:
        """Number of paragraphs currently recognised as boilerplate for an outlet.

        Args:
            outlet: Outlet id.

        Returns:
            The count.
        """
        state = self._outlets.get(self._outlet_id(outlet))
        if state is None:
            return 0
        return sum(1 for e in state.entries.values() if e[0] >= self.min_articles)

    # -- updates -----------------------------------------------------------

    def observe(self, outlet: Hashable, paragraphs: Iterable[str], group: Hashable | None = None) -> None:
        """Count the paragraphs of one article (call once per distinct article).

        Args:
            outlet: Outlet id.
            paragraphs: Raw paragraphs of the article.
            group: Optional group (story key): a paragraph already counted
                under the same group is not counted again.

        Raises:
            ValueError: If ``outlet`` is None.
        """
        fps = [paragraph_fingerprint(n) for n in (normalize_text(p) for p in paragraphs) if n]
        self.observe_fingerprints(outlet, fps, group)

    def observe_fingerprints(self, outlet: Hashable, fingerprints: Sequence[int], group: Hashable | None = None) -> None:
        """Like :meth:`observe` with precomputed paragraph fingerprints.

        Args:
            outlet: Outlet id.
            fingerprints: Paragraph fingerprints of one article.
            group: Optional group (story key).

        Raises:
            ValueError: If ``outlet`` is None.
        """
        key = self._outlet_id(outlet)
        state = self._outlets.get(key)
        if state is None:
            state = self._outlets[key] = _Outlet()
        state.articles += 1
        now = state.articles
        g = _group_hash(group)
        entries = state.entries
        for fp in dict.fromkeys(fingerprints):
            entry = entries.get(fp)
            if entry is None:
                entries[fp] = [1, g, now]
                continue
            if g == -1 or entry[1] != g:
                entry[0] += 1
                entry[1] = g
            entry[2] = now
        if now % self.window == 0 or len(entries) > self.max_tracked:
            self._prune(state)

    def _prune(self, state: _Outlet) -> None:
        horizon = state.articles - self.window
        entries = state.entries
        for fp in [fp for fp, e in entries.items() if e[0] < self.min_articles and e[2] <= horizon]:
            del entries[fp]
        if len(entries) > self.max_tracked:
            # Still too many: forget the least counted, least recent first.
            weak = sorted((e[0], e[2], fp) for fp, e in entries.items() if e[0] < self.min_articles)
            for _, _, fp in weak[: len(entries) - (3 * self.max_tracked) // 4]:
                del entries[fp]

    # -- persistence -------------------------------------------------------

    def to_bytes(self) -> bytes:
        """Serialise configuration and counts to deterministic JSON bytes.

        Returns:
            UTF-8 JSON; equal states give equal bytes.
        """
        doc = {
            "format": _FORMAT,
            "config": {"min_articles": self.min_articles, "window": self.window, "max_tracked": self.max_tracked},
            "outlets": {
                name: {"articles": st.articles, "entries": [[fp, *st.entries[fp]] for fp in sorted(st.entries)]}
                for name, st in sorted(self._outlets.items())
            },
        }
        return json.dumps(doc, separators=(",", ":"), sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> BoilerplateFilter:
        """Rebuild a filter from :meth:`to_bytes` output.

        Args:
            data: The serialised state.

        Returns:
            A filter equal to the one serialised.

        Raises:
            ValueError: If the bytes are not a serialised BoilerplateFilter.
        """
        try:
            doc = json.loads(data)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"not a serialised BoilerplateFilter: {exc}") from exc
        if not isinstance(doc, dict) or doc.get("format") != _FORMAT:
            raise ValueError(f"not a serialised BoilerplateFilter (expected format {_FORMAT!r})")
        self = cls(**doc["config"])
        for name, st in doc["outlets"].items():
            state = _Outlet()
            state.articles = int(st["articles"])
            state.entries = {int(fp): [int(c), int(g), int(s)] for fp, c, g, s in st["entries"]}
            self._outlets[name] = state
        return self

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BoilerplateFilter):
            return NotImplemented
        return self.to_bytes() == other.to_bytes()

    __hash__ = None  # type: ignore[assignment]  # mutable
