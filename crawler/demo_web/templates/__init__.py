"""One module per outlet, each with its own markup, URL scheme and listings.

Every module exposes ``article_path(page) -> str`` and ``render(ctx) -> Rendered``.
"""
from __future__ import annotations

from types import ModuleType

from . import coastline, daehan, granite, lakeside, northstar, pinecrest, prairie, saebyeok

MODULES: dict[str, ModuleType] = {
    "northstar-wire": northstar,
    "lakeside-herald": lakeside,
    "coastline-gazette": coastline,
    "prairie-dispatch": prairie,
    "daehan-courier": daehan,
    "saebyeok-ilbo": saebyeok,
    "pinecrest-courier": pinecrest,
    "granite-valley-ledger": granite,
}
