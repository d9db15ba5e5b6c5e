from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

T = TypeVar("T", bound="KeywordCount")

_FIELDS = frozenset(
    {
        "group",
        "isogeo",
    }
)


@_attrs_define
class KeywordCount:
    """Usage counts of a keyword (`_include=count`).

    Example:
        {'group': 4, 'isogeo': 120}

    """

    group: int | Unset = UNSET
    isogeo: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group

        isogeo = self.isogeo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group is not UNSET:
            field_dict["group"] = group
        if isogeo is not UNSET:
            field_dict["isogeo"] = isogeo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("KeywordCount", None, "an object", d)
        get = d.get
        group_json = get("group", UNSET)
        group: int | Unset
        if group_json is UNSET:
            group = UNSET
        else:
            if not (isinstance(group_json, int) and not isinstance(group_json, bool)):
                raise DecodeError("KeywordCount", "group", "an integer", group_json)
            group = group_json

        isogeo_json = get("isogeo", UNSET)
        isogeo: int | Unset
        if isogeo_json is UNSET:
            isogeo = UNSET
        else:
            if not (isinstance(isogeo_json, int) and not isinstance(isogeo_json, bool)):
                raise DecodeError("KeywordCount", "isogeo", "an integer", isogeo_json)
            isogeo = isogeo_json

        keyword_count = cls(
            group=group,
            isogeo=isogeo,
        )
        keyword_count.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return keyword_count

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
