# The `wirewatch` command: a thin click layer that parses options and calls the library.
"""Command-line interface.

Exit codes: 0 ok, 1 crawl failed (an outlet failed entirely) or import failed (an input
or page could not be read), 2 bad input,
75 another run holds the database (EX_TEMPFAIL: cron may simply try again later).
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from collections.abc import Iterator
import tempfile
from pathlib import Path
from typing import Any

import click

from crawler.lock import LockBusy, database_lock
from crawler.report import format_table, one_line
from crawler.runner import LOOPBACK_OVERRIDES, CrawlResult, run_crawl
from crawler.sources import SourcesError
from crawler.store import StoreError

EXIT_OK = 0
EXIT_CRAWL_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_LOCKED = 75


class Locked(click.ClickException):
    """Another run holds the database: one line on stderr, exit code 75."""

    exit_code = EXIT_LOCKED


class BadInput(click.ClickException):
    """A user mistake (sources file, database, option): one line on stderr, exit code 2."""

    exit_code = EXIT_BAD_INPUT


def db_option(func: Any) -> Any:
    """``--db FILE``, defaulting to $WIREWATCH_DB or news.db."""
    return click.option(
        "--db",
        "db_path",
        default=lambda: os.environ.get("WIREWATCH_DB", "news.db"),
        show_default="$WIREWATCH_DB or news.db",
        type=click.Path(dir_okay=False),
        help="SQLite database file.",
    )(func)


def parse_overrides(values: tuple[str, ...]) -> dict[str, str]:
    """``NAME=VALUE`` pairs from ``--set`` into a dict, as ``scrapy crawl -s`` takes them."""
    overrides: dict[str, str] = {}
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep or not name.strip():
            raise BadInput(f"--set {value!r}: expected NAME=VALUE")
        overrides[name.strip()] = setting
    return overrides


class _LazyGroup(click.Group):
    """A command group that imports some subcommands only when they run (or ``--help`` lists them).

    ``serve`` needs Datasette, whose import alone takes most of a second: every
    cron crawl would pay for it.
    """

    def __init__(self, *args: Any, lazy: dict[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})  # command name -> "module.attribute"

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            module, attribute = self.lazy[cmd_name].rsplit(".", 1)
            return getattr(importlib.import_module(module), attribute)
        return super().get_command(ctx, cmd_name)


@click.group(cls=_LazyGroup, lazy={"serve": "crawler.serve.serve"})
@click.version_option(package_name="wirewatch")
def main() -> None:
    """wirewatch: track how one news story travels across outlets."""


@main.command()
@click.option("--sources", "sources_path", required=True, type=click.Path(dir_okay=False), help="TOML sources file.")
@db_option
@click.option("--log-file", type=click.Path(dir_okay=False), help="Write the full crawl log here.")
@click.option("--quiet", is_flag=True, help="Print nothing on success; errors still go to stderr.")
@click.option("--set", "settings", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting (repeatable).")
def crawl(sources_path: str, db_path: str, log_file: str | None, quiet: bool, settings: tuple[str, ...]) -> None:
    """Crawl the outlets of a sources file into the database.

    Example:

        wirewatch crawl --sources sources.toml --db news.db --log-file crawl.log
    """
    result = _run(sources_path, db_path, parse_overrides(settings), log_file, quiet)
    _report(result, quiet)
    sys.exit(EXIT_OK if result.ok else EXIT_CRAWL_FAILED)


DEMO_PORT = 8642


@main.command()
@db_option
@click.option("--port", default=DEMO_PORT, show_default=True, help="Loopback port for the demo web.")
@click.option("--quiet", is_flag=True, help="Print nothing on success.")
def demo(db_path: str, port: int, quiet: bool) -> None:
    """Serve the bundled demo web on loopback, crawl it and show how to browse the result.

    The demo web is served on a fixed port so that its URLs, and so a second
    demo crawl into the same database, stay the same (nothing is stored twice).

    Example:

        wirewatch demo --db news.db
    """
    from crawler.demo_web import DemoWeb, write_sources

    web = DemoWeb(port=port)
    try:
        web.start()
    except OSError as exc:
        raise BadInput(f"127.0.0.1:{port}: cannot serve the demo web ({exc.strerror}); pass --port N") from None
    with web, tempfile.TemporaryDirectory() as tmp:
        sources = write_sources(web.base_url, Path(tmp) / "demo-sources.toml")
        if not quiet:
            click.echo(f"Demo web serving at {web.base_url}; crawling it into {db_path} ...")
        result = _run(str(sources), db_path, dict(LOOPBACK_OVERRIDES), None, quiet)
    _report(result, quiet)
    if not quiet:
        click.echo(
            "\nBrowse the result:\n"
            f"  wirewatch stories --db {db_path} --min-outlets 3\n"
            f"  wirewatch serve --db {db_path}      # Datasette on http://127.0.0.1:8001"
        )
    sys.exit(EXIT_OK if result.ok else EXIT_CRAWL_FAILED)


@main.command(name="regroup")
@db_option
@click.option("--set", "settings", multiple=True, metavar="NAME=VALUE", help="Grouping setting, e.g. WIREWATCH_DEDUP_THRESHOLD=0.6.")
def regroup_command(db_path: str, settings: tuple[str, ...]) -> None:
    """Rebuild every story from the stored articles (after a change of grouping parameters).

    Deterministic: articles are replayed in the order they were stored.

    Example:

        wirewatch regroup --db news.db --set WIREWATCH_DEDUP_SHINGLE_SIZE=4
    """
    from crawler.grouping import GroupingConfig
    from crawler.regroup import regroup
    from crawler.runner import build_settings
    from crawler.store import open_db

    config = GroupingConfig.from_settings(build_settings(db_path, parse_overrides(settings)))
    try:
        with database_lock(db_path) if os.path.exists(db_path) else _no_lock():
            db = open_db(db_path, must_exist=True)
            result = regroup(db, config)
            db.close()
    except StoreError as exc:
        raise BadInput(str(exc)) from None
    except LockBusy as exc:
        raise Locked(str(exc)) from None
    click.echo(
        f"regrouped {result.articles} articles into {result.stories_after} stories "
        f"(before: {result.stories_before}) with {config.describe()}"
    )


@main.command(name="import")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@click.option("--sources", "sources_path", type=click.Path(dir_okay=False),
              help="TOML sources file: outlets by host or id (default: the outlets already in the database).")
@click.option("--mapping", type=click.Path(dir_okay=False),
              help="CSV path,url[,outlet_id,fetched_at,content_type] for the directory (default: <dir>/pages.csv).")
@click.option("--workers", type=click.IntRange(min=0), help="Extraction processes (default: one per core; 0: inline).")
@click.option("--log-file", type=click.Path(dir_okay=False), help="Write the full log here.")
@click.option("--quiet", is_flag=True, help="Print nothing on success; errors still go to stderr.")
@click.option("--set", "settings", multiple=True, metavar="NAME=VALUE", help="Override a setting (repeatable).")
def import_command(
    paths: tuple[str, ...],
    db_path: str,
    sources_path: str | None,
    mapping: str | None,
    workers: int | None,
    log_file: str | None,
    quiet: bool,
    settings: tuple[str, ...],
) -> None:
    """Import WARC files and directories of saved HTML through the crawl's extraction, grouping and store.

    A PATH is a .warc or .warc.gz file, or a directory of saved pages with a
    pages.csv mapping (path,url[,outlet_id]). Exit code 1 when any input or
    page could not be read (the rest is imported); importing again adds nothing.

    Example:

        wirewatch import crawl-2026-11.warc.gz saved-pages/ --sources sources.toml --db news.db
    """
    from crawler.archives import UsageError
    from crawler.importer import run_import
    from crawler.runner import configure_logging

    overrides: dict[str, Any] = parse_overrides(settings)
    if workers is not None:
        overrides["WIREWATCH_WORKERS"] = workers
    try:
        configure_logging(log_file, quiet, overrides.get("LOG_LEVEL", "INFO"))
    except OSError as exc:
        raise BadInput(f"{log_file}: cannot write the log: {exc.strerror}") from None
    try:
        result = run_import(paths, db_path, sources_path, mapping, overrides)
    except (UsageError, SourcesError, StoreError) as exc:
        raise BadInput(str(exc)) from None
    except LockBusy as exc:
        raise Locked(str(exc)) from None
    except KeyboardInterrupt:
        click.echo(f"{db_path}: import interrupted; the articles stored so far are kept", err=True)
        sys.exit(130)
    line = result.summary
    if not result.ok:
        click.echo(line, err=True)
    if not quiet:
        click.echo(format_table(result.outlets))
        if result.ok:
            click.echo(line)
    sys.exit(EXIT_OK if result.ok else EXIT_CRAWL_FAILED)


@contextlib.contextmanager
def _no_lock() -> Iterator[None]:
    """No lock for a database that does not exist (open_db then reports it)."""
    yield


def _run(sources: str, db: str, overrides: dict[str, Any], log_file: str | None, quiet: bool) -> CrawlResult:
    try:
        return run_crawl(sources, db, overrides, log_file=log_file, quiet=quiet)
    except (SourcesError, StoreError) as exc:
        raise BadInput(str(exc)) from None
    except LockBusy as exc:
        raise Locked(str(exc)) from None


def _report(result: CrawlResult, quiet: bool) -> None:
    line = one_line(result.outlets, result.crawl_id, result.status)
    if not result.ok:
        click.echo(line, err=True)
    if quiet:
        return
    click.echo(format_table(result.outlets))
    if result.ok:
        click.echo(line)


def _register_commands() -> None:
    """Commands that live in their own modules: the editors' questions (the Datasette server is lazy)."""
    from crawler.editor_cli import outlets, search, stories, story

    for command in (story, stories, outlets, search):
        main.add_command(command)


_register_commands()
