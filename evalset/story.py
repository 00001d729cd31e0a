"""Compose one story's clean text from a topic's material.

The story keeps its sentences as *resolved templates* (wording fixed, slots
open) so that variations can re-render it: with a corrected figure
(``updated``), with another first paragraph (``reworded_lede``), or cut short.
Pattern choice is least-used-first per topic, which keeps different events of
one topic apart in wording, not just in facts.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from evalset.material_generic import GENERIC
from evalset.people import NamePool
from evalset.textgen import capitalise, fill, join_paragraph, render_body, render_sentences, resolve, word_count
from evalset.topics import Topic

Usage = dict[tuple[str, int], int]
EUROZONE = {
    "Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Estonia", "Finland", "France", "French Guiana",
    "Germany", "Greece", "Ireland", "Italy", "Latvia", "Lithuania", "Netherlands", "Portugal", "Slovakia",
    "Slovenia", "Spain",
}


@dataclass
class StoryText:
    """A story's facts and resolved sentence templates; rendering gives the text."""

    key: str
    lang: str
    topic: str
    facts: dict[str, str]
    headlines: list[str]  # [0] is the original's
    ledes: list[list[str]]  # alternative first paragraphs; [0] is the original's
    body: list[list[str]]  # paragraphs after the first
    update: list[str]  # paragraph added by a later version
    key_figure: str
    updated_value: str
    dateline_city: str

    def sentences(self, lede: int = 0, updated: bool = False) -> list[list[str]]:
        """The body as final sentences per paragraph; ``updated`` corrects the key figure and adds a paragraph."""
        facts = dict(self.facts)
        paras = [self.ledes[lede], *self.body]
        if updated:
            facts[self.key_figure] = self.updated_value
            paras = [*paras[:-1], self.update, paras[-1]] if len(paras) > 2 else [*paras, self.update]
        return render_sentences(paras, facts)

    def paragraphs(self, lede: int = 0, updated: bool = False) -> list[str]:
        """The body as final paragraph strings."""
        return [join_paragraph(p, self.lang) for p in self.sentences(lede, updated)]

    def headline(self, index: int = 0, updated: bool = False) -> str:
        """Headline ``index`` with facts filled (the corrected figure in a later version)."""
        facts = {**self.facts, self.key_figure: self.updated_value} if updated else self.facts
        return capitalise(fill(self.headlines[index % len(self.headlines)], facts))


def _pick(pool_id: str, size: int, k: int, usage: Usage, rng: random.Random) -> list[int]:
    """Indices of ``k`` least-used items of a pool (random tie-break), in pool order."""
    return _pick_from(pool_id, list(range(size)), k, usage, rng)


def _pick_from(pool_id: str, candidates: list[int], k: int, usage: Usage, rng: random.Random) -> list[int]:
    """``k`` of ``candidates``, least used first (random tie-break), in pool order."""
    candidates = list(candidates)
    rng.shuffle(candidates)
    candidates.sort(key=lambda i: usage.get((pool_id, i), 0))
    return sorted(candidates[:k])


def suited(pool: Sequence[str], topic_key: str) -> dict[int, str]:
    """Generic sentences usable for ``topic_key``: untagged ones and ``@a,b@``-tagged ones naming it."""
    out = {}
    for i, text in enumerate(pool):
        if text.startswith("@"):
            tags, text = text[1:].split("@", 1)
            if topic_key not in tags.split(","):
                continue
        out[i] = text
    return out


def _rank(pool_id: str, size: int, usage: Usage, rng: random.Random) -> list[int]:
    """All indices, least-used first (random tie-break)."""
    order = list(range(size))
    rng.shuffle(order)
    order.sort(key=lambda i: usage.get((pool_id, i), 0))
    return order


def _number(spec: str, rng: random.Random) -> str:
    kind, *args = spec.split(":")
    if kind == "i":
        lo, hi = int(args[0]), int(args[1])
        step = int(args[2]) if len(args) > 2 else 1
        return f"{rng.randrange(lo, hi + 1, step):,}"
    lo_f, hi_f = float(args[0]), float(args[1])
    return f"{rng.uniform(lo_f, hi_f):.1f}"


def draw_facts(
    topic: Topic,
    place: tuple[str, str],
    names: NamePool,
    weekday: str,
    date: str,
    rng: random.Random,
    usage: Usage | None = None,
) -> dict[str, str]:
    """All slot values of one event: place, day, five people, the topic's numbers.

    Choices from lists rotate least-used first, so two events of a topic rarely
    share a ship, a crop or an interest rate.
    """
    usage = {} if usage is None else usage

    def choose(name: str, options: list) -> object:
        pid = f"{topic.key}:fact:{name}"
        i = _rank(pid, len(options), usage, rng)[0]
        usage[(pid, i)] = usage.get((pid, i), 0) + 1
        return options[i]

    city, country = place
    facts = {"city": city, "country": country, "CITY": city.upper(), "weekday": weekday, "date": date}
    euro = country.removeprefix("the ") in EUROZONE
    facts["currency"], facts["cur_adj"] = ("euros", "euro") if euro else ("dollars", "dollar")
    for i in range(1, 6):
        full, last = names.take()
        facts[f"p{i}"], facts[f"p{i}_last"] = full, last
    for name, spec in topic.facts.items():
        if isinstance(spec, list) and isinstance(spec[0], dict):
            facts.update(choose(name, spec))  # linked values, e.g. a rate and the move that produced it
        elif isinstance(spec, list):
            facts[name] = fill(resolve(str(choose(name, spec)), rng, topic.macros), facts)
        elif isinstance(spec, str) and spec[:2] in ("i:", "f:"):
            facts[name] = _number(spec, rng)
        else:
            facts[name] = fill(resolve(str(spec), rng, topic.macros), facts)
    facts["Authority"] = capitalise(facts["authority"])
    facts["City"], facts["Country"] = city, capitalise(country)
    for i, role in enumerate(topic.roles, start=1):
        facts[f"p{i}_role"] = fill(resolve(role, rng, topic.macros), facts)
    facts[f"{topic.key_figure}_old"] = facts[topic.key_figure]
    return facts


