"""Which metadata fields a search-and-replace may change, and the substitution itself."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from isogeo.errors import InvalidInputError, InvalidInputTypeError
from isogeo_api.models import Metadata

__all__ = ["REPLACEABLE_FIELDS", "Substitution", "field_value", "with_field"]

REPLACEABLE_FIELDS = (
    "title",
    "abstract",
    "name",
    "path",
    "collectionContext",
    "collectionMethod",
    "geoContext",
    "precision",
    "topologicalConsistency",
    "validityComment",
    "encoding",
)
"""The root text fields of a metadata (their JSON keys)."""


@dataclass(frozen=True)
class Substitution:
    """``find`` → ``replacement`` in one field, literal or a regular expression.

    >>> Substitution.of("title", "2023", "2024").apply("Routes 2023")
    'Routes 2024'
    >>> Substitution.of("title", r"(\\d{4})", r"[\\1]", regex=True).apply("Routes 2023")
    'Routes [2023]'
    >>> Substitution.of("title", r"(\\d{4})", r"\\2", regex=True)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: replacement='\\\\2' is not accepted (invalid group reference 2 ...
    """

    field: str
    find: str
    replacement: str
    pattern: re.Pattern[str] | None = None

    @classmethod
    def of(cls, field: str, find: str, replacement: str, *, regex: bool = False) -> Substitution:
        if field not in REPLACEABLE_FIELDS:
            raise InvalidInputError("field", field, REPLACEABLE_FIELDS)
        for name, value in (("find", find), ("replacement", replacement)):
            if not isinstance(value, str):
                raise InvalidInputTypeError(name, value, "a string")
        if not find:
            raise InvalidInputError("find", find, "a non-empty text", reason="empty")
        pattern = None
        if regex:
            try:
                pattern = re.compile(find)
            except re.error as exc:
                raise InvalidInputError("find", find, "a valid regular expression", reason=str(exc)) from None
            try:
                pattern.sub(
                    replacement, ""
                )  # the replacement's template is checked here: r"\2" without group 2
            except re.error as exc:
                raise InvalidInputError(
                    "replacement", replacement, "a replacement whose groups exist in find", reason=str(exc)
                ) from None
        return cls(field, find, replacement, pattern)

    def apply(self, text: str | None) -> str | None:
        if text is None:
            return None
        if self.pattern is not None:
            return self.pattern.sub(self.replacement, text)
        return text.replace(self.find, self.replacement)


def field_value(record: Mapping[str, Any], field: str) -> str | None:
    """The text of ``field`` in a metadata's JSON, None when absent or not text.

    >>> field_value({"title": "Routes", "scale": 25000}, "title"), field_value({"scale": 1}, "scale")
    ('Routes', None)
    """
    value = record.get(field)
    return value if isinstance(value, str) else None


def with_field(record: Mapping[str, Any], field: str, value: str | None) -> Metadata:
    """The record (its JSON) with ``field`` set: what :meth:`metadata.update` saves (root fields).

    >>> with_field({"_id": "0269803d50c446b09f5060ef7fe3e22b", "title": "A"}, "title", "B").title
    'B'
    """
    return Metadata.from_dict({**record, field: value})
