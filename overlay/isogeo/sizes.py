"""Human-readable file sizes, as the Isogeo back-office and the official SDK write them.

:func:`convert_octets` reproduces the SDK's French output exactly (``199.35 Ko``: binary
multiples, French unit names, two decimals at most, Python float formatting) and offers English
unit names with ``lang="en"``.
"""

from __future__ import annotations

from typing import Literal

from isogeo.errors import InvalidInputError

__all__ = ["convert_octets"]

_UNITS = {
    "fr": ("octets", "Ko", "Mo", "Go", "To", "Po"),
    "en": ("bytes", "KB", "MB", "GB", "TB", "PB"),
}
_ZERO = {"fr": "0 octet", "en": "0 bytes"}


def convert_octets(octets: int, *, lang: Literal["fr", "en"] = "fr") -> str:
    """Write a size in bytes with a 1024-based unit.

    The unit is chosen with integer arithmetic, and a value that rounds up to 1024 moves to the
    next unit (``1048575`` → ``1.0 Mo``, where the SDK wrote ``1024.0 Ko``); sizes past the
    petabyte stay in ``Po`` instead of failing.

    >>> convert_octets(204132)
    '199.35 Ko'
    >>> convert_octets(0), convert_octets(1), convert_octets(1073741824)
    ('0 octet', '1.0 octets', '1.0 Go')
    >>> convert_octets(1536, lang="en")
    '1.5 KB'
    """
    if isinstance(octets, bool) or not isinstance(octets, int):
        raise InvalidInputError("octets", octets, "a whole number of bytes (int)")
    if octets < 0:
        raise InvalidInputError("octets", octets, "a size of 0 or more bytes")
    if lang not in _UNITS:
        raise InvalidInputError("lang", lang, list(_UNITS))
    if octets == 0:
        return _ZERO[lang]
    units = _UNITS[lang]
    exponent = min((octets.bit_length() - 1) // 10, len(units) - 1)
    value = round(octets / 1024**exponent, 2)
    if value >= 1024 and exponent < len(units) - 1:
        exponent += 1
        value = round(octets / 1024**exponent, 2)
    return f"{value} {units[exponent]}"
