# Derived from _async/feature_attributes.py by tools/derive_sync.py: do not edit.
"""Sync feature-attributes namespace (:mod:`isogeo.resources.feature_attributes` has both).

Its methods (its twin has the same):

>>> sorted(name for name in vars(FeatureAttributes) if not name.startswith("_"))
['create', 'get', 'import_from_dataset', 'update']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from isogeo.errors import ConflictError
from isogeo.resources._common import already_exists, round_trip
from isogeo.resources._feature_attributes import (
    _READ_ONLY,
    AttributeFields,
    ImportMode,
    ImportReport,
    _creation_body,
    _import_args,
    _named,
    _typed,
    check_type,
    plan_import,
)
from isogeo_api.api.feature_attribute import (
    create_metadata_feature_attribute,
    get_metadata_feature_attribute,
    update_metadata_feature_attribute,
)
from isogeo_api.api.metadata import get_metadata
from isogeo_api.models import FeatureAttribute, FeatureAttributeWrite, Metadata
from isogeo_api.namespaces import feature_attributes as _generated

if TYPE_CHECKING:
    from isogeo.client import Isogeo


class FeatureAttributes(_generated.FeatureAttributes):
    """Sync feature-attributes namespace: ``isogeo.feature_attributes``.

    >>> with Isogeo(...) as isogeo:                                      # doctest: +SKIP
    ...     report = isogeo.feature_attributes.import_from_dataset(
    ...         SOURCE_ID, DESTINATION_ID, "update_or_add")
    ...     print(len(report.added), "added,", len(report.updated), "updated,", report.skipped, "skipped")
    """

    def __init__(self, client: Isogeo) -> None:
        self._client = client
        super().__init__(client)

    def get(self, metadata_id: str, attribute_id: str) -> FeatureAttribute:
        """FAT-2: one feature attribute (by ``_id``, as the SDK reads it)."""
        return self._client.call(get_metadata_feature_attribute, metadata_id, attribute_id)

    def create(
        self, metadata_id: str, name: str, *, exist_ok: bool = False, **fields: Unpack[AttributeFields]
    ) -> FeatureAttribute:
        """FAT-3: add an attribute. When the name is taken (409):
        :class:`~isogeo.errors.AlreadyExistsError` with the existing attribute in ``.existing``, or
        with ``exist_ok=True`` that attribute."""
        body = _creation_body(name, fields)
        try:
            return self._client.call(create_metadata_feature_attribute, metadata_id, body=body)
        except ConflictError:
            found = _named(self.list(metadata_id), name)
            if found is None:
                raise
        return already_exists(f"feature attribute {name!r}", found, exist_ok=exist_ok)

    def update(self, metadata_id: str, attribute: FeatureAttribute) -> FeatureAttribute:
        """FAT-4: save an attribute read then modified (unknown fields kept)."""
        body = round_trip(attribute, FeatureAttributeWrite, drop=_READ_ONLY)
        return self._client.call(update_metadata_feature_attribute, metadata_id, attribute.sys_id, body=body)

    def _metadata(self, metadata: object, metadata_id: str, argument: str) -> Metadata:
        found = _typed(metadata)
        if found is None:
            found = self._client.call(get_metadata, metadata_id)
        check_type(found, argument)
        return found

    def import_from_dataset(
        self,
        source: Metadata | str,
        destination: Metadata | str,
        mode: ImportMode = "add",
        *,
        case_sensitive: bool = True,
    ) -> ImportReport:
        """Copy the feature attributes of ``source`` to ``destination`` (see the module's docstring).

        Metadata given as identifiers (or models without ``type``) are read first (MD-1); every
        refusal happens before the first write.

        >>> report = isogeo.feature_attributes.import_from_dataset(  # doctest: +SKIP
        ...     SOURCE_ID, DESTINATION_ID, "update_or_add", case_sensitive=False)
        >>> [a.name for a in report.added], [a.name for a in report.updated], report.skipped  # doctest: +SKIP
        (['CODE'], ['nom'], [])
        """
        checked, source_id, destination_id = _import_args(source, destination, mode)
        self._metadata(source, source_id, "source")
        self._metadata(destination, destination_id, "destination")
        source_attributes = self.list(source_id)
        plan = plan_import(
            source_attributes, self.list(destination_id), checked, case_sensitive=case_sensitive
        )
        added = [
            self._client.call(create_metadata_feature_attribute, destination_id, body=body)
            for body in plan.to_add
        ]
        updated = [
            self._client.call(update_metadata_feature_attribute, destination_id, attribute_id, body=body)
            for attribute_id, body in plan.to_update
        ]
        return ImportReport(added=added, updated=updated, skipped=plan.skipped)
