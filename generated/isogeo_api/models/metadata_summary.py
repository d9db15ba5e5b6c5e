from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metadata_type import MetadataType
from ..types import UNSET, DecodeError, Unset

T = TypeVar("T", bound="MetadataSummary")

_FIELDS = frozenset(
    {
        "_id",
        "name",
        "title",
        "type",
    }
)


@_attrs_define
class MetadataSummary:
    """A metadata reduced to the fields another entity embeds (layer datasets, layer services).

    Example:
        {'_id': '0269803d50c446b09f5060ef7fe3e22b', 'title': 'Communes de France 2024', 'type': 'vectorDataset'}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    name: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    type_: MetadataType | str | Unset = UNSET
    """ A `MetadataType`, or a value added by the server after this description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, MetadataType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": sys_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("MetadataSummary", None, "an object", d)
        get = d.get
        sys_id_json = get("_id", UNSET)
        sys_id: str
        if sys_id_json is UNSET:
            raise DecodeError("MetadataSummary", "_id", "a string (required)", UNSET)
        else:
            if not (isinstance(sys_id_json, str)):
                raise DecodeError("MetadataSummary", "_id", "a string", sys_id_json)
            sys_id = sys_id_json

        name_json = get("name", UNSET)
        name: None | str | Unset
        if name_json is UNSET:
            name = UNSET
        else:
            if isinstance(name_json, str):
                name_text: None | str = name_json
                name = name_text
            elif name_json is None:
                name = None
            else:
                raise DecodeError("MetadataSummary", "name", "a string or null", name_json)

        title_json = get("title", UNSET)
        title: None | str | Unset
        if title_json is UNSET:
            title = UNSET
        else:
            if isinstance(title_json, str):
                title_text: None | str = title_json
                title = title_text
            elif title_json is None:
                title = None
            else:
                raise DecodeError("MetadataSummary", "title", "a string or null", title_json)

        type__json = get("type", UNSET)
        type_: MetadataType | str | Unset
        if type__json is UNSET:
            type_ = UNSET
        else:
            if isinstance(type__json, str):
                type__text: MetadataType | str = cast(
                    MetadataType | str, MetadataType._value2member_map_.get(type__json, type__json)
                )
                type_ = type__text
            else:
                raise DecodeError("MetadataSummary", "type", "a MetadataType value or a string", type__json)

        metadata_summary = cls(
            sys_id=sys_id,
            name=name,
            title=title,
            type_=type_,
        )
        metadata_summary.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return metadata_summary

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
