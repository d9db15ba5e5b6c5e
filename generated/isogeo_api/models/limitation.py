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


T = TypeVar("T", bound="Limitation")

_FIELDS = frozenset(
    {
        "_id",
        "description",
        "directive",
        "restriction",
        "type",
    }
)


@_attrs_define
class Limitation:
    """A legal or security limitation. `directive` comes back as an object.

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
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("Limitation", None, "an object", d)
        get = d.get
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "Limitation", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id
            )

        description = get("description", UNSET)
        if (
            description is not UNSET
            and description.__class__ is not str
            and description is not None
            and not isinstance(description, str)
        ):
            raise DecodeError("Limitation", "description", "a string or null", description)

        directive = get("directive", UNSET)
        if directive is not UNSET:
            if directive.__class__ is dict or isinstance(directive, dict):
                directive = Directive.from_dict(directive)
            elif directive is None:
                directive = None
            else:
                raise DecodeError("Limitation", "directive", "an object (Directive) or null", directive)

        restriction = get("restriction", UNSET)
        if restriction is not UNSET:
            if isinstance(restriction, str):
                restriction_text: LimitationRestriction | None | str = (
                    LimitationRestriction._value2member_map_.get(restriction, restriction)
                )  # type: ignore[assignment]
                restriction = restriction_text
            elif restriction is None:
                restriction = None
            else:
                raise DecodeError(
                    "Limitation",
                    "restriction",
                    "a LimitationRestriction value or a string or null",
                    restriction,
                )

        type_ = get("type", UNSET)
        if type_ is not UNSET:
            if isinstance(type_, str):
                type__text: LimitationType | str = LimitationType._value2member_map_.get(type_, type_)  # type: ignore[assignment]
                type_ = type__text
            else:
                raise DecodeError("Limitation", "type", "a LimitationType value or a string", type_)

        if cls is Limitation:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.description = description
            _model.directive = directive
            _model.restriction = restriction
            _model.type_ = type_
        else:
            _model = cls(
                sys_id=sys_id,
                description=description,
                directive=directive,
                restriction=restriction,
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


if not TYPE_CHECKING:
    Directive = LazyModel(globals(), "Directive", "..models.directive")
