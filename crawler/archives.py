# Pages saved by other tools, read back one at a time: WARC files and directories of saved HTML.
# Streams (one page in memory per reader), so a backfill of millions of pages runs in flat memory.
"""Readers for ``wirewatch import``: WARC records and saved-HTML directories as a stream of :class:`Page`.

A reader yields a :class:`Page` per page and an :class:`InputError` (a value,
not raised) for each thing it could not read, then carries on where it can:
one missing file or truncated archive never stops a backfill. Problems that
make the whole command meaningless (no such path, a mapping without its
columns) raise :class:`UsageError` from :func:`plan_inputs`, before anything
is read or written.

WARC files are read with warcio (Webrecorder's streaming WARC library): gzip
per record or plain, chunked and compressed HTTP bodies decoded.
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import io
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any, Literal

from warcio.archiveiterator import WARCIterator
from warcio.exceptions import ArchiveLoadFailed

from crawler.dates import to_utc_iso

MAPPING_NAME = "pages.csv"
MAPPING_REQUIRED = ("path", "url")
MAPPING_OPTIONAL = ("outlet_id", "fetched_at", "content_type")
HTML_TYPES = ("text/html", "application/xhtml+xml")
WARC_SUFFIXES = (".warc", ".warc.gz")
MAX_PAGE_BYTES = 10 * 1024 * 1024  # the crawl's DOWNLOAD_MAXSIZE


class UsageError(ValueError):
    """The inputs cannot be imported at all; one line naming the path. Nothing was read."""


class InputError(Exception):
    """One input, or one page of it, could not be read; one line naming the file and line or offset."""


@dataclass(frozen=True)
class Page:
    """One saved page, not yet decoded.

    ``outlet_id`` is what the mapping said (None: find it by host); ``fetched_at``
    is ISO 8601 UTC; ``source`` says where the page came from, for error lines
    (``a.warc.gz: record at offset 1234 (URL)``, ``pages.csv: line 7 (a/b.html)``).
    """

    body: bytes
    content_type: str | None
    url: str
    outlet_id: str | None
    fetched_at: str | None
    source: str


@dataclass(frozen=True)
class Input:
    """One command-line path: a WARC file, or a directory of saved HTML with its mapping CSV."""

    path: Path
    kind: Literal["warc", "html"]
    mapping: Path | None = None

    def __str__(self) -> str:
        return str(self.path)


def plan_inputs(paths: Sequence[str | Path], mapping: str | Path | None = None) -> list[Input]:
    """Check every path before anything is read.

    Args:
        paths: ``.warc`` / ``.warc.gz`` files and directories of saved HTML.
        mapping: the mapping CSV of the (one) directory; default ``<dir>/pages.csv``.

    Raises:
        UsageError: no paths, no such path, a file that is not a WARC, ``mapping`` with
            several directories or missing, a mapping without ``path`` and ``url`` columns.
    """
    if not paths:
        raise UsageError("no inputs: name .warc/.warc.gz files or directories of saved HTML")
    directories = [Path(p) for p in paths if Path(p).is_dir()]
    if mapping is not None and len(directories) != 1:
        raise UsageError(f"--mapping {mapping}: names the pages of one directory, but {len(directories)} were given")
    inputs: list[Input] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            table = Path(mapping) if mapping is not None else path / MAPPING_NAME
            if mapping is not None and not table.is_file():
                raise UsageError(f"{table}: no such mapping file")
            if table.is_file():
                check_mapping_header(table)
            inputs.append(Input(path, "html", table))
        elif path.is_file():
            if not path.name.lower().endswith(WARC_SUFFIXES):
                raise UsageError(f"{path}: not a .warc or .warc.gz file, nor a directory of saved HTML")
            inputs.append(Input(path, "warc"))
        else:
            raise UsageError(f"{path}: no such file or directory")
    return inputs


def check_mapping_header(table: Path) -> list[str]:
    """The mapping's columns; raises :class:`UsageError` when ``path`` or ``url`` is missing."""
    try:
        with open(table, encoding="utf-8-sig", newline="") as handle:
            header = next(csv.reader(handle), [])
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise UsageError(f"{table}: cannot read the mapping: {exc}") from None
    columns = [name.strip() for name in header]
    missing = [name for name in MAPPING_REQUIRED if name not in columns]
    if missing:
        raise UsageError(
            f"{table}: mapping needs the columns {', '.join(MAPPING_REQUIRED)} (optional: "
            f"{', '.join(MAPPING_OPTIONAL)}); missing: {', '.join(missing)}"
        )
    return columns


