from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.share_right import ShareRight
from ..models.share_type import ShareType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShareWrite")


@_attrs_define
class ShareWrite:
    """Body of SHR-4 (create) and SHR-5 (update, and "reshare": set `rights` to `["reshare"]` or
    `[]` on a group share).

        Example:
            {'name': 'Partage portail public', 'rights': [], 'type': 'application'}

    """

    name: str
    type_: ShareType
    """ `application`: the share feeds group applications; `group`: it feeds other workgroups. """
    rights: list[ShareRight] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        rights: list[str] | Unset = UNSET
        if not isinstance(self.rights, Unset):
            rights = []
            for rights_item_data in self.rights:
                rights_item = rights_item_data.value
                rights.append(rights_item)

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
        d = dict(src_dict)
        name = d.pop("name")

        type_ = ShareType(d.pop("type"))

        _rights = d.pop("rights", UNSET)
        rights: list[ShareRight] | Unset = UNSET
        if _rights is not UNSET:
            rights = []
            for rights_item_data in _rights:
                rights_item = ShareRight(rights_item_data)

                rights.append(rights_item)

        share_write = cls(
            name=name,
            type_=type_,
            rights=rights,
        )

        share_write.additional_properties = d
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
