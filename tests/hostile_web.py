"""A hostile web on loopback: broken listings, bombs, traps and liars, plus a few well-behaved outlets.

Why it exists: the crawler reads the open web, where feeds are truncated, XML is
weaponised, servers lie about sizes and types, rate-limit, stall or redirect in
circles. ``tests/test_hostile.py`` crawls this server through the real CLI and
checks that nothing of that stops, slows or bloats the crawl, and that every
case leaves a reason in the log or the stats.

Everything is invented and generated here; huge bodies are streamed at request
time and never stored. Every loop in the server is bounded (by bytes, items or
time) and every wait ends when the server stops, so a test process always exits.
"""

from __future__ import annotations

import calendar
import json
import random
import socket
import struct
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from xml.sax.saxutils import escape

__all__ = ["Expected", "Hit", "HostileWeb", "OutletSpec"]

MIB = 1024 * 1024
# Sizes and counts of the generated monsters.
HUGE_PAGE_BYTES = 50 * MIB
GZIP_BOMB_MIB = 1100  # > 1 GB once inflated
FLOOD_LINKS = 100_000
LONG_CHAIN_HOPS = 30
# Server-side bounds: no handler may outlive these, whatever the client does.
HANG_SECONDS = 30.0
TRICKLE_SECONDS = 30.0
SOCKET_TIMEOUT = 10.0
WRITE_CHUNK = 64 * 1024

# The one phrase with non-ASCII characters every mislabelled article carries; all
# of it exists in windows-1252 too, so it survives every encoding used here.
ACCENTED_PHRASE = "At the café in Zürich the naïve façade drew “praise” — and €12 tickets sold out."


# --- invented text ----------------------------------------------------------------

_PLACES = ["Marrowby", "Quillfield", "Oster Bay", "Tansy Hollow", "Brackwater", "Fennick Cross",
           "Lowmere", "Harrowgate Flats", "Pellingford", "Cindervale", "Wrenhaven", "Saltmarsh End"]
_SUBJECTS = ["The town council", "A group of volunteers", "The harbour authority", "Local bakers",
             "The district school board", "Residents of the old mill quarter", "The regional water board",
             "A coalition of fishing crews", "The county library service", "Organisers of the autumn fair",
             "The ferry operators' guild", "A committee of retired engineers"]
_VERBS = ["approved", "postponed", "unveiled", "questioned", "celebrated", "debated", "funded",
          "reopened", "inspected", "expanded", "redesigned", "defended"]
_OBJECTS = ["a plan to repair the crumbling sea wall", "the new cycling path along the canal",
            "a programme of free evening classes", "the restoration of the market clock tower",
            "a survey of nesting birds on the dunes", "the budget for winter road gritting",
            "a pilot scheme for electric passenger ferries", "the long-delayed community orchard",
            "a bid to host the national rowing trials", "repairs to the covered market roof",
            "a lending scheme for garden tools", "the conversion of the old rope works into studios"]
_CLAUSES = ["after a meeting that ran well past midnight", "despite objections from several shop owners",
            "following two years of careful planning", "with support from a regional arts fund",
            "once the spring floods had receded", "after a petition gathered {n} signatures",
            "at a cost of about {n} thousand crowns", "in a vote of {a} to {b}",
            "before the first frost of the season", "while engineers studied the tide tables",
            "after residents filled the parish hall twice", "as part of a ten-year renewal plan"]
_QUOTES = ["\u201cWe have waited a long time for this,\u201d said {name}, who has lived in {place} for {n} years.",
           "{name}, a spokesperson for the project, said the timetable would be published within weeks.",
           "\u201cNobody expected the turnout we saw tonight,\u201d {name} told reporters outside the hall.",
           "{name} warned that the costs could rise if the work slipped into the storm season.",
           "According to {name}, the idea began as a conversation between neighbours at the ferry stop.",
           "\u201cIt is a modest step, but a real one,\u201d said {name}, who chairs the local residents' group."]
_NAMES = ["Ilse Varrow", "Tomas Quenby", "Odile Marsh", "Pieter Hale", "Senna Brook", "Arvid Lume",
          "Greta Poll", "Jonah Wexley", "Maren Tolk", "Esko Dray"]
_DETAILS = ["Work is expected to start in the spring and to last about {n} months.",
            "The council said the money would come from reserves rather than new charges.",
            "Maps of the affected streets will be posted at the library and the harbour office.",
            "A public meeting to discuss the details is planned for the second week of next month.",
            "Similar schemes in {place} were finished on time and slightly under budget.",
            "Shops along the route will stay open while the work goes on, the organisers said.",
            "The plan still needs the approval of the regional planning office in {place}.",
            "Volunteers will be asked to help with the first phase over {n} weekends."]


@dataclass(frozen=True)
class InventedArticle:
    """One invented news report: a headline and its paragraphs (150+ words)."""

    title: str
    paragraphs: list[str]
    author: str
    published: str  # ISO 8601 UTC

    @property
    def word_count(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)


