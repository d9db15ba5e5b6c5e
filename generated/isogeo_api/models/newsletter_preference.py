from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.newsletter_name import NewsletterName
from ..types import (
    UNSET,
    DecodeError,
)

T = TypeVar("T", bound="NewsletterPreference")

_FIELDS = frozenset(
    {
        "name",
        "isInterested",
    }
)


@_attrs_define
class NewsletterPreference:
    """One newsletter choice in a user body.

    Example:
        {'name': 'TipsAndTricks', 'isInterested': True}

    """

    name: NewsletterName
    """ Isogeo newsletters a user may subscribe to. """
    is_interested: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name.value

        is_interested = self.is_interested

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "isInterested": is_interested,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("NewsletterPreference", None, "an object", d)
        get = d.get
        name = get("name", UNSET)
        if name is UNSET:
            raise DecodeError("NewsletterPreference", "name", "a NewsletterName value (required)", UNSET)
        name_member: NewsletterName | None = (
            NewsletterName._value2member_map_.get(name) if isinstance(name, str) else None
        )  # type: ignore[assignment]
        if name_member is None:
            raise DecodeError("NewsletterPreference", "name", "a NewsletterName value", name)
        name = name_member

        is_interested = get("isInterested", UNSET)
        if is_interested is not True and is_interested is not False:
            raise DecodeError(
                "NewsletterPreference",
                "isInterested",
                "a boolean (required)" if is_interested is UNSET else "a boolean",
                is_interested,
            )

        if cls is NewsletterPreference:
            _model = object.__new__(cls)
            _model.name = name
            _model.is_interested = is_interested
        else:
            _model = cls(
                name=name,
                is_interested=is_interested,
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
