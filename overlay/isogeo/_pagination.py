"""What the paging engine's two sides share, without I/O: argument checks, the reading of a page,
the duplicate, budget and total checks (:mod:`isogeo.pagination` is the public module; the engine
itself is written once in ``_async/pagination.py``, its sync side derived into ``_sync/pagination.py``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any, TypeVar

from isogeo.errors import InconsistentPagesError, InvalidInputError, IsogeoError, PageFetchError
from isogeo_api.types import Unset

PAGE_SIZE_MAX = 100
"""The largest ``_limit`` the metadata search accepts (facts §6.1), used for whole results."""


MAX_CONCURRENCY = 32

P = TypeVar("P")

Fetch = Callable[[int, int], P]
"""``fetch(offset, limit) -> page``: what the sync engine drives."""
AsyncFetch = Callable[[int, int], Awaitable[P]]
"""``await fetch(offset, limit) -> page``: what the async engine drives."""
PageProgress = Callable[[int, int | None], object]
"""``progress(results_received, total)``, called after each page; ``total`` is None for listings
that do not report one (bare lists)."""


def check_page_size(page_size: object, *, minimum: int = 1, maximum: int | None = PAGE_SIZE_MAX) -> int:
    """``page_size`` as an int within bounds, or :class:`InvalidInputError`.

    >>> check_page_size(100), check_page_size(0, minimum=0)
    (100, 0)
    """
    top = "" if maximum is None else f" and <= {maximum}"
    if (
        isinstance(page_size, bool)
        or not isinstance(page_size, int)
        or page_size < minimum
        or (maximum is not None and page_size > maximum)
    ):
        raise InvalidInputError("page_size", page_size, f"an int >= {minimum}{top}")
    return page_size


def check_offset(offset: object) -> int:
    """``offset`` as an int >= 0, or :class:`InvalidInputError`."""
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise InvalidInputError("offset", offset, "an int >= 0")
    return offset


def check_concurrency(concurrency: object) -> int:
    """``concurrency`` as an int between 1 and :data:`MAX_CONCURRENCY`, or :class:`InvalidInputError`.

    >>> check_concurrency(5)
    5
    >>> check_concurrency(0)
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: concurrency=0 is not accepted; expected an int from 1 to 32
    """
    if (
        isinstance(concurrency, bool)
        or not isinstance(concurrency, int)
        or not 1 <= concurrency <= MAX_CONCURRENCY
    ):
        raise InvalidInputError("concurrency", concurrency, f"an int from 1 to {MAX_CONCURRENCY}")
    return concurrency


def check_expected_total(expected_total: object) -> int | None:
    """``expected_total`` as an int >= 0 or None, or :class:`InvalidInputError`."""
    if expected_total is None:
        return None
    if isinstance(expected_total, bool) or not isinstance(expected_total, int) or expected_total < 0:
        raise InvalidInputError("expected_total", expected_total, "None or an int >= 0")
    return expected_total


def page_content(page: object) -> tuple[list[Any], int | None]:
    """(results, total) of a page: an envelope with ``results``/``total``, or a bare list (no total).

    >>> from isogeo_api.models import KeywordSearch
    >>> page_content(KeywordSearch(limit=20, offset=0, results=[], total=0)), page_content(["shp"])
    (([], 0), (['shp'], None))
    """
    if isinstance(page, list):
        return page, None
    results = getattr(page, "results", None)
    if not isinstance(results, list):
        raise TypeError(f"{type(page).__name__} is not a page: it has no list of results")
    total = getattr(page, "total", None)
    return results, (total if isinstance(total, int) and not isinstance(total, Unset) else None)


def item_key(item: object) -> str | None:
    """The identity of an item for the duplicate check: its ``_id``, else None (not checked).

    >>> item_key({"_id": "0269803d50c446b09f5060ef7fe3e22b"}), item_key("shp")
    ('0269803d50c446b09f5060ef7fe3e22b', None)
    """
    key = getattr(item, "sys_id", None)
    if (key is None or isinstance(key, Unset)) and isinstance(item, dict):
        key = item.get("_id")
    if key is None or isinstance(key, Unset):
        return None
    # An identifier the server sent as a number (or anything else) is still an identity.
    return key if isinstance(key, str) else str(key)


class _SeenTracker:
    """Remembers item identities; raises on the second sighting of one."""

    def __init__(self) -> None:
        self._positions: dict[str, int] = {}
        self.count = 0

    def add(self, item: object) -> None:
        key = item_key(item)
        if key is not None:
            first = self._positions.setdefault(key, self.count)
            if first != self.count:
                raise InconsistentPagesError(
                    f"{key} came back at positions {first} and {self.count}: the data changed between "
                    "two page requests (run the listing again, or sort on a stable key)",
                    duplicates=[key],
                )
        self.count += 1


def _wrap(offset: int, limit: int, exc: IsogeoError) -> IsogeoError:
    if isinstance(exc, InvalidInputError | PageFetchError | InconsistentPagesError):
        return exc
    return PageFetchError(offset=offset, limit=limit, error=exc)


def check_progress(progress: object) -> PageProgress | None:
    """``progress`` when it is None or callable, else :class:`InvalidInputError`.

    >>> check_progress(print) is print, check_progress(None)
    (True, None)
    """
    if progress is not None and not callable(progress):
        raise InvalidInputError("progress", progress, "None or a function progress(received, total)")
    return progress


def _is_last(results: Sequence[Any], total: int | None, next_offset: int, limit: int) -> bool:
    if not results:
        return True
    if total is not None:
        return next_offset >= total
    return len(results) < limit


class _PageBudget:
    """Counts the pages of one listing; past ``max_pages``, :class:`InconsistentPagesError`."""

    def __init__(self, max_pages: int) -> None:
        self.max_pages = max_pages
        self.used = 0

    def spend(self, pages: int = 1) -> None:
        self.used += pages
        if self.used > self.max_pages:
            raise _too_many_pages(self.max_pages)


def _too_many_pages(max_pages: int, total: int | None = None) -> InconsistentPagesError:
    said = f"announced {total} results" if total is not None else "kept sending full pages"
    return InconsistentPagesError(
        f"the server {said}: more than {max_pages} pages, the sanity limit of one listing "
        "(isogeo.config.MAX_PAGES; max_pages= raises it)",
        totals=[] if total is None else [total],
    )


def _check_plan(start: int, total: int, page_size: int, max_pages: int) -> None:
    """Refuse a ``total`` that would take more than ``max_pages`` pages, before fetching them."""
    if total < 0 or -(-(total - start) // page_size) > max_pages:
        if total < 0:
            raise InconsistentPagesError(f"the server announced a negative total ({total})", totals=[total])
        raise _too_many_pages(max_pages, total)


def _stopped_early(start: int, total: int, received: int) -> InconsistentPagesError:
    expected = max(0, total - start)
    return InconsistentPagesError(
        f"expected {expected} results from offset {start} (total {total}), received {received}: "
        "the data changed while the pages were fetched; run the listing again",
        expected=expected,
        received=received,
    )


def _after_page(
    results: Sequence[Any], total: int | None, start: int, offset: int, limit: int, seen: _SeenTracker
) -> bool:
    """Whether the page just read was the last one; an empty page before ``total`` raises."""
    if not results and total is not None and offset < total:
        raise _stopped_early(start, total, seen.count)
    return _is_last(results, total, offset, limit)


def _offsets(start: int, total: int, page_size: int, done: Iterable[int]) -> list[int]:
    """Offsets of the pages that cover ``start``..``total`` and are not ``done`` (at least ``start``)."""
    skip = set(done)
    wanted = range(start, max(total, start + 1), page_size)
    return [offset for offset in wanted if offset not in skip]


def _check_pages(pages: dict[int, Any], start: int) -> int:
    """The total every page agrees on; InconsistentPagesError when they disagree."""
    totals = sorted({total for total in (page_content(p)[1] for p in pages.values()) if total is not None})
    if len(totals) > 1:
        raise InconsistentPagesError(
            f"the pages reported different totals ({', '.join(map(str, totals))}): the data changed while "
            "they were fetched; run the listing again",
            totals=totals,
        )
    return totals[0] if totals else start


def _assemble(pages: dict[int, Any], start: int, total: int) -> list[Any]:
    ordered = [pages[offset] for offset in sorted(pages)]
    seen = _SeenTracker()
    for page in ordered:
        for item in page_content(page)[0]:
            seen.add(item)
    if seen.count != max(0, total - start):
        raise _stopped_early(start, total, seen.count)
    return ordered


def _check_unique(pages: list[Any]) -> _SeenTracker:
    """The identities of ``pages``' items; InconsistentPagesError at the first one seen twice."""
    seen = _SeenTracker()
    for page in pages:
        for item in page_content(page)[0]:
            seen.add(item)
    return seen
