"""Async bulk namespace (:mod:`isogeo.resources.bulk` has both).

Its methods (its twin has the same):

>>> sorted(name for name in vars(AsyncBulk) if not name.startswith("_"))
['clear', 'prepare', 'queue', 'send']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from isogeo.errors import IsogeoError
from isogeo.resources._bulk import (
    DEFAULT_CHUNK_SIZE,
    BulkOutcome,
    _failure,
    _Outcomes,
    _Queue,
    plan_posts,
    prepare_request,
)
from isogeo_api.api.bulk import send_bulk_requests
from isogeo_api.models import (
    BulkAction,
    BulkRequest,
    BulkTarget,
)
from isogeo_api.namespaces import bulk as _generated

if TYPE_CHECKING:
    from isogeo.client import AsyncIsogeo


class AsyncBulk(_generated.AsyncBulk):
    """Async bulk namespace: ``aisogeo.bulk`` (one queue per client).

    >>> aisogeo.bulk.prepare(metadata_ids, "add", "catalogs", [catalog])         # doctest: +SKIP
    >>> aisogeo.bulk.prepare(metadata_ids, "delete", "keywords", [keyword_id])   # doctest: +SKIP
    >>> for outcome in await aisogeo.bulk.send():                                       # doctest: +SKIP
    ...     print(outcome.request.target, len(outcome.applied), outcome.ignored)
    """

    def __init__(self, client: AsyncIsogeo, *, chunk_size: int = DEFAULT_CHUNK_SIZE) -> None:
        self._client = client
        super().__init__(client)
        self._queue = _Queue(chunk_size)

    @property
    def queue(self) -> list[BulkRequest]:
        """The prepared changes not sent yet (a copy)."""
        return self._queue.snapshot()

    def __len__(self) -> int:
        return len(self._queue.snapshot())

    def prepare(
        self, metadatas: object, action: BulkAction | str, target: BulkTarget | str, models: object = ()
    ) -> BulkRequest:
        """Check one change (see the module docstring) and queue it; returns the queued request.

        >>> aisogeo.bulk.prepare([md_1, md_2], "add", "keywords", [keyword])        # doctest: +SKIP
        """
        return self._queue.add(prepare_request(metadatas, action, target, models))

    def clear(self) -> None:
        """Drop every queued change."""
        self._queue.replace(self._queue.snapshot(), [])

    async def send(self, *, chunk_size: int | None = None) -> list[BulkOutcome]:
        """BULK-1: send the queue (at most ``chunk_size`` metadata ids per POST); one outcome per change.

        The queue is emptied of what was sent once it succeeded. If a POST fails,
        :class:`~isogeo.errors.BulkSendError` holds the outcomes of the POSTs before it and
        the queue keeps what was not sent.
        """
        requests = self._queue.snapshot()
        posts = plan_posts(requests, chunk_size or self._queue.chunk_size)
        outcomes = _Outcomes(requests)
        for k, post in enumerate(posts):
            try:
                answer = await self._client.call(send_bulk_requests, body=[part for _, part in post])
                outcomes.add(post, answer)
            except IsogeoError as exc:
                pending = outcomes.pending(posts, k)
                self._queue.replace(requests, pending)
                raise _failure(outcomes, pending, k, len(posts), exc) from exc
        self._queue.replace(requests, [])
        return outcomes.outcomes()
