# Invented news prose for the benchmark web: seeded, combinatorial, fast.
# Two unrelated articles share almost no word 5-shingles, so grouping sees only the real families.
"""Seeded prose generator: story facts, headlines, captions and body paragraphs.

Sentences come from frames written with ``str.format`` fields. A field is
either a named slot (``{place}``, ``{num}``, ``{PS}``) filled by :class:`Prose`,
or an inline alternation (``{rose|fell}``) from which one choice is taken.
Frames keep fixed runs shorter than five words and nearly every slot draws from
a long list or a random number, so a 5-word window rarely repeats across
stories, even two stories on the same topic. Everything is driven by the
``random.Random`` passed in: same seed, same words.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from benchweb import vocab

TOPICS = tuple(vocab.TOPICS)


@dataclass(frozen=True)
class Person:
    """Someone quoted in a story: introduced by full name and role, then by surname."""

    name: str
    role: str

    @property
    def surname(self) -> str:
        return self.name.rsplit(" ", 1)[-1]


@dataclass(frozen=True)
class Facts:
    """What stays fixed across one story's sentences (and across every copy of it)."""

    topic: str
    place: str
    region: str
    org: str
    firm: str
    noun: str        # the story's main subject, e.g. "zoning plan"
    adj: str
    people: tuple[Person, ...]
    day: str


def pick(rng: random.Random, seq: Sequence[str]) -> str:
    """``rng.choice`` at a third of the cost (it is called a few million times per web)."""
    return seq[int(rng.random() * len(seq))]


def between(rng: random.Random, low: int, high: int) -> int:
    """``rng.randint`` without its argument checks."""
    return low + int(rng.random() * (high - low + 1))


def invent_place(rng: random.Random) -> str:
    return f"{pick(rng, vocab.PLACE_HEADS)} {pick(rng, vocab.PLACE_TAILS)}"


def invent_firm(rng: random.Random) -> str:
    return f"{pick(rng, vocab.COMPANY_STEMS)} {pick(rng, vocab.COMPANY_KINDS)}"


def invent_name(rng: random.Random) -> str:
    return f"{pick(rng, vocab.FIRST_NAMES)} {pick(rng, vocab.SURNAMES)}"


def _bare(region: str) -> str:
    """"the Vell Valley" -> "Vell Valley", for names built on it ("the Vell Valley Water Board")."""
    return region.removeprefix("the ")


def invent_facts(rng: random.Random, topic: str | None = None) -> Facts:
    """A fresh story: topic, setting, institutions and the people who will be quoted."""
    topic = topic or pick(rng, TOPICS)
    words = vocab.TOPICS[topic]
    place, region, firm = invent_place(rng), pick(rng, vocab.REGIONS), invent_firm(rng)
    setting = {"place": place, "region": _bare(region), "firm": firm}
    org = pick(rng, words["orgs"]).format(**setting)
    roles = rng.sample(words["roles"], k=between(rng, 3, 4))
    people = tuple(Person(invent_name(rng), role.format(**setting)) for role in roles)
    return Facts(topic=topic, place=place, region=region, org=org, firm=firm, noun=pick(rng, words["nouns"]),
                 adj=pick(rng, vocab.GENERIC_ADJS), people=people, day=pick(rng, vocab.WEEKDAYS))


# --- frames -------------------------------------------------------------------------------
# Slots: PS person as subject (first mention "Name, role,"), PA person after a quote,
# org/place/region/firm/day from the facts, subject ("the <adj> <noun>"), noun/nouns/adj/verbed/base/
# group drawn from the topic, other* a fresh institution, num/bignum/money/pct/year numbers,
# time/source/connector phrases, clause and quote nested frames.

