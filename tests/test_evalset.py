"""The generated evaluation set: deterministic, above its floors, internally consistent.

Generation runs in-process (no network, no server); the set is built once per
module and reused, plus one more build to prove byte-for-byte determinism.
"""

from __future__ import annotations

import json
import random
import re
import tomllib
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from datetime import datetime
from itertools import product
from pathlib import Path

import lxml.html
import pytest

from crawler.sources import parse_sources
from evalset import generate
from evalset.material_generic import GENERIC
from evalset.outlets import OUTLET_BY_ID, OUTLETS, WIRES
from evalset.people import NamePool
from evalset.shingles import containment, jaccard, shingles
from evalset.story import draw_facts, suited
from evalset.textgen import Mentions, resolve, word_count
from evalset.topics import all_topics
from evalset.variations import KINDS

BASE = "{{BASE}}"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
SHARED = {o.boilerplate for o in OUTLETS} | {w.closing for w in WIRES}  # recurring paragraphs


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("evalset")
    assert generate.main([str(path)]) == 0
    return path


@pytest.fixture(scope="module")
def truth(out: Path) -> dict:
    return json.loads((out / "truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def by_story(truth: dict) -> dict[str, list[dict]]:
    stories: dict[str, list[dict]] = defaultdict(list)
    for rec in truth["articles"]:
        stories[rec["story"]].append(rec)
    return stories


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_generation_is_byte_identical(out: Path, tmp_path: Path) -> None:
    assert generate.main([str(tmp_path / "again")]) == 0
    first, second = _files(out), _files(tmp_path / "again")
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


def test_floors(truth: dict, by_story: dict[str, list[dict]]) -> None:
    arts = truth["articles"]
    assert len(arts) >= 300
    assert len({a["outlet_id"] for a in arts}) >= 12
    multi = {k: v for k, v in by_story.items() if len(v) > 1}
    assert len(multi) >= 60
    for key, recs in multi.items():
        assert 2 <= len(recs) <= 6, key
        assert len({r["outlet_id"] for r in recs}) == len(recs), f"{key}: two copies on one outlet"
        assert sum(r["is_original"] for r in recs) == 1, key
    assert sum(len(v) == 1 for v in by_story.values()) >= 20
    kinds = Counter(v for a in arts for v in a["variations"])
    assert set(KINDS) <= set(kinds), set(KINDS) - set(kinds)
    assert min(kinds[k] for k in KINDS) >= 5
    reasons = Counter(why for _, _, why in truth["hard_negative_pairs"])
    assert reasons["shared_boilerplate"] >= 15 and reasons["same_topic"] >= 15
    for lang, script in (("ko", r"[\uac00-\ud7a3]"), ("ja", r"[\u3040-\u30ff]")):
        recs = [a for a in arts if a["lang"] == lang]
        assert recs and all(re.search(script, a["body"]) for a in recs), lang
        assert any(len(by_story[a["story"]]) > 1 for a in recs), f"{lang} stories need copies"
    for a in arts:
        assert 250 <= word_count(a["body"], a["lang"]) <= 900, (a["path"], a["variations"])
        assert a["published_at"].startswith("2026-11-") and a["published_at"].endswith("Z")


def test_every_truth_path_is_a_page_and_every_page_is_in_truth(out: Path, truth: dict) -> None:
    site = out / "site"
    paths = {a["path"] for a in truth["articles"]}
    assert len(paths) == len(truth["articles"])
    for path in paths:
        assert (site / path.lstrip("/")).is_file(), path
    pages = {"/" + str(p.relative_to(site)) for p in site.rglob("*.html") if p.name != "index.html"}
    assert pages == paths


def test_batches_partition_by_publication_day(truth: dict, by_story: dict[str, list[dict]]) -> None:
    batches = truth["batches"]
    assert sorted(batches) == ["1", "2", "3"]
    listed = [p for b in batches.values() for p in b]
    assert len(listed) == len(set(listed)) == len(truth["articles"])
    day_of = {b: {a["published_at"][:10] for a in truth["articles"] if a["path"] in batches[b]} for b in batches}
    assert all(len(days) == 1 for days in day_of.values()), day_of
    days = [day_of[b].pop() for b in ("1", "2", "3")]
    assert days == sorted(set(days)), days
    later = 0
    for recs in by_story.values():
        original = next(r for r in recs if r["is_original"])
        for r in recs:
            assert r["published_at"] >= original["published_at"], r["path"]
            later += int(r["batch"]) > int(original["batch"])
    assert later >= 10


def test_hard_negatives_share_little_text(truth: dict, by_story: dict[str, list[dict]]) -> None:
    sh = {a["path"]: shingles(a["body"]) for a in truth["articles"]}
    worst = 0.0
    for a, b, why in truth["hard_negative_pairs"]:
        assert a != b and a in by_story and b in by_story
        pairs = list(product(by_story[a], by_story[b]))
        worst = max(worst, max(jaccard(sh[x["path"]], sh[y["path"]]) for x, y in pairs))
        if why == "same_topic":
            assert truth["stories"][a]["topic"] == truth["stories"][b]["topic"]
        else:
            shared = any(
                set(x["body"].split("\n\n")) & set(y["body"].split("\n\n")) for x, y in pairs
            )
            assert shared, f"{a}/{b} share no verbatim paragraph"
    assert worst < 0.15


def test_truncated_copies_are_contained_in_their_original(truth: dict, by_story: dict[str, list[dict]]) -> None:
    seen = 0
    for recs in by_story.values():
        original = next(r for r in recs if r["is_original"])
        for r in recs:
            for kind, lo, hi in (("truncated40", 0.3, 0.5), ("truncated60", 0.5, 0.7)):
                if kind in r["variations"]:
                    seen += 1
                    assert lo <= r["kept_fraction"] <= hi, r["path"]
                    if kind == "truncated40":
                        assert containment(shingles(r["body"]), shingles(original["body"])) > 0.7, r["path"]
    assert seen >= 10


def test_variations_do_what_their_tags_say(truth: dict, by_story: dict[str, list[dict]]) -> None:
    for recs in by_story.values():
        original = next(r for r in recs if r["is_original"])
        first = [p for p in original["body"].split("\n\n") if p not in SHARED]
        for r in recs:
            if r["is_original"]:
                continue
            v, paras = r["variations"], r["body"].split("\n\n")
            if "headline" in v:
                assert r["title"] != original["title"], r["path"]
            elif "updated" not in v:
                assert r["title"] == original["title"], r["path"]
            if "edited" in v:
                assert 0.05 <= r["edited_fraction"] <= 0.10, r["path"]
            if "ads" in v:
                assert r["noise_lines"], r["path"]
            if "updated" in v:
                assert len(paras) > len(first) - 1 and r["body"] != original["body"], r["path"]
            if "boilerplate" in v:
                assert OUTLET_BY_ID[r["outlet_id"]].boilerplate in paras, r["path"]
            if "wire_credit" in v:
                assert r["wire"] and (r["wire"] in r["author"] or r["wire"] in paras[-1] or r["wire"] in paras[-2])
            if "reworded_lede" in v:
                assert first[0] not in r["body"], r["path"]
                assert "edited" in v or "updated" in v or first[1] in r["body"], r["path"]
            if "dateline" in v:
                assert not any(p.startswith(first[0][:40]) for p in paras[:2]), r["path"]


def _locs(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    if root.tag == "rss":
        assert root.attrib["version"] == "2.0"
        return [item.findtext("link") for item in root.iter("item")]
    return [u.findtext(f"{SITEMAP_NS}loc") for u in root.iter(f"{SITEMAP_NS}url")]


def test_feeds_and_sitemaps_list_exactly_their_articles(out: Path, truth: dict) -> None:
    site = out / "site"
    for oid in {a["outlet_id"] for a in truth["articles"]}:
        mine = [a for a in truth["articles"] if a["outlet_id"] == oid]
        for name, batch in [("", None), ("-batch1", "1"), ("-batch2", "2"), ("-batch3", "3")]:
            want = sorted(BASE + a["path"] for a in mine if batch is None or a["path"] in truth["batches"][batch])
            for stem in ("rss", "sitemap"):
                got = _locs(site / oid / f"{stem}{name}.xml")
                assert sorted(got) == want, (oid, stem, name)


def test_sources_files_point_at_the_listings(out: Path, truth: dict) -> None:
    outlets = {a["outlet_id"] for a in truth["articles"]}
    for name, feed, smap in [("sources.toml", "rss.xml", "sitemap.xml")] + [
        (f"sources-batch{b}.toml", f"rss-batch{b}.xml", f"sitemap-batch{b}.xml") for b in (1, 2, 3)
    ]:
        text = (out / name).read_text(encoding="utf-8")
        raw = tomllib.loads(text)
        assert {o["id"] for o in raw["outlets"]} == outlets
        for o in raw["outlets"]:
            assert o["feeds"] == [f"{BASE}/{o['id']}/{feed}"] and o["sitemaps"] == [f"{BASE}/{o['id']}/{smap}"]
            assert (out / "site" / o["id"] / feed).is_file() and (out / "site" / o["id"] / smap).is_file()
        parsed = parse_sources(tomllib.loads(text.replace(BASE, "http://127.0.0.1:8765")), name)
        assert len(parsed) == len(outlets)


def test_article_pages_carry_the_truth(out: Path, truth: dict) -> None:
    jsonld = 0
    for rec in truth["articles"]:
        raw = (out / "site" / rec["path"].lstrip("/")).read_text(encoding="utf-8")
        doc = lxml.html.fromstring(raw)
        assert doc.findtext(".//h1") == rec["title"]
        assert rec["title"] in doc.findtext(".//title")
        body = [p.text_content() for p in doc.xpath("//article//p[not(@class)]")]
        assert "\n\n".join(body) == rec["body"], rec["path"]
        noise = [e.text_content() for e in doc.xpath("//article//*[@class='ad-slot' or @class='inline-link']")]
        assert noise == rec["noise_lines"], rec["path"]
        published = datetime.fromisoformat(rec["published_at"].replace("Z", "+00:00"))
        blobs = doc.xpath("//script[@type='application/ld+json']/text()")
        if blobs:
            jsonld += 1
            when = json.loads(blobs[0])["datePublished"]
        else:
            when = doc.xpath("//meta[@property='article:published_time']/@content")[0]
        assert re.search(r"[+-]\d\d:\d\d$", when) and datetime.fromisoformat(when) == published
        for href in doc.xpath("//@href"):
            assert href.startswith(BASE) or href.startswith("#"), href
        assert "Log in" in raw or "로그인" in raw or "ログイン" in raw
    assert 0.3 < jsonld / len(truth["articles"]) < 0.7


def test_sentence_material_is_well_formed() -> None:
    """Every pattern resolves and fills to clean text: no stray braces, slots or doubled spaces."""
    bad = []
    for topic in all_topics():
        pools = [*topic.ledes, topic.headlines, topic.quotes, topic.updates, *topic.themes]
        pools += [list(suited(pool, topic.key).values()) for pool in GENERIC[topic.family].values()]
        for seed in range(3):
            rng = random.Random(seed)
            facts = draw_facts(topic, topic.places[seed], NamePool(rng), "Monday", "November 10", rng)
            for pool in pools:
                for template in pool:
                    text = Mentions(facts).render(resolve(template, rng, topic.macros))
                    if re.search(r"[{}<>@]|  | [,.]|\.\.", text):
                        bad.append(text)
    assert bad == []
