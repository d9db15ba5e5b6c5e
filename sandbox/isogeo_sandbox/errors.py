"""Errors the handlers raise, rendered with the spec's `Error` body."""

from __future__ import annotations

from typing import Any

_DEFAULT_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    429: "too_many_requests",
    500: "internal_error",
    501: "not_implemented",
    502: "bad_gateway",
    503: "service_unavailable",
    504: "gateway_timeout",
}


class ApiError(Exception):
    """An HTTP error answer: ``{error, message, errors?}``."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        error: str | None = None,
        errors: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.error = error or _DEFAULT_CODES.get(status, "error")
        self.errors = errors
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"error": self.error, "message": self.message}
        if self.errors:
            body["errors"] = self.errors
        return body


def not_found(kind: str, identifier: str) -> ApiError:
    return ApiError(404, f"No {kind} {identifier!r} visible to the caller.")


def bad_request(errors: dict[str, str], message: str | None = None) -> ApiError:
    count = len(errors)
    return ApiError(
        400,
        message or f"Invalid request: {count} field{'s' if count != 1 else ''} rejected.",
        errors=errors,
    )


def conflict(message: str) -> ApiError:
    return ApiError(409, message)


def forbidden(message: str) -> ApiError:
    return ApiError(403, message)
