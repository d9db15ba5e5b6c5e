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

A ``Retry-After`` longer than the policy lets one wait be (``max_backoff``, or what is left of
``max_total_backoff``) is not shortened: the answer is returned as is, and the caller gets the
typed error with its ``retry_after`` instead of a retry the server asked not to see so soon.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from httpx_retries import Retry, RetryTransport

from isogeo._redact import redact_url
from isogeo.config import RetryEvent, RetryPolicy
from isogeo.errors import malformed, parse_retry_after, request_id_of

logger = logging.getLogger("isogeo.http")

ATTEMPTS_KEY = "isogeo.attempts"
STREAM_KEY = "isogeo.stream"
"""Request extension: True when the caller streams the body (it is then not read in advance)."""
_STATE_KEY = "isogeo.attempt_state"


@dataclass
class _AttemptState:
    count: int = 0
    last_outcome: str = ""
    last_end: float = 0.0
    retry_after: float | None = None
    """The last answer's ``Retry-After``, in seconds."""


class _Retry(Retry):
    """httpx-retries' ``Retry``, bound to one request's attempts, that never retries earlier than
    the server's ``Retry-After`` asks (httpx-retries would cap the wait and retry anyway)."""

    def __init__(self, *args: Any, attempts: _AttemptState | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.attempts = attempts

    def copy_with(self, *args: Any, **kwargs: Any) -> _Retry:
        copy = super().copy_with(*args, **kwargs)
        assert isinstance(copy, _Retry)
        copy.attempts = self.attempts
        return copy

    def bound(self, attempts: _AttemptState) -> _Retry:
        """A copy for one request, which reads its attempts' ``Retry-After``."""
        copy = self.copy_with()
        copy.attempts = attempts
        return copy

    def is_retryable_status_code(self, status_code: int) -> bool:
        if not super().is_retryable_status_code(status_code):
            return False
        asked = self.attempts.retry_after if self.attempts is not None else None
        if asked is None or not self.respect_retry_after_header:
            return True
        allowed = self.max_backoff_wait
        if self.total_timeout is not None:
            allowed = min(allowed, self.total_timeout - self.elapsed_sleep)
        return asked <= allowed


class _ObservedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Counts, logs and reports each attempt of a request (retries included)."""

    def __init__(
        self,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport,
        on_retry: Callable[[RetryEvent], None] | None,
    ) -> None:
        self._inner = inner
        self._on_retry = on_retry

    def _before(self, request: httpx.Request) -> tuple[_AttemptState, float]:
        state: _AttemptState = request.extensions.setdefault(_STATE_KEY, _AttemptState())
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
            state.retry_after = parse_retry_after(outcome.headers.get("retry-after"))
            outcome.extensions[ATTEMPTS_KEY] = state.count
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
            state.retry_after = None
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
        try:
            response = self._inner.handle_request(request)
            if not request.extensions.get(STREAM_KEY):
                response = _buffered(response, _read(response))
        except Exception as exc:
            self._after(request, state, started, exc)
            raise
        self._after(request, state, started, response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.AsyncBaseTransport)
        state, started = self._before(request)
        try:
            response = await self._inner.handle_async_request(request)
            if not request.extensions.get(STREAM_KEY):
                response = _buffered(response, await _aread(response))
        except Exception as exc:
            self._after(request, state, started, exc)
            raise
        self._after(request, state, started, response)
        return response

    def close(self) -> None:
        if isinstance(self._inner, httpx.BaseTransport):
            self._inner.close()

    async def aclose(self) -> None:
        if isinstance(self._inner, httpx.AsyncBaseTransport):
            await self._inner.aclose()


def _read(response: httpx.Response) -> bytes:
    """The raw (still encoded) body; a broken stream raises here, inside the retry loop."""
    assert isinstance(response.stream, httpx.SyncByteStream)
    try:
        return b"".join(response.stream)
    finally:
        response.close()


async def _aread(response: httpx.Response) -> bytes:
    assert isinstance(response.stream, httpx.AsyncByteStream)
    try:
        return b"".join([chunk async for chunk in response.stream])
    finally:
        await response.aclose()


class BufferedResponse(httpx.Response):
    """A response read in advance, whose :meth:`json` raises
    :class:`~isogeo.errors.MalformedResponseError` for a body that is not JSON (status, excerpt and
    request id included): generated functions called directly through ``isogeo.api`` get a typed
    error for an HTML page or a broken body with 200, not a bare ``JSONDecodeError``."""

    def json(self, **kwargs: Any) -> Any:
        try:
            return super().json(**kwargs)
        except ValueError as exc:
            raise malformed(self, exc) from exc


def _buffered(response: httpx.Response, raw: bytes) -> httpx.Response:
    """``response`` again, its body in memory (httpx decodes it and times it as usual)."""
    return BufferedResponse(
        status_code=response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(raw),
        extensions=response.extensions,
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
    ) -> None:
        self._retry = _Retry(**policy.retry_arguments(methods=retry_methods))
        observed = _ObservedTransport(inner, policy.on_retry)
        self._retrying = RetryTransport(transport=observed, retry=self._retry)

    def _start(self, request: httpx.Request) -> None:
        state = request.extensions[_STATE_KEY] = _AttemptState()
        request.extensions["retry"] = self._retry.bound(state)  # httpx-retries reads it from there

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._start(request)
        return self._retrying.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._start(request)
        return await self._retrying.handle_async_request(request)

    def close(self) -> None:
        self._retrying.close()

    async def aclose(self) -> None:
        await self._retrying.aclose()
