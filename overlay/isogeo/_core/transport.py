"""The transport stack under every client: retries, then one log line per attempt, then the network.

::

    IsogeoTransport                  one "pass" (auth may send a request twice: 401 then retry)
    └── httpx_retries.RetryTransport  idempotent methods, 429/502/503/504, connection errors,
        │                             jittered exponential backoff, Retry-After, bounded waits
        └── _ObservedTransport        DEBUG line per attempt; INFO + ``on_retry`` hook per retry
            └── httpx.HTTPTransport   pooling, TLS, HTTP/2, proxy (or a transport you pass)

Every final response carries ``response.extensions["isogeo.attempts"]`` (1 when not retried).

The body of an answer is read *inside* the retry loop, unless the request was sent to be streamed
(``client.stream(...)``, marked with :data:`STREAM_KEY`): a body cut short by a broken connection is
then a connection error like any other — retried for idempotent methods, raised for a POST.

Bounds (:class:`~isogeo.config.Timeouts`, :class:`~isogeo.config.ResponseLimits`): each attempt
runs under a total deadline (``Timeouts.attempt``, shortened to what is left of ``Timeouts.call``
for the whole call, retries and waits included; see :mod:`isogeo._core.deadline`); no retry starts
once the call's deadline has passed. A body read in advance is decoded here, a slice at a time,
and refused (:class:`~isogeo.errors.ResponseTooLargeError`) as soon as it outgrows
``max_body_size``: a gzip bomb never reaches memory.

A ``Retry-After`` longer than the policy lets one wait be (``max_backoff``, or what is left of
``max_total_backoff``) is not shortened: the answer is returned as is, and the caller gets the
typed error with its ``retry_after`` instead of a retry the server asked not to see so soon.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
from httpx_retries import RetryTransport

from isogeo._core import deadline as _deadline
from isogeo._core import json as _json
from isogeo._core.redact import redact_url
from isogeo.config import DEFAULT_MAX_BODY_SIZE, Timeouts
from isogeo.errors import ResponseTooLargeError, malformed, request_id_of
from isogeo.retries import (
    CURRENT_ATTEMPTS,
    CallDeadlineExceeded,
    RetryEvent,
    RetryPolicy,
    _AttemptState,
    _Retry,
)

logger = logging.getLogger("isogeo.http")

ATTEMPTS_KEY = "isogeo.attempts"
STREAM_KEY = "isogeo.stream"
"""Request extension: True when the caller streams the body (it is then not read in advance)."""
_STATE_KEY = "isogeo.attempt_state"


class _ObservedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Counts, logs and reports each attempt of a request (retries included)."""

    def __init__(
        self,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport,
        on_retry: Callable[[RetryEvent], None] | None,
        *,
        attempt_deadline: float | None = None,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    ) -> None:
        self._inner = inner
        self._on_retry = on_retry
        self._attempt_deadline = attempt_deadline
        self._attempt_what = "" if attempt_deadline is None else f"attempt deadline of {attempt_deadline:g} s"
        self._max_body_size = max_body_size

    def _deadline(self, state: _AttemptState, now: float) -> tuple[float | None, str]:
        """(when this attempt must end, how to name that deadline); (None, "") without any."""
        ends = None if self._attempt_deadline is None else now + self._attempt_deadline
        what = self._attempt_what
        if state.call_deadline is not None and (ends is None or state.call_deadline < ends):
            ends, what = state.call_deadline, "call deadline"
        return ends, what

    def _before(self, request: httpx.Request) -> tuple[_AttemptState, float]:
        state: _AttemptState = request.extensions.setdefault(_STATE_KEY, _AttemptState())
        if state.past_deadline():
            raise CallDeadlineExceeded("the call deadline passed before this attempt", request=request)
        state.count += 1
        now = time.monotonic()
        if state.count > 1:
            event = RetryEvent(
                method=request.method,
                url=redact_url(request.url),
                attempt=state.count,
                reason=state.last_outcome,
                waited=now - state.last_end,
            )
            logger.info(
                "retrying %s %s after %s (attempt %d, waited %.2f s)",
                event.method,
                event.url,
                event.reason,
                event.attempt,
                event.waited,
            )
            if self._on_retry is not None:
                self._on_retry(event)
        return state, now

    @staticmethod
    def _after(
        request: httpx.Request, state: _AttemptState, started: float, outcome: httpx.Response | Exception
    ) -> None:
        state.last_end = time.monotonic()
        elapsed_ms = (state.last_end - started) * 1000
        if isinstance(outcome, httpx.Response):
            state.last_outcome = str(outcome.status_code)
            state.last_headers = outcome.headers  # its Retry-After is read if a retry is considered
            outcome.extensions[ATTEMPTS_KEY] = state.count
            if not logger.isEnabledFor(logging.DEBUG):  # the masked URL is built only to be logged
                return
            logger.debug(
                "%s %s -> %d in %.1f ms (attempt %d, request id %s)",
                request.method,
                redact_url(request.url),
                outcome.status_code,
                elapsed_ms,
                state.count,
                request_id_of(outcome.headers) or "-",
            )
        else:
            state.last_outcome = type(outcome).__name__
            state.last_headers = None
            if not logger.isEnabledFor(logging.DEBUG):
                return
            logger.debug(
                "%s %s -> %s after %.1f ms (attempt %d)",
                request.method,
                redact_url(request.url),
                state.last_outcome,
                elapsed_ms,
                state.count,
            )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.BaseTransport)
        state, started = self._before(request)
        ends, what = self._deadline(state, started)
        deadline, named = _deadline.DEADLINE.set(ends), _deadline.WHAT.set(what)
        try:
            response = self._inner.handle_request(request)
            if not request.extensions.get(STREAM_KEY):
                raw = _read(response, self._max_body_size, request)
                response = _buffered(response, raw, self._max_body_size, request)
        except Exception as exc:
            self._after(request, state, started, exc)
            raise
        finally:
            _deadline.DEADLINE.reset(deadline)
            _deadline.WHAT.reset(named)
        self._after(request, state, started, response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.AsyncBaseTransport)
        state, started = self._before(request)
        ends, what = self._deadline(state, started)
        deadline, named = _deadline.DEADLINE.set(ends), _deadline.WHAT.set(what)
        try:
            response = await self._inner.handle_async_request(request)
            if not request.extensions.get(STREAM_KEY):
                raw = await _aread(response, self._max_body_size, request)
                response = _buffered(response, raw, self._max_body_size, request)
        except Exception as exc:
            self._after(request, state, started, exc)
            raise
        finally:
            _deadline.DEADLINE.reset(deadline)
            _deadline.WHAT.reset(named)
        self._after(request, state, started, response)
        return response

    def close(self) -> None:
        if isinstance(self._inner, httpx.BaseTransport):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncBaseTransport):
            await self._inner.aclose()


