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

:func:`aget_many` is written once (``isogeo/_async/batch.py``, its tasks run by an anyio task
group); :func:`get_many` is derived from it (``isogeo/_sync/batch.py``, a thread pool): only the
concurrent run differs (each side's ``_primitives.py``). :class:`BatchResult` and the ids' checks,
shared without I/O, are in ``isogeo/_batch.py``; this module re-exports them all.

>>> from isogeo.errors import NotFoundError
>>> found = {"0269803d50c446b09f5060ef7fe3e22b": "communes"}
>>> def get(key):
...     if key not in found:
...         raise NotFoundError(status_code=404)
...     return found[key]
>>> result = get_many(get, ["0269803d50c446b09f5060ef7fe3e22b", "1369803d50c446b09f5060ef7fe3e22c"])
>>> result.items, result.missing
(('communes', None), ('1369803d50c446b09f5060ef7fe3e22c',))
>>> import asyncio
>>> async def aget(key):
...     return key[:4]
>>> asyncio.run(aget_many(aget, ["0269803d50c446b09f5060ef7fe3e22b"])).items
('0269',)
"""

from __future__ import annotations

from isogeo._async.batch import aget_many
from isogeo._batch import BatchResult, normalize_ids
from isogeo._sync.batch import get_many

__all__ = ["BatchResult", "aget_many", "get_many", "normalize_ids"]
