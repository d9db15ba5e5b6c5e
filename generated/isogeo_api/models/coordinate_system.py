from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("CoordinateSystem", None, "an object", d)
        get = d.get
        sys_tag_json = get("_tag", UNSET)
        sys_tag: str | Unset
        if sys_tag_json is UNSET:
            sys_tag = UNSET
        else:
            if not (isinstance(sys_tag_json, str)):
                raise DecodeError("CoordinateSystem", "_tag", "a string", sys_tag_json)
            sys_tag = sys_tag_json

        code_json = get("code", UNSET)
        code: int | Unset
        if code_json is UNSET:
            code = UNSET
        else:
            if not (isinstance(code_json, int) and not isinstance(code_json, bool)):
                raise DecodeError("CoordinateSystem", "code", "an integer", code_json)
            code = code_json

        name_json = get("name", UNSET)
        name: str | Unset
        if name_json is UNSET:
            name = UNSET
        else:
            if not (isinstance(name_json, str)):
                raise DecodeError("CoordinateSystem", "name", "a string", name_json)
            name = name_json

        alias_json = get("alias", UNSET)
        alias: None | str | Unset
        if alias_json is UNSET:
            alias = UNSET
        else:
            if isinstance(alias_json, str):
                alias_text: None | str = alias_json
                alias = alias_text
            elif alias_json is None:
                alias = None
            else:
                raise DecodeError("CoordinateSystem", "alias", "a string or null", alias_json)

        coordinate_system = cls(
            sys_tag=sys_tag,
            code=code,
            name=name,
            alias=alias,
        )
        coordinate_system.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return coordinate_system

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
