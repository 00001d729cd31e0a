"""What a topic is made of, and the registry of all English topics.

A topic (earthquake, rate decision, ferry accident...) is a pool of sentence
patterns, not a story: every event of a topic draws its own facts (place,
numbers, people) and its own subset of patterns, least-used first, so two
earthquakes read like two reporters' work rather than one form filled twice.
The sentence material itself lives in the ``material_*`` modules.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Topic:
    """Sentence material for one kind of event.

    Fact specs: ``"i:lo:hi[:step]"`` an integer, ``"f:lo:hi"`` one decimal,
    a list of strings a choice, a list of dicts a choice of several linked
    facts at once, any other string a template resolved against the facts
    drawn before it (so it may use ``<city>``).
    """

    key: str
    family: str  # which generic pool (see material_generic) fits its tone
    places: tuple[tuple[str, str], ...]
    macros: dict[str, str]  # must define "event"
    facts: dict[str, object]  # must define "authority"
    key_figure: str  # an "i:" fact a later version corrects
    roles: tuple[str, ...]  # roles of people P1..P5
    headlines: tuple[str, ...]
    ledes: tuple[tuple[str, ...], ...]  # alternative first paragraphs
    themes: tuple[tuple[str, ...], ...]  # ordered paragraph themes, each a sentence pool
    quotes: tuple[str, ...]
    updates: tuple[str, ...]  # added paragraph in an updated version; may use <KEY_old>
    extra: dict[str, str] = field(default_factory=dict)


def all_topics() -> list[Topic]:
    """Every English topic, in a fixed order (the order feeds the seeded plan)."""
    from evalset import material_civic, material_culture, material_disaster, material_economy

    topics: list[Topic] = []
    for module in (material_disaster, material_economy, material_civic, material_culture):
        topics.extend(module.TOPICS)
    keys = [t.key for t in topics]
    if len(set(keys)) != len(keys):
        raise ValueError(f"duplicate topic keys: {keys}")
    return topics
