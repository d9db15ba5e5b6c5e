"""Helpers shared by handlers: body access, field updates, responses."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from isogeo_sandbox.errors import bad_request
from isogeo_sandbox.handlers import Reply


def body_dict(body: Any) -> dict[str, Any]:
    """The request body as a dict (JSON object or form), or a 400."""
    if body is None:
        return {}
    if isinstance(body, Mapping):
        return dict(body)
    raise bad_request({"body": "Expected a JSON object."})


def apply_fields(
    target: dict[str, Any],
    body: Mapping[str, Any],
    allowed: Iterable[str],
    renames: Mapping[str, str] | None = None,
    *,
    nullable: Iterable[str] | None = None,
) -> None:
    """Copy the allowed keys present in ``body`` (server-managed keys sent along are ignored).

    ``nullable``: when given, ``null`` means "no value" (the official SDK sends every writable key,
    ``null`` when unset): it clears the keys listed there and leaves any other key as it is (on a
    creation, the server default). When omitted, ``null`` is copied like any value.
    """
    renames = renames or {}
    clears = None if nullable is None else frozenset(nullable)
    for key in allowed:
        if key in body:
            if body[key] is None and clears is not None and key not in clears:
                continue
            target[renames.get(key, key)] = body[key]


def ok(body: Any) -> Reply:
    return Reply(200, body)


def no_content() -> Reply:
    return Reply(204, None)
