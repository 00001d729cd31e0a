# A fast static HTTP/1.1 server for the benchmark web, one listening socket per outlet address 127.0.1.N.
# Raw asyncio.Protocol in its own process: it shares a 2-core machine with the crawler being measured.
"""Serve a generated benchmark web on loopback.

Outlet N's files (``site/N/``) are served at ``http://127.0.1.N:PORT/``; the
outlet is chosen by the address the connection came in on, never by the Host
header (one listening socket per address, all on one port). The HTTP itself
lives in :mod:`benchweb.httpd`: files read from disk per request (the page
cache keeps that fast and the server's memory small), ``{{BASE}}`` replaced
with the outlet's base URL, keep-alive, GET and HEAD, ``ETag`` and
``Last-Modified`` with 304 answers, 404 for unknown paths.

``GET /__stats`` on any address returns JSON counters (requests by status,
``article_<status>`` for ``/news/...`` pages alone, bytes, requests and peak
concurrent connections per outlet); ``GET`` or ``POST /__reset`` zeroes them.
Neither is counted.

Run ``python -m benchweb serve --root DIR [--port P]``; it prints
``ready port=P outlets=N`` once every address listens. :class:`BenchWeb`
does that from Python and stops the server on exit.
"""

from __future__ import annotations

import asyncio
import errno
import http.client
import json
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Self

from benchweb.httpd import DateClock, HttpProtocol, OutletSite, Stats, address
from benchweb.manifest import Manifest, read_pages, write_pages_csv, write_sources

PORT_ATTEMPTS = 25


class BenchWebError(RuntimeError):
    """The benchmark web server could not be started or queried; the message says why."""


def outlet_roots(root: Path) -> dict[int, Path]:
    """``site/N`` directories of a generated web, by outlet index.

    Raises:
        BenchWebError: ``root`` holds no generated web.
    """
    site = Path(root) / "site"
    roots = {int(p.name): p for p in site.iterdir() if p.is_dir() and p.name.isdigit()} if site.is_dir() else {}
    if not roots:
        raise BenchWebError(f"{root}: no generated web (expected site/1, site/2, ...); run python -m benchweb generate")
    return dict(sorted(roots.items()))


def bind_sockets(indexes: list[int], port: int) -> tuple[int, list[socket.socket]]:
    """One listening socket per outlet address, all on one port (a free one when ``port`` is 0).

    Raises:
        BenchWebError: the port is busy on some address, or no free port was found.
    """
    for _ in range(PORT_ATTEMPTS if port == 0 else 1):
        sockets: list[socket.socket] = []
        chosen = port
        try:
            for index in indexes:
                sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                sockets.append(sock)
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                sock.bind((address(index), chosen))
                chosen = sock.getsockname()[1]
                sock.listen(1024)
                sock.setblocking(False)
            return chosen, sockets
        except OSError as exc:
            for sock in sockets:
                sock.close()
            if exc.errno != errno.EADDRINUSE or port != 0:
                raise BenchWebError(f"cannot listen on {address(indexes[len(sockets) - 1])}:{chosen}: {exc}") from None
    raise BenchWebError(f"no port free on all of 127.0.1.1-127.0.1.{max(indexes)} after {PORT_ATTEMPTS} tries")


async def _serve(root: Path, port: int) -> None:
    roots = outlet_roots(root)
    port, sockets = bind_sockets(list(roots), port)
    stats, clock = Stats(list(roots)), DateClock()
    loop = asyncio.get_running_loop()
    servers = []
    for (index, site_root), sock in zip(roots.items(), sockets):
        outlet = OutletSite(index, site_root, port)
        servers.append(await loop.create_server(lambda o=outlet: HttpProtocol(o, stats, clock), sock=sock))
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    print(f"ready port={port} outlets={len(roots)}", flush=True)
    await stop.wait()
    for server in servers:
        server.close()


def serve_forever(root: Path, port: int = 0) -> int:
    """Serve until SIGTERM or SIGINT; the CLI's ``serve`` command. Returns the exit code."""
    try:
        asyncio.run(_serve(Path(root), port))
    except BenchWebError as exc:
        print(f"benchweb serve: {exc}", file=sys.stderr)
        return 2
    return 0


