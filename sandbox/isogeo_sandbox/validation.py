"""Request and response validation against the spec, with openapi-core.

Requests: parameters and body are deserialised and validated; failures become the API's 400 with
one message per offending field (``errors: {field: message}``). Security is enforced by
:mod:`isogeo_sandbox.auth`, not here. Responses: every answer the sandbox produces is checked
(status declared, content type, body schema); what to do with a violation is the caller's choice.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from xml.etree import ElementTree

from jsonschema_path import SchemaPath
from openapi_core.casting.schemas.exceptions import CastError
from openapi_core.datatypes import Parameters, RequestParameters
from openapi_core.deserializing.exceptions import DeserializeError
from openapi_core.templating.media_types.exceptions import MediaTypeNotFound
from openapi_core.templating.paths.exceptions import PathError
from openapi_core.templating.responses.exceptions import ResponseNotFound
from openapi_core.unmarshalling.request.unmarshallers import (
    V31RequestBodyUnmarshaller,
    V31RequestParametersUnmarshaller,
)
from openapi_core.validation.request.exceptions import (
    InvalidParameter,
    MissingRequestBodyError,
    MissingRequiredParameter,
    ParameterValidationError,
    RequestBodyValidationError,
)
from openapi_core.validation.response.validators import V31ResponseValidator
from openapi_core.validation.schemas.exceptions import InvalidSchemaValue
from werkzeug.datastructures import Headers, ImmutableMultiDict

from isogeo_sandbox.errors import bad_request

log = logging.getLogger("isogeo_sandbox.validation")

_REQUIRED = re.compile(r"^'([^']+)' is a required property")


@dataclass
class SpecRequest:
    """openapi-core's request protocol, filled from an ASGI request."""

    method: str
    host_url: str
    path: str
    path_pattern: str
    body: bytes | None
    content_type: str
    parameters: RequestParameters

    @classmethod
    def build(
        cls,
        *,
        method: str,
        host_url: str,
        path: str,
        path_pattern: str,
        path_params: Mapping[str, str],
        query: Iterable[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes | None,
        content_type: str,
    ) -> SpecRequest:
        return cls(
            method=method.lower(),
            host_url=host_url,
            path=path,
            path_pattern=path_pattern,
            body=body,
            content_type=content_type.lower(),
            parameters=RequestParameters(
                query=ImmutableMultiDict(list(query)),
                header=Headers(dict(headers)),
                cookie=ImmutableMultiDict(),
                path=dict(path_params),
            ),
        )


@dataclass
class SpecResponse:
    status_code: int
    content_type: str
    data: bytes | None
    headers: Headers = field(default_factory=Headers)


@dataclass
class ValidRequest:
    query: dict[str, Any]
    path: dict[str, Any]
    body: Any


def plain(value: Any) -> Any:
    """openapi-core turns ``format: date-time`` strings into datetimes: back to JSON-ready text."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def _short(message: str, limit: int = 200) -> str:
    return message if len(message) <= limit else message[: limit - 1] + "…"


def _schema_errors_to_fields(prefix: str, cause: BaseException | None) -> dict[str, str]:
    """jsonschema errors under an InvalidSchemaValue → ``{dotted.field: message}``."""
    out: dict[str, str] = {}
    schema_errors = getattr(cause, "schema_errors", None) or ()
    for error in schema_errors:
        parts = [str(p) for p in getattr(error, "absolute_path", ())]
        message = str(getattr(error, "message", error))
        if getattr(error, "validator", None) == "required":
            found = _REQUIRED.match(message)
            if found:
                parts.append(found.group(1))
                message = "This field is required."
        name = ".".join([prefix, *parts]) if prefix else ".".join(parts)
        out.setdefault(name or "body", _short(message))
    return out


def _parameter_errors(errors: Iterable[BaseException]) -> dict[str, str]:
    out: dict[str, str] = {}
    for error in errors:
        if isinstance(error, MissingRequiredParameter):
            out[error.name] = "This parameter is required."
        elif isinstance(error, InvalidParameter):
            fields = _schema_errors_to_fields("", error.__cause__)
            out[error.name] = next(iter(fields.values()), _short(str(error)))
        elif isinstance(error, ParameterValidationError):
            cause = error.__cause__
            detail = str(cause) if isinstance(cause, CastError | DeserializeError) else str(error)
            out[error.name] = _short(detail)
        else:
            out["request"] = _short(str(error))
    return out


def _xml_as_text(value: bytes, **_parameters: str) -> str:
    """XML bodies are ``type: string`` in the spec: check they are well formed, keep the text."""
    ElementTree.fromstring(value)  # noqa: S314 - our own output, parsed to prove it well formed
    return value.decode("utf-8")


def _bytes_as_text(value: bytes, **_parameters: str) -> str:
    """Binary bodies are ``type: string, format: binary``: any bytes conform."""
    return value.decode("latin-1")


class SpecValidator:
    """Validators for one spec, built once (building costs ~0.1 s)."""

    def __init__(self, spec: dict[str, Any], base_url: str | None = None) -> None:
        self._spec = SchemaPath.from_dict(spec)
        raw: dict[str, Callable[[bytes], Any]] = {
            "application/xml": _xml_as_text,
            "application/octet-stream": _bytes_as_text,
        }
        self._params = V31RequestParametersUnmarshaller(self._spec, base_url=base_url)
        self._body = V31RequestBodyUnmarshaller(self._spec, base_url=base_url)
        self._response = V31ResponseValidator(
            self._spec, base_url=base_url, extra_media_type_deserializers=raw
        )

    def validate_request(self, request: SpecRequest) -> ValidRequest:
        params_result = self._params.unmarshal(request)
        # openapi-core wraps the per-parameter errors in one ParametersError: unwrap it.
        errors: list[BaseException] = []
        for wrapped in params_result.errors:
            errors.extend(getattr(wrapped, "errors", None) or [wrapped])
        field_errors = _parameter_errors(errors)
        body: Any = None
        try:
            body_result = self._body.unmarshal(request)
        except (UnicodeDecodeError, ValueError, KeyError, TypeError) as undecodable:
            field_errors["body"] = _short(f"Malformed body: {undecodable}")
        else:
            body = body_result.body
            for body_error in body_result.errors:
                try:
                    field_errors.update(self._body_error(body_error))
                except UnicodeDecodeError:  # openapi-core cannot even describe undecodable bytes
                    field_errors["body"] = "Malformed body: not valid UTF-8."
        if field_errors:
            raise bad_request(field_errors)
        parameters: Parameters = params_result.parameters
        return ValidRequest(query=plain(dict(parameters.query)), path=dict(parameters.path), body=plain(body))

    @staticmethod
    def _body_error(error: BaseException) -> dict[str, str]:
        if isinstance(error, MissingRequestBodyError):
            return {"body": "A request body is required."}
        if isinstance(error, MediaTypeNotFound):
            return {"Content-Type": _short(f"Unsupported media type: {error}")}
        cause = error.__cause__
        if isinstance(cause, InvalidSchemaValue):
            return _schema_errors_to_fields("", cause) or {"body": _short(str(cause))}
        if isinstance(cause, DeserializeError | json.JSONDecodeError | ValueError):
            return {"body": _short(f"Malformed body: {cause}")}
        if isinstance(error, RequestBodyValidationError):
            return {"body": _short(str(cause or error))}
        if isinstance(error, PathError):
            return {}
        return {"body": _short(str(error))}

    def response_errors(self, request: SpecRequest, response: SpecResponse) -> list[str]:
        """Every way ``response`` violates the spec (empty when it conforms)."""
        messages: list[str] = []
        for error in self._response.iter_errors(request, response):
            if isinstance(error, ResponseNotFound):
                messages.append(f"status {response.status_code} is not declared")
                continue
            cause = error.__cause__
            details = getattr(cause, "schema_errors", None)
            if details:
                for detail in details:
                    where = "/".join(str(p) for p in getattr(detail, "absolute_path", ())) or "<root>"
                    messages.append(f"{where}: {_short(str(getattr(detail, 'message', detail)))}")
            else:
                messages.append(_short(f"{type(error).__name__}: {cause or error}"))
        return messages
