"""Comma-joined list parameters (``_include``, ``_id``, ``_tag``, ``box``) sent as repeated keys.

The API takes such a list as one comma-separated value (``_include=links,contacts``: ``style: form,
explode: false`` in the spec), which is what the official SDK sends. Nothing shows that it merges
repeated keys (``_include=links&_include=contacts``, the default of many OpenAPI clients); a validator
that silently kept the first value would hide the missing sub-resources. The sandbox answers 400
naming the parameter and the accepted form.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from isogeo_sandbox.errors import ApiError

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def comma_joined_parameters(spec: dict[str, Any]) -> dict[str, frozenset[str]]:
    """operationId -> names of its query parameters declared ``explode: false``."""
    components = spec.get("components", {}).get("parameters", {})

    def resolve(parameter: dict[str, Any]) -> dict[str, Any]:
        ref = parameter.get("$ref")
        return dict(components[ref.rsplit("/", 1)[1]]) if isinstance(ref, str) else parameter

    index: dict[str, frozenset[str]] = {}
    for item in spec.get("paths", {}).values():
        shared = [resolve(p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            parameters = shared + [resolve(p) for p in operation.get("parameters", [])]
            index[operation["operationId"]] = frozenset(
                p["name"] for p in parameters if p.get("in") == "query" and p.get("explode") is False
            )
    return index


def refuse_repeated_keys(names: frozenset[str], query: Iterable[tuple[str, str]]) -> None:
    """Raise a 400 when a comma-joined parameter of ``names`` appears more than once in ``query``."""
    counts = Counter(key for key, _value in query if key in names)
    repeated = sorted(name for name, count in counts.items() if count > 1)
    if not repeated:
        return
    errors = {
        name: (
            f"sent {counts[name]} times; send one comma-separated value, "
            f"e.g. {name}=a,b (style form, explode false)"
        )
        for name in repeated
    }
    raise ApiError(
        400,
        "Repeated list parameter "
        + ", ".join(f"'{name}'" for name in repeated)
        + ": send one comma-separated value (e.g. "
        + f"{repeated[0]}=a,b).",
        errors=errors,
    )
