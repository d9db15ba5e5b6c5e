"""Async JSON lines export (:mod:`isogeo.export`, the public module, has both sides).

Written once, async; the other side is derived by ``tools/derive_sync.py``. What both sides share,
without I/O, is in ``isogeo._export`` (the items' checks differ: an async iterable for the async
side; a list, an iterable or a search answer for the sync one); how a path is open is each side's
``_primitives.py`` (anyio's worker-thread file for the async side, off the event loop; a plain file
for the sync one).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterable
from typing import IO, Any

from isogeo._export import (
    _LINES_PER_WRITE,
    AsyncItems,
    AsyncLineWriter,
    _line,
    _record,
    _text_writer,
    each_async_item,
)

from ._primitives import open_text


async def ato_jsonl(items: AsyncItems, path_or_file: str | os.PathLike[str] | IO[str] | IO[bytes]) -> int:
    """Write ``items`` as JSON lines to a path (created or replaced) or an open text/binary file.

    ``items`` is checked before anything is written. Memory stays flat however many items come:
    lines are written a hundred at a time (a search page), UTF-8 without ASCII escaping; the
    number of lines written is returned.
    """
    source = each_async_item(items)
    if isinstance(path_or_file, str | os.PathLike):
        async with open_text(path_or_file) as target:
            return await _write_lines(source, target.write)
    write_text = _text_writer(path_or_file)

    async def write(text: str) -> None:
        write_text(text)

    return await _write_lines(source, write)


async def _write_lines(items: AsyncIterable[Any], write: AsyncLineWriter) -> int:
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
