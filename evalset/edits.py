"""The ``edited`` variation: a copy-editor's light touch on a republished story.

Removes one sentence, swaps a few words for synonyms and flips US/UK spelling
until 5-10% of the words differ (measured with a word diff), the range in
which a grouping should still see one story.
"""

from __future__ import annotations

import difflib
import random
import re
import unicodedata

from evalset.textgen import fix_articles

# One-way replacements a sub-editor might make; lower-case whole words only.
SYNONYMS = {
    "said": "stated", "about": "around", "around": "about", "began": "started", "started": "began",
    "officials": "authorities", "authorities": "officials", "residents": "locals", "quickly": "rapidly",
    "nearly": "almost", "almost": "nearly", "because": "since", "roughly": "approximately",
    "expected": "anticipated", "warned": "cautioned", "cautioned": "warned", "urged": "called on",
    "though": "although", "although": "though", "injured": "hurt", "destroyed": "wrecked",
    "children": "youngsters", "workers": "employees", "companies": "firms", "rose": "climbed",
    "showed": "indicated", "large": "big", "big": "large", "more than": "over",
    "at least": "no fewer than", "described": "characterised", "died": "perished", "shut": "closed",
    "closed": "shut", "helped": "assisted", "reporters": "journalists",
    "journalists": "reporters", "plans": "proposals", "announced": "unveiled",
    "damaged": "harmed", "percent": "per cent", "a lot of": "plenty of",
    "also": "additionally", "homes": "houses", "streets": "roads", "vessel": "boat",
    "ship": "vessel", "crowd": "throng", "crowds": "throngs", "decision": "ruling", "meeting": "session", "spokesman": "representative", "spokeswoman": "representative",
    "lawmakers": "legislators", "inquiry": "investigation", "investigation": "probe", "rescuers": "rescue workers",
    "villages": "hamlets", "towns": "communities", "shops": "stores", "police": "officers",
    "could": "might", "might": "could", "across": "throughout", "several": "a number of",
    "data": "information", "hackers": "attackers", "staff": "employees", "people": "individuals",
    "near": "close to", "while": "whilst", "government": "administration", "including": "such as",
}

# US <-> UK spellings; an edit flips whichever form the text uses.
_SPELLING_PAIRS = (
    ("center", "centre"), ("centers", "centres"), ("neighbor", "neighbour"), ("neighbors", "neighbours"),
    ("organization", "organisation"), ("organizations", "organisations"), ("program", "programme"),
    ("programs", "programmes"), ("defense", "defence"), ("canceled", "cancelled"), ("kilometers", "kilometres"),
    ("harbor", "harbour"), ("labor", "labour"), ("favor", "favour"), ("criticized", "criticised"),
    ("criticize", "criticise"), ("recognized", "recognised"), ("apologized", "apologised"), ("color", "colour"),
    ("theater", "theatre"), ("meters", "metres"), ("analyze", "analyse"), ("traveling", "travelling"),
    ("traveled", "travelled"), ("gray", "grey"), ("jewelry", "jewellery"), ("mold", "mould"),
    ("authorized", "authorised"), ("realized", "realised"), ("characterized", "characterised"),
    ("offense", "offence"), ("catalog", "catalogue"), ("fulfill", "fulfil"), ("labeled", "labelled"),
    ("stabilize", "stabilise"), ("mobilized", "mobilised"), ("prioritize", "prioritise"), ("tires", "tyres"),
)
SPELLING = {a: b for a, b in _SPELLING_PAIRS} | {b: a for a, b in _SPELLING_PAIRS}


def touched_fraction(before: str, after: str) -> float:
    """Share of the original's words not kept verbatim, in order, by the edit."""
    a, b = before.split(), after.split()
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    kept = sum(block.size for block in matcher.get_matching_blocks())
    return 1 - kept / max(1, len(a))


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def _candidates(sentences: list[list[str]]) -> list[tuple[int, int, str, str]]:
    """Every possible single-word edit: (paragraph, sentence, old, new)."""
    out: list[tuple[int, int, str, str]] = []
    table = SYNONYMS | SPELLING
    for p, para in enumerate(sentences):
        for s, sentence in enumerate(para):
            for old, new in table.items():
                if re.search(rf"\b{re.escape(old)}\b", sentence):
                    out.append((p, s, old, new))
            for word in re.findall(r"\w+", sentence):
                if _strip_accents(word) != word:
                    out.append((p, s, word, _strip_accents(word)))
    return out


def edit(sentences: list[list[str]], rng: random.Random, protect_first: bool = True) -> tuple[list[list[str]], float]:
    """Return an edited copy of paragraph-sentence lists and the fraction of words touched."""
    before = " ".join(" ".join(p) for p in sentences)
    total = len(before.split())
    out = [list(p) for p in sentences]
    # Remove one short-ish, quote-free sentence from a paragraph that keeps at least one.
    removable = [
        (p, s)
        for p, para in enumerate(out)
        if len(para) > 1 and (p > 0 or not protect_first)
        for s, sent in enumerate(para)
        if '"' not in sent and len(sent.split()) <= 0.04 * total
    ]
    if removable:
        p, s = rng.choice(removable)
        del out[p][s]
    target = rng.uniform(0.065, 0.085)
    joined = lambda x: " ".join(" ".join(p) for p in x)  # noqa: E731 - local shorthand
    per_word: dict[str, int] = {}
    current = touched_fraction(before, joined(out))
    for cap in (2, 4, 8):  # spread edits over many words first, allow repeats only if needed
        cands = _candidates(out)
        rng.shuffle(cands)
        for p, s, old, new in cands:
            if current >= target:
                break
            if per_word.get(old, 0) >= cap:
                continue
            changed = fix_articles(re.sub(rf"\b{re.escape(old)}\b", new, out[p][s], count=1))
            if changed == out[p][s]:
                continue
            trial = [list(x) for x in out]
            trial[p][s] = changed
            score = touched_fraction(before, joined(trial))
            if score <= 0.095:
                out, current = trial, score
                per_word[old] = per_word.get(old, 0) + 1
        if current >= 0.05:
            break
    while current < 0.05:  # short of synonyms: cut one more sentence, as sub-editors do
        spare = [(p, s) for p, para in enumerate(out) if p > 0 and len(para) > 1 for s, x in enumerate(para) if '"' not in x]
        if not spare:
            break
        p, s = rng.choice(spare)
        trial = [list(x) for x in out]
        del trial[p][s]
        score = touched_fraction(before, joined(trial))
        if score > 0.10:
            break
        out, current = trial, score
    return out, current
