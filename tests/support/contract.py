"""Turn every operation of the spec into a contract case for the generated client.

A case knows which generated function serves the operation, which arguments to call it with (built
from the spec's parameter and request-body examples), and what a server that honours the contract
answers: the success response's example, or a documented error status with the `Error` example.
`ContractServer` plays that server on loopback and validates each incoming request against the
spec with openapi-core, so a request the contract does not accept fails the test.
"""

from __future__ import annotations

import enum
import functools
import importlib
import inspect
import io
import types
import typing
import warnings
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote

from dateutil.parser import isoparse
from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest
from openapi_python_client.strings import ClassName, PythonIdentifier

import isogeo_api.models
from isogeo_api.types import File, Unset
from tests.support.loopback import LoopbackServer, RecordedRequest, Reply
from tests.support.spec import SPEC_PATH, load_spec, operations

FIELD_PREFIX = "sys_"  # generator-config.yml
# Preferred error status to answer with, when the operation documents it (the more specific first).
ERROR_PREFERENCE = ("409", "404", "400", "500", "403", "401", "429")
UPLOAD_BYTES = b"PK\x03\x04 fake zip content"


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow `$ref`s inside the spec."""
    spec = load_spec()
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def example_of(schema: dict[str, Any]) -> Any:
    """The example a schema documents: its own, its items', or its first alternative's."""
    if "$ref" in schema and "example" not in schema:
        return example_of(resolve(schema))
    if "example" in schema:
        return schema["example"]
    if schema.get("type") == "array":
        return [example_of(schema["items"])]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return example_of(schema[key][0])
    raise LookupError(f"no example in schema {schema}")


def module_of(tag: str, operation_id: str) -> str:
    """`isogeo_api.api.<tag>.<operation>` as openapi-python-client names them (`format` -> `format_`)."""
    return f"isogeo_api.api.{PythonIdentifier(tag, prefix='')}.{PythonIdentifier(operation_id, prefix='')}"


def model_class(schema_name: str) -> type[Any]:
    cls: type[Any] = getattr(isogeo_api.models, ClassName(schema_name, prefix=""))
    return cls


@dataclass(frozen=True)
class Reply200:
    status: int
    content_type: str | None
    schema: dict[str, Any] | None


@dataclass
class Case:
    """One call of one generated function, and the answers a conforming server gives it."""

    operation_id: str
    method: str
    path: str
    module: str
    operation: dict[str, Any]
    request_content_type: str | None = None
    parameters: list[dict[str, Any]] = field(default_factory=list)

    @property
    def id(self) -> str:
        suffix = f"[{self.request_content_type}]" if self.request_content_type else ""
        return f"{self.operation['tags'][0]}:{self.operation_id}{suffix}"

    @property
    def base_path(self) -> str:
        """Path the client's base URL must add: operations with their own servers live below it."""
        servers = self.operation.get("servers", [])
        return "/about" if servers and servers[-1]["url"].endswith("/about") else ""

    @functools.cached_property
    def success(self) -> Reply200:
        for status, response in self.operation["responses"].items():
            if status.startswith("2"):
                response = resolve(response)
                for content_type, media in response.get("content", {}).items():
                    return Reply200(int(status), content_type, media["schema"])
                return Reply200(int(status), None, None)
        raise LookupError(f"{self.operation_id}: no success response")

    @property
    def error_status(self) -> int:
        documented = self.operation["responses"]
        return int(next(code for code in ERROR_PREFERENCE if code in documented))

    def success_reply(self) -> Reply:
        reply = self.success
        if reply.schema is None:
            return reply.status, None, {}
        if reply.schema.get("format") == "binary":
            headers = {"Content-Type": reply.content_type or "application/octet-stream"}
            headers["Content-Disposition"] = 'attachment; filename="communes_2024.zip"'
            return reply.status, UPLOAD_BYTES, headers
        return reply.status, example_of(reply.schema), {}

    def error_reply(self) -> Reply:
        return self.error_status, example_of({"$ref": "#/components/schemas/ApiError"}), {}

    def arguments(self) -> dict[str, Any]:
        """Keyword arguments of the generated function, from the spec's examples."""
        function = importlib.import_module(self.module).sync_detailed
        hints = typing.get_type_hints(function)
        kwargs: dict[str, Any] = {}
        for parameter in self.parameters:
            name = PythonIdentifier(parameter["name"], prefix=FIELD_PREFIX)
            kwargs[name] = to_python(parameter["example"], hints[name])
        if self.request_content_type:
            media = self.operation["requestBody"]["content"][self.request_content_type]
            example = example_of(media["schema"])
            binary = [
                name
                for name, prop in resolve(media["schema"]).get("properties", {}).items()
                if prop.get("format") == "binary"
            ]
            if binary:  # a multipart upload: the example's file parts become real files
                example = {**example, **dict.fromkeys(binary, UPLOAD_BYTES)}
            body = to_python(example, body_type(media["schema"], hints["body"]))
            for name in binary:
                setattr(body, PythonIdentifier(name, prefix=FIELD_PREFIX), upload())
            kwargs["body"] = body
        return kwargs


