"""The transport stack under every client: retries, then one log line per attempt, then the network.

::

    IsogeoTransport                  one "pass" (auth may send a request twice: 401 then retry)
    └── httpx_retries.RetryTransport  idempotent methods, 429/502/503/504, connection errors,
        │                             jittered exponential backoff, Retry-After, bounded waits
        └── _ObservedTransport        DEBUG line per attempt; INFO + ``on_retry`` hook per retry
            └── httpx.HTTPTransport   pooling, TLS, HTTP/2, proxy (or a transport you pass)

Every final response carries ``response.extensions["isogeo.attempts"]`` (1 when not retried).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx
from httpx_retries import RetryTransport

from isogeo._redact import redact_url
from isogeo.config import RetryEvent, RetryPolicy
from isogeo.errors import request_id_of

logger = logging.getLogger("isogeo.http")

ATTEMPTS_KEY = "isogeo.attempts"
_STATE_KEY = "isogeo.attempt_state"


@dataclass
class _AttemptState:
    count: int = 0
    last_outcome: str = ""
    last_end: float = 0.0


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
        self._retrying = RetryTransport(
            transport=_ObservedTransport(inner, policy.on_retry),
            retry=policy.to_retry(methods=retry_methods),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.extensions[_STATE_KEY] = _AttemptState()
        return self._retrying.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.extensions[_STATE_KEY] = _AttemptState()
        return await self._retrying.handle_async_request(request)

    def close(self) -> None:
        self._retrying.close()

    async def aclose(self) -> None:
        await self._retrying.aclose()
