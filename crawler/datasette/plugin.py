# A Datasette 0.65 plugin registered by `wirewatch serve` (crawler/serve.py): links from a story
# to its outlets in one click, and a 405 for any request that is not a read.
"""Links between stories and the canned queries of metadata.yml.

Datasette links foreign keys and http(s) URLs by itself, but canned-query results
have no foreign keys and a story row has no link to the "Which outlets ran this
story?" query. This plugin adds exactly those links:

- ``outlet_count`` of a story (the ``stories`` table, a story's row page, and any
  query result that also has ``story_id``) links to the ``outlets_by_story`` query;
- ``story_id`` in query results and in the ``story_outlets`` view links to the story's row.

It also answers every request that is not GET, HEAD or OPTIONS with 405: Datasette
0.65 sends a POST to a read-only canned query through the query code and fails
with a 500, and a read-only server has no use for any other method.

It does nothing for a Datasette instance not serving wirewatch's metadata.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.plugins import pm
from markupsafe import Markup, escape

PLUGIN_NAME = "wirewatch"
STORY_QUERY = "outlets_by_story"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
Receive = Callable[[], Awaitable[dict]]
Send = Callable[[dict], Awaitable[None]]
ASGIApp = Callable[[dict, Receive, Send], Awaitable[None]]


def register() -> None:
    """Register this module with Datasette's plugin manager once per process.

    ``pm.register`` refuses a second registration, and both ``wirewatch serve`` and the
    tests build Datasette instances in the same process.
    """
    if pm.get_plugin(PLUGIN_NAME) is None:
        pm.register(sys.modules[__name__], name=PLUGIN_NAME)


def _has_story_query(datasette: Any, database: str) -> bool:
    """True when ``database`` is served with wirewatch's metadata (so the query link works)."""
    queries = datasette.metadata("queries", database=database, fallback=False) or {}
    return STORY_QUERY in queries


def _serves_wirewatch(datasette: Any) -> bool:
    """True when some database of this instance carries wirewatch's canned queries."""
    return any(_has_story_query(datasette, name) for name in datasette.databases)


def _story_id(row: Any, table: str | None) -> int | None:
    """The story a row is about: its ``id`` in ``stories``, else its ``story_id`` column."""
    keys = row.keys()
    if table == "stories" and "id" in keys:
        value = row["id"]
    elif "story_id" in keys:
        value = row["story_id"]
    else:
        return None
    return value if isinstance(value, int) else None


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any) -> Markup | None:
    """Link story cells; None leaves every other cell to Datasette's default rendering."""
    if column == "outlet_count" and table in ("stories", None) and isinstance(value, int):
        story_id = _story_id(row, table)
        if story_id is None or not _has_story_query(datasette, database):
            return None
        href = datasette.urls.query(database, STORY_QUERY) + "?" + urlencode({"story_id": story_id})
        return Markup(f'<a href="{escape(href)}" title="Which outlets ran this story?">{value}</a>')
    if column == "story_id" and table in (None, "story_outlets") and isinstance(value, int):
        if not _has_story_query(datasette, database):
            return None
        href = datasette.urls.row(database, "stories", str(value))
        return Markup(f'<a href="{escape(href)}">{value}</a>')
    return None


@hookimpl
def asgi_wrapper(datasette: Any) -> Callable[[ASGIApp], ASGIApp] | None:
    """Refuse unsafe HTTP methods before Datasette sees them (wirewatch instances only)."""
    if not _serves_wirewatch(datasette):
        return None

    def wrap(app: ASGIApp) -> ASGIApp:
        async def read_only(scope: dict, receive: Receive, send: Send) -> None:
            if scope["type"] == "http" and scope["method"] not in SAFE_METHODS:
                body = b"wirewatch serve is read-only\n"
                await send(
                    {
                        "type": "http.response.start",
                        "status": 405,
                        "headers": [
                            (b"content-type", b"text/plain; charset=utf-8"),
                            (b"allow", b"GET, HEAD, OPTIONS"),
                            (b"content-length", str(len(body)).encode()),
                        ],
                    }
                )
                await send({"type": "http.response.body", "body": body})
                return
            await app(scope, receive, send)

        return read_only

    return wrap
