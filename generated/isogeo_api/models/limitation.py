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


T = TypeVar("T", bound="Limitation")


@_attrs_define
class Limitation:
    """A legal or security limitation. Decision — `directive` comes back as an object.

    Example:
        {'_id': '1f2e3d4c5b6a47988a7b6c5d4e3f2a1b', 'description': 'Données diffusées sous licence ouverte.',
            'restriction': 'license', 'type': 'legal', 'directive': None}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    description: None | str | Unset = UNSET
    directive: Directive | None | Unset = UNSET
    restriction: LimitationRestriction | None | str | Unset = UNSET
    type_: LimitationType | str | Unset = UNSET
    """ A `LimitationType`, or a value added by the server after this description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.directive import Directive  # noqa: PLC0415

        sys_id = self.sys_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        directive: dict[str, Any] | None | Unset
        if isinstance(self.directive, Unset):
            directive = UNSET
        elif isinstance(self.directive, Directive):
            directive = self.directive.to_dict()
        else:
            directive = self.directive

        restriction: None | str | Unset
        if isinstance(self.restriction, Unset):
            restriction = UNSET
        elif isinstance(self.restriction, LimitationRestriction):
            restriction = self.restriction.value
        else:
            restriction = self.restriction

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, LimitationType):
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
        if description is not UNSET:
            field_dict["description"] = description
        if directive is not UNSET:
            field_dict["directive"] = directive
        if restriction is not UNSET:
            field_dict["restriction"] = restriction
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.directive import Directive  # noqa: PLC0415

        d = dict(src_dict)
        sys_id = d.pop("_id")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

        def _parse_restriction(data: object) -> LimitationRestriction | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_limitation_restriction_value_type_0 = LimitationRestriction(data)

                return componentsschemas_limitation_restriction_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LimitationRestriction | None | str | Unset, data)

        restriction = _parse_restriction(d.pop("restriction", UNSET))

        def _parse_type_(data: object) -> LimitationType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_limitation_type_value_type_0 = LimitationType(data)

                return componentsschemas_limitation_type_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LimitationType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        limitation = cls(
            sys_id=sys_id,
            description=description,
            directive=directive,
            restriction=restriction,
            type_=type_,
        )

        limitation.additional_properties = d
        return limitation

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
