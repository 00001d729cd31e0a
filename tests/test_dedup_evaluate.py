"""Grouping scores: pairwise precision/recall and ARI behave as defined."""

from __future__ import annotations

from dedup.evaluate import adjusted_rand_index, merged_pairs, pair_recall, pairwise_scores, true_pairs

TRUTH = {1: "a", 2: "a", 3: "a", 4: "b", 5: "b", 6: "c"}


def test_perfect_grouping_scores_one() -> None:
    predicted = {k: {"a": 10, "b": 20, "c": 30}[v] for k, v in TRUTH.items()}
    score = pairwise_scores(TRUTH, predicted)
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)
    assert adjusted_rand_index(TRUTH, predicted) == 1.0


def test_over_merging_costs_precision_and_splitting_costs_recall() -> None:
    merged = {k: 0 for k in TRUTH}
    assert pairwise_scores(TRUTH, merged).precision == 4 / 15
    assert pairwise_scores(TRUTH, merged).recall == 1.0
    split = {k: k for k in TRUTH}
    assert pairwise_scores(TRUTH, split).recall == 0.0
    assert pairwise_scores(TRUTH, split).precision == 1.0
    assert adjusted_rand_index(TRUTH, split) == 0.0


def test_ari_known_value() -> None:
    # Item 3 moved from a to b: 4 true pairs, 4 predicted, 2 shared, of 15;
    # expected by chance 4 * 4 / 15, so ARI = (2 - 16/15) / (4 - 16/15) = 0.3182.
    predicted = {1: "a", 2: "a", 3: "b", 4: "b", 5: "b", 6: "c"}
    assert round(adjusted_rand_index(TRUTH, predicted), 4) == 0.3182


def test_pair_recall_and_merged_pairs() -> None:
    predicted = {1: "x", 2: "x", 3: "y", 4: "y", 5: "y", 6: "z"}
    assert pair_recall([(1, 2), (1, 3)], predicted) == 0.5
    assert sorted(true_pairs({1: "a", 2: "a", 3: "b"})) == [(1, 2)]
    assert merged_pairs([("a", "b"), ("a", "c")], TRUTH, predicted) == [("a", "b")]
