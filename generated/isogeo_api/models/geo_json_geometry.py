from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecodeError,
    Unset,
)

T = TypeVar("T", bound="GeoJsonGeometry")

_FIELDS = frozenset(
    {
        "type",
        "coordinates",
        "bbox",
    }
)


@_attrs_define
class GeoJsonGeometry:
    """A GeoJSON geometry in WGS 84, usually a `Polygon` with its `bbox`.

    Example:
        {'type': 'Polygon', 'coordinates': [[[-5.14, 41.33], [9.56, 41.33], [9.56, 51.09], [-5.14, 51.09], [-5.14,
            41.33]]], 'bbox': [-5.14, 41.33, 9.56, 51.09]}

    """

    type_: str
    coordinates: list[Any] | Unset = UNSET
    """ Nested arrays of positions, per the GeoJSON geometry type. """
    bbox: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        coordinates: list[Any] | Unset = UNSET
        if not isinstance(self.coordinates, Unset):
            coordinates = self.coordinates

        bbox: list[float] | Unset = UNSET
        if not isinstance(self.bbox, Unset):
            bbox = self.bbox

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates
        if bbox is not UNSET:
            field_dict["bbox"] = bbox

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("GeoJsonGeometry", None, "an object", d)
        get = d.get
        type_ = get("type", UNSET)
        if type_.__class__ is not str and not isinstance(type_, str):
            raise DecodeError(
                "GeoJsonGeometry", "type", "a string (required)" if type_ is UNSET else "a string", type_
            )

        coordinates = get("coordinates", UNSET)
        if coordinates is not UNSET:
            if coordinates.__class__ is not list and not isinstance(coordinates, list):
                raise DecodeError("GeoJsonGeometry", "coordinates", "an array", coordinates)
            for coordinates_item in coordinates:
                if coordinates_item is UNSET:
                    raise DecodeError(
                        "GeoJsonGeometry", "coordinates", "an array of any value", coordinates_item
                    )

        bbox = get("bbox", UNSET)
        if bbox is not UNSET:
            if bbox.__class__ is not list and not isinstance(bbox, list):
                raise DecodeError("GeoJsonGeometry", "bbox", "an array", bbox)
            for bbox_item in bbox:
                if (
                    bbox_item.__class__ is not float
                    and bbox_item.__class__ is not int
                    and (not isinstance(bbox_item, (int, float)) or isinstance(bbox_item, bool))
                ):
                    raise DecodeError("GeoJsonGeometry", "bbox", "an array of a number", bbox_item)

        if cls is GeoJsonGeometry:
            _model = object.__new__(cls)
            _model.type_ = type_
            _model.coordinates = coordinates
            _model.bbox = bbox
        else:
            _model = cls(
                type_=type_,
                coordinates=coordinates,
                bbox=bbox,
            )
        _model.additional_properties = (
            {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}
        )
        return _model

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
