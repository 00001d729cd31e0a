# The editors' questions as plain functions over the store: which outlets ran a story and
# when, which stories spread furthest, how each outlet behaves, where a phrase appears.
"""Read-only queries behind ``wirewatch story``, ``stories``, ``outlets`` and ``search``.

Every function takes a sqlite-utils ``Database`` or a plain ``sqlite3.Connection``
and returns dataclasses, so the CLI, tests and notebooks share one implementation
and none of them needs click. Times are the store's ISO 8601 UTC strings;
durations are whole seconds.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
import statistics
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import numpy as np
from sqlite_utils import Database

from crawler.urls import canonicalize_url
from dedup.verify import compare

COPY_JACCARD = 0.9  # at least this Jaccard with the first publisher's text: a plain copy
TRUNCATED_SIZE = 0.8  # a truncated copy has fewer than this share of the first one's shingles ...
TRUNCATED_CONTAINED = 0.7  # ... and at least this share of its own shingles inside the first one
OUTLET_PREFIX = "wirewatch/outlet/"  # per-outlet keys in crawls.stats (crawler/report.py)

Conn = Database | sqlite3.Connection


class NotFound(LookupError):
    """Nothing matched what the user asked for; the message says what was looked for."""


@dataclass
class Copy:
    """One article of a story, compared with the first publisher's copy."""

    article_id: int
    outlet_id: str
    outlet_name: str
    published_at: str | None
    time: str  # published_at, or fetched_at when the article carries no date
    delay_seconds: int  # after the first copy's time; 0 for the first
    title: str | None
    url: str
    wire: str | None
    jaccard: float | None  # None when the article has no stored shingle set
    containment: float | None  # share of this copy's shingles found in the first copy
    kind: str  # first, copy, truncated, edited or unknown


@dataclass
class StoryDetail:
    """A story's header and its copies in publication order."""

    id: int
    title: str | None
    originator: str | None
    originator_kind: str | None
    originator_confidence: str | None
    first_outlet_id: str | None
    first_outlet_name: str | None
    first_published_at: str | None
    article_count: int
    outlet_count: int
    copies: list[Copy]


@dataclass
class StoryRow:
    """One line of the ``stories`` ranking."""

    id: int
    outlet_count: int
    article_count: int
    first_published_at: str | None
    first_outlet_id: str | None
    originator: str | None
    title: str | None


@dataclass
class OutletRow:
    """How one outlet behaved in a time window."""

    outlet_id: str
    name: str
    articles: int
    originals: int
    pickups: int
    median_pickup_delay_seconds: int | None
    last_ok_crawl_at: str | None
    errors: int
    last_error: str | None


@dataclass
class SearchHit:
    """One full-text search result, best first."""

    article_id: int
    outlet_id: str
    published_at: str | None
    title: str | None
    story_id: int
    story_outlet_count: int
    url: str
    snippet: str


def _cursor(db: Conn, sql: str, params: tuple | list = ()) -> sqlite3.Cursor:
    # A fresh cursor with its own row factory leaves the caller's connection untouched.
    cursor = (db.conn if isinstance(db, Database) else db).cursor()
    cursor.row_factory = sqlite3.Row
    return cursor.execute(sql, tuple(params))


def _rows(db: Conn, sql: str, params: tuple | list = ()) -> list[sqlite3.Row]:
    return _cursor(db, sql, params).fetchall()


