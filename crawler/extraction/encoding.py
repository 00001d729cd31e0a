"""Bytes to text for fetched and archived pages, the way a browser decodes them."""

from __future__ import annotations

from w3lib.encoding import html_to_unicode, http_content_type_encoding

try:  # installed with trafilatura, which we depend on anyway
    from charset_normalizer import from_bytes as _detect_charset
except ImportError:  # pragma: no cover - keeps the module importable without it
    _detect_charset = None

_DETECT_SAMPLE = 64 * 1024


def decode_html(body: bytes, content_type: str | None) -> str:
    """Decode an HTML body the way a browser would.

    Order (w3lib's, which follows the WHATWG rules): byte-order mark, then the
    charset in the Content-Type header, then ``<meta charset>`` /
    ``http-equiv`` / XML declaration, then detection (strict UTF-8 first,
    then charset-normalizer), then UTF-8 with replacement characters.
    w3lib also maps labels to their web supersets (``euc-kr`` -> ``cp949``,
    ``iso-8859-1`` -> ``cp1252``), which is what servers actually mean.

    Args:
        body: Raw response body.
        content_type: The Content-Type header value, or None if absent.

    Returns:
        The decoded text; never raises on bad bytes.
    """
    _, text = html_to_unicode(content_type, body, auto_detect_fun=_detect)
    return text


def decode_page(body: bytes, content_type: str | None) -> str:
    """Decode a fetched or archived page: :func:`decode_html`, except that a header
    claiming UTF-8 over bytes that are not UTF-8 is ignored, so the page's own
    declaration or detection decides instead.

    The crawl and ``wirewatch import`` both decode here, in the worker processes,
    so the crawl's event loop never spends time on it.
    """
    text = decode_html(body, content_type)
    if "\ufffd" in text and http_content_type_encoding(content_type) == "utf-8":
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return decode_html(body, None)
    return text


def _detect(body: bytes) -> str | None:
    """Guess an undeclared encoding; valid UTF-8 wins outright."""
    sample = body[:_DETECT_SAMPLE]
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 3 and len(body) > len(sample):
            return "utf-8"  # a multi-byte character cut by the sample boundary
    if _detect_charset is None:
        return None
    matches = _detect_charset(sample)
    best = matches.best()
    if best is None:
        return None
    # Short Western text is ambiguous between the single-byte code pages;
    # on a tie prefer windows-1252, the web's legacy default (WHATWG).
    for match in matches:
        tied = match.chaos <= best.chaos and match.coherence >= best.coherence
        if tied and "cp1252" in match.could_be_from_charset:
            return "cp1252"
    return best.encoding