def invent_article(seed: int, extra: str | None = None) -> InventedArticle:
    """A deterministic invented report for ``seed``; ``extra`` is added as its own paragraph.

    Random composition keeps different seeds from sharing long word runs, so the
    grouping pipeline treats each as its own story and nothing is merged away.
    """
    rnd = random.Random(seed)

    def fill(template: str) -> str:
        return template.format(n=rnd.randint(3, 900), a=rnd.randint(5, 9), b=rnd.randint(1, 4),
                               name=rnd.choice(_NAMES), place=rnd.choice(_PLACES))

    place = rnd.choice(_PLACES)
    subject, verb, obj = rnd.choice(_SUBJECTS), rnd.choice(_VERBS), rnd.choice(_OBJECTS)
    paragraphs = [f"{subject} in {place} {verb} {obj} {fill(rnd.choice(_CLAUSES))}."]
    for _ in range(6):
        sentences = [
            f"{rnd.choice(_SUBJECTS)} in {rnd.choice(_PLACES)} {rnd.choice(_VERBS)} {rnd.choice(_OBJECTS)} "
            f"{fill(rnd.choice(_CLAUSES))}.",
            fill(rnd.choice(_QUOTES)),
            fill(rnd.choice(_DETAILS)),
        ]
        rnd.shuffle(sentences)
        paragraphs.append(" ".join(sentences))
    if extra:
        paragraphs.insert(2, extra)
    day = 1 + seed % 27
    hour = seed % 24
    article = InventedArticle(
        title=f"{place}: {subject.split(' ', 1)[1] if subject.startswith('The ') else subject} {verb} "
              f"{obj.split(' ', 1)[1]} (report {seed})",
        paragraphs=paragraphs,
        author=rnd.choice(_NAMES),
        published=f"2026-11-{day:02d}T{hour:02d}:15:00Z",
    )
    assert article.word_count >= 150, article.word_count
    return article


def article_html(article: InventedArticle, url: str, *, charset_tag: str = '<meta charset="utf-8">') -> str:
    """A plain article page: JSON-LD NewsArticle, OpenGraph, one <article> with the paragraphs."""
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
                     "datePublished": article.published, "author": {"@type": "Person", "name": article.author},
                     "mainEntityOfPage": url})  # ensure_ascii: safe in any page encoding
    body = "\n".join(f"    <p>{escape(p)}</p>" for p in article.paragraphs)
    attribute_title = escape(article.title, {'"': "&quot;"})
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
        f"  {charset_tag}\n  <title>{escape(article.title)}</title>\n"
        f"  <meta property=\"og:type\" content=\"article\">\n"
        f"  <meta property=\"og:title\" content=\"{attribute_title}\">\n"
        f"  <link rel=\"canonical\" href=\"{escape(url)}\">\n"
        f"  <script type=\"application/ld+json\">{ld}</script>\n"
        "</head>\n<body>\n  <header><a href=\"/\">Home</a></header>\n  <article>\n"
        f"    <h1>{escape(article.title)}</h1>\n    <p class=\"byline\">By {escape(article.author)}</p>\n"
        f"{body}\n  </article>\n  <footer><p>Invented for the wirewatch test suite.</p></footer>\n"
        "</body>\n</html>\n"
    )


def short_page(title: str) -> str:
    """A stub page far under the minimum word count (the flood outlet's pages)."""
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
            f"</head><body><article><h1>{escape(title)}</h1><p>Nothing to see here yet.</p></article>"
            "</body></html>")


def meta_refresh_page(target: str) -> str:
    """An HTML page that only sends the browser elsewhere, at once."""
    return (f"<!DOCTYPE html><html><head><meta http-equiv=\"refresh\" content=\"0; url={escape(target)}\">"
            "<title>Moved</title></head><body><p>Moved.</p></body></html>")


# --- listings -----------------------------------------------------------------------

def rss_feed(title: str, site: str, items: Iterable[tuple[str, str, str]]) -> str:
    """RSS 2.0 with (url, title, ISO date) items; pubDate in RFC 822 as real feeds use."""
    parts = [f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
             f"<title>{escape(title)}</title><link>{escape(site)}</link><language>en</language>"]
    for url, item_title, published in items:
        pub = formatdate(calendar.timegm(time.strptime(published, "%Y-%m-%dT%H:%M:%SZ")), usegmt=True)
        parts.append(f"<item><title>{escape(item_title)}</title><link>{escape(url)}</link>"
                     f"<pubDate>{pub}</pubDate></item>")
    parts.append("</channel></rss>\n")
    return "".join(parts)


