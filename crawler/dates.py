"""Normalise the date strings found in feeds, sitemaps and article pages.

Every timestamp wirewatch stores is a UTC string ``YYYY-MM-DDTHH:MM:SSZ`` so
that rows compare and sort as plain text in SQLite. Sources disagree wildly
on format (RFC 822 in RSS, W3C datetime in sitemaps and JSON-LD, dotted
Korean-style dates in page markup), so :func:`to_utc_iso` accepts all of them
and answers ``None`` rather than raising: a missing date is recoverable, a
crash in a worker process is not.

Policy decisions, kept here so callers need not repeat them:

* Naive values (no offset) are taken to be UTC.
* A date without a time (``2026-11-12``) means midnight UTC.
* An unknown zone *abbreviation* (``Tue, 12 Nov 2026 08:30:00 XYZ``) gives
  ``None``: guessing UTC could shift the story by up to a day, and a wrong
  date is worse than a missing one.
* Years before 1970 are CMS placeholders (``0001-01-01``), not news: ``None``.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_tz

__all__ = ["to_utc_iso"]

_MIN_YEAR = 1970

# Zone abbreviations seen in news feeds that email.utils does not know.
# Only unambiguous ones; "IST" (India/Ireland/Israel) is deliberately absent.
_EXTRA_ZONES: dict[str, str] = {
    "KST": "+0900",
    "JST": "+0900",
    "HKT": "+0800",
    "SGT": "+0800",
    "PHT": "+0800",
    "AWST": "+0800",
    "WIB": "+0700",
    "ICT": "+0700",
    "MSK": "+0300",
    "EET": "+0200",
    "EEST": "+0300",
    "CET": "+0100",
    "CEST": "+0200",
    "WET": "+0000",
    "WEST": "+0100",
    "BST": "+0100",
    "AEST": "+1000",
    "AEDT": "+1100",
    "NZST": "+1200",
    "NZDT": "+1300",
    "HST": "-1000",
    "AKST": "-0900",
    "AKDT": "-0800",
}
# US zones email.utils also knows; needed again for the dotted-date parser.
_US_ZONES: dict[str, str] = {
    "EST": "-0500",
    "EDT": "-0400",
    "CST": "-0600",
    "CDT": "-0500",
    "MST": "-0700",
    "MDT": "-0600",
    "PST": "-0800",
    "PDT": "-0700",
}
# Zones email.utils already resolves (RFC 822 plus US zones).
_RFC822_ZONES = frozenset({"UT", "UTC", "GMT", "Z", *_US_ZONES})

_TRAILING_ZONE = re.compile(r"\s([A-Za-z]{1,5})\s*$")
_COLON_OFFSET = re.compile(r"([+-])(\d{2}):(\d{2})\s*$")
# 2026-11-12 / 2026.11.12 / 2026/11/12, optional time, optional zone.
_NUMERIC = re.compile(
    r"""^(?P<y>\d{4})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})\.?
        (?:[T\s]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?)?
        \s*(?P<tz>Z|UTC|GMT|[A-Z]{3,4}|[+-]\d{2}:?\d{2}|[+-]\d{2})?$""",
    re.VERBOSE | re.IGNORECASE,
)
_MONTH_NAME_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")


def to_utc_iso(value: str | datetime | None) -> str | None:
    """Convert a feed/page date to ``YYYY-MM-DDTHH:MM:SSZ`` in UTC.

    Args:
        value: An RFC 822 string (RSS ``pubDate``), an ISO 8601 / W3C datetime
            string (sitemaps, JSON-LD, ``<time datetime>``), a dotted or
            slashed ``2026.11.12 08:30`` string, a bare ``12 Nov 2026`` date,
            or a ``datetime`` (naive means UTC).

    Returns:
        The UTC timestamp with second precision, or ``None`` when the value is
        empty, unparseable, uses an unknown zone abbreviation, or predates
        1970. Never raises.
    """
    try:
        if value is None:
            return None
        if isinstance(value, datetime):
            return _format(value)
        if not isinstance(value, str):
            return None
        text = " ".join(value.split())
        if not text or len(text) > 100:
            return None
        for parse in (_parse_iso, _parse_numeric, _parse_rfc822, _parse_month_name):
            parsed = parse(text)
            if parsed is not None:
                return _format(parsed)
        return None
    except (ValueError, OverflowError, TypeError, IndexError):
        return None


def _format(moment: datetime) -> str | None:
    """Render as UTC ``...Z``; naive is UTC, early placeholder years are rejected."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        moment = moment.replace(tzinfo=timezone.utc)
    moment = moment.astimezone(timezone.utc)
    if moment.year < _MIN_YEAR:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_iso(text: str) -> datetime | None:
    """ISO 8601 / W3C datetime via the stdlib (3.11 accepts Z, offsets, fractions)."""
    if not text[:4].isdigit():
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _parse_numeric(text: str) -> datetime | None:
    """Dotted/slashed dates common in Asian outlets' markup, e.g. ``2026.11.12 08:30``."""
    match = _NUMERIC.match(text)
    if not match:
        return None
    moment = datetime(
        int(match["y"]),
        int(match["m"]),
        int(match["d"]),
        int(match["H"] or 0),
        int(match["M"] or 0),
        int(match["S"] or 0),
    )
    zone = match["tz"]
    if not zone:
        return moment
    offset = _zone_offset(zone)
    if offset is None:
        return None
    return moment.replace(tzinfo=offset)


def _zone_offset(zone: str) -> timezone | None:
    """Map ``Z``/``+09:00``/``+0900``/``+09``/known abbreviations to a tzinfo."""
    zone = zone.upper()
    if zone in ("Z", "UT", "UTC", "GMT"):
        return timezone.utc
    numeric = _EXTRA_ZONES.get(zone) or _US_ZONES.get(zone) or zone
    match = re.fullmatch(r"([+-])(\d{2}):?(\d{2})?", numeric)
    if not match:
        return None
    minutes = int(match[2]) * 60 + int(match[3] or 0)
    if minutes >= 24 * 60:
        return None
    return timezone(timedelta(minutes=-minutes if match[1] == "-" else minutes))



def _parse_rfc822(text: str) -> datetime | None:
    """RFC 822/1123 via email.utils, after mapping extra zone names and ``+09:00``."""
    text = _COLON_OFFSET.sub(r"\1\2\3", text)
    zone_match = _TRAILING_ZONE.search(text)
    if zone_match:
        zone = zone_match[1].upper()
        if zone in _EXTRA_ZONES:
            text = text[: zone_match.start(1)] + _EXTRA_ZONES[zone]
        elif zone not in _RFC822_ZONES and not _is_meridiem(zone):
            return None
    parts = parsedate_tz(text)
    if parts is None:
        return None
    year, month, day, hour, minute, second = parts[:6]
    offset = parts[9]
    moment = datetime(year, month, day, hour, minute, second)
    if offset is None:
        return moment
    return moment.replace(tzinfo=timezone(timedelta(seconds=offset)))


def _is_meridiem(token: str) -> bool:
    """``AM``/``PM`` at the end is not a zone name."""
    return token in ("AM", "PM")


def _parse_month_name(text: str) -> datetime | None:
    """Bare dates with month names (``12 Nov 2026``, ``November 12, 2026``)."""
    for fmt in _MONTH_NAME_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None
