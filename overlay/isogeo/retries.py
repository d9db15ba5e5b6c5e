"""Retries in one place: the policy users set (:class:`RetryPolicy`), what each retry reports
(:class:`RetryEvent`), and the mechanism that decides, attempt by attempt, whether a request is sent
again (:class:`_Retry`, over httpx-retries' ``Retry``).

What is retried: idempotent methods only (``POST`` and ``PATCH`` never: a create is never sent
twice), on connection errors, timeouts, 429 and 502/503/504 — the official SDK retries 502/503/504
twice (fact sheet §1.4); we add 429 and connection errors. Waits grow exponentially with full
jitter; a ``Retry-After`` replaces the computed wait and is never shortened: when it asks for
longer than the policy lets one wait be, the request is not retried and its error carries
``retry_after``. No retry starts once the call's deadline (:class:`~isogeo.config.Timeouts`) has
passed. :mod:`isogeo._core.transport` puts this under every client (``httpx_retries.RetryTransport``)
and logs each attempt.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Final

import httpx
from httpx_retries import Retry

from isogeo.errors import parse_retry_after

__all__ = [
    "IDEMPOTENT_METHODS",
    "RETRY_STATUSES",
    "CallDeadlineExceeded",
    "RetryEvent",
    "RetryPolicy",
]


@dataclass(frozen=True)
class RetryEvent:
    """What :attr:`RetryPolicy.on_retry` receives before each new attempt."""

    method: str
    url: str
    """Credentials masked."""
    attempt: int
    """The number of the attempt about to be sent (2 for the first retry)."""
    reason: str
    """The previous attempt's outcome: a status code (``"503"``) or an exception name."""
    waited: float
    """Seconds actually waited since the previous attempt ended (backoff or ``Retry-After``)."""


IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES: Final = frozenset({429, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """When and how often to re-send a request that failed in a way worth trying again.

    Only idempotent methods are retried (``POST`` and ``PATCH`` never are: a create is never
    sent twice), on connection errors, timeouts, 429 and 502/503/504. Waits grow exponentially
    (``backoff_factor * 2**retry``) with full jitter, and a ``Retry-After`` header (seconds or an
    HTTP date) replaces the computed wait. One wait never exceeds ``max_backoff``; all the waits of
    one request never exceed ``max_total_backoff``. A ``Retry-After`` beyond either is not
    shortened: the request is not retried, and its error carries ``retry_after``.

    >>> RetryPolicy.disabled().max_retries
    0
    """

    max_retries: int = 2
    backoff_factor: float = 0.5
    backoff_jitter: float = 1.0
    max_backoff: float = 30.0
    max_total_backoff: float = 60.0
    respect_retry_after: bool = True
    statuses: frozenset[int] = RETRY_STATUSES
    methods: frozenset[str] = IDEMPOTENT_METHODS
    on_retry: Callable[[RetryEvent], None] | None = field(default=None, compare=False)
    """Called before each retry (counting, metrics). Exceptions it raises abort the request."""

    @classmethod
    def disabled(cls) -> RetryPolicy:
        """Never retry."""
        return cls(max_retries=0)

    def retry_arguments(self, *, methods: frozenset[str] | None = None) -> dict[str, Any]:
        """The keyword arguments of the equivalent :class:`httpx_retries.Retry`."""
        return {
            "total": self.max_retries,
            "allowed_methods": methods or self.methods,
            "status_forcelist": self.statuses,
            "backoff_factor": self.backoff_factor,
            "backoff_jitter": self.backoff_jitter,
            "respect_retry_after_header": self.respect_retry_after,
            "max_backoff_wait": self.max_backoff,
            "total_timeout": self.max_total_backoff,
        }

    def to_retry(self, *, methods: frozenset[str] | None = None) -> Retry:
        """The equivalent :class:`httpx_retries.Retry` (``methods`` overrides the retried methods)."""
        return Retry(**self.retry_arguments(methods=methods))


@dataclass
class _AttemptState:
    count: int = 0
    last_outcome: str = ""
    last_end: float = 0.0
    last_headers: httpx.Headers | None = None
    """The last answer's headers (None after a failure without an answer)."""
    call_deadline: float | None = None
    """The monotonic time by which the whole call must end (None: no deadline)."""

    def past_deadline(self) -> bool:
        return self.call_deadline is not None and time.monotonic() >= self.call_deadline

    @property
    def retry_after(self) -> float | None:
        """The last answer's ``Retry-After``, in seconds (read when a retry is considered, not for
        every answer)."""
        headers = self.last_headers
        return None if headers is None else parse_retry_after(headers.get("retry-after"))


CURRENT_ATTEMPTS: ContextVar[_AttemptState | None] = ContextVar("isogeo_attempts", default=None)
"""The attempts of the request being sent (set by :mod:`isogeo._core.transport` around it): the
policy every request shares reads them from here, instead of a copy of it per request."""


class CallDeadlineExceeded(httpx.TimeoutException):
    """No attempt starts once the call's deadline has passed (never retried)."""


class _Retry(Retry):
    """httpx-retries' ``Retry`` that never retries earlier than the server's ``Retry-After`` asks
    (httpx-retries would cap the wait and retry anyway). One per client: it decides for the request
    being sent (:data:`CURRENT_ATTEMPTS`), or for the attempts it was :meth:`bound` to."""

    def __init__(self, *args: Any, attempts: _AttemptState | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._attempts = attempts

    @property
    def attempts(self) -> _AttemptState | None:
        """The attempts this policy decides for: its own if bound, else the request's being sent."""
        return self._attempts if self._attempts is not None else CURRENT_ATTEMPTS.get()

    def copy_with(self, *args: Any, **kwargs: Any) -> _Retry:
        copy = super().copy_with(*args, **kwargs)
        assert isinstance(copy, _Retry)
        copy._attempts = self._attempts
        return copy

    def bound(self, attempts: _AttemptState) -> _Retry:
        """A copy that reads the given attempts' ``Retry-After`` and deadline wherever it runs."""
        copy = self.copy_with()
        copy._attempts = attempts
        return copy

    def is_retryable_exception(self, exception: Exception) -> bool:
        if isinstance(exception, CallDeadlineExceeded) or self._past_deadline():
            return False
        return super().is_retryable_exception(exception)

    def _past_deadline(self) -> bool:
        attempts = self.attempts
        return attempts is not None and attempts.past_deadline()

    def is_retryable_status_code(self, status_code: int) -> bool:
        if not super().is_retryable_status_code(status_code) or self._past_deadline():
            return False
        attempts = self.attempts
        asked = attempts.retry_after if attempts is not None else None
        if asked is None or not self.respect_retry_after_header:
            return True
        allowed = self.max_backoff_wait
        if self.total_timeout is not None:
            allowed = min(allowed, self.total_timeout - self.elapsed_sleep)
        return asked <= allowed
