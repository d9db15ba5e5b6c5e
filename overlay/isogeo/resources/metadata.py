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
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from isogeo._core.includes import search_includes
from isogeo._core.streaming import aopen_stream, open_stream
from isogeo._core.validation import coerce_enum, normalize_identifier
from isogeo.errors import InvalidInputError
from isogeo.files import (
    CHUNK_SIZE,
    DownloadedFile,
    DownloadStream,
    IfExists,
    awrite_chunks,
    disk_name,
    human_size,
    stream_names,
    target_path,
    write_chunks,
)
from isogeo.metadata_helpers import title_or_name
from isogeo.pagination import DEFAULT_CONCURRENCY
from isogeo_api.api.metadata import delete_metadata, export_metadata_xml, get_metadata
from isogeo_api.models import EditionProfile, Metadata, MetadataInclude, MetadataType
from isogeo_api.namespaces import metadata as _generated
from isogeo_api.types import UNSET, Unset

if TYPE_CHECKING:
    from isogeo.batch import BatchResult
    from isogeo.client import AsyncIsogeo, Isogeo
    from isogeo_api.models import MetadataCreate, MetadataUpdate

# The batch helpers, the create and update endpoints and their bodies are imported by the methods
# that use them: reading a metadata (the first call of most scripts) does not load them.

UpdateMethod = Literal["auto", "patch", "put"]
MetadataRef = Metadata | Mapping[str, Any] | str


def metadata_id_of(metadata: MetadataRef, argument: str = "metadata") -> str:
    """The 32-hex id of a metadata given as a record, a JSON mapping or an id in any form.

    >>> metadata_id_of({"_id": "0269803D-50C4-46B0-9F50-60EF7FE3E22B", "title": "Communes"})
    '0269803d50c446b09f5060ef7fe3e22b'
    """
    if isinstance(metadata, Metadata):
        return normalize_identifier(metadata.sys_id, argument)
    if isinstance(metadata, Mapping):
        if "_id" not in metadata:
            raise InvalidInputError(argument, metadata, "a Metadata, its JSON (with _id) or its id")
        return normalize_identifier(metadata["_id"], argument)
    return normalize_identifier(metadata, argument)


def _get_includes(include: Iterable[MetadataInclude | str] | str | None) -> Any:
    includes = search_includes(include, accepted=tuple(MetadataInclude))
    return includes or UNSET


def _creation_body(metadata: MetadataCreate | Mapping[str, Any]) -> MetadataCreate:
    from isogeo_api.models import MetadataCreate

    if isinstance(metadata, MetadataCreate):
        body = metadata
    elif isinstance(metadata, Mapping):
        try:
            body = MetadataCreate.from_dict(metadata)
        except KeyError as exc:
            raise InvalidInputError(f"metadata.{exc.args[0]}", None, "a value", reason="required") from None
        except (TypeError, ValueError) as exc:
            raise InvalidInputError("metadata", metadata, "MetadataCreate fields", reason=str(exc)) from None
    else:
        raise InvalidInputError("metadata", metadata, "a MetadataCreate or a mapping of its JSON keys")
    if not isinstance(body.title, str) or not body.title.strip():
        raise InvalidInputError(
            "title", body.title, "a non-empty title", reason="required to create a metadata"
        )
    return body


def _root_fields(record: Metadata) -> dict[str, Any]:
    """The JSON of ``record`` that an update may send: root fields known to MetadataUpdate, and
    fields this client does not know at all (kept for forward compatibility)."""
    from isogeo_api.models import MetadataUpdate

    data = record.to_dict()
    unknown = set(record.additional_properties)
    probe = MetadataUpdate.from_dict({**data, "type": "resource", "editionProfile": "manual"})
    known_to_update = set(data) - set(probe.additional_properties)
    return {key: value for key, value in data.items() if key in known_to_update or key in unknown}


def type_to_read(metadata: object, metadata_id: str | None) -> str | None:
    """The id of the metadata whose ``type`` an update must read first: the record given has none
    (a partial mapping, a record read without it); None when the record says it."""
    from isogeo_api.models import MetadataUpdate

    key: object
    if isinstance(metadata, Metadata):
        given: object = metadata.type_
        key = metadata_id or metadata.sys_id
    elif isinstance(metadata, MetadataUpdate):
        given, key = metadata.type_, metadata_id
    elif isinstance(metadata, Mapping):
        given, key = metadata.get("type"), metadata_id or metadata.get("_id")
    else:
        return None
    if given not in (None, "") and not isinstance(given, Unset):
        return None
    return key if isinstance(key, str) and key else None


