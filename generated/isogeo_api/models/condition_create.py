from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.license_ import License


T = TypeVar("T", bound="ConditionCreate")


@_attrs_define
class ConditionCreate:
    """Body of CND-3: apply a license to a metadata. The SDK sends the **whole** license as read;
    its `_id` is what matters; its keys sent as `null` are ignored (F3). Applying a license
    twice is not refused by the API (the SDK's 409 is a client-side check).

        Example:
            {'description': 'Mention obligatoire : © Métropole de Lyon 2024', 'license': {'_id':
                '63f121e14eda4f47b748595e0bcccc31', 'name': 'Licence Ouverte Version 2.0'}}

    """

    description: None | str | Unset = UNSET
    """ Markdown text specific to this metadata. """
    license_: License | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.license_ import License  # noqa: PLC0415

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
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if license_ is not UNSET:
            field_dict["license"] = license_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.license_ import License  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_license_(data: object) -> License | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                license_type_0 = License.from_dict(data)

                return license_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(License | None | Unset, data)

        license_ = _parse_license_(d.pop("license", UNSET))

        condition_create = cls(
            description=description,
            license_=license_,
        )

        condition_create.additional_properties = d
        return condition_create

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
