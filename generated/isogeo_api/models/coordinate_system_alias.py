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

T = TypeVar("T", bound="CoordinateSystemAlias")

_FIELDS = frozenset(
    {
        "alias",
    }
)


@_attrs_define
class CoordinateSystemAlias:
    """Body of `associateCoordinateSystemToWorkgroup`. `alias` is the workgroup's label for the coordinate system (`null`
    clears it).

        Example:
            {'alias': 'Lambert 93'}

    """

    alias: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias is not UNSET:
            field_dict["alias"] = alias

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("CoordinateSystemAlias", None, "an object", d)
        get = d.get
        alias = get("alias", UNSET)
        if (
            alias is not UNSET
            and alias.__class__ is not str
            and alias is not None
            and not isinstance(alias, str)
        ):
            raise DecodeError("CoordinateSystemAlias", "alias", "a string or null", alias)

        if cls is CoordinateSystemAlias:
            _model = object.__new__(cls)
            _model.alias = alias
        else:
            _model = cls(
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
