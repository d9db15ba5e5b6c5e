"""Read a field from a generated model *or* a plain API dictionary, the same way.

Helpers accept both the generated models (``Metadata``, ``Workgroup``, ``Share``...), whose
attributes are snake_case with ``sys_`` for the API's ``_`` keys, and the JSON dictionaries older
code holds. An attribute left unset on a model (the generator's ``UNSET``) reads as ``None``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def read_field(obj: object, attribute: str, json_key: str) -> Any:
    """``obj[json_key]`` for a mapping, ``obj.<attribute>`` for a model; ``None`` when absent or unset."""
    if obj is None:
        return None
    if isinstance(obj, Mapping):
        return obj.get(json_key)
    value = getattr(obj, attribute, None)
    if value is None:
        return None
    # Imported here, not at module level: a model was passed, so isogeo_api is already loaded,
    # and `import isogeo` stays free of the generated package.
    from isogeo_api.types import Unset

    return None if isinstance(value, Unset) else value


def read_path(obj: object, *steps: tuple[str, str]) -> Any:
    """Follow nested fields, e.g. ``read_path(md, ("sys_creator", "_creator"), ("sys_id", "_id"))``."""
    current: Any = obj
    for attribute, json_key in steps:
        current = read_field(current, attribute, json_key)
        if current is None:
            return None
    return current
