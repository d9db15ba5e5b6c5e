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
) -> None:
    """Copy the allowed keys present in ``body`` (server-managed keys sent along are ignored)."""
    renames = renames or {}
    for key in allowed:
        if key in body:
            target[renames.get(key, key)] = body[key]


def ok(body: Any) -> Reply:
    return Reply(200, body)


def no_content() -> Reply:
    return Reply(204, None)
