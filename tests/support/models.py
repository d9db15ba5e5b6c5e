"""Helpers about the generated models shared by the tests."""

from __future__ import annotations

from typing import Any

import attrs


def read_all(value: Any) -> Any:
    """``value`` after reading every field of every model in it, at any depth: the fields decoded
    on first read (``isogeo_api.types.LazyField``) are decoded, and raise if they do not decode."""
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            read_all(getattr(value, field.name))
    elif isinstance(value, list):
        for item in value:
            read_all(item)
    elif isinstance(value, dict):
        for item in value.values():
            read_all(item)
    return value
