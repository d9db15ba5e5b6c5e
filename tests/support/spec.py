"""Read openapi/isogeo.yaml once and validate payloads against its schemas."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from openapi_schema_validator import OAS31Validator

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "isogeo.yaml"
ABOUT_SPEC_PATH = ROOT / "openapi" / "isogeo-about.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@functools.cache
def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


@functools.cache
def about_spec() -> dict[str, Any]:
    """The companion document of the components on other hosts (ID server, scan, services)."""
    with ABOUT_SPEC_PATH.open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (METHOD, path, operation) for every operation of the spec."""
    for path, item in load_spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method.upper(), path, item[method]


def schema_validator(ref: str | dict[str, Any]) -> OAS31Validator:
    """A validator for a component name (``"Metadata"``) or an inline schema using ``#/components`` refs."""
    schema = {"$ref": f"#/components/schemas/{ref}"} if isinstance(ref, str) else dict(ref)
    schema["components"] = load_spec()["components"]
    return OAS31Validator(schema)


def validation_errors(ref: str | dict[str, Any], payload: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '<root>'}: {error.message}"
        for error in schema_validator(ref).iter_errors(payload)
    ]