class BenchWeb:
    """The benchmark web server in a subprocess, for benchmarks and tests.

    Example::

        with BenchWeb(Path("/tmp/bw10k")) as web:
            web.write_sources(Path("sources.toml"))
            ...  # crawl web.url(3, "/sitemap.xml") and friends
            print(web.stats()["status"])

    Args:
        root: A directory written by :func:`benchweb.generate.build_web`.
        port: Port for every outlet address; 0 picks a free one.
        startup_timeout: Seconds to wait for ``ready`` before giving up.
    """

    def __init__(self, root: Path, port: int = 0, startup_timeout: float = 30.0) -> None:
        self.root = Path(root)
        self.requested_port = port
        self.startup_timeout = startup_timeout
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int:
        if self.process is None:
            raise BenchWebError("the benchmark web server is not running")
        return self.process.pid

    def start(self) -> Self:
        """Start the server and wait until every address listens.

        Raises:
            BenchWebError: the server exited or did not report ready within ``startup_timeout``.
        """
        if self.process is not None:
            return self
        outlet_roots(self.root)  # fail here, with the reason, rather than in the child
        stderr = tempfile.TemporaryFile()  # noqa: SIM115 - closed below, once the child's fate is known
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(Path(__file__).resolve().parents[1]),
                                                                         os.environ.get("PYTHONPATH"))))}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "benchweb", "serve", "--root", str(self.root), "--port", str(self.requested_port)],
            stdout=subprocess.PIPE, stderr=stderr, stdin=subprocess.DEVNULL, env=env)
        try:
            line = self._ready_line()
        except BenchWebError:
            self.stop()
            stderr.seek(0)
            detail = stderr.read().decode("utf-8", "replace").strip()
            stderr.close()
            raise BenchWebError(f"benchmark web server failed to start: {detail or 'no output'}") from None
        stderr.close()
        self.port = int(line.split("port=", 1)[1].split()[0])
        return self

    def _ready_line(self) -> str:
        assert self.process is not None and self.process.stdout is not None
        deadline = time.monotonic() + self.startup_timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise BenchWebError(f"not ready within {self.startup_timeout:g} s")
            readable, _, _ = select.select([self.process.stdout], [], [], remaining)
            if readable:
                line = self.process.stdout.readline().decode("utf-8", "replace")
                if line.startswith("ready port="):
                    self.process.stdout.close()
                    return line
                if not line:
                    raise BenchWebError(f"exited with code {self.process.wait()}")

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after 5 s)."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()
        self.process = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def url(self, outlet_index: int, path: str = "/") -> str:
        """``http://127.0.1.N:PORT/path``."""
        return f"http://{address(outlet_index)}:{self.port}{path}"

    def _call(self, method: str, path: str) -> dict:
        connection = http.client.HTTPConnection(address(1), self.port, timeout=10)
        try:
            connection.request(method, path)
            return json.loads(connection.getresponse().read())
        except (OSError, http.client.HTTPException, ValueError) as exc:
            raise BenchWebError(f"{method} {path} failed: {exc}") from None
        finally:
            connection.close()

    def stats(self) -> dict:
        """Counters since start or the last reset (see the module docstring)."""
        return self._call("GET", "/__stats")

    def reset_stats(self) -> None:
        self._call("POST", "/__reset")

    def write_sources(self, path: Path) -> Path:
        """A crawler sources file pointing at this server."""
        return write_sources(Manifest.load(self.root), self.port, path)

    def write_pages_csv(self, path: Path) -> Path:
        """``pages.csv`` with this server's URLs (for the offline importer)."""
        return write_pages_csv(self.root, self.port, path)

    def article_pages(self) -> list[tuple[str, str]]:
        """``(file, url)`` for every article page: the file on disk and its URL on this server."""
        return [(str(self.root / row["path"]), row["url"]) for row in read_pages(self.root, self.port)]

    def truth_by_url(self) -> dict[str, str]:
        """Article URL on this server -> story id (``f*``: a syndicated family, ``u*``: a unique story)."""
        return {row["url"]: row["story_id"] for row in read_pages(self.root, self.port)}