def _too_large(response: httpx.Response, request: httpx.Request, limit: int) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        limit=limit,
        status_code=response.status_code,
        method=request.method,
        url=redact_url(request.url),
        request_id=request_id_of(response.headers),
    )


class _Collector:
    """Chunks of a raw body, refused past ``limit`` bytes or past the attempt's deadline (a check
    for transports that do not run on the deadline backend)."""

    def __init__(self, response: httpx.Response, request: httpx.Request, limit: int) -> None:
        self.response, self.request, self.limit = response, request, limit
        self.chunks: list[bytes] = []
        self.size = 0

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise _too_large(self.response, self.request, self.limit)
        try:
            _deadline.remaining(None)
        except Exception as exc:  # httpcore's timeout: httpx's own here, where httpx no longer maps it
            raise httpx.ReadTimeout(str(exc), request=self.request) from None
        self.chunks.append(chunk)


def _read(response: httpx.Response, limit: int, request: httpx.Request) -> bytes:
    """The raw (still encoded) body; a broken stream raises here, inside the retry loop."""
    assert isinstance(response.stream, httpx.SyncByteStream)
    collector = _Collector(response, request, limit)
    try:
        for chunk in response.stream:
            collector.add(chunk)
    finally:
        response.close()
    return b"".join(collector.chunks)


async def _aread(response: httpx.Response, limit: int, request: httpx.Request) -> bytes:
    assert isinstance(response.stream, httpx.AsyncByteStream)
    collector = _Collector(response, request, limit)
    try:
        async for chunk in response.stream:
            collector.add(chunk)
    finally:
        await response.aclose()
    return b"".join(collector.chunks)


_SLICE = 4096
"""Raw bytes decoded at a time: gzip's ratio is at most ~1:1032, so one slice never decodes to
more than ~4 MiB before the size is checked."""


class _Slices(httpx.SyncByteStream):
    def __init__(self, raw: bytes) -> None:
        self._raw = raw

    def __iter__(self) -> Iterator[bytes]:
        for start in range(0, len(self._raw), _SLICE):
            yield self._raw[start : start + _SLICE]


