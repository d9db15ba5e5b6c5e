from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("GeoJsonGeometry", None, "an object", d)
        get = d.get
        type__json = get("type", UNSET)
        type_: str
        if type__json is UNSET:
            raise DecodeError("GeoJsonGeometry", "type", "a string (required)", UNSET)
        else:
            if not (isinstance(type__json, str)):
                raise DecodeError("GeoJsonGeometry", "type", "a string", type__json)
            type_ = type__json

        coordinates_json = get("coordinates", UNSET)
        coordinates: list[Any] | Unset
        if coordinates_json is UNSET:
            coordinates = UNSET
        else:
            if not isinstance(coordinates_json, list):
                raise DecodeError("GeoJsonGeometry", "coordinates", "an array", coordinates_json)
            coordinates = coordinates_json

        bbox_json = get("bbox", UNSET)
        bbox: list[float] | Unset
        if bbox_json is UNSET:
            bbox = UNSET
        else:
            if not isinstance(bbox_json, list):
                raise DecodeError("GeoJsonGeometry", "bbox", "an array", bbox_json)
            for bbox_item in bbox_json:
                if not (isinstance(bbox_item, (int, float)) and not isinstance(bbox_item, bool)):
                    raise DecodeError("GeoJsonGeometry", "bbox", "an array of a number", bbox_item)
            bbox = bbox_json

        geo_json_geometry = cls(
            type_=type_,
            coordinates=coordinates,
            bbox=bbox,
        )
        geo_json_geometry.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return geo_json_geometry

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
