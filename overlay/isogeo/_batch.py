"""What the batch retrieval's two sides share, without I/O: the result, the ids' checks, the note
on a failure (:mod:`isogeo.batch` is the public module; ``_async/batch.py`` the code, written once).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from isogeo._core.validation import normalize_identifier
from isogeo.errors import InvalidInputError

T = TypeVar("T")

Get = Callable[[str], T]
"""``get(id) -> entity``: what the sync batch runs for every id."""
AsyncGet = Callable[[str], Awaitable[T]]
"""``await get(id) -> entity``: what the async batch runs for every id."""


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
