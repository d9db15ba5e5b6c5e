"""Text helpers: RFC 2047 encoded words, safe file names for downloads, slugs.

The hosted-file download (facts §8.2) names the file from the ``Content-Disposition`` header,
whose ``filename`` may be quoted, RFC 2047 encoded (``=?UTF-8?B?...?=``) or RFC 5987 encoded
(``filename*=UTF-8''...``). These helpers turn that into a name safe to write to disk.
"""

from __future__ import annotations

import re
import unicodedata
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import Message
from email.utils import collapse_rfc2231_value
from typing import Any

__all__ = [
    "encoded_words_to_text",
    "filename_from_content_disposition",
    "safe_filename",
    "slugify",
]

_ENCODED_WORD = re.compile(r"=\?[^?]+\?[bBqQ]\?[^?]*\?=")
_UNSAFE_FILENAME_CHARS = re.compile(r"[^\w\-. ]")
_SLUG_STRIP = re.compile(r"[^\w\s-]")
_SLUG_HYPHENATE = re.compile(r"[-\s]+")


def encoded_words_to_text(in_encoded_words: str) -> str:
    """Decode RFC 2047 encoded words (base64 ``B`` or quoted-printable ``Q``, any charset).

    Surrounding double quotes are removed first. Text without encoded words comes back as is,
    and so does text whose encoded words cannot be decoded (unknown charset, broken base64).
    Unlike the SDK's version, several encoded words and surrounding plain text are handled, and
    ``_`` means a space in ``Q`` encoding, as the RFC says.

    >>> encoded_words_to_text('"=?UTF-8?B?w6l0w6kgMjAyMC56aXA=?="')
    'été 2020.zip'
    >>> encoded_words_to_text("=?ISO-8859-1?Q?caf=E9_cr=E8me?=")
    'café crème'
    >>> encoded_words_to_text("plain.zip")
    'plain.zip'
    """
    text = in_encoded_words.strip('"') if '"' in in_encoded_words else in_encoded_words
    if not _ENCODED_WORD.search(text):
        return text
    try:
        decoded = str(make_header(decode_header(text)))
    except (HeaderParseError, LookupError, UnicodeDecodeError, ValueError):
        return text
    return decoded or text


def safe_filename(name: str, *, fallback: str = "download") -> str:
    """A file name safe to create in any folder, from a header value or a link title.

    Quotes and encoded words are decoded (:func:`encoded_words_to_text`); then every character
    that is not a letter, a digit, ``_``, ``-``, ``.`` or a space is dropped (the SDK's rule).
    Beyond the SDK, leading and trailing dots and spaces are removed too, so that ``..`` or
    ``.hidden`` cannot escape or hide, and an empty result becomes ``fallback``.

    >>> safe_filename('"=?UTF-8?B?w6l0w6kgMjAyMC56aXA=?="')
    'été 2020.zip'
    >>> safe_filename("../../etc/passwd"), safe_filename("..."), safe_filename("a/b:c*d?.csv")
    ('etcpasswd', 'download', 'abcd.csv')
    """
    cleaned = _UNSAFE_FILENAME_CHARS.sub("", encoded_words_to_text(name)).strip(". ")
    return cleaned or fallback


def filename_from_content_disposition(header: str | None) -> str | None:
    """The raw file name a ``Content-Disposition`` header carries, or ``None`` when it has none.

    ``filename*`` (RFC 5987, with its charset) wins over ``filename``, as RFC 6266 says. The
    result is *not* cleaned: pass it to :func:`safe_filename` before using it as a path.

    >>> filename_from_content_disposition("attachment; filename*=UTF-8''%C3%A9t%C3%A9%202020.zip")
    'été 2020.zip'
    >>> filename_from_content_disposition('attachment; filename="=?UTF-8?B?w6l0w6kgMjAyMC56aXA=?="')
    '=?UTF-8?B?w6l0w6kgMjAyMC56aXA=?='
    >>> filename_from_content_disposition("inline") is None
    True
    """
    if not header:
        return None
    message = Message()
    message["content-disposition"] = header
    # typeshed says list[tuple[str, str]]; RFC 2231 values really come as (charset, language, text).
    params: list[tuple[str, Any]] = list(message.get_params(header="content-disposition", failobj=[]) or [])
    plain: str | None = None
    for key, value in params[1:]:
        if key.lower() != "filename":
            continue
        if isinstance(value, tuple):
            return collapse_rfc2231_value(value)
        plain = plain if plain is not None else value
    return plain


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens (the SDK's slug for ``title_or_name``).

    >>> slugify("Communes de France — Édition 2024 (IGN)")
    'communes-de-france-edition-2024-ign'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    stripped = _SLUG_STRIP.sub("", ascii_text).strip().lower()
    return _SLUG_HYPHENATE.sub("-", stripped)
