"""``call``: run any generated endpoint with checked arguments and get its model or a typed error.

The endpoint is the generated *module* (``isogeo_api.api.contact.get_contact``). The protocols
below let mypy infer the return type from the module's ``sync_detailed`` /
``asyncio_detailed``: ``Response[Contact | ApiError]`` gives ``Contact`` (the ``ApiError`` member is
what an error status parses to, and error statuses raise instead).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Protocol, TypeVar, cast

from isogeo import errors
from isogeo._core.http import LAST_RESPONSE
from isogeo._core.redact import body_excerpt, redact_url
from isogeo._core.validation import prepare_arguments
from isogeo_api import Client
from isogeo_api.errors import UnexpectedStatus
from isogeo_api.models import ApiError
from isogeo_api.types import Response, decode_context

T = TypeVar("T")


class SyncEndpoint(Protocol[T]):
    """A generated endpoint module, seen from :meth:`isogeo.Isogeo.call`."""

    def sync_detailed(self, *args: Any, **kwargs: Any) -> Response[T | ApiError]: ...


class AsyncEndpoint(Protocol[T]):
    """A generated endpoint module, seen from :meth:`isogeo.AsyncIsogeo.call`."""

    async def asyncio_detailed(self, *args: Any, **kwargs: Any) -> Response[T | ApiError]: ...


def _operation(endpoint: object) -> str:
    return str(getattr(endpoint, "__name__", type(endpoint).__name__)).rsplit(".", 1)[-1]


def _prepare(
    function: Callable[..., Any], args: tuple[Any, ...], kwargs: Mapping[str, Any]
) -> tuple[tuple[Any, ...], dict[str, Any]]:
    args, prepared = prepare_arguments(function, args, kwargs)
    LAST_RESPONSE.set(None)  # so that a failure can be told apart from an earlier call's answer
    return args, prepared


def _wrap_failure(operation: str, exc: Exception) -> errors.IsogeoError | None:
    """The typed error for a failure inside a generated function, or None to re-raise it as is."""
    response = LAST_RESPONSE.get()
    if response is None:  # nothing was answered: a local bug, not the server's doing
        return None
    if isinstance(exc, UnexpectedStatus):
        return errors.MalformedResponseError(
            f"{operation} does not document status {exc.status_code}",
            status_code=response.status_code,
            method=response.request.method,
            url=redact_url(response.request.url),
            request_id=errors.request_id_of(response.headers),
            body_excerpt=body_excerpt(response.content),
        )
    return errors.malformed(response, exc)


def _result(response: Response[T | ApiError]) -> T:
    parsed = response.parsed
    if isinstance(parsed, ApiError):  # pragma: no cover - error statuses raise in the transport
        raise errors.status_error_class(response.status_code)(
            status_code=response.status_code, message=str(parsed)
        )
    # None only for documented answers without a body (204, or an endpoint returning Any).
    return cast(T, parsed)


_PARSE_FAILURES = (KeyError, TypeError, ValueError, AttributeError, UnexpectedStatus)


class _TypedParseFailures:
    """Turn a generated parser's KeyError/TypeError/ValueError... into MalformedResponseError.

    A class rather than a ``@contextmanager`` generator: it runs around every call.
    """

    __slots__ = ("answer", "endpoint", "token")

    def __init__(self, endpoint: object) -> None:
        self.endpoint = endpoint
        self.answer = errors.AnswerContext()  # kept beside the fields decoded on first read

    def __enter__(self) -> None:
        self.token = decode_context.set(self.answer)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        decode_context.reset(self.token)
        self.answer.record(LAST_RESPONSE.get())
        if exc is None or isinstance(exc, errors.IsogeoError) or not isinstance(exc, _PARSE_FAILURES):
            return
        wrapped = _wrap_failure(_operation(self.endpoint), exc)
        if wrapped is not None:
            raise wrapped from exc


def call_response_sync(
    client: Client, endpoint: SyncEndpoint[T], args: tuple[Any, ...], kwargs: Mapping[str, Any]
) -> tuple[T, bytes]:
    """(model, body as received) of ``endpoint.sync_detailed`` on ``client``: :func:`call_sync` plus
    the exact bytes the API answered (a backup keeps them as they are)."""
    function = endpoint.sync_detailed
    args, prepared = _prepare(function, args, kwargs)
    with _TypedParseFailures(endpoint):
        response = function(*args, client=client, **prepared)
    return _result(response), response.content


async def call_response_async(
    client: Client, endpoint: AsyncEndpoint[T], args: tuple[Any, ...], kwargs: Mapping[str, Any]
) -> tuple[T, bytes]:
    """The async twin of :func:`call_response_sync`."""
    function = endpoint.asyncio_detailed
    args, prepared = _prepare(function, args, kwargs)
    with _TypedParseFailures(endpoint):
        response = await function(*args, client=client, **prepared)
    return _result(response), response.content


def call_sync(
    client: Client, endpoint: SyncEndpoint[T], args: tuple[Any, ...], kwargs: Mapping[str, Any]
) -> T:
    """Run ``endpoint.sync_detailed`` on ``client`` (see :meth:`isogeo.Isogeo.call`)."""
    return call_response_sync(client, endpoint, args, kwargs)[0]


async def call_async(
    client: Client, endpoint: AsyncEndpoint[T], args: tuple[Any, ...], kwargs: Mapping[str, Any]
) -> T:
    """Run ``endpoint.asyncio_detailed`` on ``client`` (see :meth:`isogeo.AsyncIsogeo.call`)."""
    return (await call_response_async(client, endpoint, args, kwargs))[0]
