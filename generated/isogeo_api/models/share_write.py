from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.share_right import ShareRight
from ..models.share_type import ShareType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShareWrite")


@_attrs_define
class ShareWrite:
    """Body of SHR-4 (create) and SHR-5 (update, and "reshare": set `rights` to `["reshare"]` or
    `[]` on a group share). `rights: null` (the official SDK's default) means no rights (F3).

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
        d = dict(src_dict)
        name = d.pop("name")

        type_ = ShareType(d.pop("type"))

        def _parse_rights(data: object) -> list[ShareRight] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rights_type_0 = []
                _rights_type_0 = data
                for rights_type_0_item_data in _rights_type_0:
                    rights_type_0_item = ShareRight(rights_type_0_item_data)

                    rights_type_0.append(rights_type_0_item)

                return rights_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ShareRight] | None | Unset, data)

        rights = _parse_rights(d.pop("rights", UNSET))

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