LEDES = (
    "{org} {verbed} {subject} {time}, a decision that {affects} {bignum} {group} in {place}.",
    "{group_cap} in {place} {face} {consequence} after {org} {verbed} {subject} {time}.",
    "{subject_cap} {is set to|could|will} {base} {num} {nouns} across {region}, {org} said {time}.",
    "After {num} {months|weeks} of {debate|delays|negotiations}, {org} {verbed} {subject} {time}, {source}.",
    "{org} {verbed} {subject} {time} in a {num}-{num} vote, {ending|capping|settling} a {dispute|fight|debate} that {split|divided|unsettled} {place}.",
    "{A|One} {adj} {noun} in {place} {drew|attracted|prompted} {bignum} {complaints|comments|objections} {time} as {org} {weighed|reviewed|considered} {subject}.",
)

SENTENCES = (
    "{PS} {speech} {clause}.",
    "\u201c{quote},\u201d {PS} said.",
    "\u201c{quote},\u201d said {PA}. \u201c{quote}.\u201d",
    "{connector} {org} {verbed} {num} {nouns} {time}, {source}.",
    "{subject_cap} {would|could|is expected to} {base} {num} {nouns} {by_when}, {source}.",
    "{group_cap} {in|near|around} {place} {have|had} {complained about|questioned|welcomed|pushed for} {a|the} {adj} {noun} {duration}.",
    "The {adj} {noun} {cost|is projected to cost|was budgeted at} {money}, {compare}.",
    "In {year}, {other} {verbed} a {adj} {noun}, and {clause}.",
    "{bignum_cap} {nouns} were {verbed} {time}, {up|down} from {bignum} {earlier}.",
    "{other_cap} did not {respond to|answer} {requests for comment|questions|an email seeking comment} {time}.",
    "{PS} {argued|warned|insisted|conceded|pointed out} that {clause}.",
    "{subject_cap} has drawn {criticism|support|questions} from {group}, {who|many of whom} {say|said} {clause}.",
    "{A vote|A decision|A final report|Another hearing|The next review} {is expected|is scheduled|is due} {by_when}.",
    "{pct} percent of {group} {surveyed|polled|questioned} by {firm_other} {said they|reported that they} {supported|opposed|knew little about} {subject}.",
    "{connector} {num} {group} {gathered|met|protested|lined up} {outside|near|at} {landmark} {time}.",
    "{PS} {said|noted} the {adj} {noun} {had|has} {already|so far} {cost|saved|used up} {money}.",
    "Records show {other} {spent|received|set aside} {money} on {nouns} {between_years}.",
    "{clause_cap}, {according to|said} {PA}.",
    "The {numword} {nouns} {in question|involved|affected} {were|had been} {verbed} by {other} {in|during} {month}.",
    "{PS} {declined to|would not} {say|confirm|speculate} whether {clause}.",
    "{connector} {other} {published|released|circulated} a {num}-page {report|memo|review} on {nouns} {time}.",
    "Under the {adj} {noun}, {group} {would|could} {pay|receive|lose|save} {money} {a year|each month|over the decade}.",
)

CLAUSES = (
    "the {adj} {noun} {would|could|might} {base} {num} {nouns} {by_when}",
    "{other} had {verbed} {num} {nouns} {time}",
    "{group} {deserved|needed|wanted} {clearer answers|more time|better information} {about|on} {subject}",
    "{subject} {was|remained} {on track|behind schedule|over budget|under review|in doubt} {time}",
    "{money} {was|would be} {set aside|needed|missing} for {num} {nouns}",
    "nobody {at|in} {other} {had|has} {explained|accounted for|justified} the {adj} {noun}",
    "{num} of the {bignum} {nouns} {reviewed|counted|inspected} {time} {failed|passed|met} {the standard|inspection|the test}",
    "the {year} {agreement|rules|estimate} {no longer|still} {applied|held|made sense}",
    "{place} {could|would} {lose|gain|miss out on} {money} {if|unless} {other} {acted|moved|changed course} {by_when}",
    "{group} in {region} {were|had been} {waiting|asking|pushing} for {a|the} {adj} {noun} since {year}",
)

