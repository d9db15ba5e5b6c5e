from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.newsletter_name import NewsletterName
from ..types import UNSET, DecodeError

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("NewsletterPreference", None, "an object", d)
        get = d.get
        name_json = get("name", UNSET)
        name: NewsletterName
        if name_json is UNSET:
            raise DecodeError("NewsletterPreference", "name", "a NewsletterName value (required)", UNSET)
        else:
            name_member = (
                NewsletterName._value2member_map_.get(name_json) if isinstance(name_json, str) else None
            )
            if name_member is None:
                raise DecodeError("NewsletterPreference", "name", "a NewsletterName value", name_json)
            name = cast(NewsletterName, name_member)

        is_interested_json = get("isInterested", UNSET)
        is_interested: bool
        if is_interested_json is UNSET:
            raise DecodeError("NewsletterPreference", "isInterested", "a boolean (required)", UNSET)
        else:
            if not (isinstance(is_interested_json, bool)):
                raise DecodeError("NewsletterPreference", "isInterested", "a boolean", is_interested_json)
            is_interested = is_interested_json

        newsletter_preference = cls(
            name=name,
            is_interested=is_interested,
        )
        newsletter_preference.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return newsletter_preference

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
