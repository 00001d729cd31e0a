"""Turn a story into one outlet's article, applying the copy variations it is tagged with.

Each variation mimics something real newsrooms do to a wire or partner story;
the tags go into truth.json so an evaluation can break errors down by kind.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime

from evalset.edits import edit
from evalset.outlets import Outlet, Wire
from evalset.story import StoryText
from evalset.textgen import join_paragraph, word_count

KINDS = (
    "headline", "dateline", "truncated40", "truncated60", "edited", "ads",
    "updated", "boilerplate", "reworded_lede", "wire_credit",
)
TRUNCATE = {"truncated40": 0.4, "truncated60": 0.6}
MIN_WORDS, MAX_WORDS = 250, 900


@dataclass
class Article:
    """One page of the evaluation web and its ground truth."""

    story: str
    outlet: Outlet
    headline: str
    sentences: list[list[str]]
    author: str
    published: datetime  # timezone-aware
    variations: list[str]
    is_original: bool
    wire: str | None
    lang: str
    summary: str
    ad_after: list[tuple[int, str]] = field(default_factory=list)  # (paragraph index, "ad" | "more")
    noise: list[tuple[int, str, str, str]] = field(default_factory=list)  # (after index, label, title, href)
    shared_paragraphs: list[str] = field(default_factory=list)  # boilerplate / wire closing carried
    notes: dict[str, float] = field(default_factory=dict)
    path: str = ""

    @property
    def paragraphs(self) -> list[str]:
        """Clean body paragraphs (no ad lines)."""
        return [join_paragraph(p, self.lang) for p in self.sentences]

    @property
    def body(self) -> str:
        """Clean body text as truth.json stores it."""
        return "\n\n".join(self.paragraphs)

    def words(self) -> int:
        """Body length in words (Japanese: two characters per word)."""
        return word_count(self.body, self.lang)


def dateline(story: StoryText, style: str, outlet: Outlet, wire: Wire | None, day: int) -> str:
    """A dateline in one of several house styles, in the article's language."""
    city = story.dateline_city
    if story.lang == "ko":
        source = wire.name_ko if wire and style != "outlet" else outlet.name
        return f"({city}={source})"
    if story.lang == "ja":
        source = wire.name_ja if wire and style != "outlet" else outlet.name
        return f"【{city}＝{source}】"
    country = story.facts["country"].removeprefix("the ")
    short = wire.short if wire else outlet.name
    return {
        "wire": f"{city} ({short}) --",
        "country": f"{city}, {country} —",
        "dated": f"{city}, {country}, Nov. {day} ({short}) -",
        "outlet": f"{city} ({outlet.name}) —",
    }[style]


def _truncate(sentences: list[list[str]], frac: float, lang: str) -> tuple[list[list[str]], float]:
    """Keep leading paragraphs closest to ``frac`` of the words, never under the floor."""
    counts = [word_count(join_paragraph(p, lang), lang) for p in sentences]
    total = sum(counts)
    best, best_err = len(sentences) - 1, float("inf")
    cum = 0
    for k in range(1, len(sentences)):
        cum += counts[k - 1]
        err = abs(cum / total - frac)
        if cum >= MIN_WORDS and err < best_err:
            best, best_err = k, err
    kept = sum(counts[:best])
    return [list(p) for p in sentences[:best]], kept / total


def _credit_line(wire: Wire, lang: str, rng: random.Random, names: tuple[str, str]) -> str:
    if lang == "ko":
        return f"{wire.name_ko} 제공"
    if lang == "ja":
        return f"（{wire.name_ja}）"
    return rng.choice(
        (
            f"{wire.name} contributed to this report.",
            f"(Reporting by {names[0]} for {wire.name}; editing by {names[1]})",
            f"Additional reporting by {wire.name}.",
        )
    )


def _closing(wire: Wire, lang: str) -> str:
    return {"ko": wire.closing_ko, "ja": wire.closing_ja}.get(lang, wire.closing)


def build_article(
    story: StoryText,
    outlet: Outlet,
    kinds: list[str],
    rng: random.Random,
    *,
    published: datetime,
    is_original: bool,
    wire: Wire | None,
    base_dateline: str | None,
    dateline_style: str | None,
    headline_index: int,
) -> Article:
    """Render ``story`` as it appears on ``outlet`` with the variations in ``kinds`` applied."""
    lang = story.lang
    sents = story.sentences(lede=1 if "reworded_lede" in kinds else 0, updated="updated" in kinds)
    notes: dict[str, float] = {}
    for kind, frac in TRUNCATE.items():
        if kind in kinds:
            sents, notes["kept_fraction"] = _truncate(sents, frac, lang)
    if "edited" in kinds:
        sents, notes["edited_fraction"] = edit(sents, rng)
    line = base_dateline
    if "dateline" in kinds:
        line = dateline(story, dateline_style or "country", outlet, wire, published.day)
    if line:
        sep = "" if lang == "ja" else " "
        sents[0][0] = f"{line}{sep}{sents[0][0]}"
    shared: list[str] = []
    staff = rng.choice(outlet.staff)
    author = staff
    if "wire_credit" in kinds and wire is not None:
        desk = (rng.choice(("Ines Carrow", "Tomas Pell", "Lydia Okoro", "Maren Skov")), staff)
        local_name = {"ko": wire.name_ko, "ja": wire.name_ja}.get(lang) or wire.name
        author = rng.choice((f"{desk[0]}, {local_name}", local_name)) if lang == "en" else local_name
        sents.append([_credit_line(wire, lang, rng, desk)])
        if rng.random() < 0.5 and _closing(wire, lang):
            sents.append([_closing(wire, lang)])
            shared.append(_closing(wire, lang))
    elif outlet.wire:
        author = f"{staff}, {outlet.wire}"
    if "boilerplate" in kinds:
        if outlet.boilerplate_at == "start":
            sents.insert(0, [outlet.boilerplate])
        else:
            sents.append([outlet.boilerplate])
        shared.append(outlet.boilerplate)
    ad_after: list[tuple[int, str]] = []
    if "ads" in kinds:
        slots = list(range(0, len(sents) - 1))
        rng.shuffle(slots)
        chosen = sorted(slots[: min(len(slots), rng.choice((2, 3, 3)))])
        ad_after = [(i, "ad" if n % 2 == 0 else "more") for n, i in enumerate(chosen)]
    first = sents[0][0] if sents[0][0] != outlet.boilerplate else sents[1][0]
    return Article(
        story=story.key,
        outlet=outlet,
        headline=story.headline(headline_index, updated="updated" in kinds),
        sentences=sents,
        author=author,
        published=published,
        variations=[k for k in KINDS if k in kinds],
        is_original=is_original,
        wire=wire.name if wire else None,
        lang=lang,
        summary=first,
        ad_after=ad_after,
        shared_paragraphs=shared,
        notes=notes,
    )
