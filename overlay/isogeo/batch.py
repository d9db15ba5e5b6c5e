"""Batch retrieval: many entities by id, concurrently, results in input order, missing ids reported.

An idea of the sibling contacts API (``get_assets_async(identifiers)``): instead of a loop of
GETs, :func:`get_many` / :func:`aget_many` run ``get(id)`` for every id, ``concurrency`` at a
time (threads for the sync client, tasks for the async one), and return a :class:`BatchResult`:

* ``items`` — one entry per input id, **in input order** (``None`` where the id was not found);
* ``missing`` — the ids the API answered 404 for: reported, never silently dropped;
* ``found`` — ``{id: entity}`` of the others.

Ids are checked (and normalised to 32 hex) before any request; a malformed one raises
:class:`~isogeo.errors.InvalidInputError` naming its index. An id given twice is fetched once.
Any other failure (403, 5xx after retries, connection...) stops the batch and is raised, with a
note naming the id.
"""

from __future__ import annotations

import contextvars
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Generic, TypeVar

import anyio

from isogeo._core.validation import normalize_identifier
from isogeo.errors import InvalidInputError, NotFoundError
from isogeo.pagination import DEFAULT_CONCURRENCY, check_concurrency

__all__ = ["BatchResult", "aget_many", "get_many", "normalize_ids"]

T = TypeVar("T")


@dataclass(frozen=True)
class BatchResult(Generic[T]):
    """The outcome of a batch retrieval (see the module docstring).

    >>> result = BatchResult(ids=("a", "b"), items=("A", None), missing=("b",))
    >>> result.found, list(result), result.complete
    ({'a': 'A'}, ['A'], False)
    """

    ids: tuple[str, ...]
    """The requested ids, normalised, in input order."""
    items: tuple[T | None, ...]
    """One entry per id of :attr:`ids`; ``None`` where the id is in :attr:`missing`."""
    missing: tuple[str, ...]
    """Ids the API did not find (404), in input order, each once."""

    @property
    def found(self) -> dict[str, T]:
        """``{id: entity}`` of the ids that were found, in input order."""
        return {key: item for key, item in zip(self.ids, self.items, strict=True) if item is not None}

    @property
    def complete(self) -> bool:
        """True when every id was found."""
        return not self.missing

    def __iter__(self) -> Iterator[T]:
        """The entities found, in input order (missing ids skipped: see :attr:`missing`)."""
        return (item for item in self.items if item is not None)

    def __len__(self) -> int:
        return len(self.ids)

    def raise_for_missing(self) -> None:
        """Raise :class:`~isogeo.errors.InvalidInputError` naming the missing ids, if any."""
        if self.missing:
            raise InvalidInputError(
                "ids", list(self.missing), "ids the API knows", reason=f"{len(self.missing)} not found"
            )


def normalize_ids(ids: Iterable[object], argument: str = "ids") -> tuple[str, ...]:
    """Every id of ``ids`` in API form (32 hex); a bad one raises naming ``ids[index]``.

    >>> normalize_ids(["0269803D-50C4-46B0-9F50-60EF7FE3E22B"])
    ('0269803d50c446b09f5060ef7fe3e22b',)
    """
    if isinstance(ids, str | bytes):
        raise InvalidInputError(
            argument, ids, "a list or tuple of ids", reason="one string is not a list of ids"
        )
    return tuple(normalize_identifier(value, f"{argument}[{index}]") for index, value in enumerate(ids))


def _note(exc: BaseException, key: str, total: int) -> None:
    exc.add_note(f"while getting {key} (one of a batch of {total} ids)")


def _result(ids: Sequence[str], fetched: dict[str, T | None]) -> BatchResult[T]:
    missing = tuple(dict.fromkeys(key for key in ids if fetched[key] is None))
    return BatchResult(ids=tuple(ids), items=tuple(fetched[key] for key in ids), missing=missing)


def _get_or_none(get: Callable[[str], T], key: str) -> T | None:
    try:
        return get(key)
    except NotFoundError:
        return None


def get_many(
    get: Callable[[str], T], ids: Iterable[object], *, concurrency: int = DEFAULT_CONCURRENCY
) -> BatchResult[T]:
    """Run ``get(id)`` for every id, ``concurrency`` threads at a time (see the module docstring).

    >>> found = {"0269803d50c446b09f5060ef7fe3e22b": "communes"}
    >>> def get(key):
    ...     if key not in found:
    ...         raise NotFoundError(status_code=404)
    ...     return found[key]
    >>> result = get_many(get, ["0269803d50c446b09f5060ef7fe3e22b", "1369803d50c446b09f5060ef7fe3e22c"])
    >>> result.items, result.missing
    (('communes', None), ('1369803d50c446b09f5060ef7fe3e22c',))
    """
    keys = normalize_ids(ids)
    concurrency = check_concurrency(concurrency)
    unique = list(dict.fromkeys(keys))
    fetched: dict[str, T | None] = {}
    if len(unique) <= 1 or concurrency == 1:
        for key in unique:
            try:
                fetched[key] = _get_or_none(get, key)
            except Exception as exc:
                _note(exc, key, len(unique))
                raise
        return _result(keys, fetched)
    with ThreadPoolExecutor(
        max_workers=min(concurrency, len(unique)), thread_name_prefix="isogeo-batch"
    ) as pool:
        futures: dict[str, Future[T | None]] = {
            key: pool.submit(contextvars.copy_context().run, _get_or_none, get, key) for key in unique
        }
        for key, future in futures.items():
            try:
                fetched[key] = future.result()
            except Exception as exc:
                for other in futures.values():
                    other.cancel()
                _note(exc, key, len(unique))
                raise
    return _result(keys, fetched)


async def aget_many(
    get: Callable[[str], Awaitable[T]], ids: Iterable[object], *, concurrency: int = DEFAULT_CONCURRENCY
) -> BatchResult[T]:
    """Async :func:`get_many`: ``await aget_many(get, ids)`` with ``concurrency`` tasks at a time.

    >>> import asyncio
    >>> async def get(key):
    ...     return key[:4]
    >>> asyncio.run(aget_many(get, ["0269803d50c446b09f5060ef7fe3e22b"])).items
    ('0269',)
    """
    keys = normalize_ids(ids)
    limiter = anyio.Semaphore(check_concurrency(concurrency))
    unique = list(dict.fromkeys(keys))
    fetched: dict[str, T | None] = {}
    failures: dict[int, tuple[str, Exception]] = {}

    async with anyio.create_task_group() as group:

        async def one(index: int, key: str) -> None:
            async with limiter:
                try:
                    fetched[key] = await get(key)
                except NotFoundError:
                    fetched[key] = None
                except Exception as exc:  # the first failure stops the others
                    failures[index] = (key, exc)
                    group.cancel_scope.cancel()

        for index, key in enumerate(unique):
            group.start_soon(one, index, key)
    if failures:
        key, exc = failures[min(failures)]
        _note(exc, key, len(unique))
        raise exc
    return _result(keys, fetched)
