"""Assemble the whole evaluation set in memory: stories, articles, URLs, hard negatives.

Kept apart from file writing so the checks in :mod:`evalset.generate` and the
tests read exactly what was written.
"""

from __future__ import annotations

import calendar
import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import timedelta

from evalset import cjk
from evalset.outlets import OUTLETS, Outlet
from evalset.people import NamePool
from evalset.plan import FIRST_DAY, Balancer, StoryPlan, plan_cjk, plan_english
from evalset.story import Usage, compose
from evalset.topics import all_topics
from evalset.variations import MAX_WORDS, MIN_WORDS, Article, build_article, dateline

SECTION = {"disaster": "world", "economy": "business", "civic": "politics", "culture": "culture"}
MAX_STORY_WORDS = 740


@dataclass
class EvalSet:
    """Everything the writer needs."""

    seed: int
    plans: list[StoryPlan]
    articles: list[Article]
    hard_negatives: list[tuple[str, str, str]]
    outlets: tuple[Outlet, ...] = OUTLETS

    def batch(self, article: Article) -> int:
        """1, 2 or 3: the UTC publication day within the set."""
        return (article.published - FIRST_DAY).days + 1


def _write_stories(plans: list[StoryPlan], seed: int) -> None:
    rng = random.Random(f"evalset:{seed}:text")
    names = NamePool(random.Random(f"evalset:{seed}:names"))
    usage: Usage = {}
    places: dict[str, list[tuple[str, str]]] = {}
    for plan in plans:
        pub = plan.copies[0].published
        event_day = pub - timedelta(days=1) if rng.random() < 0.3 else pub
        if plan.topic is None:
            plan.text = cjk.make(plan.key, event_day)
            continue
        topic = plan.topic
        if topic.key not in places:
            places[topic.key] = list(topic.places)
            rng.shuffle(places[topic.key])
        place = places[topic.key].pop()
        weekday = calendar.day_name[event_day.weekday()]
        plan.text = compose(
            topic, plan.key, place, names, usage, rng, weekday, f"November {event_day.day}",
            max_words=rng.randint(max(plan.min_words + 40, 340), MAX_STORY_WORDS), min_words=plan.min_words,
        )


def _articles(plans: list[StoryPlan], seed: int) -> list[Article]:
    rng = random.Random(f"evalset:{seed}:articles")
    out: list[Article] = []
    for plan in plans:
        story = plan.text
        assert story is not None
        origin = plan.copies[0]
        base_style = "wire" if plan.wire is not None else ("country" if rng.random() < 0.5 else None)
        base_line = dateline(story, base_style, origin.outlet, plan.wire, origin.published.day) if base_style else None
        for copy in plan.copies:
            if copy.dateline_style == base_style:  # a "changed" dateline must actually change
                copy.dateline_style = "dated" if base_style == "wire" else "outlet"
            out.append(
                build_article(
                    story, copy.outlet, copy.kinds, rng, published=copy.published, is_original=copy.is_original,
                    wire=plan.wire, base_dateline=base_line, dateline_style=copy.dateline_style,
                    headline_index=copy.headline_index,
                )
            )
    return out


def _slug(text: str, fallback: str) -> str:
    if any(ord(c) > 0x2FFF for c in text):  # Korean/Japanese headline: use the story key
        return fallback
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)[:8]
    return "-".join(words) if len(words) >= 2 else fallback


def _assign_paths(articles: list[Article], plans: list[StoryPlan]) -> None:
    section = {p.key: SECTION[p.topic.family] if p.topic else "news" for p in plans}
    by_outlet: dict[str, list[Article]] = {}
    for a in articles:
        by_outlet.setdefault(a.outlet.id, []).append(a)
    for oid, items in by_outlet.items():
        items.sort(key=lambda a: (a.published, a.story))
        used: set[str] = set()
        for n, a in enumerate(items, start=1):
            slug = _slug(a.headline, a.story)
            style = a.outlet.url_style
            local = a.published + timedelta(minutes=a.outlet.tz_minutes)
            if style == "dated":
                path = f"/{oid}/{local.year}/{local.month:02d}/{local.day:02d}/{slug}.html"
            elif style == "section":
                path = f"/{oid}/{section[a.story]}/{slug}.html"
            elif style == "numbered":
                path = f"/{oid}/articles/{100400 + 7 * n}.html"
            else:
                path = f"/{oid}/story/{slug}-{1000 + n}.html"
            while path in used:
                path = path.replace(".html", "-2.html")
            used.add(path)
            a.path = path


def _resolve_noise(articles: list[Article], seed: int) -> None:
    rng = random.Random(f"evalset:{seed}:noise")
    by_outlet: dict[str, list[Article]] = {}
    for a in articles:
        by_outlet.setdefault(a.outlet.id, []).append(a)
    for a in articles:
        others = [b for b in by_outlet[a.outlet.id] if b.story != a.story]
        for after, kind in a.ad_after:
            if kind == "ad" or not others:
                a.noise.append((after, a.outlet.ad_label, "", ""))
            else:
                target = rng.choice(others)
                a.noise.append((after, a.outlet.read_more, target.headline, target.path))


def _hard_negatives(plans: list[StoryPlan], articles: list[Article]) -> list[tuple[str, str, str]]:
    """Same-topic event pairs, then pairs of stories that share a verbatim boilerplate paragraph."""
    pairs: list[tuple[str, str, str]] = []
    seen: set[frozenset[str]] = set()

    def add(a: str, b: str, why: str) -> None:
        if a != b and frozenset((a, b)) not in seen:
            seen.add(frozenset((a, b)))
            pairs.append((a, b, why))

    by_topic: dict[str, list[str]] = {}
    for p in plans:
        if p.topic is not None:
            by_topic.setdefault(p.topic.key, []).append(p.key)
    for keys in by_topic.values():
        add(keys[0], keys[1], "same_topic")
        if len(keys) > 4:
            add(keys[2], keys[4], "same_topic")
    carriers: dict[str, list[str]] = {}
    for a in articles:
        for para in a.shared_paragraphs:
            stories = carriers.setdefault(para, [])
            if a.story not in stories:
                stories.append(a.story)
    for stories in carriers.values():
        for i in range(0, min(len(stories) - 1, 6), 2):
            add(stories[i], stories[i + 1], "shared_boilerplate")
    return pairs


def build(seed: int) -> EvalSet:
    """The complete set for ``seed``; raises if a floor or length rule is broken."""
    rng = random.Random(f"evalset:{seed}:plan")
    bal = Balancer(rng)
    plans = plan_english(all_topics(), rng, bal) + plan_cjk(cjk.KEYS, rng, bal)
    _write_stories(plans, seed)
    articles = _articles(plans, seed)
    _assign_paths(articles, plans)
    _resolve_noise(articles, seed)
    for a in articles:
        n = a.words()
        if not MIN_WORDS <= n <= MAX_WORDS:
            raise ValueError(f"{a.story} on {a.outlet.id} {a.variations}: body has {n} words")
    return EvalSet(seed, plans, articles, _hard_negatives(plans, articles))
