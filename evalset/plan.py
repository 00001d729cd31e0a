"""Decide which stories exist, who publishes them, when, and with which variations.

All choices come from one seeded RNG consumed in a fixed order, so the whole
set is a pure function of the seed.  Balancing (least-loaded outlet, a
rotating queue of variation kinds) keeps every outlet and every variation
well represented without hand-tuning.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from evalset.outlets import OUTLET_BY_ID, WIRES, Outlet, Wire, papers
from evalset.story import StoryText
from evalset.topics import Topic

FIRST_DAY = datetime(2026, 11, 10, tzinfo=timezone.utc)  # batch 1; batches 2 and 3 follow
DAYS = 3
CONTENT = {"truncated40", "truncated60", "edited", "updated", "reworded_lede"}
EN_KINDS = ("headline", "dateline", "truncated40", "truncated60", "edited", "ads", "updated", "boilerplate", "reworded_lede", "wire_credit")
CJK_KINDS = ("headline", "dateline", "ads", "updated", "boilerplate", "reworded_lede")
COPY_WEIGHTS = {2: 15, 3: 30, 4: 25, 5: 18, 6: 12}


@dataclass
class Copy:
    """One article of a story: where, when and how it differs from the original."""

    outlet: Outlet
    kinds: list[str]
    published: datetime
    is_original: bool = False
    dateline_style: str | None = None
    headline_index: int = 0


@dataclass
class StoryPlan:
    """A story and its articles; ``text`` is filled in once the story is written."""

    key: str
    lang: str
    topic: Topic | None
    event: int
    wire: Wire | None
    copies: list[Copy] = field(default_factory=list)
    min_words: int = 300
    text: StoryText | None = None


class Balancer:
    """Least-loaded outlet choice and a rotating queue of variation kinds."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.load: dict[str, int] = {o: 0 for o in OUTLET_BY_ID}
        self.queues: dict[tuple[str, ...], list[str]] = {}

    def outlets(self, pool: list[Outlet], k: int, exclude: set[str]) -> list[Outlet]:
        """``k`` distinct outlets from ``pool``, least used so far first."""
        cands = [o for o in pool if o.id not in exclude]
        self.rng.shuffle(cands)
        cands.sort(key=lambda o: self.load[o.id])
        chosen = cands[:k]
        for o in chosen:
            self.load[o.id] += 1
        return chosen

    def primary(self, kinds: tuple[str, ...], allowed: set[str]) -> str:
        """Next kind from a shuffled rotation, skipping kinds this copy cannot take."""
        queue = self.queues.setdefault(kinds, [])
        for _ in range(3):
            for i, kind in enumerate(queue):
                if kind in allowed:
                    return queue.pop(i)
            fresh = list(kinds)
            self.rng.shuffle(fresh)
            queue.extend(fresh)
        return sorted(allowed)[0]


def _allowed(kinds: tuple[str, ...], chosen: list[str], wire: Wire | None) -> set[str]:
    ok = {k for k in kinds if k not in chosen and (k != "wire_credit" or wire is not None)}
    if any(k.startswith("truncated") for k in chosen):
        ok -= CONTENT
    if any(k in CONTENT for k in chosen):
        ok -= {"truncated40", "truncated60"}
    return ok


def _copy_kinds(bal: Balancer, kinds: tuple[str, ...], wire: Wire | None) -> list[str]:
    rng = bal.rng
    chosen = [bal.primary(kinds, _allowed(kinds, [], wire))]
    extra = rng.choices((0, 1, 2), weights=(45, 40, 15))[0]
    if wire is not None and "wire_credit" not in chosen and rng.random() < 0.45:
        chosen.append("wire_credit")
    for _ in range(extra):
        ok = sorted(_allowed(kinds, chosen, wire))
        if ok:
            chosen.append(rng.choice(ok))
    return chosen


