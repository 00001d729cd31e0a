# The benchmark web's invented outlets: names, wire services, layouts and loopback addresses.
# Outlet N (1-based) lives at 127.0.1.N so a crawler's per-host politeness applies as on the real web.
"""Catalogue of invented outlets.

The first outlets are wire services (``wire = true`` in the sources file); the
rest are papers that republish their reports. Each outlet gets one of the page
layouts and its own class-name prefix, so no single template fits all sites.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from benchweb import vocab

MAX_OUTLETS = 254  # 127.0.1.1 .. 127.0.1.254
LAYOUTS = 4
WIRES = (
    ("Harbor Wire", ("Harbor", "HW")),
    ("Meridian Press Service", ("Meridian", "MPS")),
    ("Northgate News Agency", ("Northgate", "NNA")),
)
PAPERS = (
    "Alder Valley Courier", "Kestrel Falls Gazette", "Saltmarsh Tribune", "Copper Ridge Sentinel",
    "Millbrook Dispatch", "Glenmoor Chronicle", "Westmere Herald", "Ironside Examiner", "Pinecroft Observer",
    "Rookwood Register", "Thornbury Beacon", "Lantern Bay Record", "Otterburn Review", "Heron Point Star",
    "Fallow Creek Journal", "Stonebridge Evening Times", "Dunmere Post", "Brackwater Ledger",
    "Yarrow Springs Bulletin", "Eastbury Standard", "Northwick Mercury", "Redwater Clarion",
    "Ashby Crossing Argus", "Umber Mills Telegraph", "Tamsworth Enquirer", "Foxhollow Advocate",
    "Larch Grove Citizen", "Wrenfield Monitor", "Quarry Heights Messenger", "Elmstead Sun",
)
PAPER_KINDS = ("Courier", "Gazette", "Tribune", "Sentinel", "Dispatch", "Chronicle", "Herald", "Examiner",
               "Observer", "Register", "Beacon", "Record", "Review", "Journal", "Bulletin", "Standard")
# Where each outlet keeps its article text; extractors must not depend on one of them.
BODY_CLASSES = ("article-body", "story-text", "entry-content", "c-article__content", "post-body",
                "rich-text", "art-copy", "story__body", "content-main", "text-block")
UTC_OFFSETS_MIN = (-300, -360, -240, 0, 60, -420, 0, -300)


@dataclass(frozen=True)
class OutletSpec:
    """One invented outlet and how its pages look."""

    index: int                     # 1-based; the outlet's address is 127.0.1.<index>
    id: str
    name: str
    wire: bool
    wire_aliases: tuple[str, ...]
    layout: int                    # 0 .. LAYOUTS-1
    prefix: str                    # class-name prefix, e.g. "avc"
    body_class: str
    utc_offset_min: int

    @property
    def address(self) -> str:
        return f"127.0.1.{self.index}"

    @property
    def site_dir(self) -> str:
        """Document root relative to the web's directory."""
        return f"site/{self.index}"


def slugify(text: str, max_words: int = 8) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())[:max_words]
    return "-".join(words)


def wire_count(outlets: int) -> int:
    """About three wires for a web of 20+ outlets, fewer for tiny ones."""
    return max(1, min(len(WIRES), outlets // 6))


def _paper_names(count: int, rng: random.Random) -> list[str]:
    names = list(PAPERS[:count])
    while len(names) < count:  # beyond the hand-written list: "<Head> <Tail> <Kind>"
        name = f"{rng.choice(vocab.PLACE_HEADS)} {rng.choice(vocab.PLACE_TAILS)} {rng.choice(PAPER_KINDS)}"
        if name not in names:
            names.append(name)
    return names


def make_outlets(count: int, seed: int) -> list[OutletSpec]:
    """``count`` outlets: wires first, then papers; deterministic for (count, seed).

    Raises:
        ValueError: ``count`` is below 3 or above :data:`MAX_OUTLETS`.
    """
    if not 3 <= count <= MAX_OUTLETS:
        raise ValueError(f"outlets must be between 3 and {MAX_OUTLETS} (one loopback address each), got {count}")
    rng = random.Random(f"{seed}:outlets")
    wires = wire_count(count)
    named = [(name, True, aliases) for name, aliases in WIRES[:wires]]
    named += [(name, False, ()) for name in _paper_names(count - wires, rng)]
    outlets = []
    for index, (name, wire, aliases) in enumerate(named, start=1):
        initials = "".join(word[0] for word in name.lower().split())
        outlets.append(OutletSpec(
            index=index, id=slugify(name), name=name, wire=wire, wire_aliases=aliases,
            layout=(index - 1) % LAYOUTS, prefix=f"{initials}{index}",
            body_class=BODY_CLASSES[(index * 7) % len(BODY_CLASSES)],
            utc_offset_min=UTC_OFFSETS_MIN[index % len(UTC_OFFSETS_MIN)],
        ))
    return outlets
