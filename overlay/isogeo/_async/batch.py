"""Async batch retrieval (:mod:`isogeo.batch`, the public module, has both sides and says what
they do).

Written once, async; the other side is derived by ``tools/derive_sync.py``. What both sides share,
without I/O, is in ``isogeo._batch``; the concurrent run is each side's ``_primitives.py``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TypeVar

from isogeo._batch import AsyncGet, BatchResult, _note, _result, normalize_ids
from isogeo.config import DEFAULT_CONCURRENCY
from isogeo.errors import NotFoundError
from isogeo.pagination import check_concurrency

from ._primitives import gather_bounded

T = TypeVar("T")


async def aget_many(
    get: AsyncGet[T], ids: Iterable[object], *, concurrency: int = DEFAULT_CONCURRENCY
) -> BatchResult[T]:
    """Run ``get(id)`` for every id, ``concurrency`` at a time (see :mod:`isogeo.batch`).

    Ids are checked before any request; an id given twice is fetched once. The first failure (in
    input order) other than a 404 stops the others and is raised, with a note naming its id.
    """
    keys = normalize_ids(ids)
    concurrency = check_concurrency(concurrency)
    unique = list(dict.fromkeys(keys))

    async def one(key: str) -> T | None:
        try:
            return await get(key)
        except NotFoundError:
            return None
        except Exception as exc:
            _note(exc, key, len(unique))
            raise

    calls = [functools.partial(one, key) for key in unique]
    fetched = await gather_bounded(calls, concurrency=concurrency, name="isogeo-batch")
    return _result(keys, dict(zip(unique, fetched, strict=True)))
