"""The OpenAPI description the sandbox is driven by: where it is, and its operations."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def spec_path() -> Path:
    """``$ISOGEO_SANDBOX_SPEC``, else the repository's ``openapi/isogeo.yaml``, else the packaged copy."""
    override = os.environ.get("ISOGEO_SANDBOX_SPEC")
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent
    for candidate in (here.parents[1] / "openapi" / "isogeo.yaml", here / "isogeo.yaml"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("openapi/isogeo.yaml not found; set ISOGEO_SANDBOX_SPEC")


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with what the engine needs to route, secure and validate it."""

    operation_id: str
    method: str
    path: str
    tag: str
    security: tuple[str, ...]
    servers: tuple[str, ...] = ()
    responses: frozenset[str] = field(default_factory=frozenset)
    includes: frozenset[str] | None = None
    """The values its ``_include`` parameter declares (None: it has no ``_include``)."""

    @property
    def public(self) -> bool:
        return not self.security

    @property
    def writes(self) -> bool:
        return self.method in WRITE_METHODS


@functools.cache
def load_spec(path: str | None = None) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with Path(path or spec_path()).open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.load(handle, Loader=loader)  # noqa: S506 - a safe loader
    return spec


def spec_operations(spec: dict[str, Any]) -> list[Operation]:
    default_security = spec.get("security", [])
    out: list[Operation] = []
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not op:
                continue
            security = op.get("security", default_security)
            schemes = tuple(sorted({name for requirement in security for name in requirement}))
            servers = tuple(server["url"] for server in op.get("servers", []))
            out.append(
                Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    tag=(op.get("tags") or ["untagged"])[0],
                    security=schemes,
                    servers=servers,
                    responses=frozenset(str(code) for code in op.get("responses", {})),
                    includes=_include_values(spec, [*item.get("parameters", []), *op.get("parameters", [])]),
                )
            )
    return out


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _include_values(spec: dict[str, Any], parameters: list[Any]) -> frozenset[str] | None:
    """The enum of an operation's ``_include`` items (the API ignores any other value, facts §5.15)."""
    for parameter in parameters:
        parameter = _resolve(spec, parameter)
        if parameter.get("name") == "_include" and parameter.get("in") == "query":
            items = _resolve(spec, _resolve(spec, parameter.get("schema", {})).get("items", {}))
            return frozenset(str(value) for value in items.get("enum", []))
    return None


def multipart_operations(spec: dict[str, Any]) -> frozenset[str]:
    """Operations whose request body may be multipart (uploads): their handler reads the stream."""
    found = set()
    for item in spec.get("paths", {}).values():
        for method in HTTP_METHODS:
            op = item.get(method) or {}
            content = (op.get("requestBody") or {}).get("content", {})
            if any(media.startswith("multipart/") for media in content):
                found.add(op["operationId"])
    return frozenset(found)
