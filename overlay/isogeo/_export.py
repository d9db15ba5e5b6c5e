"""What the JSON lines export's two sides share, without I/O: the items' checks, a record and its
line (:mod:`isogeo.export` is the public module; ``_async/export.py`` the writer, written once).
"""

from __future__ import annotations

import datetime as dt
import enum
import io
import json
import uuid
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Mapping
from typing import IO, Any, TypeAlias

from isogeo.errors import InvalidInputError

Items: TypeAlias = object
"""What the sync export takes: a list or any iterable of models or dicts, or a search answer."""
AsyncItems: TypeAlias = AsyncIterable[Any]
"""What the async export takes: an async iterable of models or dicts (an async paginator)."""
LineWriter: TypeAlias = Callable[[str], object]
"""``write(text)``: where the sync export writes its lines."""
AsyncLineWriter: TypeAlias = Callable[[str], Awaitable[object]]
"""``await write(text)``: where the async export writes its lines."""

_LINES_PER_WRITE = 100
"""Lines joined into one write (a search page): memory stays flat, writes stay few."""


def each_item(items: Items) -> Iterable[Any]:
    """The items to export, checked: a search answer's ``results``, else ``items`` when it is an
    iterable (not a mapping, not a string), else :class:`~isogeo.errors.InvalidInputError`."""
    results = getattr(items, "results", None)
    if results is not None and not isinstance(items, Mapping):
        items = results
    if isinstance(items, AsyncIterable) and not isinstance(items, Iterable):
        raise InvalidInputError(
            "items", type(items).__name__, "an iterable: use ato_jsonl for an async iterable"
        )
    if isinstance(items, Mapping | str | bytes) or not isinstance(items, Iterable):
        raise InvalidInputError(
            "items", type(items).__name__, "a list or iterable of models or dicts, or a search result"
        )
    return items


def each_async_item(items: AsyncItems) -> AsyncIterable[Any]:
    """``items`` when it is an async iterable, else :class:`~isogeo.errors.InvalidInputError`."""
    if not isinstance(items, AsyncIterable):
        raise InvalidInputError(
            "items", type(items).__name__, "an async iterable: use to_jsonl for a list or iterable"
        )
    return items


def _record(index: int, item: object) -> dict[str, Any]:
    if isinstance(item, Mapping):
        return dict(item)
    to_dict = getattr(item, "to_dict", None)
    if callable(to_dict):
        record: dict[str, Any] = to_dict()
        return record
    raise InvalidInputError(f"items[{index}]", type(item).__name__, "a generated model or a dict")


def _json_default(value: object) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _text_writer(handle: IO[str] | IO[bytes]) -> Callable[[str], object]:
    """A function writing text to ``handle``, UTF-8 encoded when it is a binary file."""
    if isinstance(handle, io.BufferedIOBase | io.RawIOBase) or "b" in str(getattr(handle, "mode", "")):
        return lambda text: handle.write(text.encode("utf-8"))  # type: ignore[arg-type]
    return handle.write  # type: ignore[return-value]


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, default=_json_default) + "\n"