def parse_time(value: str) -> datetime:
    """A stored ISO 8601 time as an aware UTC datetime (naive values are taken as UTC)."""
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def iso(moment: datetime) -> str:
    """The store's time format, so SQL can compare it with stored strings."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def fts_query(words: str) -> str:
    """Quote every whitespace-separated word as an FTS5 string, so operators and punctuation are literal.

    Raises:
        NotFound: nothing left to search for.
    """
    tokens = [f'"{token.replace(chr(34), chr(34) * 2)}"' for token in words.split()]
    if not tokens:
        raise NotFound("nothing to search for")
    return " ".join(tokens)


def resolve_story(db: Conn, ref: str) -> int:
    """The story id an editor means by an id, an article URL or some words of it.

    Raises:
        NotFound: no story has that id, no article that URL, no article those words.
    """
    ref = ref.strip()
    if re.fullmatch(r"\d+", ref, re.ASCII):
        if not _rows(db, "SELECT 1 FROM stories WHERE id = ?", (int(ref),)):
            raise NotFound(f"no story with id {ref}")
        return int(ref)
    if re.match(r"https?://", ref, re.IGNORECASE):
        try:
            forms = list(dict.fromkeys([canonicalize_url(ref), ref]))
        except ValueError as exc:  # e.g. an unbalanced IPv6 bracket
            raise NotFound(f"not a valid URL: {ref} ({exc})") from None
        marks = ",".join("?" * len(forms))
        rows = _rows(db, f"""SELECT story_id FROM articles WHERE url IN ({marks}) OR canonical_url IN ({marks})
                             ORDER BY url IN ({marks}) DESC, COALESCE(published_at, fetched_at), id LIMIT 1""",
                     forms * 3)  # the article's own URL first, then copies naming it as canonical
        if not rows:
            raise NotFound(f"no article with URL {forms[0]}")
        return int(rows[0]["story_id"])
    rows = _rows(db, """SELECT a.story_id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                        WHERE articles_fts MATCH ? ORDER BY rank, a.id LIMIT 1""", (fts_query(ref),))
    if not rows:
        raise NotFound(f"no article matches {ref!r}")
    return int(rows[0]["story_id"])


def classify(first: np.ndarray | None, other: np.ndarray | None) -> tuple[float | None, float | None, str]:
    """Jaccard, containment of ``other`` in ``first`` and the kind of copy ``other`` is.

    Computed exactly against the first publisher's shingle set, because the stored
    ``match_*`` columns describe whichever article the copy happened to match.
    """
    if first is None or other is None:
        return None, None, "unknown"
    overlap = compare(first, other)
    jaccard, contained = overlap.jaccard, overlap.containment_b
    if jaccard >= COPY_JACCARD:
        kind = "copy"
    elif overlap.size_b < TRUNCATED_SIZE * overlap.size_a and contained >= TRUNCATED_CONTAINED:
        kind = "truncated"
    else:
        kind = "edited"
    return jaccard, contained, kind


def story_detail(db: Conn, story_id: int) -> StoryDetail:
    """A story and its copies in publication order, each compared with the first copy.

    Raises:
        NotFound: no such story.
    """
    head = _rows(db, """SELECT s.*, o.name AS first_outlet_name FROM stories s
                        LEFT JOIN outlets o ON o.id = s.first_outlet_id WHERE s.id = ?""", (story_id,))
    if not head:
        raise NotFound(f"no story with id {story_id}")
    articles = _rows(
        db,
        """SELECT a.id, a.outlet_id, COALESCE(o.name, a.outlet_id) AS outlet_name, a.published_at,
                  COALESCE(a.published_at, a.fetched_at) AS time, a.title, a.url, a.wire
           FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
           WHERE a.story_id = ? ORDER BY COALESCE(a.published_at, a.fetched_at), a.id""",
        (story_id,),
    )
    sets = {r["article_id"]: np.frombuffer(r["shingles"], dtype="<u4") for r in _cursor(
        db, "SELECT s.article_id, s.shingles FROM article_signatures s JOIN articles a ON a.id = s.article_id "
        "WHERE a.story_id = ?", (story_id,))}
    copies: list[Copy] = []
    for index, a in enumerate(articles):
        first = articles[0]  # the same order as the store's story refresh: its first article
        if index == 0:
            jaccard, contained, kind = (1.0, 1.0, "first") if a["id"] in sets else (None, None, "first")
        else:
            jaccard, contained, kind = classify(sets.get(first["id"]), sets.get(a["id"]))
        delay = (parse_time(a["time"]) - parse_time(first["time"])).total_seconds()
        copies.append(Copy(a["id"], a["outlet_id"], a["outlet_name"], a["published_at"], a["time"], int(delay),
                           a["title"], a["url"], a["wire"], jaccard, contained, kind))
    header = {f.name: head[0][f.name] for f in dataclasses.fields(StoryDetail) if f.name != "copies"}
    return StoryDetail(**header, copies=copies)


def list_stories(db: Conn, *, since: datetime | None = None, min_outlets: int = 1, outlet_id: str | None = None,
                 search: str | None = None, limit: int = 20) -> list[StoryRow]:
    """Stories ranked by how many outlets ran them, then by recency.

    Args:
        since: keep stories with at least one copy published at or after this time,
            so a story still spreading today is listed even if it broke earlier.
        min_outlets: keep stories carried by at least this many outlets.
        outlet_id: keep stories this outlet ran.
        search: keep stories with an article matching these words (full text).
        limit: at most this many rows.

    Raises:
        NotFound: ``outlet_id`` is not an outlet of this database (a typo, not an empty answer).
    """
    if outlet_id is not None and not _rows(db, "SELECT 1 FROM outlets WHERE id = ?", (outlet_id,)):
        raise NotFound(f"no outlet with id {outlet_id!r}")
    where, params = ["s.outlet_count >= ?"], [min_outlets]
    if since is not None:
        where.append("EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id "
                     "AND COALESCE(a.published_at, a.fetched_at) >= ?)")
        params.append(iso(since))
    if outlet_id is not None:
        where.append("EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.outlet_id = ?)")
        params.append(outlet_id)
    if search is not None:
        where.append("s.id IN (SELECT a.story_id FROM articles_fts JOIN articles a "
                     "ON a.id = articles_fts.rowid WHERE articles_fts MATCH ?)")
        params.append(fts_query(search))
    rows = _rows(
        db,
        f"""SELECT id, outlet_count, article_count, first_published_at, first_outlet_id, originator, title
            FROM stories s WHERE {' AND '.join(where)}
            ORDER BY outlet_count DESC, first_published_at DESC, id DESC LIMIT ?""",
        [*params, limit],
    )
    return [StoryRow(**dict(r)) for r in rows]


def outlet_activity(db: Conn, *, since: datetime | None = None) -> list[OutletRow]:
    """Per outlet: articles, originals vs pickups, pickup delay, last good crawl and errors.

    An original is the first article of its story; a pickup's delay runs from the
    story's first publication. Articles count when published (or, undated, fetched)
    at or after ``since``; errors are summed over crawls started at or after it.
    """
    cutoff = iso(since) if since is not None else ""
    articles = _rows(
        db,
        """SELECT a.outlet_id, a.id = s.first_article_id AS original,
                  COALESCE(a.published_at, a.fetched_at) AS time, s.first_published_at
           FROM articles a JOIN stories s ON s.id = a.story_id
           WHERE COALESCE(a.published_at, a.fetched_at) >= ?""",
        (cutoff,),
    )
    by_outlet: dict[str, list[sqlite3.Row]] = {}
    for a in articles:
        by_outlet.setdefault(a["outlet_id"], []).append(a)
    outlets = _rows(db, "SELECT id, name FROM outlets ORDER BY id")
    health = _crawl_health(db, [o["id"] for o in outlets], cutoff)
    result = []
    for outlet in outlets:
        mine = by_outlet.get(outlet["id"], [])
        delays = [(parse_time(a["time"]) - parse_time(a["first_published_at"])).total_seconds()
                  for a in mine if not a["original"] and a["first_published_at"]]
        originals = sum(1 for a in mine if a["original"])
        result.append(OutletRow(outlet["id"], outlet["name"], len(mine), originals, len(mine) - originals,
                                int(statistics.median(delays)) if delays else None, *health[outlet["id"]]))
    return result


def _stats(text: str | None) -> dict[str, Any]:
    try:
        stats = json.loads(text or "{}")
    except ValueError:
        return {}
    return stats if isinstance(stats, dict) else {}


def _crawl_health(db: Conn, outlet_ids: list[str], cutoff: str) -> dict[str, tuple[str | None, int, str | None]]:
    """Per outlet: the last ok crawl that covered it, its errors and latest error message in the window.

    One pass over the crawl log, parsing each stats blob once: cron adds a row
    every few minutes, so per-outlet SQL scans of the JSON would grow quadratically.
    """
    last_ok: dict[str, str] = {}
    newest_ok = None
    for row in _cursor(db, "SELECT finished_at, stats FROM crawls WHERE status = 'ok' ORDER BY finished_at DESC"):
        newest_ok = newest_ok or row["finished_at"]
        covered = {key[len(OUTLET_PREFIX):].partition("/")[0] for key in _stats(row["stats"])
                   if key.startswith(OUTLET_PREFIX)}
        for oid in covered.intersection(outlet_ids).difference(last_ok):
            last_ok[oid] = row["finished_at"]
        if len(last_ok) == len(outlet_ids):
            break
    errors: dict[str, int] = {}
    messages: dict[str, str] = {}
    for row in _cursor(db, "SELECT stats FROM crawls WHERE started_at >= ? ORDER BY started_at, id", (cutoff,)):
        stats = _stats(row["stats"])
        for oid in outlet_ids:
            count = stats.get(f"{OUTLET_PREFIX}{oid}/errors")
            errors[oid] = errors.get(oid, 0) + (count if isinstance(count, int) else 0)
            latest = stats.get(f"{OUTLET_PREFIX}{oid}/error_messages")
            if isinstance(latest, list) and latest:
                messages[oid] = str(latest[-1])
    # Older crawls may not name an outlet: then the newest ok crawl is the best we know.
    return {oid: (last_ok.get(oid, newest_ok), errors.get(oid, 0), messages.get(oid)) for oid in outlet_ids}


def search_articles(db: Conn, words: str, *, limit: int = 20) -> list[SearchHit]:
    """Articles matching all the words, best first, with a snippet around the match."""
    rows = _rows(
        db,
        """SELECT a.id AS article_id, a.outlet_id, a.published_at, a.title, a.story_id,
                  s.outlet_count AS story_outlet_count, a.url,
                  snippet(articles_fts, -1, '[', ']', '…', 12) AS snippet
           FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
           JOIN stories s ON s.id = a.story_id
           WHERE articles_fts MATCH ? ORDER BY rank, a.id LIMIT ?""",
        (fts_query(words), limit),
    )
    return [SearchHit(**{**dict(r), "snippet": " ".join((r["snippet"] or "").split())}) for r in rows]
