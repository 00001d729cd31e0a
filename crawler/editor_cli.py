# The editors' commands: story, stories, outlets, search. Thin click wrappers over
# crawler.queries (what to ask) and crawler.output (how to print it); cli.py registers them.
"""Read-only CLI commands that answer editors' questions about a wirewatch database.

Exit codes: 0 ok, 1 nothing found for what was asked, 2 bad input (missing or
unusable database, bad option value).
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime, timedelta, timezone
from typing import Any

import click
from sqlite_utils import Database

from crawler import queries
from crawler.output import (Column, format_delay, format_duration, format_table, percent, ratio, share, to_csv,
                            to_json)
from crawler.store import StoreError, open_db

DURATION_UNITS = {"h": "hours", "d": "days", "w": "weeks"}


class BadInput(click.ClickException):
    """A user mistake (database file, option value): one line on stderr, exit code 2."""

    exit_code = 2


def parse_since(value: str, now: datetime | None = None) -> datetime:
    """A window start from '24h', '7d', '2w' (before now) or an ISO date/time (UTC unless it says).

    Raises:
        ValueError: neither a duration nor an ISO date.
    """
    text = value.strip()
    match = re.fullmatch(r"(\d+)\s*([hdw])", text, re.IGNORECASE)
    if match:
        now = now or datetime.now(timezone.utc)
        try:
            return now - timedelta(**{DURATION_UNITS[match[2].lower()]: int(match[1])})
        except OverflowError:
            raise ValueError(f"--since {value!r}: too far back") from None
    try:
        return queries.parse_time(text)
    except ValueError:
        raise ValueError(f"--since {value!r}: expected a duration like 24h, 7d, 2w or a date like 2026-11-01") from None


def _since_option(func: Callable[..., Any]) -> Callable[..., Any]:
    def convert(ctx: click.Context, param: click.Parameter, value: str | None) -> datetime | None:
        if value is None:
            return None
        try:
            return parse_since(value)
        except ValueError as exc:  # one line, not click's three-line usage error
            raise BadInput(str(exc)) from None

    return click.option("--since", callback=convert, metavar="24h|7d|2w|DATE",
                        help="Only this recent: a duration before now (h, d, w) or an ISO date. Default: all time.")(func)


def _common_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--db``, ``--json`` and ``--csv``, shared by every editor command."""
    func = click.option("--csv", "as_csv", is_flag=True, help="Print CSV instead of a table.")(func)
    func = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(func)
    return click.option("--db", "db_path", default=lambda: os.environ.get("WIREWATCH_DB", "news.db"),
                        show_default="$WIREWATCH_DB or news.db", type=click.Path(dir_okay=False),
                        help="SQLite database file.")(func)


def _output_format(as_json: bool, as_csv: bool) -> str:
    if as_json and as_csv:
        raise BadInput("--json and --csv are mutually exclusive")
    return "json" if as_json else "csv" if as_csv else "table"


@contextmanager
def _reading(db_path: str) -> Iterator[Database]:
    """Open the database read-only and turn store and lookup failures into one-line errors."""
    try:
        db = open_db(db_path, readonly=True)
    except StoreError as exc:
        raise BadInput(str(exc)) from None
    try:
        yield db
    except queries.NotFound as exc:
        raise click.ClickException(str(exc)) from None
    except sqlite3.DatabaseError as exc:
        raise BadInput(f"{db_path}: not a readable wirewatch database: {exc}") from None
    finally:
        db.close()


def _emit(fmt: str, rows: list[dict[str, Any]], columns: list[Column], fields: list[str], empty: str) -> None:
    if fmt == "json":
        click.echo(to_json(rows))
    elif fmt == "csv":
        click.echo(to_csv(rows, fields), nl=False)
    else:
        click.echo(format_table(rows, columns) if rows else empty)


STORY_COLUMNS = [
    Column("outlet_id", "outlet"), Column("published", "published"), Column("delay", "delay", right=True),
    Column("kind", "kind"), Column("jaccard_text", "jaccard", right=True),
    Column("containment_text", "contained", right=True),
    Column("wire", "wire"), Column("title", "headline", max_width=48), Column("url", "url"),
]
STORY_FIELDS = ["story_id", "article_id", "outlet_id", "outlet_name", "published_at", "time", "delay_seconds",
                "delay", "kind", "jaccard", "containment", "wire", "title", "url"]