def atom_feed(title: str, entries: Iterable[tuple[str, str, str]]) -> str:
    """Atom 1.0 with (url, title, ISO date) entries."""
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
             f"<title>{escape(title)}</title><id>urn:invented:{escape(title)}</id>"
             "<updated>2026-11-20T00:00:00Z</updated>"]
    for url, entry_title, published in entries:
        parts.append(f"<entry><title>{escape(entry_title)}</title><link href=\"{escape(url)}\"/>"
                     f"<id>{escape(url)}</id><updated>{published}</updated></entry>")
    parts.append("</feed>\n")
    return "".join(parts)


def urlset(urls: Iterable[str]) -> str:
    """A plain XML sitemap."""
    locs = "".join(f"<url><loc>{escape(u)}</loc></url>" for u in urls)
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>\n')


def sitemap_index(urls: Iterable[str]) -> str:
    """A sitemap index naming child sitemaps."""
    locs = "".join(f"<sitemap><loc>{escape(u)}</loc></sitemap>" for u in urls)
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</sitemapindex>\n')


def billion_laughs(document: str) -> bytes:
    """``document`` (which uses ``&lol9;``) behind the classic exponential entity DTD (10^9 "lol"s)."""
    entities = ['<!ENTITY lol "lol">']
    entities += [f'<!ENTITY lol{i} "{("&lol;" if i == 1 else f"&lol{i - 1};") * 10}">' for i in range(1, 10)]
    root = document.split("<", 2)[1].split()[0].strip(">")
    return (f'<?xml version="1.0"?>\n<!DOCTYPE {root} [\n  ' + "\n  ".join(entities) + "\n]>\n"
            + document).encode()


def garbage(seed: int, size: int) -> bytes:
    """Deterministic random bytes (NULs and invalid UTF-8 included)."""
    return random.Random(seed).randbytes(size)


