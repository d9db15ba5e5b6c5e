"""Export a listing or a search result: JSON lines, or a pandas DataFrame (a sibling-API idea).

``items`` may be a list or any iterable (a generator, a paginator: it is consumed once) of
generated models, of API dictionaries, or a search answer (its ``results`` are exported). Models
are written with their **API keys** (``_id``, ``type``, ``formatVersion``...): what the API sent,
unknown fields included, so that a file can be read back with ``Model.from_dict``.

* :func:`to_jsonl` streams one JSON object per line to a path or an open file (UTF-8, no ASCII
  escaping), and returns how many lines it wrote; :func:`ato_jsonl` does the same from an async
  iterable (``AsyncIsogeo.search.iter(...)``, an async paginator), a line as each item arrives;
* :func:`to_dataframe` needs pandas, the ``pandas`` extra (``pip install 'isogeo-client[pandas]'``);
  without it, :class:`~isogeo.errors.MissingDependencyError` names the extra. ``flatten=True``
  spreads nested objects into dotted columns (``_creator._id``) with :func:`pandas.json_normalize`.
"""

from __future__ import annotations

import datetime as dt
import enum
import io
import json
import os
import uuid
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Iterator, Mapping
from typing import IO, Any

import anyio

from isogeo.errors import InvalidInputError, MissingDependencyError


def _records(items: object) -> Iterator[dict[str, Any]]:
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
    for index, item in enumerate(items):
        yield _record(index, item)


def _record(index: int, item: object) -> dict[str, Any]:
    if isinstance(item, Mapping):
        return dict(item)
    to_dict = getattr(item, "to_dict", None)
    if callable(to_dict):
        record: dict[str, Any] = to_dict()
        return record
    raise InvalidInputError(f"items[{index}]", type(item).__name__, "a generated model or a dict")


def to_records(items: object) -> list[dict[str, Any]]:
    """Every item as a dictionary of API keys.

    >>> from isogeo_api.models import Contact
    >>> to_records([Contact.from_dict({"_id": "a" * 32, "name": "SIG", "type": "custom"}), {"_id": "b"}])
    [{'_id': 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'name': 'SIG', 'type': 'custom'}, {'_id': 'b'}]
    """
    return list(_records(items))


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


def to_jsonl(items: object, path_or_file: str | os.PathLike[str] | IO[str] | IO[bytes]) -> int:
    """Write ``items`` as JSON lines to a path (created or replaced) or an open text/binary file.

    >>> import io
    >>> from isogeo_api.models import Contact
    >>> out = io.StringIO()
    >>> to_jsonl([Contact.from_dict({"_id": "a" * 32, "name": "Métropole", "type": "group"})], out)
    1
    >>> out.getvalue()
    '{"_id": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "name": "Métropole", "type": "group"}\\n'
    """
    records = _records(items)
    if isinstance(path_or_file, str | os.PathLike):
        with open(path_or_file, "w", encoding="utf-8", newline="\n") as handle:
            return _write_lines(records, handle)
    return _write_lines(records, path_or_file)


async def ato_jsonl(
    items: AsyncIterable[Any], path_or_file: str | os.PathLike[str] | IO[str] | IO[bytes]
) -> int:
    """The async twin of :func:`to_jsonl`: write the items of an async iterable as they arrive.

    Memory stays flat however many results the iterable yields: lines are written a hundred at a
    time (a search page), to a path through anyio's worker-thread file (the event loop never
    blocks on the disk; the path is created or replaced), or to an open file as given.

    >>> import asyncio, io
    >>> async def contacts():
    ...     yield {"_id": "a" * 32, "name": "SIG"}
    >>> out = io.StringIO()
    >>> asyncio.run(ato_jsonl(contacts(), out))
    1
    >>> out.getvalue()
    '{"_id": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "name": "SIG"}\\n'
    """
    if not isinstance(items, AsyncIterable):
        raise InvalidInputError(
            "items", type(items).__name__, "an async iterable: use to_jsonl for a list or iterable"
        )
    if isinstance(path_or_file, str | os.PathLike):
        async with await anyio.open_file(path_or_file, "w", encoding="utf-8", newline="\n") as target:
            return await _awrite_lines(items, target.write)
    write_text = _text_writer(path_or_file)

    async def write(text: str) -> None:
        write_text(text)

    return await _awrite_lines(items, write)


_LINES_PER_WRITE = 100


async def _awrite_lines(items: AsyncIterable[Any], write: Callable[[str], Awaitable[object]]) -> int:
    count = 0
    lines: list[str] = []
    async for item in items:
        lines.append(_line(_record(count, item)))
        count += 1
        if len(lines) == _LINES_PER_WRITE:
            await write("".join(lines))
            lines.clear()
    if lines:
        await write("".join(lines))
    return count


def _text_writer(handle: IO[str] | IO[bytes]) -> Callable[[str], object]:
    """A function writing text to ``handle``, UTF-8 encoded when it is a binary file."""
    if isinstance(handle, io.BufferedIOBase | io.RawIOBase) or "b" in str(getattr(handle, "mode", "")):
        return lambda text: handle.write(text.encode("utf-8"))  # type: ignore[arg-type]
    return handle.write  # type: ignore[return-value]


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, default=_json_default) + "\n"


def _write_lines(records: Iterator[dict[str, Any]], handle: IO[str] | IO[bytes]) -> int:
    write = _text_writer(handle)
    count = 0
    for record in records:
        write(_line(record))
        count += 1
    return count


def to_dataframe(items: object, *, flatten: bool = False) -> Any:
    """``items`` as a :class:`pandas.DataFrame`, one row per item, one column per API key.

    >>> from isogeo_api.models import Contact
    >>> frame = to_dataframe([Contact.from_dict({"_id": "a" * 32, "name": "SIG", "type": "custom",
    ...                                          "owner": {"_id": "b" * 32}})], flatten=True)
    >>> list(frame.columns), frame.loc[0, "owner._id"] == "b" * 32
    (['_id', 'name', 'type', 'owner._id'], True)
    """
    try:
        import pandas
    except ImportError as exc:
        raise MissingDependencyError("pandas", "pandas", "isogeo.export.to_dataframe") from exc
    records = to_records(items)
    if flatten:
        return pandas.json_normalize(records)
    return pandas.DataFrame.from_records(records)


__all__ = ["ato_jsonl", "to_dataframe", "to_jsonl", "to_records"]
