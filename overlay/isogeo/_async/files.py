"""Async streamed write of a download (:mod:`isogeo.files`, the public module, has both sides).

Written once, async; the other side is derived by ``tools/derive_sync.py``. What both sides share
is in ``isogeo._files``; how the partial file is open is each side's ``_primitives.py`` (anyio's
worker-thread file for the async side, off the event loop; a plain file for the sync one).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterable
from pathlib import Path

import httpx

from isogeo._files import _check_size, _over, _partial_file, _remove
from isogeo.errors import connection_error

from ._primitives import open_partial


async def awrite_chunks(
    chunks: AsyncIterable[bytes],
    target: Path,
    *,
    expected_size: int | None = None,
    response: httpx.Response | None = None,
) -> int:
    """Write ``chunks`` to a partial file next to ``target``, then move it into place; the byte count.

    A failure (including an interrupted download) removes the partial file and re-raises;
    network errors become :class:`~isogeo.errors.APIConnectionError`. With ``expected_size``
    (a hosted link's ``size``), another byte count is
    :class:`~isogeo.errors.MalformedResponseError` (described with ``response``) and nothing is kept;
    reading stops as soon as the body outgrows it. The file's mode follows the umask.
    """
    descriptor, partial = _partial_file(target)
    written = 0
    try:
        async with open_partial(descriptor, partial) as handle:
            async for chunk in chunks:
                await handle.write(chunk)
                written += len(chunk)
                if _over(written, expected_size):
                    break
        _check_size(partial, written, expected_size, response)
        os.replace(partial, target)
    except httpx.RequestError as exc:
        _remove(partial)
        raise connection_error(exc) from exc
    except BaseException:
        _remove(partial)
        raise
    return written
