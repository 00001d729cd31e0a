# The benchmark web's articles: words for every planned story, then per-outlet URLs.
# Each story and each copy has its own seeded random source, so output never depends on order.
"""Turn story plans into articles: headline, body, byline, caption, URL path.

Two phases: :func:`draft_stories` decides headlines and URL paths for the whole
web (related-article links need them), then :func:`write_bodies` writes one
story's text at a time, so pages can be rendered and written while the next
story is generated.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from benchweb.outlets import OutletSpec, slugify
from benchweb.plan import StoryPlan
from benchweb.syndicate import MAX_WORDS, MIN_WORDS, dateline, derive_copy, word_total
from benchweb.text import Facts, Prose, between, invent_facts, invent_name

STAFF_PER_OUTLET = 14
ORIGINAL_MAX_WORDS = 1120  # leaves room for a copy's added paragraph and credit


@dataclass(eq=False)
class Article:
    """One article page as its outlet publishes it (compared by identity)."""

    story_id: str
    outlet: OutletSpec
    role: str                      # "original", "copy" or "unique"
    published: datetime            # UTC
    modified: datetime | None
    section: str
    headline: str
    paragraphs: list[str]
    authors: tuple[str, ...]
    caption: str
    photo_credit: str
    variations: tuple[str, ...] = ()
    number: int = 0                # per-outlet sequence, oldest first
    path: str = ""                 # "/news/2026/11/<slug>-<number>.html"

    @property
    def local_published(self) -> datetime:
        return self.published.astimezone(timezone(timedelta(minutes=self.outlet.utc_offset_min)))

    @property
    def local_modified(self) -> datetime:
        return (self.modified or self.published).astimezone(self.local_published.tzinfo)

    @property
    def description(self) -> str:
        """The first sentence without its dateline: what sites put in meta tags."""
        first = self.paragraphs[0]
        dash = first.find("\u2014", 0, 60)
        if dash >= 0:
            first = first[dash + 1:].lstrip()
        end = first.find(". ")
        return first if end < 0 else first[:end + 1]


def _staff(outlets: list[OutletSpec], seed: int) -> dict[int, list[str]]:
    staff = {}
    for outlet in outlets:
        rng = random.Random(f"{seed}:staff:{outlet.index}")
        staff[outlet.index] = [invent_name(rng) for _ in range(STAFF_PER_OUTLET)]
    return staff


def _byline(rng: random.Random, names: list[str]) -> tuple[str, ...]:
    return tuple(rng.sample(names, k=1 if rng.random() < 0.8 else 2))


def _modified(rng: random.Random, published: datetime) -> datetime | None:
    return published + timedelta(minutes=between(rng, 20, 400)) if rng.random() < 0.2 else None


def _body(prose: Prose, rng: random.Random) -> list[str]:
    paragraphs = prose.body(between(rng, MIN_WORDS + 30, ORIGINAL_MAX_WORDS - 80))
    while word_total(paragraphs) > ORIGINAL_MAX_WORDS and len(paragraphs) > 2:
        paragraphs.pop()
    return paragraphs


@dataclass(eq=False)
class Story:
    """One planned story: its facts and its articles, the original (or unique report) first."""

    plan: StoryPlan
    facts: Facts
    articles: list[Article]


def draft_story(plan: StoryPlan, outlets: dict[int, OutletSpec], staff: dict[int, list[str]], seed: int) -> Story:
    """Everything but the bodies: headlines, bylines, captions, times (cheap; URLs need headlines)."""
    rng = random.Random(f"{seed}:story:{plan.story_id}")
    facts = invent_facts(rng)
    prose = Prose(rng, facts)
    lead = plan.placements[0]
    lead_outlet = outlets[lead.outlet]
    headline, caption = prose.headline(), prose.caption()
    articles = [Article(
        story_id=plan.story_id, outlet=lead_outlet, role=lead.role, published=lead.published,
        modified=_modified(rng, lead.published), section=facts.topic, headline=headline, paragraphs=[],
        authors=_byline(rng, staff[lead.outlet]), caption=caption,
        photo_credit=lead_outlet.name if plan.is_family else f"{lead_outlet.name} staff",
    )]
    for placement in plan.placements[1:]:
        copy_rng = random.Random(f"{seed}:copy-head:{plan.story_id}:{placement.outlet}")
        copy_headline = Prose(copy_rng, facts).headline()
        while copy_headline == headline:
            copy_headline = Prose(copy_rng, facts).headline()
        authors = articles[0].authors if copy_rng.random() < 0.5 else (lead_outlet.name,)
        articles.append(Article(
            story_id=plan.story_id, outlet=outlets[placement.outlet], role=placement.role,
            published=placement.published, modified=_modified(copy_rng, placement.published),
            section=facts.topic, headline=copy_headline, paragraphs=[], authors=authors, caption=caption,
            photo_credit=lead_outlet.name,
        ))
    return Story(plan, facts, articles)


def write_bodies(story: Story, seed: int) -> None:
    """Fill in the paragraphs: the original's, then each copy derived from it."""
    rng = random.Random(f"{seed}:body:{story.plan.story_id}")
    facts = story.facts
    paragraphs = _body(Prose(rng, facts), rng)
    lead, *copies = story.articles
    lead.paragraphs = list(paragraphs)
    if story.plan.is_family:
        lead.paragraphs[0] = f"{dateline(facts.place, lead.outlet.name)} {paragraphs[0]}"
    for article in copies:
        copy_rng = random.Random(f"{seed}:copy:{story.plan.story_id}:{article.outlet.index}")
        article.paragraphs, article.variations = derive_copy(
            copy_rng, paragraphs, facts, lead.outlet.name, lead.outlet.wire_aliases)
    for article in story.articles:
        words = word_total(article.paragraphs)
        if not MIN_WORDS <= words <= MAX_WORDS:
            raise RuntimeError(f"generator bug: {story.plan.story_id}/{article.outlet.id} has {words} words")


def assign_paths(articles: list[Article]) -> dict[int, list[Article]]:
    """Number each outlet's articles oldest first and give them their URL paths; returns them by outlet."""
    by_outlet: dict[int, list[Article]] = defaultdict(list)
    for article in articles:
        by_outlet[article.outlet.index].append(article)
    for outlet_articles in by_outlet.values():
        outlet_articles.sort(key=lambda a: (a.published, a.story_id))
        for number, article in enumerate(outlet_articles, start=1):
            local = article.local_published
            article.number = number
            article.path = f"/news/{local.year}/{local.month:02d}/{slugify(article.headline)}-{number}.html"
    return dict(sorted(by_outlet.items()))


def draft_stories(plans: list[StoryPlan], outlets: list[OutletSpec], seed: int) -> list[Story]:
    """Draft every story and give every article its URL path (bodies come later, story by story)."""
    by_index = {o.index: o for o in outlets}
    staff = _staff(outlets, seed)
    stories = [draft_story(plan, by_index, staff, seed) for plan in plans]
    assign_paths([a for story in stories for a in story.articles])
    return stories


def write_articles(plans: list[StoryPlan], outlets: list[OutletSpec], seed: int) -> dict[int, list[Article]]:
    """All articles with their bodies, by outlet index, each outlet's list oldest first."""
    stories = draft_stories(plans, outlets, seed)
    for story in stories:
        write_bodies(story, seed)
    return assign_paths([a for story in stories for a in story.articles])