QUOTES = (
    "We {have|had} {num} {nouns} and {only|just} {num} {of them|in use|that work}",
    "{Nobody|No one} {here|around here|in this town} {wants|expected|asked for} {a|another} {adj} {noun}",
    "This {is|was} {about|really about} {group}, not {group}",
    "We {will|are going to} {base} the {noun} {by_when} {if|unless} {other} {objects|steps in|says otherwise}",
    "I have {lived|worked} in {place} for {num} years and I {have never seen|cannot remember} {a|such a} {adj} {noun}",
    "{The numbers|These figures|The costs} {speak for themselves|do not add up|keep changing}",
    "{Every|Each} {month|week} {we wait|of delay} {costs|means} {money}",
    "{There is|There was} {no|little} {plan|money|appetite} for {a|the} {adj} {noun} {in|before|after} {year}",
    "{Our|The} {group} {need|deserve|were promised} {num} {nouns}, not {num}",
    "{It|That} {is|was} {not|hardly} {what|the deal} {other} {promised|agreed to} in {year}",
)

CAPTIONS = (
    "{name} {speaks|answers questions|looks on} {at|during|after} a {briefing|meeting|hearing} in {place} on {day}.",
    "{A|The} {adj2} {noun} {site|plans|area} in {place}, {region}, {photographed|seen} on {day}.",
    "{group_cap} {gather|wait|line up} {outside|near} {landmark} in {place} on {day}.",
)

HEADLINES = (
    "{place} {orgword} {verbs} {hsubject}",
    "{group_cap} {push back|rally|wait} as {place} {hnoun} {stalls|advances|slips}",
    "{hnoun_cap} in {place} {to cost|could cost|may cost} {money}",
    "{orgword_cap} {verbs} {num} {nouns} after {hsubject} review",
    "{place} {hnoun} {faces|wins|loses} {a vote|backing|funding} on {day}",
    "Questions grow over {hsubject} in {region}",
    "{num} {nouns} {at stake|in limbo|on hold} in {place} {hnoun} {fight|dispute|review}",
    "What the {hsubject} means for {group} in {place}",
    "{place} {group} {split|divided|uneasy} over {hsubject}",
    "{hsubject_cap} {clears|fails|survives} {first|final|key} {vote|test|hurdle} in {place}",
)

LANDMARKS = ("city hall", "the courthouse", "the main station", "the harbor office", "the old mill",
             "the county building", "the public library", "the fairgrounds", "the depot", "the clinic",
             "the north gate", "the town square", "the river bridge", "the school gym")
ORG_WORDS = ("council", "board", "panel", "regulator", "authority", "judge", "district", "agency",
             "mayor", "court", "inspector", "commission")


# Precomputed pools: a slot that is one pick from a tuple costs no Python call (see Prose.__getitem__).
_NUMBERS = tuple(str(n) for n in range(2, 100))
_SMALL = tuple(str(n) for n in range(2, 13))
_PERCENTS = tuple(f"{whole}.{tenth}" for whole in range(3, 90) for tenth in range(10))
_YEARS = tuple(str(year) for year in range(1968, 2026))
_RECENT_YEARS = tuple(str(year) for year in range(2015, 2026))
_ADJECTIVES = {topic: vocab.GENERIC_ADJS + words["adjs"] for topic, words in vocab.TOPICS.items()}


def _invent_orgs(topic: str, count: int = 400) -> tuple[str, ...]:
    """Institutions a sentence may bring in besides the story's own, fixed per topic."""
    rng = random.Random(f"orgs:{topic}")
    return tuple(pick(rng, vocab.TOPICS[topic]["orgs"]).format(
        place=invent_place(rng), region=_bare(pick(rng, vocab.REGIONS)), firm=invent_firm(rng)) for _ in range(count))


_OTHER_ORGS = {topic: _invent_orgs(topic) for topic in vocab.TOPICS}


