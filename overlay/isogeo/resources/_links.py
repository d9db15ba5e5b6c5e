"""What the sync and async links namespaces share (:mod:`isogeo.resources.links`)."""

from __future__ import annotations

import builtins
import mimetypes
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, cast

import httpx

from isogeo._core.validation import normalize_identifier
from isogeo.errors import InvalidInputError, MalformedResponseError
from isogeo.files import (
    DownloadedFile,
    DownloadStream,
    ProgressCallback,
    ProgressReader,
    human_size,
)
from isogeo.resources._metadata import MetadataRef
from isogeo_api.models import (
    Link,
    LinkType,
    LinkUpload,
    LinkWrite,
    Metadata,
    MetadataType,
)
from isogeo_api.types import UNSET, File, Unset

LinkRef = Link | Mapping[str, Any]


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
