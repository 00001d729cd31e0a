"""Language-aware tokenisation.

Scripts written with spaces between words (Latin, Cyrillic, Greek, Arabic,
Hangul, ...) are split into words.  Korean uses spaces, so Hangul text is
tokenised into words too.  Scripts written without spaces (Chinese Han,
Japanese kana, Thai, Lao, Khmer, Myanmar) cannot be split into words without a
dictionary, so each run of such characters becomes overlapping character
n-grams instead (bigrams by default): ``"地震が発生"`` gives ``["地震", "震が",
"が発", "発生"]``.  Mixed text works per run: ``"2024年の地震"`` gives
``["2024", "年の", "の地", "地震"]``.

All functions normalise their input with :func:`dedup.normalize.normalize_text`
unless told the text is already normalised.
"""

from __future__ import annotations

import re

from dedup.normalize import normalize_text

__all__ = [
    "CHAR_NGRAM_LANGUAGES",
    "is_char_ngram_text",
    "tokenize",
]

#: Language-code prefixes whose text is tokenised into character n-grams.
CHAR_NGRAM_LANGUAGES = ("zh", "ja", "th", "lo", "km", "my")

# Scripts written without spaces: Han (CJK unified + extensions +
# compatibility), Hiragana, Katakana (+ phonetic extensions, half-width forms
# become full-width under NFKC), Thai, Lao, Myanmar, Khmer.
_NOSPACE = (
    "\u0e00-\u0eff"  # Thai, Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u3005\u3006\u3007"  # iteration mark, closing mark, ideographic zero
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u31f0-\u31ff"  # Katakana phonetic extensions
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\U00020000-\U0003134f"  # CJK extensions B..G
)
_RUN_RE = re.compile(f"([{_NOSPACE}]+)|([^\\s{_NOSPACE}]+)")
_NOSPACE_RE = re.compile(f"[{_NOSPACE}]")


def _check_ngram(ngram: int) -> None:
    if not isinstance(ngram, int) or isinstance(ngram, bool) or ngram < 1:
        raise ValueError(f"ngram must be a positive int, got {ngram!r}; use 2 (bigrams) for Chinese/Japanese")


def _language_prefix(language: str | None) -> str | None:
    if language is None:
        return None
    if not isinstance(language, str):
        raise TypeError(f"language must be a str such as 'en' or 'zh-Hans' or None, got {type(language).__name__}")
    return language.strip().lower().replace("_", "-").split("-")[0] or None


def is_char_ngram_text(text: str, language: str | None = None, *, normalized: bool = False) -> bool:
    """Tell whether ``text`` is written mainly in a script without spaces.

    A language hint decides when given: ``"zh"``, ``"ja"``, ``"th"`` (and
    regional variants such as ``"zh-TW"``) mean yes, any other code means no.
    Without a hint the script decides: yes when at least 30% of the
    non-space characters are Han, kana, Thai, Lao, Khmer or Myanmar.

    Args:
        text: The article text.
        language: Optional BCP-47 style language code (``"en"``, ``"ko"``,
            ``"zh-Hans"``...).
        normalized: Set to True when ``text`` already went through
            :func:`~dedup.normalize.normalize_text`.

    Returns:
        True when the text should be shingled as character n-grams.

    Raises:
        TypeError: If ``language`` is neither a string nor None.
    """
    prefix = _language_prefix(language)
    if prefix is not None:
        return prefix in CHAR_NGRAM_LANGUAGES
    if not normalized:
        text = normalize_text(text)
    if text.isascii() or _NOSPACE_RE.search(text) is None:
        return False
    nospace = len(_NOSPACE_RE.findall(text))
    # Normalised text holds only letters, marks, digits and single spaces.
    visible = len(text) - text.count(" ")
    return nospace / visible >= 0.3


def tokenize(
    text: str,
    language: str | None = None,
    *,
    ngram: int = 2,
    normalized: bool = False,
) -> list[str]:
    """Split text into tokens: words, or character n-grams for CJK-like runs.

    The language hint is accepted for symmetry with
    :func:`is_char_ngram_text`; tokenisation itself is decided per run of
    characters by script, so a Chinese article quoting an English name gets
    both bigrams and words, and a Korean article gets words.

    Args:
        text: The text to tokenise.
        language: Optional language code (currently unused by the split
            itself, validated only).
        ngram: Character n-gram length for runs of scripts without spaces.
            A run shorter than ``ngram`` is kept whole.
        normalized: Set to True when ``text`` already went through
            :func:`~dedup.normalize.normalize_text`.

    Returns:
        The list of tokens, in text order.

    Raises:
        ValueError: If ``ngram`` is not a positive integer.
        TypeError: If ``language`` is neither a string nor None.
    """
    _check_ngram(ngram)
    _language_prefix(language)
    if not normalized:
        text = normalize_text(text)
    if text.isascii() or _NOSPACE_RE.search(text) is None:
        return text.split()
    tokens: list[str] = []
    append = tokens.append
    extend = tokens.extend
    for run, word in _RUN_RE.findall(text):
        if word:
            append(word)
        elif len(run) <= ngram:
            append(run)
        else:
            extend(run[i : i + ngram] for i in range(len(run) - ngram + 1))
    return tokens
