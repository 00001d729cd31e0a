# Which stories the benchmark web holds: syndicated families, unique reports, who runs them and when.
# Decides structure only (outlets, times, roles); the words come later from benchweb.text.
"""Plan the stories of the benchmark web.

About :data:`FAMILY_SHARE` of all articles belong to families: a wire original
republished by 2 to 8 papers, each copy later than the original. The rest are
unique reports, spread so every outlet ends up with roughly the same number
of articles. All times fall in November 2026 (the article URLs say so).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from benchweb.outlets import OutletSpec
from benchweb.text import between

FAMILY_SHARE = 0.4
MIN_COPIES, MAX_COPIES = 2, 8
START = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
ORIGINALS_SPAN_MIN = 27 * 24 * 60     # originals up to Nov 28, so copies stay in November
UNIQUES_SPAN_MIN = 28 * 24 * 60 + 600
COPY_DELAY_MIN = (12, 20 * 60)        # a copy appears 12 minutes to 20 hours after the original


@dataclass(frozen=True)
class Placement:
    """One article of a story: which outlet runs it, when, and in which role."""

    outlet: int          # outlet index (1-based)
    published: datetime  # UTC
    role: str            # "original", "copy" or "unique"


@dataclass(frozen=True)
class StoryPlan:
    """A story and every outlet that publishes it; the first placement is the original."""

    story_id: str
    placements: tuple[Placement, ...]

    @property
    def is_family(self) -> bool:
        return len(self.placements) > 1


def _family_sizes(rng: random.Random, target: int, max_copies: int) -> list[int]:
    """Family sizes (original + copies) summing to at most ``target``."""
    sizes: list[int] = []
    remaining = target
    while remaining >= 1 + MIN_COPIES:
        size = min(1 + between(rng, MIN_COPIES, max_copies), remaining)
        sizes.append(size)
        remaining -= size
    return sizes


def _minute(rng: random.Random, span_min: int) -> datetime:
    return START + timedelta(minutes=between(rng, 0, span_min))


def plan_stories(outlets: list[OutletSpec], articles: int, seed: int) -> list[StoryPlan]:
    """Families first (ids ``f00001``...), then unique stories (``u00001``...).

    Raises:
        ValueError: too few articles or outlets for a syndicated family.
    """
    wires = [o.index for o in outlets if o.wire]
    papers = [o.index for o in outlets if not o.wire]
    if len(papers) < MIN_COPIES:
        raise ValueError(f"need at least {MIN_COPIES} non-wire outlets to republish wire copy")
    if articles < 10:
        raise ValueError(f"articles must be at least 10, got {articles}")
    rng = random.Random(f"{seed}:plan:{articles}:{len(outlets)}")
    counts = {o.index: 0 for o in outlets}
    stories: list[StoryPlan] = []
    for number, size in enumerate(_family_sizes(rng, round(articles * FAMILY_SHARE),
                                                 min(MAX_COPIES, len(papers))), start=1):
        original = Placement(wires[number % len(wires)], _minute(rng, ORIGINALS_SPAN_MIN), "original")
        delays = sorted(between(rng, *COPY_DELAY_MIN) for _ in range(size - 1))
        copies = tuple(Placement(outlet, original.published + timedelta(minutes=delay), "copy")
                       for outlet, delay in zip(rng.sample(papers, size - 1), delays))
        stories.append(StoryPlan(f"f{number:05d}", (original, *copies)))
        for placement in (original, *copies):
            counts[placement.outlet] += 1
    uniques = articles - sum(counts.values())
    for number in range(1, uniques + 1):
        fewest = min(counts.values())
        candidates = [index for index, count in counts.items() if count == fewest]
        outlet = candidates[int(rng.random() * len(candidates))]
        counts[outlet] += 1
        stories.append(StoryPlan(f"u{number:05d}", (Placement(outlet, _minute(rng, UNIQUES_SPAN_MIN), "unique"),)))
    return stories
