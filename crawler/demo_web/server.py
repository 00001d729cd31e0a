"""Serve the bundled demo web on loopback, plus the two helpers that go with it.

The site is static files under ``site/``; the server only substitutes the ASCII
placeholder ``{{BASE}}`` with its own base URL (at the byte level, so EUC-KR and
windows-1252 pages pass through untouched, and inside gzipped sitemaps too) and
sends per-outlet Content-Type headers that real sites get wrong in realistic ways.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import unquote

from .content import OUTLETS

HERE = Path(__file__).resolve().parent
SITE = HERE / "site"
PLACEHOLDER = b"{{BASE}}"
# The demo files never change while served: one fixed Last-Modified for all of them.
LAST_MODIFIED = "Fri, 27 Nov 2026 00:00:00 GMT"


def content_type(url_path: str) -> str:
    """Content-Type by extension, with each outlet's own header for its HTML pages."""
    if url_path.endswith(".xml.gz"):
        return "application/x-gzip"
    if url_path.endswith(".xml"):
        return "application/xml"
    if url_path.endswith(".txt"):
        return "text/plain"
    if url_path.endswith(".svg"):
        return "image/svg+xml"
    if url_path.endswith(".html") or url_path.endswith("/"):
        for outlet in OUTLETS:
            if url_path.startswith(outlet.prefix):
                return outlet.html_content_type
        return "text/html; charset=utf-8"
    return "application/octet-stream"


def substitute(data: bytes, url_path: str, base_url: str) -> bytes:
    """Fill in the base URL; gzipped files are unpacked, edited and packed again."""
    base = base_url.encode("ascii")
    if url_path.endswith(".gz"):
        return gzip.compress(gzip.decompress(data).replace(PLACEHOLDER, base), mtime=0)
    return data.replace(PLACEHOLDER, base)


class _Handler(BaseHTTPRequestHandler):
    """Maps request paths to files under site/; the query string never matters."""

    server: "_Server"
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        self._respond(with_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._respond(with_body=False)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Stay quiet: tests and `make demo` should not print a line per request."""

    def _respond(self, with_body: bool) -> None:
        self.server.demo._log(self.path)
        # Split by hand: urlsplit() would read "//x/y" as a host name.
        url_path = unquote(self.path.split("?", 1)[0].split("#", 1)[0]) or "/"
        target = self.server.demo._resolve(url_path)
        if target is None:
            self._send(HTTPStatus.NOT_FOUND, b"404 Not Found\n", "text/plain", with_body)
        elif target.is_dir():
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", self.server.demo.base_url + url_path + "/")
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            body = substitute(target.read_bytes(), url_path, self.server.demo.base_url)
            if not self.server.demo.validators:
                self._send(HTTPStatus.OK, body, content_type(url_path), with_body)
                return
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            validators = {"ETag": etag, "Last-Modified": LAST_MODIFIED}
            if self.headers.get("If-None-Match") == etag or (
                "If-None-Match" not in self.headers and self.headers.get("If-Modified-Since") == LAST_MODIFIED
            ):
                self._send(HTTPStatus.NOT_MODIFIED, b"", None, False, validators)
                return
            self._send(HTTPStatus.OK, body, content_type(url_path), with_body, validators)

    def _send(self, status: HTTPStatus, body: bytes, ctype: str | None, with_body: bool,
              extra: dict[str, str] | None = None) -> None:
        conditional = "If-None-Match" in self.headers or "If-Modified-Since" in self.headers
        self.server.demo._log_response(self.path, int(status), conditional)
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        if status != HTTPStatus.NOT_MODIFIED:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    demo: "DemoWeb"

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients hanging up mid-response are normal for crawlers; say nothing."""


class DemoWeb:
    """Serves the demo site on loopback in a background thread (ThreadingHTTPServer).

    ``root`` serves another generated site the same way (the grouping evaluation set).
    Files carry an ``ETag`` and ``Last-Modified`` and conditional requests get 304,
    unless ``validators`` is False (a server that sends none).
    ``responses`` records ``(path, status, conditional)`` for every answer.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, root: Path | None = None,
                 validators: bool = True) -> None:
        self.root = (Path(root) if root is not None else SITE).resolve()
        self.validators = validators
        self.responses: list[tuple[str, int, bool]] = []
        self.host = host
        self.port = port
        self.base_url = ""
        self.requested_paths: list[str] = []
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> str:
        """Start serving; return the base URL, e.g. "http://127.0.0.1:54321"."""
        if self._server is not None:
            return self.base_url
        server = _Server((self.host, self.port), _Handler)
        server.demo = self
        self._server = server
        self.port = server.server_address[1]
        self.base_url = f"http://{self.host}:{self.port}"
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="demo-web", daemon=True)
        self._thread.start()
        return self.base_url

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> "DemoWeb":
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def reset_log(self) -> None:
        with self._lock:
            self.requested_paths.clear()
            self.responses.clear()

    def _log_response(self, raw_path: str, status: int, conditional: bool) -> None:
        with self._lock:
            self.responses.append((raw_path, status, conditional))

    def _log(self, raw_path: str) -> None:
        with self._lock:
            self.requested_paths.append(raw_path)

    def _resolve(self, url_path: str) -> Path | None:
        """The file (or directory) a URL path names, or None; never escapes the site root."""
        relative = url_path.lstrip("/")
        if url_path.endswith("/"):
            relative += "index.html"
        target = (self.root / relative).resolve()
        if target != self.root and self.root not in target.parents:
            return None
        return target if target.exists() else None


def write_sources(base_url: str, path: Path, template_path: Path | None = None) -> Path:
    """Write a sources file with the server's base URL filled in (default: the demo web's)."""
    template = (template_path or HERE / "sources.toml").read_text(encoding="utf-8")
    path = Path(path)
    path.write_text(template.replace("{{BASE}}", base_url.rstrip("/")), encoding="utf-8")
    return path


def load_ground_truth() -> dict:
    """The answer key written by build.py: articles, stories, non-articles, URL variants."""
    return json.loads((HERE / "ground_truth.json").read_text(encoding="utf-8"))


def main() -> None:
    """Browse the demo web by hand: ``python -m crawler.demo_web.server --port 8765``."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--sources", type=Path, help="also write a sources.toml here")
    args = parser.parse_args()
    web = DemoWeb(port=args.port)
    base = web.start()
    if args.sources:
        write_sources(base, args.sources)
    print(f"demo web at {base}/ (Ctrl-C to stop)")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        web.stop()


if __name__ == "__main__":
    main()
