"""Every error the client raises, one class per thing a caller may want to catch.

::

    IsogeoError
    ├── APIConnectionError            the request did not get an HTTP answer
    │   └── APITimeoutError           ... because a timeout expired
    ├── APIStatusError                the server answered with a status >= 400
    │   ├── BadRequestError           400 (``field_errors``: field -> message)
    │   ├── AuthenticationError       401, and any refusal of the token endpoint
    │   ├── PermissionDeniedError     403 (e.g. a write with a read-only "group" application)
    │   ├── NotFoundError             404
    │   ├── ConflictError             409
    │   ├── RateLimitError            429
    │   └── InternalServerError       >= 500
    ├── MalformedResponseError        a 2xx answer whose body does not parse
    │   └── ResponseTooLargeError     ... or whose decoded body outgrew ``max_body_size``
    ├── CredentialsError              missing or malformed credentials / configuration
    ├── ClientClosedError (RuntimeError) a client used after ``close()``
    ├── InvalidInputError (ValueError) an argument refused before any request
    │   └── InvalidInputTypeError (TypeError too) ... because of its Python type
    ├── InsecureTransportError        a credential would travel over plain HTTP
    ├── PageFetchError                one page of a multi-page listing failed (``offset``)
    ├── InconsistentPagesError        pages that do not add up (data changed meanwhile)
    ├── BulkSendError                 a bulk sent in several requests failed part-way
    ├── AlreadyExistsError            a composite helper found the thing exists (``.existing``)
    ├── ServiceUrlError               a third-party service URL could not be used
    │   ├── UnreachableServiceError   ... it did not answer, or answered >= 400
    │   └── CapabilitiesError         ... its capabilities could not be read
    └── MissingDependencyError (ImportError) an optional extra is not installed

Status errors carry ``status_code``, ``method``, ``url`` (credentials masked), ``request_id``
(from ``X-Request-Id``), the server's ``error`` code and ``message``, ``field_errors`` and a
``body_excerpt``. They never hold the request (its headers carry the bearer token), and they
are raised outside of the ``except`` block that caught the low-level failure when that failure
holds the body (a ``JSONDecodeError``'s ``doc``): ``__context__`` and ``__cause__`` carry no secret.

Timeouts: besides httpx's connect/read/write/pool timeouts, every attempt and every call (its
retries and their waits included) has a total deadline (:class:`isogeo.Timeouts` ``attempt`` and
``call``): a server sending one byte per second, or ``100 Continue`` forever, ends in
:class:`APITimeoutError` whose message names the deadline.

>>> from isogeo.errors import NotFoundError
>>> err = NotFoundError(status_code=404, method="GET", url="https://h/contacts/x", message="no such contact")
>>> str(err)
'404 Not Found on GET https://h/contacts/x: no such contact'
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import Any

import httpx

import isogeo_api.types as _api_types
from isogeo._core.redact import body_excerpt, redact_url
from isogeo_api.types import DecodeError, LazyValue

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-ms-request-id")


def _rebuild(cls: type[IsogeoError], args: tuple[Any, ...], state: dict[str, Any]) -> IsogeoError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class IsogeoError(Exception):
    """Base class of every error raised by :mod:`isogeo`."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructors defeat Exception's default pickling (multiprocessing, caches).
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class APIConnectionError(IsogeoError):
    """The request got no HTTP answer (DNS, refused connection, TLS failure, broken stream...)."""

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        self.method = method
        self.url = url
        where = f" on {method} {url}" if method else ""
        super().__init__(f"{message}{where}")


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired (see :class:`isogeo.Timeouts`)."""


class APIStatusError(IsogeoError):
    """The server answered with an error status; subclasses name the common ones."""

    def __init__(
        self,
        *,
        status_code: int,
        method: str = "",
        url: str = "",
        message: str = "",
        error: str | None = None,
        field_errors: Mapping[str, str] | None = None,
        request_id: str | None = None,
        body_excerpt: str = "",
        retry_after: float | None = None,
    ) -> None:
        self.status_code = status_code
        self.method = method
        self.url = url
        self.message = message
        self.error = error
        self.field_errors: dict[str, str] = dict(field_errors or {})
        self.request_id = request_id
        self.body_excerpt = body_excerpt
        self.retry_after = retry_after
        super().__init__(self._describe())

    def _describe(self) -> str:
        try:
            reason = HTTPStatus(self.status_code).phrase
        except ValueError:
            reason = "HTTP error"
        text = f"{self.status_code} {reason}"
        if self.method:
            text += f" on {self.method} {self.url}"
        detail = self.message or self.error or self.body_excerpt
        if detail:
            text += f": {detail}"
        if self.field_errors:
            text += " [" + "; ".join(f"{field}: {msg}" for field, msg in self.field_errors.items()) + "]"
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class BadRequestError(APIStatusError):
    """400: the server refused the request; ``field_errors`` maps each rejected field to why."""


class AuthenticationError(APIStatusError):
    """401, or the token endpoint refused the credentials (bad client id/secret, password...)."""


class PermissionDeniedError(APIStatusError):
    """403: authenticated but not allowed (a "group" application is read-only)."""


class NotFoundError(APIStatusError):
    """404: no such entity, or (dissociations) nothing to dissociate."""


class ConflictError(APIStatusError):
    """409: the entity already exists (keyword text, feature-attribute name...)."""


class RateLimitError(APIStatusError):
    """429: too many requests; ``retry_after`` says how long the server asked to wait."""


class InternalServerError(APIStatusError):
    """A 5xx status (after retries, when the method could be retried)."""


class MalformedResponseError(IsogeoError):
    """A successful (2xx) answer whose body does not have the documented shape.

    When a model refused the body (a required field missing, a value of the wrong JSON type),
    ``model`` and ``field`` name where (``field`` is the JSON name; ``None`` when the value itself
    was not an object).
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        method: str = "",
        url: str = "",
        request_id: str | None = None,
        body_excerpt: str = "",
        model: str | None = None,
        field: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.method = method
        self.url = url
        self.request_id = request_id
        self.body_excerpt = body_excerpt
        self.model = model
        self.field = field
        text = f"{message} ({status_code} on {method} {url}"
        if request_id:
            text += f", request id {request_id}"
        text += ")"
        if body_excerpt:
            text += f"; body starts with: {body_excerpt[:200]}"
        super().__init__(text)


