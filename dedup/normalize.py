"""Text normalisation and exact-copy fingerprints.

``normalize_text`` maps superficially different renderings of the same text
(full-width characters, ligatures, case, punctuation, runs of whitespace) to
one canonical string.  Letters and digits of every script are kept, so Hangul,
CJK ideographs and kana survive unchanged; only punctuation and symbols are
dropped.

``text_fingerprint`` is the hex SHA-1 of the normalised text and is used to
detect exact copies cheaply before any MinHash work.
"""

from __future__ import annotations

import hashlib
import unicodedata

__all__ = ["fingerprint_normalized", "normalize_text", "normalized_paragraphs", "split_paragraphs", "text_fingerprint"]

# Unicode general categories removed from the text: punctuation (P*), symbols
# (S*) and control/format characters (C*, except whitespace which is handled
# separately).  Marks (M*) are kept because they are part of many scripts
# (e.g. Devanagari vowel signs, Hangul jamo combining forms after NFKC).
_DROP_PREFIXES = ("P", "S", "C")


class _PunctuationTable(dict):
    """``str.translate`` table mapping punctuation/symbols/controls to a space.

    Filled lazily per code point (``__missing__``) so the first sight of a
    character costs one ``unicodedata.category`` call and later ones are a
    dict hit inside the C implementation of ``str.translate``.
    """

    def __missing__(self, codepoint: int) -> int | None:
        ch = chr(codepoint)
        if ch.isspace() or unicodedata.category(ch)[0] in _DROP_PREFIXES:
            value: int | None = 0x20
        else:
            value = codepoint
        if len(self) < _TABLE_LIMIT:
            self[codepoint] = value
        return value


# Bound on cached code points (about 10 MB worst case); beyond it lookups are
# computed each time, still correct.
_TABLE_LIMIT = 200_000
_TABLE = _PunctuationTable()
# The same mapping for the 128 ASCII code points, as a bytes.translate table.
_ASCII_TABLE = bytes(_TABLE[c] for c in range(128)) + bytes(range(128, 256))


def normalize_text(text: str) -> str:
    """Return the canonical form of ``text`` used for hashing and shingling.

    Steps: Unicode NFKC (full-width to ASCII, ligatures expanded), casefold,
    punctuation/symbols/control characters replaced by spaces, whitespace
    collapsed to single spaces and stripped at both ends.  Letters and digits
    of all scripts (Latin, Hangul, CJK, kana, ...) are kept.

    Args:
        text: Any Unicode string.

    Returns:
        The normalised string (possibly empty).

    Raises:
        TypeError: If ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(
            f"normalize_text expects str, got {type(text).__name__}; "
            "decode bytes first (e.g. data.decode('utf-8'))"
        )
    if text.isascii():  # most copy: NFKC is the identity and casefold is lower(); bytes.translate is C-fast
        return " ".join(text.lower().encode("ascii").translate(_ASCII_TABLE).decode("ascii").split())
    text = unicodedata.normalize("NFKC", text).casefold()
    # casefold may produce sequences that NFKC would compose differently.
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_TABLE)
    return " ".join(text.split())


def text_fingerprint(text: str) -> str:
    """Return the hex SHA-1 of ``normalize_text(text)``.

    Two texts with the same fingerprint are exact copies up to case,
    punctuation, whitespace and Unicode compatibility forms.

    Args:
        text: Any Unicode string.

    Returns:
        A 40-character lowercase hexadecimal string.

    Raises:
        TypeError: If ``text`` is not a ``str``.
    """
    return hashlib.sha1(normalize_text(text).encode("utf-8")).hexdigest()


def split_paragraphs(text: str) -> list[str]:
    """Split article text into paragraphs: its non-blank lines, stripped.

    Args:
        text: Article text with paragraphs separated by newlines.

    Returns:
        The paragraphs in order (blank lines dropped).

    Raises:
        TypeError: If ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    return [line.strip() for line in text.splitlines() if line.strip()]


def normalized_paragraphs(text: str) -> list[str]:
    """The non-empty normalised paragraphs of ``text``, in order."""
    return [n for n in (normalize_text(p) for p in split_paragraphs(text)) if n]


def fingerprint_normalized(paragraphs: list[str]) -> str:
    """:func:`text_fingerprint` of a text from its :func:`normalized_paragraphs`, without normalising again.

    Normalisation maps line breaks to spaces and collapses runs of spaces, so the
    normalised text is its normalised paragraphs joined by single spaces.
    """
    return hashlib.sha1(" ".join(paragraphs).encode("utf-8")).hexdigest()
