"""All invented demo-web content, as plain data (see model.py for the shapes)."""
from __future__ import annotations

from .extras import NON_ARTICLES
from .korean import KOREAN
from .locals_intl import LOCALS_INTL
from .locals_us import LOCALS_US
from .model import LocalStory, NonArticle, Outlet, Pickup, WireStory
from .outlets import BY_ID, DISALLOWED_PREFIX, OUTLETS, WIRE_HOST
from .pickups import PICKUPS
from .wire_a import STORIES_A
from .wire_b import STORIES_B

WIRE_OUTLET = "northstar-wire"
WIRE_STORIES: tuple[WireStory, ...] = STORIES_A + STORIES_B
LOCAL_STORIES: tuple[LocalStory, ...] = LOCALS_US + LOCALS_INTL + KOREAN

# Different stories printing one identical paragraph (sponsor/membership lines).
BOILERPLATE_PAIRS: tuple[tuple[str, str], ...] = (
    ("wire-climate-fund-lisbon", "wire-coral-survey"),
    ("local-lakeside-ferry-schedule", "local-lakeside-library-levy"),
    ("local-granite-library-bond", "local-granite-avalanche-warning"),
)
# Same kind of event, different event: must not be grouped.
SAME_TOPIC_PAIRS: tuple[tuple[str, str], ...] = (
    ("wire-quake-azores", "wire-quake-hokkaido"),
    ("wire-ferry-strike-baltic", "local-coastline-ferry-walkout"),
    ("local-lakeside-library-levy", "local-granite-library-bond"),
)

__all__ = [
    "BOILERPLATE_PAIRS", "BY_ID", "DISALLOWED_PREFIX", "LOCAL_STORIES", "LocalStory",
    "NON_ARTICLES", "NonArticle", "OUTLETS", "Outlet", "PICKUPS", "Pickup", "SAME_TOPIC_PAIRS",
    "WIRE_HOST", "WIRE_OUTLET", "WIRE_STORIES", "WireStory",
]
