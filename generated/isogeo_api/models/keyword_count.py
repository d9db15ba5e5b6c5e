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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("KeywordCount", None, "an object", d)
        get = d.get
        group = get("group", UNSET)
        if (
            group is not UNSET
            and group.__class__ is not int
            and (not isinstance(group, int) or isinstance(group, bool))
        ):
            raise DecodeError("KeywordCount", "group", "an integer", group)

        isogeo = get("isogeo", UNSET)
        if (
            isogeo is not UNSET
            and isogeo.__class__ is not int
            and (not isinstance(isogeo, int) or isinstance(isogeo, bool))
        ):
            raise DecodeError("KeywordCount", "isogeo", "an integer", isogeo)

        if cls is KeywordCount:
            _model = object.__new__(cls)
            _model.group = group
            _model.isogeo = isogeo
        else:
            _model = cls(
                group=group,
                isogeo=isogeo,
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