@click.command(name="story")
@click.argument("ref", nargs=-1, required=True, metavar='URL|ID|"SEARCH WORDS"')
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False), help="Write a timeline picture (.png or .svg).")
@_common_options
def story(ref: tuple[str, ...], plot_path: str | None, db_path: str, as_json: bool, as_csv: bool) -> None:
    """Show which outlets ran a story, when, and how close each copy is to the first.

    The story is a story id, the URL of any of its articles (tracking parameters
    are ignored) or words from it (the best full-text hit's story). Each copy is
    compared exactly with the first publisher's text: copy, truncated or edited.

    Example:

        wirewatch story "ferry strike Baltic" --plot ferry.png
    """
    fmt = _output_format(as_json, as_csv)
    if plot_path:  # check the file type before any work; matplotlib is only imported when plotting
        try:
            from crawler.timeline import plot_format

            plot_format(plot_path)
        except ValueError as exc:
            raise BadInput(str(exc)) from None
    with _reading(db_path) as db:
        detail = queries.story_detail(db, queries.resolve_story(db, " ".join(ref)))
    rows = [
        {**asdict(c), "story_id": detail.id, "delay": format_delay(c.delay_seconds, first=i == 0),
         "published": c.published_at or f"{c.time} (fetched)",
         "jaccard": None if c.jaccard is None else round(c.jaccard, 4),
         "containment": None if c.containment is None else round(c.containment, 4),
         "jaccard_text": ratio(c.jaccard), "containment_text": ratio(c.containment)}
        for i, c in enumerate(detail.copies)
    ]
    if fmt == "json":
        header = {k: v for k, v in asdict(detail).items() if k != "copies"}
        click.echo(to_json({"story": header, "copies": [{k: r[k] for k in STORY_FIELDS} for r in rows]}))
    elif fmt == "csv":
        click.echo(to_csv(rows, STORY_FIELDS), nl=False)
    else:
        click.echo(_story_header(detail))
        click.echo(format_table(rows, STORY_COLUMNS))
    if plot_path:
        from crawler.timeline import plot_story

        try:
            written = plot_story(detail, plot_path)
        except OSError as exc:
            raise BadInput(f"{plot_path}: cannot write the timeline: {exc.strerror or exc}") from None
        click.echo(f"timeline written to {written}", err=fmt != "table")


def _story_header(detail: queries.StoryDetail) -> str:
    confidence = f", {detail.originator_confidence} confidence" if detail.originator_confidence else ""
    first = detail.copies[0] if detail.copies else None
    return "\n".join([
        f"Story {detail.id}: {detail.title or '-'}",
        f"Originator: {detail.originator or '-'} ({detail.originator_kind or '?'}{confidence})",
        f"First publisher: {detail.first_outlet_name or '-'} ({detail.first_outlet_id or '-'}) "
        f"at {first.time if first else detail.first_published_at or '-'}",
        f"{_plural(detail.article_count, 'article')} from {_plural(detail.outlet_count, 'outlet')}",
        "",
    ])


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


STORIES_COLUMNS = [
    Column("id", "id", right=True), Column("outlet_count", "outlets", right=True),
    Column("article_count", "articles", right=True), Column("first_published_at", "first published"),
    Column("first_outlet_id", "first outlet"), Column("originator", "originator"), Column("title", "title", max_width=60),
]


@click.command(name="stories")
@_since_option
@click.option("--min-outlets", type=click.IntRange(min=1), default=1, show_default=True, metavar="N",
              help="Only stories carried by at least this many outlets.")
@click.option("--outlet", "outlet_id", metavar="ID", help="Only stories this outlet ran.")
@click.option("--search", metavar="WORDS", help="Only stories with an article matching these words.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, metavar="N",
              help="At most this many stories.")
