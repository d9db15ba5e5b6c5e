"""What the sync and async metadata namespaces share (:mod:`isogeo.resources.metadata`)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from isogeo._core.includes import search_includes
from isogeo._core.validation import coerce_enum, normalize_identifier
from isogeo.errors import InvalidInputError
from isogeo.files import (
    IfExists,
    disk_name,
    target_path,
)
from isogeo.metadata_helpers import title_or_name
from isogeo_api.models import EditionProfile, Metadata, MetadataInclude, MetadataType
from isogeo_api.types import UNSET, Unset

if TYPE_CHECKING:
    from isogeo_api.models import MetadataCreate, MetadataUpdate


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
    if include is None:  # the usual call: nothing to check
        return UNSET
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
