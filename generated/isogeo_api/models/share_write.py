from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.share_right import ShareRight
from ..models.share_type import ShareType
from ..types import UNSET, DecodeError, Unset

T = TypeVar("T", bound="ShareWrite")

_FIELDS = frozenset(
    {
        "name",
        "type",
        "rights",
    }
)


@_attrs_define
class ShareWrite:
    """Body of `createWorkgroupShare` and `updateShare` (also "reshare": set `rights` to
    `["reshare"]` or `[]` on a group share). `rights: null` (the official SDK's default) means
    no rights.

        Example:
            {'name': 'Partage portail public', 'rights': [], 'type': 'application'}

    """

    name: str
    type_: ShareType
    """ `application`: the share feeds group applications; `group`: it feeds other workgroups. """
    rights: list[ShareRight] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        rights: list[str] | None | Unset
        if isinstance(self.rights, Unset):
            rights = UNSET
        elif isinstance(self.rights, list):
            rights = []
            for rights_type_0_item_data in self.rights:
                rights_type_0_item = rights_type_0_item_data.value
                rights.append(rights_type_0_item)

        else:
            rights = self.rights

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("ShareWrite", None, "an object", d)
        get = d.get
        name_json = get("name", UNSET)
        name: str
        if name_json is UNSET:
            raise DecodeError("ShareWrite", "name", "a string (required)", UNSET)
        else:
            if not (isinstance(name_json, str)):
                raise DecodeError("ShareWrite", "name", "a string", name_json)
            name = name_json

        type__json = get("type", UNSET)
        type_: ShareType
        if type__json is UNSET:
            raise DecodeError("ShareWrite", "type", "a ShareType value (required)", UNSET)
        else:
            type__member = (
                ShareType._value2member_map_.get(type__json) if isinstance(type__json, str) else None
            )
            if type__member is None:
                raise DecodeError("ShareWrite", "type", "a ShareType value", type__json)
            type_ = cast(ShareType, type__member)

        rights_json = get("rights", UNSET)
        rights: list[ShareRight] | None | Unset
        if rights_json is UNSET:
            rights = UNSET
        else:
            if isinstance(rights_json, list):
                rights_1: list[ShareRight]
                if not isinstance(rights_json, list):
                    raise DecodeError("ShareWrite", "rights", "an array", rights_json)
                rights_1 = []
                for rights_1_item in rights_json:
                    rights_1_value: ShareRight
                    rights_1_value_member = (
                        ShareRight._value2member_map_.get(rights_1_item)
                        if isinstance(rights_1_item, str)
                        else None
                    )
                    if rights_1_value_member is None:
                        raise DecodeError("ShareWrite", "rights", "a ShareRight value", rights_1_item)
                    rights_1_value = cast(ShareRight, rights_1_value_member)

                    rights_1.append(rights_1_value)

                rights = rights_1
            elif rights_json is None:
                rights = None
            else:
                raise DecodeError("ShareWrite", "rights", "an array or null", rights_json)

        share_write = cls(
            name=name,
            type_=type_,
            rights=rights,
        )
        share_write.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return share_write

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
