"""Tests for dedup.tokens."""

import pytest

from dedup.tokens import is_char_ngram_text, tokenize


def test_english_words():
    assert tokenize("The Quick, brown fox -- jumped!") == ["the", "quick", "brown", "fox", "jumped"]


def test_korean_words_by_spaces():
    assert tokenize("서울에서 규모 5의 지진이 발생했다.") == ["서울에서", "규모", "5의", "지진이", "발생했다"]
    assert not is_char_ngram_text("서울에서 규모 5의 지진이 발생했다.")
    assert not is_char_ngram_text("서울에서 지진", language="ko")


def test_chinese_character_bigrams():
    assert tokenize("国家统计局发布数据") == ["国家", "家统", "统计", "计局", "局发", "发布", "布数", "数据"]
    assert is_char_ngram_text("国家统计局发布数据")


def test_japanese_mixed_runs():
    toks = tokenize("2024年の地震が発生。NHK reported")
    assert toks == ["2024", "年の", "の地", "地震", "震が", "が発", "発生", "nhk", "reported"]
    assert is_char_ngram_text("東京で地震が発生しました")


def test_short_run_kept_whole_and_ngram_size():
    assert tokenize("3月5日") == ["3", "月", "5", "日"]
    assert tokenize("地震発生", ngram=3) == ["地震発", "震発生"]
    assert tokenize("地震発生", ngram=1) == ["地", "震", "発", "生"]


def test_language_hint_decides_mode():
    assert is_char_ngram_text("plain latin text", language="zh-Hans")
    assert is_char_ngram_text("plain latin text", language="ja_JP")
    assert not is_char_ngram_text("東京で地震が発生しました", language="en")


def test_script_detection_threshold():
    # A Latin-script article with one Chinese name stays word-based.
    assert not is_char_ngram_text("Officials met in Beijing 北京 on Tuesday to discuss trade and tariffs")


def test_thai_character_ngrams():
    assert tokenize("ประเทศ") == ["ปร", "ระ", "ะเ", "เท", "ทศ"]


def test_bad_arguments():
    with pytest.raises(ValueError, match="ngram"):
        tokenize("x", ngram=0)
    with pytest.raises(TypeError):
        tokenize("x", language=5)  # type: ignore[arg-type]