def _decoded(response: httpx.Response, raw: bytes, limit: int, request: httpx.Request) -> bytes:
    """``raw`` decoded as its ``Content-Encoding`` says (httpx's decoders), at most ``limit`` bytes."""
    probe = httpx.Response(response.status_code, headers=response.headers, stream=_Slices(raw))
    parts: list[bytes] = []
    size = 0
    for part in probe.iter_bytes():
        size += len(part)
        if size > limit:
            raise _too_large(response, request, limit)
        parts.append(part)
    return b"".join(parts)


class BufferedResponse(httpx.Response):
    """A response read in advance, whose :meth:`json` raises
    :class:`~isogeo.errors.MalformedResponseError` for a body that is not JSON (status, excerpt and
    request id included): generated functions called directly through ``isogeo.api`` get a typed
    error for an HTML page or a broken body with 200, not a bare ``JSONDecodeError``.

    Its body is already in memory: :meth:`read` (which the httpx client calls on every answer it
    does not stream) takes it as is, instead of going through httpx's chunking and decoders a
    second time; the response then ends as after httpx's own read (closed, ``elapsed`` set).
    """

    def __init__(self, *args: Any, body: bytes | None = None, **kwargs: Any) -> None:
        """``body``: the whole (decoded) body, instead of httpx's ``content``/``stream``."""
        self._body = body  # before httpx's __init__, which reads a ``content=`` body
        if body is not None:
            kwargs["stream"] = httpx.ByteStream(body)
        super().__init__(*args, **kwargs)

    def read(self) -> bytes:
        if self._body is not None and not hasattr(self, "_content") and not self.is_stream_consumed:
            self._content = self._body
            self.is_stream_consumed = True
            self.close()
        return super().read()

    async def aread(self) -> bytes:
        if self._body is not None and not hasattr(self, "_content") and not self.is_stream_consumed:
            self._content = self._body
            self.is_stream_consumed = True
            await self.aclose()
        return await super().aread()

    def json(self, **kwargs: Any) -> Any:
        try:
            return super().json(**kwargs) if kwargs else _json.loads(self.content)
        except ValueError as exc:
            failure: ValueError = exc
        # Raised outside the ``except``: the JSONDecodeError, which holds the whole body in its
        # ``doc``, is neither the cause nor the context of the typed error.
        raise malformed(self, failure)


_ENCODED = frozenset({"gzip", "deflate", "br", "zstd", "compress", "x-gzip"})


def _buffered(response: httpx.Response, raw: bytes, limit: int, request: httpx.Request) -> httpx.Response:
    """``response`` again, its body in memory, decoded within ``limit`` bytes (the answer then
    has no ``Content-Encoding``: its body is what the server meant)."""
    headers = response.headers
    encoding = headers.get("content-encoding")
    if encoding and {part.strip().lower() for part in encoding.split(",")} & _ENCODED:
        raw = _decoded(response, raw, limit, request)
        headers = headers.copy()
        del headers["content-encoding"]
    return BufferedResponse(
        status_code=response.status_code, headers=headers, body=raw, extensions=response.extensions
    )


class IsogeoTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Retries and observability around ``inner`` (sync or async, like ``inner``).

    ``retry_methods`` overrides the policy's methods (the token endpoint retries its POSTs: asking
    twice for a token creates nothing).
    """

    def __init__(
        self,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        *,
        retry_methods: frozenset[str] | None = None,
        timeouts: Timeouts | None = None,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    ) -> None:
        timeouts = timeouts or Timeouts()
        self._retry = _Retry(**policy.retry_arguments(methods=retry_methods))
        self._call_deadline = timeouts.call
        observed = _ObservedTransport(
            inner, policy.on_retry, attempt_deadline=timeouts.attempt, max_body_size=max_body_size
        )
        self._retrying = RetryTransport(transport=observed, retry=self._retry)

    def _start(self, request: httpx.Request) -> _AttemptState:
        state = request.extensions[_STATE_KEY] = _AttemptState()
        if self._call_deadline is not None:
            state.call_deadline = time.monotonic() + self._call_deadline
        # httpx-retries reads the policy from there; the policy reads this request's attempts from
        # CURRENT_ATTEMPTS (set around the request below) rather than from a copy per request.
        request.extensions["retry"] = self._retry
        return state

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        token = CURRENT_ATTEMPTS.set(self._start(request))
        try:
            return self._retrying.handle_request(request)
        finally:
            CURRENT_ATTEMPTS.reset(token)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        token = CURRENT_ATTEMPTS.set(self._start(request))
        try:
            return await self._retrying.handle_async_request(request)
        finally:
            CURRENT_ATTEMPTS.reset(token)

    def close(self) -> None:
        self._retrying.close()

    async def aclose(self) -> None:
        await self._retrying.aclose()