def read_input(source: Input) -> Iterator[Page | InputError]:
    """The pages of one input, with its problems in between."""
    if source.kind == "warc":
        return read_warc(source.path)
    return read_html_dir(source.path, source.mapping)


# --- WARC ---------------------------------------------------------------------


def read_warc(path: Path) -> Generator[Page | InputError, None, None]:
    """Every ``response`` record with status 200 and an HTML body, in file order.

    Other records (requests, metadata, redirects, images) are not pages and are
    passed over. A malformed or truncated file yields one :class:`InputError`
    naming the offset, after the pages read before it.
    """
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield InputError(f"{path}: cannot open: {exc.strerror}")
        return
    with handle:
        done = yield from _warc_pages(path, handle)
    if done is not None:  # gzipped as one stream rather than per record: warcio cannot seek it, gzip can read it
        with gzip.open(path, "rb") as stream:
            yield from _warc_pages(path, stream, skip=done)


def _warc_pages(
    path: Path, handle: IO[bytes], skip: int | None = None
) -> Generator[Page | InputError, None, int | None]:
    """Pages of an open WARC; returns the records read when it turns out to be gzipped as one stream.

    ``skip`` (reading such a file through :mod:`gzip`): records already read,
    whose offsets now count uncompressed bytes.
    """
    records = WARCIterator(handle)
    at = " (uncompressed)" if skip is not None else ""
    end = 0  # where the last complete record ended
    done = 0
    while True:
        try:
            with _silenced():  # warcio prints its warnings to stderr; they are reported below, our way
                record = next(records)
            page = _warc_page(path, record, records.offset) if done >= (skip or 0) else None
            with _silenced():  # reads the rest of the record
                offset, length = records.get_record_offset(), records.get_record_length()
        except StopIteration:
            break
        except (ArchiveLoadFailed, EOFError, OSError, ValueError, AttributeError) as exc:
            if isinstance(exc, ArchiveLoadFailed) and "non-chunked gzip" in str(exc) and skip is None:
                return done
            # warcio meets a non-WARC line as ArchiveLoadFailed, or as a record without headers.
            known = isinstance(exc, (ArchiveLoadFailed, EOFError, OSError))
            reason = _first_line(exc) if known else f"malformed record ({type(exc).__name__})"
            yield InputError(f"{path}: not a valid WARC after offset {end}{at}: {reason}")
            return None
        if getattr(record.raw_stream, "limit", 0) > 0 or records.err_count:
            yield InputError(f"{path}: record at offset {offset}{at} is truncated or has a wrong Content-Length")
            return None
        end = offset + length
        done += 1
        if page is not None:
            yield page
    size = path.stat().st_size
    if skip is None and end < size and _gzipped(path):
        yield InputError(f"{path}: truncated or not gzip after offset {end} ({size - end} bytes unread)")
    return None


