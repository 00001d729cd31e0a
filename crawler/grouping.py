# The glue between the store and the dedup library: grouping state lives in SQLite,
# so the next cron run groups today's articles with yesterday's without re-reading bodies.
"""Story grouping against a wirewatch store.

:class:`StoryGrouper` loads the signatures of every stored article into the
in-memory candidate index, restores the per-outlet boilerplate state, and
assigns new articles to stories with :class:`dedup.StoryAssigner`. The
assigner's shingle sets are read back from ``article_signatures`` for exact
verification; new ones are written by the store in the article's own
transaction (see :meth:`crawler.store.ArticleStore.add_article`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any

import numpy as np
from sqlite_utils import Database

from crawler.store import StoreError, StoryMatch
from dedup import (
    ArticleFeatures,
    BandIndex,
    BoilerplateFilter,
    MinHasher,
    ShingleSource,
    Shingler,
    StoredArticle,
    StoryAssigner,
)

BAND_ROWS = 2
# New signatures wait in a delta that every query scans; merging it into the sorted bands every
# 1,024 articles keeps that scan ~0.1 ms (at the library's 8,192 it cost a crawl ~1 ms per article).
MERGE_EVERY = 1024
STATE_CONFIG = "grouping_config"
STATE_BOILERPLATE = "boilerplate"
STATE_BOILERPLATE_COVERS = "boilerplate_covers"  # the last article id the saved boilerplate state has seen


class GroupingConfigError(StoreError):
    """The database was grouped with other parameters; ``wirewatch regroup`` rebuilds it."""


@dataclass(frozen=True)
class GroupingConfig:
    """Grouping parameters (settings ``WIREWATCH_DEDUP_*``; chosen by ``bench/dedup.py``)."""

    shingle_size: int = 5
    num_perm: int = 128
    jaccard_threshold: float = 0.5
    containment_threshold: float = 0.7
    boilerplate_min_articles: int = 5
    member_support: int = 1
    representative_floor: float = 0.4

    @classmethod
    def from_settings(cls, settings: Any) -> GroupingConfig:
        """Read the ``WIREWATCH_DEDUP_*`` settings of a Scrapy ``Settings`` object."""
        return cls(
            shingle_size=settings.getint("WIREWATCH_DEDUP_SHINGLE_SIZE", cls.shingle_size),
            num_perm=settings.getint("WIREWATCH_DEDUP_NUM_PERM", cls.num_perm),
            jaccard_threshold=settings.getfloat("WIREWATCH_DEDUP_THRESHOLD", cls.jaccard_threshold),
            containment_threshold=settings.getfloat("WIREWATCH_DEDUP_CONTAINMENT", cls.containment_threshold),
            boilerplate_min_articles=settings.getint("WIREWATCH_DEDUP_BOILERPLATE_MIN", cls.boilerplate_min_articles),
            member_support=settings.getint("WIREWATCH_DEDUP_MEMBER_SUPPORT", cls.member_support),
            representative_floor=settings.getfloat("WIREWATCH_DEDUP_REPRESENTATIVE_FLOOR", cls.representative_floor),
        )

    def describe(self) -> str:
        return ", ".join(f"{k}={v}" for k, v in asdict(self).items())


class SQLiteShingleSource:
    """:class:`dedup.ShingleSource` over ``article_signatures``, plus articles not yet written.

    Args:
        db: the store.
        replay: a regroup is replaying every article; the stored rows are stale,
            so read nothing from them and keep every assigned article in memory.
    """

    def __init__(self, db: Database, *, replay: bool = False) -> None:
        self.db = db
        self.replay = replay
        self.pending: dict[int, StoredArticle] = {}

    def get_articles(self, keys: Sequence[int]) -> Mapping[int, StoredArticle]:
        found = {k: self.pending[k] for k in keys if k in self.pending}
        wanted = [] if self.replay else [int(k) for k in keys if k not in found]
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = self.db.execute(
                "SELECT article_id, story_key, fingerprint, signature, shingles FROM article_signatures"
                f" WHERE article_id IN ({', '.join('?' for _ in chunk)})",
                chunk,
            )
            for article_id, story_key, fingerprint, signature, shingles in rows:
                found[article_id] = StoredArticle(story_key, np.frombuffer(shingles, "<u4"), fingerprint, signature)
        return found

    def put_article(self, key: int, article: StoredArticle) -> None:
        self.pending[key] = article

    def relabel(self, old_story: int, new_story: int) -> None:
        """A merge: relabel articles held in memory; the store relabels its rows in the article's transaction."""
        for key, article in self.pending.items():
            if article.story_key == old_story:
                self.pending[key] = replace(article, story_key=new_story)

    def take(self, key: int) -> StoredArticle:
        """Hand over a just-assigned article for the store to write (kept in memory when replaying)."""
        return self.pending[key] if self.replay else self.pending.pop(key)


@dataclass(frozen=True)
class Grouped:
    """One article's grouping result: its reserved id, its story match, and the state to persist."""

    article_id: int
    match: StoryMatch | None
    stored: StoredArticle


def signature_row(article_id: int, stored: StoredArticle) -> dict[str, Any]:
    """The ``article_signatures`` row for an assigned article."""
    return {
        "article_id": article_id,
        "story_key": int(stored.story_key),
        "fingerprint": stored.fingerprint,
        "signature": stored.signature,
        "shingles": np.asarray(stored.shingles, dtype="<u4").tobytes(),
        "size": int(stored.size),
    }


