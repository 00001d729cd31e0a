"""Tests for dedup.normalize."""

import hashlib

import pytest

from dedup.normalize import normalize_text, split_paragraphs, text_fingerprint


def test_nfkc_fullwidth_and_ligatures():
    assert normalize_text("ＡＢＣ１２３") == "abc123"
    assert normalize_text("ﬁnal ﬂight") == "final flight"
    assert normalize_text("①") == "1"


def test_casefold_not_just_lower():
    assert normalize_text("Straße") == "strasse"
    assert normalize_text("WASHINGTON (AP)") == "washington ap"


def test_punctuation_and_symbols_removed_whitespace_collapsed():
    text = "  “Hello,”  she said — loudly!\t\n(Really?) $5 & 10%  "
    assert normalize_text(text) == "hello she said loudly really 5 10"


def test_punctuation_splits_words():
    assert normalize_text("end.Next") == "end next"


def test_zero_width_and_control_characters_dropped():
    assert normalize_text("news\u200broom\u0007 x") == "news room x"


def test_hangul_kept_and_composed():
    # Decomposed jamo (NFD) compose back to syllables under NFKC.
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "서울에서 지진")
    assert normalize_text(decomposed) == "서울에서 지진"
    assert normalize_text("서울, 2일(현지시간) — 지진!") == "서울 2일 현지시간 지진"


def test_cjk_and_kana_kept_punctuation_removed():
    assert normalize_text("地震が発生。「速報」") == "地震が発生 速報"
    assert normalize_text("北京时间3月5日，国家统计局") == "北京时间3月5日 国家统计局"


def test_combining_marks_kept():
    assert normalize_text("ऋषि") == "ऋषि"


def test_empty_and_only_punctuation():
    assert normalize_text("") == ""
    assert normalize_text(" -- !!! ") == ""


def test_type_error():
    with pytest.raises(TypeError, match="decode"):
        normalize_text(b"bytes")  # type: ignore[arg-type]


def test_fingerprint_is_sha1_of_normalised_text():
    text = "Hello, World!"
    assert text_fingerprint(text) == hashlib.sha1(b"hello world").hexdigest()
    assert len(text_fingerprint(text)) == 40


def test_fingerprint_ignores_case_punctuation_and_spacing_only():
    a = "The mayor said: “We will rebuild.”"
    b = "the  MAYOR said\nwe will rebuild"
    c = "The mayor said: “We will not rebuild.”"
    assert text_fingerprint(a) == text_fingerprint(b)
    assert text_fingerprint(a) != text_fingerprint(c)


def test_split_paragraphs():
    assert split_paragraphs("One.\n\n  Two.  \r\nThree.\n") == ["One.", "Two.", "Three."]
    assert split_paragraphs("") == []


def test_ascii_fast_path_and_paragraph_fingerprints_equal_the_general_rules() -> None:
    """The shortcuts give exactly what the general rules give, so stored fingerprints stay valid."""
    import random
    import string
    import unicodedata

    from dedup.normalize import _TABLE, fingerprint_normalized, normalized_paragraphs

    def general(text: str) -> str:
        text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
        return " ".join(text.translate(_TABLE).split())

    rng = random.Random(7)
    alphabets = [string.printable + "\x00\x1c\x7f", string.ascii_letters + " \n\t.,\u00e9\u0301\uff21\ufb01\u3000한국語\u2028\x85"]
    for _ in range(5000):
        text = "".join(rng.choice(rng.choice(alphabets)) for _ in range(rng.randint(0, 80)))
        assert normalize_text(text) == general(text), repr(text)
        assert fingerprint_normalized(normalized_paragraphs(text)) == text_fingerprint(text), repr(text)
