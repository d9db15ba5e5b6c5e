from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metadata_type import MetadataType
from ..types import (
    UNSET,
    DecodeError,
    Unset,
)

T = TypeVar("T", bound="MetadataSummary")

_FIELDS = frozenset(
    {
        "_id",
        "name",
        "title",
        "type",
    }
)


@_attrs_define
class MetadataSummary:
    """A metadata reduced to the fields another entity embeds (layer datasets, layer services).

    Example:
        {'_id': '0269803d50c446b09f5060ef7fe3e22b', 'title': 'Communes de France 2024', 'type': 'vectorDataset'}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    name: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    type_: MetadataType | str | Unset = UNSET
    """ A `MetadataType`, or a value added by the server after this description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, MetadataType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": sys_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("MetadataSummary", None, "an object", d)
        get = d.get
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "MetadataSummary", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id
            )

        name = get("name", UNSET)
        if name is not UNSET and name.__class__ is not str and name is not None and not isinstance(name, str):
            raise DecodeError("MetadataSummary", "name", "a string or null", name)

        title = get("title", UNSET)
        if (
            title is not UNSET
            and title.__class__ is not str
            and title is not None
            and not isinstance(title, str)
        ):
            raise DecodeError("MetadataSummary", "title", "a string or null", title)

        type_ = get("type", UNSET)
        if type_ is not UNSET:
            if isinstance(type_, str):
                type__text: MetadataType | str = MetadataType._value2member_map_.get(type_, type_)  # type: ignore[assignment]
                type_ = type__text
            else:
                raise DecodeError("MetadataSummary", "type", "a MetadataType value or a string", type_)

        if cls is MetadataSummary:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.name = name
            _model.title = title
            _model.type_ = type_
        else:
            _model = cls(
                sys_id=sys_id,
                name=name,
                title=title,
                type_=type_,
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
