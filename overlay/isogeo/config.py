"""Connection settings: label language, timeouts, answer limits (retries: :mod:`isogeo.retries`, re-exported
here; platform URLs: :mod:`isogeo.platforms`).

Defaults follow the official SDK's transport (fact sheet §1.4): connect 15 s, read 45 s, searches
read 200 s, 2 retries on 502/503/504 (we add 429 and connection errors), pools of 20 kept-alive
and 50 total connections.
"""

from __future__ import annotations

import enum
import warnings
from dataclasses import dataclass
from typing import Final

import httpx

from isogeo.retries import IDEMPOTENT_METHODS as IDEMPOTENT_METHODS
from isogeo.retries import RETRY_STATUSES as RETRY_STATUSES
from isogeo.retries import RetryEvent as RetryEvent
from isogeo.retries import RetryPolicy as RetryPolicy

SUPPORTED_LANGS: Final = ("fr", "en", "es", "pt")
DEFAULT_LANG: Final = "fr"
FALLBACK_LANG: Final = "en"


def resolve_lang(lang: str | enum.Enum | None) -> str:
    """The ``_lang`` value to send: one of fr/en/es/pt; anything else falls back to ``en`` with a warning.

    This is the SDK's documented behaviour (fact sheet §1.3): the API's own documentation
    lists only ``fr`` (default) and ``en``.

    >>> resolve_lang("EN"), resolve_lang(None)
    ('en', 'fr')
    """
    if lang is None:
        return DEFAULT_LANG
    value = str(lang.value if isinstance(lang, enum.Enum) else lang).strip().lower()
    if value in SUPPORTED_LANGS:
        return value
    warnings.warn(
        f"lang {value!r} is not supported by the Isogeo API (accepted: {', '.join(SUPPORTED_LANGS)}); "
        f"using {FALLBACK_LANG!r}",
        UserWarning,
        stacklevel=3,
    )
    return FALLBACK_LANG


@dataclass(frozen=True)
class Timeouts:
    """Timeouts in seconds; ``search_read`` applies to every ``.../search`` route.

    ``connect``/``read``/``write``/``pool`` bound each socket operation (httpx's timeouts). Two
    total deadlines bound what those cannot (a server trickling one byte at a time, or sending
    ``100 Continue`` forever): ``attempt`` — one request sent once, until its answer is read
    (until its headers for a streamed download), default 300 s (above ``search_read``);
    ``call`` — one call, its retries and their waits included, default 900 s. Past either,
    :class:`~isogeo.errors.APITimeoutError`; ``None`` removes a deadline.

    >>> Timeouts(read=60.0).as_httpx()
    Timeout(connect=15.0, read=60.0, write=45.0, pool=15.0)
    """

    connect: float = 15.0
    read: float = 45.0
    write: float = 45.0
    pool: float = 15.0
    search_read: float = 200.0
    attempt: float | None = 300.0
    call: float | None = 900.0

    def as_httpx(self) -> httpx.Timeout:
        """The default timeout of every request."""
        return httpx.Timeout(connect=self.connect, read=self.read, write=self.write, pool=self.pool)

    def for_search(self) -> httpx.Timeout:
        """The timeout of search routes (long full-text searches)."""
        return httpx.Timeout(connect=self.connect, read=self.search_read, write=self.write, pool=self.pool)


DEFAULT_MAX_BODY_SIZE: Final = 64 * 1024 * 1024
"""Largest decoded body read in memory (64 MiB): a whole-results page of 100 full metadata is a
few MiB; a gzip bomb (4 MiB that decode to 4 GiB) stops here."""

MAX_PAGES: Final = 10_000
"""Most pages one listing fetches (1,000,000 results in pages of 100): past it, a server whose
``total`` or full pages never end gets :class:`~isogeo.errors.InconsistentPagesError`."""


@dataclass(frozen=True)
class ResponseLimits:
    """How much of an answer the client agrees to hold.

    ``max_body_size``: bytes of a body read in memory, once decoded (gzip, deflate, brotli...);
    beyond, :class:`~isogeo.errors.ResponseTooLargeError` (reading stops there). Streamed
    downloads are not held in memory: they are written in chunks, up to the size announced.

    >>> ResponseLimits().max_body_size
    67108864
    """

    max_body_size: int = DEFAULT_MAX_BODY_SIZE


DEFAULT_LIMITS: Final = httpx.Limits(max_connections=50, max_keepalive_connections=20)

DEFAULT_CONCURRENCY: Final = 5
"""Requests at the same time for whole results and batch retrieval, unless ``concurrency=`` says
otherwise (also :data:`isogeo.pagination.DEFAULT_CONCURRENCY`)."""
