"""Small questions about a metadata record: its display title, owner, type filter, signature.

Each helper takes a generated ``isogeo_api.models.Metadata`` or the API's JSON dictionary.
They are the SDK's computed ``Metadata`` properties (``title_or_name``, ``groupId``,
``groupName``, ``typeFilter``, ``signature``) as functions.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from isogeo._core.fields import read_field, read_path
from isogeo.errors import InvalidInputError
from isogeo.text import slugify

if TYPE_CHECKING:
    from isogeo_api.models import Metadata

__all__ = [
    "SIGNATURE_FIELDS",
    "metadata_type_filter_form",
    "owner_workgroup_id",
    "owner_workgroup_name",
    "signature",
    "title_or_name",
]

_CREATOR = ("sys_creator", "_creator")

_FILTER_FORMS = {
    "vectorDataset": "vector-dataset",
    "rasterDataset": "raster-dataset",
    "noGeoDataset": "no-geo-dataset",
    "service": "service",
    "resource": "resource",
}


def title_or_name(metadata: Metadata | Mapping[str, Any], slugged: bool = False) -> str | None:
    """The metadata's title, or its technical name when it has no title; ``None`` if neither.

    With ``slugged=True``: lower-case ASCII words joined by hyphens (:func:`isogeo.text.slugify`).

    >>> title_or_name({"title": "Communes de France — Édition 2024", "name": "communes.shp"})
    'Communes de France — Édition 2024'
    >>> title_or_name({"title": "", "name": "COMMUNES 2024.shp"}, slugged=True)
    'communes-2024shp'
    """
    value = read_field(metadata, "title", "title") or read_field(metadata, "name", "name")
    if not value:
        return None
    return slugify(str(value)) if slugged else str(value)


def owner_workgroup_id(metadata: Metadata | Mapping[str, Any]) -> str | None:
    """Id of the workgroup owning the metadata (``_creator._id``; the SDK's ``groupId``).

    ``None`` when the record was fetched without ``_creator``.

    >>> owner_workgroup_id({"_creator": {"_id": "32f7e95ec4e94ca3bc1afda960003882"}})
    '32f7e95ec4e94ca3bc1afda960003882'
    """
    value = read_path(metadata, _CREATOR, ("sys_id", "_id"))
    return None if value is None else str(value)


def owner_workgroup_name(metadata: Metadata | Mapping[str, Any]) -> str | None:
    """Name of the workgroup owning the metadata (``_creator.contact.name``; the SDK's ``groupName``).

    >>> owner_workgroup_name({"_creator": {"contact": {"name": "Isogeo Test"}}})
    'Isogeo Test'
    """
    value = read_path(metadata, _CREATOR, ("contact", "contact"), ("name", "name"))
    return None if value is None else str(value)


def metadata_type_filter_form(md_type: object) -> str | None:
    """The search-filter form of a metadata type (``vectorDataset`` → ``vector-dataset``; the
    SDK's ``typeFilter``). Filter forms and ``dataset`` pass through; ``None`` when unknown.

    >>> metadata_type_filter_form("noGeoDataset"), metadata_type_filter_form("raster-dataset")
    ('no-geo-dataset', 'raster-dataset')
    """
    if not isinstance(md_type, str):
        return None
    text = str(md_type)  # a StrEnum member reads as its value
    if text in _FILTER_FORMS:
        return _FILTER_FORMS[text]
    if text in _FILTER_FORMS.values() or text == "dataset":
        return text
    return None


# The SDK's default signature fields (its attribute names), and where each is in the API's JSON.
SIGNATURE_FIELDS: tuple[str, ...] = (
    "coordinateSystem",
    "envelope",
    "features",
    "featureAttributes",
    "format",
    "geometry",
    "groupId",
    "name",
    "path",
    "series",
    "title",
    "type",
)
_SDK_NAMES: Mapping[str, tuple[str, ...]] = {
    "coordinateSystem": ("coordinate-system",),
    "featureAttributes": ("feature-attributes",),
    "groupId": ("_creator", "_id"),
    "groupName": ("_creator", "contact", "name"),
}


def _json_of(metadata: object) -> Mapping[str, Any]:
    if isinstance(metadata, Mapping):
        return metadata
    to_dict = getattr(metadata, "to_dict", None)
    if callable(to_dict):
        data = to_dict()
        if isinstance(data, Mapping):
            return data
    raise InvalidInputError("metadata", metadata, "a Metadata model or the API's metadata dict")


def _lookup(data: Mapping[str, Any], path: tuple[str, ...]) -> Any:
    current: Any = data
    for key in path:
        if not isinstance(current, Mapping):
            return None
        current = current.get(key)
    return current


def signature(
    metadata: Metadata | Mapping[str, Any], included_attributes: Iterable[str] = SIGNATURE_FIELDS
) -> str:
    """A SHA-256 fingerprint of selected fields, to spot records whose content changed.

    The fields are the SDK's names (``coordinateSystem``, ``featureAttributes``, ``groupId``,
    ``groupName``) or any JSON key of the metadata. Their values, read from the API's JSON form
    (a model is converted with ``to_dict()``, so a model and its dict give the same signature),
    are serialised as canonical JSON (sorted keys, no spaces, UTF-8; a missing field is
    ``null``) and hashed. The result does not depend on the order of ``included_attributes`` and
    is the same across runs, machines and Python versions. It is **not** byte-compatible with
    the SDK's, which hashed Python ``str()`` representations.

    >>> signature({"title": "Communes", "type": "vectorDataset"})
    'a33ebe2571dc30e42d67b6a70a8cbf51a7d2354350a16e7d16b55eb2d954442a'
    """
    fields = [included_attributes] if isinstance(included_attributes, str) else list(included_attributes)
    if not fields or not all(isinstance(name, str) and name for name in fields):
        raise InvalidInputError("included_attributes", included_attributes, "non-empty field names")
    data = _json_of(metadata)
    selected = {name: _lookup(data, _SDK_NAMES.get(name, (name,))) for name in fields}
    canonical = json.dumps(selected, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