def _warc_page(path: Path, record: Any, offset: int) -> Page | InputError | None:
    """The page a record holds; None when it is not a page (a request, a redirect, an image)."""
    http = record.http_headers
    if record.rec_type != "response" or http is None or http.get_statuscode() != "200":
        return None
    content_type = http.get_header("Content-Type")
    if content_type and content_type.split(";")[0].strip().lower() not in HTML_TYPES:
        return None
    url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<> ")
    source = f"{path}: record at offset {offset} ({url or 'no WARC-Target-URI'})"
    try:
        body = record.content_stream().read(MAX_PAGE_BYTES + 1)
    except Exception as exc:  # noqa: BLE001 - zlib, brotli and chunking errors alike: the page is unreadable
        return InputError(f"{source}: cannot decode the HTTP body: {type(exc).__name__}: {_first_line(exc)}")
    if len(body) > MAX_PAGE_BYTES:
        return InputError(f"{source}: page larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB")
    if not url.startswith(("http://", "https://")):
        return InputError(f"{source}: WARC-Target-URI is not an http(s) URL")
    if content_type is None and not _looks_like_html(body):
        return None
    fetched_at = to_utc_iso(record.rec_headers.get_header("WARC-Date"))
    return Page(body, content_type, url, None, fetched_at, source)


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lower()
    return b"<html" in head or b"<!doctype html" in head


def _gzipped(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(2) == b"\x1f\x8b"


@contextlib.contextmanager
def _silenced() -> Iterator[None]:
    with contextlib.redirect_stderr(io.StringIO()):
        yield


def _first_line(exc: BaseException) -> str:
    """The first line of an exception's message, cut short (warcio quotes whole binary lines)."""
    text = str(exc).strip()
    line = text.splitlines()[0] if text else type(exc).__name__
    return line if len(line) <= 100 else line[:100] + "..."


# --- saved HTML -------------------------------------------------------------------


def read_html_dir(directory: Path, mapping: Path | None) -> Iterator[Page | InputError]:
    """The pages a mapping CSV lists, in row order; ``path`` is relative to ``directory``.

    Columns: ``path``, ``url`` (required), ``outlet_id``, ``fetched_at`` (else the
    file's modification time, UTC) and ``content_type`` (its charset decodes the
    page, as the HTTP header would have), optional; other columns are ignored.
    """
    table = mapping if mapping is not None else directory / MAPPING_NAME
    if not table.is_file():
        yield InputError(f"{directory}: no mapping file {table.name} (columns: path,url,outlet_id)")
        return
    try:
        handle = open(table, encoding="utf-8-sig", newline="")
    except OSError as exc:
        yield InputError(f"{table}: cannot open: {exc.strerror}")
        return
    with handle:
        rows = csv.DictReader(handle)
        try:
            rows.fieldnames = [name.strip() for name in rows.fieldnames or []]  # " url" is the url column
        except (csv.Error, UnicodeDecodeError) as exc:
            yield InputError(f"{table}: line 1: unreadable CSV: {exc}")
            return
        line = 1
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except (csv.Error, UnicodeDecodeError) as exc:
                yield InputError(f"{table}: line {line + 1}: unreadable CSV: {exc}")
                return
            line = rows.line_num
            yield _html_page(directory, table, line, row)


def _html_page(directory: Path, table: Path, line: int, row: dict[str, str | None]) -> Page | InputError:
    def cell(name: str) -> str:
        value = row.get(name)
        return value.strip() if isinstance(value, str) else ""

    where = f"{table}: line {line}"
    relative, url = cell("path"), cell("url")
    if not relative:
        return InputError(f"{where}: empty path")
    where = f"{where} ({relative})"
    if not url.startswith(("http://", "https://")):
        return InputError(f"{where}: url {url!r} is not an http(s) URL")
    file = directory / relative
    try:
        with open(file, "rb") as page:
            body = page.read(MAX_PAGE_BYTES + 1)
            mtime = Path(file).stat().st_mtime
    except OSError as exc:
        return InputError(f"{where}: cannot read {file}: {exc.strerror}")
    if len(body) > MAX_PAGE_BYTES:
        return InputError(f"{where}: page larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB")
    fetched_raw = cell("fetched_at")
    if fetched_raw:
        fetched_at = to_utc_iso(fetched_raw)
        if fetched_at is None:
            return InputError(f"{where}: fetched_at {fetched_raw!r} is not an ISO 8601 time")
    else:
        fetched_at = datetime.fromtimestamp(mtime, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return Page(body, cell("content_type") or None, url, cell("outlet_id") or None, fetched_at, where)
