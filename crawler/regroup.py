# Rebuild every story from the stored articles, e.g. after a change of grouping parameters.
"""``wirewatch regroup``: deterministic re-assignment of all articles to stories.

Articles are replayed in id order (the order they were first stored in) through
a fresh :class:`~crawler.grouping.StoryGrouper`, so a regroup with unchanged
parameters reproduces the stories the incremental crawls built, and a regroup
with new parameters gives what a fresh crawl with them would give. Everything
happens in one transaction: a failure leaves the old stories in place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from crawler.grouping import (
    STATE_CONFIG,
    GroupingConfig,
    StoryGrouper,
    config_json,
    save_state,
    signature_row,
)
from crawler.provenance import wire_credit
from crawler.store import ArticleStore


@dataclass(frozen=True)
class RegroupResult:
    articles: int
    stories_before: int
    stories_after: int


def regroup(db: Database, config: GroupingConfig) -> RegroupResult:
    """Reassign every article to a story with ``config``; returns counts before and after."""
    store = ArticleStore(db)
    known_wires = store.known_wires()
    (stories_before,) = db.execute("SELECT COUNT(*) FROM stories").fetchone()
    grouper = StoryGrouper(db, config, fresh=True)
    rows = db.execute("SELECT id, text, language, outlet_id, authors FROM articles ORDER BY id").fetchall()
    updates: list[dict[str, Any]] = []
    for article_id, text, language, outlet_id, authors in rows:
        grouped = grouper.assign(text, language, outlet_id, article_id=article_id)
        wire, evidence = wire_credit(text, authors, known_wires)
        match = grouped.match
        updates.append(
            {
                "id": article_id,
                "match_method": match.method if match else None,
                "match_article_id": match.article_id if match else None,
                "match_similarity": match.similarity if match else None,
                "match_containment": match.containment if match else None,
                "wire": wire,
                "wire_evidence": evidence,
            }
        )
    # Stories are final only after the last article (a later one may merge two); number them by first member.
    final = grouper.source.pending
    story_rank: dict[int, int] = {}
    for update in updates:
        representative = int(final[update["id"]].story_key)
        update["story_id"] = story_rank.setdefault(representative, len(story_rank) + 1)
    signatures = [signature_row(article_id, stored) for article_id, stored in final.items()]
    with db.atomic():
        db.execute("PRAGMA defer_foreign_keys = ON")
        db.execute("DELETE FROM article_signatures")
        db.execute("DELETE FROM stories")
        db["stories"].insert_all({"id": rank} for rank in story_rank.values())
        db.conn.executemany(
            "UPDATE articles SET story_id = :story_id, match_method = :match_method,"
            " match_article_id = :match_article_id, match_similarity = :match_similarity,"
            " match_containment = :match_containment, wire = :wire, wire_evidence = :wire_evidence"
            " WHERE id = :id",
            updates,
        )
        db["article_signatures"].insert_all(signatures)
        for story_id in story_rank.values():
            store.refresh_story(story_id)
        grouper.save_boilerplate()
        save_state(db, STATE_CONFIG, config_json(config))
    return RegroupResult(len(rows), stories_before, len(story_rank))
