from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.limitation_restriction import LimitationRestriction
from ..models.limitation_type import LimitationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.directive import Directive


T = TypeVar("T", bound="LimitationWrite")


@_attrs_define
class LimitationWrite:
    """Body of LIM-3 (create) and LIM-4 (update). `restriction` and `directive` apply to `legal`
    limitations only (send `null` for `security`). Decision (C24): the SDK docstring's 409 "same
    name" rule has no field to apply to; a 409 may still come and is declared.

        Example:
            {'type': 'legal', 'description': "Diffusion restreinte aux services de l'État.", 'restriction': 'other',
                'directive': {'_id': '6bd4d5b5e4b04bc7b2c4a57f1c1d0a4b', 'name': 'Directive 2007/2/EC, Article 13(1)(a)'}}

    """

    type_: LimitationType
    description: None | str | Unset = UNSET
    restriction: LimitationRestriction | None | Unset = UNSET
    directive: Directive | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.directive import Directive  # noqa: PLC0415

        type_ = self.type_.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        restriction: None | str | Unset
        if isinstance(self.restriction, Unset):
            restriction = UNSET
        elif isinstance(self.restriction, LimitationRestriction):
            restriction = self.restriction.value
        else:
            restriction = self.restriction

        directive: dict[str, Any] | None | Unset
        if isinstance(self.directive, Unset):
            directive = UNSET
        elif isinstance(self.directive, Directive):
            directive = self.directive.to_dict()
        else:
            directive = self.directive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if restriction is not UNSET:
            field_dict["restriction"] = restriction
        if directive is not UNSET:
            field_dict["directive"] = directive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.directive import Directive  # noqa: PLC0415

        d = dict(src_dict)
        type_ = LimitationType(d.pop("type"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_restriction(data: object) -> LimitationRestriction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                restriction_type_0 = LimitationRestriction(data)

                return restriction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LimitationRestriction | None | Unset, data)

        restriction = _parse_restriction(d.pop("restriction", UNSET))

        def _parse_directive(data: object) -> Directive | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                directive_type_0 = Directive.from_dict(data)

                return directive_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Directive | None | Unset, data)

        directive = _parse_directive(d.pop("directive", UNSET))

        limitation_write = cls(
            type_=type_,
            description=description,
            restriction=restriction,
            directive=directive,
        )

        limitation_write.additional_properties = d
        return limitation_write

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