def upload() -> File:
    return File(payload=io.BytesIO(UPLOAD_BYTES), file_name="communes_2024.zip", mime_type="application/zip")


def body_type(schema: dict[str, Any], hint: Any) -> Any:
    """The generated type of one media type's body (the `body` hint is a union when there are several)."""
    if "$ref" in schema:
        return model_class(schema["$ref"].rsplit("/", 1)[1])
    return hint


def to_python(value: Any, hint: Any) -> Any:
    """Convert a JSON example into the value the generated function expects for `hint`."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        candidates = [arg for arg in typing.get_args(hint) if arg not in (Unset, type(None))]
        errors = []
        for candidate in candidates:
            try:
                return to_python(value, candidate)
            except (TypeError, ValueError, KeyError) as error:
                errors.append(error)
        raise TypeError(f"{value!r} fits none of {candidates}: {errors}")
    if origin is list:
        if not isinstance(value, list):
            raise TypeError(f"{value!r} is not a list")
        (item,) = typing.get_args(hint)
        return [to_python(v, item) for v in value]
    if hint is File:
        return upload()
    if inspect.isclass(hint) and issubclass(hint, enum.Enum):
        return hint(value)
    if inspect.isclass(hint) and hasattr(hint, "from_dict"):
        if not isinstance(value, dict):
            raise TypeError(f"{value!r} is not an object")
        return hint.from_dict(value)
    if hint is typing.Any:
        return value
    if hint.__name__ == "datetime":
        return isoparse(value)
    if hint is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, hint):
        raise TypeError(f"{value!r} is not a {hint}")
    return value


def _parameters(path: str, operation: dict[str, Any]) -> list[dict[str, Any]]:
    item = load_spec()["paths"][path]
    return [resolve(p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]]


def cases() -> list[Case]:
    found = []
    for method, path, operation in operations():
        common = {
            "operation_id": operation["operationId"],
            "method": method,
            "path": path,
            "module": module_of(operation["tags"][0], operation["operationId"]),
            "operation": operation,
            "parameters": _parameters(path, operation),
        }
        content_types = list(operation.get("requestBody", {}).get("content", {})) or [None]
        found.extend(Case(request_content_type=content_type, **common) for content_type in content_types)
    return found


def _binary_as_text(value: bytes, **_parameters: str) -> str:
    return value.decode("latin-1")


@functools.cache
def openapi() -> OpenAPI:
    # openapi-core 0.23 hands binary multipart parts to its OAS 3.1 validator as `bytes`, which
    # `type: string, format: binary` then refuses. Decoding them as Latin-1 (lossless, one char per
    # byte) lets the schema check run on the part instead of failing on its Python type.
    config = Config(extra_media_type_deserializers={"application/octet-stream": _binary_as_text})
    return OpenAPI.from_dict(load_spec(), config=config, base_uri=SPEC_PATH.as_uri())


def contract_violations(request: RecordedRequest, host_url: str) -> list[str]:
    """What openapi-core finds wrong with a request the client sent (empty when it conforms)."""
    mock = MockRequest(
        host_url,
        request.method,
        unquote(request.path),
        args=parse_qsl(request.query, keep_blank_values=True),
        headers=request.headers,
        data=request.body,
        content_type=request.headers.get("content-type", ""),
    )
    with warnings.catch_warnings():
        # openapi-core checks no OAuth2 scheme ("Unsupported scheme type"); the token is asserted apart.
        warnings.simplefilter("ignore", UserWarning)
        result = openapi().unmarshal_request(mock)
    return [f"{type(error).__name__}: {error} ({error.__cause__!r})" for error in result.errors]


class ContractServer:
    """A loopback server that checks each request against the spec and gives a canned answer."""

    def __init__(self, loopback: LoopbackServer) -> None:
        self.loopback = loopback
        self.violations: list[str] = []
        self.reply: Reply = (500, {"error": "no reply planned"}, {})
        for method in ("GET", "POST", "PUT", "PATCH", "DELETE"):
            loopback.route(method, ".*", self._handle)

    def _handle(self, request: RecordedRequest, _match: Any) -> Reply:
        self.violations += contract_violations(request, self.loopback.base_url)
        return self.reply

    def answer(self, reply: Reply) -> None:
        self.reply = reply
