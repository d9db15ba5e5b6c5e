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

T = TypeVar("T", bound="WorkgroupLanguage")

_FIELDS = frozenset(
    {
        "code",
    }
)


@_attrs_define
class WorkgroupLanguage:
    """A language available in a multilingual workgroup.

    Example:
        {'code': 'fr'}

    """

    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("WorkgroupLanguage", None, "an object", d)
        get = d.get
        code = get("code", UNSET)
        if code is not UNSET and code.__class__ is not str and not isinstance(code, str):
            raise DecodeError("WorkgroupLanguage", "code", "a string", code)

        if cls is WorkgroupLanguage:
            _model = object.__new__(cls)
            _model.code = code
        else:
            _model = cls(
                code=code,
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