class StoryGrouper:
    """Assigns new articles of one store to stories, incrementally across runs.

    Args:
        db: the store (read for state; the caller writes articles and signatures).
        config: grouping parameters; must match those the store was grouped with.
        fresh: ignore stored state (for ``regroup``, which rebuilds everything).

    Raises:
        GroupingConfigError: the store was grouped with different parameters.
    """

    def __init__(self, db: Database, config: GroupingConfig, *, fresh: bool = False) -> None:
        self.db = db
        self.config = config
        if not fresh:
            check_config(db, config)
        self.source = SQLiteShingleSource(db, replay=fresh)
        rows = () if fresh else db.execute(
            "SELECT article_id, signature, size FROM article_signatures WHERE size > 0 ORDER BY article_id"
        )
        index = BandIndex.from_signatures(
            rows, num_perm=config.num_perm, bands=config.num_perm // BAND_ROWS, rows=BAND_ROWS, merge_every=MERGE_EVERY
        )
        state = None if fresh else load_state(db, STATE_BOILERPLATE)
        boilerplate = (
            BoilerplateFilter.from_bytes(state) if state else BoilerplateFilter(min_articles=config.boilerplate_min_articles)
        )
        self.assigner = new_assigner(config, self.source, index, boilerplate)
        (max_id,) = db.execute("SELECT COALESCE(MAX(id), 0) FROM articles").fetchone()
        self.next_id = max_id + 1
        self.last_assigned = max_id
        if not fresh:
            self._catch_up_boilerplate(int(load_state(db, STATE_BOILERPLATE_COVERS) or 0))

    def _catch_up_boilerplate(self, covered: int) -> None:
        """Count the paragraphs of articles stored after the saved boilerplate state (a killed run's tail)."""
        rows = self.db.execute(
            "SELECT a.text, a.language, a.outlet_id, s.story_key FROM articles a"
            " JOIN article_signatures s ON s.article_id = a.id WHERE a.id > ? ORDER BY a.id",
            [covered],
        )
        for text, language, outlet_id, story_key in rows:
            _, paragraph_fingerprints = self.assigner.shingle_article(text, language, outlet_id)
            self.assigner.boilerplate.observe_fingerprints(outlet_id, paragraph_fingerprints, group=story_key)

    def save_boilerplate(self) -> None:
        """Persist the boilerplate counts with the last article they cover (call between articles)."""
        with self.db.atomic():
            save_state(self.db, STATE_BOILERPLATE, self.assigner.boilerplate.to_bytes())
            save_state(self.db, STATE_BOILERPLATE_COVERS, str(self.last_assigned))

    def assign(
        self,
        text: str,
        language: str | None,
        outlet_id: str,
        article_id: int | None = None,
        features: ArticleFeatures | None = None,
    ) -> Grouped:
        """Decide the article's story; reserves the next article id unless one is given (regroup).

        ``features`` computed by a worker process save the shingling and hashing here.
        """
        if article_id is None:
            article_id = self.next_id
        self.next_id = max(self.next_id, article_id + 1)
        self.last_assigned = article_id
        if not self.source.replay:
            self.source.pending.clear()  # earlier articles are in the store by now
        assignment = self.assigner.assign(article_id, text, language, outlet_id, features)
        stored = self.source.take(article_id)
        match = None
        if assignment.story_key is not None:
            match = StoryMatch(
                article_id=int(assignment.matched_key),
                method=assignment.method,
                similarity=round(assignment.similarity, 4),
                containment=round(assignment.containment, 4),
                story_article_id=int(assignment.story_key),
                absorbed_story_article_ids=tuple(int(k) for k in assignment.merged),
            )
        return Grouped(article_id, match, stored)


def new_assigner(
    config: GroupingConfig,
    source: ShingleSource,
    index: BandIndex | None = None,
    boilerplate: BoilerplateFilter | None = None,
) -> StoryAssigner:
    """The assigner for these parameters; worker processes build theirs here too, so features match."""
    return StoryAssigner(
        source,
        index if index is not None else BandIndex(
            num_perm=config.num_perm, bands=config.num_perm // BAND_ROWS, rows=BAND_ROWS, merge_every=MERGE_EVERY
        ),
        shingler=Shingler(k=config.shingle_size),
        hasher=MinHasher(num_perm=config.num_perm),
        boilerplate=boilerplate,
        jaccard_threshold=config.jaccard_threshold,
        containment_threshold=config.containment_threshold,
        member_support=config.member_support,
        representative_floor=config.representative_floor,
    )


def load_state(db: Database, name: str) -> bytes | None:
    row = db.execute("SELECT value FROM dedup_state WHERE name = ?", [name]).fetchone()
    return row[0] if row else None


def save_state(db: Database, name: str, value: bytes | str) -> None:
    db.execute(
        "INSERT INTO dedup_state (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        [name, value],
    )


def config_json(config: GroupingConfig) -> str:
    """The stored form of the parameters a database was grouped with."""
    return json.dumps(asdict(config), sort_keys=True)


def check_config(db: Database, config: GroupingConfig) -> None:
    """Refuse to mix parameters in one store; record them when the store has none yet."""
    wanted = config_json(config)
    stored = load_state(db, STATE_CONFIG)
    if stored is None:
        with db.atomic():
            save_state(db, STATE_CONFIG, wanted)
        return
    if stored != wanted:
        have = GroupingConfig(**json.loads(stored))
        raise GroupingConfigError(
            f"grouping parameters differ from the database's ({have.describe()}); "
            "run 'wirewatch regroup' with the new settings first"
        )