class ResponseTooLargeError(MalformedResponseError):
    """An answer whose body, once decoded (gzip, deflate...), would exceed ``limit`` bytes
    (:class:`isogeo.ResponseLimits` ``max_body_size``): reading stopped there, nothing was parsed.

    >>> err = ResponseTooLargeError(limit=1024, status_code=200, method="GET", url="https://h/x")
    >>> print(err)
    the decoded body exceeds 1024 bytes (200 on GET https://h/x)
    """

    def __init__(
        self, *, limit: int, status_code: int, method: str = "", url: str = "", request_id: str | None = None
    ) -> None:
        self.limit = limit
        super().__init__(
            f"the decoded body exceeds {limit} bytes",
            status_code=status_code,
            method=method,
            url=url,
            request_id=request_id,
        )


class ClientClosedError(IsogeoError, RuntimeError):
    """The client was used after :meth:`~isogeo.Isogeo.close` (or its ``with`` block ended).

    It is also a ``RuntimeError``, what httpx raises in that case.

    >>> isinstance(ClientClosedError("the client is closed"), RuntimeError)
    True
    """


class CredentialsError(IsogeoError):
    """Credentials or connection settings are missing or malformed.

    ``source`` names the file or environment the value was read from, ``key`` the missing or
    malformed entry.
    """

    def __init__(self, message: str, *, source: str | None = None, key: str | None = None) -> None:
        self.source = source
        self.key = key
        super().__init__(message)


_MAX_REPR = 80


