# Per-outlet counters in Scrapy's stats, and the crawl summary people and cron read.
"""Naming of wirewatch's per-outlet stats and the summary built from them.

Every counter lives in the crawl's stats as ``wirewatch/outlet/<id>/<name>`` so it
lands in the ``crawls.stats`` JSON with the rest of Scrapy's stats.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scrapy.statscollectors import StatsCollector

PREFIX = "wirewatch/outlet/"
MAX_ERROR_MESSAGES = 20


def count(stats: StatsCollector, outlet_id: str, name: str, n: int = 1) -> None:
    """Add ``n`` to one outlet counter, e.g. ``stored`` or ``dropped/too_short``."""
    stats.inc_value(f"{PREFIX}{outlet_id}/{name}", n)


def record_error(stats: StatsCollector, outlet_id: str, message: str) -> None:
    """Count an error for an outlet and keep its one-line message (the first few per outlet)."""
    count(stats, outlet_id, "errors")
    key = f"{PREFIX}{outlet_id}/error_messages"
    messages = list(stats.get_value(key, []))
    if len(messages) < MAX_ERROR_MESSAGES:
        messages.append(message)
        stats.set_value(key, messages)


@dataclass
class OutletSummary:
    """What one crawl did for one outlet."""

    outlet_id: str
    stored: int = 0
    already_stored: int = 0
    updated: int = 0
    dropped: dict[str, int] = field(default_factory=dict)
    errors: int = 0
    listings_ok: int = 0
    listings_failed: int = 0
    error_messages: list[str] = field(default_factory=list)

    @property
    def failed_entirely(self) -> bool:
        """Every listing of the outlet failed: nothing of it could be crawled."""
        return self.listings_failed > 0 and self.listings_ok == 0


def summarize(stats: dict[str, Any], outlet_ids: list[str]) -> list[OutletSummary]:
    """Per-outlet summaries, in sources-file order, from a finished crawl's stats."""
    rows = {oid: OutletSummary(oid) for oid in outlet_ids}
    for key, value in stats.items():
        if not key.startswith(PREFIX):
            continue
        outlet_id, _, name = key[len(PREFIX) :].partition("/")
        row = rows.setdefault(outlet_id, OutletSummary(outlet_id))
        if name.startswith("dropped/"):
            row.dropped[name.removeprefix("dropped/")] = int(value)
        elif name == "error_messages":
            row.error_messages = list(value)
        elif name in ("stored", "already_stored", "updated", "errors", "listings_ok", "listings_failed"):
            setattr(row, name, int(value))
    return list(rows.values())


def format_table(rows: list[OutletSummary]) -> str:
    """An aligned table: outlet, new, updated, already stored, dropped by reason, errors."""
    header = ("outlet", "new", "updated", "already", "dropped", "errors")
    body = [
        (
            r.outlet_id,
            str(r.stored),
            str(r.updated),
            str(r.already_stored),
            ", ".join(f"{k} {v}" for k, v in sorted(r.dropped.items())) or "-",
            str(r.errors) + (" (failed)" if r.failed_entirely else ""),
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(line, widths)).rstrip() for line in [header, *body]]
    return "\n".join(lines)


def one_line(rows: list[OutletSummary], crawl_id: int | None, status: str) -> str:
    """The single summary line for logs and cron mail."""
    stored = sum(r.stored for r in rows)
    already = sum(r.already_stored for r in rows)
    updated = sum(r.updated for r in rows)
    dropped = sum(sum(r.dropped.values()) for r in rows)
    errors = sum(r.errors for r in rows)
    failed = [r.outlet_id for r in rows if r.failed_entirely]
    line = (
        f"crawl {crawl_id if crawl_id is not None else '-'} {status}: {len(rows)} outlets, "
        f"{stored} new, {updated} updated, {already} already stored, {dropped} dropped, {errors} errors"
    )
    if failed:
        line += f"; failed outlets: {', '.join(failed)}"
    return line
