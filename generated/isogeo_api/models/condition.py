from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    DecodeError,
    LazyModel,
    Unset,
)

if TYPE_CHECKING:
    from ..models.license_ import License


T = TypeVar("T", bound="Condition")

_FIELDS = frozenset(
    {
        "_id",
        "description",
        "license",
    }
)


@_attrs_define
class Condition:
    """A license applied to a metadata, with a description specific to it.

    Example:
        {'_id': '4a1b2c3d4e5f40718293a4b5c6d7e8f9', 'description': 'Mention : © Ville de Lyon 2024', 'license': {'_id':
            '63f121e14eda4f47b748595e0bcccc31', 'name': 'Licence Ouverte Version 2.0'}}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    description: None | str | Unset = UNSET
    license_: License | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.license_ import License  # noqa: PLC0415

        sys_id = self.sys_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        license_: dict[str, Any] | None | Unset
        if isinstance(self.license_, Unset):
            license_ = UNSET
        elif isinstance(self.license_, License):
            license_ = self.license_.to_dict()
        else:
            license_ = self.license_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": sys_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if license_ is not UNSET:
            field_dict["license"] = license_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("Condition", None, "an object", d)
        get = d.get
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "Condition", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id
            )

        description = get("description", UNSET)
        if (
            description is not UNSET
            and description.__class__ is not str
            and description is not None
            and not isinstance(description, str)
        ):
            raise DecodeError("Condition", "description", "a string or null", description)

        license_ = get("license", UNSET)
        if license_ is not UNSET:
            if license_.__class__ is dict or isinstance(license_, dict):
                license_ = License.from_dict(license_)
            elif license_ is None:
                license_ = None
            else:
                raise DecodeError("Condition", "license", "an object (License) or null", license_)

        if cls is Condition:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.description = description
            _model.license_ = license_
        else:
            _model = cls(
                sys_id=sys_id,
                description=description,
                license_=license_,
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


if not TYPE_CHECKING:
    License = LazyModel(globals(), "License", "..models.license_")
