# The benchmark web's HTTP/1.1 handling: a raw asyncio.Protocol over one outlet's files, with counters.
# Kept free of processes and sockets (see benchweb.serve) so the hot path is easy to read and measure.
"""Answer HTTP/1.1 requests for one outlet's static files.

Keep-alive and pipelining, GET and HEAD, ``ETag`` and ``Last-Modified`` with
304 answers, 301 for a directory without its slash, 404 for unknown paths,
405 for other methods. Files are read from disk per request (the page cache
keeps that fast and the server small) and ``{{BASE}}`` is replaced with the
outlet's base URL. ``/__stats`` and ``/__reset`` answer on every address.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path
from urllib.parse import unquote_to_bytes

PLACEHOLDER = b"{{BASE}}"
CONTENT_TYPES = {
    ".html": b"text/html; charset=utf-8", ".xml": b"application/xml; charset=utf-8",
    ".txt": b"text/plain; charset=utf-8", ".css": b"text/css", ".json": b"application/json",
}
MAX_HEAD = 64 * 1024


@dataclass(frozen=True)
class FileEntry:
    """A servable file with its precomputed validators."""

    path: str
    content_type: bytes
    etag: bytes
    last_modified: bytes
    mtime: int  # whole seconds, what If-Modified-Since can express


def address(index: int) -> str:
    return f"127.0.1.{index}"


def index_files(site_root: Path, port: int) -> dict[bytes, FileEntry]:
    """URL path -> file for one outlet; ``dir/index.html`` also answers ``dir/``."""
    files: dict[bytes, FileEntry] = {}
    pending = [(str(site_root), "/")]
    while pending:
        directory, url_dir = pending.pop()
        with os.scandir(directory) as entries:
            for item in entries:
                if item.is_dir():
                    pending.append((item.path, f"{url_dir}{item.name}/"))
                    continue
                stat = item.stat()
                entry = FileEntry(
                    path=item.path,
                    content_type=CONTENT_TYPES.get(os.path.splitext(item.name)[1], b"application/octet-stream"),
                    etag=f'"{stat.st_mtime_ns:x}-{stat.st_size:x}-{port:x}"'.encode(),
                    last_modified=formatdate(stat.st_mtime, usegmt=True).encode(), mtime=int(stat.st_mtime),
                )
                files[f"{url_dir}{item.name}".encode()] = entry
                if item.name == "index.html":
                    files[url_dir.encode()] = entry
    return files


class Stats:
    """Counters for ``/__stats``; plain attributes, the server is single-threaded."""

    def __init__(self, outlets: list[int]) -> None:
        self.started = time.monotonic()
        self.open = {index: 0 for index in outlets}
        self.reset()

    def reset(self) -> None:
        self.status: dict[int, int] = {}
        self.article_status: dict[int, int] = {}  # the same, for /news/... article pages only
        self.bytes = 0
        self.body_bytes = 0
        self.requests = {index: 0 for index in self.open}
        self.connections = 0
        self.peak = dict(self.open)

    def as_json(self) -> bytes:
        return json.dumps({
            "requests": sum(self.status.values()),
            "status": {str(code): count for code, count in sorted(self.status.items())},
            **{f"article_{code}": count for code, count in sorted(self.article_status.items())},
            "bytes": self.bytes, "body_bytes": self.body_bytes,
            "by_outlet": {str(i): n for i, n in self.requests.items()},
            "connections": {"total": self.connections, "open": sum(self.open.values()),
                            "peak_per_outlet": {str(i): n for i, n in self.peak.items()}},
            "uptime_s": round(time.monotonic() - self.started, 3),
        }).encode()


class DateClock:
    """The Date header, formatted once per second."""

    def __init__(self) -> None:
        self.second = -1
        self.value = b""

    def now(self) -> bytes:
        second = int(time.time())
        if second != self.second:
            self.second, self.value = second, formatdate(second, usegmt=True).encode()
        return self.value


class OutletSite:
    """One outlet's files as served on its own address."""

    def __init__(self, index: int, site_root: Path, port: int) -> None:
        self.index = index
        self.base = f"http://{address(index)}:{port}".encode()
        self.files = index_files(site_root, port)


