"""Tests for dedup.boilerplate."""

import pytest

from dedup.boilerplate import BoilerplateFilter, paragraph_fingerprint
from dedup.normalize import normalize_text

FOOTER = "This report was produced with support from the Harbor Light Foundation for local journalism."
PITCH = "Sign up for our morning newsletter to get the day's headlines in your inbox."


def article(i: int) -> list[str]:
    return [f"Unique lead paragraph number {i} about council business.", f"Second paragraph {i} with quotes.", FOOTER, PITCH]


def test_recurring_paragraphs_filtered_after_threshold():
    bp = BoilerplateFilter(min_articles=3)
    for i in range(2):
        bp.observe("outlet-a", article(i))
    assert bp.filter("outlet-a", article(9)) == article(9)  # seen in 2 < 3 articles
    bp.observe("outlet-a", article(2))
    assert bp.filter("outlet-a", article(9)) == article(9)[:2]
    assert bp.boilerplate_count("outlet-a") == 2


def test_per_outlet():
    bp = BoilerplateFilter(min_articles=2)
    bp.observe("a", article(0))
    bp.observe("a", article(1))
    assert bp.filter("b", article(5)) == article(5)
    assert bp.filter("a", article(5)) == article(5)[:2]


def test_normalised_match_and_repeats_within_article_count_once():
    bp = BoilerplateFilter(min_articles=2)
    bp.observe("a", [FOOTER, FOOTER.upper(), FOOTER])
    assert not bp.is_boilerplate("a", paragraph_fingerprint(normalize_text(FOOTER)))
    bp.observe("a", [FOOTER.lower() + "!!"])
    assert bp.is_boilerplate("a", paragraph_fingerprint(normalize_text(FOOTER)))


def test_updates_of_one_story_do_not_become_boilerplate():
    bp = BoilerplateFilter(min_articles=3)
    core = "The storm made landfall near the harbor early Tuesday, officials said."
    for version in range(6):
        bp.observe("a", [core, f"Update {version}: more details."], group="story-1")
    assert not bp.is_boilerplate("a", paragraph_fingerprint(normalize_text(core)))
    for story in ("story-2", "story-3"):
        bp.observe("a", [FOOTER], group=story)
    bp.observe("a", [FOOTER], group="story-1")
    assert bp.is_boilerplate("a", paragraph_fingerprint(normalize_text(FOOTER)))


def test_serialisation_round_trip_and_determinism():
    def run(split: bool) -> bytes:
        bp = BoilerplateFilter(min_articles=3, window=10, max_tracked=100)
        for i in range(40):
            if split and i in (13, 27):
                bp = BoilerplateFilter.from_bytes(bp.to_bytes())
            bp.observe(f"outlet-{i % 3}", article(i), group=i // 2)
        return bp.to_bytes()

    assert run(False) == run(True)
    restored = BoilerplateFilter.from_bytes(run(False))
    assert restored.filter("outlet-0", article(99)) == article(99)[:2]


def test_memory_bounded_by_window():
    bp = BoilerplateFilter(min_articles=3, window=20, max_tracked=100)
    for i in range(500):
        bp.observe("a", article(i))
    state = bp._outlets["a"]
    assert len(state.entries) <= 2 * 20 + 2  # ~2 unique paragraphs per article in the window, + 2 boilerplate
    assert bp.boilerplate_count("a") == 2


def test_errors():
    with pytest.raises(ValueError, match="min_articles"):
        BoilerplateFilter(min_articles=1)
    with pytest.raises(ValueError, match="window"):
        BoilerplateFilter(min_articles=5, window=2)
    with pytest.raises(ValueError, match="outlet"):
        BoilerplateFilter().observe(None, ["x"])
    with pytest.raises(ValueError, match="not a serialised"):
        BoilerplateFilter.from_bytes(b"{}")
