"""Tests for dedup.assign: story assignment on invented wire copy."""

import pickle

import numpy as np
import pytest

from dedup.assign import Assignment, InMemoryShingleSource, StoredArticle, StoryAssigner
from dedup.boilerplate import BoilerplateFilter
from dedup.index import BandIndex

# --- an invented wire story (10 paragraphs) --------------------------------
PORT_STRIKE = [
    "Dock workers at the port of Calderon walked off the job on Monday, halting the loading of container ships for the first time in nearly two decades after talks over pay and automation collapsed late on Sunday night.",
    "The union representing about 4,300 crane operators, lashers and clerks said the stoppage would last at least 72 hours and could be extended if port operators did not return to the table with a better offer.",
    "Port officials said 23 vessels were waiting at anchor outside the harbor by midday and warned that the backlog would take weeks to clear, with knock-on effects for retailers already stocking up for the holiday season.",
    "At the heart of the dispute is a plan to install automated stacking cranes at two of the port's five terminals, which the union says would eliminate hundreds of jobs over the next five years without adequate retraining.",
    "The operators' association has offered a wage increase of 9 percent over three years and a guarantee that no permanent employee would be laid off because of automation before the end of the current contract.",
    "Union leader Marisol Etxeberria told reporters at the picket line that the offer fell far short of what members needed to keep up with rents in the city, which have risen by a third since the pandemic.",
    "Trucking companies that serve the port said drivers had been turned away at the gates since dawn, and several warehouses in the industrial belt north of the city sent staff home early.",
    "The regional chamber of commerce estimated that each day of the strike would cost the local economy about 40 million dollars, a figure the union dismissed as an exaggeration designed to turn the public against workers.",
    "The labor ministry said it had invited both sides to a mediation session on Wednesday and urged them to resume negotiations in good faith to avoid lasting damage to the country's main trade gateway.",
    "The last major strike at Calderon, in 2006, lasted eleven days and ended with a government-brokered deal that raised wages and created a joint committee on safety that still meets every month.",
]

# --- two different events on the same topic ---------------------------------
QUAKE_NORTH = [
    "A magnitude 6.1 earthquake struck off the northern coast early on Thursday, shaking buildings in the port city of Vellmar and sending residents running into the streets, the national seismological service said.",
    "The quake hit at 4:12 a.m. local time at a depth of 10 kilometers, about 35 kilometers northwest of Vellmar, according to the service. A tsunami warning was issued and lifted about an hour later.",
    "There were no immediate reports of deaths. Local television showed cracked walls and broken windows in the old town, and the fire brigade said it had rescued two people trapped in a lift.",
    "Mayor Joanna Reski said schools in Vellmar would stay closed on Thursday while engineers inspected them, and asked residents to avoid the seafront promenade, where part of a retaining wall had collapsed.",
    "The region sits near the junction of two tectonic plates and is frequently hit by earthquakes. A magnitude 6.8 quake in 1997 killed 41 people and destroyed much of the harbor district.",
]
QUAKE_SOUTH = [
    "A magnitude 5.4 earthquake shook the southern highlands on Saturday afternoon, damaging several farmhouses and a church in the village of Orth, the national seismological service said.",
    "The quake struck at 3:40 p.m. local time at a depth of 10 kilometers, about 12 kilometers east of Orth, according to the service. No tsunami warning was issued because the epicenter was far inland.",
    "There were no immediate reports of deaths. Regional authorities said three people were treated in hospital for minor injuries, and a landslide briefly blocked the main road to the provincial capital.",
    "Provincial governor Tomas Adair said emergency crews were checking bridges and water tanks across the valley, and that families whose homes were damaged would be housed in the village sports hall.",
    "The highlands are less seismically active than the coast, but moderate quakes are felt there every few years. The strongest on record, a magnitude 6.2 tremor in 1952, destroyed the old Orth bridge.",
]

