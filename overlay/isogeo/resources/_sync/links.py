# Derived from _async/links.py by tools/derive_sync.py: do not edit.
"""Sync links namespace (:mod:`isogeo.resources.links` has both).

Its methods (its twin has the same):

>>> sorted(name for name in vars(Links) if not name.startswith("_"))
['create', 'delete', 'download_hosted', 'get', 'list', 'stream_hosted', 'update', 'upload_hosted']
"""

from __future__ import annotations

import builtins
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, cast

from isogeo._core.call import SyncEndpoint
from isogeo._core.streaming import open_stream
from isogeo.files import (
    CHUNK_SIZE,
    DownloadedFile,
    DownloadStream,
    IfExists,
    ProgressCallback,
    stream_names,
    target_path,
    write_chunks,
)
from isogeo.resources._links import (
    LinkRef,
    _downloaded,
    _first_link,
    _known_type,
    _link_id,
    _refuse_service,
    _update_body,
    _upload_body,
    _upload_source,
    _write_body,
    hosted_link,
)
from isogeo.resources._metadata import MetadataRef, metadata_id_of
from isogeo_api.api.link import (
    create_metadata_link,
    delete_metadata_link,
    download_hosted_link,
    get_metadata_link,
    list_metadata_links,
    update_metadata_link,
)
from isogeo_api.api.metadata import get_metadata
from isogeo_api.models import (
    Link,
    LinkWrite,
)
from isogeo_api.namespaces import links as _generated

if TYPE_CHECKING:
    from isogeo.client import Isogeo

# LNK-3 answers `Link | list[Link]` (JSON create / multipart upload): mypy cannot infer it through `call`.
_CREATE_LINK = cast(SyncEndpoint[Link | builtins.list[Link]], create_metadata_link)


class Links(_generated.Links):
    """Sync links namespace: ``isogeo.links``.

    >>> for link in isogeo.links.list(METADATA_ID):                     # doctest: +SKIP
    ...     if link.type_ == "hosted":
    ...         saved = isogeo.links.download_hosted(link, "downloads/")
    ...         print(saved.path, saved.human_size)
    """

    def __init__(self, client: Isogeo) -> None:
        self._client = client
        super().__init__(client)

    def list(self, metadata: MetadataRef) -> builtins.list[Link]:
        """LNK-1: the links of a metadata."""
        return self._client.call(list_metadata_links, metadata_id_of(metadata))

    def get(self, metadata: MetadataRef, link_id: str) -> Link:
        """LNK-2: one link."""
        return self._client.call(get_metadata_link, metadata_id_of(metadata), link_id)

    def create(self, metadata: MetadataRef, link: LinkWrite | Mapping[str, Any]) -> Link:
        """LNK-3 (JSON): add a URL link, or a pointer to another metadata's link.

        >>> isogeo.links.create(METADATA_ID, {"kind": "url", "type": "url", "title": "Portail",
        ...     "url": "https://data.example.org", "actions": ["view"]})         # doctest: +SKIP
        """
        body = link if isinstance(link, LinkWrite) else _write_body(link)
        answer = self._client.call(_CREATE_LINK, metadata_id_of(metadata), body=body)
        return _first_link(answer)

    def update(
        self, metadata: MetadataRef, link: Link | LinkWrite | Mapping[str, Any], *, link_id: str | None = None
    ) -> Link:
        """LNK-4: save a link read then modified (its ``_id`` names it, or pass ``link_id``)."""
        key, body = _update_body(link, link_id)
        return self._client.call(update_metadata_link, metadata_id_of(metadata), key, body=body)

    def delete(self, metadata: MetadataRef, link: Link | str) -> None:
        """LNK-5: delete a link (and its hosted file)."""
        self._client.call(delete_metadata_link, metadata_id_of(metadata), _link_id(link))

    @contextmanager
    def stream_hosted(self, link: LinkRef, *, metadata_id: str | None = None) -> Iterator[DownloadStream]:
        """LNK-6, streamed: the SDK's ``download_hosted`` (stream, filename, size) as a context manager.

        >>> with isogeo.links.stream_hosted(link) as download:             # doctest: +SKIP
        ...     print(download.filename, download.human_size)
        ...     with open(download.filename, "wb") as out:
        ...         for block in download.iter_bytes():
        ...             out.write(block)
        """
        hosted = hosted_link(link, metadata_id)
        with open_stream(self._client, download_hosted_link, hosted.metadata_id, hosted.link_id) as response:
            yield stream_names(response, fallback=hosted.title or f"{hosted.link_id}.bin", size=hosted.size)

    def download_hosted(
        self,
        link: LinkRef,
        out_dir: str | os.PathLike[str] = ".",
        *,
        metadata_id: str | None = None,
        if_exists: IfExists = "rename",
        chunk_size: int = CHUNK_SIZE,
    ) -> DownloadedFile:
        """LNK-6 to disk: streamed in chunks into ``out_dir`` (created if needed) under a safe name.

        ``if_exists``: ``rename`` (default: ``name (1).zip``), ``overwrite`` or ``error``. A body
        whose size is not the link's ``size`` (a proxy's error page served with 200...) raises
        :class:`~isogeo.errors.MalformedResponseError` and leaves no file.

        >>> saved = isogeo.links.download_hosted(link, "downloads/")        # doctest: +SKIP
        >>> saved.filename, saved.human_size                                  # doctest: +SKIP
        ('communes_2024.zip', '199.35 Ko')
        """
        hosted = hosted_link(link, metadata_id)
        with self.stream_hosted(link, metadata_id=metadata_id) as stream:
            target = target_path(out_dir, stream.filename, if_exists=if_exists)
            size = write_chunks(
                stream.iter_bytes(chunk_size), target, expected_size=hosted.size, response=stream.response
            )
        return _downloaded(target, stream, size)

    def upload_hosted(
        self,
        metadata: MetadataRef,
        path: str | os.PathLike[str],
        *,
        title: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> Link:
        """LNK-3 (multipart): upload a file as a hosted link, streamed from disk.

        ``progress(bytes_sent, total_bytes)`` is called as the file is sent. Refused for a
        ``service`` metadata (its type is read with MD-1 when only an id is given).

        >>> isogeo.links.upload_hosted(METADATA_ID, "communes.zip",
        ...     progress=lambda sent, total: print(f"{sent}/{total}"))           # doctest: +SKIP
        """
        source = _upload_source(path)
        key = metadata_id_of(metadata)
        md_type = _known_type(metadata)
        _refuse_service(md_type if md_type is not None else (self._client.call(get_metadata, key)).type_)
        body, reader = _upload_body(source, title, progress)
        with reader:
            answer = self._client.call(_CREATE_LINK, key, body=body)
        return _first_link(answer)
