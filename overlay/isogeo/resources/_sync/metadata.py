# Derived from _async/metadata.py by tools/derive_sync.py: do not edit.
"""Sync metadata namespace (:mod:`isogeo.resources.metadata` has both).

Its methods (its twin has the same):

>>> sorted(name for name in vars(MetadataResource) if not name.startswith("_"))
['create', 'delete', 'download_xml', 'export_xml', 'get', 'get_many', 'update']
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from isogeo._core.streaming import open_stream
from isogeo.files import (
    CHUNK_SIZE,
    DownloadedFile,
    DownloadStream,
    IfExists,
    human_size,
    stream_names,
    write_chunks,
)
from isogeo.pagination import DEFAULT_CONCURRENCY
from isogeo.resources._metadata import (
    MetadataRef,
    UpdateMethod,
    _creation_body,
    _get_includes,
    metadata_id_of,
    type_to_read,
    type_value,
    update_arguments,
    xml_fallback_name,
    xml_target,
)
from isogeo_api.api.metadata import delete_metadata, export_metadata_xml, get_metadata
from isogeo_api.models import Metadata, MetadataInclude
from isogeo_api.namespaces import metadata as _generated

if TYPE_CHECKING:
    from isogeo.batch import BatchResult
    from isogeo.client import Isogeo
    from isogeo_api.models import MetadataCreate, MetadataUpdate


class MetadataResource(_generated.MetadataNamespace):
    """Sync metadata namespace: ``isogeo.metadata``.

    >>> md = isogeo.metadata.get(METADATA_ID, include="all")               # doctest: +SKIP
    >>> md.title = "Communes 2024"                                          # doctest: +SKIP
    >>> isogeo.metadata.update(md)                                          # doctest: +SKIP
    >>> isogeo.metadata.export_xml(md, "exports/")                          # doctest: +SKIP
    DownloadedFile(path=PosixPath('.../exports/Communes 2024.xml'), ...)
    """

    def __init__(self, client: Isogeo) -> None:
        self._client = client
        super().__init__(client)

    def get(
        self, metadata_id: str, *, include: Iterable[MetadataInclude | str] | str | None = None
    ) -> Metadata:
        """MD-1: one metadata; ``include`` lists sub-resources, or ``"all"``.

        >>> isogeo.metadata.get(METADATA_ID, include=["links", "contacts"]).links   # doctest: +SKIP
        """
        return self._client.call(get_metadata, metadata_id, sys_include=_get_includes(include))

    def get_many(
        self,
        ids: Iterable[str],
        *,
        include: Iterable[MetadataInclude | str] | str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> BatchResult[Metadata]:
        """MD-1 for many ids at once: results in input order, missing ids in ``.missing``.

        >>> result = isogeo.metadata.get_many([ID_1, ID_2, UNKNOWN_ID])   # doctest: +SKIP
        >>> [md.title for md in result], result.missing                    # doctest: +SKIP
        (['Communes', 'Routes'], ('...',))
        """
        includes = _get_includes(include)

        def get(key: str) -> Metadata:
            return self._client.call(get_metadata, key, sys_include=includes)

        from isogeo.batch import get_many

        return get_many(get, ids, concurrency=concurrency)

    def create(
        self,
        workgroup_id: str,
        metadata: MetadataCreate | Mapping[str, Any],
        *,
        refetch: bool = False,
        include: Iterable[MetadataInclude | str] | str | None = None,
    ) -> Metadata:
        """MD-2: create a metadata in a workgroup (``title`` required; ``type`` defaults to ``resource``
        server-side). The API answers a minimal record; ``refetch=True`` returns the full one.

        >>> body = {"title": "Routes", "type": "vectorDataset"}
        >>> isogeo.metadata.create(WG_ID, body, refetch=True)              # doctest: +SKIP
        """
        from isogeo_api.api.metadata import create_workgroup_metadata

        created = self._client.call(create_workgroup_metadata, workgroup_id, body=_creation_body(metadata))
        return self.get(created.sys_id, include=include) if refetch else created

    def update(
        self,
        metadata: Metadata | MetadataUpdate | Mapping[str, Any],
        *,
        metadata_id: str | None = None,
        method: UpdateMethod = "auto",
    ) -> Metadata:
        """MD-3 (PATCH) or MD-4 (PUT, automatic for services): save the root fields of a metadata.

        A record without ``type`` (``{"_id": ..., "abstract": ...}``) is completed from the API
        (one GET) rather than refused.

        >>> md = isogeo.metadata.get(METADATA_ID)                  # doctest: +SKIP
        >>> md.abstract = "Limites communales au 1er janvier 2024"  # doctest: +SKIP
        >>> isogeo.metadata.update(md).abstract                    # doctest: +SKIP
        'Limites communales au 1er janvier 2024'
        """
        to_read = type_to_read(metadata, metadata_id)
        current = type_value(self.get(to_read)) if to_read else None
        endpoint, key, body = update_arguments(metadata, metadata_id, method, current_type=current)
        result: Metadata = self._client.call(endpoint, key, body=body)
        return result

    def delete(self, metadata: MetadataRef) -> None:
        """MD-5: delete a metadata."""
        self._client.call(delete_metadata, metadata_id_of(metadata))

    @contextmanager
    def download_xml(self, metadata: MetadataRef) -> Iterator[DownloadStream]:
        """MD-6, streamed: ``with isogeo.metadata.download_xml(md) as xml:``, then
        ``xml.iter_bytes()``.

        >>> with isogeo.metadata.download_xml(METADATA_ID) as xml:        # doctest: +SKIP
        ...     with open(xml.filename, "wb") as out:
        ...         for block in xml.iter_bytes():
        ...             out.write(block)
        """
        key = metadata_id_of(metadata)
        with open_stream(self._client, export_metadata_xml, key) as response:
            yield stream_names(response, fallback=xml_fallback_name(metadata, key))

    def export_xml(
        self,
        metadata: MetadataRef,
        path: str | os.PathLike[str] = ".",
        *,
        if_exists: IfExists = "rename",
        chunk_size: int = CHUNK_SIZE,
    ) -> DownloadedFile:
        """MD-6 to disk, in chunks: into a folder (as ``{title}.xml`` or ``{id}.xml``) or to a ``.xml`` path.

        ``if_exists``: ``rename`` (default: ``name (1).xml``), ``overwrite`` or ``error``.

        >>> isogeo.metadata.export_xml(md, "exports/").path            # doctest: +SKIP
        PosixPath('exports/Communes de France.xml')
        """
        with self.download_xml(metadata) as stream:
            target = xml_target(path, stream.filename, if_exists)
            size = write_chunks(stream.iter_bytes(chunk_size), target)
        return DownloadedFile(target, target.name, stream.raw_filename, size, human_size(size) or "0 octet")
