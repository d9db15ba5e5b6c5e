"""What the sync and async feature-attributes namespaces share
(:mod:`isogeo.resources.feature_attributes`)."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict, get_args

from isogeo.errors import InvalidInputError
from isogeo.resources._common import id_of, non_empty, round_trip, value_of
from isogeo_api.models import FeatureAttribute, FeatureAttributeWrite, Metadata, MetadataType

ImportMode = Literal["add", "update", "update_or_add"]


IMPORT_MODES: tuple[str, ...] = get_args(ImportMode)


ATTRIBUTE_TYPES = (MetadataType.VECTOR_DATASET.value, MetadataType.NO_GEO_DATASET.value)


_READ_ONLY = ("_id",)


class AttributeFields(TypedDict, total=False):
    """The optional fields of a new feature attribute (snake_case names of FAT-3's body)."""

    alias: str | None
    comment: str | None
    data_type: str | None
    description: str | None
    has_elevation: bool
    has_measure: bool
    is_auto_generated: bool
    is_nullable: bool
    is_read_only: bool
    language: str | None
    length: int | None
    precision: int | None
    property_type: str | None
    scale: int | None
    spatial_context: str | None


@dataclass(frozen=True)
class ImportReport:
    """What :meth:`FeatureAttributes.import_from_dataset` did, attribute by attribute.

    >>> report = ImportReport(skipped=["OBJECTID"])
    >>> report.changed, report.skipped
    (0, ['OBJECTID'])
    """

    added: builtins.list[FeatureAttribute] = field(default_factory=builtins.list)
    """Attributes created on the destination (FAT-3), as the API answered them."""
    updated: builtins.list[FeatureAttribute] = field(default_factory=builtins.list)
    """Destination attributes rewritten from the source (FAT-4), as the API answered them."""
    skipped: builtins.list[str] = field(default_factory=builtins.list)
    """Names of source attributes left alone (the mode did not cover them)."""

    @property
    def changed(self) -> int:
        """How many attributes were added or updated."""
        return len(self.added) + len(self.updated)


def _creation_body(name: object, fields: AttributeFields) -> FeatureAttributeWrite:
    given: dict[str, Any] = dict(fields)
    accepted = sorted(AttributeFields.__annotations__)
    unknown = sorted(set(given) - set(accepted))
    if unknown:
        raise InvalidInputError(
            unknown[0], given[unknown[0]], accepted, reason="not a field of a feature attribute"
        )
    return FeatureAttributeWrite(name=non_empty(name, "name", "attribute name"), **given)


def check_mode(mode: object) -> ImportMode:
    """``mode`` if it is an import mode, else :class:`InvalidInputError`.

    >>> check_mode("update_or_add")
    'update_or_add'
    >>> check_mode("replace")
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: mode='replace' is not accepted; expected one of: add, update, ...
    """
    if mode in IMPORT_MODES:
        return mode  # type: ignore[return-value]
    raise InvalidInputError("mode", mode, IMPORT_MODES)


def check_type(metadata: Metadata, argument: str) -> None:
    """Refuse a metadata whose type has no feature attributes (anything but vector and no-geo datasets).

    >>> check_type(Metadata.from_dict({"_id": "a" * 32, "type": "rasterDataset"}), "source")
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: source='aaaa...aaaa' is not accepted (a rasterDataset has no feature ...
    """
    md_type = str(value_of(metadata.type_) or "")
    if md_type not in ATTRIBUTE_TYPES:
        raise InvalidInputError(
            argument,
            f"{metadata.sys_id[:4]}...{metadata.sys_id[-4:]}",
            [f"a {kind} metadata" for kind in ATTRIBUTE_TYPES],
            reason=f"a {md_type or 'metadata of unknown type'} has no feature attributes",
        )


def _named(attributes: Iterable[FeatureAttribute], name: str) -> FeatureAttribute | None:
    """The attribute called ``name`` (exactly, else without case: what the API compares)."""
    attributes = list(attributes)
    exact = next((attr for attr in attributes if value_of(attr.name) == name), None)
    return exact or next(
        (attr for attr in attributes if _key(value_of(attr.name), False) == _key(name, False)), None
    )


def _key(name: str | None, case_sensitive: bool) -> str:
    text = name or ""
    return text if case_sensitive else text.casefold()


@dataclass
class ImportPlan:
    """The writes an import needs, computed from both attribute lists (no I/O)."""

    to_add: builtins.list[FeatureAttributeWrite] = field(default_factory=builtins.list)
    to_update: builtins.list[tuple[str, FeatureAttributeWrite]] = field(default_factory=builtins.list)
    skipped: builtins.list[str] = field(default_factory=builtins.list)


def plan_import(
    source: Iterable[FeatureAttribute],
    destination: Iterable[FeatureAttribute],
    mode: ImportMode,
    *,
    case_sensitive: bool = True,
) -> ImportPlan:
    """Which source attributes to add, which destination attributes to update, which to skip.

    A source attribute is copied whole (every field, unknown ones included, not its ``_id``).
    Two source attributes with the same name: the first decides, the second counts as a match.

    >>> src = [FeatureAttribute.from_dict({"_id": "1" * 32, "name": "NOM", "dataType": "String"}),
    ...        FeatureAttribute.from_dict({"_id": "2" * 32, "name": "CODE", "dataType": "Integer"})]
    >>> dst = [FeatureAttribute.from_dict({"_id": "3" * 32, "name": "nom"})]
    >>> plan = plan_import(src, dst, "update_or_add", case_sensitive=False)
    >>> [a.name for a in plan.to_add], [(i[:1], a.name, a.data_type) for i, a in plan.to_update]
    (['CODE'], [('3', 'nom', 'String')])
    """
    existing = {_key(value_of(attr.name), case_sensitive): attr for attr in destination}
    plan = ImportPlan()
    planned: set[str] = set()
    for attribute in source:
        name = value_of(attribute.name)
        key = _key(name, case_sensitive)
        body = round_trip(attribute, FeatureAttributeWrite, drop=_READ_ONLY)
        target = existing.get(key)
        if key in planned or (target is None and mode == "update") or (target is not None and mode == "add"):
            plan.skipped.append(name or "")
            continue
        planned.add(key)
        if target is None:
            plan.to_add.append(body)
        else:
            body.name = value_of(target.name) or body.name
            plan.to_update.append((target.sys_id, body))
    return plan


def _import_args(source: object, destination: object, mode: object) -> tuple[ImportMode, str, str]:
    checked = check_mode(mode)
    source_id, destination_id = id_of(source, "source"), id_of(destination, "destination")  # type: ignore[arg-type]
    if source_id == destination_id:
        raise InvalidInputError("destination", destination_id, "another metadata than the source")
    return checked, source_id, destination_id


def _typed(metadata: object) -> Metadata | None:
    """The metadata model when it already says its type (no need to read it), else ``None``."""
    if isinstance(metadata, Metadata) and value_of(metadata.type_) is not None:
        return metadata
    return None
