from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.share_right import ShareRight
from ..models.share_type import ShareType
from ..types import (
    UNSET,
    DecodeError,
    Unset,
)

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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("ShareWrite", None, "an object", d)
        get = d.get
        name = get("name", UNSET)
        if name.__class__ is not str and not isinstance(name, str):
            raise DecodeError(
                "ShareWrite", "name", "a string (required)" if name is UNSET else "a string", name
            )

        type_ = get("type", UNSET)
        if type_ is UNSET:
            raise DecodeError("ShareWrite", "type", "a ShareType value (required)", UNSET)
        type__member: ShareType | None = (
            ShareType._value2member_map_.get(type_) if isinstance(type_, str) else None
        )  # type: ignore[assignment]
        if type__member is None:
            raise DecodeError("ShareWrite", "type", "a ShareType value", type_)
        type_ = type__member

        rights = get("rights", UNSET)
        if rights is not UNSET:
            if isinstance(rights, list):
                rights_1: list[ShareRight]
                if rights.__class__ is not list and not isinstance(rights, list):
                    raise DecodeError("ShareWrite", "rights", "an array", rights)
                rights_1_list: list[ShareRight] = []
                for rights_1_item in rights:
                    rights_1_value: ShareRight
                    rights_1_value_member: ShareRight | None = (
                        ShareRight._value2member_map_.get(rights_1_item)
                        if isinstance(rights_1_item, str)
                        else None
                    )  # type: ignore[assignment]
                    if rights_1_value_member is None:
                        raise DecodeError("ShareWrite", "rights", "a ShareRight value", rights_1_item)
                    rights_1_value = rights_1_value_member

                    rights_1_list.append(rights_1_value)
                rights_1 = rights_1_list

                rights = rights_1
            elif rights is None:
                rights = None
            else:
                raise DecodeError("ShareWrite", "rights", "an array or null", rights)

        if cls is ShareWrite:
            _model = object.__new__(cls)
            _model.name = name
            _model.type_ = type_
            _model.rights = rights
        else:
            _model = cls(
                name=name,
                type_=type_,
                rights=rights,
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