def _short_repr(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _MAX_REPR else text[: _MAX_REPR - 3] + "..."


class InvalidInputError(IsogeoError, ValueError):
    """A value refused before any request: names the argument, the value and what is accepted.

    It is also a :class:`ValueError`, so code written against the official SDK (which raises
    plain ``ValueError``) keeps working.

    >>> err = InvalidInputError("tab", "atributes", ["identification", "attributes"])
    >>> str(err)
    "tab='atributes' is not accepted; expected one of: identification, attributes"
    >>> isinstance(err, ValueError), err.argument
    (True, 'tab')
    """

    def __init__(
        self,
        argument: str,
        value: object,
        accepted: str | Iterable[str],
        *,
        reason: str | None = None,
    ) -> None:
        self.argument = argument
        self.value = value
        self.accepted: tuple[str, ...] = (accepted,) if isinstance(accepted, str) else tuple(accepted)
        self.reason = reason
        expected = self.accepted[0] if isinstance(accepted, str) else "one of: " + ", ".join(self.accepted)
        why = f" ({reason})" if reason else ""
        super().__init__(f"{argument}={_short_repr(value)} is not accepted{why}; expected {expected}")

    @property
    def field(self) -> str:
        """The refused argument (``argument``), e.g. ``contact_id`` or ``sys_include[1]``."""
        return self.argument


class InvalidInputTypeError(InvalidInputError, TypeError):
    """An argument of the wrong Python type (``42`` for an identifier): an
    :class:`InvalidInputError` that is also a ``TypeError``, what the SDK raised there.

    >>> err = InvalidInputTypeError("share_id", 42, "a str", reason="must be a str, not int")
    >>> isinstance(err, TypeError), isinstance(err, ValueError), err.argument
    (True, True, 'share_id')
    """


class InsecureTransportError(IsogeoError):
    """A token or credential would be sent over plain ``http://`` to a host that is not loopback.

    Pass ``allow_insecure_http=True`` to :class:`isogeo.Isogeo` if you really mean it.
    """


class AlreadyExistsError(IsogeoError):
    """What a ``create`` or ``associate`` was asked to make already exists.

    One rule for every namespace (keywords, feature attributes, formats, licenses...): this error
    by default, :attr:`existing` holding what was found (a ``Keyword`` with the same text, a
    ``FeatureAttribute`` with the same name, the ``Condition`` of a license already applied, a
    ``Metadata`` for a service already described...); the method's ``exist_ok=True`` returns that
    existing one instead (an INFO log line says so). Never silently: a keyword "created" then
    deleted as one's own could be a shared one. ``force=True`` (licenses) or
    ``check_exists=False`` (services) create anyway.

    >>> err = AlreadyExistsError("license 'ODbL' is already applied", existing={"_id": "c1"})
    >>> err.existing
    {'_id': 'c1'}
    """

    def __init__(self, message: str, *, existing: object = None) -> None:
        self.existing = existing
        super().__init__(message)


class ServiceUrlError(IsogeoError):
    """A third-party geographic service URL could not be used (see :mod:`isogeo.services`).

    :attr:`url` is the URL tried (query string kept, credentials masked).
    """

    def __init__(self, message: str, *, url: str) -> None:
        self.url = url
        super().__init__(f"{message}: {url}")


class UnreachableServiceError(ServiceUrlError):
    """The service did not answer, or answered a status >= 400, to HEAD then GET.

    :attr:`status_code` is the last status (``None`` when no HTTP answer came back).

    >>> str(UnreachableServiceError("it answered 503", url="https://example.org/wms", status_code=503))
    'it answered 503: https://example.org/wms'
    """

    def __init__(self, message: str, *, url: str, status_code: int | None = None) -> None:
        self.status_code = status_code
        super().__init__(message, url=url)


class CapabilitiesError(ServiceUrlError):
    """The service answered, but not with capabilities this client can read (bad XML or JSON...)."""


class MissingDependencyError(IsogeoError, ImportError):
    """An optional feature needs a package that is not installed; the message names the extra.

    >>> str(MissingDependencyError("pandas", "pandas", "isogeo.export.to_dataframe"))
    "isogeo.export.to_dataframe needs the 'pandas' package: pip install 'isogeo-client[pandas]'"
    """

    def __init__(self, package: str, extra: str, feature: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(f"{feature} needs the {package!r} package: pip install 'isogeo-client[{extra}]'")


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The :class:`APIStatusError` subclass for an HTTP status.

    >>> status_error_class(404).__name__, status_error_class(503).__name__, status_error_class(418).__name__
    ('NotFoundError', 'InternalServerError', 'APIStatusError')
    """
    if status_code >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


def request_id_of(headers: Mapping[str, str]) -> str | None:
    """The request id a server or gateway put in ``headers``, if any."""
    lowered = {key.lower(): value for key, value in headers.items()}
    return next((lowered[name] for name in REQUEST_ID_HEADERS if lowered.get(name)), None)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delay-seconds or HTTP date), else None.

    Only ASCII digits are delay-seconds (RFC 9110 §10.2.3); anything else that is not an HTTP date
    is ignored, never an exception.

    >>> parse_retry_after("120"), parse_retry_after("\u00b2"), parse_retry_after("soon")
    (120.0, None, None)
    """
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # str.isdigit() alone accepts "²" and "٣"
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def _error_fields(content: bytes) -> tuple[str | None, str, dict[str, str]]:
    """(error code, message, field errors) from an error body: the API's ``ApiError`` shape or RFC 6749's."""
    try:
        body: Any = json.loads(content) if content else None
    except ValueError:
        return None, "", {}
    if not isinstance(body, dict):
        return None, "", {}
    error = body.get("error")
    message = body.get("message") or body.get("error_description") or ""
    raw_fields = body.get("errors")
    fields = (
        {str(key): str(value) for key, value in raw_fields.items()} if isinstance(raw_fields, dict) else {}
    )
    return (str(error) if error is not None else None), str(message), fields


def from_response(
    response: httpx.Response, *, error_class: type[APIStatusError] | None = None, context: str = ""
) -> APIStatusError:
    """Build the typed error for an answer whose status is >= 400 (its body must have been read).

    ``error_class`` forces the class (the token endpoint maps every refusal to
    :class:`AuthenticationError`); ``context`` prefixes the message.

    >>> answer = httpx.Response(
    ...     400,
    ...     json={"error": "bad_request", "errors": {"name": "required"}},
    ...     headers={"X-Request-Id": "r-1"},
    ...     request=httpx.Request("POST", "https://v1.api.isogeo.com/groups/x/contacts"),
    ... )
    >>> error = from_response(answer)
    >>> type(error).__name__, error.field_errors, error.request_id
    ('BadRequestError', {'name': 'required'}, 'r-1')
    """
    request = response.request
    error, message, fields = _error_fields(response.content)
    if context:
        message = f"{context}: {message or error or 'refused'}"
    cls = error_class or status_error_class(response.status_code)
    return cls(
        status_code=response.status_code,
        method=request.method,
        url=redact_url(request.url),
        message=message,
        error=error,
        field_errors=fields,
        request_id=request_id_of(response.headers),
        body_excerpt=body_excerpt(response.content),
        retry_after=parse_retry_after(response.headers.get("retry-after")),
    )


def malformed(response: httpx.Response, cause: BaseException) -> MalformedResponseError:
    """Wrap a failure to parse a 2xx body into :class:`MalformedResponseError`.

    A model's :class:`~isogeo_api.types.DecodeError` gives the model and the field it names.
    """
    request = response.request
    model: str | None = None
    field: str | None = None
    if isinstance(cause, DecodeError):
        message = f"the answer does not match the {cause.model} model ({cause})"
        model, field = cause.model, cause.field
    else:
        message = f"could not parse the answer ({type(cause).__name__}: {cause})"
    return MalformedResponseError(
        message,
        status_code=response.status_code,
        method=request.method,
        url=redact_url(request.url),
        request_id=request_id_of(response.headers),
        body_excerpt=body_excerpt(response.content),
        model=model,
        field=field,
    )


class AnswerContext:
    """The answer the models decoded during one call came from: what a field decoded on first
    read (``isogeo_api.types.LazyField``) needs to raise :class:`MalformedResponseError` as the
    call would have. Holds the status, method, URL and response headers, not the request (its
    headers carry the bearer token) nor the body (the error's excerpt is the field's value)."""

    __slots__ = ("headers", "method", "status_code", "url")

    def __init__(self) -> None:
        self.status_code = 0
        self.method = ""
        self.url: httpx.URL | str = ""
        self.headers: Mapping[str, str] = {}

    def record(self, response: httpx.Response | None) -> None:
        if response is not None:
            self.status_code = response.status_code
            self.method = response.request.method
            self.url = response.request.url
            self.headers = response.headers


def lazy_malformed(cause: DecodeError, value: LazyValue) -> Exception:
    """The error a field decoded on first read raises when its value does not decode: the
    :class:`MalformedResponseError` of the answer it came from (``model``, ``field``; the excerpt
    is the field's value), or the bare ``DecodeError`` for a mapping decoded outside a call."""
    context = value.context
    if not isinstance(context, AnswerContext):
        return cause
    return MalformedResponseError(
        f"the answer does not match the {cause.model} model ({cause})",
        status_code=context.status_code,
        method=context.method,
        url=redact_url(context.url) if context.url else "",
        request_id=request_id_of(context.headers),
        body_excerpt=body_excerpt(json.dumps(value.value, ensure_ascii=False, default=str).encode()),
        model=cause.model,
        field=cause.field,
    )


_api_types.lazy_failure = lazy_malformed


def connection_error(exc: httpx.RequestError) -> APIConnectionError:
    """Wrap an httpx transport failure into :class:`APIConnectionError` / :class:`APITimeoutError`."""
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:
        request = None
    method = request.method if request is not None else ""
    url = redact_url(request.url) if request is not None else ""
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    detail = str(exc) or type(exc).__name__
    return cls(f"{type(exc).__name__}: {detail}", method=method, url=url)


# ---------------------------------------------------------------- paging, batches and bulk
# Raised by the helpers that run several requests for one call (isogeo.pagination, isogeo.bulk).


class PageFetchError(IsogeoError):
    """One page of a multi-page listing failed (after the transport's retries).

    ``offset`` and ``limit`` name the page; ``error`` is the underlying error (also
    ``__cause__``); ``status_code`` and ``request_id`` are copied from it when it has them.

    >>> cause = InternalServerError(status_code=503, method="GET", url="https://h/resources/search")
    >>> str(PageFetchError(offset=300, limit=100, error=cause))
    'the page at offset 300 (limit 100) failed: 503 Service Unavailable on GET https://h/resources/search'
    """

    def __init__(self, *, offset: int, limit: int, error: IsogeoError) -> None:
        self.offset = offset
        self.limit = limit
        self.error = error
        self.status_code: int | None = getattr(error, "status_code", None)
        self.request_id: str | None = getattr(error, "request_id", None)
        super().__init__(f"the page at offset {offset} (limit {limit}) failed: {error}")


class InconsistentPagesError(IsogeoError):
    """The pages of a listing do not add up: the data changed while they were fetched.

    Raised instead of returning a list with a result twice or one missing: ``duplicates`` lists
    the identifiers met twice, ``totals`` the different totals the pages reported, ``expected``
    and ``received`` the result counts. Running the listing again usually succeeds.
    """

    def __init__(
        self,
        message: str,
        *,
        expected: int | None = None,
        received: int | None = None,
        duplicates: Iterable[str] = (),
        totals: Iterable[int] = (),
    ) -> None:
        self.expected = expected
        self.received = received
        self.duplicates: tuple[str, ...] = tuple(duplicates)
        self.totals: tuple[int, ...] = tuple(totals)
        super().__init__(message)


class BulkSendError(IsogeoError):
    """A bulk sent in several requests failed part-way (see :class:`isogeo.resources.bulk.Bulk`).

    ``outcomes`` holds the reports of what was applied before the failure, ``pending`` the bulk
    requests still queued (nothing of them was applied), ``error`` the failure (also ``__cause__``).
    """

    def __init__(self, message: str, *, outcomes: list[Any], pending: list[Any], error: IsogeoError) -> None:
        self.outcomes = outcomes
        self.pending = pending
        self.error = error
        super().__init__(f"{message}: {error}")


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AlreadyExistsError",
    "AuthenticationError",
    "BadRequestError",
    "BulkSendError",
    "CapabilitiesError",
    "ClientClosedError",
    "ConflictError",
    "CredentialsError",
    "InconsistentPagesError",
    "InsecureTransportError",
    "InternalServerError",
    "InvalidInputError",
    "InvalidInputTypeError",
    "IsogeoError",
    "MalformedResponseError",
    "MissingDependencyError",
    "NotFoundError",
    "PageFetchError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ServiceUrlError",
    "UnreachableServiceError",
    "from_response",
    "status_error_class",
]
