# The sources file: which outlets to crawl and where their listings are.
# Loaded and checked completely before the first request, so a typo never costs a half-run crawl.
"""Load and validate a TOML sources file into :class:`Outlet` records.

Format (see README, "Sources file")::

    [[outlets]]
    id = "lakeside-herald"
    name = "Lakeside Herald"
    feeds = ["https://lakeside.example/rss.xml"]
    sitemaps = ["https://lakeside.example/sitemap.xml"]
    # optional: domains, start_urls + article_pattern, language, country
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
KNOWN_KEYS = {
    "id",
    "name",
    "feeds",
    "sitemaps",
    "domains",
    "start_urls",
    "article_pattern",
    "language",
    "country",
    "homepage",
    "wire",
    "wire_aliases",
}


class SourcesError(ValueError):
    """A sources file that cannot be used; the message is one line naming file, outlet and field."""


@dataclass(frozen=True)
class Outlet:
    """One news outlet and the listings that tell the crawler about its articles."""

    id: str
    name: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    start_urls: tuple[str, ...] = ()
    article_pattern: str | None = None
    domains: tuple[str, ...] = field(default=())
    language: str | None = None
    country: str | None = None
    homepage: str | None = None
    wire: bool = False
    wire_aliases: tuple[str, ...] = ()

    def wire_names(self) -> dict[str, str]:
        """For a wire service: every name its copies may be credited under -> its name."""
        if not self.wire:
            return {}
        return {alias.casefold(): self.name for alias in (self.name, *self.wire_aliases)}

    def allows_host(self, host: str) -> bool:
        """True when ``host`` is one of the outlet's domains or a subdomain of one."""
        host = host.lower().rstrip(".")
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def is_article_link(self, url: str) -> bool:
        """True when a link found on a section page looks like one of this outlet's articles."""
        return bool(self.article_pattern) and re.search(self.article_pattern, url) is not None


def load_sources(path: str | Path) -> list[Outlet]:
    """Read and validate a sources file.

    Args:
        path: the TOML file.

    Returns:
        The outlets in file order.

    Raises:
        SourcesError: unreadable file, bad TOML, or an outlet with a missing or malformed field.
    """
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourcesError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(f"{path}: invalid TOML: {exc}") from None
    return parse_sources(raw, str(path))


def parse_sources(raw: dict[str, Any], origin: str) -> list[Outlet]:
    """Validate already-parsed TOML data; ``origin`` names the file in error messages."""
    entries = raw.get("outlets")
    if not isinstance(entries, list) or not entries:
        raise SourcesError(f"{origin}: no [[outlets]] tables found")
    outlets: list[Outlet] = []
    seen: set[str] = set()
    for position, entry in enumerate(entries, start=1):
        outlet = _parse_outlet(entry, origin, position)
        if outlet.id in seen:
            raise SourcesError(f"{origin}: outlet '{outlet.id}': field 'id': duplicate id")
        seen.add(outlet.id)
        outlets.append(outlet)
    return outlets


def _parse_outlet(entry: Any, origin: str, position: int) -> Outlet:
    label = f"outlet #{position}"
    if not isinstance(entry, dict):
        raise SourcesError(f"{origin}: {label}: must be a table")

    def fail(field_name: str, problem: str) -> SourcesError:
        return SourcesError(f"{origin}: {label}: field '{field_name}': {problem}")

    outlet_id = entry.get("id")
    if not isinstance(outlet_id, str) or not SLUG.match(outlet_id):
        raise fail("id", "required, a slug of lower-case letters, digits and '-'")
    label = f"outlet '{outlet_id}'"
    unknown = sorted(set(entry) - KNOWN_KEYS)
    if unknown:
        raise fail(unknown[0], f"unknown key (known: {', '.join(sorted(KNOWN_KEYS))})")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise fail("name", "required, a non-empty string")

    feeds = _url_list(entry, "feeds", fail)
    sitemaps = _url_list(entry, "sitemaps", fail)
    start_urls = _url_list(entry, "start_urls", fail)
    if not (feeds or sitemaps or start_urls):
        raise fail("feeds", "an outlet needs at least one of feeds, sitemaps or start_urls")

    pattern = entry.get("article_pattern")
    if pattern is not None:
        if not isinstance(pattern, str):
            raise fail("article_pattern", "must be a string (a regular expression)")
        try:
            re.compile(pattern)
        except re.error as exc:
            raise fail("article_pattern", f"invalid regular expression: {exc}") from None
    elif start_urls:
        raise fail("article_pattern", "required with start_urls (which links are articles?)")

    domains = entry.get("domains")
    if domains is None:
        hosts = [urlsplit(u).hostname or "" for u in (*feeds, *sitemaps, *start_urls)]
        domains_t = tuple(dict.fromkeys(h.lower() for h in hosts if h))
    elif isinstance(domains, list) and domains and all(isinstance(d, str) and d for d in domains):
        domains_t = tuple(d.lower().lstrip(".") for d in domains)
    else:
        raise fail("domains", "must be a non-empty list of host names")

    optional: dict[str, str | None] = {}
    for key in ("language", "country", "homepage"):
        value = entry.get(key)
        if value is not None and not isinstance(value, str):
            raise fail(key, "must be a string")
        optional[key] = value

    wire = entry.get("wire", False)
    if not isinstance(wire, bool):
        raise fail("wire", "must be true or false")
    aliases = entry.get("wire_aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise fail("wire_aliases", "must be a list of names")

    return Outlet(
        id=outlet_id,
        wire=wire,
        wire_aliases=tuple(a.strip() for a in aliases),
        name=name.strip(),
        feeds=feeds,
        sitemaps=sitemaps,
        start_urls=start_urls,
        article_pattern=pattern,
        domains=domains_t,
        **optional,
    )


def _url_list(entry: dict[str, Any], key: str, fail: Any) -> tuple[str, ...]:
    value = entry.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise fail(key, "must be a list of URLs")
    urls: list[str] = []
    for item in value:
        if not isinstance(item, str):
            raise fail(key, f"not a URL: {item!r}")
        parts = urlsplit(item.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise fail(key, f"not an http(s) URL: {item!r}")
        urls.append(item.strip())
    return tuple(urls)