def gzip_bomb(mib: int = GZIP_BOMB_MIB) -> bytes:
    """A valid one-member gzip stream of ``mib`` MiB of zeros, about 1 KB per MiB.

    Built from one full-flushed deflate block repeated (each block is
    self-contained), so making a 1.1 GB bomb costs one CRC pass, not a
    ten-second compression.
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    zeros = bytes(MIB)
    block = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = compressor.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(mib):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + block * mib + tail + struct.pack("<II", crc, (mib * MIB) & 0xFFFFFFFF)


def tiny_png(seed: int = 1, side: int = 48) -> bytes:
    """A real (decodable) PNG: a small RGB noise image."""
    rnd = random.Random(seed)
    rows = b"".join(b"\x00" + rnd.randbytes(side * 3) for _ in range(side))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


# --- what the tests need to know ----------------------------------------------------

@dataclass(frozen=True)
class Hit:
    """One request the server received: when, for which Host header, which path."""

    at: float
    host: str
    path: str


@dataclass
class Expected:
    """What a correct crawl does with one outlet (filled in as the site is built)."""

    stored_paths: list[str] = field(default_factory=list)  # articles that must be stored
    phrases: dict[str, str] = field(default_factory=dict)  # path -> text its stored body must contain
    fails_entirely: bool = False
    never_requested: list[str] = field(default_factory=list)  # paths a correct crawl never asks for


@dataclass
class OutletSpec:
    """One outlet of the hostile web as it goes into the sources file."""

    id: str
    name: str
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    expected: Expected = field(default_factory=Expected)


Route = Callable[["_Handler"], None]


class _Handler(BaseHTTPRequestHandler):
    """Dispatches to the routes of its :class:`HostileWeb`; quiet, bounded by socket timeouts."""

    server: _Server
    protocol_version = "HTTP/1.1"
    timeout = SOCKET_TIMEOUT  # reads and writes on a dead client give up instead of hanging

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        web = self.server.web
        path = self.path.split("#", 1)[0]
        web._record(self.headers.get("Host", ""), path)
        route = web._route(path.split("?", 1)[0])
        if route is None:
            self.send_bytes(HTTPStatus.NOT_FOUND, b"404 Not Found\n", "text/plain")
        else:
            route(self)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Stay quiet: the request log is kept in memory for the tests."""

    # --- response helpers used by the routes ---

    def send_bytes(self, status: int, body: bytes, content_type: str | None,
                   headers: Iterable[tuple[str, str]] = ()) -> None:
        """A complete response with Content-Length; ``content_type=None`` sends no Content-Type at all."""
        self.send_response(status)
        if content_type is not None:
            self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self._write(body)

    def send_redirect(self, location: str, status: int = HTTPStatus.FOUND) -> None:
        self.send_bytes(status, b"", "text/plain", [("Location", location)])

    def send_stream(self, content_type: str, chunks: Iterator[bytes], declared_length: int | None) -> None:
        """Stream generated chunks: with a declared Content-Length, or chunked when it is None.

        Stops at the first write error (the crawler hanging up is the expected
        ending for oversized bodies) or when the server stops.
        """
        web = self.server.web
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        if declared_length is None:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(declared_length))
        self.end_headers()
        for chunk in chunks:
            if web.stopping:
                self.close_connection = True
                return
            data = chunk if declared_length is not None else b"%x\r\n%s\r\n" % (len(chunk), chunk)
            if not self._write(data):
                return
        if declared_length is None:
            self._write(b"0\r\n\r\n")

    def hang(self, seconds: float) -> None:
        """Accept the request and never answer; return (closing the socket) after ``seconds`` or at stop."""
        self.server.web._stop.wait(seconds)
        self.close_connection = True

    def trickle(self, seconds: float, interval: float = 0.25) -> None:
        """Promise a page, then send one byte per ``interval``: never finishes within a download timeout."""
        web = self.server.web
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not web.stopping:
            if not self._write(b" "):
                return
            web._stop.wait(interval)
        self.close_connection = True

    def _write(self, data: bytes) -> bool:
        try:
            self.wfile.write(data)
            self.wfile.flush()
            return True
        except (BrokenPipeError, ConnectionResetError, socket.timeout, OSError):
            self.close_connection = True
            return False


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a stuck handler never keeps the test process alive
    block_on_close = False
    request_queue_size = 64
    web: HostileWeb

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients hanging up mid-response is what most routes here provoke; say nothing."""


class HostileWeb:
    """Serves the hostile web on a free loopback port from a background thread.

    ``outlets`` lists every outlet with what a correct crawl does with it;
    ``hits`` is the request log (Host header and path), the evidence that
    offsite links were never followed and that limits held.
    """

    def __init__(self, host: str = "127.0.0.1", hang_seconds: float = HANG_SECONDS) -> None:
        self.host = host
        self.hang_seconds = hang_seconds
        self.port = 0
        self.base_url = ""
        self.outlets: list[OutletSpec] = []
        self._routes: dict[str, Route] = {}
        self._prefix_routes: list[tuple[str, Route]] = []
        self._hits: list[Hit] = []
        self._counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._bomb: bytes | None = None

    # --- lifecycle ---

    def start(self) -> str:
        """Bind, build every outlet for the bound port, serve; return the base URL."""
        if self._server is not None:
            return self.base_url
        server = _Server((self.host, 0), _Handler)
        server.web = self
        self._server = server
        self.port = server.server_address[1]
        self.base_url = f"http://{self.host}:{self.port}"
        self._bomb = gzip_bomb()
        self._build()
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="hostile-web", daemon=True)
        self._thread.start()
        return self.base_url

    def stop(self) -> None:
        """Release every waiting handler, then shut the listener down."""
        self._stop.set()
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def __enter__(self) -> HostileWeb:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # --- what the tests read ---

    @property
    def hits(self) -> list[Hit]:
        with self._lock:
            return list(self._hits)

    def url(self, path: str) -> str:
        return self.base_url + path

    def write_sources(self, path: Path) -> Path:
        """Write the sources file (TOML) naming every outlet of this web."""
        lines: list[str] = []
        for outlet in self.outlets:
            lines += ["[[outlets]]", f'id = "{outlet.id}"', f'name = "{outlet.name}"']
            if outlet.feeds:
                lines.append("feeds = [" + ", ".join(f'"{u}"' for u in outlet.feeds) + "]")
            if outlet.sitemaps:
                lines.append("sitemaps = [" + ", ".join(f'"{u}"' for u in outlet.sitemaps) + "]")
            lines.append("")
        path = Path(path)
        path.write_text("\n".join(lines), encoding="utf-8")
        return path

    # --- plumbing ---

    def _record(self, host: str, path: str) -> None:
        with self._lock:
            self._hits.append(Hit(time.monotonic(), host, path))
            self._counts[path.split("?", 1)[0]] += 1

    def _attempt(self, path: str) -> int:
        """How many times ``path`` has been requested so far, this request included."""
        with self._lock:
            return self._counts[path]

    def _route(self, path: str) -> Route | None:
        if path in self._routes:
            return self._routes[path]
        for prefix, route in self._prefix_routes:
            if path.startswith(prefix):
                return route
        return None

    def _add(self, path: str, route: Route) -> str:
        self._routes[path] = route
        return path

    def _static(self, path: str, body: bytes | str, content_type: str | None,
                headers: Iterable[tuple[str, str]] = ()) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        extra = list(headers)
        return self._add(path, lambda h: h.send_bytes(HTTPStatus.OK, data, content_type, extra))

    def _article(self, path: str, seed: int, *, extra: str | None = None, encoding: str = "utf-8",
                 content_type: str | None = "text/html; charset=utf-8",
                 charset_tag: str = '<meta charset="utf-8">', bom: bool = False) -> tuple[str, str, str]:
        """Serve an invented article at ``path``; return (url, title, published) for listings."""
        url = self.url(path)
        article = invent_article(seed, extra)
        body = article_html(article, url, charset_tag=charset_tag).encode(encoding)
        if bom:
            body = b"\xef\xbb\xbf" + body
        self._static(path, body, content_type)
        return url, article.title, article.published

    def _outlet(self, outlet_id: str, name: str) -> OutletSpec:
        outlet = OutletSpec(outlet_id, name)
        self.outlets.append(outlet)
        return outlet

    # --- the web ---------------------------------------------------------------------

    def _build(self) -> None:
        self._static("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
        self._add("/offsite-only/", lambda h: h.send_bytes(HTTPStatus.OK, b"never", "text/plain"))
        self._prefix_routes.append(("/offsite-only/", self._routes["/offsite-only/"]))
        self._build_well_behaved()
        self._build_broken_listings()
        self._build_bombs()
        self._build_redirects()
        self._build_heavy()
        self._build_stall()
        self._build_rate_limited()
        self._build_mislabelled()
        self._build_flood()
        self._build_wanderer()

    def _build_well_behaved(self) -> None:
        """Three ordinary outlets: an RSS feed and five articles each; all 15 must be stored."""
        for number, (slug, name) in enumerate([("calm-harbor-times", "Calm Harbor Times"),
                                                ("quiet-valley-post", "Quiet Valley Post"),
                                                ("steady-ridge-gazette", "Steady Ridge Gazette")]):
            outlet = self._outlet(slug, name)
            items = []
            for n in range(5):
                path = f"/ok/{slug}/news/2026/11/report-{n}.html"
                items.append(self._article(path, seed=100 * (number + 1) + n))
                outlet.expected.stored_paths.append(path)
            outlet.feeds.append(self.url(self._static(f"/ok/{slug}/rss.xml",
                                                      rss_feed(name, self.url(f"/ok/{slug}/"), items),
                                                      "application/rss+xml")))

    def _build_broken_listings(self) -> None:
        """Malformed RSS, Atom and sitemaps; broken-* have nothing usable, truncated-feeds has some."""
        base = self.url("/h")
        rss = self._outlet("broken-rss", "Broken RSS")
        body = (b'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Broken <b>feed'
                b"</title>\n<item><title>First <link>" + f"{base}/broken-rss/a/1.html".encode()
                + b"\n<item><guid>" + garbage(1, 400))
        rss.feeds.append(self.url(self._static("/h/broken-rss/rss.xml", body, "application/rss+xml")))
        rss.expected.fails_entirely = True

        atom = self._outlet("broken-atom", "Broken Atom")
        body = (b'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
                b"<title>t</title><entry><title>Cut <link href=\"" + f"{base}/broken-atom/a/1.ht".encode()
                + garbage(2, 400))
        atom.feeds.append(self.url(self._static("/h/broken-atom/atom.xml", body, "application/atom+xml")))
        atom.expected.fails_entirely = True

        sitemap = self._outlet("broken-sitemap", "Broken Sitemap")
        body = (b'<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
                b'sitemap/0.9"><url><loc>' + f"{base}/broken-sitemap/a/1.html".encode()
                + b"<url><loc>" + f"{base}/broken-sitemap/a/2.html".encode() + b"<lastmod>2026-13-45"
                + garbage(3, 400))
        sitemap.sitemaps.append(self.url(self._static("/h/broken-sitemap/sitemap.xml", body, "application/xml")))
        sitemap.expected.fails_entirely = True

        # Cut off mid-download: the complete entries are usable, the cut one is not.
        outlet = self._outlet("truncated-feeds", "Truncated Feeds")
        items = [self._article(f"/h/truncated/a/{n}.html", seed=400 + n) for n in range(4)]
        rss_text = rss_feed("Truncated", self.url("/h/truncated/"), items[:2] + [
            (self.url("/h/truncated/a/cut-rss.html"), "Cut", "2026-11-03T10:00:00Z")])
        cut = rss_text.index("/h/truncated/a/cut-rss") + len("/h/truncated/a/cut")
        outlet.feeds.append(self.url(self._static("/h/truncated/rss.xml", rss_text[:cut].encode() + garbage(4, 64),
                                                  "application/rss+xml")))
        atom_text = atom_feed("Truncated", [items[2], (self.url("/h/truncated/a/cut-atom.html"), "Cut",
                                                       "2026-11-03T10:00:00Z")])
        cut = atom_text.index("/h/truncated/a/cut-atom") + len("/h/truncated/a/cut")
        outlet.feeds.append(self.url(self._static("/h/truncated/atom.xml", atom_text[:cut],
                                                  "application/atom+xml")))
        sitemap_text = urlset([items[3][0], self.url("/h/truncated/a/cut-sitemap.html")])
        cut = sitemap_text.index("/h/truncated/a/cut-sitemap") + len("/h/truncated/a/cut")
        outlet.sitemaps.append(self.url(self._static("/h/truncated/sitemap.xml", sitemap_text[:cut],
                                                     "application/xml")))
        outlet.expected.stored_paths += [f"/h/truncated/a/{n}.html" for n in range(4)]
        outlet.expected.never_requested += ["/h/truncated/a/cut"]

    def _build_bombs(self) -> None:
        """Billion laughs as a feed and a sitemap; a 1.1 GB gzip bomb as a .xml.gz sitemap."""
        victim = self.url("/h/bombs/a/never.html")
        feed = self._outlet("bomb-feed", "Entity Bomb Feed")
        document = (f'<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title>'
                    f"<link>{victim}</link><description>&lol9;</description></item></channel></rss>")
        feed.feeds.append(self.url(self._static("/h/bomb-feed/rss.xml", billion_laughs(document),
                                                "application/rss+xml")))
        feed.expected.fails_entirely = True
        feed.expected.never_requested.append("/h/bombs/a/")

        sitemap = self._outlet("bomb-sitemap", "Entity Bomb Sitemap")
        document = (f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{victim}&lol9;</loc>'
                    "</url></urlset>")
        sitemap.sitemaps.append(self.url(self._static("/h/bomb-sitemap/sitemap.xml", billion_laughs(document),
                                                      "application/xml")))
        sitemap.expected.fails_entirely = True

        gz = self._outlet("gzip-bomb-sitemap", "Gzip Bomb Sitemap")
        assert self._bomb is not None
        gz.sitemaps.append(self.url(self._static("/h/gzip-bomb/sitemap.xml.gz", self._bomb, "application/x-gzip")))
        gz.expected.fails_entirely = True

    def _build_redirects(self) -> None:
        """Loops (HTTP and meta refresh), a self-redirect, a 30-hop chain, a short chain, offsite hops."""
        outlet = self._outlet("redirects", "Redirect Maze")
        good = self._article("/h/redirects/a/plain.html", seed=500)
        landed = self._article("/h/redirects/a/landed.html", seed=501)
        self._add("/h/redirects/loop/a.html", lambda h: h.send_redirect(self.url("/h/redirects/loop/b.html")))
        self._add("/h/redirects/loop/b.html", lambda h: h.send_redirect(self.url("/h/redirects/loop/a.html")))
        self._add("/h/redirects/self.html", lambda h: h.send_redirect("/h/redirects/self.html", 301))

        def chain(h: _Handler) -> None:
            hop = int(h.path.rsplit("/", 1)[1].split(".")[0])
            target = "/h/redirects/a/plain.html" if hop >= LONG_CHAIN_HOPS else f"/h/redirects/chain/{hop + 1}.html"
            h.send_redirect(self.url(target), 307)

        self._prefix_routes.append(("/h/redirects/chain/", chain))
        self._add("/h/redirects/short/0.html", lambda h: h.send_redirect(self.url("/h/redirects/short/1.html"), 301))
        self._add("/h/redirects/short/1.html", lambda h: h.send_redirect("/h/redirects/a/landed.html", 302))
        self._static("/h/redirects/meta/a.html", meta_refresh_page(self.url("/h/redirects/meta/b.html")),
                     "text/html; charset=utf-8")
        self._static("/h/redirects/meta/b.html", meta_refresh_page(self.url("/h/redirects/meta/a.html")),
                     "text/html; charset=utf-8")
        offsite = f"http://localhost:{self.port}/offsite-only"
        self._add("/h/redirects/away.html", lambda h: h.send_redirect(f"{offsite}/away.html"))
        listed = [good, (self.url("/h/redirects/loop/a.html"), "Loop", "2026-11-04T09:00:00Z"),
                  (self.url("/h/redirects/self.html"), "Self", "2026-11-04T09:00:00Z"),
                  (self.url("/h/redirects/chain/0.html"), "Chain", "2026-11-04T09:00:00Z"),
                  (self.url("/h/redirects/short/0.html"), landed[1], landed[2]),
                  (self.url("/h/redirects/meta/a.html"), "Meta loop", "2026-11-04T09:00:00Z"),
                  (self.url("/h/redirects/away.html"), "Away", "2026-11-04T09:00:00Z")]
        outlet.feeds.append(self.url(self._static("/h/redirects/rss.xml",
                                                  rss_feed("Redirect Maze", self.url("/h/redirects/"), listed),
                                                  "application/rss+xml")))
        # Listings that redirect in a loop or off the outlet's domain: followed by a plain
        # crawler because listing requests skip the duplicate and offsite filters.
        self._add("/h/redirects/loop-feed.xml", lambda h: h.send_redirect(self.url("/h/redirects/loop-feed2.xml")))
        self._add("/h/redirects/loop-feed2.xml", lambda h: h.send_redirect(self.url("/h/redirects/loop-feed.xml")))
        self._add("/h/redirects/away-feed.xml", lambda h: h.send_redirect(f"{offsite}/feed.xml"))
        outlet.feeds += [self.url("/h/redirects/loop-feed.xml"), self.url("/h/redirects/away-feed.xml")]
        outlet.expected.stored_paths += ["/h/redirects/a/plain.html", "/h/redirects/a/landed.html"]
        outlet.expected.never_requested += [f"/h/redirects/chain/{LONG_CHAIN_HOPS}.html"]

    def _build_heavy(self) -> None:
        """50 MB pages (declared and chunked) and a gzip-encoded response inflating to 1.1 GB."""
        outlet = self._outlet("heavy", "Heavy Pages")
        fine = self._article("/h/heavy/a/fine.html", seed=600)
        filler = (b"<p>" + b"filler text that goes on and on " * 2000 + b"</p>\n")[:WRITE_CHUNK]

        def huge_chunks() -> Iterator[bytes]:
            yield b"<!DOCTYPE html><html><head><title>Huge</title></head><body><article>"
            for _ in range(HUGE_PAGE_BYTES // WRITE_CHUNK):
                yield filler

        self._add("/h/heavy/a/huge.html", lambda h: h.send_stream("text/html; charset=utf-8", huge_chunks(),
                                                                  HUGE_PAGE_BYTES + 70))
        self._add("/h/heavy/a/huge-chunked.html", lambda h: h.send_stream("text/html; charset=utf-8",
                                                                          huge_chunks(), None))
        assert self._bomb is not None
        self._static("/h/heavy/a/gzip-bomb.html", self._bomb, "text/html; charset=utf-8",
                     [("Content-Encoding", "gzip")])
        listed = [fine] + [(self.url(f"/h/heavy/a/{name}.html"), name, "2026-11-05T08:00:00Z")
                           for name in ("huge", "huge-chunked", "gzip-bomb")]
        outlet.feeds.append(self.url(self._static("/h/heavy/rss.xml",
                                                  rss_feed("Heavy", self.url("/h/heavy/"), listed),
                                                  "application/rss+xml")))
        outlet.expected.stored_paths.append("/h/heavy/a/fine.html")

    def _build_stall(self) -> None:
        """A feed and an article that never answer, an article that trickles forever."""
        outlet = self._outlet("stall", "Stalling Server")
        fine = self._article("/h/stall/a/fine.html", seed=700)
        self._add("/h/stall/a/hang.html", lambda h: h.hang(self.hang_seconds))
        self._add("/h/stall/hang.xml", lambda h: h.hang(self.hang_seconds))
        self._add("/h/stall/a/trickle.html", lambda h: h.trickle(TRICKLE_SECONDS))
        listed = [fine, (self.url("/h/stall/a/hang.html"), "Hang", "2026-11-06T07:00:00Z"),
                  (self.url("/h/stall/a/trickle.html"), "Trickle", "2026-11-06T07:00:00Z")]
        outlet.feeds += [self.url(self._static("/h/stall/rss.xml", rss_feed("Stall", self.url("/h/stall/"), listed),
                                               "application/rss+xml")),
                         self.url("/h/stall/hang.xml")]
        outlet.expected.stored_paths.append("/h/stall/a/fine.html")

    def _build_rate_limited(self) -> None:
        """429/503 with Retry-After (seconds and HTTP-date) that later succeed, and one asking for an hour."""
        outlet = self._outlet("rate-limited", "Rate Limited")

        def limited(path: str, status: int, retry_after: Callable[[], str], ok_after: int | None,
                    body: bytes, content_type: str) -> None:
            def route(h: _Handler) -> None:
                if ok_after is not None and self._attempt(path) > ok_after:
                    h.send_bytes(HTTPStatus.OK, body, content_type)
                else:
                    h.send_bytes(status, b"slow down\n", "text/plain", [("Retry-After", retry_after())])

            self._add(path, route)

        listed = []
        for name, status, retry_after, seed in [
            ("429", 429, lambda: "1", 800),
            ("503", 503, lambda: "1", 801),
            ("503-date", 503, lambda: formatdate(time.time() + 2, usegmt=True), 802),
        ]:
            path = f"/h/rate-limited/a/{name}.html"
            url = self.url(path)
            article = invent_article(seed)
            limited(path, status, retry_after, 1, article_html(article, url).encode(), "text/html; charset=utf-8")
            listed.append((url, article.title, article.published))
            outlet.expected.stored_paths.append(path)
        forever = "/h/rate-limited/a/come-back-in-an-hour.html"
        limited(forever, 429, lambda: "3600", None, b"", "text/html")
        listed.append((self.url(forever), "Later", "2026-11-07T06:00:00Z"))
        feed = rss_feed("Rate Limited", self.url("/h/rate-limited/"), listed).encode()
        limited("/h/rate-limited/rss.xml", 503, lambda: "1", 1, feed, "application/rss+xml")
        outlet.feeds.append(self.url("/h/rate-limited/rss.xml"))

    def _build_mislabelled(self) -> None:
        """Real articles with wrong or missing Content-Type/charset; binary bodies at article URLs."""
        outlet = self._outlet("mislabelled", "Mislabelled Pages")
        cp1252_meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        cases: list[tuple[str, dict]] = [
            # text/plain, no charset; the page's own <meta charset> says UTF-8
            ("text-plain", {"content_type": "text/plain"}),
            # no Content-Type at all, windows-1252 declared only in the page
            ("no-type", {"content_type": None, "encoding": "cp1252", "charset_tag": cp1252_meta}),
            # application/octet-stream, UTF-8 with a byte-order mark and no declaration
            ("octet-bom", {"content_type": "application/octet-stream", "bom": True, "charset_tag": ""}),
            # "ISO-8859-1" as servers send it, meaning windows-1252 (curly quotes, euro sign)
            ("latin1-label.html", {"content_type": "text/html; charset=ISO-8859-1", "encoding": "cp1252",
                                   "charset_tag": ""}),
            # a charset label nobody knows; the page says UTF-8
            ("bogus-charset.html", {"content_type": "text/html; charset=x-no-such-charset"}),
            # the server claims UTF-8 but the page is windows-1252 (and says so)
            ("lying-utf8.html", {"content_type": "text/html; charset=utf-8", "encoding": "cp1252",
                                 "charset_tag": cp1252_meta}),
        ]
        listed = []
        for number, (name, options) in enumerate(cases):
            path = f"/h/mislabelled/a/{name}"
            listed.append(self._article(path, seed=900 + number, extra=ACCENTED_PHRASE, **options))
            outlet.expected.stored_paths.append(path)
            outlet.expected.phrases[path] = ACCENTED_PHRASE
        png = tiny_png()
        self._static("/h/mislabelled/a/photo", png, "image/png")
        self._static("/h/mislabelled/a/noise", garbage(9, 20_000), "application/octet-stream")
        self._static("/h/mislabelled/a/png-as-html.html", png, "text/html; charset=utf-8")
        listed += [(self.url(f"/h/mislabelled/a/{name}"), name, "2026-11-08T05:00:00Z")
                   for name in ("photo", "noise", "png-as-html.html")]
        outlet.feeds.append(self.url(self._static("/h/mislabelled/rss.xml",
                                                  rss_feed("Mislabelled", self.url("/h/mislabelled/"), listed),
                                                  "application/rss+xml")))

    def _build_flood(self) -> None:
        """A feed of 100,000 links, generated as it is sent (chunked, about 7 MB)."""
        outlet = self._outlet("flood", "Link Flood")
        prefix = self.url("/h/flood/a/")

        def chunks() -> Iterator[bytes]:
            yield b'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Flood</title>'
            batch = 1000
            for start in range(0, FLOOD_LINKS, batch):
                yield "".join(f"<item><link>{prefix}{n}.html</link></item>"
                              for n in range(start, min(start + batch, FLOOD_LINKS))).encode()
            yield b"</channel></rss>\n"

        self._add("/h/flood/rss.xml", lambda h: h.send_stream("application/rss+xml", chunks(), None))
        self._prefix_routes.append(("/h/flood/a/", lambda h: h.send_bytes(
            HTTPStatus.OK, short_page("Flood item").encode(), "text/html; charset=utf-8")))
        outlet.feeds.append(self.url("/h/flood/rss.xml"))

    def _build_wanderer(self) -> None:
        """Listings full of links to other hosts: none of them may ever be requested."""
        outlet = self._outlet("wanderer", "Wanderer")
        port = self.port
        good = [self._article(f"/h/wanderer/a/{n}.html", seed=1000 + n) for n in range(3)]
        offsite = [
            "http://offsite.invalid/news/1.html",
            f"http://localhost:{port}/offsite-only/a.html",
            f"http://127.0.0.1.offsite.invalid:{port}/offsite-only/b.html",
            f"http://127.0.0.1@offsite.invalid:{port}/offsite-only/c.html",
            f"http://LOCALHOST:{port}/offsite-only/d.html",
            f"//localhost:{port}/offsite-only/e.html",
            "file:///etc/passwd",
            "javascript:alert(1)",
        ]
        listed = [good[0]] + [(url, "Elsewhere", "2026-11-09T04:00:00Z") for url in offsite] + [good[1]]
        outlet.feeds.append(self.url(self._static("/h/wanderer/rss.xml",
                                                  rss_feed("Wanderer", self.url("/h/wanderer/"), listed),
                                                  "application/rss+xml")))
        child = self._static("/h/wanderer/sitemap-1.xml", urlset([good[2][0], offsite[0], offsite[1]]),
                             "application/xml")
        index = sitemap_index(["http://offsite.invalid/sitemap.xml",
                               f"http://localhost:{port}/offsite-only/sitemap.xml", self.url(child)])
        outlet.sitemaps.append(self.url(self._static("/h/wanderer/sitemap_index.xml", index, "application/xml")))
        outlet.expected.stored_paths += [f"/h/wanderer/a/{n}.html" for n in range(3)]
        outlet.expected.never_requested.append("/offsite-only/")
