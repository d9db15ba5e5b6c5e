"""Typed errors built from HTTP answers (no network: responses are built in memory)."""

from __future__ import annotations

import email.utils
import pickle
import time

import httpx
import pytest

from isogeo import errors
from isogeo._core.redact import body_excerpt, redact_url
from isogeo_api.types import DecodeError


def _response(
    status: int, body: bytes = b"", headers: dict[str, str] | None = None, url: str = "https://h/r"
) -> httpx.Response:
    return httpx.Response(status, content=body, headers=headers, request=httpx.Request("PUT", url))


@pytest.mark.parametrize(
    ("status", "name"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (422, "APIStatusError"),
        (429, "RateLimitError"),
        (500, "InternalServerError"),
        (503, "InternalServerError"),
        (599, "InternalServerError"),
    ],
)
def test_status_classes(status: int, name: str) -> None:
    assert errors.status_error_class(status).__name__ == name


def test_every_status_error_is_an_isogeo_error() -> None:
    for cls in (
        errors.BadRequestError,
        errors.RateLimitError,
        errors.APITimeoutError,
        errors.InvalidInputError,
    ):
        assert issubclass(cls, errors.IsogeoError)
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
    assert issubclass(errors.InvalidInputError, ValueError)


@pytest.mark.parametrize("header", ["X-Request-Id", "Request-Id", "x-ms-request-id"])
def test_request_id_from_any_usual_header(header: str) -> None:
    error = errors.from_response(_response(404, b"{}", {header: "rid-1"}))
    assert error.request_id == "rid-1"


def test_rfc6749_error_description_is_the_message() -> None:
    body = b'{"error": "invalid_client", "error_description": "unknown client"}'
    error = errors.from_response(_response(401, body), context="token request (password grant) failed")

    assert (error.error, error.message) == (
        "invalid_client",
        "token request (password grant) failed: unknown client",
    )


def test_retry_after_seconds_and_http_date() -> None:
    in_a_minute = email.utils.formatdate(time.time() + 60, usegmt=True)

    assert errors.from_response(_response(429, headers={"Retry-After": "12"})).retry_after == 12.0
    assert (
        50
        < (errors.from_response(_response(503, headers={"Retry-After": in_a_minute})).retry_after or 0)
        <= 60
    )
    assert errors.from_response(_response(503, headers={"Retry-After": "soon"})).retry_after is None


def test_url_credentials_are_masked() -> None:
    error = errors.from_response(_response(400, url="https://me:pw@h/r?q=a&access_token=t0k3n&password=x"))

    assert error.url == "https://me:***@h/r?q=a&access_token=***&password=***"
    assert "t0k3n" not in str(error) and ":pw@" not in str(error)


def test_body_excerpt_is_bounded_and_masks_tokens() -> None:
    assert body_excerpt(b"x" * 2000).endswith("…") and len(body_excerpt(b"x" * 2000)) == 501
    assert body_excerpt(b'{"refresh_token": "r", "nested": [{"Password": "p"}]}') == (
        '{"refresh_token": "***", "nested": [{"Password": "***"}]}'
    )
    assert redact_url("https://h/r?q=1") == "https://h/r?q=1"


def test_connection_errors_keep_method_and_url() -> None:
    request = httpx.Request("GET", "https://h/r?token=abc")
    timeout = errors.connection_error(httpx.ReadTimeout("timed out", request=request))
    refused = errors.connection_error(httpx.ConnectError("refused", request=request))

    assert type(timeout) is errors.APITimeoutError and type(refused) is errors.APIConnectionError
    assert str(refused) == "ConnectError: refused on GET https://h/r?token=***"


def test_malformed_response_error_describes_the_answer() -> None:
    response = _response(200, b"<html>", {"X-Request-Id": "r9"})
    error = errors.malformed(response, ValueError("Expecting value"))

    assert (error.status_code, error.method, error.request_id, error.body_excerpt) == (
        200,
        "PUT",
        "r9",
        "<html>",
    )
    assert "request id r9" in str(error) and "ValueError: Expecting value" in str(error)


def test_errors_survive_pickling() -> None:
    originals: list[errors.IsogeoError] = [
        errors.from_response(_response(400, b'{"errors": {"name": "required"}}', {"X-Request-Id": "r"})),
        errors.malformed(_response(200, b"<html>"), ValueError("bad")),
        errors.InvalidInputError("role", "boss", ["author", "custodian"]),
        errors.CredentialsError("missing", source="f.json", key="web.client_id"),
        errors.APITimeoutError("ReadTimeout", method="GET", url="https://h/r"),
    ]
    for original in originals:
        copy = pickle.loads(pickle.dumps(original))  # noqa: S301 - our own bytes
        assert type(copy) is type(original) and str(copy) == str(original)
        assert copy.__dict__ == original.__dict__


def test_a_decode_error_names_the_model_and_the_field() -> None:
    response = _response(200, b'{"_id": 123456789}', {"X-Request-Id": "r7"})
    error = errors.malformed(response, DecodeError("Metadata", "_id", "a string", 123456789))

    assert (error.model, error.field, error.request_id, error.status_code) == ("Metadata", "_id", "r7", 200)
    assert "Metadata._id: expected a string, got an integer" in str(error)
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert (copy.model, copy.field) == ("Metadata", "_id")
