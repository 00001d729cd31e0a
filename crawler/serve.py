# `wirewatch serve`: Datasette on the store, read-only, with wirewatch's metadata and canned queries.
"""Browse a wirewatch store in Datasette (0.65 line) without any way to change it.

The served file stays a normal, mutable Datasette database, so Datasette opens
every read connection with ``mode=ro`` and re-reads the schema as crawls change
it; immutable mode (``-i``) would assume the file never changes and break while
a crawl writes. WAL mode lets those readers run while the crawl's writer commits.

Writes are impossible on three levels: no canned query sets ``write: true``,
Datasette only runs SELECT statements from ``?sql=``, and the database object
below refuses to open Datasette's write connection at all, whatever plugin asks.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import click
import uvicorn
import yaml
from datasette.app import Datasette
from datasette.database import Database

from crawler.datasette import METADATA_DATABASE, METADATA_PATH
from crawler.datasette import plugin

DEFAULT_PORT = 8001
DEFAULT_HOST = "127.0.0.1"
# Article bodies are long: cut cells at 400 characters in HTML (links keep the full URL).
# Canned queries over a large store may need more than Datasette's 1 s default.
SETTINGS: dict[str, Any] = {"truncate_cells_html": 400, "sql_time_limit_ms": 5000}


class StoreUnusable(ValueError):
    """The file cannot be served: missing, not SQLite, or not a (current) wirewatch store."""


class ReadOnlyDatabase(Database):
    """A mutable Datasette database whose write connection can never be opened.

    Reads behave exactly as Datasette's default (``mode=ro`` connections that see
    each new commit); ``execute_write*`` fail with an error instead of writing.
    """

    def connect(self, write: bool = False) -> sqlite3.Connection:
        if write:
            raise sqlite3.OperationalError("wirewatch serve is read-only: writes are disabled")
        return super().connect(write=False)


def load_metadata(database_name: str = METADATA_DATABASE) -> dict[str, Any]:
    """The shipped metadata with its database block applied to ``database_name``.

    Datasette names a database after its file's stem, so a store called crawl.db is
    served as ``/crawl``; the block in metadata.yml is written for news.db.
    """
    metadata = yaml.safe_load(METADATA_PATH.read_text(encoding="utf-8"))
    databases = metadata.get("databases", {})
    if database_name != METADATA_DATABASE and METADATA_DATABASE in databases:
        databases[database_name] = databases.pop(METADATA_DATABASE)
    return metadata


def documented_columns(metadata: dict[str, Any] | None = None) -> dict[str, list[str]]:
    """Table or view name -> the columns metadata.yml describes (the store's documented schema)."""
    metadata = metadata or load_metadata()
    tables = metadata["databases"][METADATA_DATABASE]["tables"]
    return {name: list(spec["columns"]) for name, spec in tables.items() if "columns" in spec}


def check_store(path: Path) -> None:
    """Fail early, in one line, when ``path`` is not a wirewatch store Datasette can serve.

    The canned queries need every documented table and column; a store written by an
    older wirewatch is migrated by the next ``wirewatch crawl`` (serve never writes).

    Raises:
        StoreUnusable: with a message naming the file and what is wrong.
    """
    if not path.is_file():
        raise StoreUnusable(f"{path}: no such file (create it with `wirewatch crawl` or `wirewatch demo`)")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            missing = []
            for table, columns in documented_columns().items():
                present = {row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")}
                missing += [f"{table}.{c}" for c in columns if c not in present] if present else [table]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreUnusable(f"{path}: not an SQLite database ({exc})") from None
    if missing:
        raise StoreUnusable(
            f"{path}: not a wirewatch store, or one from an older wirewatch (missing: {', '.join(missing)}); "
            "the next `wirewatch crawl` on it migrates it"
        )


def build_datasette(path: Path) -> Datasette:
    """A Datasette instance serving ``path`` read-only with wirewatch's metadata and plugin.

    ``wirewatch serve`` runs exactly this instance; the tests build it the same way.
    """
    plugin.register()
    ds = Datasette([str(path)], metadata=load_metadata(Path(path).stem), settings=SETTINGS)
    default = next(db for db in ds.databases.values() if db.path == str(path))
    name = default.name
    ds.remove_database(name)
    ds.add_database(ReadOnlyDatabase(ds, path=str(path), is_mutable=True), name=name)
    return ds


@click.command("serve")
@click.option(
    "--db",
    "db_path",
    default=lambda: os.environ.get("WIREWATCH_DB", "news.db"),
    show_default="$WIREWATCH_DB or news.db",
    type=click.Path(dir_okay=False),
    help="SQLite database file.",
)
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(1, 65535), help="TCP port.")
@click.option(
    "--host",
    default=DEFAULT_HOST,
    show_default=True,
    help="Interface to listen on; 0.0.0.0 exposes the (read-only) store to the network.",
)
def serve(db_path: str, port: int, host: str) -> None:
    """Browse the database read-only in Datasette, with canned queries.

    Safe while a crawl writes to the same file. Stop with Ctrl-C.

    Example:

        wirewatch serve --db news.db --port 8001
    """
    path = Path(db_path)
    try:
        check_store(path)
    except StoreUnusable as exc:
        raise click.BadParameter(str(exc), param_hint="--db") from None
    ds = build_datasette(path)
    click.echo(f"Serving {path} read-only at http://{host}:{port}/{path.stem} (Ctrl-C to stop)")
    uvicorn.run(ds.app(), host=host, port=port, log_level="info", lifespan="on", workers=1)


if __name__ == "__main__":  # `python -m crawler.serve`, the same command before `wirewatch` has it
    serve(prog_name="wirewatch serve")
