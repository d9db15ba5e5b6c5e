from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.limitation_restriction import LimitationRestriction
from ..models.limitation_type import LimitationType
from ..types import (
    UNSET,
    DecodeError,
    LazyModel,
    Unset,
)

if TYPE_CHECKING:
    from ..models.directive import Directive


T = TypeVar("T", bound="LimitationWrite")

_FIELDS = frozenset(
    {
        "type",
        "description",
        "restriction",
        "directive",
    }
)


@_attrs_define
class LimitationWrite:
    """Body of `createMetadataLimitation` and `updateMetadataLimitation`. `restriction` and
    `directive` apply to `legal` limitations only (send `null` for `security`). The official
    SDK documents a 409 for a duplicate limitation without naming the criterion; a 409 may
    come.

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
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("LimitationWrite", None, "an object", d)
        get = d.get
        type_ = get("type", UNSET)
        if type_ is UNSET:
            raise DecodeError("LimitationWrite", "type", "a LimitationType value (required)", UNSET)
        type__member: LimitationType | None = (
            LimitationType._value2member_map_.get(type_) if isinstance(type_, str) else None
        )  # type: ignore[assignment]
        if type__member is None:
            raise DecodeError("LimitationWrite", "type", "a LimitationType value", type_)
        type_ = type__member

        description = get("description", UNSET)
        if (
            description is not UNSET
            and description.__class__ is not str
            and description is not None
            and not isinstance(description, str)
        ):
            raise DecodeError("LimitationWrite", "description", "a string or null", description)

        restriction = get("restriction", UNSET)
        if restriction is not UNSET:
            if isinstance(restriction, str):
                restriction_1: LimitationRestriction
                restriction_1_member: LimitationRestriction | None = (
                    LimitationRestriction._value2member_map_.get(restriction)
                    if isinstance(restriction, str)
                    else None
                )  # type: ignore[assignment]
                if restriction_1_member is None:
                    raise DecodeError(
                        "LimitationWrite", "restriction", "a LimitationRestriction value", restriction
                    )
                restriction_1 = restriction_1_member

                restriction = restriction_1
            elif restriction is None:
                restriction = None
            else:
                raise DecodeError(
                    "LimitationWrite", "restriction", "a LimitationRestriction value or null", restriction
                )

        directive = get("directive", UNSET)
        if directive is not UNSET:
            if directive.__class__ is dict or isinstance(directive, dict):
                directive = Directive.from_dict(directive)
            elif directive is None:
                directive = None
            else:
                raise DecodeError("LimitationWrite", "directive", "an object (Directive) or null", directive)

        if cls is LimitationWrite:
            _model = object.__new__(cls)
            _model.type_ = type_
            _model.description = description
            _model.restriction = restriction
            _model.directive = directive
        else:
            _model = cls(
                type_=type_,
                description=description,
                restriction=restriction,
                directive=directive,
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
    Directive = LazyModel(globals(), "Directive", "..models.directive")
