"""Links of a metadata (LNK-1..7), hosted data download (streamed) and upload (with progress).

* ``list`` / ``get`` / ``create`` / ``update`` / ``delete`` / ``kinds`` — the link routes;
* ``stream_hosted(link)`` — a context manager giving the streamed file
  (:class:`~isogeo.files.DownloadStream`: safe ``filename``, ``size`` and ``human_size`` from the
  link's ``size`` as the SDK does, chunks); ``download_hosted(link, out_dir)`` writes it into
  ``out_dir`` in chunks, under a safe name, never outside ``out_dir`` — whatever the server's
  ``Content-Disposition`` says (``../../etc/passwd`` becomes ``etcpasswd``);
* ``upload_hosted(metadata, path, progress=...)`` — a multipart upload streamed from disk, with a
  ``progress(bytes_sent, total)`` callback; refused for ``service`` metadata (facts §8.1).

The download URL is built from the spec (``/resources/{metadata_id}/links/{link_id}.bin``), with
the metadata id taken from the link's own relative ``url`` when not given: a link can never send
the token to another host.
"""

from __future__ import annotations

import builtins
import mimetypes
import os
import re
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

import httpx

from isogeo._core.call import AsyncEndpoint, SyncEndpoint
from isogeo._core.streaming import aopen_stream, open_stream
from isogeo._core.validation import normalize_identifier
from isogeo.errors import InvalidInputError, MalformedResponseError
from isogeo.files import (
    CHUNK_SIZE,
    DownloadedFile,
    DownloadStream,
    IfExists,
    ProgressCallback,
    ProgressReader,
    awrite_chunks,
    human_size,
    stream_names,
    target_path,
    write_chunks,
)
from isogeo.resources.metadata import MetadataRef, metadata_id_of
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
    LinkType,
    LinkUpload,
    LinkWrite,
    Metadata,
    MetadataType,
)
from isogeo_api.namespaces import links as _generated
from isogeo_api.types import UNSET, File, Unset

if TYPE_CHECKING:
    from isogeo.client import AsyncIsogeo, Isogeo

LinkRef = Link | Mapping[str, Any]
# LNK-3 answers `Link | list[Link]` (JSON create / multipart upload): mypy cannot infer it through `call`.
_CREATE_LINK = cast("SyncEndpoint[Link | builtins.list[Link]]", create_metadata_link)
_ACREATE_LINK = cast("AsyncEndpoint[Link | builtins.list[Link]]", create_metadata_link)
_HOSTED_URL = re.compile(r"/resources/([0-9a-fA-F-]{32,36})/links/([0-9a-fA-F-]{32,36})\.bin")
# Read-only keys of a link that an update does not send back.
_READ_ONLY = ("_id", "size")


@dataclass(frozen=True)
class HostedLink:
    """What a hosted download needs to know about a link."""

    metadata_id: str
    link_id: str
    size: int | None
    title: str | None


def _field(link: LinkRef, attribute: str, key: str) -> Any:
    value = getattr(link, attribute, UNSET) if isinstance(link, Link) else link.get(key, UNSET)
    return None if isinstance(value, Unset) else value


def _url_path(url: object) -> str:
    """The path of a link's ``url``, relative (``/resources/...``, as the API writes it) or absolute."""
    try:
        return httpx.URL(str(url or "")).path
    except (httpx.InvalidURL, TypeError):
        return ""