# --- two different stories from one outlet sharing a boilerplate paragraph --
SHARED_FOOTER = "This report was produced with support from the Harbor Light Foundation, which funds local accountability journalism in the region. The foundation has no say in editorial decisions."
LIBRARY = [
    "The city council voted 7-2 on Tuesday to keep the Eastside branch library open for another two years, reversing a plan to close it as part of a broader round of budget cuts.",
    "Residents had packed three public hearings to defend the branch, which lends more than 60,000 items a year and runs the only free homework club in the neighborhood.",
    "Councilmember Dana Whitfield, who proposed the rescue, said the money would come from delaying the resurfacing of two downtown parking garages rather than from other services.",
    SHARED_FOOTER,
]
BRIDGE = [
    "State inspectors have ordered the Miller Creek bridge closed to trucks heavier than ten tons after finding corrosion in two of its steel support beams during a routine inspection last week.",
    "The 1964 bridge carries about 9,000 vehicles a day between the quarry district and the interstate, and freight companies said the detour would add up to 40 minutes to each trip.",
    "The transportation department said repairs would begin in the spring and that a full replacement, estimated at 31 million dollars, was already on its list of priority projects for 2027.",
    SHARED_FOOTER,
]


def wire_copy_of(paras):
    """A republished copy: new headline, dateline, first 40% only, light edits, inserted lines."""
    kept = list(paras[:4])
    kept[0] = "CALDERON, Oct 14 (Newswire) — " + kept[0].replace("on Monday", "Monday")
    kept[2] = kept[2].replace("warned that", "cautioned that")
    kept[3] = kept[3].replace("hundreds of jobs", "several hundred jobs")
    return "\n".join(
        [
            "Port grinds to a halt as dockers strike over robot cranes",
            kept[0],
            "Advertisement",
            kept[1],
            "Read more",
            kept[2],
            kept[3],
            "Advertisement",
        ]
    )


def assigner(source=None, **kw):
    return StoryAssigner(source if source is not None else InMemoryShingleSource(), BandIndex(), **kw)


def test_truncated_edited_copy_joins_original():
    a = assigner()
    first = a.assign("orig", "\n".join(PORT_STRIKE), "en", "wire")
    assert first == Assignment(None, None, 0.0, 0.0, "new")
    copy = a.assign("copy", wire_copy_of(PORT_STRIKE), "en", "daily-herald")
    assert copy.story_key == "orig" and copy.matched_key == "orig"
    assert copy.method == "contained"
    assert copy.containment > 0.75 and copy.similarity < 0.5
    assert a.source.get_articles(["copy"])["copy"].story_key == "orig"


def test_original_arriving_after_its_truncated_copy_joins_it():
    a = assigner()
    a.assign("copy", wire_copy_of(PORT_STRIKE), "en", "daily-herald")
    later = a.assign("orig", "\n".join(PORT_STRIKE), "en", "wire")
    assert (later.story_key, later.method) == ("copy", "contained")


def test_near_duplicate_and_exact_copy():
    a = assigner()
    a.assign(1, "\n".join(PORT_STRIKE), "en", "wire")
    edited = list(PORT_STRIKE)
    edited[5] = edited[5].replace("told reporters", "said")
    edited[8] = "The labor ministry offered mediation on Wednesday."
    near = a.assign(2, "PORT CITY (Wire) — " + "\n".join(edited), "en", "paper-b")
    assert (near.story_key, near.method) == (1, "near") and near.similarity > 0.7
    exact = a.assign(3, "\n\n".join(PORT_STRIKE).upper(), "en", "paper-c")
    assert (exact.story_key, exact.matched_key, exact.method) == (1, 1, "exact")


def test_stories_sharing_a_boilerplate_paragraph_stay_apart():
    a = assigner()
    assert a.assign("lib", "\n".join(LIBRARY), "en", "gazette").method == "new"
    assert a.assign("bridge", "\n".join(BRIDGE), "en", "gazette").method == "new"


def test_outlet_boilerplate_removed_before_shingling():
    bp = BoilerplateFilter(min_articles=2)
    a = assigner(boilerplate=bp)
    a.assign("lib", "\n".join(LIBRARY), "en", "gazette")
    a.assign("bridge", "\n".join(BRIDGE), "en", "gazette")
    quake = a.assign("quake", "\n".join(QUAKE_NORTH + [SHARED_FOOTER]), "en", "gazette")
    assert quake.method == "new"
    stored = a.source.get_articles(["quake"])["quake"]
    without_footer, _ = a.shingle_article("\n".join(QUAKE_NORTH), "en", None)
    assert np.array_equal(stored.shingles, without_footer)


