"""Pick the page language from declarations, sanity-checked against the script.

Declarations are often template defaults: an English edition of a Korean
daily may ship ``<html lang="ko">`` on every page. A cheap Unicode-script
count catches the worst of that without a language-ID model: CJK scripts are
unambiguous, and a CJK declaration on Latin-script text is clearly wrong.
"""

from __future__ import annotations

_CJK = frozenset({"ko", "ja", "zh"})
_SAMPLE_CHARS = 5000


def script_counts(text: str) -> dict[str, int]:
    """Count letters per script in the first 5,000 characters.

    Args:
        text: Any text.

    Returns:
        Counts for ``hangul``, ``kana``, ``han``, ``latin`` and ``other``.
    """
    counts = {"hangul": 0, "kana": 0, "han": 0, "latin": 0, "other": 0}
    for char in text[:_SAMPLE_CHARS]:
        code = ord(char)
        if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
            counts["hangul"] += 1
        elif 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF:
            counts["kana"] += 1
        elif 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
            counts["han"] += 1
        elif char.isalpha():
            counts["latin" if code < 0x250 else "other"] += 1
    return counts


def script_language(text: str) -> str | None:
    """``ko`` for Hangul, ``ja`` for kana, ``zh`` for Han only, else None.

    Thresholds are shares of all letters: Korean and Japanese news text mixes
    in Latin acronyms and Han, so a modest share of the distinctive script is
    enough.

    Args:
        text: Body text (at least 20 letters, else None).

    Returns:
        ``ko``, ``ja``, ``zh`` or None.
    """
    return _script_of(script_counts(text))


def _script_of(counts: dict[str, int]) -> str | None:
    letters = sum(counts.values())
    if letters < 20:
        return None
    if counts["hangul"] >= 0.2 * letters:
        return "ko"
    if counts["kana"] >= 0.1 * letters:
        return "ja"
    if counts["han"] >= 0.3 * letters:
        return "zh"
    return None


def choose_language(declared: list[str], text: str, fallback: str | None) -> str | None:
    """First declared language consistent with the text's script.

    Args:
        declared: Primary subtags in precedence order (JSON-LD, og:locale,
            meta, ``<html lang>``).
        text: Extracted body text.
        fallback: trafilatura's guess, used when nothing else is usable.

    Returns:
        A lower-case primary subtag, or None.
    """
    counts = script_counts(text)
    script = _script_of(counts)
    letters = sum(counts.values())
    latin_text = letters >= 20 and counts["latin"] >= 0.8 * letters
    for candidate in declared:
        if script and not (candidate == script or (script == "zh" and candidate in _CJK)):
            continue
        if latin_text and candidate in _CJK:
            continue
        return candidate
    if script:
        return script
    fallback = (fallback or "").split("-")[0].split("_")[0].strip().lower()
    return fallback or None