def hosted_link(link: LinkRef, metadata_id: str | None = None) -> HostedLink:
    """Check that ``link`` is a hosted link and find its metadata (``metadata_id``, else its ``url``).

    >>> url = "/resources/0269803d50c446b09f5060ef7fe3e22b/links/5b1d3f5e7a9c4b2d8e0f1a2b3c4d5e6f.bin"
    >>> hosted_link({"_id": "5b1d3f5e7a9c4b2d8e0f1a2b3c4d5e6f", "type": "hosted", "size": 204132, "url": url})
    HostedLink(metadata_id='0269803d50c446b09f5060ef7fe3e22b', link_id='5b1d3f5e7a9c4b2d8e0f1a2b3c4d5e6f', \
size=204132, title=None)
    """
    if not isinstance(link, Link | Mapping):
        raise InvalidInputError("link", link, "a Link (or its JSON) of type 'hosted'")
    link_type = _field(link, "type_", "type")
    if str(link_type) != LinkType.HOSTED.value:
        raise InvalidInputError(
            "link", link_type, "a link of type 'hosted'", reason="only hosted links have a file"
        )
    link_id = normalize_identifier(_field(link, "sys_id", "_id"), "link._id")
    url = _field(link, "url", "url")
    if metadata_id is None:
        found = _HOSTED_URL.fullmatch(_url_path(url))
        if found is None:
            raise InvalidInputError(
                "metadata_id", None, "the metadata's id", reason=f"not found in the link's url {url!r}"
            )
        metadata_id = found.group(1)
    size = _field(link, "size", "size")
    title = _field(link, "title", "title")
    return HostedLink(
        metadata_id=normalize_identifier(metadata_id, "metadata_id"),
        link_id=link_id,
        size=size if isinstance(size, int) and not isinstance(size, bool) else None,
        title=str(title) if title else None,
    )


def _write_body(data: Mapping[str, Any]) -> LinkWrite:
    try:
        return LinkWrite.from_dict(data)
    except KeyError as exc:
        raise InvalidInputError(f"link.{exc.args[0]}", None, "a value", reason="required") from None
    except (TypeError, ValueError) as exc:
        raise InvalidInputError(
            "link", dict(data), "LinkWrite fields (kind, type, ...)", reason=str(exc)
        ) from None


def _update_body(link: Link | LinkWrite | Mapping[str, Any], link_id: str | None) -> tuple[str, LinkWrite]:
    if isinstance(link, LinkWrite):
        data = link.to_dict()
    elif isinstance(link, Link):
        data = link.to_dict()
        link_id = link_id or link.sys_id
    elif isinstance(link, Mapping):
        data = dict(link)
        link_id = link_id or data.get("_id")
    else:
        raise InvalidInputError("link", link, "a Link, a LinkWrite or a mapping of JSON keys")
    if link_id is None:
        raise InvalidInputError("link_id", None, "the id of the link to update", reason="not in the link")
    for key in _READ_ONLY:
        data.pop(key, None)
    return normalize_identifier(link_id, "link_id"), _write_body(data)


def _link_id(link: Link | str) -> str:
    return link.sys_id if isinstance(link, Link) else link


def _upload_source(path: str | os.PathLike[str]) -> Path:
    source = Path(path).expanduser()
    if not source.is_file():
        raise InvalidInputError(
            "path", os.fspath(path), "the path of an existing file", reason="no such file"
        )
    return source


def _refuse_service(metadata_type: object) -> None:
    if str(metadata_type) == MetadataType.SERVICE.value:
        raise InvalidInputError(
            "metadata",
            metadata_type,
            "a dataset or resource metadata",
            reason="files cannot be hosted on a service",
        )


def _known_type(metadata: MetadataRef) -> object | None:
    if isinstance(metadata, Metadata):
        return None if isinstance(metadata.type_, Unset) else metadata.type_
    if isinstance(metadata, Mapping):
        return metadata.get("type")
    return None


def _upload_body(
    source: Path, title: str | None, progress: ProgressCallback | None
) -> tuple[LinkUpload, BinaryIO]:
    size = source.stat().st_size
    handle = source.open("rb")
    reader = ProgressReader(handle, total=size, callback=progress)
    mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    body = LinkUpload(
        file=File(payload=cast(BinaryIO, reader), file_name=source.name, mime_type=mime),
        title=title or source.name,
        file_name=source.name,
        actions=["download"],
    )
    return body, cast(BinaryIO, reader)


def _first_link(answer: Link | builtins.list[Link]) -> Link:
    if isinstance(answer, builtins.list):
        if not answer:
            raise MalformedResponseError(
                "the upload answered an empty list instead of the new link", status_code=200
            )
        return answer[0]
    return answer