def test_same_topic_different_events_stay_apart():
    a = assigner()
    assert a.assign("north", "\n".join(QUAKE_NORTH), "en", "wire").method == "new"
    assert a.assign("south", "\n".join(QUAKE_SOUTH), "en", "wire").method == "new"


def _chain_paragraphs():
    rng = np.random.default_rng(21)
    words = [f"{a}{b}" for a in ("ka", "lo", "mi", "ne", "su", "ta", "ve", "ro") for b in ("n", "r", "sh", "t", "l", "m")]
    return [" ".join(rng.choice(words, 45)) for _ in range(16)]


def test_never_chains_through_an_intermediate_article():
    p = _chain_paragraphs()
    A, B, C = p[0:10], p[2:12], p[5:15]  # J(A,B)~8/12, J(B,C)~7/13, J(A,C)~5/15
    a = assigner()
    assert a.assign("A", "\n".join(A), "en", "x").method == "new"
    b = a.assign("B", "\n".join(B), "en", "y")
    assert (b.story_key, b.method) == ("A", "near")
    c = a.assign("C", "\n".join(C), "en", "z")
    # C matches B (a member) but not A (the representative): one member is
    # not enough, so C founds a new story instead of chaining into A's.
    assert c == Assignment(None, None, 0.0, 0.0, "new")
    # A later article matching C's story never merges the two stories.
    d = a.assign("D", "\n".join(p[5:15]) + "\nextra closing words here", "en", "w")
    assert d.story_key == "C"
    assert a.source.stories() == {"A": "A", "B": "A", "C": "C", "D": "C"}


def test_member_support_can_join_without_representative_match():
    p = _chain_paragraphs()
    a = assigner(member_support=2, representative_floor=0.3)
    a.assign("R", "\n".join(p[0:8]), "en", "x")  # representative
    a.assign("M1", "\n".join(p[0:12]), "en", "y")  # contains R
    a.assign("M2", "\n".join(p[0:12]) + "\nAdded closing paragraph with five words", "en", "z")
    n = a.assign("N", "\n".join(p[4:12]), "en", "w")  # overlaps R by 4/8 = 0.5 only
    # J(N, M1) = 8/12: a "near" match with two members, anchored by R.
    assert (n.story_key, n.method) == ("R", "near")
    assert n.matched_key == "M1"  # the better of the two member matches
    # The same article with a higher member_support founds a new story.
    b = assigner(member_support=3)
    for k, t in (("R", p[0:8]), ("M1", p[0:12]), ("M2", p[0:12] + ["Added closing paragraph with five words"])):
        b.assign(k, "\n".join(t), "en", "x")
    assert b.assign("N", "\n".join(p[4:12]), "en", "w").method == "new"


def _stream():
    """A mixed stream: originals, copies, updates, boilerplate footers."""
    footer = {"gazette": SHARED_FOOTER, "herald": "Sign up for the Herald newsletter to get the day's top stories every morning."}
    items = []
    for n, (story, outlet) in enumerate(
        [
            (PORT_STRIKE, "wire"),
            (QUAKE_NORTH, "gazette"),
            (LIBRARY[:3], "gazette"),
            (QUAKE_SOUTH, "herald"),
            (BRIDGE[:3], "herald"),
        ]
    ):
        items.append((f"s{n}", "\n".join(story + ([footer[outlet]] if outlet in footer else [])), outlet))
    for n, story in enumerate([PORT_STRIKE, QUAKE_NORTH, QUAKE_SOUTH, LIBRARY[:3], BRIDGE[:3]]):
        for outlet in ("gazette", "herald"):
            text = "\n".join(["A new headline " + outlet, "DATELINE — " + story[0], "Advertisement", *story[1:4], footer[outlet]])
            items.append((f"c{n}-{outlet}", text, outlet))
    items.append(("strike-copy", wire_copy_of(PORT_STRIKE), "herald"))
    return items


