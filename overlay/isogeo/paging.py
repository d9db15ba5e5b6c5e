"""Pagination arithmetic for searches (facts §6.4, §9.8)."""

from __future__ import annotations

from isogeo._invalid import InvalidInputError

__all__ = ["pages_counter"]


def pages_counter(total: int, page_size: int = 100) -> int:
    """How many pages of ``page_size`` hold ``total`` results; at least one (an empty search
    still answers one page, with ``total``, ``tags`` and ``envelope``).

    >>> pages_counter(626), pages_counter(156, 22), pages_counter(100), pages_counter(0)
    (7, 8, 1, 1)
    """
    if isinstance(total, bool) or not isinstance(total, int) or total < 0:
        raise InvalidInputError("total", total, "a count of results: an int >= 0")
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise InvalidInputError("page_size", page_size, "an int >= 1")
    return max(1, -(-total // page_size))