@_common_options
def stories(since: datetime | None, min_outlets: int, outlet_id: str | None, search: str | None, limit: int,
            db_path: str, as_json: bool, as_csv: bool) -> None:
    """List stories by how many outlets ran them, most recent first among equals.

    --since keeps stories with a copy published in the window, so a story that
    broke earlier but is still being picked up is listed.

    Example:

        wirewatch stories --since 7d --min-outlets 3 --outlet lakeside-herald
    """
    fmt = _output_format(as_json, as_csv)
    with _reading(db_path) as db:
        found = queries.list_stories(db, since=since, min_outlets=min_outlets, outlet_id=outlet_id,
                                     search=search, limit=limit)
    _emit(fmt, [asdict(s) for s in found], STORIES_COLUMNS, [c.key for c in STORIES_COLUMNS], "no stories match")


OUTLET_COLUMNS = [
    Column("outlet_id", "outlet"), Column("articles", "articles", right=True),
    Column("originals_text", "originals", right=True), Column("pickups_text", "pickups", right=True),
    Column("median_pickup_delay", "median delay", right=True), Column("last_ok_crawl_at", "last ok crawl"),
    Column("errors", "errors", right=True), Column("last_error", "last error", max_width=60),
]
OUTLET_FIELDS = ["outlet_id", "name", "articles", "originals", "originals_share", "pickups", "pickups_share",
                 "median_pickup_delay_seconds", "median_pickup_delay", "last_ok_crawl_at", "errors", "last_error"]


@click.command(name="outlets")
@_since_option
@_common_options
def outlets(since: datetime | None, db_path: str, as_json: bool, as_csv: bool) -> None:
    """Per outlet: articles, originals (first of their story) vs pickups, pickup delay, crawl health.

    The median delay is how long after a story's first publication the outlet ran
    its pickups; errors are summed over the crawls in the window.

    Example:

        wirewatch outlets --since 7d --json
    """
    fmt = _output_format(as_json, as_csv)
    with _reading(db_path) as db:
        found = queries.outlet_activity(db, since=since)
    rows = []
    for o in found:
        row = asdict(o)
        row.update(originals_share=share(o.originals, o.articles), pickups_share=share(o.pickups, o.articles),
                   median_pickup_delay=format_duration(o.median_pickup_delay_seconds)
                   if o.median_pickup_delay_seconds is not None else None)
        row.update(originals_text=f"{o.originals} ({percent(row['originals_share'])})",
                   pickups_text=f"{o.pickups} ({percent(row['pickups_share'])})")
        rows.append(row)
    if fmt == "json":
        rows = [{k: r[k] for k in OUTLET_FIELDS} for r in rows]
    _emit(fmt, rows, OUTLET_COLUMNS, OUTLET_FIELDS, "no outlets in this database")


SEARCH_COLUMNS = [
    Column("article_id", "id", right=True), Column("outlet_id", "outlet"), Column("published_at", "published"),
    Column("story_id", "story", right=True), Column("story_outlet_count", "outlets", right=True),
    Column("title", "title", max_width=50), Column("url", "url"),
]
SEARCH_FIELDS = [c.key for c in SEARCH_COLUMNS] + ["snippet"]


@click.command(name="search")
@click.argument("words", nargs=-1, required=True)
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, metavar="N",
              help="At most this many articles.")
@_common_options
def search(words: tuple[str, ...], limit: int, db_path: str, as_json: bool, as_csv: bool) -> None:
    """Find articles containing all the words (titles and bodies), best match first.

    Every word is matched literally (FTS5 operators are not interpreted); the
    table shows a snippet of each hit under its row.

    Example:

        wirewatch search "ferry strike" --limit 5
    """
    fmt = _output_format(as_json, as_csv)
    with _reading(db_path) as db:
        hits = [asdict(h) for h in queries.search_articles(db, " ".join(words), limit=limit)]
    if fmt != "table" or not hits:
        _emit(fmt, hits, SEARCH_COLUMNS, SEARCH_FIELDS, f"no articles match {' '.join(words)!r}")
        return
    lines = format_table(hits, SEARCH_COLUMNS).splitlines()
    click.echo(lines[0])
    for line, hit in zip(lines[1:], hits):
        click.echo(f"{line}\n      {hit['snippet']}")
