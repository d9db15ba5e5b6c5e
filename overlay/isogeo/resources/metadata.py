"""Metadata (MD-1..6): get (one or many), create, update, delete, and the ISO 19139 XML export.

* ``get(id, include=...)`` — ``include="all"`` asks for every sub-resource (``context`` included:
  it is the GET-by-id one);
* ``get_many(ids)`` — batch retrieval (:mod:`isogeo.batch`): concurrent, results in input order,
  missing ids reported in the :class:`~isogeo.batch.BatchResult`;
* ``create(workgroup_id, body, refetch=...)`` — MD-2 answers a *minimal* record (§10-7):
  ``refetch=True`` GETs the full one (with ``include``);
* ``update(metadata)`` — PATCH, or PUT for a ``service`` (§10-6, automatic); from a record read
  with ``get``, only its root fields go back (sub-resources have their own routes) plus any
  field this client does not know (forward compatibility); ``editionProfile`` defaults to
  ``manual`` as the SDK does (the API needs it);
* ``download_xml(metadata)`` — a context manager giving the streamed XML
  (:class:`~isogeo.files.DownloadStream`); ``export_xml(metadata, path)`` writes it to disk in
  chunks.

The sync class is derived from the async one (``_async/metadata.py``): the same methods.

>>> from isogeo.resources.metadata import AsyncMetadataResource, MetadataResource
>>> sorted(set(vars(AsyncMetadataResource)) ^ set(vars(MetadataResource)))
[]
"""

from __future__ import annotations

from isogeo.resources._async.metadata import AsyncMetadataResource
from isogeo.resources._metadata import (
    MetadataRef as MetadataRef,  # the workflows and the tests import it from here
)
from isogeo.resources._metadata import (
    metadata_id_of,
    update_arguments,
)
from isogeo.resources._sync.metadata import MetadataResource

__all__ = ["AsyncMetadataResource", "MetadataResource", "metadata_id_of", "update_arguments"]
