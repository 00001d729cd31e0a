# A picture of one story's spread: which outlet ran it when, and how faithful each copy was.
"""Timeline plot of a story (``wirewatch story ... --plot FILE``).

Uses matplotlib's object API with the Agg canvas, never pyplot, so no global
figure state or GUI backend is involved and the function is safe in servers,
tests and cron jobs. The file type follows the extension (.png or .svg).
"""

from __future__ import annotations

import textwrap
import warnings
from datetime import timedelta
from pathlib import Path

import matplotlib.dates as mdates
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from crawler.output import format_delay
from crawler.queries import StoryDetail, parse_time

FORMATS = {".png": "png", ".svg": "svg"}
# Fonts with Hangul/CJK glyphs tried after matplotlib's default, when installed.
CJK_FONTS = ("Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "Source Han Sans KR", "Malgun Gothic",
             "AppleGothic", "Noto Sans CJK JP", "Noto Sans CJK SC")
KIND_STYLE = {  # kind -> (colour, marker): the first copy stands out, edits are warm
    "first": ("#1b5e20", "*"),
    "copy": ("#1f77b4", "o"),
    "truncated": ("#9467bd", "s"),
    "edited": ("#d62728", "D"),
    "unknown": ("#7f7f7f", "o"),
}


def plot_format(path: str | Path) -> str:
    """The image format for ``path`` from its extension.

    Raises:
        ValueError: the extension is neither .png nor .svg.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{path}: the plot file must end in .png or .svg")
    return FORMATS[suffix]


def _font_families() -> list[str]:
    """The default sans font plus whichever CJK fonts are installed, for per-glyph fallback."""
    installed = {font.name for font in font_manager.fontManager.ttflist}
    return ["DejaVu Sans", *(name for name in CJK_FONTS if name in installed)]


def plot_story(story: StoryDetail, path: str | Path) -> Path:
    """Draw the story's copies on a time axis, one row per outlet, and save the picture.

    Args:
        story: the story with its copies in publication order.
        path: where to write; the extension picks PNG or SVG.

    Returns:
        The written path.

    Raises:
        ValueError: unsupported extension or a story without copies.
    """
    fmt = plot_format(path)
    if not story.copies:
        raise ValueError(f"story {story.id} has no articles to plot")
    # Outlet ids, not names: ids are ASCII slugs that every font can draw.
    outlets = list(dict.fromkeys(c.outlet_id for c in story.copies))  # first appearance order
    rows = {name: index for index, name in enumerate(outlets)}
    figure = Figure(figsize=(10, 1.6 + 0.55 * len(outlets)), layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    start = parse_time(story.copies[0].time)
    seen_kinds: set[str] = set()
    for copy in story.copies:
        colour, marker = KIND_STYLE.get(copy.kind, KIND_STYLE["unknown"])
        when = parse_time(copy.time)
        y = rows[copy.outlet_id]
        label = copy.kind if copy.kind not in seen_kinds else None
        seen_kinds.add(copy.kind)
        axes.plot([start, when], [y, y], color="#cccccc", linewidth=1, zorder=1)
        axes.scatter([when], [y], color=colour, marker=marker, s=140 if copy.kind == "first" else 70,
                     zorder=3, label=label)
        axes.annotate(format_delay(copy.delay_seconds, first=copy.kind == "first"), (when, y),
                      xytext=(8, 6), textcoords="offset points", fontsize=8)
    axes.set_yticks(range(len(outlets)), outlets)
    axes.set_ylim(len(outlets) - 0.5, -0.7)  # first publisher on top
    locator = mdates.AutoDateLocator(tz=start.tzinfo)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, tz=start.tzinfo))
    last = parse_time(story.copies[-1].time)
    pad = max((last - start) * 0.12, timedelta(minutes=30))
    axes.set_xlim(start - pad / 3, last + pad)
    axes.set_xlabel("published (UTC)")
    axes.grid(axis="x", color="#eeeeee")
    figure.legend(loc="outside right upper", fontsize=8, title="copy kind", title_fontsize=8)
    title = textwrap.shorten(story.title or f"story {story.id}", 90, placeholder="…")
    axes.set_title(f"Story {story.id}: {title}\n"
                   f"{story.outlet_count} outlets, originator {story.originator or '-'}",
                   fontsize=10, fontfamily=_font_families())
    path = Path(path)
    with warnings.catch_warnings():  # without a CJK font, Hangul shows as boxes: not worth a warning per glyph
        warnings.filterwarnings("ignore", message="Glyph .* missing from font", category=UserWarning)
        figure.savefig(path, format=fmt, dpi=120)
    return path