def _corrected(value: str, rng: random.Random) -> str:
    """A plausible revised figure: a few percent (at least one) higher."""
    n = int(value.replace(",", ""))
    bump = max(1, round(n * rng.uniform(0.04, 0.15)))
    return f"{n + bump:,}"


Candidate = tuple[list[tuple[str, int]], list[str], bool]  # (pattern ids used, sentences, removable)


def _candidates(topic: Topic, usage: Usage, rng: random.Random, rich: bool) -> list[Candidate]:
    """Body paragraphs in reading order: themes, quotes between them, generic colour, a closing line."""
    res = lambda t: resolve(t, rng, topic.macros)  # noqa: E731 - local shorthand
    cands: list[Candidate] = []
    for t, theme in enumerate(topic.themes):
        pid = f"{topic.key}:theme{t}"
        k = len(theme) if rich else min(len(theme), rng.choice((2, 2, 3)))
        idx = _pick(pid, len(theme), k, usage, rng)
        cands.append(([(pid, i) for i in idx], [res(theme[i]) for i in idx], True))
    quote_idx = _pick(f"{topic.key}:quote", len(topic.quotes), 6 if rich else 4, usage, rng)
    for n, qi in enumerate(quote_idx):
        pos = min(len(cands), 1 + 2 * n + rng.randrange(2))
        cands.insert(pos, ([(f"{topic.key}:quote", qi)], [res(topic.quotes[qi])], True))
    generic = {cat: suited(pool, topic.key) for cat, pool in GENERIC[topic.family].items()}
    for cat, where in (("response", 0.35), ("background", 0.6), ("reaction", 0.75)):
        pid = f"{topic.family}:{cat}"
        idx = _pick_from(pid, sorted(generic[cat]), 2 if rich else rng.choice((1, 2)), usage, rng)
        pos = max(1, int(len(cands) * where))
        cands.insert(pos, ([(pid, i) for i in idx], [res(generic[cat][i]) for i in idx], True))
    last = _pick_from(f"{topic.family}:next", sorted(generic["next"]), 1, usage, rng)[0]
    cands.append(([(f"{topic.family}:next", last)], [res(generic["next"][last])], False))
    return cands


def _trim(cands: list[Candidate], lede: list[str], facts: dict[str, str], rng: random.Random, lo: int, hi: int) -> None:
    """Drop random removable paragraphs until the story fits ``hi`` words, never going under ``lo``."""

    def length(paras: list[list[str]]) -> int:
        return sum(word_count(p, "en") for p in render_body([lede, *paras], facts))

    while length([c[1] for c in cands]) > hi:
        drop = rng.choice([i for i, c in enumerate(cands) if c[2]])
        if length([c[1] for j, c in enumerate(cands) if j != drop]) < lo:
            break
        del cands[drop]


def compose(
    topic: Topic,
    key: str,
    place: tuple[str, str],
    names: NamePool,
    usage: Usage,
    rng: random.Random,
    weekday: str,
    date: str,
    max_words: int,
    min_words: int = 300,
) -> StoryText:
    """Write one English story of ``min_words``..``max_words`` words about a new event of ``topic``."""
    facts = draw_facts(topic, place, names, weekday, date, rng, usage)
    lede_order = _rank(f"{topic.key}:lede", len(topic.ledes), usage, rng)
    ledes = [[resolve(s, rng, topic.macros) for s in topic.ledes[i]] for i in lede_order]
    head_order = _rank(f"{topic.key}:head", len(topic.headlines), usage, rng)
    # A story that will be truncated must be long: start from all of its material, then trim.
    cands = _candidates(topic, usage, rng, rich=min_words >= 500)
    _trim(cands, ledes[0], facts, rng, min_words, max_words)
    for pid in [pid for ids, _, _ in cands for pid in ids] + [
        (f"{topic.key}:lede", lede_order[0]),
        (f"{topic.key}:head", head_order[0]),
    ]:
        usage[pid] = usage.get(pid, 0) + 1
    return StoryText(
        key=key,
        lang="en",
        topic=topic.key,
        facts=facts,
        headlines=[resolve(topic.headlines[i], rng, topic.macros) for i in head_order],
        ledes=ledes,
        body=[c[1] for c in cands],
        update=[resolve(rng.choice(topic.updates), rng, topic.macros)],
        key_figure=topic.key_figure,
        updated_value=_corrected(facts[topic.key_figure], rng),
        dateline_city=facts["CITY"],
    )
