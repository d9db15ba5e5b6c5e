from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeatureAttributeWrite")


@_attrs_define
class FeatureAttributeWrite:
    """Body of FAT-3 (create) and FAT-4 (update). `name` is unique within a metadata (a duplicate
    answers **409**). Only for vector and no-geo datasets. `null` means no value: the default
    on a creation; on an update it clears the fields a read may show as `null` and leaves the
    flags as they are (F3; the official SDK sends every key, `null` when unset).

        Example:
            {'name': 'NOM_COM', 'alias': 'Nom de la commune', 'dataType': 'CharacterString (50)', 'description': 'Nom
                officiel de la commune, en majuscules.', 'isNullable': False, 'language': 'fr', 'length': 50}

    """

    name: str
    alias: None | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    data_type: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    has_elevation: bool | None | Unset = UNSET
    has_measure: bool | None | Unset = UNSET
    is_auto_generated: bool | None | Unset = UNSET
    is_nullable: bool | None | Unset = UNSET
    is_read_only: bool | None | Unset = UNSET
    language: None | str | Unset = UNSET
    length: int | None | Unset = UNSET
    precision: int | None | Unset = UNSET
    property_type: None | str | Unset = UNSET
    scale: int | None | Unset = UNSET
    spatial_context: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        data_type: None | str | Unset
        if isinstance(self.data_type, Unset):
            data_type = UNSET
        else:
            data_type = self.data_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        has_elevation: bool | None | Unset
        if isinstance(self.has_elevation, Unset):
            has_elevation = UNSET
        else:
            has_elevation = self.has_elevation

        has_measure: bool | None | Unset
        if isinstance(self.has_measure, Unset):
            has_measure = UNSET
        else:
            has_measure = self.has_measure

        is_auto_generated: bool | None | Unset
        if isinstance(self.is_auto_generated, Unset):
            is_auto_generated = UNSET
        else:
            is_auto_generated = self.is_auto_generated

        is_nullable: bool | None | Unset
        if isinstance(self.is_nullable, Unset):
            is_nullable = UNSET
        else:
            is_nullable = self.is_nullable

        is_read_only: bool | None | Unset
        if isinstance(self.is_read_only, Unset):
            is_read_only = UNSET
        else:
            is_read_only = self.is_read_only

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        length: int | None | Unset
        if isinstance(self.length, Unset):
            length = UNSET
        else:
            length = self.length

        precision: int | None | Unset
        if isinstance(self.precision, Unset):
            precision = UNSET
        else:
            precision = self.precision

        property_type: None | str | Unset
        if isinstance(self.property_type, Unset):
            property_type = UNSET
        else:
            property_type = self.property_type

        scale: int | None | Unset
        if isinstance(self.scale, Unset):
            scale = UNSET
        else:
            scale = self.scale

        spatial_context: None | str | Unset
        if isinstance(self.spatial_context, Unset):
            spatial_context = UNSET
        else:
            spatial_context = self.spatial_context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if comment is not UNSET:
            field_dict["comment"] = comment
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if description is not UNSET:
            field_dict["description"] = description
        if has_elevation is not UNSET:
            field_dict["hasElevation"] = has_elevation
        if has_measure is not UNSET:
            field_dict["hasMeasure"] = has_measure
        if is_auto_generated is not UNSET:
            field_dict["isAutoGenerated"] = is_auto_generated
        if is_nullable is not UNSET:
            field_dict["isNullable"] = is_nullable
        if is_read_only is not UNSET:
            field_dict["isReadOnly"] = is_read_only
        if language is not UNSET:
            field_dict["language"] = language
        if length is not UNSET:
            field_dict["length"] = length
        if precision is not UNSET:
            field_dict["precision"] = precision
        if property_type is not UNSET:
            field_dict["propertyType"] = property_type
        if scale is not UNSET:
            field_dict["scale"] = scale
        if spatial_context is not UNSET:
            field_dict["spatialContext"] = spatial_context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias = _parse_alias(d.pop("alias", UNSET))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_data_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_type = _parse_data_type(d.pop("dataType", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_has_elevation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_elevation = _parse_has_elevation(d.pop("hasElevation", UNSET))

        def _parse_has_measure(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_measure = _parse_has_measure(d.pop("hasMeasure", UNSET))

        def _parse_is_auto_generated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_auto_generated = _parse_is_auto_generated(d.pop("isAutoGenerated", UNSET))

        def _parse_is_nullable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_nullable = _parse_is_nullable(d.pop("isNullable", UNSET))

        def _parse_is_read_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_read_only = _parse_is_read_only(d.pop("isReadOnly", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        length = _parse_length(d.pop("length", UNSET))

        def _parse_precision(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        precision = _parse_precision(d.pop("precision", UNSET))

        def _parse_property_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        property_type = _parse_property_type(d.pop("propertyType", UNSET))

        def _parse_scale(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        scale = _parse_scale(d.pop("scale", UNSET))

        def _parse_spatial_context(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        spatial_context = _parse_spatial_context(d.pop("spatialContext", UNSET))

        feature_attribute_write = cls(
            name=name,
            alias=alias,
            comment=comment,
            data_type=data_type,
            description=description,
            has_elevation=has_elevation,
            has_measure=has_measure,
            is_auto_generated=is_auto_generated,
            is_nullable=is_nullable,
            is_read_only=is_read_only,
            language=language,
            length=length,
            precision=precision,
            property_type=property_type,
            scale=scale,
            spatial_context=spatial_context,
        )

        feature_attribute_write.additional_properties = d
        return feature_attribute_write

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