def test_incremental_runs_with_reloaded_state_equal_batch(tmp_path):
    items = _stream()
    batch = assigner(boilerplate=BoilerplateFilter(min_articles=3))
    batch_results = [batch.assign(k, t, "en", o) for k, t, o in items]

    source = InMemoryShingleSource()
    bp_bytes = BoilerplateFilter(min_articles=3).to_bytes()
    index_path = tmp_path / "index.npz"
    BandIndex().save(index_path)
    incremental_results = []
    for run in (items[:5], items[5:11], items[11:]):
        a = StoryAssigner(source, BandIndex.load(index_path), boilerplate=BoilerplateFilter.from_bytes(bp_bytes))
        incremental_results += [a.assign(k, t, "en", o) for k, t, o in run]
        a.index.save(index_path)
        bp_bytes = a.boilerplate.to_bytes()
        source = pickle.loads(pickle.dumps(source))  # persisted and reloaded

    assert incremental_results == batch_results
    assert source.stories() == batch.source.stories()
    assert bp_bytes == batch.boilerplate.to_bytes()
    stories = batch.source.stories()
    # sanity: copies landed with their originals, different stories apart
    assert stories["c0-gazette"] == stories["c0-herald"] == stories["strike-copy"] == "s0"
    assert stories["c1-herald"] == "s1" and stories["c2-gazette"] == "s3"
    assert len(set(stories[k] for k in ("s0", "s1", "s2", "s3", "s4"))) == 5


def test_rebuilt_index_gives_same_results():
    items = _stream()
    a = assigner()
    first = [a.assign(k, t, "en", o) for k, t, o in items[:8]]
    rebuilt = BandIndex.from_signatures(a.source.signatures())
    b = StoryAssigner(pickle.loads(pickle.dumps(a.source)), rebuilt, boilerplate=BoilerplateFilter.from_bytes(a.boilerplate.to_bytes()))
    assert [a.assign(k, t, "en", o) for k, t, o in items[8:]] == [b.assign(k, t, "en", o) for k, t, o in items[8:]]
    assert first


def test_korean_and_chinese_copies():
    ko = [
        "서울 강남구의 한 오피스텔에서 6일 새벽 화재가 발생해 주민 40여 명이 대피했다고 소방당국이 밝혔다.",
        "소방당국은 인력 120여 명과 장비 30여 대를 투입해 약 두 시간 만에 불을 완전히 껐다고 설명했다.",
        "이 불로 주민 세 명이 연기를 마셔 병원으로 옮겨졌으나 생명에는 지장이 없는 것으로 알려졌다.",
        "경찰과 소방당국은 정확한 화재 원인과 재산 피해 규모를 조사하고 있다고 덧붙였다.",
    ]
    zh = [
        "国家统计局周三发布的数据显示，十月份全国规模以上工业增加值同比增长百分之五点三，增速比上月加快零点二个百分点。",
        "分行业看，汽车制造业和电子设备制造业增长较快，其中新能源汽车产量同比增长超过三成。",
        "统计局新闻发言人表示，当前经济运行总体平稳，但外部环境仍然复杂多变，国内需求有待进一步恢复。",
        "分析人士预计，随着一系列稳增长政策逐步落地，四季度经济有望保持回升向好的态势。",
    ]
    a = assigner()
    a.assign("ko", "\n".join(ko), "ko", "yonhap")
    a.assign("zh", "\n".join(zh), "zh", "xinhua")
    ko_copy = a.assign("ko2", "[속보] 강남 오피스텔 화재\n" + "\n".join(ko[:3]).replace("밝혔다", "전했다"), "ko", "other")
    zh_copy = a.assign("zh2", "十月工业数据出炉\n" + "\n".join(zh[:3]), "zh", "other")
    assert (ko_copy.story_key, zh_copy.story_key) == ("ko", "zh")


def test_empty_text_is_new_and_not_indexed():
    a = assigner()
    res = a.assign("empty", "Advertisement\n\n", "en", "x")
    assert res.method == "new" and "empty" not in a.index
    assert isinstance(a.source.get_articles(["empty"])["empty"], StoredArticle)


