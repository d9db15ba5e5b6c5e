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

T = TypeVar("T", bound="CoordinateSystem")

_FIELDS = frozenset(
    {
        "_tag",
        "code",
        "name",
        "alias",
    }
)


@_attrs_define
class CoordinateSystem:
    """A coordinate reference system. `code` is the EPSG code, an integer in responses (a string in paths).

    Example:
        {'_tag': 'coordinate-system:2154', 'code': 2154, 'name': 'RGF93 / Lambert-93', 'alias': 'Lambert 93'}

    """

    sys_tag: str | Unset = UNSET
    """ `coordinate-system:{code}`. """
    code: int | Unset = UNSET
    name: str | Unset = UNSET
    alias: None | str | Unset = UNSET
    """ Workgroup-specific label (workgroup context only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_tag = self.sys_tag

        code = self.code

        name = self.name

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sys_tag is not UNSET:
            field_dict["_tag"] = sys_tag
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if alias is not UNSET:
            field_dict["alias"] = alias

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("CoordinateSystem", None, "an object", d)
        get = d.get
        sys_tag = get("_tag", UNSET)
        if sys_tag is not UNSET and sys_tag.__class__ is not str and not isinstance(sys_tag, str):
            raise DecodeError("CoordinateSystem", "_tag", "a string", sys_tag)

        code = get("code", UNSET)
        if (
            code is not UNSET
            and code.__class__ is not int
            and (not isinstance(code, int) or isinstance(code, bool))
        ):
            raise DecodeError("CoordinateSystem", "code", "an integer", code)

        name = get("name", UNSET)
        if name is not UNSET and name.__class__ is not str and not isinstance(name, str):
            raise DecodeError("CoordinateSystem", "name", "a string", name)

        alias = get("alias", UNSET)
        if (
            alias is not UNSET
            and alias.__class__ is not str
            and alias is not None
            and not isinstance(alias, str)
        ):
            raise DecodeError("CoordinateSystem", "alias", "a string or null", alias)

        if cls is CoordinateSystem:
            _model = object.__new__(cls)
            _model.sys_tag = sys_tag
            _model.code = code
            _model.name = name
            _model.alias = alias
        else:
            _model = cls(
                sys_tag=sys_tag,
                code=code,
                name=name,
                alias=alias,
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