def type_value(record: Metadata) -> str | None:
    """The ``type`` of a metadata read from the API, as its JSON text."""
    value = record.type_
    if isinstance(value, Unset) or value is None:
        return None
    return str(getattr(value, "value", value))


def update_arguments(
    metadata: Metadata | MetadataUpdate | Mapping[str, Any],
    metadata_id: str | None,
    method: UpdateMethod,
    *,
    current_type: str | None = None,
) -> tuple[Any, str, MetadataUpdate]:
    """(endpoint, metadata id, body) of an update: PATCH (MD-3), or PUT (MD-4) for a service.

    An update needs the metadata's ``type`` (it picks PUT for services, and the API wants it):
    from the record given, else ``current_type`` (what the namespaces read from the API first).

    >>> endpoint, key, body = update_arguments({"_id": "0269803d50c446b09f5060ef7fe3e22b", "type": "service",
    ...                                         "title": "WMS"}, None, "auto")
    >>> endpoint.__name__.rsplit(".", 1)[1], body.to_dict()["editionProfile"]
    ('replace_metadata', 'manual')
    """
    from isogeo_api.api.metadata import replace_metadata, update_metadata
    from isogeo_api.models import MetadataUpdate

    if method not in ("auto", "patch", "put"):
        raise InvalidInputError("method", method, ["auto", "patch", "put"])
    if isinstance(metadata, Metadata):
        data = _root_fields(metadata)
        metadata_id = metadata_id or metadata.sys_id
    elif isinstance(metadata, MetadataUpdate):
        data = metadata.to_dict()
    elif isinstance(metadata, Mapping):
        data = dict(metadata)
        metadata_id = metadata_id or data.pop("_id", None)
    else:
        raise InvalidInputError(
            "metadata", metadata, "a Metadata, a MetadataUpdate or a mapping of JSON keys"
        )
    if metadata_id is None:
        raise InvalidInputError(
            "metadata_id", None, "the id of the metadata to update", reason="not in the record"
        )
    if data.get("type") in (None, "") and current_type:
        data["type"] = current_type
    if data.get("type") in (None, ""):
        raise InvalidInputError(
            "type",
            data.get("type"),
            [t.value for t in MetadataType],
            reason="the record given has no type and the metadata could not be read to find it",
        )
    md_type = coerce_enum(data["type"], MetadataType, "type")
    data["type"] = md_type.value
    if not data.get("editionProfile"):
        data["editionProfile"] = EditionProfile.MANUAL.value
    try:
        body = MetadataUpdate.from_dict(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidInputError("metadata", metadata, "MetadataUpdate fields", reason=str(exc)) from None
    use_put = method == "put" or (method == "auto" and md_type is MetadataType.SERVICE)
    endpoint = replace_metadata if use_put else update_metadata
    return endpoint, normalize_identifier(metadata_id, "metadata_id"), body


def xml_fallback_name(metadata: MetadataRef, metadata_id: str) -> str:
    """``{title}.xml`` (the SDK documentation's loop) when the record has a title, else ``{id}.xml``."""
    title = title_or_name(metadata) if isinstance(metadata, Metadata | Mapping) else None
    return disk_name(f"{title}.xml" if title else "", fallback=f"{metadata_id}.xml")


def xml_target(path: str | os.PathLike[str], name: str, if_exists: IfExists) -> Path:
    """A path ending with ``.xml`` is the file to write; any other path is a folder (created if
    needed) that receives ``name``.

    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> target = xml_target(f"{folder}/exports", "communes.xml", "rename")
    >>> target.parent.name, target.name
    ('exports', 'communes.xml')
    >>> xml_target(f"{folder}/one.xml", "communes.xml", "rename").name
    'one.xml'
    """
    given = os.fspath(path)
    candidate = Path(given).expanduser()
    as_file = candidate.suffix.lower() == ".xml" and not given.endswith((os.sep, "/"))
    if as_file and not candidate.is_dir():
        return target_path(candidate.parent, candidate.name, if_exists=if_exists)
    return target_path(candidate, name, if_exists=if_exists)


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
        from isogeo.batch import get_many

        includes = _get_includes(include)
        return get_many(
            lambda key: self._client.call(get_metadata, key, sys_include=includes),
            ids,
            concurrency=concurrency,
        )

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
        """MD-6, streamed: ``with isogeo.metadata.download_xml(md) as xml:`` then ``xml.iter_bytes()``.

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


class AsyncMetadataResource(_generated.AsyncMetadataNamespace):
    """Async metadata namespace: ``aisogeo.metadata`` (the methods of :class:`MetadataResource`, awaited)."""

    def __init__(self, client: AsyncIsogeo) -> None:
        self._client = client
        super().__init__(client)

    async def get(
        self, metadata_id: str, *, include: Iterable[MetadataInclude | str] | str | None = None
    ) -> Metadata:
        """MD-1: one metadata; ``include`` lists sub-resources, or ``"all"``."""
        return await self._client.call(get_metadata, metadata_id, sys_include=_get_includes(include))

    async def get_many(
        self,
        ids: Iterable[str],
        *,
        include: Iterable[MetadataInclude | str] | str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> BatchResult[Metadata]:
        """MD-1 for many ids at once (tasks): results in input order, missing ids in ``.missing``."""
        includes = _get_includes(include)

        async def get(key: str) -> Metadata:
            return await self._client.call(get_metadata, key, sys_include=includes)

        from isogeo.batch import aget_many

        return await aget_many(get, ids, concurrency=concurrency)

    async def create(
        self,
        workgroup_id: str,
        metadata: MetadataCreate | Mapping[str, Any],
        *,
        refetch: bool = False,
        include: Iterable[MetadataInclude | str] | str | None = None,
    ) -> Metadata:
        """MD-2: create a metadata; ``refetch=True`` returns the full record instead of the minimal answer."""
        from isogeo_api.api.metadata import create_workgroup_metadata

        created = await self._client.call(
            create_workgroup_metadata, workgroup_id, body=_creation_body(metadata)
        )
        return await self.get(created.sys_id, include=include) if refetch else created

    async def update(
        self,
        metadata: Metadata | MetadataUpdate | Mapping[str, Any],
        *,
        metadata_id: str | None = None,
        method: UpdateMethod = "auto",
    ) -> Metadata:
        """MD-3 (PATCH) or MD-4 (PUT, automatic for services): save the root fields of a metadata."""
        to_read = type_to_read(metadata, metadata_id)
        current = type_value(await self.get(to_read)) if to_read else None
        endpoint, key, body = update_arguments(metadata, metadata_id, method, current_type=current)
        result: Metadata = await self._client.call(endpoint, key, body=body)
        return result

    async def delete(self, metadata: MetadataRef) -> None:
        """MD-5: delete a metadata."""
        await self._client.call(delete_metadata, metadata_id_of(metadata))

    @asynccontextmanager
    async def download_xml(self, metadata: MetadataRef) -> AsyncIterator[DownloadStream]:
        """MD-6, streamed: ``async with aisogeo.metadata.download_xml(md) as xml:``, ``xml.aiter_bytes()``."""
        key = metadata_id_of(metadata)
        async with aopen_stream(self._client, export_metadata_xml, key) as response:
            yield stream_names(response, fallback=xml_fallback_name(metadata, key))

    async def export_xml(
        self,
        metadata: MetadataRef,
        path: str | os.PathLike[str] = ".",
        *,
        if_exists: IfExists = "rename",
        chunk_size: int = CHUNK_SIZE,
    ) -> DownloadedFile:
        """MD-6 to disk, in chunks (see :meth:`MetadataResource.export_xml`)."""
        async with self.download_xml(metadata) as stream:
            target = xml_target(path, stream.filename, if_exists)
            size = await awrite_chunks(stream.aiter_bytes(chunk_size), target)
        return DownloadedFile(target, target.name, stream.raw_filename, size, human_size(size) or "0 octet")


__all__ = ["AsyncMetadataResource", "MetadataResource", "metadata_id_of", "update_arguments"]