def _third_person(base: str) -> str:
    """"approve" -> "approves", "spin off" -> "spins off": enough English for headlines."""
    verb, _, rest = base.partition(" ")
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        verb += "es"
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        verb = verb[:-1] + "ies"
    else:
        verb += "s"
    return f"{verb} {rest}".strip()


_ALTERNATIVES: dict[str, list[str]] = {}  # "rose|fell" -> ["rose", "fell"], split once
_A_BEFORE_VOWEL = re.compile(r"\b([Aa]) (?=[aeioAEIO]|[uU](?!ni|s|ti)|8|1[18]\b)")  # "an 18-page", not "an union"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Prose:
    """Fills frames for one body: remembers who was introduced so later mentions use surnames.

    Args:
        rng: The story's own random source; calls are made in a fixed order.
        facts: The story the sentences are about.
    """

    def __init__(self, rng: random.Random, facts: Facts) -> None:
        self.rng = rng
        self._random = rng.random
        self.facts = facts
        self.words = vocab.TOPICS[facts.topic]
        self.introduced: set[str] = set()
        words = self.words
        # Slots that are one pick from a list (choices may hold further slots): no call per use.
        self._pools: dict[str, Sequence[str]] = {
            "noun": words["nouns"], "nouns": words["plurals"], "verbed": words["verbs"], "base": words["bases"],
            "adj2": words["adjs"], "group": words["groups"], "numword": vocab.NUMBER_WORDS, "month": vocab.MONTHS,
            "ordinal": vocab.ORDINALS, "time": vocab.TIME_PHRASES, "source": vocab.SOURCES,
            "connector": vocab.CONNECTORS, "speech": vocab.SPEECH_VERBS, "clause": CLAUSES, "landmark": LANDMARKS,
            "orgword": ORG_WORDS, "adj": _ADJECTIVES[facts.topic], "num": _NUMBERS, "small": _SMALL,
            "pct": _PERCENTS, "year": _YEARS, "recent": _RECENT_YEARS,
            "affects": ("affects", "will affect", "could affect"),
            "face": ("face", "brace for", "expect", "are weighing"),
            "duration": ("for months", "since {month}", "all year", "for {small} years"),
            "earlier": ("a year earlier", "in {recent}", "the previous {month}"),
            "consequence": ("higher {nouns} costs", "months of {nouns} delays", "fewer {nouns}", "a {adj} {noun}",
                            "{num} more weeks of disruption", "a bill of {money}"),
        }
        self._slots = {
            "org": lambda: facts.org, "place": lambda: facts.place, "region": lambda: facts.region,
            "day": lambda: facts.day, "firm": lambda: facts.firm,
            "subject": self._subject, "subject_cap": lambda: _cap(self._subject()),
            "noun_cap": lambda: _cap(pick(rng, words["nouns"])),
            "verbs": lambda: _third_person(pick(rng, words["bases"])),
            "group_cap": lambda: _cap(pick(rng, words["groups"])),
            "other": self._other, "other_cap": lambda: _cap(self._other()), "firm_other": lambda: invent_firm(rng),
            "bignum": self._bignum, "bignum_cap": self._bignum, "money": self._money,
            "by_when": self._by_when,
            "clause_cap": lambda: _cap(self.fill(pick(rng, CLAUSES))),
            "quote": lambda: _cap(self.fill(pick(rng, QUOTES))),
            "PS": lambda: self._person(subject=True), "PA": lambda: self._person(subject=False),
            "name": lambda: pick(rng, facts.people).name, "orgword_cap": lambda: _cap(pick(rng, ORG_WORDS)),
            "hnoun": lambda: facts.noun, "hnoun_cap": lambda: _cap(facts.noun),
            "hsubject": self._headline_subject, "hsubject_cap": lambda: _cap(self._headline_subject()),
            "compare": self._compare, "between_years": self._between_years,
        }

    def __getitem__(self, key: str) -> str:
        """``str.format_map`` hook: a named slot, or one choice of an inline alternation."""
        pool = self._pools.get(key)
        if pool is None:
            slot = self._slots.get(key)
            if slot is not None:
                return slot()
            pool = _ALTERNATIVES.get(key)
            if pool is None:
                pool = _ALTERNATIVES[key] = key.split("|")
        choice = pool[int(self._random() * len(pool))]
        return choice.format_map(self) if "{" in choice else choice

    def fill(self, frame: str) -> str:
        return frame.format_map(self) if "{" in frame else frame

    def sentence(self, frames: tuple[str, ...]) -> str:
        return _cap(self.fill(pick(self.rng, frames)).strip())

    def paragraph(self, lede: bool = False) -> str:
        """Two to four sentences; a lede paragraph opens with a lede frame."""
        rng = self.rng
        parts = [self.sentence(LEDES)] if lede else []
        parts += [self.sentence(SENTENCES) for _ in range(between(rng, 1 if lede else 2, 3 if lede else 4))]
        return _A_BEFORE_VOWEL.sub(r"\1n ", " ".join(parts))

    def body(self, target_words: int) -> list[str]:
        """Paragraphs until ``target_words`` is reached (the last one may overshoot by one paragraph)."""
        paras = [self.paragraph(lede=True)]
        words = len(paras[0].split())
        while words < target_words:
            para = self.paragraph()
            paras.append(para)
            words += len(para.split())
        return paras

    def headline(self) -> str:
        return self.sentence(HEADLINES)

    def caption(self) -> str:
        return self.sentence(CAPTIONS)

    # --- slot helpers -----------------------------------------------------------------

    def _subject(self) -> str:
        return f"the {self.facts.adj} {self.facts.noun}" if self.rng.random() < 0.7 else f"the {self.facts.noun}"

    def _headline_subject(self) -> str:
        return f"{self.facts.adj} {self.facts.noun}" if self.rng.random() < 0.6 else self.facts.noun

    def _other(self) -> str:
        """A second institution: the story's own, or another on the same beat."""
        if self._random() < 0.4:
            return self.facts.org
        return pick(self.rng, _OTHER_ORGS[self.facts.topic])

    def _person(self, subject: bool) -> str:
        person = pick(self.rng, self.facts.people)
        if person.name in self.introduced:
            return person.surname
        self.introduced.add(person.name)
        return f"{person.name}, {person.role}," if subject else f"{person.name}, {person.role}"

    def _bignum(self) -> str:
        return f"{between(self.rng, 110, 48000):,}"

    def _money(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return f"${between(rng, 11, 980)},{between(rng, 0, 99) * 10:03d}"
        return f"${between(rng, 1, 96)}.{between(rng, 1, 9)} {pick(rng, ('million', 'billion'))}"

    def _by_when(self) -> str:
        rng = self.rng
        return pick(rng, (f"by {pick(rng, vocab.MONTHS)}", f"by {between(rng, 2027, 2034)}",
                           f"within {between(rng, 2, 30)} months", "before the end of the year",
                           f"by {pick(rng, vocab.MONTHS)} {between(rng, 2027, 2031)}", "next spring",
                           f"in the {pick(rng, ('first', 'second', 'third', 'fourth'))} quarter"))

    def _between_years(self) -> str:
        first = between(self.rng, 1975, 2019)
        return f"between {first} and {first + between(self.rng, 1, 6)}"

    def _compare(self) -> str:
        rng = self.rng
        return pick(rng, (f"about {between(rng, 2, 9)} times the {between(rng, 1990, 2024)} estimate",
                           f"{between(rng, 5, 70)} percent more than {pick(rng, ('planned', 'budgeted', 'forecast'))}",
                           f"well below the {self._money()} {pick(rng, ('first proposed', 'set aside', 'requested'))}",
                           f"up from {self._money()} in {between(rng, 2015, 2025)}"))