def _times(rng: random.Random, n_copies: int, copies_kinds: list[list[str]]) -> tuple[datetime, list[datetime]]:
    """Original time and later copy times, all inside the three batch days."""
    day = rng.choices((0, 1, 2), weights=(40, 35, 25))[0]
    end = FIRST_DAY + timedelta(days=DAYS) - timedelta(minutes=10)
    original = FIRST_DAY + timedelta(days=day, minutes=rng.randrange(60, 20 * 60, 5))
    out = []
    for kinds in copies_kinds:
        lo = 180 if "updated" in kinds else 10
        delay = timedelta(minutes=lo + int(rng.expovariate(1 / 420)))
        when = original + delay
        if when > end:
            room = int((end - original).total_seconds() // 60)
            when = original + timedelta(minutes=rng.randrange(min(lo, room - 1), room))
        out.append(when.replace(second=0))
    return original, out


def plan_english(topics: list[Topic], rng: random.Random, bal: Balancer, total: int = 136) -> list[StoryPlan]:
    """English stories: per topic the first events (and a few more) have copies, the rest are single."""
    plans: list[StoryPlan] = []
    per_topic = [total // len(topics) + (1 if i < total % len(topics) else 0) for i in range(len(topics))]
    en_papers = papers("en")
    for topic, n_events in zip(topics, per_topic):
        for e in range(n_events):
            multi = e < 2 or e in (3, 5, 7)
            key = f"{topic.key}-{e + 1}"
            wire = None
            if multi and rng.random() < 0.45:
                wire = WIRES[0] if rng.random() < 0.6 else WIRES[1]
            plan = StoryPlan(key=key, lang="en", topic=topic, event=e, wire=wire)
            if wire is not None:
                origin = OUTLET_BY_ID[wire.outlet_id]
                bal.load[origin.id] += 1
            else:
                origin = bal.outlets(en_papers, 1, set())[0]
            n = rng.choices(list(COPY_WEIGHTS), weights=list(COPY_WEIGHTS.values()))[0] if multi else 1
            kinds = [_copy_kinds(bal, EN_KINDS, wire) for _ in range(n - 1)]
            _fill_copies(plan, origin, kinds, bal, en_papers, rng)
            plans.append(plan)
    return plans


def _fill_copies(plan: StoryPlan, origin: Outlet, kinds: list[list[str]], bal: Balancer, pool: list[Outlet], rng: random.Random) -> None:
    """Attach the original and its copies with outlets, times, datelines and headlines."""
    start, times = _times(rng, len(kinds), kinds)
    orig_kinds = ["boilerplate"] if rng.random() < 0.3 else []
    plan.copies.append(Copy(origin, orig_kinds, start, is_original=True))
    outlets = bal.outlets(pool, len(kinds), {origin.id})
    headline = 1
    for outlet, ks, when in zip(outlets, kinds, times):
        copy = Copy(outlet, ks, when)
        if "headline" in ks:
            copy.headline_index, headline = headline, headline + 1
        if "dateline" in ks:
            copy.dateline_style = rng.choice(("dated", "country") if plan.wire else ("country", "outlet", "dated"))
        plan.copies.append(copy)
    if any("truncated40" in c.kinds for c in plan.copies):
        plan.min_words = 660
    elif any("truncated60" in c.kinds for c in plan.copies):
        plan.min_words = 470


def plan_cjk(keys: list[tuple[str, str]], rng: random.Random, bal: Balancer) -> list[StoryPlan]:
    """Korean and Japanese stories, each with copies on the other outlets of its language."""
    plans = []
    for key, lang in keys:
        pool = papers(lang)
        plan = StoryPlan(key=key, lang=lang, topic=None, event=0, wire=None)
        origin = bal.outlets(pool, 1, set())[0]
        n_copies = len(pool) - 1
        kinds = [_copy_kinds(bal, CJK_KINDS, None) for _ in range(n_copies)]
        _fill_copies(plan, origin, kinds, bal, pool, rng)
        plans.append(plan)
    return plans