def test_errors():
    with pytest.raises(ValueError, match="source"):
        StoryAssigner(object())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="jaccard_threshold"):
        assigner(jaccard_threshold=0)
    with pytest.raises(ValueError, match="num_perm"):
        StoryAssigner(InMemoryShingleSource(), BandIndex(num_perm=64, bands=32))
    a = assigner()
    a.assign("x", "\n".join(PORT_STRIKE), "en", "wire")
    with pytest.raises(ValueError, match="already assigned"):
        a.assign("x", "\n".join(PORT_STRIKE), "en", "wire")


def _paragraphs(seed: int, count: int) -> list[str]:
    """Distinct invented 40-word paragraphs (a fixed-seed draw from a small made-up vocabulary)."""
    import random

    rng = random.Random(seed)
    vocab = [f"{a}{b}" for a in ("tal", "mor", "ven", "sil", "kar", "dun", "fel", "ros") for b in ("ak", "en", "ir", "ou", "ys", "eth")]
    return [" ".join(rng.choice(vocab) for _ in range(40)) + "." for _ in range(count)]


def test_an_original_merges_two_stories_split_by_arrival_order() -> None:
    p = _paragraphs(11, 6)
    source = InMemoryShingleSource()
    assigner = StoryAssigner(source)
    first_copy = assigner.assign(1, "\n\n".join(p[0:4]), outlet="a")
    second_copy = assigner.assign(2, "\n\n".join(p[2:6]), outlet="b")
    assert first_copy.method == "new" and second_copy.method == "new", "half-overlapping copies stay apart"
    original = assigner.assign(3, "\n\n".join(p), outlet="wire")
    assert original.story_key == 1 and original.merged == (2,)
    assert source.stories() == {1: 1, 2: 1, 3: 1}


def test_an_article_containing_two_unrelated_stories_merges_nothing() -> None:
    story_x, story_y = _paragraphs(21, 4), _paragraphs(22, 4)
    source = InMemoryShingleSource()
    assigner = StoryAssigner(source)
    assigner.assign(1, "\n\n".join(story_x), outlet="a")
    assigner.assign(2, "\n\n".join(story_y), outlet="b")
    roundup = assigner.assign(3, "\n\n".join(story_x + story_y), outlet="c")
    assert roundup.merged == ()
    assert source.stories()[1] == 1 and source.stories()[2] == 2


def test_features_made_in_another_process_give_the_same_stories_and_state() -> None:
    """What a worker process computes (sent pickled) changes nothing, boilerplate and language hints included."""
    articles = [
        ("lib", "\n".join(LIBRARY), "en", "gazette"),
        ("bridge", "\n".join(BRIDGE), "en", "gazette"),
        ("orig", "\n".join(PORT_STRIKE), "en", "wire"),
        ("quake", "\n".join(QUAKE_NORTH + [SHARED_FOOTER]), "en", "gazette"),  # footer is boilerplate by now
        ("copy", wire_copy_of(PORT_STRIKE), "en", "daily-herald"),
        ("south", "\n".join(QUAKE_SOUTH), None, "gazette"),
    ]
    worker = assigner()  # a separate instance, as in a worker process: no shared state
    # The worker saw a different language hint for "south" than the writer passes: it must not be trusted.
    features = {key: pickle.loads(pickle.dumps(worker.features(text, "en"))) for key, text, _, _ in articles}

    plain, fed = assigner(boilerplate=BoilerplateFilter(min_articles=2)), assigner(boilerplate=BoilerplateFilter(min_articles=2))
    for key, text, language, outlet in articles:
        assert plain.assign(key, text, language, outlet) == fed.assign(key, text, language, outlet, features[key])
    keys = [key for key, *_ in articles]
    for key in keys:
        a, b = plain.source.get_articles([key])[key], fed.source.get_articles([key])[key]
        assert (a.story_key, a.fingerprint, a.signature) == (b.story_key, b.fingerprint, b.signature)
        assert np.array_equal(a.shingles, b.shingles)
    # The boilerplate footer really was dropped for "quake", so the features were recomputed there.
    assert len(fed.source.get_articles(["quake"])["quake"].shingles) < len(features["quake"].shingles)
