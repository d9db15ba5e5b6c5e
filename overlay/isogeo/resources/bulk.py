"""Bulk edition (BULK-1, facts §7): queue changes of many metadata, send them in one call.

``isogeo.bulk.prepare(metadatas, action, target, models)`` checks one change and queues it;
``isogeo.bulk.send()`` sends the queue and returns one :class:`BulkOutcome` per prepared change,
with the metadata the server skipped and why (``ignored``: ``alreadyPresent``, ``forbidden``,
``invalid``, ``notApplicable``, ``notFound``, or a reason added later).

Checked before anything is sent (:class:`~isogeo.errors.InvalidInputError` naming the argument):

* ``action`` is ``add``, ``delete`` or ``update``; ``target`` one of the documented targets
  (:class:`~isogeo_api.models.BulkTarget`): resource level ``title``, ``abstract``, ``keywords``,
  ``catalogs``, ``contacts``; dataset level ``collectionContext``, ``collectionMethod``,
  ``validFrom``, ``validityComment``, ``distance``, ``scale``, ``codePage``;
* ``metadatas`` are ids (any form) or metadata records; a malformed id is refused (the SDK dropped it);
* ``models`` match the target: catalogs for ``catalogs``, keywords for ``keywords``, contacts for
  ``contacts`` (records, JSON with ``_id``, or ids); for the field targets, the value to set (or
  its JSON). A keyword given for ``catalogs`` is refused.

Differences from the SDK, on purpose: the queue belongs to one client (the SDK shared one
class-level list between every client); it is emptied only of what was sent successfully; and a
very large bulk is **chunked**: one POST carries at most ``chunk_size`` metadata ids
(:data:`DEFAULT_CHUNK_SIZE` = 500, a few tens of KB of JSON whose server-side run stays well inside
the 45 s read timeout; a prepared change over more metadata is split across POSTs and its
outcome merged back). POSTs are never retried (a bulk is not idempotent); if one fails,
:class:`~isogeo.errors.BulkSendError` carries the outcomes of what was applied and the queue keeps
the rest.

The sync class is derived from the async one (``_async/bulk.py``): the same methods.

>>> from isogeo.resources.bulk import AsyncBulk, Bulk
>>> sorted(set(vars(AsyncBulk)) ^ set(vars(Bulk)))
[]
"""

from __future__ import annotations

from isogeo.resources._async.bulk import AsyncBulk
from isogeo.resources._bulk import DEFAULT_CHUNK_SIZE, BulkOutcome, plan_posts, prepare_request
from isogeo.resources._sync.bulk import Bulk

__all__ = ["DEFAULT_CHUNK_SIZE", "AsyncBulk", "Bulk", "BulkOutcome", "plan_posts", "prepare_request"]
