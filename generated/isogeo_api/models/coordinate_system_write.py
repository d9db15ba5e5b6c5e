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

T = TypeVar("T", bound="CoordinateSystemWrite")

_FIELDS = frozenset(
    {
        "code",
        "name",
        "alias",
    }
)


@_attrs_define
class CoordinateSystemWrite:
    """Body of `associateCoordinateSystemToMetadata`: the coordinate system to set on a metadata (it
    **replaces** the existing one). `code` is the EPSG code; the whole object as read (`_tag`,
    `name`, `alias`, as the official SDK sends it) is accepted too.

        Example:
            {'code': 2154, 'name': 'RGF93 / Lambert-93'}

    """

    code: int
    name: str | Unset = UNSET
    alias: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if alias is not UNSET:
            field_dict["alias"] = alias

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("CoordinateSystemWrite", None, "an object", d)
        get = d.get
        code = get("code", UNSET)
        if code.__class__ is not int and (not isinstance(code, int) or isinstance(code, bool)):
            raise DecodeError(
                "CoordinateSystemWrite",
                "code",
                "an integer (required)" if code is UNSET else "an integer",
                code,
            )

        name = get("name", UNSET)
        if name is not UNSET and name.__class__ is not str and not isinstance(name, str):
            raise DecodeError("CoordinateSystemWrite", "name", "a string", name)

        alias = get("alias", UNSET)
        if (
            alias is not UNSET
            and alias.__class__ is not str
            and alias is not None
            and not isinstance(alias, str)
        ):
            raise DecodeError("CoordinateSystemWrite", "alias", "a string or null", alias)

        if cls is CoordinateSystemWrite:
            _model = object.__new__(cls)
            _model.code = code
            _model.name = name
            _model.alias = alias
        else:
            _model = cls(
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