def _downloaded(target: Path, stream: DownloadStream, size: int) -> DownloadedFile:
    return DownloadedFile(target, target.name, stream.raw_filename, size, human_size(size) or "0 octet")


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
        _refuse_service(md_type if md_type is not None else self._client.call(get_metadata, key).type_)
        body, reader = _upload_body(source, title, progress)
        with reader:
            answer = self._client.call(_CREATE_LINK, key, body=body)
        return _first_link(answer)


class AsyncLinks(_generated.AsyncLinks):
    """Async links namespace: ``aisogeo.links`` (the methods of :class:`Links`, awaited)."""

    def __init__(self, client: AsyncIsogeo) -> None:
        self._client = client
        super().__init__(client)

    async def list(self, metadata: MetadataRef) -> builtins.list[Link]:
        """LNK-1: the links of a metadata."""
        return await self._client.call(list_metadata_links, metadata_id_of(metadata))

    async def get(self, metadata: MetadataRef, link_id: str) -> Link:
        """LNK-2: one link."""
        return await self._client.call(get_metadata_link, metadata_id_of(metadata), link_id)

    async def create(self, metadata: MetadataRef, link: LinkWrite | Mapping[str, Any]) -> Link:
        """LNK-3 (JSON): add a URL link, or a pointer to another metadata's link."""
        body = link if isinstance(link, LinkWrite) else _write_body(link)
        answer = await self._client.call(_ACREATE_LINK, metadata_id_of(metadata), body=body)
        return _first_link(answer)

    async def update(
        self, metadata: MetadataRef, link: Link | LinkWrite | Mapping[str, Any], *, link_id: str | None = None
    ) -> Link:
        """LNK-4: save a link read then modified."""
        key, body = _update_body(link, link_id)
        return await self._client.call(update_metadata_link, metadata_id_of(metadata), key, body=body)

    async def delete(self, metadata: MetadataRef, link: Link | str) -> None:
        """LNK-5: delete a link (and its hosted file)."""
        await self._client.call(delete_metadata_link, metadata_id_of(metadata), _link_id(link))

    @asynccontextmanager
    async def stream_hosted(
        self, link: LinkRef, *, metadata_id: str | None = None
    ) -> AsyncIterator[DownloadStream]:
        """LNK-6, streamed: ``async with aisogeo.links.stream_hosted(link) as download:``."""
        hosted = hosted_link(link, metadata_id)
        async with aopen_stream(
            self._client, download_hosted_link, hosted.metadata_id, hosted.link_id
        ) as response:
            yield stream_names(response, fallback=hosted.title or f"{hosted.link_id}.bin", size=hosted.size)

    async def download_hosted(
        self,
        link: LinkRef,
        out_dir: str | os.PathLike[str] = ".",
        *,
        metadata_id: str | None = None,
        if_exists: IfExists = "rename",
        chunk_size: int = CHUNK_SIZE,
    ) -> DownloadedFile:
        """LNK-6 to disk, in chunks, under a safe name inside ``out_dir`` (:meth:`Links.download_hosted`)."""
        hosted = hosted_link(link, metadata_id)
        async with self.stream_hosted(link, metadata_id=metadata_id) as stream:
            target = target_path(out_dir, stream.filename, if_exists=if_exists)
            size = await awrite_chunks(
                stream.aiter_bytes(chunk_size), target, expected_size=hosted.size, response=stream.response
            )
        return _downloaded(target, stream, size)

    async def upload_hosted(
        self,
        metadata: MetadataRef,
        path: str | os.PathLike[str],
        *,
        title: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> Link:
        """LNK-3 (multipart): upload a file as a hosted link, with ``progress(bytes_sent, total)``."""
        source = _upload_source(path)
        key = metadata_id_of(metadata)
        md_type = _known_type(metadata)
        _refuse_service(
            md_type if md_type is not None else (await self._client.call(get_metadata, key)).type_
        )
        body, reader = _upload_body(source, title, progress)
        with reader:
            answer = await self._client.call(_ACREATE_LINK, key, body=body)
        return _first_link(answer)


__all__ = ["AsyncLinks", "HostedLink", "Links", "hosted_link"]
