# How the editor commands print rows: an aligned table for people, JSON or CSV for scripts.
"""Rendering of query results: aligned tables, JSON and CSV.

Kept apart from the queries so the same rows feed all three formats, and apart
from click so tests and other tools can render without a command line.
"""

from __future__ import annotations

import csv
import io
import json
import math
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Column:
    """One table column: the row key, its header and how wide it may grow.

    Attributes:
        key: key of the value in each row mapping.
        header: column title.
        max_width: longer values are cut with an ellipsis (titles, URLs); None keeps them whole.
        right: right-align (numbers, delays).
    """

    key: str
    header: str
    max_width: int | None = None
    right: bool = False


def cell(value: Any) -> str:
    """A value as table text: '-' for missing, two decimals for ratios, no line breaks."""
    if value is None or value == "":
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    return " ".join(str(value).split())


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: East Asian wide characters (Hangul, CJK) take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(text: str, width: int | None) -> str:
    if width is None or display_width(text) <= width:
        return text
    while display_width(text) > width - 1:
        text = text[:-1]
    return text + "…"


def _pad(text: str, width: int, right: bool) -> str:
    fill = " " * (width - display_width(text))
    return fill + text if right else text + fill


def format_table(rows: Iterable[Mapping[str, Any]], columns: Sequence[Column]) -> str:
    """An aligned plain-text table with a header line; trailing spaces stripped.

    Args:
        rows: mappings holding at least the columns' keys.
        columns: what to show, in order.

    Returns:
        The table, one line per row, without a final newline.
    """
    header = [c.header for c in columns]
    body = [[_fit(cell(row.get(c.key)), c.max_width) for c in columns] for row in rows]
    widths = [max(display_width(line[i]) for line in [header, *body]) for i in range(len(columns))]
    lines = []
    for line in [header, *body]:
        parts = [_pad(text, w, c.right) for text, w, c in zip(line, widths, columns)]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)


def to_json(data: Any) -> str:
    """Pretty JSON, non-ASCII kept readable (Korean headlines stay Korean)."""
    return json.dumps(data, indent=2, ensure_ascii=False, default=str)


def to_csv(rows: Iterable[Mapping[str, Any]], fields: Sequence[str]) -> str:
    """CSV with a header row; None becomes an empty cell and nested values JSON text.

    Args:
        rows: mappings; keys outside ``fields`` are ignored.
        fields: the columns, in order.

    Returns:
        The CSV text, ending with a newline.
    """
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(fields), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _csv_value(row.get(k)) for k in fields})
    return buffer.getvalue()


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def format_duration(seconds: float | None) -> str:
    """A duration for people: '45m', '2h15m', '3d4h'; '-' when unknown.

    Minutes are the finest unit shown because publication times carry no more.
    """
    if seconds is None:
        return "-"
    total = int(abs(seconds)) // 60
    sign = "-" if seconds < 0 else ""
    days, rest = divmod(total, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return f"{sign}{days}d{hours}h" if hours else f"{sign}{days}d"
    if hours:
        return f"{sign}{hours}h{minutes:02d}m" if minutes else f"{sign}{hours}h"
    return f"{sign}{minutes}m"


def format_delay(seconds: float | None, first: bool = False) -> str:
    """Delay after the first copy: 'first' for the first copy, else '+2h15m'."""
    if first:
        return "first"
    text = format_duration(seconds)
    return text if text.startswith("-") or text == "-" else f"+{text}"


def share(part: int, whole: int) -> float | None:
    """``part / whole`` to four decimals, or None when there is nothing to divide (shown as '-')."""
    return round(part / whole, 4) if whole else None


def percent(value: float | None) -> str:
    """A ratio as a whole percentage for tables; '-' when unknown."""
    return "-" if value is None else f"{value * 100:.0f}%"


def ratio(value: float | None) -> str:
    """A 0..1 similarity with two decimals, rounded down so 0.898 never reads as the 0.90 threshold."""
    return "-" if value is None else f"{math.floor(round(value * 100, 6)) / 100:.2f}"