class HttpProtocol(asyncio.Protocol):
    """HTTP/1.1 on one connection: parse requests as they arrive, answer them in order."""

    def __init__(self, outlet: OutletSite, stats: Stats, clock: DateClock) -> None:
        self.outlet = outlet
        self.stats = stats
        self.clock = clock
        self.buffer = b""
        self.transport: asyncio.Transport | None = None
        self.paused = False
        self.closing = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        stats, index = self.stats, self.outlet.index
        stats.connections += 1
        stats.open[index] += 1
        stats.peak[index] = max(stats.peak[index], stats.open[index])

    def connection_lost(self, exc: Exception | None) -> None:
        self.stats.open[self.outlet.index] -= 1
        self.transport = None

    def pause_writing(self) -> None:
        """The client reads slower than it pipelines: stop parsing until the buffer drains."""
        self.paused = True
        if self.transport is not None:
            self.transport.pause_reading()

    def resume_writing(self) -> None:
        self.paused = False
        if self.transport is not None and not self.closing:
            self.transport.resume_reading()
            self._process()

    def data_received(self, data: bytes) -> None:
        self.buffer = self.buffer + data if self.buffer else data
        self._process()

    def _process(self) -> None:
        while not self.paused and not self.closing and self.transport is not None:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(self.buffer) > MAX_HEAD:
                    self._error(431, b"Request Header Fields Too Large")
                return
            head = self.buffer[:end]
            lines = head.split(b"\r\n")
            parts = lines[0].split(b" ")
            if len(parts) != 3 or not parts[2].startswith(b"HTTP/1."):
                self._error(400, b"Bad Request")
                return
            headers: dict[bytes, bytes] = {}
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                headers[name.strip().lower()] = value.strip()
            length_text = headers.get(b"content-length", b"0")
            if not length_text.isdigit():
                self._error(400, b"Bad Request")
                return
            length = int(length_text)
            if len(self.buffer) < end + 4 + length:
                return  # wait for the (ignored) request body
            self.buffer = self.buffer[end + 4 + length:]
            connection = headers.get(b"connection", b"").lower()
            keep_alive = connection != b"close" if parts[2] == b"HTTP/1.1" else connection == b"keep-alive"
            self._respond(parts[0], parts[1], headers, keep_alive)
            if not keep_alive:
                self.closing = True
                self.transport.close()

    def _respond(self, method: bytes, target: bytes, headers: dict[bytes, bytes], keep_alive: bool) -> None:
        if target.startswith((b"http://", b"https://")):
            slash = target.find(b"/", target.find(b"//") + 2)
            target = target[slash:] if slash >= 0 else b"/"
        path = target.split(b"?", 1)[0].split(b"#", 1)[0]
        if b"%" in path:
            path = unquote_to_bytes(path)
        if path in (b"/__stats", b"/__reset"):
            if path == b"/__reset":
                self.stats.reset()
            body = self.stats.as_json() if path == b"/__stats" else b'{"reset": true}'
            self._send(200, b"OK", [(b"Content-Type", b"application/json")], body, True, keep_alive, counted=False)
            return
        if method not in (b"GET", b"HEAD"):
            self._send(405, b"Method Not Allowed", [(b"Allow", b"GET, HEAD"), (b"Content-Type", b"text/plain")],
                       b"405 Method Not Allowed\n", True, keep_alive)
            return
        with_body = method == b"GET"
        article = path.startswith(b"/news/")
        entry = self.outlet.files.get(path)
        if entry is None:
            if path + b"/" in self.outlet.files:
                self._send(301, b"Moved Permanently", [(b"Location", self.outlet.base + path + b"/")], b"",
                           with_body, keep_alive)
            else:
                self._send(404, b"Not Found", [(b"Content-Type", b"text/plain")], b"404 Not Found\n",
                           with_body, keep_alive, article=article)
            return
        validators = [(b"ETag", entry.etag), (b"Last-Modified", entry.last_modified)]
        if _not_modified(headers, entry):
            self._send(304, b"Not Modified", validators, b"", False, keep_alive, article=article)
            return
        try:
            fd = os.open(entry.path, os.O_RDONLY)
        except OSError:  # removed since the server started (the web was regenerated)
            self._send(404, b"Not Found", [(b"Content-Type", b"text/plain")], b"404 Not Found\n",
                       with_body, keep_alive, article=article)
            return
        try:
            body = os.read(fd, os.fstat(fd).st_size)
        finally:
            os.close(fd)
        if PLACEHOLDER in body:
            body = body.replace(PLACEHOLDER, self.outlet.base)
        self._send(200, b"OK", [(b"Content-Type", entry.content_type), *validators], body, with_body, keep_alive,
                   article=article)

    def _send(self, status: int, reason: bytes, headers: list[tuple[bytes, bytes]], body: bytes, with_body: bool,
              keep_alive: bool, counted: bool = True, article: bool = False) -> None:
        lines = [b"HTTP/1.1 %d %s\r\nServer: benchweb\r\nDate: %s\r\n" % (status, reason, self.clock.now())]
        lines += [b"%s: %s\r\n" % pair for pair in headers]
        if status != 304:
            lines.append(b"Content-Length: %d\r\n" % len(body))
        lines.append(b"\r\n" if keep_alive else b"Connection: close\r\n\r\n")
        head = b"".join(lines)
        payload = head + body if with_body else head
        if counted:
            stats = self.stats
            stats.status[status] = stats.status.get(status, 0) + 1
            if article:
                stats.article_status[status] = stats.article_status.get(status, 0) + 1
            stats.requests[self.outlet.index] += 1
            stats.bytes += len(payload)
            stats.body_bytes += len(payload) - len(head)
        if self.transport is not None:
            self.transport.write(payload)

    def _error(self, status: int, reason: bytes) -> None:
        self._send(status, reason, [(b"Content-Type", b"text/plain")], reason + b"\n", True, False)
        self.closing = True
        if self.transport is not None:
            self.transport.close()


def _not_modified(headers: dict[bytes, bytes], entry: FileEntry) -> bool:
    """RFC 9110: If-None-Match wins; If-Modified-Since counts only without it."""
    tags = headers.get(b"if-none-match")
    if tags is not None:
        return tags.strip() == b"*" or entry.etag in (t.strip().removeprefix(b"W/") for t in tags.split(b","))
    since = headers.get(b"if-modified-since")
    if since is None:
        return False
    if since == entry.last_modified:
        return True
    try:
        return parsedate_to_datetime(since.decode("latin-1")).timestamp() >= entry.mtime
    except (TypeError, ValueError, IndexError):
        return False
