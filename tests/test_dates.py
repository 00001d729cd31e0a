"""to_utc_iso: every date format feeds, sitemaps and pages use, and the refusals."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from crawler.dates import to_utc_iso


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # RFC 822 / RSS pubDate
        ("Thu, 12 Nov 2026 08:30:00 GMT", "2026-11-12T08:30:00Z"),
        ("Thu, 12 Nov 2026 08:30:00 +0900", "2026-11-11T23:30:00Z"),
        ("Thu, 12 Nov 2026 08:30:00 -0000", "2026-11-12T08:30:00Z"),
        ("Thu, 12 Nov 2026 08:30:00 EST", "2026-11-12T13:30:00Z"),
        ("Thu, 12 Nov 2026 08:30:00 PDT", "2026-11-12T15:30:00Z"),
        ("Thu, 12 Nov 2026 08:30:00 KST", "2026-11-11T23:30:00Z"),
        ("Thu, 12 Nov 2026 08:30:00 UT", "2026-11-12T08:30:00Z"),
        ("12 Nov 2026 08:30 +09:00", "2026-11-11T23:30:00Z"),  # colon offset, no weekday or seconds
        ("Thu, 12 Nov 26 08:30:00 Z", "2026-11-12T08:30:00Z"),  # two-digit year
        ("Thu, 12 Nov 2026 08:30:00", "2026-11-12T08:30:00Z"),  # no zone: UTC
        # ISO 8601 / W3C datetime
        ("2026-11-12T08:30:00Z", "2026-11-12T08:30:00Z"),
        ("2026-11-12T08:30:00+09:00", "2026-11-11T23:30:00Z"),
        ("2026-11-12T08:30:00-05:00", "2026-11-12T13:30:00Z"),
        ("2026-11-12T08:30:00.123456789+09:00", "2026-11-11T23:30:00Z"),  # nanoseconds
        ("2026-11-12T08:30:00.5Z", "2026-11-12T08:30:00Z"),
        ("2026-11-12 08:30:00+0900", "2026-11-11T23:30:00Z"),
        ("2026-11-12T08:30:00 +09:00", "2026-11-11T23:30:00Z"),  # space before offset
        ("2026-11-12T08:30", "2026-11-12T08:30:00Z"),  # naive: UTC
        ("2026-11-12", "2026-11-12T00:00:00Z"),  # date only: midnight UTC
        ("20261112T083000Z", "2026-11-12T08:30:00Z"),  # basic format
        ("  2026-11-12T08:30:00Z\n", "2026-11-12T08:30:00Z"),
        # dotted / slashed dates in Asian outlets' markup
        ("2026.11.12 08:30", "2026-11-12T08:30:00Z"),
        ("2026.11.12. 08:30 KST", "2026-11-11T23:30:00Z"),
        ("2026/11/12", "2026-11-12T00:00:00Z"),
        # bare dates with month names
        ("12 Nov 2026", "2026-11-12T00:00:00Z"),
        ("November 12, 2026", "2026-11-12T00:00:00Z"),
    ],
)
def test_parses(value: str, expected: str) -> None:
    assert to_utc_iso(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "   ",
        "garbage",
        "yesterday",
        "2026-13-45",
        "Thu, 12 Nov 2026 08:30:00 XYZ",  # unknown zone: refuse rather than guess UTC
        "0001-01-01T00:00:00",  # CMS placeholder
        "9999-12-31T23:59:59-23:59",  # overflows when converted to UTC
        "2026-11-12T08:30:00+25:00",
        "x" * 500,
        12345,
    ],
)
def test_unparseable_gives_none(value: object) -> None:
    assert to_utc_iso(value) is None  # type: ignore[arg-type]


def test_datetimes() -> None:
    assert to_utc_iso(datetime(2026, 11, 12, 8, 30)) == "2026-11-12T08:30:00Z"
    seoul = timezone(timedelta(hours=9))
    assert to_utc_iso(datetime(2026, 11, 12, 8, 30, 59, 999999, tzinfo=seoul)) == "2026-11-11T23:30:59Z"
