"""Isogeo identifiers: recognise them in every form users meet, and convert between forms.

The API writes identifiers as **32 lowercase hex characters** (``0269803d50c446b09f5060ef7fe3e22b``).
Users also meet them hyphenated (``0269803d-50c4-46b0-9f50-60ef7fe3e22b``), as RFC 4122 URNs
(``urn:uuid:0269803d-...``) and, in Isogeo XML exports and CSW records, as Isogeo URNs
(``urn:isogeo:metadata:uuid:0269803d-...``). :func:`normalize_id` turns any of them into the API
form and refuses anything else with an :class:`~isogeo.errors.InvalidInputError` naming the
argument and the value.

Differences from the official SDK (``check_is_uuid``/``convert_uuid``), on purpose:

* upper-case hex is accepted and lower-cased (the SDK refuses it, although it is unambiguous);
* ``uuid.UUID`` objects are accepted;
* the Isogeo URN must start with ``urn:isogeo:metadata:uuid:`` (the SDK accepts any string that
  merely *contains* ``isogeo:metadata``); URN prefixes are case-insensitive, as RFC 8141 says;
* nothing is silently stripped: ``" 0269...e22b "`` is refused, not trimmed.
"""

from __future__ import annotations

import re
import uuid
from enum import IntEnum

from isogeo.errors import InvalidInputError, InvalidInputTypeError

__all__ = [
    "ISOGEO_URN_PREFIX",
    "URN_PREFIX",
    "UuidForm",
    "convert_uuid",
    "is_isogeo_id",
    "normalize_id",
]

URN_PREFIX = "urn:uuid:"
ISOGEO_URN_PREFIX = "urn:isogeo:metadata:uuid:"

_HEX32 = re.compile(r"[0-9a-fA-F]{32}")
_HYPHENATED = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_ACCEPTED_FORMS = (
    "32 hex characters",
    "a hyphenated UUID",
    "urn:uuid:<uuid>",
    "urn:isogeo:metadata:uuid:<uuid>",
)


class UuidForm(IntEnum):
    """The three written forms of an identifier; the values are the SDK's ``convert_uuid`` modes."""

    HEX = 0
    """``0269803d50c446b09f5060ef7fe3e22b`` — what the API reads and writes."""
    URN = 1
    """``urn:uuid:0269803d-50c4-46b0-9f50-60ef7fe3e22b`` — RFC 4122."""
    ISOGEO_URN = 2
    """``urn:isogeo:metadata:uuid:0269803d-50c4-46b0-9f50-60ef7fe3e22b`` — Isogeo XML and CSW."""


def _hex_or_none(value: object) -> str | None:
    if isinstance(value, uuid.UUID):
        return value.hex
    if not isinstance(value, str):
        return None
    body = value
    lowered = value[: len(ISOGEO_URN_PREFIX)].lower()
    if lowered.startswith(ISOGEO_URN_PREFIX):
        body = value[len(ISOGEO_URN_PREFIX) :]
    elif lowered.startswith(URN_PREFIX):
        body = value[len(URN_PREFIX) :]
    if _HEX32.fullmatch(body) or _HYPHENATED.fullmatch(body):
        return body.replace("-", "").lower()
    return None


def is_isogeo_id(value: object) -> bool:
    """Tell whether ``value`` is an identifier in one of the accepted forms.

    >>> is_isogeo_id("0269803d50c446b09f5060ef7fe3e22b")
    True
    >>> is_isogeo_id("urn:isogeo:metadata:uuid:0269803d-50c4-46b0-9f50-60ef7fe3e22b")
    True
    >>> is_isogeo_id("0269803d50c446b09f5060ef7fe3e22")  # 31 characters
    False
    """
    return _hex_or_none(value) is not None


def normalize_id(value: str | uuid.UUID, *, argument: str = "id") -> str:
    """Return the API form (32 lowercase hex) of an identifier written in any accepted form.

    ``argument`` is the parameter name the error message should blame.

    >>> normalize_id("urn:uuid:0269803D-50C4-46B0-9F50-60EF7FE3E22B")
    '0269803d50c446b09f5060ef7fe3e22b'
    >>> normalize_id("not-an-id", argument="metadata_id")
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: metadata_id='not-an-id' is not accepted (not an Isogeo identifier); \
expected one of: 32 hex characters, a hyphenated UUID, urn:uuid:<uuid>, urn:isogeo:metadata:uuid:<uuid>
    """
    hex_id = _hex_or_none(value)
    if hex_id is None:
        if not isinstance(value, str | uuid.UUID):
            raise InvalidInputTypeError(
                argument,
                value,
                _ACCEPTED_FORMS,
                reason=f"must be a str or uuid.UUID, not {type(value).__name__}",
            )
        raise InvalidInputError(argument, value, _ACCEPTED_FORMS, reason="not an Isogeo identifier")
    return hex_id


def convert_uuid(in_uuid: str | uuid.UUID, mode: UuidForm | int = UuidForm.HEX) -> str:
    """Write an identifier in the requested form (the SDK's ``IsogeoUtils.convert_uuid``).

    ``mode`` is a :class:`UuidForm` or the SDK's integer: 0 = hex, 1 = RFC 4122 URN,
    2 = Isogeo URN. The input may be in any accepted form.

    >>> convert_uuid("0269803d50c446b09f5060ef7fe3e22b", 2)
    'urn:isogeo:metadata:uuid:0269803d-50c4-46b0-9f50-60ef7fe3e22b'
    >>> convert_uuid("urn:isogeo:metadata:uuid:0269803d-50c4-46b0-9f50-60ef7fe3e22b", UuidForm.URN)
    'urn:uuid:0269803d-50c4-46b0-9f50-60ef7fe3e22b'
    >>> convert_uuid("urn:uuid:0269803d-50c4-46b0-9f50-60ef7fe3e22b", 0)
    '0269803d50c446b09f5060ef7fe3e22b'
    """
    hex_id = normalize_id(in_uuid, argument="in_uuid")
    if isinstance(mode, bool) or not isinstance(mode, int) or mode not in set(UuidForm):
        raise InvalidInputError("mode", mode, [f"{form.value} ({form.name})" for form in UuidForm])
    form = UuidForm(mode)
    if form is UuidForm.HEX:
        return hex_id
    hyphenated = str(uuid.UUID(hex=hex_id))
    return (URN_PREFIX if form is UuidForm.URN else ISOGEO_URN_PREFIX) + hyphenated
